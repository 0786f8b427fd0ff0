"""Iterating over a list, page after page: one decision, driven by a sync and an async loop.

`Paging` does no I/O. It says what to ask next (`next_request`), and is told what came back
(`record`); it follows the spec's `x-pagination` (spec_index `Pagination`):

* cursor lists: the next page's cursor is in the page (`cursor_path`); the list ends on a
  page without one.
* time-window searches: the helper asks newest first (`window_sort`), then moves the window's
  end to the oldest time seen (`window_time_path`); items already seen (the end is inclusive)
  are dropped. It ends on a page smaller than asked, or one that brings nothing new.

Either way it stops after `max_items` items or `max_requests` requests; `truncated` then says
the list may go on. `Pages` and `AsyncPages` are the loops: iterators over the items.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from datadog_deployments_api.spec_index import Pagination

from .errors import DatadogDeploymentsError, InvalidParameterError
from .operations import rfc3339
from .timestamps import to_datetime

T = TypeVar("T")


class PaginationError(DatadogDeploymentsError):
    """The pages do not chain: a cursor that repeats, or a window that cannot move."""


@dataclass(frozen=True)
class PageRequest:
    query: dict[str, object]  # wire names
    attributes: dict[str, object]  # body attributes, wire names


def _get(value: Any, path: tuple[str, ...]) -> Any:
    """Follow a dotted path through models (attrs fields, additional_properties) or dicts."""
    for key in path:
        if value is None:
            return None
        if isinstance(value, Mapping):
            value = value.get(key)
            continue
        found = getattr(value, key, None)
        if found is None and not key.endswith("_"):
            found = getattr(value, key + "_", None)
        if found is None:
            extra = getattr(value, "additional_properties", None)
            found = extra.get(key) if isinstance(extra, Mapping) else None
        value = found
    return None if value is None or type(value).__name__ == "Unset" else value


def _body_name(param: str | None) -> str | None:
    """The attribute a "body.data.attributes.<name>" parameter sets."""
    return param.rsplit(".", 1)[-1] if param else None


@dataclass
class Paging:
    """What to ask for next, page after page, for one list. No I/O."""

    pagination: Pagination
    query: dict[str, object]
    attributes: dict[str, object]
    page_size: int | None = None
    max_items: int | None = None
    max_requests: int | None = None
    requests: int = field(default=0, init=False)
    items: int = field(default=0, init=False)
    done: bool = field(default=False, init=False)
    truncated: bool = field(default=False, init=False)
    _asked: int | None = field(default=None, init=False)
    _cursor: str | None = field(default=None, init=False)
    # Window searches: the end moves to the oldest time seen, and the end is inclusive, so only
    # items at that instant can come again. Keeping just their keys (not every key seen) keeps
    # a walk through years of events in constant memory.
    _edge: datetime | None = field(default=None, init=False)
    _seen: set[str] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        caps = ("page_size", "max_items", "max_requests")
        for name, value in ((name, getattr(self, name)) for name in caps):
            if value is not None and value < 1:
                raise InvalidParameterError(f"{name} must be at least 1, not {value}")
        size = self.page_size or self.pagination.limit_max
        if size is not None and self.pagination.limit_max is not None:
            size = min(size, self.pagination.limit_max)
        if size is not None and self.max_items is not None:
            size = min(size, self.max_items)
        self._asked = size
        if self.pagination.kind == "window" and self.pagination.window_sort_param:
            sort = _body_name(self.pagination.window_sort_param)
            if sort and self.pagination.window_sort:
                self.attributes[sort] = self.pagination.window_sort

    def next_request(self) -> PageRequest | None:
        """The next page's request, or None when the list is done or a cap is reached."""
        if self.done:
            return None
        if self.max_items is not None and self.items >= self.max_items:
            self.done = self.truncated = True
            return None
        if self.max_requests is not None and self.requests >= self.max_requests:
            self.done = self.truncated = True
            return None
        self.requests += 1
        query, attributes = dict(self.query), dict(self.attributes)
        limit = self.pagination.limit_param
        if limit and self._asked is not None:
            if limit.startswith("body."):
                attributes[str(_body_name(limit))] = self._asked
            else:
                query[limit] = self._asked
        if self._cursor is not None and self.pagination.cursor_param:
            query[self.pagination.cursor_param] = self._cursor
        return PageRequest(query, attributes)

    def record(self, page: Any) -> list[Any]:
        """Account for one page; return its items to hand out (new ones, within max_items)."""
        found = _get(page, self.pagination.results_path) or []
        items = list(found)
        if self.pagination.kind == "cursor":
            fresh = items
            self._next_cursor(page)
        else:
            fresh = self._move_window(items)
        if self.max_items is not None:
            room = self.max_items - self.items
            if len(fresh) > room:
                fresh = fresh[:room]
                self.truncated = True
        self.items += len(fresh)
        return fresh

    def _next_cursor(self, page: Any) -> None:
        cursor = _get(page, self.pagination.cursor_path)
        if not cursor:
            self.done = True
            return
        if str(cursor) == self._cursor:
            raise PaginationError(f"the server sent the same cursor twice ({cursor!r})")
        self._cursor = str(cursor)

    def _move_window(self, items: list[Any]) -> list[Any]:
        times = [_get(item, self.pagination.window_time_path) for item in items]
        when = [None if t is None else to_datetime(t) for t in times]
        keys = [_key(item) for item in items]
        fresh, taken = [], set()
        for item, key, at in zip(items, keys, when, strict=True):
            # Past the end asked for (a server that ignored it), or at the end and handed out
            # already: not new.
            edge = self._edge
            if (
                edge is not None
                and at is not None
                and (at > edge or (at == edge and key in self._seen))
            ):
                continue
            if key not in taken:
                taken.add(key)
                fresh.append(item)
        if not fresh or (self._asked is not None and len(items) < self._asked):
            if items and not fresh and self._asked is not None and len(items) >= self._asked:
                edge = self._edge
                if edge is not None and any(at is not None and at > edge for at in when):
                    raise PaginationError(
                        "the server answered with items after the window's end it was asked "
                        "for: it does not honour the end, so the window cannot move"
                    )
                raise PaginationError(
                    f"more than {self._asked} items share the window's end "
                    f"{self.attributes.get(str(_body_name(self.pagination.window_to_param)))}: "
                    "the window cannot move; ask for larger pages"
                )
            self.done = True
            return fresh
        if any(at is None for at in when):
            raise PaginationError(
                f"an item has no {'.'.join(self.pagination.window_time_path)}: "
                "the window cannot move"
            )
        oldest = min(at for at in when if at is not None)
        end = _body_name(self.pagination.window_to_param)
        if end is None:
            raise PaginationError("the spec names no window end parameter")
        at_edge = {key for key, at in zip(keys, when, strict=True) if at == oldest}
        self._seen = at_edge | self._seen if oldest == self._edge else at_edge
        self._edge = oldest
        self.attributes[end] = rfc3339(oldest)
        return fresh


def _key(item: Any) -> str:
    key = _get(item, ("id",))
    return str(key) if key is not None else repr(item)


class Pages(Generic[T]):
    """The items of a list, page after page (sync). `truncated`: stopped by a cap."""

    def __init__(self, paging: Paging, send: Callable[[PageRequest], Any]) -> None:
        self.paging = paging
        self._send = send
        self._buffer: deque[T] = deque()

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        while not self._buffer:
            request = self.paging.next_request()
            if request is None:
                raise StopIteration
            self._buffer.extend(self.paging.record(self._send(request)))
        return self._buffer.popleft()

    @property
    def truncated(self) -> bool:
        return self.paging.truncated

    @property
    def requests(self) -> int:
        return self.paging.requests


class AsyncPages(Generic[T]):
    """The items of a list, page after page: `async for item in ...`."""

    def __init__(self, paging: Paging, send: Callable[[PageRequest], Awaitable[Any]]) -> None:
        self.paging = paging
        self._send = send
        self._buffer: deque[T] = deque()

    def __aiter__(self) -> AsyncPages[T]:
        return self

    async def __anext__(self) -> T:
        while not self._buffer:
            request = self.paging.next_request()
            if request is None:
                raise StopAsyncIteration
            self._buffer.extend(self.paging.record(await self._send(request)))
        return self._buffer.popleft()

    @property
    def truncated(self) -> bool:
        return self.paging.truncated

    @property
    def requests(self) -> int:
        return self.paging.requests
