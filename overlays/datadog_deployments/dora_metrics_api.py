"""DORAMetricsApi: every DORA Metrics operation of the spec, as a method, sync or async.

The methods are generated from openapi.yaml (`datadog_deployments_api.methods.dora_metrics`).
A DORA event's times, which the spec calls Unix timestamps, may be given as datetimes or ISO
8601 text: they travel as Unix nanoseconds (the API infers the unit from the magnitude;
`bodies.py` does it for every such attribute).
"""

from __future__ import annotations

from typing import overload

from datadog_deployments_api.methods.dora_metrics import (
    AsyncDORAMetricsMethods,
    DORAMetricsMethods,
)

from .api_base import ApiBase
from .api_client import ApiClient, AsyncApiClient


class DORAMetricsApi(ApiBase, DORAMetricsMethods):
    """DORA Metrics: send, read, search, patch and delete deployment and failure events.

    `DORAMetricsApi(api_client)`. With an AsyncApiClient every method is awaited, and the
    `..._with_pagination` iterators are used with `async for`. Times may be datetimes.
    """

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
    api_client: ApiClient


# The async methods replace the sync ones of the same names: mypy sees the two bases disagree.
class AsyncDORAMetricsApi(AsyncDORAMetricsMethods, DORAMetricsApi):  # type: ignore[misc]
    api_client: AsyncApiClient
