"""Turning a call into a request and an answer into a model or an exception, without I/O.

What each operation needs (method, path, keys, preview status, models) comes from
spec_index, which `make generate` derives from openapi.yaml.
"""

from __future__ import annotations

import json
import os
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
    # Safe to send again whatever the method: the spec says the write is harmless to repeat,
    # or its body carries an idempotency ID (assigned here when the caller gave none).
    repeatable: bool = False


def with_idempotency_id(payload: Any, pointer: tuple[str, ...]) -> tuple[Any, bool]:
    """The payload with an ID at `pointer` (the caller's, else a new one), and whether it has
    one. The caller's objects are copied along the pointer, never changed. An ID assigned
    before the first attempt makes every retry the same event (the API accepts 16 to 128
    characters of a-z A-Z 0-9 - _ . :)."""
    *parents, last = pointer
    chain = [payload]
    for name in parents:
        chain.append(chain[-1].get(name) if isinstance(chain[-1], Mapping) else None)
    if not isinstance(chain[-1], Mapping):
        return payload, False  # a body of another shape: the server will say what is wrong
    if chain[-1].get(last) not in (None, ""):
        return payload, True
    node: Any = {**chain[-1], last: os.urandom(16).hex()}
    for parent, name in zip(reversed(chain[:-1]), reversed(parents), strict=True):
        node = {**parent, name: node}
    return node, True


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
    repeatable = operation.repeatable
    if body is not None:
        payload = body.to_dict() if hasattr(body, "to_dict") else body
        if operation.idempotency_key:
            payload, keyed = with_idempotency_id(payload, operation.idempotency_key)
            repeatable = repeatable or keyed
        content = json.dumps(payload, separators=(",", ":")).encode()
        headers["Content-Type"] = "application/json"
    return PreparedRequest(operation, path, headers, content, repeatable)


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
