from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gates_faulty_deployment_detection_rule import (
        DeploymentGatesFaultyDeploymentDetectionRule,
    )
    from ..models.deployment_gates_monitor_rule import DeploymentGatesMonitorRule


T = TypeVar("T", bound="DeploymentGatesEvaluationConfiguration")


@_attrs_define(repr=False)
class DeploymentGatesEvaluationConfiguration:
    """Rules to evaluate inline, so no gate needs to be configured beforehand."""

    rules: list[
        DeploymentGatesFaultyDeploymentDetectionRule | DeploymentGatesMonitorRule
    ]
    """ The rules to evaluate. """
    dry_run: bool | Unset = UNSET
    """ Evaluate without blocking. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "rules",
        "dry_run",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_gates_faulty_deployment_detection_rule import (
            DeploymentGatesFaultyDeploymentDetectionRule,
        )
        from ..models.deployment_gates_monitor_rule import DeploymentGatesMonitorRule

        rules = []
        for rules_item_data in self.rules:
            rules_item: dict[str, Any]
            if isinstance(rules_item_data, DeploymentGatesMonitorRule):
                rules_item = rules_item_data.to_dict()
            else:
                rules_item = rules_item_data.to_dict()

            rules.append(rules_item)

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_gates_faulty_deployment_detection_rule import (
            DeploymentGatesFaultyDeploymentDetectionRule,
        )
        from ..models.deployment_gates_monitor_rule import DeploymentGatesMonitorRule

        d = dict(src_dict)
        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:

            def _parse_rules_item(
                data: object,
            ) -> (
                DeploymentGatesFaultyDeploymentDetectionRule
                | DeploymentGatesMonitorRule
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_deployment_gates_rule_type_0 = (
                        DeploymentGatesMonitorRule.from_dict(data)
                    )

                    return componentsschemas_deployment_gates_rule_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deployment_gates_rule_type_1 = (
                    DeploymentGatesFaultyDeploymentDetectionRule.from_dict(data)
                )

                return componentsschemas_deployment_gates_rule_type_1

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        dry_run = d.pop("dry_run", UNSET)

        deployment_gates_evaluation_configuration = cls(
            rules=rules,
            dry_run=dry_run,
        )

        deployment_gates_evaluation_configuration.additional_properties = d
        return deployment_gates_evaluation_configuration

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
