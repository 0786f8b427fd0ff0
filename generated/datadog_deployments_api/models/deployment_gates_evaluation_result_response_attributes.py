from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_gate_rules_status import DeploymentGateRulesStatus
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gate_rule_response import DeploymentGateRuleResponse


T = TypeVar("T", bound="DeploymentGatesEvaluationResultResponseAttributes")


@_attrs_define(repr=False)
class DeploymentGatesEvaluationResultResponseAttributes:
    """Attributes of an evaluation result."""

    dry_run: bool
    """ Whether the gate was evaluated in dry-run mode. """
    evaluation_id: str
    """ The evaluation ID. """
    evaluation_url: str
    """ Where to see the evaluation in the Datadog UI. """
    gate_id: UUID
    """ The deployment gate's ID. """
    gate_status: DeploymentGateRulesStatus
    """ Status of an evaluation or of one rule: `in_progress` while it runs, `pass` when the deployment may proceed,
    `fail` when it must not. """
    rules: list[DeploymentGateRuleResponse]
    """ Result of each rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "dry_run",
        "evaluation_id",
        "evaluation_url",
        "gate_id",
        "gate_status",
        "rules",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_gate_rule_response import DeploymentGateRuleResponse

        dry_run = self.dry_run

        evaluation_id = self.evaluation_id

        evaluation_url = self.evaluation_url

        gate_id = str(self.gate_id)

        gate_status = self.gate_status.value

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dry_run": dry_run,
                "evaluation_id": evaluation_id,
                "evaluation_url": evaluation_url,
                "gate_id": gate_id,
                "gate_status": gate_status,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_gate_rule_response import DeploymentGateRuleResponse

        d = dict(src_dict)
        dry_run = d.pop("dry_run")

        evaluation_id = d.pop("evaluation_id")

        evaluation_url = d.pop("evaluation_url")

        gate_id = UUID(d.pop("gate_id"))

        gate_status = DeploymentGateRulesStatus(d.pop("gate_status"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = DeploymentGateRuleResponse.from_dict(rules_item_data)

            rules.append(rules_item)

        deployment_gates_evaluation_result_response_attributes = cls(
            dry_run=dry_run,
            evaluation_id=evaluation_id,
            evaluation_url=evaluation_url,
            gate_id=gate_id,
            gate_status=gate_status,
            rules=rules,
        )

        deployment_gates_evaluation_result_response_attributes.additional_properties = d
        return deployment_gates_evaluation_result_response_attributes

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
