from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.dora_failure_fetch_response import DORAFailureFetchResponse
from ...models.jsonapi_error_response import JSONAPIErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    failure_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/dora/failures/{failure_id}".format(
            failure_id=quote(str(failure_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIErrorResponse | DORAFailureFetchResponse | JSONAPIErrorResponse | None:
    if response.status_code == 200:
        response_200 = DORAFailureFetchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = JSONAPIErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = APIErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = JSONAPIErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = APIErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIErrorResponse | DORAFailureFetchResponse | JSONAPIErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    failure_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[APIErrorResponse | DORAFailureFetchResponse | JSONAPIErrorResponse]:
    """Get an incident event

     Fetch one DORA incident (failure) event by its ID.

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DORAFailureFetchResponse | JSONAPIErrorResponse]
    """

    kwargs = _get_kwargs(
        failure_id=failure_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    failure_id: str,
    *,
    client: AuthenticatedClient,
) -> APIErrorResponse | DORAFailureFetchResponse | JSONAPIErrorResponse | None:
    """Get an incident event

     Fetch one DORA incident (failure) event by its ID.

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DORAFailureFetchResponse | JSONAPIErrorResponse
    """

    return sync_detailed(
        failure_id=failure_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    failure_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[APIErrorResponse | DORAFailureFetchResponse | JSONAPIErrorResponse]:
    """Get an incident event

     Fetch one DORA incident (failure) event by its ID.

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DORAFailureFetchResponse | JSONAPIErrorResponse]
    """

    kwargs = _get_kwargs(
        failure_id=failure_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    failure_id: str,
    *,
    client: AuthenticatedClient,
) -> APIErrorResponse | DORAFailureFetchResponse | JSONAPIErrorResponse | None:
    """Get an incident event

     Fetch one DORA incident (failure) event by its ID.

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DORAFailureFetchResponse | JSONAPIErrorResponse
    """

    return (
        await asyncio_detailed(
            failure_id=failure_id,
            client=client,
        )
    ).parsed
