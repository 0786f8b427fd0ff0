from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dora_failure_type import DORAFailureType
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.dora_incident_object_attributes import DORAIncidentObjectAttributes


T = TypeVar("T", bound="DORAIncidentObject")


@_attrs_define(repr=False)
class DORAIncidentObject:
    """A DORA incident (failure) event."""

    attributes: DORAIncidentObjectAttributes
    """ The attributes of a stored incident event. """
    id: str
    """ The ID of the incident event. """
    type_: DORAFailureType
    """ JSON:API type for DORA incident (failure) events. """
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
        from ..models.dora_incident_object_attributes import (
            DORAIncidentObjectAttributes,
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
        from ..models.dora_incident_object_attributes import (
            DORAIncidentObjectAttributes,
        )

        d = dict(src_dict)
        attributes = DORAIncidentObjectAttributes.from_dict(d.pop("attributes"))

        id = d.pop("id")

        type_ = DORAFailureType(d.pop("type"))

        dora_incident_object = cls(
            attributes=attributes,
            id=id,
            type_=type_,
        )

        dora_incident_object.additional_properties = d
        return dora_incident_object

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
    def type(self) -> DORAFailureType:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DORAFailureType) -> None:
        self.type_ = value
