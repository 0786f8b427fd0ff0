"""DORA timestamps: whatever unit or encoding the server sends, an aware datetime comes out.

The API documents int64 Unix timestamps in seconds, milliseconds or nanoseconds and infers
the unit from the magnitude; servers and older events also carry microseconds, floats,
numeric strings and ISO 8601. This is semantics, not wire format, so it lives here and not
in the spec or the generated models.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

# Magnitude thresholds, unambiguous for moments from 1973-03-04 to the year 5138: a number
# below 1e11 is seconds, below 1e14 milliseconds, below 1e17 microseconds, else nanoseconds.
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_UNITS = ((Decimal(10) ** 11, 1), (Decimal(10) ** 14, 10**3), (Decimal(10) ** 17, 10**6))


def _seconds(number: Decimal) -> Decimal:
    for limit, per_second in _UNITS:
        if abs(number) < limit:
            return number / per_second
    return number / 10**9


def to_datetime(value: Any) -> datetime:
    """An aware UTC datetime from s/ms/µs/ns numbers, numeric strings, ISO 8601 or datetimes."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, bool):
        raise ValueError(f"not a timestamp: {value!r}")
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
    elif isinstance(value, str):
        text = value.strip()
        try:
            number = Decimal(text)
        except InvalidOperation:
            return _from_iso(text)
    else:
        raise ValueError(f"not a timestamp: {value!r}")
    if not number.is_finite():
        raise ValueError(f"not a timestamp: {value!r}")
    try:
        return EPOCH + timedelta(microseconds=int(_seconds(number) * 1_000_000))
    except (OverflowError, ArithmeticError):  # decimal's Overflow is an ArithmeticError
        raise ValueError(f"timestamp out of range: {value!r}") from None


def _from_iso(text: str) -> datetime:
    if text.endswith(("Z", "z")):  # Python 3.10's fromisoformat does not take "Z"
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a timestamp: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def to_unix_nanos(value: Any) -> int:
    """What to send as started_at/finished_at: datetimes and ISO strings become nanoseconds.

    Integers pass through untouched (the server infers their unit); a naive datetime is UTC.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    moment = to_datetime(value)
    delta = moment - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 10**9 + delta.microseconds * 1_000
