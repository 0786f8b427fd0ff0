import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx
from dateutil.parser import isoparse

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.deployment_gate_evaluations_list_response import (
    DeploymentGateEvaluationsListResponse,
)
from ...models.deployment_gate_rules_status import DeploymentGateRulesStatus
from ...models.jsonapi_error_response import JSONAPIErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    filterservice: list[str] | Unset = UNSET,
    filterenv: list[str] | Unset = UNSET,
    filteridentifier: list[str] | Unset = UNSET,
    filterstatus: list[DeploymentGateRulesStatus] | Unset = UNSET,
    filterdry_run: bool | Unset = UNSET,
    filterevaluation_id: UUID | Unset = UNSET,
    filtergate_id: UUID | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    pagesize: int | Unset = 20,
    pagecursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterfrom: str | Unset = UNSET
    if not isinstance(filterfrom, Unset):
        json_filterfrom = filterfrom.isoformat()
    params["filter[from]"] = json_filterfrom

    json_filterto: str | Unset = UNSET
    if not isinstance(filterto, Unset):
        json_filterto = filterto.isoformat()
    params["filter[to]"] = json_filterto

    json_filterservice: list[str] | Unset = UNSET
    if not isinstance(filterservice, Unset):
        json_filterservice = filterservice

    params["filter[service]"] = json_filterservice

    json_filterenv: list[str] | Unset = UNSET
    if not isinstance(filterenv, Unset):
        json_filterenv = filterenv

    params["filter[env]"] = json_filterenv

    json_filteridentifier: list[str] | Unset = UNSET
    if not isinstance(filteridentifier, Unset):
        json_filteridentifier = filteridentifier

    params["filter[identifier]"] = json_filteridentifier

    json_filterstatus: list[str] | Unset = UNSET
    if not isinstance(filterstatus, Unset):
        json_filterstatus = []
        for filterstatus_item_data in filterstatus:
            filterstatus_item = filterstatus_item_data.value
            json_filterstatus.append(filterstatus_item)

    params["filter[status]"] = json_filterstatus

    params["filter[dry_run]"] = filterdry_run

    json_filterevaluation_id: str | Unset = UNSET
    if not isinstance(filterevaluation_id, Unset):
        json_filterevaluation_id = str(filterevaluation_id)
    params["filter[evaluation_id]"] = json_filterevaluation_id

    json_filtergate_id: str | Unset = UNSET
    if not isinstance(filtergate_id, Unset):
        json_filtergate_id = str(filtergate_id)
    params["filter[gate_id]"] = json_filtergate_id

    json_filterversion: list[str] | Unset = UNSET
    if not isinstance(filterversion, Unset):
        json_filterversion = filterversion

    params["filter[version]"] = json_filterversion

    params["page[size]"] = pagesize

    params["page[cursor]"] = pagecursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/deployment_gates/evaluations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIErrorResponse
    | DeploymentGateEvaluationsListResponse
    | JSONAPIErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = DeploymentGateEvaluationsListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = JSONAPIErrorResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    APIErrorResponse | DeploymentGateEvaluationsListResponse | JSONAPIErrorResponse
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
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    filterservice: list[str] | Unset = UNSET,
    filterenv: list[str] | Unset = UNSET,
    filteridentifier: list[str] | Unset = UNSET,
    filterstatus: list[DeploymentGateRulesStatus] | Unset = UNSET,
    filterdry_run: bool | Unset = UNSET,
    filterevaluation_id: UUID | Unset = UNSET,
    filtergate_id: UUID | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    pagesize: int | Unset = 20,
    pagecursor: str | Unset = UNSET,
) -> Response[
    APIErrorResponse | DeploymentGateEvaluationsListResponse | JSONAPIErrorResponse
]:
    """List deployment gate evaluations

     List the gate evaluations started in a window of at most 30 days (by default the last 24 hours),
    newest first, a page at a time (cursor pagination).

    Args:
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        filterservice (list[str] | Unset):
        filterenv (list[str] | Unset):
        filteridentifier (list[str] | Unset):
        filterstatus (list[DeploymentGateRulesStatus] | Unset):
        filterdry_run (bool | Unset):
        filterevaluation_id (UUID | Unset):
        filtergate_id (UUID | Unset):
        filterversion (list[str] | Unset):
        pagesize (int | Unset):  Default: 20.
        pagecursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DeploymentGateEvaluationsListResponse | JSONAPIErrorResponse]
    """

    kwargs = _get_kwargs(
        filterfrom=filterfrom,
        filterto=filterto,
        filterservice=filterservice,
        filterenv=filterenv,
        filteridentifier=filteridentifier,
        filterstatus=filterstatus,
        filterdry_run=filterdry_run,
        filterevaluation_id=filterevaluation_id,
        filtergate_id=filtergate_id,
        filterversion=filterversion,
        pagesize=pagesize,
        pagecursor=pagecursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    filterservice: list[str] | Unset = UNSET,
    filterenv: list[str] | Unset = UNSET,
    filteridentifier: list[str] | Unset = UNSET,
    filterstatus: list[DeploymentGateRulesStatus] | Unset = UNSET,
    filterdry_run: bool | Unset = UNSET,
    filterevaluation_id: UUID | Unset = UNSET,
    filtergate_id: UUID | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    pagesize: int | Unset = 20,
    pagecursor: str | Unset = UNSET,
) -> (
    APIErrorResponse
    | DeploymentGateEvaluationsListResponse
    | JSONAPIErrorResponse
    | None
):
    """List deployment gate evaluations

     List the gate evaluations started in a window of at most 30 days (by default the last 24 hours),
    newest first, a page at a time (cursor pagination).

    Args:
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        filterservice (list[str] | Unset):
        filterenv (list[str] | Unset):
        filteridentifier (list[str] | Unset):
        filterstatus (list[DeploymentGateRulesStatus] | Unset):
        filterdry_run (bool | Unset):
        filterevaluation_id (UUID | Unset):
        filtergate_id (UUID | Unset):
        filterversion (list[str] | Unset):
        pagesize (int | Unset):  Default: 20.
        pagecursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DeploymentGateEvaluationsListResponse | JSONAPIErrorResponse
    """

    return sync_detailed(
        client=client,
        filterfrom=filterfrom,
        filterto=filterto,
        filterservice=filterservice,
        filterenv=filterenv,
        filteridentifier=filteridentifier,
        filterstatus=filterstatus,
        filterdry_run=filterdry_run,
        filterevaluation_id=filterevaluation_id,
        filtergate_id=filtergate_id,
        filterversion=filterversion,
        pagesize=pagesize,
        pagecursor=pagecursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    filterservice: list[str] | Unset = UNSET,
    filterenv: list[str] | Unset = UNSET,
    filteridentifier: list[str] | Unset = UNSET,
    filterstatus: list[DeploymentGateRulesStatus] | Unset = UNSET,
    filterdry_run: bool | Unset = UNSET,
    filterevaluation_id: UUID | Unset = UNSET,
    filtergate_id: UUID | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    pagesize: int | Unset = 20,
    pagecursor: str | Unset = UNSET,
) -> Response[
    APIErrorResponse | DeploymentGateEvaluationsListResponse | JSONAPIErrorResponse
]:
    """List deployment gate evaluations

     List the gate evaluations started in a window of at most 30 days (by default the last 24 hours),
    newest first, a page at a time (cursor pagination).

    Args:
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        filterservice (list[str] | Unset):
        filterenv (list[str] | Unset):
        filteridentifier (list[str] | Unset):
        filterstatus (list[DeploymentGateRulesStatus] | Unset):
        filterdry_run (bool | Unset):
        filterevaluation_id (UUID | Unset):
        filtergate_id (UUID | Unset):
        filterversion (list[str] | Unset):
        pagesize (int | Unset):  Default: 20.
        pagecursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DeploymentGateEvaluationsListResponse | JSONAPIErrorResponse]
    """

    kwargs = _get_kwargs(
        filterfrom=filterfrom,
        filterto=filterto,
        filterservice=filterservice,
        filterenv=filterenv,
        filteridentifier=filteridentifier,
        filterstatus=filterstatus,
        filterdry_run=filterdry_run,
        filterevaluation_id=filterevaluation_id,
        filtergate_id=filtergate_id,
        filterversion=filterversion,
        pagesize=pagesize,
        pagecursor=pagecursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    filterservice: list[str] | Unset = UNSET,
    filterenv: list[str] | Unset = UNSET,
    filteridentifier: list[str] | Unset = UNSET,
    filterstatus: list[DeploymentGateRulesStatus] | Unset = UNSET,
    filterdry_run: bool | Unset = UNSET,
    filterevaluation_id: UUID | Unset = UNSET,
    filtergate_id: UUID | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    pagesize: int | Unset = 20,
    pagecursor: str | Unset = UNSET,
) -> (
    APIErrorResponse
    | DeploymentGateEvaluationsListResponse
    | JSONAPIErrorResponse
    | None
):
    """List deployment gate evaluations

     List the gate evaluations started in a window of at most 30 days (by default the last 24 hours),
    newest first, a page at a time (cursor pagination).

    Args:
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        filterservice (list[str] | Unset):
        filterenv (list[str] | Unset):
        filteridentifier (list[str] | Unset):
        filterstatus (list[DeploymentGateRulesStatus] | Unset):
        filterdry_run (bool | Unset):
        filterevaluation_id (UUID | Unset):
        filtergate_id (UUID | Unset):
        filterversion (list[str] | Unset):
        pagesize (int | Unset):  Default: 20.
        pagecursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DeploymentGateEvaluationsListResponse | JSONAPIErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            filterfrom=filterfrom,
            filterto=filterto,
            filterservice=filterservice,
            filterenv=filterenv,
            filteridentifier=filteridentifier,
            filterstatus=filterstatus,
            filterdry_run=filterdry_run,
            filterevaluation_id=filterevaluation_id,
            filtergate_id=filtergate_id,
            filterversion=filterversion,
            pagesize=pagesize,
            pagecursor=pagecursor,
        )
    ).parsed
