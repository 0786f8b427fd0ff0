from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_gates_evaluation_response_type import (
    DeploymentGatesEvaluationResponseType,
)
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gates_evaluation_response_attributes import (
        DeploymentGatesEvaluationResponseAttributes,
    )


T = TypeVar("T", bound="DeploymentGatesEvaluationResponseData")


@_attrs_define(repr=False)
class DeploymentGatesEvaluationResponseData:
    """The started evaluation."""

    id: UUID
    """ The evaluation ID (the same value as `attributes.evaluation_id`). """
    type_: DeploymentGatesEvaluationResponseType
    """ JSON:API type for an evaluation response. """
    attributes: DeploymentGatesEvaluationResponseAttributes
    """ Attributes of a started evaluation. """
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
        from ..models.deployment_gates_evaluation_response_attributes import (
            DeploymentGatesEvaluationResponseAttributes,
        )

        id = str(self.id)

        type_ = self.type_.value

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_gates_evaluation_response_attributes import (
            DeploymentGatesEvaluationResponseAttributes,
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = DeploymentGatesEvaluationResponseType(d.pop("type"))

        attributes = DeploymentGatesEvaluationResponseAttributes.from_dict(
            d.pop("attributes")
        )

        deployment_gates_evaluation_response_data = cls(
            id=id,
            type_=type_,
            attributes=attributes,
        )

        deployment_gates_evaluation_response_data.additional_properties = d
        return deployment_gates_evaluation_response_data

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
    def type(self) -> DeploymentGatesEvaluationResponseType:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DeploymentGatesEvaluationResponseType) -> None:
        self.type_ = value
