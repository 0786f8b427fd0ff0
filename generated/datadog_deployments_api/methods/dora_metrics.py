"""DORA Metrics: Send, read, search, mark and delete deployment and failure events used for DORA metrics.

The operations as methods, derived from openapi.yaml by tools/generate.py (template:
tools/templates/api_methods.py.jinja). `DORAMetricsMethods` is the sync flavour and
`AsyncDORAMetricsMethods` the async one; the overlay's `DORAMetricsApi` inherits them and
supplies `_operation` and `_paginate` (datadog_deployments.api_base).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from . import DEFAULT_MAX_REQUESTS, OMITTED, Omitted

if TYPE_CHECKING:
    from datetime import datetime
    from uuid import UUID

    from datadog_deployments.paging import AsyncPages, Pages

    from ..models import (
        DORADeploymentFetchResponse,
        DORADeploymentObject,
        DORADeploymentPatchByVersionRequest,
        DORADeploymentPatchRemediation,
        DORADeploymentPatchRequest,
        DORADeploymentRequest,
        DORADeploymentResponse,
        DORADeploymentsListResponse,
        DORAFailureFetchResponse,
        DORAFailureRequest,
        DORAFailureResponse,
        DORAFailuresListResponse,
        DORAGitInfo,
        DORAIncidentObject,
        DORAListDeploymentsRequest,
        DORAListFailuresRequest,
        DORARemediationByID,
        DORARemediationByVersion,
    )

__all__ = ["AsyncDORAMetricsMethods", "DORAMetricsMethods"]


class DORAMetricsMethods:
    """The DORA Metrics operations; each returns the decoded answer."""

    # Supplied by the overlay's API class (datadog_deployments.api_base.ApiBase).
    _operation: Callable[
        [str, Mapping[str, Any], Mapping[str, Any], Any, Mapping[str, Any]], Any
    ]
    _paginate: Callable[..., Any]

    def create_dora_deployment(
        self,
        body: DORADeploymentRequest | Mapping[str, Any] | None = None,
        *,
        custom_tags: Sequence[str] | None | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        finished_at: int | datetime | Omitted = OMITTED,
        git: DORAGitInfo | Mapping[str, Any] | Omitted = OMITTED,
        id: str | Omitted = OMITTED,
        service: str | Omitted = OMITTED,
        started_at: int | datetime | Omitted = OMITTED,
        team: str | Omitted = OMITTED,
        version: str | Omitted = OMITTED,
    ) -> DORADeploymentResponse:
        """Send a deployment event.

        Pass `body`, or the attributes as keywords (required: finished_at, service, started_at).
        """
        result: DORADeploymentResponse = self._operation(
            "CreateDORADeployment",
            {},
            {},
            body,
            {
                "custom_tags": custom_tags,
                "env": env,
                "finished_at": finished_at,
                "git": git,
                "id": id,
                "service": service,
                "started_at": started_at,
                "team": team,
                "version": version,
            },
        )
        return result

    def delete_dora_deployment(
        self,
        deployment_id: str,
    ) -> None:
        """Delete a deployment event."""
        self._operation(
            "DeleteDORADeployment", {"deployment_id": deployment_id}, {}, None, {}
        )

    def list_dora_deployments(
        self,
        body: DORAListDeploymentsRequest | Mapping[str, Any] | None = None,
        *,
        from_: datetime | str | Omitted = OMITTED,
        limit: int | Omitted = OMITTED,
        query: str | Omitted = OMITTED,
        sort: str | Omitted = OMITTED,
        to: datetime | str | Omitted = OMITTED,
    ) -> DORADeploymentsListResponse:
        """Get a list of deployment events.

        Pass `body`, or the attributes as keywords.
        """
        result: DORADeploymentsListResponse = self._operation(
            "ListDORADeployments",
            {},
            {},
            body,
            {"from": from_, "limit": limit, "query": query, "sort": sort, "to": to},
        )
        return result

    def list_dora_deployments_with_pagination(
        self,
        *,
        from_: datetime | str | Omitted = OMITTED,
        query: str | Omitted = OMITTED,
        to: datetime | str | Omitted = OMITTED,
        page_size: int | None = None,
        max_items: int | None = None,
        max_requests: int | None = DEFAULT_MAX_REQUESTS,
    ) -> Pages[DORADeploymentObject]:
        """Iterate over every item of list_dora_deployments, page after page.

        `page_size` items per request; stops after `max_items` items, or after
        `max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.
        """
        pages: Pages[DORADeploymentObject] = self._paginate(
            "ListDORADeployments",
            {},
            {},
            {"from": from_, "query": query, "to": to},
            page_size,
            max_items,
            max_requests,
        )
        return pages

    def patch_dora_deployment_by_version(
        self,
        body: DORADeploymentPatchByVersionRequest | Mapping[str, Any] | None = None,
        *,
        change_failure: bool | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        remediation: DORARemediationByID
        | DORARemediationByVersion
        | Mapping[str, Any]
        | Omitted = OMITTED,
        service: str | Omitted = OMITTED,
        version: str | Omitted = OMITTED,
    ) -> None:
        """Mark a deployment as failed by version.

        Pass `body`, or the attributes as keywords (required: change_failure, env, service, version).
        """
        self._operation(
            "PatchDORADeploymentByVersion",
            {},
            {},
            body,
            {
                "change_failure": change_failure,
                "env": env,
                "remediation": remediation,
                "service": service,
                "version": version,
            },
        )

    def get_dora_deployment(
        self,
        deployment_id: str,
    ) -> DORADeploymentFetchResponse:
        """Get a deployment event."""
        result: DORADeploymentFetchResponse = self._operation(
            "GetDORADeployment", {"deployment_id": deployment_id}, {}, None, {}
        )
        return result

    def patch_dora_deployment(
        self,
        deployment_id: str,
        body: DORADeploymentPatchRequest | Mapping[str, Any] | None = None,
        *,
        change_failure: bool | Omitted = OMITTED,
        remediation: DORADeploymentPatchRemediation
        | Mapping[str, Any]
        | Omitted = OMITTED,
    ) -> None:
        """Mark a deployment as failed by ID.

        Pass `body`, or the attributes as keywords.
        """
        self._operation(
            "PatchDORADeployment",
            {"deployment_id": deployment_id},
            {},
            body,
            {"change_failure": change_failure, "remediation": remediation},
        )

    def create_dora_failure(
        self,
        body: DORAFailureRequest | Mapping[str, Any] | None = None,
        *,
        custom_tags: Sequence[str] | None | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        finished_at: int | datetime | Omitted = OMITTED,
        git: DORAGitInfo | Mapping[str, Any] | Omitted = OMITTED,
        id: str | Omitted = OMITTED,
        name: str | Omitted = OMITTED,
        services: Sequence[str] | Omitted = OMITTED,
        severity: str | Omitted = OMITTED,
        started_at: int | datetime | Omitted = OMITTED,
        team: str | Omitted = OMITTED,
        version: str | Omitted = OMITTED,
    ) -> DORAFailureResponse:
        """Send an incident event.

        Pass `body`, or the attributes as keywords (required: started_at).
        """
        result: DORAFailureResponse = self._operation(
            "CreateDORAFailure",
            {},
            {},
            body,
            {
                "custom_tags": custom_tags,
                "env": env,
                "finished_at": finished_at,
                "git": git,
                "id": id,
                "name": name,
                "services": services,
                "severity": severity,
                "started_at": started_at,
                "team": team,
                "version": version,
            },
        )
        return result

    def delete_dora_failure(
        self,
        failure_id: str,
    ) -> None:
        """Delete an incident event."""
        self._operation("DeleteDORAFailure", {"failure_id": failure_id}, {}, None, {})

    def list_dora_failures(
        self,
        body: DORAListFailuresRequest | Mapping[str, Any] | None = None,
        *,
        from_: datetime | str | Omitted = OMITTED,
        limit: int | Omitted = OMITTED,
        query: str | Omitted = OMITTED,
        sort: str | Omitted = OMITTED,
        to: datetime | str | Omitted = OMITTED,
    ) -> DORAFailuresListResponse:
        """Get a list of incident events.

        Pass `body`, or the attributes as keywords.
        """
        result: DORAFailuresListResponse = self._operation(
            "ListDORAFailures",
            {},
            {},
            body,
            {"from": from_, "limit": limit, "query": query, "sort": sort, "to": to},
        )
        return result

    def list_dora_failures_with_pagination(
        self,
        *,
        from_: datetime | str | Omitted = OMITTED,
        query: str | Omitted = OMITTED,
        to: datetime | str | Omitted = OMITTED,
        page_size: int | None = None,
        max_items: int | None = None,
        max_requests: int | None = DEFAULT_MAX_REQUESTS,
    ) -> Pages[DORAIncidentObject]:
        """Iterate over every item of list_dora_failures, page after page.

        `page_size` items per request; stops after `max_items` items, or after
        `max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.
        """
        pages: Pages[DORAIncidentObject] = self._paginate(
            "ListDORAFailures",
            {},
            {},
            {"from": from_, "query": query, "to": to},
            page_size,
            max_items,
            max_requests,
        )
        return pages

    def get_dora_failure(
        self,
        failure_id: str,
    ) -> DORAFailureFetchResponse:
        """Get an incident event."""
        result: DORAFailureFetchResponse = self._operation(
            "GetDORAFailure", {"failure_id": failure_id}, {}, None, {}
        )
        return result

    def create_dora_incident(
        self,
        body: DORAFailureRequest | Mapping[str, Any] | None = None,
        *,
        custom_tags: Sequence[str] | None | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        finished_at: int | datetime | Omitted = OMITTED,
        git: DORAGitInfo | Mapping[str, Any] | Omitted = OMITTED,
        id: str | Omitted = OMITTED,
        name: str | Omitted = OMITTED,
        services: Sequence[str] | Omitted = OMITTED,
        severity: str | Omitted = OMITTED,
        started_at: int | datetime | Omitted = OMITTED,
        team: str | Omitted = OMITTED,
        version: str | Omitted = OMITTED,
    ) -> DORAFailureResponse:
        """Send an incident event (legacy).

        Deprecated.
        Pass `body`, or the attributes as keywords (required: started_at).
        """
        result: DORAFailureResponse = self._operation(
            "CreateDORAIncident",
            {},
            {},
            body,
            {
                "custom_tags": custom_tags,
                "env": env,
                "finished_at": finished_at,
                "git": git,
                "id": id,
                "name": name,
                "services": services,
                "severity": severity,
                "started_at": started_at,
                "team": team,
                "version": version,
            },
        )
        return result


class AsyncDORAMetricsMethods:
    """The DORA Metrics operations, awaitable; each returns the decoded answer."""

    # Supplied by the overlay's API class (datadog_deployments.api_base.ApiBase).
    _operation: Callable[
        [str, Mapping[str, Any], Mapping[str, Any], Any, Mapping[str, Any]], Any
    ]
    _paginate: Callable[..., Any]

    async def create_dora_deployment(
        self,
        body: DORADeploymentRequest | Mapping[str, Any] | None = None,
        *,
        custom_tags: Sequence[str] | None | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        finished_at: int | datetime | Omitted = OMITTED,
        git: DORAGitInfo | Mapping[str, Any] | Omitted = OMITTED,
        id: str | Omitted = OMITTED,
        service: str | Omitted = OMITTED,
        started_at: int | datetime | Omitted = OMITTED,
        team: str | Omitted = OMITTED,
        version: str | Omitted = OMITTED,
    ) -> DORADeploymentResponse:
        """Send a deployment event.

        Pass `body`, or the attributes as keywords (required: finished_at, service, started_at).
        """
        result: DORADeploymentResponse = await self._operation(
            "CreateDORADeployment",
            {},
            {},
            body,
            {
                "custom_tags": custom_tags,
                "env": env,
                "finished_at": finished_at,
                "git": git,
                "id": id,
                "service": service,
                "started_at": started_at,
                "team": team,
                "version": version,
            },
        )
        return result

    async def delete_dora_deployment(
        self,
        deployment_id: str,
    ) -> None:
        """Delete a deployment event."""
        await self._operation(
            "DeleteDORADeployment", {"deployment_id": deployment_id}, {}, None, {}
        )

    async def list_dora_deployments(
        self,
        body: DORAListDeploymentsRequest | Mapping[str, Any] | None = None,
        *,
        from_: datetime | str | Omitted = OMITTED,
        limit: int | Omitted = OMITTED,
        query: str | Omitted = OMITTED,
        sort: str | Omitted = OMITTED,
        to: datetime | str | Omitted = OMITTED,
    ) -> DORADeploymentsListResponse:
        """Get a list of deployment events.

        Pass `body`, or the attributes as keywords.
        """
        result: DORADeploymentsListResponse = await self._operation(
            "ListDORADeployments",
            {},
            {},
            body,
            {"from": from_, "limit": limit, "query": query, "sort": sort, "to": to},
        )
        return result

    def list_dora_deployments_with_pagination(
        self,
        *,
        from_: datetime | str | Omitted = OMITTED,
        query: str | Omitted = OMITTED,
        to: datetime | str | Omitted = OMITTED,
        page_size: int | None = None,
        max_items: int | None = None,
        max_requests: int | None = DEFAULT_MAX_REQUESTS,
    ) -> AsyncPages[DORADeploymentObject]:
        """Iterate over every item of list_dora_deployments, page after page.

        `page_size` items per request; stops after `max_items` items, or after
        `max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.
        """
        pages: AsyncPages[DORADeploymentObject] = self._paginate(
            "ListDORADeployments",
            {},
            {},
            {"from": from_, "query": query, "to": to},
            page_size,
            max_items,
            max_requests,
        )
        return pages

    async def patch_dora_deployment_by_version(
        self,
        body: DORADeploymentPatchByVersionRequest | Mapping[str, Any] | None = None,
        *,
        change_failure: bool | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        remediation: DORARemediationByID
        | DORARemediationByVersion
        | Mapping[str, Any]
        | Omitted = OMITTED,
        service: str | Omitted = OMITTED,
        version: str | Omitted = OMITTED,
    ) -> None:
        """Mark a deployment as failed by version.

        Pass `body`, or the attributes as keywords (required: change_failure, env, service, version).
        """
        await self._operation(
            "PatchDORADeploymentByVersion",
            {},
            {},
            body,
            {
                "change_failure": change_failure,
                "env": env,
                "remediation": remediation,
                "service": service,
                "version": version,
            },
        )

    async def get_dora_deployment(
        self,
        deployment_id: str,
    ) -> DORADeploymentFetchResponse:
        """Get a deployment event."""
        result: DORADeploymentFetchResponse = await self._operation(
            "GetDORADeployment", {"deployment_id": deployment_id}, {}, None, {}
        )
        return result

    async def patch_dora_deployment(
        self,
        deployment_id: str,
        body: DORADeploymentPatchRequest | Mapping[str, Any] | None = None,
        *,
        change_failure: bool | Omitted = OMITTED,
        remediation: DORADeploymentPatchRemediation
        | Mapping[str, Any]
        | Omitted = OMITTED,
    ) -> None:
        """Mark a deployment as failed by ID.

        Pass `body`, or the attributes as keywords.
        """
        await self._operation(
            "PatchDORADeployment",
            {"deployment_id": deployment_id},
            {},
            body,
            {"change_failure": change_failure, "remediation": remediation},
        )

    async def create_dora_failure(
        self,
        body: DORAFailureRequest | Mapping[str, Any] | None = None,
        *,
        custom_tags: Sequence[str] | None | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        finished_at: int | datetime | Omitted = OMITTED,
        git: DORAGitInfo | Mapping[str, Any] | Omitted = OMITTED,
        id: str | Omitted = OMITTED,
        name: str | Omitted = OMITTED,
        services: Sequence[str] | Omitted = OMITTED,
        severity: str | Omitted = OMITTED,
        started_at: int | datetime | Omitted = OMITTED,
        team: str | Omitted = OMITTED,
        version: str | Omitted = OMITTED,
    ) -> DORAFailureResponse:
        """Send an incident event.

        Pass `body`, or the attributes as keywords (required: started_at).
        """
        result: DORAFailureResponse = await self._operation(
            "CreateDORAFailure",
            {},
            {},
            body,
            {
                "custom_tags": custom_tags,
                "env": env,
                "finished_at": finished_at,
                "git": git,
                "id": id,
                "name": name,
                "services": services,
                "severity": severity,
                "started_at": started_at,
                "team": team,
                "version": version,
            },
        )
        return result

    async def delete_dora_failure(
        self,
        failure_id: str,
    ) -> None:
        """Delete an incident event."""
        await self._operation(
            "DeleteDORAFailure", {"failure_id": failure_id}, {}, None, {}
        )

    async def list_dora_failures(
        self,
        body: DORAListFailuresRequest | Mapping[str, Any] | None = None,
        *,
        from_: datetime | str | Omitted = OMITTED,
        limit: int | Omitted = OMITTED,
        query: str | Omitted = OMITTED,
        sort: str | Omitted = OMITTED,
        to: datetime | str | Omitted = OMITTED,
    ) -> DORAFailuresListResponse:
        """Get a list of incident events.

        Pass `body`, or the attributes as keywords.
        """
        result: DORAFailuresListResponse = await self._operation(
            "ListDORAFailures",
            {},
            {},
            body,
            {"from": from_, "limit": limit, "query": query, "sort": sort, "to": to},
        )
        return result

    def list_dora_failures_with_pagination(
        self,
        *,
        from_: datetime | str | Omitted = OMITTED,
        query: str | Omitted = OMITTED,
        to: datetime | str | Omitted = OMITTED,
        page_size: int | None = None,
        max_items: int | None = None,
        max_requests: int | None = DEFAULT_MAX_REQUESTS,
    ) -> AsyncPages[DORAIncidentObject]:
        """Iterate over every item of list_dora_failures, page after page.

        `page_size` items per request; stops after `max_items` items, or after
        `max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.
        """
        pages: AsyncPages[DORAIncidentObject] = self._paginate(
            "ListDORAFailures",
            {},
            {},
            {"from": from_, "query": query, "to": to},
            page_size,
            max_items,
            max_requests,
        )
        return pages

    async def get_dora_failure(
        self,
        failure_id: str,
    ) -> DORAFailureFetchResponse:
        """Get an incident event."""
        result: DORAFailureFetchResponse = await self._operation(
            "GetDORAFailure", {"failure_id": failure_id}, {}, None, {}
        )
        return result

    async def create_dora_incident(
        self,
        body: DORAFailureRequest | Mapping[str, Any] | None = None,
        *,
        custom_tags: Sequence[str] | None | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        finished_at: int | datetime | Omitted = OMITTED,
        git: DORAGitInfo | Mapping[str, Any] | Omitted = OMITTED,
        id: str | Omitted = OMITTED,
        name: str | Omitted = OMITTED,
        services: Sequence[str] | Omitted = OMITTED,
        severity: str | Omitted = OMITTED,
        started_at: int | datetime | Omitted = OMITTED,
        team: str | Omitted = OMITTED,
        version: str | Omitted = OMITTED,
    ) -> DORAFailureResponse:
        """Send an incident event (legacy).

        Deprecated.
        Pass `body`, or the attributes as keywords (required: started_at).
        """
        result: DORAFailureResponse = await self._operation(
            "CreateDORAIncident",
            {},
            {},
            body,
            {
                "custom_tags": custom_tags,
                "env": env,
                "finished_at": finished_at,
                "git": git,
                "id": id,
                "name": name,
                "services": services,
                "severity": severity,
                "started_at": started_at,
                "team": team,
                "version": version,
            },
        )
        return result
