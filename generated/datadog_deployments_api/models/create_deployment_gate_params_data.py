from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_gate_data_type import DeploymentGateDataType
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.create_deployment_gate_params_data_attributes import (
        CreateDeploymentGateParamsDataAttributes,
    )


T = TypeVar("T", bound="CreateDeploymentGateParamsData")


@_attrs_define(repr=False)
class CreateDeploymentGateParamsData:
    """The JSON:API data of a gate to create."""

    attributes: CreateDeploymentGateParamsDataAttributes
    """ The gate to create. """
    type_: DeploymentGateDataType
    """ JSON:API type for a deployment gate. """
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
        from ..models.create_deployment_gate_params_data_attributes import (
            CreateDeploymentGateParamsDataAttributes,
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
        from ..models.create_deployment_gate_params_data_attributes import (
            CreateDeploymentGateParamsDataAttributes,
        )

        d = dict(src_dict)
        attributes = CreateDeploymentGateParamsDataAttributes.from_dict(
            d.pop("attributes")
        )

        type_ = DeploymentGateDataType(d.pop("type"))

        create_deployment_gate_params_data = cls(
            attributes=attributes,
            type_=type_,
        )

        create_deployment_gate_params_data.additional_properties = d
        return create_deployment_gate_params_data

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
    def type(self) -> DeploymentGateDataType:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DeploymentGateDataType) -> None:
        self.type_ = value
