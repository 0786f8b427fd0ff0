from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.dora_git_info import DORAGitInfo


T = TypeVar("T", bound="DORADeploymentRequestAttributes")


@_attrs_define(repr=False)
class DORADeploymentRequestAttributes:
    """Attributes of a deployment event to send."""

    finished_at: int
    """ Unix timestamp of the end of the deployment, in seconds, milliseconds or nanoseconds. """
    service: str
    """ Service name. """
    started_at: int
    """ Unix timestamp of the start of the deployment, in seconds, milliseconds or nanoseconds. """
    custom_tags: list[str] | None | Unset = UNSET
    """ User-defined `key:value` tags, at most 100 per event. """
    env: str | Unset = UNSET
    """ Environment the service was deployed to. """
    git: DORAGitInfo | Unset = UNSET
    """ Git information sent with a DORA event. """
    id: str | Unset = UNSET
    """ Your own ID for the event: 16 to 128 characters among a-z, A-Z, 0-9 and - _ . : """
    team: str | Unset = UNSET
    """ Team owning the service; taken from the service catalog when left out. """
    version: str | Unset = UNSET
    """ Version deployed, to correlate with APM Deployment Tracking. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "id",
        "finished_at",
        "service",
        "started_at",
        "custom_tags",
        "env",
        "git",
        "team",
        "version",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dora_git_info import DORAGitInfo

        finished_at = self.finished_at

        service = self.service

        started_at = self.started_at

        custom_tags: list[str] | None | Unset
        if isinstance(self.custom_tags, Unset):
            custom_tags = UNSET
        elif isinstance(self.custom_tags, list):
            custom_tags = self.custom_tags

        else:
            custom_tags = self.custom_tags

        env = self.env

        git: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git, Unset):
            git = self.git.to_dict()

        id = self.id

        team = self.team

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finished_at": finished_at,
                "service": service,
                "started_at": started_at,
            }
        )
        if custom_tags is not UNSET:
            field_dict["custom_tags"] = custom_tags
        if env is not UNSET:
            field_dict["env"] = env
        if git is not UNSET:
            field_dict["git"] = git
        if id is not UNSET:
            field_dict["id"] = id
        if team is not UNSET:
            field_dict["team"] = team
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dora_git_info import DORAGitInfo

        d = dict(src_dict)
        finished_at = d.pop("finished_at")

        service = d.pop("service")

        started_at = d.pop("started_at")

        def _parse_custom_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_dora_custom_tags_type_0 = cast(list[str], data)

                return componentsschemas_dora_custom_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        custom_tags = _parse_custom_tags(d.pop("custom_tags", UNSET))

        env = d.pop("env", UNSET)

        _git = d.pop("git", UNSET)
        git: DORAGitInfo | Unset
        if isinstance(_git, Unset):
            git = UNSET
        else:
            git = DORAGitInfo.from_dict(_git)

        id = d.pop("id", UNSET)

        team = d.pop("team", UNSET)

        version = d.pop("version", UNSET)

        dora_deployment_request_attributes = cls(
            finished_at=finished_at,
            service=service,
            started_at=started_at,
            custom_tags=custom_tags,
            env=env,
            git=git,
            id=id,
            team=team,
            version=version,
        )

        dora_deployment_request_attributes.additional_properties = d
        return dora_deployment_request_attributes

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
