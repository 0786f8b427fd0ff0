from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dora_remediation_type import DORARemediationType
from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="DORARemediationByVersion")


@_attrs_define(repr=False)
class DORARemediationByVersion:
    """The remediation deployment, by its version (same service and environment)."""

    type_: DORARemediationType
    """ How the failure was remediated. """
    version: str
    """ The version of the remediation deployment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "type",
        "version",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = DORARemediationType(d.pop("type"))

        version = d.pop("version")

        dora_remediation_by_version = cls(
            type_=type_,
            version=version,
        )

        dora_remediation_by_version.additional_properties = d
        return dora_remediation_by_version

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
    def type(self) -> DORARemediationType:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DORARemediationType) -> None:
        self.type_ = value
