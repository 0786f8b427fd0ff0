from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_gate_evaluation_type import DeploymentGateEvaluationType
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gate_evaluation_attributes import (
        DeploymentGateEvaluationAttributes,
    )


T = TypeVar("T", bound="DeploymentGateEvaluation")


@_attrs_define(repr=False)
class DeploymentGateEvaluation:
    """One gate evaluation."""

    attributes: DeploymentGateEvaluationAttributes
    """ What was evaluated, when, and the outcome. """
    id: UUID
    """ The gate evaluation's ID. """
    type_: DeploymentGateEvaluationType
    """ JSON:API type for a gate evaluation. """
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
        from ..models.deployment_gate_evaluation_attributes import (
            DeploymentGateEvaluationAttributes,
        )

        attributes = self.attributes.to_dict()

        id = str(self.id)

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
        from ..models.deployment_gate_evaluation_attributes import (
            DeploymentGateEvaluationAttributes,
        )

        d = dict(src_dict)
        attributes = DeploymentGateEvaluationAttributes.from_dict(d.pop("attributes"))

        id = UUID(d.pop("id"))

        type_ = DeploymentGateEvaluationType(d.pop("type"))

        deployment_gate_evaluation = cls(
            attributes=attributes,
            id=id,
            type_=type_,
        )

        deployment_gate_evaluation.additional_properties = d
        return deployment_gate_evaluation

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
    def type(self) -> DeploymentGateEvaluationType:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DeploymentGateEvaluationType) -> None:
        self.type_ = value
