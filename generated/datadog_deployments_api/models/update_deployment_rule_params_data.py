from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_rule_data_type import DeploymentRuleDataType
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.update_deployment_rule_params_data_attributes import (
        UpdateDeploymentRuleParamsDataAttributes,
    )


T = TypeVar("T", bound="UpdateDeploymentRuleParamsData")


@_attrs_define(repr=False)
class UpdateDeploymentRuleParamsData:
    """The JSON:API data of a rule update."""

    attributes: UpdateDeploymentRuleParamsDataAttributes
    """ The rule's new name, dry-run mode and options. """
    type_: DeploymentRuleDataType
    """ JSON:API type for a deployment rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "type",
        "attributes",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_deployment_rule_params_data_attributes import (
            UpdateDeploymentRuleParamsDataAttributes,
        )

        attributes = self.attributes.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_deployment_rule_params_data_attributes import (
            UpdateDeploymentRuleParamsDataAttributes,
        )

        d = dict(src_dict)
        attributes = UpdateDeploymentRuleParamsDataAttributes.from_dict(
            d.pop("attributes")
        )

        type_ = DeploymentRuleDataType(d.pop("type"))

        update_deployment_rule_params_data = cls(
            attributes=attributes,
            type_=type_,
        )

        update_deployment_rule_params_data.additional_properties = d
        return update_deployment_rule_params_data

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
    def type(self) -> DeploymentRuleDataType:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DeploymentRuleDataType) -> None:
        self.type_ = value
