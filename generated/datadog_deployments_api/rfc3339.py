"""RFC 3339 date-times, as the API sends them, into aware datetimes.

(Copied into the generated package by tools/generate.py. The model and endpoint templates import
`isoparse` from here instead of python-dateutil's, which openapi-python-client's output uses:
dateutil is not a dependency of ours, and it would cost the first decoded answer ~10 ms of
imports, with six.)

What it accepts is RFC 3339's `date-time` (section 5.6), with the leniencies that section
allows or notes: `T` or `t` or a space between date and time, `Z` or `z` for UTC, and any
number of digits of a second's fraction (past the sixth, cut: a datetime holds microseconds).
It refuses what RFC 3339 does not define, rather than guess: no offset (a local time of
nobody knows where), a date alone, ISO 8601's basic or week forms. A leap second (`:60`) is
valid RFC 3339 but no datetime holds it: it is refused too, as dateutil did.
`datetime.fromisoformat` is not used: before Python 3.11 it takes neither `Z` nor a fraction
other than 3 or 6 digits, and from 3.11 on it takes many forms RFC 3339 does not.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

__all__ = ["isoparse"]

_DATE_TIME = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([Zz])|([+-])(\d\d):(\d\d))",
    re.ASCII,
)
_OFFSETS: dict[tuple[str, str, str], timezone] = {}


def isoparse(text: str) -> datetime:
    """The aware datetime an RFC 3339 date-time names; ValueError when it names none."""
    match = _DATE_TIME.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"not an RFC 3339 date-time: {text!r}")
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    tz = timezone.utc if zulu else _OFFSETS.get((sign, off_h, off_m)) or _offset(sign, off_h, off_m)
    # datetime() checks the ranges (month 13, February 30, hour 24, second 60...).
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz)


def _offset(sign: str, hours: str, minutes: str) -> timezone:
    h, m = int(hours), int(minutes)
    if h > 23 or m > 59:
        raise ValueError(f"not an RFC 3339 time offset: {sign}{hours}:{minutes}")
    delta = timedelta(hours=h, minutes=m)
    tz = timezone.utc if not delta else timezone(-delta if sign == "-" else delta)
    _OFFSETS[(sign, hours, minutes)] = tz  # a handful of distinct offsets at most
    return tz
