"""Deployment Gates: Manage deployment gates and their rules, trigger evaluations and read their verdicts.

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
        CreateDeploymentGateParams,
        CreateDeploymentRuleParams,
        DeploymentGateEvaluation,
        DeploymentGateEvaluationsListResponse,
        DeploymentGateResponse,
        DeploymentGateResponseData,
        DeploymentGateRuleEvaluationType,
        DeploymentGateRulesResponse,
        DeploymentGateRulesStatus,
        DeploymentGatesEvaluationConfiguration,
        DeploymentGatesEvaluationRequest,
        DeploymentGatesEvaluationResponse,
        DeploymentGatesEvaluationResultResponse,
        DeploymentGatesListResponse,
        DeploymentRuleEvaluation,
        DeploymentRuleEvaluationsListResponse,
        DeploymentRuleOptionsFaultyDeploymentDetection,
        DeploymentRuleOptionsMonitor,
        DeploymentRuleOptionsSpecificMonitor,
        DeploymentRuleResponse,
        UpdateDeploymentGateParams,
        UpdateDeploymentRuleParams,
    )

__all__ = ["AsyncDeploymentGatesMethods", "DeploymentGatesMethods"]


class DeploymentGatesMethods:
    """The Deployment Gates operations; each returns the decoded answer."""

    # Supplied by the overlay's API class (datadog_deployments.api_base.ApiBase).
    _operation: Callable[
        [str, Mapping[str, Any], Mapping[str, Any], Any, Mapping[str, Any]], Any
    ]
    _paginate: Callable[..., Any]

    def list_deployment_gates(
        self,
        *,
        filter_service: str | None = None,
        filter_env: str | None = None,
        filter_identifier: str | None = None,
        filter_dry_run: bool | None = None,
        page_cursor: str | None = None,
        page_size_: int | None = None,
    ) -> DeploymentGatesListResponse:
        """Get all deployment gates.

        Preview operation: enable it with configuration.unstable_operations["list_deployment_gates"] = True.
        """
        result: DeploymentGatesListResponse = self._operation(
            "ListDeploymentGates",
            {},
            {
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[dry_run]": filter_dry_run,
                "page[cursor]": page_cursor,
                "page[size]": page_size_,
            },
            None,
            {},
        )
        return result

    def list_deployment_gates_with_pagination(
        self,
        *,
        filter_service: str | None = None,
        filter_env: str | None = None,
        filter_identifier: str | None = None,
        filter_dry_run: bool | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        max_requests: int | None = DEFAULT_MAX_REQUESTS,
    ) -> Pages[DeploymentGateResponseData]:
        """Iterate over every item of list_deployment_gates, page after page.

        `page_size` items per request; stops after `max_items` items, or after
        `max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.
        """
        pages: Pages[DeploymentGateResponseData] = self._paginate(
            "ListDeploymentGates",
            {},
            {
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[dry_run]": filter_dry_run,
            },
            {},
            page_size,
            max_items,
            max_requests,
        )
        return pages

    def create_deployment_gate(
        self,
        body: CreateDeploymentGateParams | Mapping[str, Any] | None = None,
        *,
        dry_run: bool | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        identifier: str | Omitted = OMITTED,
        service: str | Omitted = OMITTED,
    ) -> DeploymentGateResponse:
        """Create deployment gate.

        Preview operation: enable it with configuration.unstable_operations["create_deployment_gate"] = True.
        Pass `body`, or the attributes as keywords (required: env, service).
        """
        result: DeploymentGateResponse = self._operation(
            "CreateDeploymentGate",
            {},
            {},
            body,
            {
                "dry_run": dry_run,
                "env": env,
                "identifier": identifier,
                "service": service,
            },
        )
        return result

    def list_deployment_gate_evaluations(
        self,
        *,
        filter_from: datetime | str | None = None,
        filter_to: datetime | str | None = None,
        filter_service: Sequence[str] | None = None,
        filter_env: Sequence[str] | None = None,
        filter_identifier: Sequence[str] | None = None,
        filter_status: Sequence[
            DeploymentGateRulesStatus | Literal["in_progress", "pass", "fail"]
        ]
        | None = None,
        filter_dry_run: bool | None = None,
        filter_evaluation_id: UUID | str | None = None,
        filter_gate_id: UUID | str | None = None,
        filter_version: Sequence[str] | None = None,
        page_size_: int | None = None,
        page_cursor: str | None = None,
    ) -> DeploymentGateEvaluationsListResponse:
        """List deployment gate evaluations.

        Preview operation: enable it with configuration.unstable_operations["list_deployment_gate_evaluations"] = True.
        """
        result: DeploymentGateEvaluationsListResponse = self._operation(
            "ListDeploymentGateEvaluations",
            {},
            {
                "filter[from]": filter_from,
                "filter[to]": filter_to,
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[status]": filter_status,
                "filter[dry_run]": filter_dry_run,
                "filter[evaluation_id]": filter_evaluation_id,
                "filter[gate_id]": filter_gate_id,
                "filter[version]": filter_version,
                "page[size]": page_size_,
                "page[cursor]": page_cursor,
            },
            None,
            {},
        )
        return result

    def list_deployment_gate_evaluations_with_pagination(
        self,
        *,
        filter_from: datetime | str | None = None,
        filter_to: datetime | str | None = None,
        filter_service: Sequence[str] | None = None,
        filter_env: Sequence[str] | None = None,
        filter_identifier: Sequence[str] | None = None,
        filter_status: Sequence[
            DeploymentGateRulesStatus | Literal["in_progress", "pass", "fail"]
        ]
        | None = None,
        filter_dry_run: bool | None = None,
        filter_evaluation_id: UUID | str | None = None,
        filter_gate_id: UUID | str | None = None,
        filter_version: Sequence[str] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        max_requests: int | None = DEFAULT_MAX_REQUESTS,
    ) -> Pages[DeploymentGateEvaluation]:
        """Iterate over every item of list_deployment_gate_evaluations, page after page.

        `page_size` items per request; stops after `max_items` items, or after
        `max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.
        """
        pages: Pages[DeploymentGateEvaluation] = self._paginate(
            "ListDeploymentGateEvaluations",
            {},
            {
                "filter[from]": filter_from,
                "filter[to]": filter_to,
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[status]": filter_status,
                "filter[dry_run]": filter_dry_run,
                "filter[evaluation_id]": filter_evaluation_id,
                "filter[gate_id]": filter_gate_id,
                "filter[version]": filter_version,
            },
            {},
            page_size,
            max_items,
            max_requests,
        )
        return pages

    def list_deployment_rule_evaluations(
        self,
        *,
        filter_from: datetime | str | None = None,
        filter_to: datetime | str | None = None,
        filter_gate_evaluation_id: UUID | str | None = None,
        filter_evaluation_id: UUID | str | None = None,
        filter_gate_id: UUID | str | None = None,
        filter_rule_id: UUID | str | None = None,
        filter_service: Sequence[str] | None = None,
        filter_env: Sequence[str] | None = None,
        filter_identifier: Sequence[str] | None = None,
        filter_version: Sequence[str] | None = None,
        filter_status: Sequence[
            DeploymentGateRulesStatus | Literal["in_progress", "pass", "fail"]
        ]
        | None = None,
        filter_type: Sequence[
            DeploymentGateRuleEvaluationType
            | Literal["monitor", "faulty_deployment_detection"]
        ]
        | None = None,
        filter_dry_run: bool | None = None,
        filter_gate_dry_run: bool | None = None,
        filter_name: Sequence[str] | None = None,
        page_size_: int | None = None,
        page_cursor: str | None = None,
    ) -> DeploymentRuleEvaluationsListResponse:
        """List deployment gate rule evaluations.

        Preview operation: enable it with configuration.unstable_operations["list_deployment_rule_evaluations"] = True.
        """
        result: DeploymentRuleEvaluationsListResponse = self._operation(
            "ListDeploymentRuleEvaluations",
            {},
            {
                "filter[from]": filter_from,
                "filter[to]": filter_to,
                "filter[gate_evaluation_id]": filter_gate_evaluation_id,
                "filter[evaluation_id]": filter_evaluation_id,
                "filter[gate_id]": filter_gate_id,
                "filter[rule_id]": filter_rule_id,
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[version]": filter_version,
                "filter[status]": filter_status,
                "filter[type]": filter_type,
                "filter[dry_run]": filter_dry_run,
                "filter[gate_dry_run]": filter_gate_dry_run,
                "filter[name]": filter_name,
                "page[size]": page_size_,
                "page[cursor]": page_cursor,
            },
            None,
            {},
        )
        return result

    def list_deployment_rule_evaluations_with_pagination(
        self,
        *,
        filter_from: datetime | str | None = None,
        filter_to: datetime | str | None = None,
        filter_gate_evaluation_id: UUID | str | None = None,
        filter_evaluation_id: UUID | str | None = None,
        filter_gate_id: UUID | str | None = None,
        filter_rule_id: UUID | str | None = None,
        filter_service: Sequence[str] | None = None,
        filter_env: Sequence[str] | None = None,
        filter_identifier: Sequence[str] | None = None,
        filter_version: Sequence[str] | None = None,
        filter_status: Sequence[
            DeploymentGateRulesStatus | Literal["in_progress", "pass", "fail"]
        ]
        | None = None,
        filter_type: Sequence[
            DeploymentGateRuleEvaluationType
            | Literal["monitor", "faulty_deployment_detection"]
        ]
        | None = None,
        filter_dry_run: bool | None = None,
        filter_gate_dry_run: bool | None = None,
        filter_name: Sequence[str] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        max_requests: int | None = DEFAULT_MAX_REQUESTS,
    ) -> Pages[DeploymentRuleEvaluation]:
        """Iterate over every item of list_deployment_rule_evaluations, page after page.

        `page_size` items per request; stops after `max_items` items, or after
        `max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.
        """
        pages: Pages[DeploymentRuleEvaluation] = self._paginate(
            "ListDeploymentRuleEvaluations",
            {},
            {
                "filter[from]": filter_from,
                "filter[to]": filter_to,
                "filter[gate_evaluation_id]": filter_gate_evaluation_id,
                "filter[evaluation_id]": filter_evaluation_id,
                "filter[gate_id]": filter_gate_id,
                "filter[rule_id]": filter_rule_id,
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[version]": filter_version,
                "filter[status]": filter_status,
                "filter[type]": filter_type,
                "filter[dry_run]": filter_dry_run,
                "filter[gate_dry_run]": filter_gate_dry_run,
                "filter[name]": filter_name,
            },
            {},
            page_size,
            max_items,
            max_requests,
        )
        return pages

    def get_deployment_gate_rules(
        self,
        gate_id: str,
    ) -> DeploymentGateRulesResponse:
        """Get rules for a deployment gate.

        Preview operation: enable it with configuration.unstable_operations["get_deployment_gate_rules"] = True.
        """
        result: DeploymentGateRulesResponse = self._operation(
            "GetDeploymentGateRules", {"gate_id": gate_id}, {}, None, {}
        )
        return result

    def create_deployment_rule(
        self,
        gate_id: str,
        body: CreateDeploymentRuleParams | Mapping[str, Any] | None = None,
        *,
        dry_run: bool | Omitted = OMITTED,
        name: str | Omitted = OMITTED,
        options: DeploymentRuleOptionsMonitor
        | DeploymentRuleOptionsSpecificMonitor
        | DeploymentRuleOptionsFaultyDeploymentDetection
        | Mapping[str, Any]
        | Omitted = OMITTED,
        type: str | Omitted = OMITTED,
    ) -> DeploymentRuleResponse:
        """Create deployment rule.

        Preview operation: enable it with configuration.unstable_operations["create_deployment_rule"] = True.
        Pass `body`, or the attributes as keywords (required: name, options, type).
        """
        result: DeploymentRuleResponse = self._operation(
            "CreateDeploymentRule",
            {"gate_id": gate_id},
            {},
            body,
            {"dry_run": dry_run, "name": name, "options": options, "type": type},
        )
        return result

    def get_deployment_rule(
        self,
        gate_id: str,
        id: str,
    ) -> DeploymentRuleResponse:
        """Get deployment rule.

        Preview operation: enable it with configuration.unstable_operations["get_deployment_rule"] = True.
        """
        result: DeploymentRuleResponse = self._operation(
            "GetDeploymentRule", {"gate_id": gate_id, "id": id}, {}, None, {}
        )
        return result

    def update_deployment_rule(
        self,
        gate_id: str,
        id: str,
        body: UpdateDeploymentRuleParams | Mapping[str, Any] | None = None,
        *,
        dry_run: bool | Omitted = OMITTED,
        name: str | Omitted = OMITTED,
        options: DeploymentRuleOptionsMonitor
        | DeploymentRuleOptionsSpecificMonitor
        | DeploymentRuleOptionsFaultyDeploymentDetection
        | Mapping[str, Any]
        | Omitted = OMITTED,
    ) -> DeploymentRuleResponse:
        """Update deployment rule.

        Preview operation: enable it with configuration.unstable_operations["update_deployment_rule"] = True.
        Pass `body`, or the attributes as keywords (required: dry_run, name, options).
        """
        result: DeploymentRuleResponse = self._operation(
            "UpdateDeploymentRule",
            {"gate_id": gate_id, "id": id},
            {},
            body,
            {"dry_run": dry_run, "name": name, "options": options},
        )
        return result

    def delete_deployment_rule(
        self,
        gate_id: str,
        id: str,
    ) -> None:
        """Delete deployment rule.

        Preview operation: enable it with configuration.unstable_operations["delete_deployment_rule"] = True.
        """
        self._operation(
            "DeleteDeploymentRule", {"gate_id": gate_id, "id": id}, {}, None, {}
        )

    def get_deployment_gate(
        self,
        id: str,
    ) -> DeploymentGateResponse:
        """Get deployment gate.

        Preview operation: enable it with configuration.unstable_operations["get_deployment_gate"] = True.
        """
        result: DeploymentGateResponse = self._operation(
            "GetDeploymentGate", {"id": id}, {}, None, {}
        )
        return result

    def update_deployment_gate(
        self,
        id: str,
        body: UpdateDeploymentGateParams | Mapping[str, Any] | None = None,
        *,
        dry_run: bool | Omitted = OMITTED,
    ) -> DeploymentGateResponse:
        """Update deployment gate.

        Preview operation: enable it with configuration.unstable_operations["update_deployment_gate"] = True.
        Pass `body`, or the attributes as keywords (required: dry_run).
        """
        result: DeploymentGateResponse = self._operation(
            "UpdateDeploymentGate", {"id": id}, {}, body, {"dry_run": dry_run}
        )
        return result

    def delete_deployment_gate(
        self,
        id: str,
    ) -> None:
        """Delete deployment gate.

        Preview operation: enable it with configuration.unstable_operations["delete_deployment_gate"] = True.
        """
        self._operation("DeleteDeploymentGate", {"id": id}, {}, None, {})

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

    async def list_deployment_gates(
        self,
        *,
        filter_service: str | None = None,
        filter_env: str | None = None,
        filter_identifier: str | None = None,
        filter_dry_run: bool | None = None,
        page_cursor: str | None = None,
        page_size_: int | None = None,
    ) -> DeploymentGatesListResponse:
        """Get all deployment gates.

        Preview operation: enable it with configuration.unstable_operations["list_deployment_gates"] = True.
        """
        result: DeploymentGatesListResponse = await self._operation(
            "ListDeploymentGates",
            {},
            {
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[dry_run]": filter_dry_run,
                "page[cursor]": page_cursor,
                "page[size]": page_size_,
            },
            None,
            {},
        )
        return result

    def list_deployment_gates_with_pagination(
        self,
        *,
        filter_service: str | None = None,
        filter_env: str | None = None,
        filter_identifier: str | None = None,
        filter_dry_run: bool | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        max_requests: int | None = DEFAULT_MAX_REQUESTS,
    ) -> AsyncPages[DeploymentGateResponseData]:
        """Iterate over every item of list_deployment_gates, page after page.

        `page_size` items per request; stops after `max_items` items, or after
        `max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.
        """
        pages: AsyncPages[DeploymentGateResponseData] = self._paginate(
            "ListDeploymentGates",
            {},
            {
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[dry_run]": filter_dry_run,
            },
            {},
            page_size,
            max_items,
            max_requests,
        )
        return pages

    async def create_deployment_gate(
        self,
        body: CreateDeploymentGateParams | Mapping[str, Any] | None = None,
        *,
        dry_run: bool | Omitted = OMITTED,
        env: str | Omitted = OMITTED,
        identifier: str | Omitted = OMITTED,
        service: str | Omitted = OMITTED,
    ) -> DeploymentGateResponse:
        """Create deployment gate.

        Preview operation: enable it with configuration.unstable_operations["create_deployment_gate"] = True.
        Pass `body`, or the attributes as keywords (required: env, service).
        """
        result: DeploymentGateResponse = await self._operation(
            "CreateDeploymentGate",
            {},
            {},
            body,
            {
                "dry_run": dry_run,
                "env": env,
                "identifier": identifier,
                "service": service,
            },
        )
        return result

    async def list_deployment_gate_evaluations(
        self,
        *,
        filter_from: datetime | str | None = None,
        filter_to: datetime | str | None = None,
        filter_service: Sequence[str] | None = None,
        filter_env: Sequence[str] | None = None,
        filter_identifier: Sequence[str] | None = None,
        filter_status: Sequence[
            DeploymentGateRulesStatus | Literal["in_progress", "pass", "fail"]
        ]
        | None = None,
        filter_dry_run: bool | None = None,
        filter_evaluation_id: UUID | str | None = None,
        filter_gate_id: UUID | str | None = None,
        filter_version: Sequence[str] | None = None,
        page_size_: int | None = None,
        page_cursor: str | None = None,
    ) -> DeploymentGateEvaluationsListResponse:
        """List deployment gate evaluations.

        Preview operation: enable it with configuration.unstable_operations["list_deployment_gate_evaluations"] = True.
        """
        result: DeploymentGateEvaluationsListResponse = await self._operation(
            "ListDeploymentGateEvaluations",
            {},
            {
                "filter[from]": filter_from,
                "filter[to]": filter_to,
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[status]": filter_status,
                "filter[dry_run]": filter_dry_run,
                "filter[evaluation_id]": filter_evaluation_id,
                "filter[gate_id]": filter_gate_id,
                "filter[version]": filter_version,
                "page[size]": page_size_,
                "page[cursor]": page_cursor,
            },
            None,
            {},
        )
        return result

    def list_deployment_gate_evaluations_with_pagination(
        self,
        *,
        filter_from: datetime | str | None = None,
        filter_to: datetime | str | None = None,
        filter_service: Sequence[str] | None = None,
        filter_env: Sequence[str] | None = None,
        filter_identifier: Sequence[str] | None = None,
        filter_status: Sequence[
            DeploymentGateRulesStatus | Literal["in_progress", "pass", "fail"]
        ]
        | None = None,
        filter_dry_run: bool | None = None,
        filter_evaluation_id: UUID | str | None = None,
        filter_gate_id: UUID | str | None = None,
        filter_version: Sequence[str] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        max_requests: int | None = DEFAULT_MAX_REQUESTS,
    ) -> AsyncPages[DeploymentGateEvaluation]:
        """Iterate over every item of list_deployment_gate_evaluations, page after page.

        `page_size` items per request; stops after `max_items` items, or after
        `max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.
        """
        pages: AsyncPages[DeploymentGateEvaluation] = self._paginate(
            "ListDeploymentGateEvaluations",
            {},
            {
                "filter[from]": filter_from,
                "filter[to]": filter_to,
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[status]": filter_status,
                "filter[dry_run]": filter_dry_run,
                "filter[evaluation_id]": filter_evaluation_id,
                "filter[gate_id]": filter_gate_id,
                "filter[version]": filter_version,
            },
            {},
            page_size,
            max_items,
            max_requests,
        )
        return pages

    async def list_deployment_rule_evaluations(
        self,
        *,
        filter_from: datetime | str | None = None,
        filter_to: datetime | str | None = None,
        filter_gate_evaluation_id: UUID | str | None = None,
        filter_evaluation_id: UUID | str | None = None,
        filter_gate_id: UUID | str | None = None,
        filter_rule_id: UUID | str | None = None,
        filter_service: Sequence[str] | None = None,
        filter_env: Sequence[str] | None = None,
        filter_identifier: Sequence[str] | None = None,
        filter_version: Sequence[str] | None = None,
        filter_status: Sequence[
            DeploymentGateRulesStatus | Literal["in_progress", "pass", "fail"]
        ]
        | None = None,
        filter_type: Sequence[
            DeploymentGateRuleEvaluationType
            | Literal["monitor", "faulty_deployment_detection"]
        ]
        | None = None,
        filter_dry_run: bool | None = None,
        filter_gate_dry_run: bool | None = None,
        filter_name: Sequence[str] | None = None,
        page_size_: int | None = None,
        page_cursor: str | None = None,
    ) -> DeploymentRuleEvaluationsListResponse:
        """List deployment gate rule evaluations.

        Preview operation: enable it with configuration.unstable_operations["list_deployment_rule_evaluations"] = True.
        """
        result: DeploymentRuleEvaluationsListResponse = await self._operation(
            "ListDeploymentRuleEvaluations",
            {},
            {
                "filter[from]": filter_from,
                "filter[to]": filter_to,
                "filter[gate_evaluation_id]": filter_gate_evaluation_id,
                "filter[evaluation_id]": filter_evaluation_id,
                "filter[gate_id]": filter_gate_id,
                "filter[rule_id]": filter_rule_id,
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[version]": filter_version,
                "filter[status]": filter_status,
                "filter[type]": filter_type,
                "filter[dry_run]": filter_dry_run,
                "filter[gate_dry_run]": filter_gate_dry_run,
                "filter[name]": filter_name,
                "page[size]": page_size_,
                "page[cursor]": page_cursor,
            },
            None,
            {},
        )
        return result

    def list_deployment_rule_evaluations_with_pagination(
        self,
        *,
        filter_from: datetime | str | None = None,
        filter_to: datetime | str | None = None,
        filter_gate_evaluation_id: UUID | str | None = None,
        filter_evaluation_id: UUID | str | None = None,
        filter_gate_id: UUID | str | None = None,
        filter_rule_id: UUID | str | None = None,
        filter_service: Sequence[str] | None = None,
        filter_env: Sequence[str] | None = None,
        filter_identifier: Sequence[str] | None = None,
        filter_version: Sequence[str] | None = None,
        filter_status: Sequence[
            DeploymentGateRulesStatus | Literal["in_progress", "pass", "fail"]
        ]
        | None = None,
        filter_type: Sequence[
            DeploymentGateRuleEvaluationType
            | Literal["monitor", "faulty_deployment_detection"]
        ]
        | None = None,
        filter_dry_run: bool | None = None,
        filter_gate_dry_run: bool | None = None,
        filter_name: Sequence[str] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        max_requests: int | None = DEFAULT_MAX_REQUESTS,
    ) -> AsyncPages[DeploymentRuleEvaluation]:
        """Iterate over every item of list_deployment_rule_evaluations, page after page.

        `page_size` items per request; stops after `max_items` items, or after
        `max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.
        """
        pages: AsyncPages[DeploymentRuleEvaluation] = self._paginate(
            "ListDeploymentRuleEvaluations",
            {},
            {
                "filter[from]": filter_from,
                "filter[to]": filter_to,
                "filter[gate_evaluation_id]": filter_gate_evaluation_id,
                "filter[evaluation_id]": filter_evaluation_id,
                "filter[gate_id]": filter_gate_id,
                "filter[rule_id]": filter_rule_id,
                "filter[service]": filter_service,
                "filter[env]": filter_env,
                "filter[identifier]": filter_identifier,
                "filter[version]": filter_version,
                "filter[status]": filter_status,
                "filter[type]": filter_type,
                "filter[dry_run]": filter_dry_run,
                "filter[gate_dry_run]": filter_gate_dry_run,
                "filter[name]": filter_name,
            },
            {},
            page_size,
            max_items,
            max_requests,
        )
        return pages

    async def get_deployment_gate_rules(
        self,
        gate_id: str,
    ) -> DeploymentGateRulesResponse:
        """Get rules for a deployment gate.

        Preview operation: enable it with configuration.unstable_operations["get_deployment_gate_rules"] = True.
        """
        result: DeploymentGateRulesResponse = await self._operation(
            "GetDeploymentGateRules", {"gate_id": gate_id}, {}, None, {}
        )
        return result

    async def create_deployment_rule(
        self,
        gate_id: str,
        body: CreateDeploymentRuleParams | Mapping[str, Any] | None = None,
        *,
        dry_run: bool | Omitted = OMITTED,
        name: str | Omitted = OMITTED,
        options: DeploymentRuleOptionsMonitor
        | DeploymentRuleOptionsSpecificMonitor
        | DeploymentRuleOptionsFaultyDeploymentDetection
        | Mapping[str, Any]
        | Omitted = OMITTED,
        type: str | Omitted = OMITTED,
    ) -> DeploymentRuleResponse:
        """Create deployment rule.

        Preview operation: enable it with configuration.unstable_operations["create_deployment_rule"] = True.
        Pass `body`, or the attributes as keywords (required: name, options, type).
        """
        result: DeploymentRuleResponse = await self._operation(
            "CreateDeploymentRule",
            {"gate_id": gate_id},
            {},
            body,
            {"dry_run": dry_run, "name": name, "options": options, "type": type},
        )
        return result

    async def get_deployment_rule(
        self,
        gate_id: str,
        id: str,
    ) -> DeploymentRuleResponse:
        """Get deployment rule.

        Preview operation: enable it with configuration.unstable_operations["get_deployment_rule"] = True.
        """
        result: DeploymentRuleResponse = await self._operation(
            "GetDeploymentRule", {"gate_id": gate_id, "id": id}, {}, None, {}
        )
        return result

    async def update_deployment_rule(
        self,
        gate_id: str,
        id: str,
        body: UpdateDeploymentRuleParams | Mapping[str, Any] | None = None,
        *,
        dry_run: bool | Omitted = OMITTED,
        name: str | Omitted = OMITTED,
        options: DeploymentRuleOptionsMonitor
        | DeploymentRuleOptionsSpecificMonitor
        | DeploymentRuleOptionsFaultyDeploymentDetection
        | Mapping[str, Any]
        | Omitted = OMITTED,
    ) -> DeploymentRuleResponse:
        """Update deployment rule.

        Preview operation: enable it with configuration.unstable_operations["update_deployment_rule"] = True.
        Pass `body`, or the attributes as keywords (required: dry_run, name, options).
        """
        result: DeploymentRuleResponse = await self._operation(
            "UpdateDeploymentRule",
            {"gate_id": gate_id, "id": id},
            {},
            body,
            {"dry_run": dry_run, "name": name, "options": options},
        )
        return result

    async def delete_deployment_rule(
        self,
        gate_id: str,
        id: str,
    ) -> None:
        """Delete deployment rule.

        Preview operation: enable it with configuration.unstable_operations["delete_deployment_rule"] = True.
        """
        await self._operation(
            "DeleteDeploymentRule", {"gate_id": gate_id, "id": id}, {}, None, {}
        )

    async def get_deployment_gate(
        self,
        id: str,
    ) -> DeploymentGateResponse:
        """Get deployment gate.

        Preview operation: enable it with configuration.unstable_operations["get_deployment_gate"] = True.
        """
        result: DeploymentGateResponse = await self._operation(
            "GetDeploymentGate", {"id": id}, {}, None, {}
        )
        return result

    async def update_deployment_gate(
        self,
        id: str,
        body: UpdateDeploymentGateParams | Mapping[str, Any] | None = None,
        *,
        dry_run: bool | Omitted = OMITTED,
    ) -> DeploymentGateResponse:
        """Update deployment gate.

        Preview operation: enable it with configuration.unstable_operations["update_deployment_gate"] = True.
        Pass `body`, or the attributes as keywords (required: dry_run).
        """
        result: DeploymentGateResponse = await self._operation(
            "UpdateDeploymentGate", {"id": id}, {}, body, {"dry_run": dry_run}
        )
        return result

    async def delete_deployment_gate(
        self,
        id: str,
    ) -> None:
        """Delete deployment gate.

        Preview operation: enable it with configuration.unstable_operations["delete_deployment_gate"] = True.
        """
        await self._operation("DeleteDeploymentGate", {"id": id}, {}, None, {})

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
