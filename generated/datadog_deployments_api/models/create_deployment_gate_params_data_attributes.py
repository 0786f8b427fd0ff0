from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="CreateDeploymentGateParamsDataAttributes")


@_attrs_define(repr=False)
class CreateDeploymentGateParamsDataAttributes:
    """The gate to create."""

    env: str
    """ The environment the gate guards. """
    service: str
    """ The service the gate guards. """
    dry_run: bool | Unset = False
    """ Evaluate the gate without blocking. """
    identifier: str | Unset = "default"
    """ Which gate of that service and environment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "env",
        "service",
        "dry_run",
        "identifier",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        env = self.env

        service = self.service

        dry_run = self.dry_run

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "env": env,
                "service": service,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        env = d.pop("env")

        service = d.pop("service")

        dry_run = d.pop("dry_run", UNSET)

        identifier = d.pop("identifier", UNSET)

        create_deployment_gate_params_data_attributes = cls(
            env=env,
            service=service,
            dry_run=dry_run,
            identifier=identifier,
        )

        create_deployment_gate_params_data_attributes.additional_properties = d
        return create_deployment_gate_params_data_attributes

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
