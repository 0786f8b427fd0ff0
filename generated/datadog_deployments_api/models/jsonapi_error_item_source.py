from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="JSONAPIErrorItemSource")


@_attrs_define(repr=False)
class JSONAPIErrorItemSource:
    """What in the request caused the error."""

    header: str | Unset = UNSET
    """ Name of the request header that caused the error. """
    parameter: str | Unset = UNSET
    """ Name of the query parameter that caused the error. """
    pointer: str | Unset = UNSET
    """ JSON pointer to the value in the request body that caused the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "header",
        "parameter",
        "pointer",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        header = self.header

        parameter = self.parameter

        pointer = self.pointer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if header is not UNSET:
            field_dict["header"] = header
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if pointer is not UNSET:
            field_dict["pointer"] = pointer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        header = d.pop("header", UNSET)

        parameter = d.pop("parameter", UNSET)

        pointer = d.pop("pointer", UNSET)

        jsonapi_error_item_source = cls(
            header=header,
            parameter=parameter,
            pointer=pointer,
        )

        jsonapi_error_item_source.additional_properties = d
        return jsonapi_error_item_source

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
