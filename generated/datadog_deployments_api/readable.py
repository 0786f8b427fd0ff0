"""How the models read: what repr() and str() show. (Copied by tools/generate.py from
tools/templates/readable.py.)

A model lists the fields to show in `_repr_fields` (its attribute names, `id` and `type`
first). Fields left UNSET are not shown; unknown fields the server sent appear as
`additional_properties={...}` when there are any. Enum members show as their value. str()
breaks a model that does not fit on one line into indented lines.

This module loads on the first repr or str of a model, not with the models: most programs
never print one.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from .types import Unset

WIDTH = 80


def _shown(model: Any) -> list[tuple[str, Any]]:
    fields = [(name, getattr(model, name)) for name in type(model)._repr_fields]
    shown = [(name, value) for name, value in fields if not isinstance(value, Unset)]
    unknown = getattr(model, "additional_properties", None)
    if unknown:
        shown.append(("additional_properties", unknown))
    return shown


def one_line(value: Any) -> str:
    """repr() of a model, and of the values inside it."""
    if hasattr(type(value), "_repr_fields"):
        inner = ", ".join(f"{name}={one_line(v)}" for name, v in _shown(value))
        return f"{type(value).__name__}({inner})"
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, list):
        return "[" + ", ".join(one_line(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{one_line(k)}: {one_line(v)}" for k, v in value.items()) + "}"
    return repr(value)


def lines(value: Any, indent: int = 0, column: int = 0) -> str:
    """str() of a model: `value` starts at `column` on a line indented by `indent`."""
    line = one_line(value)
    if column + len(line) + 1 <= WIDTH:
        return line
    inner = indent + 4
    if hasattr(type(value), "_repr_fields"):
        opening, closing = f"{type(value).__name__}(", ")"
        items = [f"{name}={lines(v, inner, inner + len(name) + 1)}" for name, v in _shown(value)]
    elif isinstance(value, list) and value:
        opening, closing = "[", "]"
        items = [lines(v, inner, inner) for v in value]
    elif isinstance(value, dict) and value:
        opening, closing = "{", "}"
        items = []
        for k, v in value.items():
            key = one_line(k)
            items.append(f"{key}: {lines(v, inner, inner + len(key) + 2)}")
    else:
        return line
    if not items:
        return line
    pad = " " * inner
    body = "".join(f"{pad}{item},\n" for item in items)
    return f"{opening}\n{body}{' ' * indent}{closing}"
