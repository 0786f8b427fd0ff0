from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.dora_deployment_patch_remediation import (
        DORADeploymentPatchRemediation,
    )


T = TypeVar("T", bound="DORADeploymentPatchRequestAttributes")


@_attrs_define(repr=False)
class DORADeploymentPatchRequestAttributes:
    """The change-failure status to set."""

    change_failure: bool | Unset = UNSET
    """ Whether the deployment caused a change failure. """
    remediation: DORADeploymentPatchRemediation | Unset = UNSET
    """ The deployment that remediated this one, by `id` or by `version`, not both; needed for the failed deployment
    recovery time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "change_failure",
        "remediation",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dora_deployment_patch_remediation import (
            DORADeploymentPatchRemediation,
        )

        change_failure = self.change_failure

        remediation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remediation, Unset):
            remediation = self.remediation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change_failure is not UNSET:
            field_dict["change_failure"] = change_failure
        if remediation is not UNSET:
            field_dict["remediation"] = remediation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dora_deployment_patch_remediation import (
            DORADeploymentPatchRemediation,
        )

        d = dict(src_dict)
        change_failure = d.pop("change_failure", UNSET)

        _remediation = d.pop("remediation", UNSET)
        remediation: DORADeploymentPatchRemediation | Unset
        if isinstance(_remediation, Unset):
            remediation = UNSET
        else:
            remediation = DORADeploymentPatchRemediation.from_dict(_remediation)

        dora_deployment_patch_request_attributes = cls(
            change_failure=change_failure,
            remediation=remediation,
        )

        dora_deployment_patch_request_attributes.additional_properties = d
        return dora_deployment_patch_request_attributes

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
