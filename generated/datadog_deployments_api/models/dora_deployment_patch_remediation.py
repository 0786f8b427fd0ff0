from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dora_remediation_type import DORARemediationType
from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="DORADeploymentPatchRemediation")


@_attrs_define(repr=False)
class DORADeploymentPatchRemediation:
    """The deployment that remediated this one, by `id` or by `version`, not both; needed for the failed deployment
    recovery time.

    """

    id: str | Unset = UNSET
    """ The ID of the remediation deployment. """
    type_: DORARemediationType | Unset = UNSET
    """ How the failure was remediated. """
    version: str | Unset = UNSET
    """ The version of the remediation deployment (same service and environment). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "id",
        "type",
        "version",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DORARemediationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DORARemediationType(_type_)

        version = d.pop("version", UNSET)

        dora_deployment_patch_remediation = cls(
            id=id,
            type_=type_,
            version=version,
        )

        dora_deployment_patch_remediation.additional_properties = d
        return dora_deployment_patch_remediation

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
    def type(self) -> DORARemediationType | Unset:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DORARemediationType | Unset) -> None:
        self.type_ = value
