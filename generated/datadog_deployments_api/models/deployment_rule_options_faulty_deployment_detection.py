from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="DeploymentRuleOptionsFaultyDeploymentDetection")


@_attrs_define(repr=False)
class DeploymentRuleOptionsFaultyDeploymentDetection:
    """Options of a faulty deployment detection rule. Give `excluded_resources` or `allowed_resources`, not both."""

    allowed_resources: list[str] | Unset = UNSET
    """ The only APM resources to analyse. """
    duration: int | Unset = UNSET
    """ How long to watch. """
    excluded_resources: list[str] | Unset = UNSET
    """ APM resources to leave out of the analysis. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "allowed_resources",
        "duration",
        "excluded_resources",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        allowed_resources: list[str] | Unset = UNSET
        if not isinstance(self.allowed_resources, Unset):
            allowed_resources = self.allowed_resources

        duration = self.duration

        excluded_resources: list[str] | Unset = UNSET
        if not isinstance(self.excluded_resources, Unset):
            excluded_resources = self.excluded_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_resources is not UNSET:
            field_dict["allowed_resources"] = allowed_resources
        if duration is not UNSET:
            field_dict["duration"] = duration
        if excluded_resources is not UNSET:
            field_dict["excluded_resources"] = excluded_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_resources = cast(list[str], d.pop("allowed_resources", UNSET))

        duration = d.pop("duration", UNSET)

        excluded_resources = cast(list[str], d.pop("excluded_resources", UNSET))

        deployment_rule_options_faulty_deployment_detection = cls(
            allowed_resources=allowed_resources,
            duration=duration,
            excluded_resources=excluded_resources,
        )

        deployment_rule_options_faulty_deployment_detection.additional_properties = d
        return deployment_rule_options_faulty_deployment_detection

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
