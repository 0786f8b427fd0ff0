from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gates_user import DeploymentGatesUser


T = TypeVar("T", bound="DeploymentGateResponseDataAttributes")


@_attrs_define(repr=False)
class DeploymentGateResponseDataAttributes:
    """The attributes of a deployment gate."""

    created_at: datetime.datetime
    """ When the gate was created. """
    created_by: DeploymentGatesUser
    """ The user who created or last updated a gate or rule. """
    dry_run: bool
    """ Whether the gate is evaluated without blocking. """
    env: str
    """ The environment the gate guards. """
    identifier: str
    """ Which gate of that service and environment. """
    service: str
    """ The service the gate guards. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the gate was last updated. """
    updated_by: DeploymentGatesUser | Unset = UNSET
    """ The user who created or last updated a gate or rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "created_at",
        "created_by",
        "dry_run",
        "env",
        "identifier",
        "service",
        "updated_at",
        "updated_by",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_gates_user import DeploymentGatesUser

        created_at = self.created_at.isoformat()

        created_by = self.created_by.to_dict()

        dry_run = self.dry_run

        env = self.env

        identifier = self.identifier

        service = self.service

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = self.updated_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "dry_run": dry_run,
                "env": env,
                "identifier": identifier,
                "service": service,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_gates_user import DeploymentGatesUser

        d = dict(src_dict)
        created_at = isoparse(d.pop("created_at"))

        created_by = DeploymentGatesUser.from_dict(d.pop("created_by"))

        dry_run = d.pop("dry_run")

        env = d.pop("env")

        identifier = d.pop("identifier")

        service = d.pop("service")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = isoparse(_updated_at)

        _updated_by = d.pop("updated_by", UNSET)
        updated_by: DeploymentGatesUser | Unset
        if isinstance(_updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = DeploymentGatesUser.from_dict(_updated_by)

        deployment_gate_response_data_attributes = cls(
            created_at=created_at,
            created_by=created_by,
            dry_run=dry_run,
            env=env,
            identifier=identifier,
            service=service,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        deployment_gate_response_data_attributes.additional_properties = d
        return deployment_gate_response_data_attributes

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
