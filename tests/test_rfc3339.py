"""The generated models' date-time parser (tools/templates/rfc3339.py), against RFC 3339."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from datadog_deployments_api.rfc3339 import isoparse

UTC = timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-08-31T14:26:14Z", datetime(2023, 8, 31, 14, 26, 14, tzinfo=UTC)),
        # RFC 3339 5.6 allows lowercase t and z, and (by application choice) a space.
        ("2023-08-31t14:26:14z", datetime(2023, 8, 31, 14, 26, 14, tzinfo=UTC)),
        ("2023-08-31 14:26:14Z", datetime(2023, 8, 31, 14, 26, 14, tzinfo=UTC)),
        # A fraction of any length: 1, 3, 6 digits exactly; 9 digits cut to microseconds.
        ("2023-08-31T14:26:14.5Z", datetime(2023, 8, 31, 14, 26, 14, 500000, tzinfo=UTC)),
        ("2023-08-31T14:26:14.123Z", datetime(2023, 8, 31, 14, 26, 14, 123000, tzinfo=UTC)),
        ("2023-08-31T14:26:14.000001Z", datetime(2023, 8, 31, 14, 26, 14, 1, tzinfo=UTC)),
        ("2023-08-31T14:26:14.123456789Z", datetime(2023, 8, 31, 14, 26, 14, 123456, tzinfo=UTC)),
        ("2023-08-31T14:26:14.9999999Z", datetime(2023, 8, 31, 14, 26, 14, 999999, tzinfo=UTC)),
        # Offsets, both signs; -00:00 and +00:00 are UTC.
        (
            "2023-08-31T16:26:14+02:00",
            datetime(2023, 8, 31, 16, 26, 14, tzinfo=timezone(timedelta(hours=2))),
        ),
        (
            "2023-08-31T09:56:14.25-04:30",
            datetime(2023, 8, 31, 9, 56, 14, 250000, tzinfo=timezone(-timedelta(hours=4.5))),
        ),
        ("2023-08-31T14:26:14-00:00", datetime(2023, 8, 31, 14, 26, 14, tzinfo=UTC)),
        ("2023-08-31T14:26:14+00:00", datetime(2023, 8, 31, 14, 26, 14, tzinfo=UTC)),
        (
            "2023-08-31T14:26:14+23:59",
            datetime(2023, 8, 31, 14, 26, 14, tzinfo=timezone(timedelta(hours=23, minutes=59))),
        ),
        # Calendar edges that exist.
        ("2024-02-29T23:59:59Z", datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC)),
        ("1970-01-01T00:00:00Z", datetime(1970, 1, 1, tzinfo=UTC)),
        ("0001-01-01T00:00:00Z", datetime(1, 1, 1, tzinfo=UTC)),
        ("9999-12-31T23:59:59.999999Z", datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
    ],
)
def test_rfc3339_date_times_parse_to_the_instant_they_name(text: str, expected: datetime) -> None:
    parsed = isoparse(text)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


def test_the_same_instant_in_two_offsets_compares_equal() -> None:
    assert isoparse("2023-08-31T14:26:14Z") == isoparse("2023-08-31T16:26:14+02:00")
    assert isoparse("2023-08-31T14:26:14Z").timestamp() == 1693491974


@pytest.mark.parametrize(
    "text",
    [
        "2023-08-31T14:26:14",  # no offset: a local time of nobody knows where
        "2023-08-31",  # a date alone
        "14:26:14Z",  # a time alone
        "20230831T142614Z",  # ISO 8601 basic form
        "2023-W35-4T14:26:14Z",  # ISO 8601 week date
        "2023-08-31T14:26Z",  # no seconds
        "2023-08-31T14:26:14.Z",  # a point without digits
        "2023-08-31T14:26:14,5Z",  # a comma for the point
        "2023-08-31T14:26:14+0200",  # an offset without its colon
        "2023-08-31T14:26:14+02",  # hours alone
        "2023-08-31T14:26:14+24:00",  # offset hours out of range
        "2023-08-31T14:26:14+02:60",  # offset minutes out of range
        "2023-08-31T14:26:14 Z",
        " 2023-08-31T14:26:14Z",
        "2023-08-31T14:26:14Z ",
        "2023-08-31T14:26:14Z\n",
        "2023-8-31T14:26:14Z",  # one-digit month
        "2023-13-01T00:00:00Z",
        "2023-00-10T00:00:00Z",
        "2023-02-29T00:00:00Z",  # not a leap year
        "2023-04-31T00:00:00Z",
        "2023-08-31T24:00:00Z",
        "2023-08-31T23:60:00Z",
        "2016-12-31T23:59:60Z",  # a leap second: valid RFC 3339, but no datetime holds it
        "0000-01-01T00:00:00Z",
        "\uff12\uff10\uff12\uff13-08-31T14:26:14Z",  # fullwidth (non-ASCII) digits
        "",
        "1693491974000000000",
    ],
)
def test_anything_else_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        isoparse(text)


def test_the_error_names_the_text() -> None:
    with pytest.raises(ValueError, match="not an RFC 3339 date-time: '2023-08-31'"):
        isoparse("2023-08-31")


def test_a_non_string_is_a_value_error_not_a_crash() -> None:
    with pytest.raises(ValueError):
        isoparse(1693491974)  # type: ignore[arg-type]


def test_round_trip_through_isoformat() -> None:
    """The models serialise with isoformat(): what they write, they read back."""
    for value in (
        datetime(2023, 8, 31, 14, 26, 14, tzinfo=UTC),
        datetime(2023, 8, 31, 14, 26, 14, 7, tzinfo=timezone(timedelta(hours=-7))),
    ):
        assert isoparse(value.isoformat()) == value


def test_a_dora_event_decodes_its_rfc3339_times() -> None:
    """The generated model uses this parser (a union of date-time and integer nanoseconds)."""
    from datadog_deployments_api.models import DORADeploymentObjectAttributes

    attributes = DORADeploymentObjectAttributes.from_dict(
        {"service": "checkout-api", "started_at": "2023-08-31T14:26:14.5Z"}
    )
    assert attributes.started_at == datetime(2023, 8, 31, 14, 26, 14, 500000, tzinfo=UTC)
    nanoseconds = DORADeploymentObjectAttributes.from_dict(
        {"service": "checkout-api", "started_at": 1693491974000000000}
    )
    assert nanoseconds.started_at == 1693491974000000000
