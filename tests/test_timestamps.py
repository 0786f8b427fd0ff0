"""DORA timestamps in any unit or encoding become aware datetimes; datetimes become nanoseconds."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from datadog_deployments import to_datetime, to_unix_nanos
from hypothesis import given
from hypothesis import strategies as st

MOMENT = datetime(2023, 8, 31, 14, 26, 14, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "value",
    [
        1693491974,
        1693491974_000,
        1693491974_000_000,
        1693491974_000_000_000,
        "1693491974",
        " 1693491974000000000 ",
        1693491974.0,
        "2023-08-31T14:26:14Z",
        "2023-08-31T14:26:14+00:00",
        "2023-08-31T16:26:14+02:00",
        "2023-08-31T14:26:14",
        MOMENT,
        MOMENT.replace(tzinfo=None),
    ],
)
def test_every_unit_and_encoding_gives_the_same_moment(value: object) -> None:
    moment = to_datetime(value)
    assert moment.tzinfo is not None
    assert moment == MOMENT


def test_fractions_are_kept() -> None:
    assert to_datetime("1693491974.25") == MOMENT + timedelta(milliseconds=250)
    assert to_datetime(1693491974_250) == MOMENT + timedelta(milliseconds=250)


@pytest.mark.parametrize("value", ["yesterday", "", None, True, [], float("nan"), "1e999"])
def test_garbage_is_a_value_error(value: object) -> None:
    with pytest.raises(ValueError):
        to_datetime(value)


def test_send_side_turns_datetimes_into_nanoseconds_and_keeps_integers() -> None:
    assert to_unix_nanos(MOMENT) == 1693491974_000_000_000
    assert to_unix_nanos("2023-08-31T14:26:14Z") == 1693491974_000_000_000
    assert to_unix_nanos(1693491974) == 1693491974  # the server infers the unit of integers


@given(st.datetimes(min_value=datetime(1973, 3, 4), max_value=datetime(2200, 1, 1)))
def test_nanoseconds_round_trip(moment: datetime) -> None:
    aware = moment.replace(tzinfo=timezone.utc)
    assert to_datetime(to_unix_nanos(aware)) == aware


@pytest.mark.parametrize("value", ["1e999999999", 10**40, "-1e30"])
def test_out_of_range_is_a_value_error(value: object) -> None:
    with pytest.raises(ValueError):
        to_datetime(value)


@pytest.mark.parametrize(
    "wire", ["2023-08-31T14:26:14Z", 1693491974_000_000_000], ids=["date-time", "int64-ns"]
)
def test_a_read_event_time_is_datetime_or_int_and_either_gives_the_moment(wire: object) -> None:
    """The spec's DORAEventTime: the December pages send date-times, older events nanoseconds;
    the decoded model says which it got (never a str), and to_datetime reads both alike."""
    from datadog_deployments_api.models import DORADeploymentFetchResponse

    body = {
        "data": {
            "attributes": {"service": "shopist", "started_at": wire, "finished_at": wire},
            "id": "d-1",
            "type": "dora_deployment",
        }
    }
    attributes = DORADeploymentFetchResponse.from_dict(body).data.attributes
    started: datetime | int = attributes.started_at
    assert type(started) is (int if isinstance(wire, int) else datetime)
    assert to_datetime(started) == MOMENT
    assert not isinstance(attributes.finished_at, str)
