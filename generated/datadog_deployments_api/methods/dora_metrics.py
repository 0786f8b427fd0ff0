"""DORA Metrics: Send and read deployment events used for DORA metrics.

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
        DORADeploymentRequest,
        DORADeploymentResponse,
        DORAGitInfo,
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
        finished_at: int | Omitted = OMITTED,
        git: DORAGitInfo | Mapping[str, Any] | Omitted = OMITTED,
        id: str | Omitted = OMITTED,
        service: str | Omitted = OMITTED,
        started_at: int | Omitted = OMITTED,
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

    def get_dora_deployment(
        self,
        deployment_id: str,
    ) -> DORADeploymentFetchResponse:
        """Get a deployment event."""
        result: DORADeploymentFetchResponse = self._operation(
            "GetDORADeployment", {"deployment_id": deployment_id}, {}, None, {}
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
        finished_at: int | Omitted = OMITTED,
        git: DORAGitInfo | Mapping[str, Any] | Omitted = OMITTED,
        id: str | Omitted = OMITTED,
        service: str | Omitted = OMITTED,
        started_at: int | Omitted = OMITTED,
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

    async def get_dora_deployment(
        self,
        deployment_id: str,
    ) -> DORADeploymentFetchResponse:
        """Get a deployment event."""
        result: DORADeploymentFetchResponse = await self._operation(
            "GetDORADeployment", {"deployment_id": deployment_id}, {}, None, {}
        )
        return result
