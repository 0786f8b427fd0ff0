"""DORAMetricsApi: every DORA Metrics operation of the spec, as a method, sync or async.

The methods are generated from openapi.yaml (`datadog_deployments_api.methods.dora_metrics`);
this module adds what they mean: the times of a DORA event, given as datetimes or ISO 8601
text, travel as Unix nanoseconds (the API infers the unit from the magnitude).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, overload

from datadog_deployments_api.methods.dora_metrics import (
    AsyncDORAMetricsMethods,
    DORAMetricsMethods,
)
from datadog_deployments_api.spec_index import Operation

from .api_base import ApiBase
from .api_client import ApiClient, AsyncApiClient
from .errors import InvalidParameterError
from .timestamps import to_unix_nanos

_TIME_FIELDS = ("started_at", "finished_at")


def event_times(document: dict[str, Any]) -> dict[str, Any]:
    """The document with a DORA event's started_at/finished_at as Unix nanoseconds."""
    data = document.get("data")
    if isinstance(data, Mapping) and isinstance(data.get("attributes"), Mapping):
        attributes = data["attributes"]
        try:
            times = {
                k: to_unix_nanos(v)
                for k, v in attributes.items()
                if k in _TIME_FIELDS and v is not None
            }
        except ValueError as error:
            raise InvalidParameterError(f"started_at/finished_at: {error}") from None
        if times:
            return {**document, "data": {**data, "attributes": {**attributes, **times}}}
    return document


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

    def _body(
        self,
        operation: Operation,
        path: Mapping[str, Any],
        body: Any,
        attributes: Mapping[str, Any],
    ) -> Any:
        return event_times(super()._body(operation, path, body, attributes))


class SyncDORAMetricsApi(DORAMetricsApi):
    api_client: ApiClient


# The async methods replace the sync ones of the same names: mypy sees the two bases disagree.
class AsyncDORAMetricsApi(AsyncDORAMetricsMethods, DORAMetricsApi):  # type: ignore[misc]
    api_client: AsyncApiClient
