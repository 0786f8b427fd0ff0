from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gates_cursor_meta_page import DeploymentGatesCursorMetaPage


T = TypeVar("T", bound="DeploymentGatesCursorMeta")


@_attrs_define(repr=False)
class DeploymentGatesCursorMeta:
    """Pagination metadata of an evaluation list."""

    page: DeploymentGatesCursorMetaPage
    """ Cursor pagination of an evaluation list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = ("page",)

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_gates_cursor_meta_page import (
            DeploymentGatesCursorMetaPage,
        )

        page = self.page.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_gates_cursor_meta_page import (
            DeploymentGatesCursorMetaPage,
        )

        d = dict(src_dict)
        page = DeploymentGatesCursorMetaPage.from_dict(d.pop("page"))

        deployment_gates_cursor_meta = cls(
            page=page,
        )

        deployment_gates_cursor_meta.additional_properties = d
        return deployment_gates_cursor_meta

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
