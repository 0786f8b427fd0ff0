from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.deployment_gates_error_response import DeploymentGatesErrorResponse
from ...models.deployment_gates_list_response import DeploymentGatesListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filterservice: str | Unset = UNSET,
    filterenv: str | Unset = UNSET,
    filteridentifier: str | Unset = UNSET,
    filterdry_run: bool | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    pagesize: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[service]"] = filterservice

    params["filter[env]"] = filterenv

    params["filter[identifier]"] = filteridentifier

    params["filter[dry_run]"] = filterdry_run

    params["page[cursor]"] = pagecursor

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/deployment_gates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesListResponse | None
):
    if response.status_code == 200:
        response_200 = DeploymentGatesListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeploymentGatesErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = APIErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = APIErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = APIErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DeploymentGatesErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesListResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filterservice: str | Unset = UNSET,
    filterenv: str | Unset = UNSET,
    filteridentifier: str | Unset = UNSET,
    filterdry_run: bool | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    pagesize: int | Unset = 50,
) -> Response[
    APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesListResponse
]:
    """Get all deployment gates

     List the organization's deployment gates, a page at a time (cursor pagination).

    Args:
        filterservice (str | Unset):
        filterenv (str | Unset):
        filteridentifier (str | Unset):
        filterdry_run (bool | Unset):
        pagecursor (str | Unset):
        pagesize (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesListResponse]
    """

    kwargs = _get_kwargs(
        filterservice=filterservice,
        filterenv=filterenv,
        filteridentifier=filteridentifier,
        filterdry_run=filterdry_run,
        pagecursor=pagecursor,
        pagesize=pagesize,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filterservice: str | Unset = UNSET,
    filterenv: str | Unset = UNSET,
    filteridentifier: str | Unset = UNSET,
    filterdry_run: bool | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    pagesize: int | Unset = 50,
) -> (
    APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesListResponse | None
):
    """Get all deployment gates

     List the organization's deployment gates, a page at a time (cursor pagination).

    Args:
        filterservice (str | Unset):
        filterenv (str | Unset):
        filteridentifier (str | Unset):
        filterdry_run (bool | Unset):
        pagecursor (str | Unset):
        pagesize (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesListResponse
    """

    return sync_detailed(
        client=client,
        filterservice=filterservice,
        filterenv=filterenv,
        filteridentifier=filteridentifier,
        filterdry_run=filterdry_run,
        pagecursor=pagecursor,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filterservice: str | Unset = UNSET,
    filterenv: str | Unset = UNSET,
    filteridentifier: str | Unset = UNSET,
    filterdry_run: bool | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    pagesize: int | Unset = 50,
) -> Response[
    APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesListResponse
]:
    """Get all deployment gates

     List the organization's deployment gates, a page at a time (cursor pagination).

    Args:
        filterservice (str | Unset):
        filterenv (str | Unset):
        filteridentifier (str | Unset):
        filterdry_run (bool | Unset):
        pagecursor (str | Unset):
        pagesize (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesListResponse]
    """

    kwargs = _get_kwargs(
        filterservice=filterservice,
        filterenv=filterenv,
        filteridentifier=filteridentifier,
        filterdry_run=filterdry_run,
        pagecursor=pagecursor,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filterservice: str | Unset = UNSET,
    filterenv: str | Unset = UNSET,
    filteridentifier: str | Unset = UNSET,
    filterdry_run: bool | Unset = UNSET,
    pagecursor: str | Unset = UNSET,
    pagesize: int | Unset = 50,
) -> (
    APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesListResponse | None
):
    """Get all deployment gates

     List the organization's deployment gates, a page at a time (cursor pagination).

    Args:
        filterservice (str | Unset):
        filterenv (str | Unset):
        filteridentifier (str | Unset):
        filterdry_run (bool | Unset):
        pagecursor (str | Unset):
        pagesize (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            filterservice=filterservice,
            filterenv=filterenv,
            filteridentifier=filteridentifier,
            filterdry_run=filterdry_run,
            pagecursor=pagecursor,
            pagesize=pagesize,
        )
    ).parsed
