from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="DORAListRequestAttributes")


@_attrs_define(repr=False)
class DORAListRequestAttributes:
    """What to search for, and how many events to return in which order."""

    from_: datetime.datetime | Unset = UNSET
    """ Earliest event time. """
    limit: int | Unset = 10
    """ Most events to return. """
    query: str | Unset = UNSET
    """ Search query, in event platform syntax. """
    sort: str | Unset = UNSET
    """ Sort order, an attribute name; prefix it with `-` for descending. """
    to: datetime.datetime | Unset = UNSET
    """ Latest event time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "from_",
        "limit",
        "query",
        "sort",
        "to",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.isoformat()

        limit = self.limit

        query = self.query

        sort = self.sort

        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if query is not UNSET:
            field_dict["query"] = query
        if sort is not UNSET:
            field_dict["sort"] = sort
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _from_ = d.pop("from", UNSET)
        from_: datetime.datetime | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = isoparse(_from_)

        limit = d.pop("limit", UNSET)

        query = d.pop("query", UNSET)

        sort = d.pop("sort", UNSET)

        _to = d.pop("to", UNSET)
        to: datetime.datetime | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = isoparse(_to)

        dora_list_request_attributes = cls(
            from_=from_,
            limit=limit,
            query=query,
            sort=sort,
            to=to,
        )

        dora_list_request_attributes.additional_properties = d
        return dora_list_request_attributes

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
