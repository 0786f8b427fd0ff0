from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_gate_rules_status import DeploymentGateRulesStatus
from ..types import UNSET, Unset, model_repr, model_str

T = TypeVar("T", bound="DeploymentGateRuleResponse")


@_attrs_define(repr=False)
class DeploymentGateRuleResponse:
    """The result of one rule."""

    dry_run: bool | Unset = UNSET
    """ Whether the rule was evaluated in dry-run mode. """
    name: str | Unset = UNSET
    """ Name of the rule. """
    reason: str | Unset = UNSET
    """ Why the rule has its status, where there is a reason. """
    status: DeploymentGateRulesStatus | Unset = UNSET
    """ Status of an evaluation or of one rule: `in_progress` while it runs, `pass` when the deployment may proceed,
    `fail` when it must not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "dry_run",
        "name",
        "reason",
        "status",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        name = self.name

        reason = self.reason

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if name is not UNSET:
            field_dict["name"] = name
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dry_run = d.pop("dry_run", UNSET)

        name = d.pop("name", UNSET)

        reason = d.pop("reason", UNSET)

        _status = d.pop("status", UNSET)
        status: DeploymentGateRulesStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeploymentGateRulesStatus(_status)

        deployment_gate_rule_response = cls(
            dry_run=dry_run,
            name=name,
            reason=reason,
            status=status,
        )

        deployment_gate_rule_response.additional_properties = d
        return deployment_gate_rule_response

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
