"""Streamed listings, time windows and the plan as people read it, without a server."""

from __future__ import annotations

import argparse
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from datadog_deployments.cli.gates import plan_lines
from datadog_deployments.cli.gates_document import parse
from datadog_deployments.cli.gates_plan import plan
from datadog_deployments.cli.listing import Column, Listing
from datadog_deployments.cli.outcome import UsageError
from datadog_deployments.cli.output import Output
from datadog_deployments.cli.parser_extra import duration
from datadog_deployments.cli.time_window import window

COLUMNS = (Column("id", "id", 6), Column("name", "name", 0))


def output(*, json_mode: bool = False) -> tuple[Output, io.StringIO, io.StringIO]:
    stdout, stderr = io.StringIO(), io.StringIO()
    out = Output(stdout=stdout, stderr=stderr, json_mode=json_mode, environ={})
    out.add_secret("secret-key-value")
    return out, stdout, stderr


def test_a_table_streams_rows_under_a_header_one_line_each() -> None:
    out, stdout, _ = output()
    listing = Listing(out, COLUMNS, csv_mode=False, noun="things")
    listing.add({"id": "a1", "name": "first\nline"})
    assert stdout.getvalue() == "ID      NAME\na1      first line\n"  # written at once
    listing.add({"id": "b2", "name": None})
    listing.close()
    assert stdout.getvalue().splitlines()[-1] == "b2      -"


def test_an_empty_table_says_so_on_stderr() -> None:
    out, stdout, stderr = output()
    listing = Listing(out, COLUMNS, csv_mode=False, noun="things")
    listing.close()
    assert stdout.getvalue() == "" and stderr.getvalue() == "(no things)\n"


def test_csv_defuses_formulas_and_redacts_keys() -> None:
    out, stdout, _ = output()
    listing = Listing(out, COLUMNS, csv_mode=True, noun="things")
    listing.add({"id": "=cmd()", "name": "uses secret-key-value, ok"})
    listing.close()
    assert stdout.getvalue() == 'id,name\n\'=cmd(),"uses ****, ok"\n'


@pytest.mark.parametrize("count", [0, 1, 3])
def test_json_items_and_the_outcome_make_one_document(count: int) -> None:
    out, stdout, _ = output(json_mode=True)
    listing = Listing(out, COLUMNS, csv_mode=False, noun="things")
    for index in range(count):
        listing.add({"id": str(index), "name": "secret-key-value"})
    listing.finish({"command": "x", "exit_code": 0})
    document = json.loads(stdout.getvalue())
    assert document["items"] == [{"id": str(i), "name": "****"} for i in range(count)]
    assert (document["command"], document["exit_code"]) == ("x", 0)


def test_duration_and_window() -> None:
    assert duration("30d") == 30 * 86400 and duration("90m") == 5400 and duration("2w") == 1209600
    with pytest.raises(argparse.ArgumentTypeError):
        duration("soon")
    args = argparse.Namespace(since=None, from_=None, to="2026-12-01T00:00:00Z", default_since=60)
    start, end = window(args)
    assert end == datetime(2026, 12, 1, tzinfo=timezone.utc) and end - start == timedelta(minutes=1)
    args.from_ = "2026-12-02T00:00:00Z"
    with pytest.raises(UsageError, match="empty window"):
        window(args)
    args.since = 5
    with pytest.raises(UsageError, match="--since or --from, not both"):
        window(args)


def test_a_window_longer_than_the_api_lists_is_refused_before_sending() -> None:
    from datadog_deployments.cli.parser_extra import EVALUATIONS_WINDOW

    assert duration("30d") == EVALUATIONS_WINDOW
    args = argparse.Namespace(since=duration("31d"), from_=None, to=None, default_since=60)
    with pytest.raises(UsageError, match="--since covers 31 days; Datadog lists at most 30"):
        window(args, EVALUATIONS_WINDOW)
    args.since = duration("30d")
    start, end = window(args, EVALUATIONS_WINDOW)
    assert end - start == timedelta(days=30)
    wide = argparse.Namespace(
        since=None, from_="2026-10-01T00:00:00Z", to="2026-12-01T00:00:00Z", default_since=60
    )
    with pytest.raises(UsageError, match="--from/--to covers 61 days"):
        window(wide, EVALUATIONS_WINDOW)
    assert window(wide) is not None  # the DORA searches have no such limit


def test_plan_lines_show_each_change_and_its_fields() -> None:
    rule = {"name": "m", "type": "monitor", "options": {"query": "service:web"}}
    desired = parse(
        {"gates": [{"service": "web", "env": "prod", "dry_run": True, "rules": [rule]}]}, "f"
    )
    current = parse({"gates": [{"service": "web", "env": "prod", "rules": []}]}, "f")
    current = [type(g)(g.key, g.dry_run, g.rules, id="g1") for g in current]
    assert plan_lines(plan(desired, current)) == [
        "+ create rule 'm' of web / prod / default",
        "    dry_run: false",
        '    options.query: "service:web"',
        '    type: "monitor"',
        "~ update gate web / prod / default",
        "    dry_run: false -> true",
    ]
