"""Turning a call into a request and an answer into a model or an exception, without I/O.

What each operation needs (method, path, keys, preview status, models) comes from
spec_index, which `make generate` derives from openapi.yaml.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from datadog_deployments_api import models
from datadog_deployments_api.spec_index import OPERATIONS, Operation

from .configuration import Configuration
from .errors import InvalidParameterError, ResponseDecodeError, exception_class

_PATH_PARAMETER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class PreparedRequest:
    operation: Operation
    path: str  # percent-encoded, relative to the base URL
    headers: dict[str, str] = field(repr=False)  # holds the keys
    content: bytes | None


def render_path(template: str, values: Mapping[str, object]) -> str:
    """Fill a path template; a value can never add, remove or climb path segments."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = str(values[name])
        if value in ("", ".", ".."):
            raise InvalidParameterError(
                f"path parameter {name} cannot be {value!r}: it would change the request's path"
            )
        return quote(value, safe="")

    return _PATH_PARAMETER.sub(fill, template)


def prepare(
    configuration: Configuration,
    operation_id: str,
    path_values: Mapping[str, object] | None = None,
    body: Any = None,
) -> PreparedRequest:
    """Everything that can be refused is refused here, before anything is sent."""
    operation = OPERATIONS[operation_id]
    configuration.unstable_operations.check(operation.name)
    path = render_path(operation.path, path_values or {})
    headers = configuration.auth_headers(operation.auth_headers, operation.name)
    content = None
    if body is not None:
        payload = body.to_dict() if hasattr(body, "to_dict") else body
        content = json.dumps(payload, separators=(",", ":")).encode()
        headers["Content-Type"] = "application/json"
    return PreparedRequest(operation, path, headers, content)


def interpret(
    operation: Operation, status: int, reason: str, headers: Mapping[str, str], content: bytes
) -> Any:
    """The decoded 2xx model, or raise the ApiException subclass for the status."""
    schema = operation.responses.get(status)
    if 200 <= status < 300:
        # A success status the spec does not list still carries the documented success body.
        schema = schema or next((s for c, s in operation.responses.items() if c < 300 and s), None)
        if schema is None:
            return None
        try:
            return getattr(models, schema).from_dict(json.loads(content))
        except Exception as exc:  # any failure inside generated decoding is one typed error
            raise ResponseDecodeError(
                f"{type(exc).__name__}: {exc}",
                status=status,
                headers=headers,
                body=content.decode("utf-8", "replace"),
                operation=operation.name,
            ) from exc
    parsed = None
    if schema is not None:
        try:
            parsed = getattr(models, schema).from_dict(json.loads(content))
        except Exception:  # an error body of another shape still raises the right exception
            parsed = None
    raise exception_class(status)(
        status=status,
        reason=reason,
        headers=headers,
        body=content.decode("utf-8", "replace"),
        operation=operation.name,
        parsed=parsed,
    )
