from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_rule_monitor_ref import DeploymentRuleMonitorRef


T = TypeVar("T", bound="DeploymentRuleOptionsSpecificMonitor")


@_attrs_define(repr=False)
class DeploymentRuleOptionsSpecificMonitor:
    """Options of a rule over specific monitors."""

    monitor_ids: list[DeploymentRuleMonitorRef]
    """ The monitors to evaluate (at least one). """
    duration: int | Unset = UNSET
    """ Seconds the monitors must stay OK for the rule to pass. """
    fail_on_no_data: bool | Unset = UNSET
    """ Fail when a selected monitor group has no data. """
    fail_on_no_groups_found: bool | Unset = UNSET
    """ Fail when no monitor group is found for the selected monitors. """
    warmup: int | Unset = UNSET
    """ Seconds to wait after the deployment starts before looking at the monitors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "monitor_ids",
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
        from ..models.deployment_rule_monitor_ref import DeploymentRuleMonitorRef

        monitor_ids = []
        for monitor_ids_item_data in self.monitor_ids:
            monitor_ids_item = monitor_ids_item_data.to_dict()
            monitor_ids.append(monitor_ids_item)

        duration = self.duration

        fail_on_no_data = self.fail_on_no_data

        fail_on_no_groups_found = self.fail_on_no_groups_found

        warmup = self.warmup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monitor_ids": monitor_ids,
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
        from ..models.deployment_rule_monitor_ref import DeploymentRuleMonitorRef

        d = dict(src_dict)
        monitor_ids = []
        _monitor_ids = d.pop("monitor_ids")
        for monitor_ids_item_data in _monitor_ids:
            monitor_ids_item = DeploymentRuleMonitorRef.from_dict(monitor_ids_item_data)

            monitor_ids.append(monitor_ids_item)

        duration = d.pop("duration", UNSET)

        fail_on_no_data = d.pop("fail_on_no_data", UNSET)

        fail_on_no_groups_found = d.pop("fail_on_no_groups_found", UNSET)

        warmup = d.pop("warmup", UNSET)

        deployment_rule_options_specific_monitor = cls(
            monitor_ids=monitor_ids,
            duration=duration,
            fail_on_no_data=fail_on_no_data,
            fail_on_no_groups_found=fail_on_no_groups_found,
            warmup=warmup,
        )

        deployment_rule_options_specific_monitor.additional_properties = d
        return deployment_rule_options_specific_monitor

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
