"""Deployment Gates: Trigger deployment gate evaluations and read their verdicts.

The operations as methods, derived from openapi.yaml by tools/generate.py (template:
tools/templates/api_methods.py.jinja). `DeploymentGatesMethods` is the sync flavour and
`AsyncDeploymentGatesMethods` the async one; the overlay's `DeploymentGatesApi` inherits them and
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
        DeploymentGatesEvaluationConfiguration,
        DeploymentGatesEvaluationRequest,
        DeploymentGatesEvaluationResponse,
        DeploymentGatesEvaluationResultResponse,
    )

__all__ = ["AsyncDeploymentGatesMethods", "DeploymentGatesMethods"]


class DeploymentGatesMethods:
    """The Deployment Gates operations; each returns the decoded answer."""

    # Supplied by the overlay's API class (datadog_deployments.api_base.ApiBase).
    _operation: Callable[
        [str, Mapping[str, Any], Mapping[str, Any], Any, Mapping[str, Any]], Any
    ]
    _paginate: Callable[..., Any]

    def trigger_deployment_gates_evaluation(
        self,
        body: DeploymentGatesEvaluationRequest | Mapping[str, Any] | None = None,
        *,
        service: str | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        identifier: str | Omitted = OMITTED,
        version: str | Omitted = OMITTED,
        primary_tag: str | Omitted = OMITTED,
        configuration: DeploymentGatesEvaluationConfiguration
        | Mapping[str, Any]
        | Omitted = OMITTED,
    ) -> DeploymentGatesEvaluationResponse:
        """Trigger a deployment gate evaluation.

        Preview operation: enable it with configuration.unstable_operations["trigger_deployment_gates_evaluation"] = True.
        Pass `body`, or the attributes as keywords (required: service, env).
        """
        result: DeploymentGatesEvaluationResponse = self._operation(
            "TriggerDeploymentGatesEvaluation",
            {},
            {},
            body,
            {
                "service": service,
                "env": env,
                "identifier": identifier,
                "version": version,
                "primary_tag": primary_tag,
                "configuration": configuration,
            },
        )
        return result

    def get_deployment_gates_evaluation_result(
        self,
        id: UUID | str,
    ) -> DeploymentGatesEvaluationResultResponse:
        """Get a deployment gate evaluation result.

        Preview operation: enable it with configuration.unstable_operations["get_deployment_gates_evaluation_result"] = True.
        """
        result: DeploymentGatesEvaluationResultResponse = self._operation(
            "GetDeploymentGatesEvaluationResult", {"id": id}, {}, None, {}
        )
        return result


class AsyncDeploymentGatesMethods:
    """The Deployment Gates operations, awaitable; each returns the decoded answer."""

    # Supplied by the overlay's API class (datadog_deployments.api_base.ApiBase).
    _operation: Callable[
        [str, Mapping[str, Any], Mapping[str, Any], Any, Mapping[str, Any]], Any
    ]
    _paginate: Callable[..., Any]

    async def trigger_deployment_gates_evaluation(
        self,
        body: DeploymentGatesEvaluationRequest | Mapping[str, Any] | None = None,
        *,
        service: str | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        identifier: str | Omitted = OMITTED,
        version: str | Omitted = OMITTED,
        primary_tag: str | Omitted = OMITTED,
        configuration: DeploymentGatesEvaluationConfiguration
        | Mapping[str, Any]
        | Omitted = OMITTED,
    ) -> DeploymentGatesEvaluationResponse:
        """Trigger a deployment gate evaluation.

        Preview operation: enable it with configuration.unstable_operations["trigger_deployment_gates_evaluation"] = True.
        Pass `body`, or the attributes as keywords (required: service, env).
        """
        result: DeploymentGatesEvaluationResponse = await self._operation(
            "TriggerDeploymentGatesEvaluation",
            {},
            {},
            body,
            {
                "service": service,
                "env": env,
                "identifier": identifier,
                "version": version,
                "primary_tag": primary_tag,
                "configuration": configuration,
            },
        )
        return result

    async def get_deployment_gates_evaluation_result(
        self,
        id: UUID | str,
    ) -> DeploymentGatesEvaluationResultResponse:
        """Get a deployment gate evaluation result.

        Preview operation: enable it with configuration.unstable_operations["get_deployment_gates_evaluation_result"] = True.
        """
        result: DeploymentGatesEvaluationResultResponse = await self._operation(
            "GetDeploymentGatesEvaluationResult", {"id": id}, {}, None, {}
        )
        return result
