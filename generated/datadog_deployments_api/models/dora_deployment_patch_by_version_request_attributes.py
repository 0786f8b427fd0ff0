from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.dora_remediation_by_id import DORARemediationByID
    from ..models.dora_remediation_by_version import DORARemediationByVersion


T = TypeVar("T", bound="DORADeploymentPatchByVersionRequestAttributes")


@_attrs_define(repr=False)
class DORADeploymentPatchByVersionRequestAttributes:
    """Which deployment (service, environment, version), and the status to set."""

    change_failure: bool
    """ Whether the deployment caused a change failure. """
    env: str
    """ The environment of the deployment. """
    service: str
    """ The service deployed. """
    version: str
    """ The version deployed. """
    remediation: DORARemediationByID | DORARemediationByVersion | Unset = UNSET
    """ The deployment that remediated this one, by `id` or by `version`; needed for the failed deployment recovery
    time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "change_failure",
        "env",
        "service",
        "version",
        "remediation",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dora_remediation_by_id import DORARemediationByID
        from ..models.dora_remediation_by_version import DORARemediationByVersion

        change_failure = self.change_failure

        env = self.env

        service = self.service

        version = self.version

        remediation: dict[str, Any] | Unset
        if isinstance(self.remediation, Unset):
            remediation = UNSET
        elif isinstance(self.remediation, DORARemediationByID):
            remediation = self.remediation.to_dict()
        else:
            remediation = self.remediation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change_failure": change_failure,
                "env": env,
                "service": service,
                "version": version,
            }
        )
        if remediation is not UNSET:
            field_dict["remediation"] = remediation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dora_remediation_by_id import DORARemediationByID
        from ..models.dora_remediation_by_version import DORARemediationByVersion

        d = dict(src_dict)
        change_failure = d.pop("change_failure")

        env = d.pop("env")

        service = d.pop("service")

        version = d.pop("version")

        def _parse_remediation(
            data: object,
        ) -> DORARemediationByID | DORARemediationByVersion | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_dora_remediation_type_0 = (
                    DORARemediationByID.from_dict(data)
                )

                return componentsschemas_dora_remediation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_dora_remediation_type_1 = (
                DORARemediationByVersion.from_dict(data)
            )

            return componentsschemas_dora_remediation_type_1

        remediation = _parse_remediation(d.pop("remediation", UNSET))

        dora_deployment_patch_by_version_request_attributes = cls(
            change_failure=change_failure,
            env=env,
            service=service,
            version=version,
            remediation=remediation,
        )

        dora_deployment_patch_by_version_request_attributes.additional_properties = d
        return dora_deployment_patch_by_version_request_attributes

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
