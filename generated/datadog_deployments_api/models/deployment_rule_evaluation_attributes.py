from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.deployment_gate_rule_evaluation_type import (
    DeploymentGateRuleEvaluationType,
)
from ..models.deployment_gate_rules_status import DeploymentGateRulesStatus
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_rule_evaluation_configuration import (
        DeploymentRuleEvaluationConfiguration,
    )
    from ..models.deployment_rule_evaluation_failures import (
        DeploymentRuleEvaluationFailures,
    )


T = TypeVar("T", bound="DeploymentRuleEvaluationAttributes")


@_attrs_define(repr=False)
class DeploymentRuleEvaluationAttributes:
    """Which rule was evaluated, with what configuration, when, and the outcome."""

    configuration: DeploymentRuleEvaluationConfiguration
    """ The rule configuration evaluated; which fields are set depends on the rule type. """
    dry_run: bool
    """ Whether the rule was evaluated in dry-run mode (a failed dry-run rule does not count). """
    duration_seconds: int | None
    """ How long the rule evaluation took, in seconds; null while it runs. """
    env: str
    """ The environment evaluated. """
    evaluation_id: UUID
    """ The rule evaluation's ID (the resource `id`). """
    failures: DeploymentRuleEvaluationFailures
    """ What made the rule fail. """
    finished_at: datetime.datetime | None
    """ When the rule evaluation finished; null while it runs. """
    gate_dry_run: bool
    """ Whether the gate was evaluated in dry-run mode. """
    gate_evaluation_id: UUID
    """ The gate evaluation's ID. """
    gate_id: None | UUID
    """ The configured gate's ID; null for an evaluation of inline rules. """
    identifier: str
    """ The gate identifier. """
    name: str
    """ The rule name. """
    reason: str
    """ Why the rule has its status. """
    rule_id: None | UUID
    """ The configured rule's ID; null for an inline rule. """
    service: str
    """ The service evaluated. """
    started_at: datetime.datetime
    """ When the rule evaluation started. """
    status: DeploymentGateRulesStatus
    """ Status of an evaluation or of one rule: `in_progress` while it runs, `pass` when the deployment may proceed,
    `fail` when it must not. """
    type_: DeploymentGateRuleEvaluationType
    """ The kind of rule evaluated. """
    version: str
    """ The deployment version evaluated; empty when none was given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "type",
        "configuration",
        "dry_run",
        "duration_seconds",
        "env",
        "evaluation_id",
        "failures",
        "finished_at",
        "gate_dry_run",
        "gate_evaluation_id",
        "gate_id",
        "identifier",
        "name",
        "reason",
        "rule_id",
        "service",
        "started_at",
        "status",
        "version",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_rule_evaluation_configuration import (
            DeploymentRuleEvaluationConfiguration,
        )
        from ..models.deployment_rule_evaluation_failures import (
            DeploymentRuleEvaluationFailures,
        )

        configuration = self.configuration.to_dict()

        dry_run = self.dry_run

        duration_seconds: int | None
        duration_seconds = self.duration_seconds

        env = self.env

        evaluation_id = str(self.evaluation_id)

        failures = self.failures.to_dict()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        gate_dry_run = self.gate_dry_run

        gate_evaluation_id = str(self.gate_evaluation_id)

        gate_id: None | str
        if isinstance(self.gate_id, UUID):
            gate_id = str(self.gate_id)
        else:
            gate_id = self.gate_id

        identifier = self.identifier

        name = self.name

        reason = self.reason

        rule_id: None | str
        if isinstance(self.rule_id, UUID):
            rule_id = str(self.rule_id)
        else:
            rule_id = self.rule_id

        service = self.service

        started_at = self.started_at.isoformat()

        status = self.status.value

        type_ = self.type_.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration": configuration,
                "dry_run": dry_run,
                "duration_seconds": duration_seconds,
                "env": env,
                "evaluation_id": evaluation_id,
                "failures": failures,
                "finished_at": finished_at,
                "gate_dry_run": gate_dry_run,
                "gate_evaluation_id": gate_evaluation_id,
                "gate_id": gate_id,
                "identifier": identifier,
                "name": name,
                "reason": reason,
                "rule_id": rule_id,
                "service": service,
                "started_at": started_at,
                "status": status,
                "type": type_,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_rule_evaluation_configuration import (
            DeploymentRuleEvaluationConfiguration,
        )
        from ..models.deployment_rule_evaluation_failures import (
            DeploymentRuleEvaluationFailures,
        )

        d = dict(src_dict)
        configuration = DeploymentRuleEvaluationConfiguration.from_dict(
            d.pop("configuration")
        )

        dry_run = d.pop("dry_run")

        def _parse_duration_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds"))

        env = d.pop("env")

        evaluation_id = UUID(d.pop("evaluation_id"))

        failures = DeploymentRuleEvaluationFailures.from_dict(d.pop("failures"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = isoparse(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        gate_dry_run = d.pop("gate_dry_run")

        gate_evaluation_id = UUID(d.pop("gate_evaluation_id"))

        def _parse_gate_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gate_id_type_0 = UUID(data)

                return gate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        gate_id = _parse_gate_id(d.pop("gate_id"))

        identifier = d.pop("identifier")

        name = d.pop("name")

        reason = d.pop("reason")

        def _parse_rule_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rule_id_type_0 = UUID(data)

                return rule_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        rule_id = _parse_rule_id(d.pop("rule_id"))

        service = d.pop("service")

        started_at = isoparse(d.pop("started_at"))

        status = DeploymentGateRulesStatus(d.pop("status"))

        type_ = DeploymentGateRuleEvaluationType(d.pop("type"))

        version = d.pop("version")

        deployment_rule_evaluation_attributes = cls(
            configuration=configuration,
            dry_run=dry_run,
            duration_seconds=duration_seconds,
            env=env,
            evaluation_id=evaluation_id,
            failures=failures,
            finished_at=finished_at,
            gate_dry_run=gate_dry_run,
            gate_evaluation_id=gate_evaluation_id,
            gate_id=gate_id,
            identifier=identifier,
            name=name,
            reason=reason,
            rule_id=rule_id,
            service=service,
            started_at=started_at,
            status=status,
            type_=type_,
            version=version,
        )

        deployment_rule_evaluation_attributes.additional_properties = d
        return deployment_rule_evaluation_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def type(self) -> DeploymentGateRuleEvaluationType:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DeploymentGateRuleEvaluationType) -> None:
        self.type_ = value
