from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.dora_failure_request import DORAFailureRequest
from ...models.dora_failure_response import DORAFailureResponse
from ...models.jsonapi_error_response import JSONAPIErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DORAFailureRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/dora/failure",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIErrorResponse | DORAFailureResponse | JSONAPIErrorResponse | None:
    if response.status_code == 200:
        response_200 = DORAFailureResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = DORAFailureResponse.from_dict(response.json())

        return response_202

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
) -> Response[APIErrorResponse | DORAFailureResponse | JSONAPIErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DORAFailureRequest,
) -> Response[APIErrorResponse | DORAFailureResponse | JSONAPIErrorResponse]:
    """Send an incident event

     Record one incident (failure) of one or more services for the DORA metrics.

    Args:
        body (DORAFailureRequest): Request to create a DORA incident (failure) event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DORAFailureResponse | JSONAPIErrorResponse]
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
    body: DORAFailureRequest,
) -> APIErrorResponse | DORAFailureResponse | JSONAPIErrorResponse | None:
    """Send an incident event

     Record one incident (failure) of one or more services for the DORA metrics.

    Args:
        body (DORAFailureRequest): Request to create a DORA incident (failure) event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DORAFailureResponse | JSONAPIErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DORAFailureRequest,
) -> Response[APIErrorResponse | DORAFailureResponse | JSONAPIErrorResponse]:
    """Send an incident event

     Record one incident (failure) of one or more services for the DORA metrics.

    Args:
        body (DORAFailureRequest): Request to create a DORA incident (failure) event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DORAFailureResponse | JSONAPIErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DORAFailureRequest,
) -> APIErrorResponse | DORAFailureResponse | JSONAPIErrorResponse | None:
    """Send an incident event

     Record one incident (failure) of one or more services for the DORA metrics.

    Args:
        body (DORAFailureRequest): Request to create a DORA incident (failure) event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DORAFailureResponse | JSONAPIErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
