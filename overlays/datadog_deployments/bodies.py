"""Request bodies: built from keyword attributes or taken as given, and checked against the
keys the spec allows, before anything is sent. No I/O.

What each body may hold comes from `datadog_deployments_api.request_bodies`, which
`make generate` derives from openapi.yaml; it loads on the first write, not at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from datadog_deployments_api.methods import Omitted
from datadog_deployments_api.spec_index import Operation

from .errors import InvalidParameterError
from .operations import json_value


def request_body(
    operation: Operation,
    path: Mapping[str, object],
    body: Any,
    attributes: Mapping[str, object],
) -> dict[str, Any]:
    """The JSON document to send: `body` (a model or a mapping), or one built from the
    keyword `attributes` (wire names; omitted ones left out). Refuses both at once, unknown
    keys anywhere in the document, and missing required attributes when built from keywords."""
    from datadog_deployments_api.request_bodies import BODIES

    shape = BODIES[operation.operation_id]
    given = {k: v for k, v in attributes.items() if not isinstance(v, Omitted)}
    if body is not None and given:
        raise InvalidParameterError(
            f"{operation.name}: pass either body or attribute keywords ({', '.join(given)}), "
            "not both"
        )
    if body is None:
        missing = [name for name in shape.required if name not in given]
        if missing:
            raise InvalidParameterError(
                f"{operation.name}: missing required attribute(s): {', '.join(missing)}"
            )
        document: dict[str, Any] = {}
        for keys, value in shape.constants.items():
            _put(document, keys, value)
        if shape.resource_id is not None and path:
            _put(document, shape.resource_id, list(path.values())[-1])
        if shape.attributes_path:
            _put(document, shape.attributes_path, dict(given))
        else:
            document.update(given)
    else:
        payload = body.to_dict() if callable(getattr(body, "to_dict", None)) else body
        if not isinstance(payload, Mapping):
            raise InvalidParameterError(
                f"{operation.name}: body must be a mapping or a model, not {type(body).__name__}"
            )
        document = dict(payload)
    checked: dict[str, Any] = json_value(_unix_times(operation, shape, document))
    unknown = unknown_keys(shape.keys, checked)
    if unknown:
        raise InvalidParameterError(
            f"{operation.name}: unknown key{'s' if len(unknown) > 1 else ''} in the body: "
            f"{', '.join(unknown)} (nothing was sent)"
        )
    return checked


def _unix_times(operation: Operation, shape: Any, document: dict[str, Any]) -> dict[str, Any]:
    """Attributes the spec calls Unix timestamps, given as datetimes or ISO 8601 text, in ns."""
    holder: Any = document
    for key in shape.attributes_path:
        holder = holder.get(key) if isinstance(holder, Mapping) else None
    if not shape.unix_times or not isinstance(holder, Mapping):
        return document
    from .timestamps import to_unix_nanos

    times = {}
    for name in shape.unix_times:
        value = holder.get(name)
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            continue
        try:
            times[name] = to_unix_nanos(value)
        except ValueError as error:
            raise InvalidParameterError(f"{operation.name}: {name}: {error}") from None
    if not times:
        return document
    return _replace(document, shape.attributes_path, {**holder, **times})


def _replace(document: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """A copy of document with the object at path replaced (the caller's dict is not changed)."""
    if not path:
        return dict(value)
    inner = document.get(path[0])
    return {
        **document,
        path[0]: _replace(inner if isinstance(inner, dict) else {}, path[1:], value),
    }


def _put(document: dict[str, Any], keys: tuple[str, ...], value: Any) -> None:
    for key in keys[:-1]:
        document = document.setdefault(key, {})
    document[keys[-1]] = value


def unknown_keys(tree: Any, value: Any, where: str = "") -> list[str]:
    """Dotted paths of the keys in `value` that `tree` (request_bodies' format) does not know."""
    if tree is None:
        return []
    if isinstance(value, list):
        return [
            k for i, item in enumerate(value) for k in unknown_keys(tree, item, f"{where}[{i}]")
        ]
    if not isinstance(value, Mapping):
        return []
    found = []
    for key, sub in value.items():
        path = f"{where}.{key}" if where else str(key)
        if key in tree:
            found += unknown_keys(tree[key], sub, path)
        elif "*" not in tree:
            found.append(path)
    return found
