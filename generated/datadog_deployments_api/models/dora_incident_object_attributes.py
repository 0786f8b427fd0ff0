from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, model_repr, model_str

if TYPE_CHECKING:
    from ..models.dora_git_info import DORAGitInfo


T = TypeVar("T", bound="DORAIncidentObjectAttributes")


@_attrs_define(repr=False)
class DORAIncidentObjectAttributes:
    """The attributes of a stored incident event."""

    custom_tags: list[str] | None | Unset = UNSET
    """ User-defined `key:value` tags, at most 100 per event. """
    env: str | Unset = UNSET
    """ Environment the incident impacted. """
    finished_at: datetime.datetime | int | Unset = UNSET
    """ A moment of a stored DORA event, as a server may send it: an RFC 3339 date-time (the current reference) or
    an int64 Unix timestamp in nanoseconds (the older reference). """
    git: DORAGitInfo | Unset = UNSET
    """ Git information sent with a DORA event. """
    name: str | Unset = UNSET
    """ Incident name. """
    services: list[str] | Unset = UNSET
    """ Impacted services. """
    severity: str | Unset = UNSET
    """ Incident severity. """
    started_at: datetime.datetime | int | Unset = UNSET
    """ A moment of a stored DORA event, as a server may send it: an RFC 3339 date-time (the current reference) or
    an int64 Unix timestamp in nanoseconds (the older reference). """
    team: str | Unset = UNSET
    """ Team owning the impacted services. """
    version: str | Unset = UNSET
    """ Version, to correlate with APM Deployment Tracking. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _repr_fields = (
        "custom_tags",
        "env",
        "finished_at",
        "git",
        "name",
        "services",
        "severity",
        "started_at",
        "team",
        "version",
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def __str__(self) -> str:
        return model_str(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dora_git_info import DORAGitInfo

        custom_tags: list[str] | None | Unset
        if isinstance(self.custom_tags, Unset):
            custom_tags = UNSET
        elif isinstance(self.custom_tags, list):
            custom_tags = self.custom_tags

        else:
            custom_tags = self.custom_tags

        env = self.env

        finished_at: int | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        git: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git, Unset):
            git = self.git.to_dict()

        name = self.name

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        severity = self.severity

        started_at: int | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        team = self.team

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_tags is not UNSET:
            field_dict["custom_tags"] = custom_tags
        if env is not UNSET:
            field_dict["env"] = env
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if git is not UNSET:
            field_dict["git"] = git
        if name is not UNSET:
            field_dict["name"] = name
        if services is not UNSET:
            field_dict["services"] = services
        if severity is not UNSET:
            field_dict["severity"] = severity
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if team is not UNSET:
            field_dict["team"] = team
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dora_git_info import DORAGitInfo

        d = dict(src_dict)

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

        def _parse_finished_at(data: object) -> datetime.datetime | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_dora_event_time_type_0 = isoparse(data)

                return componentsschemas_dora_event_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | int | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        _git = d.pop("git", UNSET)
        git: DORAGitInfo | Unset
        if isinstance(_git, Unset):
            git = UNSET
        else:
            git = DORAGitInfo.from_dict(_git)

        name = d.pop("name", UNSET)

        services = cast(list[str], d.pop("services", UNSET))

        severity = d.pop("severity", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_dora_event_time_type_0 = isoparse(data)

                return componentsschemas_dora_event_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | int | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        team = d.pop("team", UNSET)

        version = d.pop("version", UNSET)

        dora_incident_object_attributes = cls(
            custom_tags=custom_tags,
            env=env,
            finished_at=finished_at,
            git=git,
            name=name,
            services=services,
            severity=severity,
            started_at=started_at,
            team=team,
            version=version,
        )

        dora_incident_object_attributes.additional_properties = d
        return dora_incident_object_attributes

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
