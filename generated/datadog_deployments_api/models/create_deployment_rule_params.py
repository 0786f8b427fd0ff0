from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.create_deployment_rule_params_data import (
        CreateDeploymentRuleParamsData,
    )


T = TypeVar("T", bound="CreateDeploymentRuleParams")


@_attrs_define(repr=False)
class CreateDeploymentRuleParams:
    """Request to create a deployment rule."""

    data: CreateDeploymentRuleParamsData | Unset = UNSET
    """ The JSON:API data of a rule to create. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = ("data",)

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_deployment_rule_params_data import (
            CreateDeploymentRuleParamsData,
        )

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_deployment_rule_params_data import (
            CreateDeploymentRuleParamsData,
        )

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: CreateDeploymentRuleParamsData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CreateDeploymentRuleParamsData.from_dict(_data)

        create_deployment_rule_params = cls(
            data=data,
        )

        create_deployment_rule_params.additional_properties = d
        return create_deployment_rule_params

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
