from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.jsonapi_error_item_meta import JSONAPIErrorItemMeta
    from ..models.jsonapi_error_item_source import JSONAPIErrorItemSource


T = TypeVar("T", bound="JSONAPIErrorItem")


@_attrs_define(repr=False)
class JSONAPIErrorItem:
    """One JSON:API error."""

    detail: str | Unset = UNSET
    """ Explanation of this occurrence of the error. """
    meta: JSONAPIErrorItemMeta | Unset = UNSET
    """ Non-standard meta-information about the error. """
    source: JSONAPIErrorItemSource | Unset = UNSET
    """ What in the request caused the error. """
    status: str | Unset = UNSET
    """ HTTP status code, as a string. """
    title: str | Unset = UNSET
    """ Short summary of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "detail",
        "meta",
        "source",
        "status",
        "title",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.jsonapi_error_item_meta import JSONAPIErrorItemMeta
        from ..models.jsonapi_error_item_source import JSONAPIErrorItemSource

        detail = self.detail

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        status = self.status

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if meta is not UNSET:
            field_dict["meta"] = meta
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jsonapi_error_item_meta import JSONAPIErrorItemMeta
        from ..models.jsonapi_error_item_source import JSONAPIErrorItemSource

        d = dict(src_dict)
        detail = d.pop("detail", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: JSONAPIErrorItemMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = JSONAPIErrorItemMeta.from_dict(_meta)

        _source = d.pop("source", UNSET)
        source: JSONAPIErrorItemSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = JSONAPIErrorItemSource.from_dict(_source)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        jsonapi_error_item = cls(
            detail=detail,
            meta=meta,
            source=source,
            status=status,
            title=title,
        )

        jsonapi_error_item.additional_properties = d
        return jsonapi_error_item

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
