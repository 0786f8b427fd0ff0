"""Faults to inject into the fake's answers, and the queue that hands them out.

A fault is matched to a request before the request is handled, in the order faults were
injected. Depending on its kind it then

* replaces the handling: ``status`` (400 and above), ``rate_limit``, and ``drop`` at the
  ``"before_read"`` or ``"after_read"`` stage: the request has no effect;
* delays it: ``slow`` sleeps (real time), then the request is handled normally;
* alters the answer of a normal handling: ``status`` below 400 (e.g. 202), ``malformed_json``,
  ``unknown_status``, ``extra_fields``, and ``drop`` at the ``"after_acting"`` stage, which
  throws the answer away: the request took effect but the client never hears of it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from .responses import Response, encode

FaultKind = Literal[
    "status", "rate_limit", "slow", "drop", "malformed_json", "unknown_status", "extra_fields"
]
#: When a ``drop`` fault closes the connection: before reading the request body (the client may
#: see a reset), after reading it (a clean close, nothing done), or after handling it.
DropStage = Literal["before_read", "after_read", "after_acting"]
#: Which statuses an ``unknown_status`` fault rewrites.
StatusTarget = Literal["gate", "rules", "both"]

DEFAULT_EXTRA_FIELDS: Mapping[str, Any] = {"unexpected_field": {"added_by": "fake-datadog"}}


def _retry_after_header(retry_after: float | str | None) -> tuple[tuple[str, str], ...]:
    if retry_after is None:
        return ()
    if isinstance(retry_after, float) and retry_after.is_integer():
        retry_after = int(retry_after)
    return (("Retry-After", str(retry_after)),)


@dataclass(frozen=True)
class Fault:
    """One misbehaviour. Build it with a class method, e.g. ``Fault.status(503)``."""

    kind: FaultKind
    code: int = 0
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    delay: float = 0.0
    stage: DropStage = "after_read"
    value: str = "paused"
    target: StatusTarget = "gate"
    fields: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def status(
        cls,
        code: int,
        *,
        body: Any = None,
        retry_after: float | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Fault:
        """Answer ``code``. From 400 up, with the documented error body for that status and
        operation (or ``body``: bytes, or anything JSON-serialisable), without handling the
        request. Below 400 (e.g. 202), handle the request normally and change the status (and the
        body, when ``body`` is given) of a successful answer.
        ``retry_after`` adds a ``Retry-After`` header (seconds, or an HTTP date string)."""
        if not 100 <= code <= 599:
            raise ValueError(f"not an HTTP status code: {code}")
        raw = body if body is None or isinstance(body, bytes) else encode(body)
        extra = _retry_after_header(retry_after) + tuple((headers or {}).items())
        return cls("status", code=code, body=raw, headers=extra)

    @classmethod
    def rate_limit(
        cls,
        *,
        limit: int = 100,
        period: int = 60,
        remaining: int = 0,
        reset: int = 10,
        name: str = "fake_datadog",
        retry_after: float | str | None = None,
    ) -> Fault:
        """Answer 429 with ``X-RateLimit-*`` headers (``reset``: seconds until the window
        resets) and, if given, ``Retry-After``."""
        headers = (
            ("X-RateLimit-Limit", str(limit)),
            ("X-RateLimit-Period", str(period)),
            ("X-RateLimit-Remaining", str(remaining)),
            ("X-RateLimit-Reset", str(reset)),
            ("X-RateLimit-Name", name),
        )
        return cls("rate_limit", code=429, headers=headers + _retry_after_header(retry_after))

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Wait ``seconds`` of real time, then answer normally. Keep it short in tests."""
        if seconds < 0:
            raise ValueError("a delay must not be negative")
        return cls("slow", delay=seconds)

    @classmethod
    def drop(cls, stage: DropStage = "after_read") -> Fault:
        """Close the connection without answering, at ``stage`` (see :data:`DropStage`)."""
        if stage not in ("before_read", "after_read", "after_acting"):
            raise ValueError(f"unknown drop stage: {stage!r}")
        return cls("drop", stage=stage)

    @classmethod
    def malformed_json(cls) -> Fault:
        """Handle the request, then send its answer cut in half: invalid JSON, same status."""
        return cls("malformed_json")

    @classmethod
    def unknown_status(cls, value: str = "paused", target: StatusTarget = "gate") -> Fault:
        """Handle the request, then put ``value`` in the answer's ``gate_status`` and/or each
        rule's ``status`` (for GetDeploymentGatesEvaluationResult answers)."""
        return cls("unknown_status", value=value, target=target)

    @classmethod
    def extra_fields(cls, fields: Mapping[str, Any] | None = None) -> Fault:
        """Handle the request, then add ``fields`` to every JSON object of the answer."""
        return cls("extra_fields", fields=tuple((fields or DEFAULT_EXTRA_FIELDS).items()))

    # ---- how the server applies it ----------------------------------------------------------
    @property
    def replaces_handling(self) -> bool:
        """True when the request must not be handled at all."""
        if self.kind == "drop":
            return self.stage != "after_acting"
        return self.kind == "rate_limit" or (self.kind == "status" and self.code >= 400)

    def alter(self, response: Response) -> Response:
        """The answer to send instead of ``response``, for faults that alter an answer."""
        if self.kind == "status":
            if not 200 <= response.status < 300:
                return response  # e.g. a 400 for an invalid body stays a 400
            body = response.body if self.body is None else self.body
            return replace(
                response, status=self.code, headers=response.headers + self.headers, body=body
            )
        if self.kind == "malformed_json":
            return replace(response, body=response.body[: len(response.body) // 2])
        if self.kind in ("unknown_status", "extra_fields"):
            try:
                document = json.loads(response.body)
            except ValueError:
                return response
            if self.kind == "unknown_status":
                _set_statuses(document, self.value, self.target)
            else:
                _add_fields(document, dict(self.fields))
            return replace(response, body=encode(document))
        return response


def _set_statuses(document: Any, value: str, target: StatusTarget) -> None:
    attributes = document.get("data", {}).get("attributes") if isinstance(document, dict) else None
    if not isinstance(attributes, dict):
        return
    if target in ("gate", "both") and "gate_status" in attributes:
        attributes["gate_status"] = value
    if target in ("rules", "both"):
        for rule in attributes.get("rules") or ():
            if isinstance(rule, dict):
                rule["status"] = value


def _add_fields(node: Any, fields: dict[str, Any]) -> None:
    if isinstance(node, list):
        for item in node:
            _add_fields(item, fields)
    elif isinstance(node, dict):
        for item in node.values():
            _add_fields(item, fields)
        for key, value in fields.items():
            node.setdefault(key, json.loads(json.dumps(value)))


@dataclass
class PendingFault:
    """A fault waiting in the queue: for which operation (None: any), and how many more times
    (None: until cleared)."""

    fault: Fault
    operation: str | None
    remaining: int | None


@dataclass
class FaultQueue:
    """Injected faults, handed out first-injected first; thread-safe."""

    _pending: list[PendingFault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, fault: Fault, times: int | None, operation: str | None) -> None:
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        with self._lock:
            self._pending.append(PendingFault(fault, operation, times))

    def take(self, operation: str | None) -> Fault | None:
        """The first fault for this operation, used up once; None if there is none."""
        if not self._pending:
            return None
        with self._lock:
            for index, pending in enumerate(self._pending):
                if pending.operation is None or pending.operation == operation:
                    if pending.remaining is not None:
                        pending.remaining -= 1
                        if pending.remaining == 0:
                            del self._pending[index]
                    return pending.fault
        return None

    def pending(self) -> list[PendingFault]:
        with self._lock:
            return [replace(p) for p in self._pending]

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()
