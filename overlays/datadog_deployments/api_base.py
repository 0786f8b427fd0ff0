"""The base of every API class: what each generated operation method calls.

The methods themselves are generated from the spec (`datadog_deployments_api.methods`): they
pass their arguments, named as on the wire, to `_operation` or `_paginate` here, which work
for sync and async clients alike (the async client's `call` returns an awaitable).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from datadog_deployments_api.methods import Omitted
from datadog_deployments_api.spec_index import OPERATIONS, Operation

from .api_client import ApiClient, AsyncApiClient

if TYPE_CHECKING:  # paging loads with the first list iterated, not with the class
    from .paging import AsyncPages, PageRequest, Pages


def _deprecated(operation: Operation) -> None:
    import warnings

    from .unstable import first_frame_outside

    warnings.warn(
        f"{operation.name} is deprecated in the API reference",
        DeprecationWarning,
        stacklevel=first_frame_outside(),
    )


class ApiBase:
    """`XApi(api_client)`: every method runs on that client (awaitable for an AsyncApiClient)."""

    api_client: ApiClient | AsyncApiClient

    def __init__(self, api_client: ApiClient | AsyncApiClient) -> None:
        self.api_client = api_client

    def _body(
        self,
        operation: Operation,
        path: Mapping[str, Any],
        body: Any,
        attributes: Mapping[str, Any],
    ) -> Any:
        """The document to send. API classes that add meaning to bodies extend this."""
        from .bodies import request_body

        return request_body(operation, path, body, attributes)

    def _operation(
        self,
        operation_id: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        body: Any,
        attributes: Mapping[str, Any],
    ) -> Any:
        operation = OPERATIONS[operation_id]
        if operation.deprecated:
            _deprecated(operation)
        document = None
        if operation.request_schema is not None:
            document = self._body(operation, path, body, attributes)
        return self.api_client.call(operation_id, path, document, query=query)

    def _paginate(
        self,
        operation_id: str,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        attributes: Mapping[str, Any],
        page_size: int | None,
        max_items: int | None,
        max_requests: int | None,
    ) -> Pages[Any] | AsyncPages[Any]:
        from .paging import AsyncPages, Pages, Paging

        operation = OPERATIONS[operation_id]
        if operation.pagination is None:
            raise TypeError(f"{operation.name} is not a paginated list")
        paging = Paging(
            operation.pagination,
            {k: v for k, v in query.items() if v is not None},
            {k: v for k, v in attributes.items() if not isinstance(v, Omitted)},
            page_size,
            max_items,
            max_requests,
        )
        client = self.api_client
        path = dict(path)

        def send(request: PageRequest) -> Any:
            document = None
            if operation.request_schema is not None:
                document = self._body(operation, path, None, request.attributes)
            return client.call(operation_id, path, document, query=request.query)

        if operation.request_schema is not None:  # refuse a bad call now, as a call would
            self._body(operation, path, None, paging.attributes)
        if isinstance(client, AsyncApiClient):
            return AsyncPages(paging, send)
        return Pages(paging, send)
