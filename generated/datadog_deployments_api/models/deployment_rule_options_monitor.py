from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="DeploymentRuleOptionsMonitor")


@_attrs_define(repr=False)
class DeploymentRuleOptionsMonitor:
    """Options of a rule over the monitors a query selects."""

    query: str
    """ A query selecting the monitors to evaluate. """
    duration: int | Unset = UNSET
    """ Seconds the monitors must stay OK for the rule to pass. """
    fail_on_no_data: bool | Unset = UNSET
    """ Fail when a matching monitor group has no data. """
    fail_on_no_groups_found: bool | Unset = UNSET
    """ Fail when the query finds no monitor group. """
    warmup: int | Unset = UNSET
    """ Seconds to wait after the deployment starts before looking at the monitors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "query",
        "duration",
        "fail_on_no_data",
        "fail_on_no_groups_found",
        "warmup",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        duration = self.duration

        fail_on_no_data = self.fail_on_no_data

        fail_on_no_groups_found = self.fail_on_no_groups_found

        warmup = self.warmup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if fail_on_no_data is not UNSET:
            field_dict["fail_on_no_data"] = fail_on_no_data
        if fail_on_no_groups_found is not UNSET:
            field_dict["fail_on_no_groups_found"] = fail_on_no_groups_found
        if warmup is not UNSET:
            field_dict["warmup"] = warmup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        duration = d.pop("duration", UNSET)

        fail_on_no_data = d.pop("fail_on_no_data", UNSET)

        fail_on_no_groups_found = d.pop("fail_on_no_groups_found", UNSET)

        warmup = d.pop("warmup", UNSET)

        deployment_rule_options_monitor = cls(
            query=query,
            duration=duration,
            fail_on_no_data=fail_on_no_data,
            fail_on_no_groups_found=fail_on_no_groups_found,
            warmup=warmup,
        )

        deployment_rule_options_monitor.additional_properties = d
        return deployment_rule_options_monitor

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
