from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gates_evaluation_configuration import (
        DeploymentGatesEvaluationConfiguration,
    )


T = TypeVar("T", bound="DeploymentGatesEvaluationRequestAttributes")


@_attrs_define(repr=False)
class DeploymentGatesEvaluationRequestAttributes:
    """What to evaluate."""

    service: str
    """ The service being deployed. """
    env: str
    """ The environment of the deployment. """
    identifier: str | Unset = "default"
    """ Which gate of that service and environment. """
    version: str | Unset = UNSET
    """ Version being deployed; APM Faulty Deployment Detection rules need it. """
    primary_tag: str | Unset = UNSET
    """ Scopes APM Faulty Deployment Detection rules. """
    configuration: DeploymentGatesEvaluationConfiguration | Unset = UNSET
    """ Rules to evaluate inline, so no gate needs to be configured beforehand. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "service",
        "env",
        "identifier",
        "version",
        "primary_tag",
        "configuration",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_gates_evaluation_configuration import (
            DeploymentGatesEvaluationConfiguration,
        )

        service = self.service

        env = self.env

        identifier = self.identifier

        version = self.version

        primary_tag = self.primary_tag

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "env": env,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if version is not UNSET:
            field_dict["version"] = version
        if primary_tag is not UNSET:
            field_dict["primary_tag"] = primary_tag
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_gates_evaluation_configuration import (
            DeploymentGatesEvaluationConfiguration,
        )

        d = dict(src_dict)
        service = d.pop("service")

        env = d.pop("env")

        identifier = d.pop("identifier", UNSET)

        version = d.pop("version", UNSET)

        primary_tag = d.pop("primary_tag", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: DeploymentGatesEvaluationConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = DeploymentGatesEvaluationConfiguration.from_dict(
                _configuration
            )

        deployment_gates_evaluation_request_attributes = cls(
            service=service,
            env=env,
            identifier=identifier,
            version=version,
            primary_tag=primary_tag,
            configuration=configuration,
        )

        deployment_gates_evaluation_request_attributes.additional_properties = d
        return deployment_gates_evaluation_request_attributes

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
