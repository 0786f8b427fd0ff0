"""Turning a call into a request and an answer into a model or an exception, without I/O.

What each operation needs (method, path, parameters, keys, preview status, models) comes
from spec_index, which `make generate` derives from openapi.yaml.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from enum import Enum
from typing import Any
from urllib.parse import quote, urlencode
from uuid import UUID

from datadog_deployments_api import models
from datadog_deployments_api.spec_index import OPERATIONS, Operation

from .configuration import Configuration
from .errors import InvalidParameterError, ResponseDecodeError, exception_class
from .unstable import snake_name

_PATH_PARAMETER = re.compile(r"\{(\w+)\}")
_BY_NAME = {op.name: op for op in OPERATIONS.values()}


def find_operation(name: str) -> Operation:
    """An operation by its Python name (snake case) or its operationId; refuses other names."""
    operation = _BY_NAME.get(name) or OPERATIONS.get(name) or _BY_NAME.get(snake_name(name))
    if operation is None:
        raise InvalidParameterError(
            f"unknown operation {name!r}; known operations: {', '.join(sorted(_BY_NAME))}"
        )
    return operation


def rfc3339(moment: datetime) -> str:
    """A datetime as the API writes times: UTC, "Z" (a naive datetime is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    text = moment.astimezone(timezone.utc).isoformat()
    return text.removesuffix("+00:00") + "Z"


def json_value(value: Any) -> Any:
    """What a value is on the wire: models, enums, datetimes and UUIDs as JSON understands."""
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, Enum):  # str and int enums included: their value, not the member
        return json_value(value.value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, datetime):
        return rfc3339(value)
    if isinstance(value, date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return json_value(to_dict())
    return str(value)  # UUID and the like


# What a parameter may be, by where it goes: the spec's path parameters are strings (some
# UUIDs), its query parameters strings, UUIDs, date-times, booleans, integers, enums, and
# arrays of those. Anything else (None, bytes, a float, an object) would be sent as whatever
# str() makes of it (".../None", "b%27bytes%27"): refused, naming the parameter.
_PATH_TYPES: tuple[type, ...] = (str, int, UUID)
_QUERY_TYPES: tuple[type, ...] = (str, int, UUID, datetime, date)
_ARRAYS = (list, tuple, set, frozenset)


def _parameter_text(where: str, name: str, value: Any) -> str:
    """A parameter's value as text, after checking its type is one the spec can mean."""
    allowed = _PATH_TYPES if where == "path" else _QUERY_TYPES
    plain = value.value if isinstance(value, Enum) else value
    if (where == "path" and isinstance(plain, bool)) or not isinstance(plain, allowed):
        names = "str, int, UUID" if where == "path" else "str, int, bool, UUID, datetime, date"
        raise InvalidParameterError(
            f"{where} parameter {name} cannot be a {type(value).__name__} "
            f"(it takes {names} or an enum of the spec)"
        )
    plain = json_value(plain)
    if isinstance(plain, bool):
        return "true" if plain else "false"
    return str(plain)


def render_query(operation: Operation, query: Mapping[str, object]) -> str:
    """ "?k=v&..." for the given parameters (Python or wire names), None ones left out."""
    known = operation.query_parameters
    pairs: list[tuple[str, str]] = []
    for key, value in query.items():
        if value is None:
            continue
        wire = known.get(key) or (key if key in known.values() else None)
        if wire is None:
            takes = ", ".join(known) or "none"
            raise InvalidParameterError(
                f"{operation.name} has no query parameter {key!r}; it takes: {takes}"
            )
        values = list(value) if isinstance(value, _ARRAYS) else [value]
        if isinstance(value, (set, frozenset)):
            values.sort(key=str)
        texts = [_parameter_text("query", key, v) for v in values]
        if wire in operation.query_comma_separated:
            pairs.append((wire, ",".join(texts)))
        else:
            pairs += [(wire, text) for text in texts]
    return "?" + urlencode(pairs, quote_via=quote) if pairs else ""


@dataclass(frozen=True)
class PreparedRequest:
    operation: Operation
    path: str  # percent-encoded, relative to the base URL
    headers: dict[str, str] = field(repr=False)  # holds the keys
    content: bytes | None
    # Safe to send again whatever the method: the spec says the write is harmless to repeat,
    # or its body carries an idempotency ID (assigned here when the caller gave none).
    repeatable: bool = False
    # The write's idempotency ID as sent (the caller's, or the one assigned here), if any.
    idempotency_id: str | None = None


def with_idempotency_id(payload: Any, pointer: tuple[str, ...]) -> tuple[Any, str | None]:
    """The payload with an ID at `pointer` (the caller's, else a new one), and that ID (None
    when the body has no place for one). The caller's objects are copied along the pointer,
    never changed. An ID assigned before the first attempt makes every retry the same event
    (the API accepts 16 to 128 characters of a-z A-Z 0-9 - _ . :)."""
    *parents, last = pointer
    chain = [payload]
    for name in parents:
        chain.append(chain[-1].get(name) if isinstance(chain[-1], Mapping) else None)
    if not isinstance(chain[-1], Mapping):
        return payload, None  # a body of another shape: the server will say what is wrong
    given = chain[-1].get(last)
    if given not in (None, ""):
        return payload, str(given)
    assigned = os.urandom(16).hex()
    node: Any = {**chain[-1], last: assigned}
    for parent, name in zip(reversed(chain[:-1]), reversed(parents), strict=True):
        node = {**parent, name: node}
    return node, assigned


def render_path(template: str, values: Mapping[str, object]) -> str:
    """Fill a path template; a value can never add, remove or climb path segments."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise InvalidParameterError(f"path parameter {name} is missing")
        value = _parameter_text("path", name, values[name])
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
    query: Mapping[str, object] | None = None,
) -> PreparedRequest:
    """Everything that can be refused is refused here, before anything is sent.

    `operation_id` is the operation's Python name or its operationId; `query` takes Python
    (`filter_env`) or wire (`filter[env]`) parameter names.
    """
    operation = find_operation(operation_id)
    configuration.unstable_operations.check(operation.name)
    path = render_path(operation.path, path_values or {})
    if query:
        path += render_query(operation, query)
    headers = configuration.credentials(operation.security, operation.name)
    content = None
    repeatable = operation.repeatable
    idempotency_id = None
    if body is not None:
        payload = body.to_dict() if hasattr(body, "to_dict") else body
        if operation.idempotency_key:
            payload, idempotency_id = with_idempotency_id(payload, operation.idempotency_key)
            repeatable = repeatable or idempotency_id is not None
        content = json.dumps(payload, separators=(",", ":"), default=json_value).encode()
        headers["Content-Type"] = "application/json"
    return PreparedRequest(operation, path, headers, content, repeatable, idempotency_id)


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
