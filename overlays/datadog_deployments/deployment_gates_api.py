"""DeploymentGatesApi: trigger gate evaluations and read their results (preview operations)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, overload
from uuid import UUID

from datadog_deployments_api.models import (
    DeploymentGatesEvaluationRequest,
    DeploymentGatesEvaluationResponse,
    DeploymentGatesEvaluationResultResponse,
)

from .api_client import ApiClient, AsyncApiClient


class DeploymentGatesApi:
    """`DeploymentGatesApi(api_client)`: awaitable methods when api_client is an AsyncApiClient.

    Both operations are in preview: enable them with
    `configuration.unstable_operations["<operation name>"] = True`.
    """

    @overload
    def __new__(cls, api_client: ApiClient) -> SyncDeploymentGatesApi: ...
    @overload
    def __new__(cls, api_client: AsyncApiClient) -> AsyncDeploymentGatesApi: ...
    def __new__(cls, api_client: ApiClient | AsyncApiClient) -> DeploymentGatesApi:
        if cls is DeploymentGatesApi:
            cls = (
                AsyncDeploymentGatesApi
                if isinstance(api_client, AsyncApiClient)
                else SyncDeploymentGatesApi
            )
        return object.__new__(cls)


class SyncDeploymentGatesApi(DeploymentGatesApi):
    def __init__(self, api_client: ApiClient) -> None:
        self.api_client = api_client

    def get_deployment_gates_evaluation_result(
        self, id: UUID | str
    ) -> DeploymentGatesEvaluationResultResponse:
        """Read an evaluation's current state; `gate_status` is in_progress until decided."""
        result: DeploymentGatesEvaluationResultResponse = self.api_client.call(
            "GetDeploymentGatesEvaluationResult", {"id": id}
        )
        return result

    def trigger_deployment_gates_evaluation(
        self, body: DeploymentGatesEvaluationRequest | Mapping[str, Any]
    ) -> DeploymentGatesEvaluationResponse:
        """Start an evaluation; poll its ID with get_deployment_gates_evaluation_result."""
        result: DeploymentGatesEvaluationResponse = self.api_client.call(
            "TriggerDeploymentGatesEvaluation", body=body
        )
        return result


class AsyncDeploymentGatesApi(DeploymentGatesApi):
    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    async def get_deployment_gates_evaluation_result(
        self, id: UUID | str
    ) -> DeploymentGatesEvaluationResultResponse:
        """Read an evaluation's current state; `gate_status` is in_progress until decided."""
        result: DeploymentGatesEvaluationResultResponse = await self.api_client.call(
            "GetDeploymentGatesEvaluationResult", {"id": id}
        )
        return result

    async def trigger_deployment_gates_evaluation(
        self, body: DeploymentGatesEvaluationRequest | Mapping[str, Any]
    ) -> DeploymentGatesEvaluationResponse:
        """Start an evaluation; poll its ID with get_deployment_gates_evaluation_result."""
        result: DeploymentGatesEvaluationResponse = await self.api_client.call(
            "TriggerDeploymentGatesEvaluation", body=body
        )
        return result
