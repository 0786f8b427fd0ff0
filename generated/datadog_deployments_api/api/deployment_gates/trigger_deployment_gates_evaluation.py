from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import APIErrorResponse
from ...models.deployment_gates_error_response import DeploymentGatesErrorResponse
from ...models.deployment_gates_evaluation_request import (
    DeploymentGatesEvaluationRequest,
)
from ...models.deployment_gates_evaluation_response import (
    DeploymentGatesEvaluationResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DeploymentGatesEvaluationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/deployments/gates/evaluation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    APIErrorResponse
    | DeploymentGatesErrorResponse
    | DeploymentGatesEvaluationResponse
    | None
):
    if response.status_code == 202:
        response_202 = DeploymentGatesEvaluationResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = DeploymentGatesErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = APIErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = APIErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeploymentGatesErrorResponse.from_dict(response.json())

        return response_404

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
    APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesEvaluationResponse
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
    body: DeploymentGatesEvaluationRequest,
) -> Response[
    APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesEvaluationResponse
]:
    """Trigger a deployment gate evaluation

     Start an asynchronous evaluation of the gate configured for a service and environment, or of the
    rules given inline in `configuration`. Poll the returned ID with GetDeploymentGatesEvaluationResult.

    Args:
        body (DeploymentGatesEvaluationRequest): Request to trigger a deployment gate evaluation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesEvaluationResponse]
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
    body: DeploymentGatesEvaluationRequest,
) -> (
    APIErrorResponse
    | DeploymentGatesErrorResponse
    | DeploymentGatesEvaluationResponse
    | None
):
    """Trigger a deployment gate evaluation

     Start an asynchronous evaluation of the gate configured for a service and environment, or of the
    rules given inline in `configuration`. Poll the returned ID with GetDeploymentGatesEvaluationResult.

    Args:
        body (DeploymentGatesEvaluationRequest): Request to trigger a deployment gate evaluation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesEvaluationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeploymentGatesEvaluationRequest,
) -> Response[
    APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesEvaluationResponse
]:
    """Trigger a deployment gate evaluation

     Start an asynchronous evaluation of the gate configured for a service and environment, or of the
    rules given inline in `configuration`. Poll the returned ID with GetDeploymentGatesEvaluationResult.

    Args:
        body (DeploymentGatesEvaluationRequest): Request to trigger a deployment gate evaluation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesEvaluationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeploymentGatesEvaluationRequest,
) -> (
    APIErrorResponse
    | DeploymentGatesErrorResponse
    | DeploymentGatesEvaluationResponse
    | None
):
    """Trigger a deployment gate evaluation

     Start an asynchronous evaluation of the gate configured for a service and environment, or of the
    rules given inline in `configuration`. Poll the returned ID with GetDeploymentGatesEvaluationResult.

    Args:
        body (DeploymentGatesEvaluationRequest): Request to trigger a deployment gate evaluation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIErrorResponse | DeploymentGatesErrorResponse | DeploymentGatesEvaluationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
