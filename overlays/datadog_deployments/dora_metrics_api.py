"""DORAMetricsApi: send and read DORA deployment events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, overload

from datadog_deployments_api.models import (
    DORADeploymentFetchResponse,
    DORADeploymentRequest,
    DORADeploymentResponse,
)

from .api_client import ApiClient, AsyncApiClient
from .errors import InvalidParameterError
from .timestamps import to_unix_nanos

_TIME_FIELDS = ("started_at", "finished_at")


def deployment_body(body: DORADeploymentRequest | Mapping[str, Any]) -> dict[str, Any]:
    """The wire form of a deployment event; datetimes in started_at/finished_at become ns."""
    payload = body.to_dict() if isinstance(body, DORADeploymentRequest) else dict(body)
    data = payload.get("data")
    if isinstance(data, Mapping) and isinstance(data.get("attributes"), Mapping):
        attributes = data["attributes"]
        try:
            times = {k: to_unix_nanos(v) for k, v in attributes.items() if k in _TIME_FIELDS}
        except ValueError as error:
            raise InvalidParameterError(f"started_at/finished_at: {error}") from None
        payload["data"] = {**data, "attributes": {**attributes, **times}}
    return payload


class DORAMetricsApi:
    """`DORAMetricsApi(api_client)`: awaitable methods when api_client is an AsyncApiClient."""

    @overload
    def __new__(cls, api_client: ApiClient) -> SyncDORAMetricsApi: ...
    @overload
    def __new__(cls, api_client: AsyncApiClient) -> AsyncDORAMetricsApi: ...
    def __new__(cls, api_client: ApiClient | AsyncApiClient) -> DORAMetricsApi:
        if cls is DORAMetricsApi:
            is_async = isinstance(api_client, AsyncApiClient)
            cls = AsyncDORAMetricsApi if is_async else SyncDORAMetricsApi
        return object.__new__(cls)


class SyncDORAMetricsApi(DORAMetricsApi):
    def __init__(self, api_client: ApiClient) -> None:
        self.api_client = api_client

    def get_dora_deployment(self, deployment_id: str) -> DORADeploymentFetchResponse:
        """Fetch one deployment event."""
        result: DORADeploymentFetchResponse = self.api_client.call(
            "GetDORADeployment", {"deployment_id": deployment_id}
        )
        return result

    def create_dora_deployment(
        self, body: DORADeploymentRequest | Mapping[str, Any]
    ) -> DORADeploymentResponse:
        """Send a deployment event; started_at/finished_at may be datetimes."""
        result: DORADeploymentResponse = self.api_client.call(
            "CreateDORADeployment", body=deployment_body(body)
        )
        return result


class AsyncDORAMetricsApi(DORAMetricsApi):
    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    async def get_dora_deployment(self, deployment_id: str) -> DORADeploymentFetchResponse:
        """Fetch one deployment event."""
        result: DORADeploymentFetchResponse = await self.api_client.call(
            "GetDORADeployment", {"deployment_id": deployment_id}
        )
        return result

    async def create_dora_deployment(
        self, body: DORADeploymentRequest | Mapping[str, Any]
    ) -> DORADeploymentResponse:
        """Send a deployment event; started_at/finished_at may be datetimes."""
        result: DORADeploymentResponse = await self.api_client.call(
            "CreateDORADeployment", body=deployment_body(body)
        )
        return result
