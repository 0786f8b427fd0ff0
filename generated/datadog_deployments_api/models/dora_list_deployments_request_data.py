from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dora_list_deployments_request_data_type import (
    DORAListDeploymentsRequestDataType,
)
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.dora_list_request_attributes import DORAListRequestAttributes


T = TypeVar("T", bound="DORAListDeploymentsRequestData")


@_attrs_define(repr=False)
class DORAListDeploymentsRequestData:
    """The JSON:API data of a deployment search."""

    attributes: DORAListRequestAttributes
    """ What to search for, and how many events to return in which order. """
    type_: DORAListDeploymentsRequestDataType | Unset = UNSET
    """ JSON:API type for a deployment search. """
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
        from ..models.dora_list_request_attributes import DORAListRequestAttributes

        attributes = self.attributes.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dora_list_request_attributes import DORAListRequestAttributes

        d = dict(src_dict)
        attributes = DORAListRequestAttributes.from_dict(d.pop("attributes"))

        _type_ = d.pop("type", UNSET)
        type_: DORAListDeploymentsRequestDataType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DORAListDeploymentsRequestDataType(_type_)

        dora_list_deployments_request_data = cls(
            attributes=attributes,
            type_=type_,
        )

        dora_list_deployments_request_data.additional_properties = d
        return dora_list_deployments_request_data

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
    def type(self) -> DORAListDeploymentsRequestDataType | Unset:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DORAListDeploymentsRequestDataType | Unset) -> None:
        self.type_ = value
