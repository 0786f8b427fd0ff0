from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_rule_options_faulty_deployment_detection import (
        DeploymentRuleOptionsFaultyDeploymentDetection,
    )
    from ..models.deployment_rule_options_monitor import DeploymentRuleOptionsMonitor
    from ..models.deployment_rule_options_specific_monitor import (
        DeploymentRuleOptionsSpecificMonitor,
    )


T = TypeVar("T", bound="CreateDeploymentRuleParamsDataAttributes")


@_attrs_define(repr=False)
class CreateDeploymentRuleParamsDataAttributes:
    """The rule to create."""

    name: str
    """ The name of the rule. """
    options: (
        DeploymentRuleOptionsFaultyDeploymentDetection
        | DeploymentRuleOptionsMonitor
        | DeploymentRuleOptionsSpecificMonitor
    )
    """ The options of a rule: a monitor query, specific monitors, or faulty deployment detection. """
    type_: str
    """ The kind of rule, `faulty_deployment_detection` or `monitor`. """
    dry_run: bool | Unset = False
    """ Evaluate the rule without blocking. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "type",
        "name",
        "options",
        "dry_run",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_rule_options_faulty_deployment_detection import (
            DeploymentRuleOptionsFaultyDeploymentDetection,
        )
        from ..models.deployment_rule_options_monitor import (
            DeploymentRuleOptionsMonitor,
        )
        from ..models.deployment_rule_options_specific_monitor import (
            DeploymentRuleOptionsSpecificMonitor,
        )

        name = self.name

        options: dict[str, Any]
        if isinstance(self.options, DeploymentRuleOptionsMonitor):
            options = self.options.to_dict()
        elif isinstance(self.options, DeploymentRuleOptionsSpecificMonitor):
            options = self.options.to_dict()
        else:
            options = self.options.to_dict()

        type_ = self.type_

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "options": options,
                "type": type_,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        type_ = d.pop("type")

        dry_run = d.pop("dry_run", UNSET)

        create_deployment_rule_params_data_attributes = cls(
            name=name,
            options=options,
            type_=type_,
            dry_run=dry_run,
        )

        create_deployment_rule_params_data_attributes.additional_properties = d
        return create_deployment_rule_params_data_attributes

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
    def type(self) -> str:
        """The API's `type` field; the same field as `type_`."""
        return self.type_

    @type.setter
    def type(self, value: str) -> None:
        self.type_ = value
