from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.dora_deployments_list_response import DORADeploymentsListResponse
from ...models.dora_list_deployments_request import DORAListDeploymentsRequest
from ...models.jsonapi_error_response import JSONAPIErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DORAListDeploymentsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/dora/deployments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIErrorResponse | DORADeploymentsListResponse | JSONAPIErrorResponse | None:
    if response.status_code == 200:
        response_200 = DORADeploymentsListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = JSONAPIErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = APIErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = APIErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIErrorResponse | DORADeploymentsListResponse | JSONAPIErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DORAListDeploymentsRequest,
) -> Response[APIErrorResponse | DORADeploymentsListResponse | JSONAPIErrorResponse]:
    """Get a list of deployment events

     Search the DORA deployment events of a time window, at most `limit` of them, in the given order.

    Args:
        body (DORAListDeploymentsRequest): Request to search deployment events.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DORADeploymentsListResponse | JSONAPIErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DORAListDeploymentsRequest,
) -> APIErrorResponse | DORADeploymentsListResponse | JSONAPIErrorResponse | None:
    """Get a list of deployment events

     Search the DORA deployment events of a time window, at most `limit` of them, in the given order.

    Args:
        body (DORAListDeploymentsRequest): Request to search deployment events.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DORADeploymentsListResponse | JSONAPIErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DORAListDeploymentsRequest,
) -> Response[APIErrorResponse | DORADeploymentsListResponse | JSONAPIErrorResponse]:
    """Get a list of deployment events

     Search the DORA deployment events of a time window, at most `limit` of them, in the given order.

    Args:
        body (DORAListDeploymentsRequest): Request to search deployment events.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DORADeploymentsListResponse | JSONAPIErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DORAListDeploymentsRequest,
) -> APIErrorResponse | DORADeploymentsListResponse | JSONAPIErrorResponse | None:
    """Get a list of deployment events

     Search the DORA deployment events of a time window, at most `limit` of them, in the given order.

    Args:
        body (DORAListDeploymentsRequest): Request to search deployment events.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DORADeploymentsListResponse | JSONAPIErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
