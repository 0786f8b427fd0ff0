"""Contains some shared types for properties

(Template override: tools/templates/types.py.jinja. It adds a readable UNSET, `value_or_none`,
and the repr/str the models use.)
"""

from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # copy, deepcopy and pickle give back the one UNSET: the models test `is not UNSET`.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def value_or_none(value: T | Unset) -> T | None:
    """An optional field as `X | None`: None when the server did not send it.

    Unlike `value or None`, a falsy value that was sent (0, "", False, []) is kept.
    """
    return None if isinstance(value, Unset) else value


# repr() and str() of the models. A model lists the fields to show in `_repr_fields` (its
# attribute names, `id` and `type` first); fields left UNSET are not shown, and unknown fields
# the server sent appear as `additional_properties={...}` when there are any. Enum members show
# as their value. str() breaks a model that does not fit on one line into indented lines.
_STR_WIDTH = 80


def _shown(model: Any) -> list[tuple[str, Any]]:
    fields = [(name, getattr(model, name)) for name in type(model)._repr_fields]
    shown = [(name, value) for name, value in fields if not isinstance(value, Unset)]
    unknown = getattr(model, "additional_properties", None)
    if unknown:
        shown.append(("additional_properties", unknown))
    return shown


def _one_line(value: Any) -> str:
    if hasattr(type(value), "_repr_fields"):
        inner = ", ".join(f"{name}={_one_line(v)}" for name, v in _shown(value))
        return f"{type(value).__name__}({inner})"
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, list):
        return "[" + ", ".join(_one_line(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{_one_line(k)}: {_one_line(v)}" for k, v in value.items())
            + "}"
        )
    return repr(value)


def _lines(value: Any, indent: int, column: int) -> str:
    """value, starting at `column` on a line indented by `indent`, within _STR_WIDTH."""
    line = _one_line(value)
    if column + len(line) + 1 <= _STR_WIDTH:
        return line
    inner = indent + 4
    if hasattr(type(value), "_repr_fields"):
        opening, closing = f"{type(value).__name__}(", ")"
        items = [
            f"{name}={_lines(v, inner, inner + len(name) + 1)}"
            for name, v in _shown(value)
        ]
    elif isinstance(value, list) and value:
        opening, closing = "[", "]"
        items = [_lines(v, inner, inner) for v in value]
    elif isinstance(value, dict) and value:
        opening, closing = "{", "}"
        items = []
        for k, v in value.items():
            key = _one_line(k)
            items.append(f"{key}: {_lines(v, inner, inner + len(key) + 2)}")
    else:
        return line
    if not items:
        return line
    pad = " " * inner
    body = "".join(f"{pad}{item},\n" for item in items)
    return f"{opening}\n{body}{' ' * indent}{closing}"


def model_repr(model: Any) -> str:
    return _one_line(model)


def model_str(model: Any) -> str:
    return _lines(model, 0, 0)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "value_or_none",
]
