"""Cursor pages and list filters for the fake's list operations.

A cursor is opaque to clients: here it is the sort key of the last item served, base64url
JSON, tagged with the list it belongs to. The next page holds the items after that key, so
pages stay right while items are added (newest-first lists gain items at the front) or
deleted. A cursor that does not decode, or that belongs to another list, is refused.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")
SortKey = tuple[Any, ...]

MAX_PAGE_SIZE = 1000


class BadQuery(ValueError):
    """A query parameter the server refuses (a 400); the message says which and why."""


def encode_cursor(kind: str, key: SortKey) -> str:
    raw = json.dumps([kind, list(key)], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(kind: str, cursor: str) -> SortKey:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        tag, key = json.loads(raw)
    except (ValueError, TypeError, binascii.Error):
        raise BadQuery(f"page[cursor] is not a valid cursor: {cursor!r}") from None
    if tag != kind or not isinstance(key, list):
        raise BadQuery(f"page[cursor] is not a cursor of this list: {cursor!r}")
    return tuple(key)


@dataclass(frozen=True)
class Page:
    items: list[Any]
    size: int
    cursor: str | None  # the cursor this page was asked with
    next_cursor: str | None  # None on the last page

    def meta(self, *, with_cursor: bool) -> dict[str, Any]:
        page: dict[str, Any] = {"size": self.size}
        if with_cursor and self.cursor is not None:
            page["cursor"] = self.cursor
        if self.next_cursor is not None:
            page["next_cursor"] = self.next_cursor
        return {"page": page}


def page(
    kind: str,
    items: Iterable[T],
    key: Callable[[T], SortKey],
    query: Query,
    default_size: int,
) -> Page:
    """One page of ``items`` in descending ``key`` order, after the request's cursor."""
    size = query.integer("page[size]", default_size, 1, MAX_PAGE_SIZE)
    cursor = query.one("page[cursor]")
    ordered = sorted(items, key=key, reverse=True)
    if cursor is not None:
        after = decode_cursor(kind, cursor)
        ordered = [item for item in ordered if _before(key(item), after)]
    chosen = ordered[:size]
    more = len(ordered) > size
    next_cursor = encode_cursor(kind, key(chosen[-1])) if more and chosen else None
    return Page(chosen, size, cursor, next_cursor)


def _before(item_key: SortKey, after: SortKey) -> bool:
    try:
        return item_key < after
    except TypeError:  # a forged cursor whose key has other types
        raise BadQuery("page[cursor] is not a cursor of this list") from None


class Query:
    """A request's query parameters: repeated keys kept, comma lists split where documented."""

    def __init__(self, params: Mapping[str, Sequence[str]]) -> None:
        self._params = params

    def one(self, name: str) -> str | None:
        values = self._params.get(name)
        if not values:
            return None
        if len(values) > 1:
            raise BadQuery(f"{name} may be given once")
        return values[0]

    def many(self, name: str) -> set[str] | None:
        """A filter that may repeat or hold comma-separated values (combined with OR)."""
        values = self._params.get(name)
        if not values:
            return None
        found = {v.strip() for value in values for v in value.split(",") if v.strip()}
        return found or None

    def boolean(self, name: str) -> bool | None:
        value = self.one(name)
        if value is None:
            return None
        if value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise BadQuery(f"{name} must be true or false, not {value!r}")

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        value = self.one(name)
        if value is None:
            return default
        try:
            number = int(value)
        except ValueError:
            raise BadQuery(f"{name} must be an integer, not {value!r}") from None
        if not low <= number <= high:
            raise BadQuery(f"{name} must be between {low} and {high}")
        return number

    def choices(self, name: str, allowed: Sequence[str]) -> set[str] | None:
        found = self.many(name)
        unknown = sorted((found or set()) - set(allowed))
        if unknown:
            raise BadQuery(f"{name} must be among {', '.join(allowed)}, not {', '.join(unknown)}")
        return found
