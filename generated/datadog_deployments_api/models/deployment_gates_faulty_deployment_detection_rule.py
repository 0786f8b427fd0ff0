from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_gates_faulty_deployment_detection_rule_type import (
    DeploymentGatesFaultyDeploymentDetectionRuleType,
)
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gates_faulty_deployment_detection_rule_options import (
        DeploymentGatesFaultyDeploymentDetectionRuleOptions,
    )


T = TypeVar("T", bound="DeploymentGatesFaultyDeploymentDetectionRule")


@_attrs_define(repr=False)
class DeploymentGatesFaultyDeploymentDetectionRule:
    """A rule that passes when APM Faulty Deployment Detection finds no faulty deployment."""

    type_: DeploymentGatesFaultyDeploymentDetectionRuleType
    """ Kind of rule. """
    name: str
    """ Name of the rule. """
    dry_run: bool | Unset = UNSET
    """ Evaluate this rule without blocking. """
    options: DeploymentGatesFaultyDeploymentDetectionRuleOptions | Unset = UNSET
    """ Options of a faulty deployment detection rule. Give `excluded_resources` or `allowed_resources`, not both.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "type",
        "name",
        "dry_run",
        "options",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_gates_faulty_deployment_detection_rule_options import (
            DeploymentGatesFaultyDeploymentDetectionRuleOptions,
        )

        type_ = self.type_.value

        name = self.name

        dry_run = self.dry_run

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_gates_faulty_deployment_detection_rule_options import (
            DeploymentGatesFaultyDeploymentDetectionRuleOptions,
        )

        d = dict(src_dict)
        type_ = DeploymentGatesFaultyDeploymentDetectionRuleType(d.pop("type"))

        name = d.pop("name")

        dry_run = d.pop("dry_run", UNSET)

        _options = d.pop("options", UNSET)
        options: DeploymentGatesFaultyDeploymentDetectionRuleOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = DeploymentGatesFaultyDeploymentDetectionRuleOptions.from_dict(
                _options
            )

        deployment_gates_faulty_deployment_detection_rule = cls(
            type_=type_,
            name=name,
            dry_run=dry_run,
            options=options,
        )

        deployment_gates_faulty_deployment_detection_rule.additional_properties = d
        return deployment_gates_faulty_deployment_detection_rule

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
    def type(self) -> DeploymentGatesFaultyDeploymentDetectionRuleType:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DeploymentGatesFaultyDeploymentDetectionRuleType) -> None:
        self.type_ = value
