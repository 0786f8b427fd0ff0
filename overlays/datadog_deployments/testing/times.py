"""Wall-clock moments for the fake: the server clock mapped to UTC, and RFC 3339 in and out.

The fake's clock (``time.monotonic`` or a :class:`~.clock.ManualClock`) only measures
durations. Answers that carry dates (``created_at``, an evaluation's ``started_at``) need a wall
time: a :class:`WallClock` anchors the server clock to ``time.time()`` once, at start, so that
advancing a manual clock moves the dates too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone

from ..timestamps import to_datetime

__all__ = ["WallClock", "parse_moment", "rfc3339", "to_unix_nanos"]


class WallClock:
    """Unix seconds for a server clock reading."""

    def __init__(self, clock: Callable[[], float], epoch: float | None = None) -> None:
        self.clock = clock
        self._offset = (time.time() if epoch is None else epoch) - clock()

    def at(self, reading: float) -> float:
        """The Unix time of a clock reading."""
        return self._offset + reading

    def now(self) -> float:
        return self._offset + self.clock()


def rfc3339(unix_seconds: float) -> str:
    """``2026-12-01T14:20:00.123Z`` (milliseconds, UTC), as the API writes date-times."""
    moment = datetime.fromtimestamp(unix_seconds, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_moment(text: str) -> float:
    """Unix seconds from an RFC 3339 date-time; ValueError when it is not one."""
    if not isinstance(text, str) or "T" not in text.upper():
        raise ValueError(f"not an RFC 3339 date-time: {text!r}")
    return to_datetime(text).timestamp()


def to_unix_nanos(value: int) -> int:
    """Nanoseconds from a Unix timestamp in seconds, milliseconds, microseconds or nanoseconds
    (the API infers the unit from the magnitude)."""
    moment = to_datetime(value)
    return int(moment.timestamp()) * 10**9 + moment.microsecond * 1000
