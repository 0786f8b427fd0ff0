from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_rule_evaluation_failed_monitor import (
        DeploymentRuleEvaluationFailedMonitor,
    )
    from ..models.deployment_rule_evaluation_narrative import (
        DeploymentRuleEvaluationNarrative,
    )


T = TypeVar("T", bound="DeploymentRuleEvaluationFailures")


@_attrs_define(repr=False)
class DeploymentRuleEvaluationFailures:
    """What made the rule fail."""

    faulty_apm_resources: list[str]
    """ The faulty APM resources. """
    monitors: list[DeploymentRuleEvaluationFailedMonitor]
    """ The monitors that failed the rule. """
    narratives: list[DeploymentRuleEvaluationNarrative]
    """ Narratives of the failure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "faulty_apm_resources",
        "monitors",
        "narratives",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_rule_evaluation_failed_monitor import (
            DeploymentRuleEvaluationFailedMonitor,
        )
        from ..models.deployment_rule_evaluation_narrative import (
            DeploymentRuleEvaluationNarrative,
        )

        faulty_apm_resources = self.faulty_apm_resources

        monitors = []
        for monitors_item_data in self.monitors:
            monitors_item = monitors_item_data.to_dict()
            monitors.append(monitors_item)

        narratives = []
        for narratives_item_data in self.narratives:
            narratives_item = narratives_item_data.to_dict()
            narratives.append(narratives_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faulty_apm_resources": faulty_apm_resources,
                "monitors": monitors,
                "narratives": narratives,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_rule_evaluation_failed_monitor import (
            DeploymentRuleEvaluationFailedMonitor,
        )
        from ..models.deployment_rule_evaluation_narrative import (
            DeploymentRuleEvaluationNarrative,
        )

        d = dict(src_dict)
        faulty_apm_resources = cast(list[str], d.pop("faulty_apm_resources"))

        monitors = []
        _monitors = d.pop("monitors")
        for monitors_item_data in _monitors:
            monitors_item = DeploymentRuleEvaluationFailedMonitor.from_dict(
                monitors_item_data
            )

            monitors.append(monitors_item)

        narratives = []
        _narratives = d.pop("narratives")
        for narratives_item_data in _narratives:
            narratives_item = DeploymentRuleEvaluationNarrative.from_dict(
                narratives_item_data
            )

            narratives.append(narratives_item)

        deployment_rule_evaluation_failures = cls(
            faulty_apm_resources=faulty_apm_resources,
            monitors=monitors,
            narratives=narratives,
        )

        deployment_rule_evaluation_failures.additional_properties = d
        return deployment_rule_evaluation_failures

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
