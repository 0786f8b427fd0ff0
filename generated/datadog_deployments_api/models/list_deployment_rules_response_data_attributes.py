from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_rule_response_data_attributes import (
        DeploymentRuleResponseDataAttributes,
    )


T = TypeVar("T", bound="ListDeploymentRulesResponseDataAttributes")


@_attrs_define(repr=False)
class ListDeploymentRulesResponseDataAttributes:
    """The list of rules."""

    rules: list[DeploymentRuleResponseDataAttributes]
    """ The gate's rules. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = ("rules",)

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_rule_response_data_attributes import (
            DeploymentRuleResponseDataAttributes,
        )

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_rule_response_data_attributes import (
            DeploymentRuleResponseDataAttributes,
        )

        d = dict(src_dict)
        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = DeploymentRuleResponseDataAttributes.from_dict(rules_item_data)

            rules.append(rules_item)

        list_deployment_rules_response_data_attributes = cls(
            rules=rules,
        )

        list_deployment_rules_response_data_attributes.additional_properties = d
        return list_deployment_rules_response_data_attributes

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
