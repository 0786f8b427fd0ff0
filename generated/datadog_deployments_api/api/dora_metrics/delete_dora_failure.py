from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.jsonapi_error_response import JSONAPIErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    failure_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/dora/failure/{failure_id}".format(
            failure_id=quote(str(failure_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIErrorResponse | Any | JSONAPIErrorResponse | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
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
) -> Response[APIErrorResponse | Any | JSONAPIErrorResponse]:
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
) -> Response[APIErrorResponse | Any | JSONAPIErrorResponse]:
    """Delete an incident event

     Delete one DORA incident (failure) event by its ID.

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | Any | JSONAPIErrorResponse]
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
) -> APIErrorResponse | Any | JSONAPIErrorResponse | None:
    """Delete an incident event

     Delete one DORA incident (failure) event by its ID.

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | Any | JSONAPIErrorResponse
    """

    return sync_detailed(
        failure_id=failure_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    failure_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[APIErrorResponse | Any | JSONAPIErrorResponse]:
    """Delete an incident event

     Delete one DORA incident (failure) event by its ID.

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | Any | JSONAPIErrorResponse]
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
) -> APIErrorResponse | Any | JSONAPIErrorResponse | None:
    """Delete an incident event

     Delete one DORA incident (failure) event by its ID.

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | Any | JSONAPIErrorResponse
    """

    return (
        await asyncio_detailed(
            failure_id=failure_id,
            client=client,
        )
    ).parsed
