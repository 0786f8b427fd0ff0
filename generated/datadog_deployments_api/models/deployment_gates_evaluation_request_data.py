from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_gates_evaluation_request_type import (
    DeploymentGatesEvaluationRequestType,
)
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gates_evaluation_request_attributes import (
        DeploymentGatesEvaluationRequestAttributes,
    )


T = TypeVar("T", bound="DeploymentGatesEvaluationRequestData")


@_attrs_define(repr=False)
class DeploymentGatesEvaluationRequestData:
    """The JSON:API data of an evaluation request."""

    type_: DeploymentGatesEvaluationRequestType
    """ JSON:API type for an evaluation request. """
    attributes: DeploymentGatesEvaluationRequestAttributes
    """ What to evaluate. """
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
        from ..models.deployment_gates_evaluation_request_attributes import (
            DeploymentGatesEvaluationRequestAttributes,
        )

        type_ = self.type_.value

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_gates_evaluation_request_attributes import (
            DeploymentGatesEvaluationRequestAttributes,
        )

        d = dict(src_dict)
        type_ = DeploymentGatesEvaluationRequestType(d.pop("type"))

        attributes = DeploymentGatesEvaluationRequestAttributes.from_dict(
            d.pop("attributes")
        )

        deployment_gates_evaluation_request_data = cls(
            type_=type_,
            attributes=attributes,
        )

        deployment_gates_evaluation_request_data.additional_properties = d
        return deployment_gates_evaluation_request_data

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
    def type(self) -> DeploymentGatesEvaluationRequestType:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DeploymentGatesEvaluationRequestType) -> None:
        self.type_ = value
