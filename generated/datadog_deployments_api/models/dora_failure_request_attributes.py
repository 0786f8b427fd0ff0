from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.dora_git_info import DORAGitInfo


T = TypeVar("T", bound="DORAFailureRequestAttributes")


@_attrs_define(repr=False)
class DORAFailureRequestAttributes:
    """Attributes of an incident event to send. Give `services`, `team`, or both."""

    started_at: int
    """ Unix timestamp of the start of the incident, in seconds, milliseconds or nanoseconds. """
    custom_tags: list[str] | None | Unset = UNSET
    """ User-defined `key:value` tags, at most 100 per event. """
    env: str | Unset = UNSET
    """ Environment the incident impacted. """
    finished_at: int | Unset = UNSET
    """ Unix timestamp of the end of the incident, in seconds, milliseconds or nanoseconds. """
    git: DORAGitInfo | Unset = UNSET
    """ Git information sent with a DORA event. """
    id: str | Unset = UNSET
    """ Your own ID for the event: 16 to 128 characters among a-z, A-Z, 0-9 and - _ . : """
    name: str | Unset = UNSET
    """ Incident name. """
    services: list[str] | Unset = UNSET
    """ Impacted services (names from the service catalog where possible); required without `team`. """
    severity: str | Unset = UNSET
    """ Incident severity. """
    team: str | Unset = UNSET
    """ Team owning the impacted services (a Datadog team handle where possible); required without `services`. """
    version: str | Unset = UNSET
    """ Version, to correlate with APM Deployment Tracking. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "id",
        "started_at",
        "custom_tags",
        "env",
        "finished_at",
        "git",
        "name",
        "services",
        "severity",
        "team",
        "version",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dora_git_info import DORAGitInfo

        started_at = self.started_at

        custom_tags: list[str] | None | Unset
        if isinstance(self.custom_tags, Unset):
            custom_tags = UNSET
        elif isinstance(self.custom_tags, list):
            custom_tags = self.custom_tags

        else:
            custom_tags = self.custom_tags

        env = self.env

        finished_at = self.finished_at

        git: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git, Unset):
            git = self.git.to_dict()

        id = self.id

        name = self.name

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        severity = self.severity

        team = self.team

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "started_at": started_at,
            }
        )
        if custom_tags is not UNSET:
            field_dict["custom_tags"] = custom_tags
        if env is not UNSET:
            field_dict["env"] = env
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if git is not UNSET:
            field_dict["git"] = git
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if services is not UNSET:
            field_dict["services"] = services
        if severity is not UNSET:
            field_dict["severity"] = severity
        if team is not UNSET:
            field_dict["team"] = team
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dora_git_info import DORAGitInfo

        d = dict(src_dict)
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

        finished_at = d.pop("finished_at", UNSET)

        _git = d.pop("git", UNSET)
        git: DORAGitInfo | Unset
        if isinstance(_git, Unset):
            git = UNSET
        else:
            git = DORAGitInfo.from_dict(_git)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        services = cast(list[str], d.pop("services", UNSET))

        severity = d.pop("severity", UNSET)

        team = d.pop("team", UNSET)

        version = d.pop("version", UNSET)

        dora_failure_request_attributes = cls(
            started_at=started_at,
            custom_tags=custom_tags,
            env=env,
            finished_at=finished_at,
            git=git,
            id=id,
            name=name,
            services=services,
            severity=severity,
            team=team,
            version=version,
        )

        dora_failure_request_attributes.additional_properties = d
        return dora_failure_request_attributes

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
