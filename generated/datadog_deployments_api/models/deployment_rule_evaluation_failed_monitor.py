from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="DeploymentRuleEvaluationFailedMonitor")


@_attrs_define(repr=False)
class DeploymentRuleEvaluationFailedMonitor:
    """A monitor that failed the rule."""

    id: str
    """ The monitor's ID. """
    state: str
    """ The monitor state that failed the rule. """
    url: str
    """ Where to inspect the monitor over the evaluation window. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "id",
        "state",
        "url",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        state = d.pop("state")

        url = d.pop("url")

        deployment_rule_evaluation_failed_monitor = cls(
            id=id,
            state=state,
            url=url,
        )

        deployment_rule_evaluation_failed_monitor.additional_properties = d
        return deployment_rule_evaluation_failed_monitor

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
