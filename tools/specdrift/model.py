"""The vocabulary of a drift report: classes of difference, one difference, the whole report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class InputError(Exception):
    """An input could not be read (exit code 2): the message says which and why."""


class Kind(str, Enum):
    """The class of a difference. The value is what reports print."""

    OPERATION_REMOVED = "operation-removed"
    OPERATION_ID_CHANGED = "operation-id-changed"
    PARAMETER_ADDED = "parameter-added"
    PARAMETER_REMOVED = "parameter-removed"
    PARAMETER_CHANGED = "parameter-changed"
    REQUEST_BODY_ADDED = "request-body-added"
    REQUEST_BODY_REMOVED = "request-body-removed"
    MEDIA_TYPE_ADDED = "media-type-added"
    MEDIA_TYPE_REMOVED = "media-type-removed"
    REQUEST_PROPERTY_ADDED = "request-property-added"
    REQUEST_PROPERTY_REMOVED = "request-property-removed"
    RESPONSE_PROPERTY_ADDED = "response-property-added"
    RESPONSE_PROPERTY_REMOVED = "response-property-removed"
    TYPE_CHANGED = "type-changed"
    FORMAT_CHANGED = "format-changed"
    REQUIRED_CHANGED = "required-changed"
    NULLABLE_CHANGED = "nullable-changed"
    ENUM_VALUES_ADDED = "enum-values-added"
    ENUM_VALUES_REMOVED = "enum-values-removed"
    DEFAULT_CHANGED = "default-changed"
    CONSTRAINT_CHANGED = "constraint-changed"
    VARIANT_ADDED = "variant-added"
    VARIANT_REMOVED = "variant-removed"
    RESPONSE_STATUS_ADDED = "response-status-added"
    RESPONSE_STATUS_REMOVED = "response-status-removed"
    SECURITY_CHANGED = "security-changed"
    STABILITY_CHANGED = "stability-changed"
    DEPRECATION_CHANGED = "deprecation-changed"
    PAGINATION_CHANGED = "pagination-changed"
    SERVER_SITES_ADDED = "server-sites-added"
    SERVER_SITES_REMOVED = "server-sites-removed"
    SERVER_CHANGED = "server-changed"
    DESCRIPTION_CHANGED = "description-changed"
    EXAMPLE_CHANGED = "example-changed"


DOCUMENT = ""  # Difference.operation for what belongs to no single operation (servers, schemes)


@dataclass(frozen=True)
class Difference:
    kind: Kind
    breaking: bool
    operation: str  # our operationId, or DOCUMENT
    where: str  # human path: "response 200: data.attributes.env"
    ours: str  # JSON pointer (URI fragment form) into our spec
    theirs: str  # JSON pointer into the upstream document (or the page's partial document)
    detail: str
    theirs_at: str | None = None  # "page.txt:LINE" for a documentation page, when known

    def as_dict(self) -> dict[str, Any]:
        return {
            "operation": self.operation or None,
            "kind": self.kind.value,
            "breaking": self.breaking,
            "where": self.where,
            "ours": self.ours,
            "theirs": self.theirs,
            "theirs_at": self.theirs_at,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Profile:
    """What the other side can express, and what the maintainer asked to compare."""

    nullable: bool = True
    constraints: bool = True
    operation_ids: bool = True
    oauth: bool = True  # False: OAuth alternatives of ours are not compared (pages omit them)
    partial: bool = False  # the other side covers only some operations (documentation pages)
    descriptions: bool = False
    examples: bool = False


@dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    method: str
    path: str
    tags: tuple[str, ...] = ()


@dataclass
class Report:
    ours_source: str
    theirs_source: str
    operations: list[OperationInfo] = field(default_factory=list)  # ours, in spec order
    differences: list[Difference] = field(default_factory=list)
    uncovered: list[OperationInfo] = field(default_factory=list)  # upstream, under our tags
    notes: list[str] = field(default_factory=list)
    # Differences openapi.yaml makes on purpose, with the judgment call that explains each
    # (tools/specdrift/deliberate.yaml): listed apart, not counted.
    explained: list[tuple[Difference, int]] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        return Counter(d.kind.value for d in self.differences)

    def breaking_count(self) -> int:
        return sum(1 for d in self.differences if d.breaking)

    def exit_code(self, fail_on: str) -> int:
        if fail_on == "any" and self.differences:
            return 1
        if fail_on == "breaking" and self.breaking_count():
            return 1
        return 0
