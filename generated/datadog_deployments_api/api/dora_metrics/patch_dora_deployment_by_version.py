from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.dora_deployment_patch_by_version_request import (
    DORADeploymentPatchByVersionRequest,
)
from ...models.jsonapi_error_response import JSONAPIErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DORADeploymentPatchByVersionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/dora/deployments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
) -> Response[APIErrorResponse | Any | JSONAPIErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DORADeploymentPatchByVersionRequest,
) -> Response[APIErrorResponse | Any | JSONAPIErrorResponse]:
    """Mark a deployment as failed by version

     Set the change-failure status of the deployment of a service and environment with the given version
    (the most recently finished one when several match), optionally with the deployment that remediated
    it.

    Args:
        body (DORADeploymentPatchByVersionRequest): Request to set the change-failure status of a
            deployment found by version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | Any | JSONAPIErrorResponse]
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
    body: DORADeploymentPatchByVersionRequest,
) -> APIErrorResponse | Any | JSONAPIErrorResponse | None:
    """Mark a deployment as failed by version

     Set the change-failure status of the deployment of a service and environment with the given version
    (the most recently finished one when several match), optionally with the deployment that remediated
    it.

    Args:
        body (DORADeploymentPatchByVersionRequest): Request to set the change-failure status of a
            deployment found by version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | Any | JSONAPIErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DORADeploymentPatchByVersionRequest,
) -> Response[APIErrorResponse | Any | JSONAPIErrorResponse]:
    """Mark a deployment as failed by version

     Set the change-failure status of the deployment of a service and environment with the given version
    (the most recently finished one when several match), optionally with the deployment that remediated
    it.

    Args:
        body (DORADeploymentPatchByVersionRequest): Request to set the change-failure status of a
            deployment found by version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | Any | JSONAPIErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DORADeploymentPatchByVersionRequest,
) -> APIErrorResponse | Any | JSONAPIErrorResponse | None:
    """Mark a deployment as failed by version

     Set the change-failure status of the deployment of a service and environment with the given version
    (the most recently finished one when several match), optionally with the deployment that remediated
    it.

    Args:
        body (DORADeploymentPatchByVersionRequest): Request to set the change-failure status of a
            deployment found by version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | Any | JSONAPIErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
