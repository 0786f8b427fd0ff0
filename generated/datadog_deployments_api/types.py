"""Contains some shared types for properties

(Template override: tools/templates/types.py.jinja. It adds a readable UNSET, `value_or_none`,
and the entry points of the models' repr/str, which readable.py implements.)
"""

from collections.abc import Mapping, MutableMapping
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


# repr() and str() of the models; the formatting code (readable.py) loads on first use.
def model_repr(model: Any) -> str:
    from .readable import one_line

    return one_line(model)


def model_str(model: Any) -> str:
    from .readable import lines

    return lines(model)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "value_or_none",
]
