"""--since DURATION, or --from TIME [--to TIME]: the window a listing or report covers."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta, timezone
from typing import Any

from ..timestamps import to_datetime
from .outcome import UsageError


def moment(text: str, flag: str) -> datetime:
    """Unix seconds/ms/ns, ISO 8601 (UTC unless an offset is given), or 'now'."""
    if text.strip().lower() == "now":
        return datetime.now(timezone.utc)
    try:
        return to_datetime(text)
    except (ValueError, OverflowError):
        raise UsageError(
            f"{flag} {text!r} is not a time: give Unix seconds, milliseconds or nanoseconds, "
            "ISO 8601 such as 2026-12-01T10:00:00Z, or now"
        ) from None


def iso_utc(value: Any) -> Any:
    """A time from the API as ISO 8601 UTC to the second (an int64 or a date-time alike);
    anything else as it came."""
    try:
        instant = to_datetime(value)
    except (ValueError, TypeError):
        return value
    return instant.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def within(seconds: float, longest: float | None, flags: str) -> None:
    """Refuse, before anything is sent, a window longer than the API lists."""
    if longest is not None and seconds > longest:
        raise UsageError(
            f"{flags} covers {seconds / 86400:g} days; Datadog lists at most "
            f"{longest / 86400:g} days: narrow the window"
        )


EVENT_TIMES = ("started_at", "finished_at")


def event_times(attributes: dict[str, Any]) -> dict[str, Any]:
    """A DORA event's attributes with its times as ISO 8601 UTC (`iso_utc`): the one form
    ddeploy writes them in, in every format, whichever form (nanoseconds or a date-time) the
    API sent."""
    return {
        name: iso_utc(value) if name in EVENT_TIMES and value is not None else value
        for name, value in attributes.items()
    }


def window(args: argparse.Namespace, longest: float | None = None) -> tuple[datetime, datetime]:
    """(start, end) from --since or --from/--to; --since defaults to the command's default.
    `longest`: the most seconds the API accepts (None: no limit)."""
    if args.since is not None and args.from_ is not None:
        raise UsageError("give --since or --from, not both")
    end = moment(args.to, "--to") if args.to else datetime.now(timezone.utc)
    if args.from_ is not None:
        start = moment(args.from_, "--from")
    else:
        start = end - timedelta(seconds=args.since or args.default_since)
    if start >= end:
        raise UsageError(f"empty window: {start.isoformat()} is not before {end.isoformat()}")
    flags = "--from/--to" if args.from_ is not None else "--since"
    within((end - start).total_seconds(), longest, flags)
    return start, end
