from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="DeploymentGatesListResponseMetaPage")


@_attrs_define(repr=False)
class DeploymentGatesListResponseMetaPage:
    """Cursor pagination of the gate list."""

    cursor: str | Unset = UNSET
    """ The cursor of this page. """
    next_cursor: str | Unset = UNSET
    """ The cursor of the next page; absent on the last page. """
    size: int | Unset = 50
    """ Gates per page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "cursor",
        "next_cursor",
        "size",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        next_cursor = self.next_cursor

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)

        next_cursor = d.pop("next_cursor", UNSET)

        size = d.pop("size", UNSET)

        deployment_gates_list_response_meta_page = cls(
            cursor=cursor,
            next_cursor=next_cursor,
            size=size,
        )

        deployment_gates_list_response_meta_page.additional_properties = d
        return deployment_gates_list_response_meta_page

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
