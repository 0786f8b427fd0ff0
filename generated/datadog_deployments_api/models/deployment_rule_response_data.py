from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_rule_data_type import DeploymentRuleDataType
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_rule_response_data_attributes import (
        DeploymentRuleResponseDataAttributes,
    )


T = TypeVar("T", bound="DeploymentRuleResponseData")


@_attrs_define(repr=False)
class DeploymentRuleResponseData:
    """A deployment rule."""

    attributes: DeploymentRuleResponseDataAttributes
    """ The attributes of a deployment rule. """
    id: str
    """ The ID of the deployment rule. """
    type_: DeploymentRuleDataType
    """ JSON:API type for a deployment rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "id",
        "type",
        "attributes",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_rule_response_data_attributes import (
            DeploymentRuleResponseDataAttributes,
        )

        attributes = self.attributes.to_dict()

        id = self.id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_rule_response_data_attributes import (
            DeploymentRuleResponseDataAttributes,
        )

        d = dict(src_dict)
        attributes = DeploymentRuleResponseDataAttributes.from_dict(d.pop("attributes"))

        id = d.pop("id")

        type_ = DeploymentRuleDataType(d.pop("type"))

        deployment_rule_response_data = cls(
            attributes=attributes,
            id=id,
            type_=type_,
        )

        deployment_rule_response_data.additional_properties = d
        return deployment_rule_response_data

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
