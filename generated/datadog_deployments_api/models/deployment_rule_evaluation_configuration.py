from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="DeploymentRuleEvaluationConfiguration")


@_attrs_define(repr=False)
class DeploymentRuleEvaluationConfiguration:
    """The rule configuration evaluated; which fields are set depends on the rule type."""

    allowed_resources: list[str] | Unset = UNSET
    """ APM resources a faulty deployment detection rule analysed only. """
    duration: int | Unset = UNSET
    """ The configured evaluation duration. """
    excluded_resources: list[str] | Unset = UNSET
    """ APM resources a faulty deployment detection rule left out. """
    fail_on_no_data: bool | Unset = UNSET
    """ Whether a monitor rule fails without data. """
    fail_on_no_groups_found: bool | Unset = UNSET
    """ Whether a monitor rule fails when no group is found. """
    monitor_ids: list[str] | Unset = UNSET
    """ The monitors a monitor rule evaluated. """
    query: str | Unset = UNSET
    """ The monitor query of a monitor rule. """
    warmup: int | Unset = UNSET
    """ Warm-up in seconds of a monitor rule; absent when zero. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "allowed_resources",
        "duration",
        "excluded_resources",
        "fail_on_no_data",
        "fail_on_no_groups_found",
        "monitor_ids",
        "query",
        "warmup",
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

        fail_on_no_data = self.fail_on_no_data

        fail_on_no_groups_found = self.fail_on_no_groups_found

        monitor_ids: list[str] | Unset = UNSET
        if not isinstance(self.monitor_ids, Unset):
            monitor_ids = self.monitor_ids

        query = self.query

        warmup = self.warmup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_resources is not UNSET:
            field_dict["allowed_resources"] = allowed_resources
        if duration is not UNSET:
            field_dict["duration"] = duration
        if excluded_resources is not UNSET:
            field_dict["excluded_resources"] = excluded_resources
        if fail_on_no_data is not UNSET:
            field_dict["fail_on_no_data"] = fail_on_no_data
        if fail_on_no_groups_found is not UNSET:
            field_dict["fail_on_no_groups_found"] = fail_on_no_groups_found
        if monitor_ids is not UNSET:
            field_dict["monitor_ids"] = monitor_ids
        if query is not UNSET:
            field_dict["query"] = query
        if warmup is not UNSET:
            field_dict["warmup"] = warmup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_resources = cast(list[str], d.pop("allowed_resources", UNSET))

        duration = d.pop("duration", UNSET)

        excluded_resources = cast(list[str], d.pop("excluded_resources", UNSET))

        fail_on_no_data = d.pop("fail_on_no_data", UNSET)

        fail_on_no_groups_found = d.pop("fail_on_no_groups_found", UNSET)

        monitor_ids = cast(list[str], d.pop("monitor_ids", UNSET))

        query = d.pop("query", UNSET)

        warmup = d.pop("warmup", UNSET)

        deployment_rule_evaluation_configuration = cls(
            allowed_resources=allowed_resources,
            duration=duration,
            excluded_resources=excluded_resources,
            fail_on_no_data=fail_on_no_data,
            fail_on_no_groups_found=fail_on_no_groups_found,
            monitor_ids=monitor_ids,
            query=query,
            warmup=warmup,
        )

        deployment_rule_evaluation_configuration.additional_properties = d
        return deployment_rule_evaluation_configuration

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
