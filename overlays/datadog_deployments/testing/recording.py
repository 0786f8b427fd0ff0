"""The record of every request the fake received."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from .faults import Fault


class Headers(Mapping[str, str]):
    """Request headers: a read-only mapping with case-insensitive keys. A header sent more than
    once has its values joined with ``", "``."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        merged: dict[str, tuple[str, str]] = {}
        for name, value in items:
            key = name.lower()
            if key in merged:
                merged[key] = (merged[key][0], f"{merged[key][1]}, {value}")
            else:
                merged[key] = (name, value)
        self._items = merged

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({dict(self._items.values())!r})"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake received it.

    ``path`` is the raw path as sent (percent-encoding kept, no query); ``query`` the raw query
    string; ``json`` the parsed body (None when empty or not JSON); ``operation`` the
    operationId the request was routed to (None for an unknown path or method; its Python name
    is :attr:`operation_name`); ``time`` the
    server clock on arrival; ``connection`` a number identifying the TCP connection it came on;
    ``fault`` the injected fault it met, if any.
    """

    method: str
    path: str
    query: str
    headers: Headers
    body: bytes
    json: Any
    operation: str | None
    time: float
    connection: int
    fault: Fault | None = None

    @property
    def operation_name(self) -> str | None:
        """The Python name of the operation (``trigger_deployment_gates_evaluation``)."""
        from datadog_deployments_api.spec_index import OPERATIONS

        found = OPERATIONS.get(self.operation or "")
        return found.name if found else None

    @property
    def query_params(self) -> dict[str, list[str]]:
        return parse_qs(self.query, keep_blank_values=True)


class Recorder:
    """A thread-safe, append-only list of requests, keeping the last ``limit`` (None: all)."""

    def __init__(self, limit: int | None = None) -> None:
        self._requests: deque[RecordedRequest] = deque(maxlen=limit)
        self._lock = threading.Lock()

    def add(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def all(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()
