"""Which operation a request is for: the methods and paths listed in ``spec_index.OPERATIONS``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote

from datadog_deployments_api.spec_index import Operation


@dataclass(frozen=True)
class Match:
    """The routing of one request.

    ``operation`` is None when no operation has this method and path; ``allowed`` then lists
    the methods the path does accept (empty for an unknown path). ``params`` holds the
    percent-decoded path parameters.
    """

    operation: Operation | None
    params: dict[str, str] = field(default_factory=dict)
    allowed: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Template:
    operation: Operation
    pattern: re.Pattern[str]
    names: tuple[str, ...]


def _compile(operation: Operation) -> _Template:
    names = tuple(re.findall(r"\{(\w+)\}", operation.path))
    literals = re.split(r"\{\w+\}", operation.path)
    return _Template(operation, re.compile("([^/]+)".join(re.escape(p) for p in literals)), names)


class Router:
    """Matches a raw request path exactly against the documented path templates.

    The most literal template wins: ``/api/v2/deployment_gates/evaluations`` is the list of
    evaluations, not the gate whose ID is "evaluations"; once a path matches a template, less
    literal ones are not considered (a wrong method there is a 405)."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        self._templates = sorted((_compile(op) for op in operations), key=lambda t: len(t.names))

    def match(self, method: str, raw_path: str) -> Match:
        allowed: list[str] = []
        matched_params: int | None = None
        for template in self._templates:
            if matched_params is not None and len(template.names) > matched_params:
                break
            found = template.pattern.fullmatch(raw_path)
            if found is None:
                continue
            matched_params = len(template.names)
            if template.operation.method != method:
                allowed.append(template.operation.method)
                continue
            values = map(unquote, found.groups())
            params = dict(zip(template.names, values, strict=True))
            return Match(template.operation, params)
        return Match(None, allowed=tuple(allowed))
