from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.deployment_rule_response_data_attributes_type import (
    DeploymentRuleResponseDataAttributesType,
)
from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gates_user import DeploymentGatesUser
    from ..models.deployment_rule_options_faulty_deployment_detection import (
        DeploymentRuleOptionsFaultyDeploymentDetection,
    )
    from ..models.deployment_rule_options_monitor import DeploymentRuleOptionsMonitor
    from ..models.deployment_rule_options_specific_monitor import (
        DeploymentRuleOptionsSpecificMonitor,
    )


T = TypeVar("T", bound="DeploymentRuleResponseDataAttributes")


@_attrs_define(repr=False)
class DeploymentRuleResponseDataAttributes:
    """The attributes of a deployment rule."""

    created_at: datetime.datetime
    """ When the rule was created. """
    created_by: DeploymentGatesUser
    """ The user who created or last updated a gate or rule. """
    dry_run: bool
    """ Whether the rule is evaluated without blocking. """
    gate_id: str
    """ The ID of the rule's deployment gate. """
    name: str
    """ The name of the rule. """
    options: (
        DeploymentRuleOptionsFaultyDeploymentDetection
        | DeploymentRuleOptionsMonitor
        | DeploymentRuleOptionsSpecificMonitor
    )
    """ The options of a rule: a monitor query, specific monitors, or faulty deployment detection. """
    type_: DeploymentRuleResponseDataAttributesType
    """ The kind of rule. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the rule was last updated. """
    updated_by: DeploymentGatesUser | Unset = UNSET
    """ The user who created or last updated a gate or rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "type",
        "created_at",
        "created_by",
        "dry_run",
        "gate_id",
        "name",
        "options",
        "updated_at",
        "updated_by",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_gates_user import DeploymentGatesUser
        from ..models.deployment_rule_options_faulty_deployment_detection import (
            DeploymentRuleOptionsFaultyDeploymentDetection,
        )
        from ..models.deployment_rule_options_monitor import (
            DeploymentRuleOptionsMonitor,
        )
        from ..models.deployment_rule_options_specific_monitor import (
            DeploymentRuleOptionsSpecificMonitor,
        )

        created_at = self.created_at.isoformat()

        created_by = self.created_by.to_dict()

        dry_run = self.dry_run

        gate_id = self.gate_id

        name = self.name

        options: dict[str, Any]
        if isinstance(self.options, DeploymentRuleOptionsMonitor):
            options = self.options.to_dict()
        elif isinstance(self.options, DeploymentRuleOptionsSpecificMonitor):
            options = self.options.to_dict()
        else:
            options = self.options.to_dict()

        type_ = self.type_.value

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
                "gate_id": gate_id,
                "name": name,
                "options": options,
                "type": type_,
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
        from ..models.deployment_rule_options_faulty_deployment_detection import (
            DeploymentRuleOptionsFaultyDeploymentDetection,
        )
        from ..models.deployment_rule_options_monitor import (
            DeploymentRuleOptionsMonitor,
        )
        from ..models.deployment_rule_options_specific_monitor import (
            DeploymentRuleOptionsSpecificMonitor,
        )

        d = dict(src_dict)
        created_at = isoparse(d.pop("created_at"))

        created_by = DeploymentGatesUser.from_dict(d.pop("created_by"))

        dry_run = d.pop("dry_run")

        gate_id = d.pop("gate_id")

        name = d.pop("name")

        def _parse_options(
            data: object,
        ) -> (
            DeploymentRuleOptionsFaultyDeploymentDetection
            | DeploymentRuleOptionsMonitor
            | DeploymentRuleOptionsSpecificMonitor
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deployment_rules_options_type_0 = (
                    DeploymentRuleOptionsMonitor.from_dict(data)
                )

                return componentsschemas_deployment_rules_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deployment_rules_options_type_1 = (
                    DeploymentRuleOptionsSpecificMonitor.from_dict(data)
                )

                return componentsschemas_deployment_rules_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_deployment_rules_options_type_2 = (
                DeploymentRuleOptionsFaultyDeploymentDetection.from_dict(data)
            )

            return componentsschemas_deployment_rules_options_type_2

        options = _parse_options(d.pop("options"))

        type_ = DeploymentRuleResponseDataAttributesType(d.pop("type"))

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

        deployment_rule_response_data_attributes = cls(
            created_at=created_at,
            created_by=created_by,
            dry_run=dry_run,
            gate_id=gate_id,
            name=name,
            options=options,
            type_=type_,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        deployment_rule_response_data_attributes.additional_properties = d
        return deployment_rule_response_data_attributes

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

    @property
    def type(self) -> DeploymentRuleResponseDataAttributesType:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: DeploymentRuleResponseDataAttributesType) -> None:
        self.type_ = value
