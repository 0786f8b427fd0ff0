from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.deployment_gate_response_data import DeploymentGateResponseData
    from ..models.deployment_gates_list_response_meta import (
        DeploymentGatesListResponseMeta,
    )


T = TypeVar("T", bound="DeploymentGatesListResponse")


@_attrs_define(repr=False)
class DeploymentGatesListResponse:
    """One page of deployment gates."""

    data: list[DeploymentGateResponseData]
    """ The gates of this page. """
    meta: DeploymentGatesListResponseMeta | Unset = UNSET
    """ Metadata of a page of deployment gates. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "data",
        "meta",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_gate_response_data import DeploymentGateResponseData
        from ..models.deployment_gates_list_response_meta import (
            DeploymentGatesListResponseMeta,
        )

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_gate_response_data import DeploymentGateResponseData
        from ..models.deployment_gates_list_response_meta import (
            DeploymentGatesListResponseMeta,
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DeploymentGateResponseData.from_dict(data_item_data)

            data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: DeploymentGatesListResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = DeploymentGatesListResponseMeta.from_dict(_meta)

        deployment_gates_list_response = cls(
            data=data,
            meta=meta,
        )

        deployment_gates_list_response.additional_properties = d
        return deployment_gates_list_response

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
