"""gate why | evaluations and the rest of DORA against the fake server, as a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cli_support import FAST, Fake, clean_environ, ddeploy, github_outputs
from datadog_deployments.testing import MonitorAlert, RuleScript

FAILING_RULES = [
    RuleScript(
        "Service monitors",
        status="fail",
        reason="One or more monitors in ALERT state",
        options={"query": "service:checkout-api"},
        monitors=[MonitorAlert("4242", "Alert", "https://app.datadoghq.com/monitors/4242")],
    ),
    RuleScript(
        "Faulty deployment detection",
        status="fail",
        reason="error rate up",
        type="faulty_deployment_detection",
        options={"duration": 900},
        faulty_resources=["GET /checkout"],
    ),
    RuleScript("Latency", status="pass", options={"query": "service:checkout-api p99"}),
]
ONE = ("--service", "checkout-api", "--env", "production")


def test_evaluate_fail_shows_why_and_puts_it_in_the_summary(fake: Fake, tmp_path: Path) -> None:
    fake.dd.add_gate("checkout-api", "production", rules=FAILING_RULES)
    summary = tmp_path / "summary.md"
    run = fake.gate("evaluate", *ONE, *FAST, env=clean_environ(GITHUB_STEP_SUMMARY=str(summary)))
    assert run.code == 1, run.stderr
    assert "monitor 4242 Alert  https://app.datadoghq.com/monitors/4242" in run.stderr
    assert "faulty resource: GET /checkout" in run.stderr
    text = summary.read_text()
    assert "[monitor 4242](https://app.datadoghq.com/monitors/4242) Alert" in text
    assert "faulty resource `GET /checkout`" in text


def test_why_lists_each_rule_failed_first(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", rules=FAILING_RULES)
    evaluated = fake.gate("evaluate", *ONE, *FAST, "--json")
    eid = evaluated.json()["evaluation_id"]
    assert evaluated.json()["why"][0]["status"] == "fail"
    run = fake.gate("why", eid)
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("FAIL  Faulty deployment detection [faulty_deployment_detection]")
    assert "    monitor 4242 Alert  https://app.datadoghq.com/monitors/4242" in lines
    assert lines[-1].startswith("PASS  Latency [monitor]")
    assert "2 of 3 rule(s) failed" in run.outcome
    document = fake.gate("why", eid, "--json").json()
    assert [r["name"] for r in document["why"]][-1] == "Latency"
    assert document["why"][1]["monitors"][0]["id"] == "4242"
    unknown = fake.gate("why", "00000000-0000-0000-0000-000000000000", "--json")
    assert unknown.code == 4, unknown.stderr
    assert "Datadog has no rule evaluations for evaluation" in unknown.outcome
    assert "refused" not in unknown.outcome and unknown.json()["outcome"] == "not_found"
    asked = len(fake.dd.requests)
    malformed = fake.gate("why", "not-an-id")
    assert malformed.code == 2 and "is not an evaluation ID" in malformed.outcome
    assert len(fake.dd.requests) == asked  # nothing sent


def test_evaluations_newest_first_with_links_as_table_csv_and_json(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", rules=FAILING_RULES[2:])
    ids = [
        fake.dd.start_evaluation(
            "checkout-api", "production", version=f"v{n}", ago=600 - n
        ).evaluation_id
        for n in range(5)
    ]
    table = fake.gate("evaluations", "--service", "checkout-api", "--since", "2h")
    assert table.code == 0, table.stderr
    rows = table.stdout.splitlines()
    assert rows[0].split()[:3] == ["STARTED_AT", "STATUS", "SERVICE"]
    assert [ids.index(next(i for i in ids if i in row)) for row in rows[1:]] == [4, 3, 2, 1, 0]
    assert "5 evaluation(s)" in table.outcome
    as_csv = list(csv.DictReader(io.StringIO(fake.gate("evaluations", "--csv").stdout)))
    assert as_csv[0]["version"] == "v4" and "cdgates" in as_csv[0]["url"]
    limited = fake.gate("evaluations", "--json", "--limit", "2").json()
    assert [item["evaluation_id"] for item in limited["items"]] == [ids[4], ids[3]]
    assert limited["count"] == 2 and limited["exit_code"] == 0


def test_mark_failed_by_id_and_by_version(fake: Fake) -> None:
    deployment = fake.dd.add_deployment(
        {"service": "checkout-api", "env": "production", "version": "2.4.0",
         "started_at": "2026-11-30T10:00:00Z", "finished_at": "2026-11-30T10:05:00Z"}
    )  # fmt: skip
    run = fake.dora("mark-failed", deployment, "--remediation", "rollback",
                    "--remediation-version", "2.3.9")  # fmt: skip
    assert run.code == 0, run.stderr
    assert fake.dd.change_failures[deployment] == {
        "change_failure": True,
        "remediation": {"type": "rollback", "version": "2.3.9"},
    }
    back = fake.dora("mark-failed", *ONE, "--version", "2.4.0", "--not-failed")
    assert back.code == 0, back.stderr
    assert fake.dd.change_failures[deployment]["change_failure"] is False
    missing = fake.dora("mark-failed", "nosuchdeployment00")
    assert missing.code == 4 and "no such deployment event" in missing.outcome


def test_failure_send_get_delete(fake: Fake, tmp_path: Path) -> None:
    outputs = tmp_path / "outputs"
    sent = fake.dora(
        "failure", "send", "--service", "checkout-api", "--env", "production", "--severity",
        "SEV-2", "--name", "Checkout errors", "--started-at", "2026-12-01T09:00:00Z",
        "--finished-at", "2026-12-01T09:30:00Z", "--no-git",
        env=clean_environ(GITHUB_OUTPUT=str(outputs)), cwd=tmp_path,
    )  # fmt: skip
    assert sent.code == 0, sent.stderr
    failure_id = sent.stdout.strip()
    assert github_outputs(outputs)["failure_id"] == failure_id
    stored = fake.dd.failures[failure_id]
    assert stored["services"] == ["checkout-api"] and stored["severity"] == "SEV-2"
    got = fake.dora("failure", "get", failure_id)
    assert got.code == 0 and "Checkout errors" in got.stdout
    assert "2026-12-01T09:00:00Z" in got.stdout and "2026-12-01T09:30:00Z" in got.stdout
    as_json = fake.dora("failure", "get", failure_id, "--json").json()["failure"]
    assert (as_json["started_at"], as_json["finished_at"]) == (
        "2026-12-01T09:00:00Z", "2026-12-01T09:30:00Z"
    )  # fmt: skip
    assert fake.dora("failure", "delete", failure_id).code == 0
    assert failure_id not in fake.dd.failures
    assert fake.dora("failure", "get", failure_id).code == 4


def test_searches_page_through_a_long_history(fake: Fake) -> None:
    now = datetime.now(timezone.utc)
    for n in range(1200):  # more than two pages of the search
        started = now - timedelta(minutes=n + 1)
        fake.dd.add_deployment(
            {"service": "checkout-api" if n % 2 else "search", "env": "production",
             "version": f"v{n}", "started_at": started, "finished_at": started}
        )  # fmt: skip
    run = fake.dora("deployments", "--since", "2d", "--json")
    assert run.code == 0, run.stderr
    items = run.json()["items"]
    assert len(items) == 1200 and len({item["id"] for item in items}) == 1200
    assert items[0]["version"] == "v0"
    assert items[0]["started_at"].endswith("Z") and "T" in items[0]["started_at"]  # ISO 8601
    only = fake.dora("deployments", "--service", "checkout-api", "--since", "2d", "--csv")
    assert len(only.stdout.splitlines()) == 601


def test_report_says_what_it_rests_on_and_what_it_cannot_compute(fake: Fake) -> None:
    now = datetime.now(timezone.utc)
    for day in range(10):
        started = now - timedelta(days=day, hours=1)
        fake.dd.add_deployment(
            {"service": "checkout-api", "env": "production", "started_at": started,
             "finished_at": started + timedelta(minutes=5),
             "git": {"commit_sha": "a" * 40, "repository_url": "https://github.com/o/r"}}
        )  # fmt: skip
    fake.dd.mark_failed(next(iter(fake.dd.deployments)))
    started = now - timedelta(days=2)
    finished = started + timedelta(hours=1)
    fake.dd.add_failure(
        {"services": ["checkout-api"], "env": "production", "started_at": started,
         "finished_at": finished}
    )  # fmt: skip
    run = fake.dora("report", *ONE, "--since", "30d", "--json")
    assert run.code == 0, run.stderr
    figures = {f["name"]: f for f in run.json()["report"]["figures"]}
    assert figures["deployment_frequency"]["based_on"] == 10
    assert figures["recovery_time"]["value"] == 3600.0
    assert figures["recovery_time"]["based_on"] == 1
    assert figures["change_lead_time"]["computable"] is False
    # marked through the API, but the events the API returns do not say so: not computed
    assert figures["change_failure_rate"]["computable"] is False
    assert "does not return the mark" in figures["change_failure_rate"]["method"]
    human = fake.dora("report", *ONE, "--since", "30d")
    assert "deployment frequency" in human.stdout and "[10 event(s)]" in human.stdout
    assert "cannot be computed" in human.stdout
    assert "cannot be computed from the API's answers: " in human.outcome


def test_a_listing_that_fails_half_way_still_writes_one_json_document(fake: Fake) -> None:
    from datadog_deployments.testing import Fault

    fake.dd.add_gate("checkout-api", "production", rules=FAILING_RULES[2:])
    fake.dd.inject(Fault.status(400),
                   operation="ListDeploymentGateEvaluations")  # fmt: skip
    run = ddeploy("gate", "evaluations", "--json", *fake.host)
    assert run.code == 4
    document = run.json()
    assert document["items"] == [] and document["outcome"] == "error"


def test_on_a_terminal_a_listing_counts_what_came_so_far(fake: Fake) -> None:
    import os
    import pty
    import subprocess

    from cli_support import DDEPLOY

    now = datetime.now(timezone.utc)
    for n in range(30):
        started = now - timedelta(minutes=n + 1)
        fake.dd.add_deployment({"service": "web", "started_at": started, "finished_at": started})
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [*DDEPLOY, "dora", "deployments", *fake.host],
            env={**clean_environ(), "TERM": "xterm"},
            stdout=subprocess.PIPE, stderr=follower, timeout=30, check=False,
        )  # fmt: skip
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    stderr = b"".join(chunks).decode()
    assert done.returncode == 0
    assert "\r30 deployment events so far\x1b[K" in stderr
    assert len(done.stdout.decode().splitlines()) == 31  # the header and 30 rows, no progress


def test_wait_shows_why_too_and_evaluations_follow_the_cursor(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", rules=FAILING_RULES)
    evaluation = fake.dd.start_evaluation("checkout-api", "production")
    waited = fake.gate("wait", evaluation.evaluation_id, *FAST)
    assert waited.code == 1, waited.stderr
    assert "faulty resource: GET /checkout" in waited.stderr
    for n in range(250):  # more than one page of 200
        fake.dd.start_evaluation("checkout-api", "production", version=f"v{n}", ago=300 + n)
    fake.dd.clear_requests()
    listed = fake.gate("evaluations", "--since", "1h", "--json")
    assert listed.code == 0, listed.stderr
    assert len({item["evaluation_id"] for item in listed.json()["items"]}) == 251
    assert len(fake.dd.requests_for("ListDeploymentGateEvaluations")) == 2


def test_failure_send_is_retried_safely_with_one_id(fake: Fake, tmp_path: Path) -> None:
    from datadog_deployments.testing import Fault

    fake.dd.inject(Fault.status(503), operation="CreateDORAFailure")
    sent = fake.dora("failure", "send", "--service", "web", "--started-at", "1764580000",
                     "--no-git", cwd=tmp_path)  # fmt: skip
    assert sent.code == 0, sent.stderr
    attempts = fake.dd.requests_for("CreateDORAFailure")
    assert len(attempts) == 2
    ids = {json.loads(r.body)["data"]["attributes"]["id"] for r in attempts}
    assert len(ids) == 1 and list(fake.dd.failures) == [sent.stdout.strip()]


def test_a_reader_that_stops_reading_ends_the_listing_quietly(fake: Fake, tmp_path: Path) -> None:
    """`ddeploy dora deployments | head -1`: the closed pipe is the reader's choice, no bug."""
    import subprocess

    from cli_support import DDEPLOY

    now = datetime.now(timezone.utc)
    for n in range(3):
        started = now - timedelta(minutes=n + 1)
        fake.dd.add_deployment({"service": "web", "started_at": started, "finished_at": started})
    outputs = tmp_path / "outputs"
    for extra in ((), ("--json",)):
        read, write = os.pipe()
        os.close(read)  # the reader is gone before anything is written
        with open(write, "wb") as stdout:
            done = subprocess.run(
                [*DDEPLOY, "dora", "deployments", "--since", "1d", *extra, *fake.host],
                env=clean_environ(GITHUB_OUTPUT=str(outputs)),
                stdin=subprocess.DEVNULL,
                stdout=stdout,
                stderr=subprocess.PIPE,
                text=True,
                timeout=30,
                check=False,
            )
        assert done.returncode == 141, done.stderr
        assert "Traceback" not in done.stderr and "INTERNAL" not in done.stderr
        assert "BrokenPipe" not in done.stderr and "Exception ignored" not in done.stderr
        assert github_outputs(outputs)["outcome"] == "closed"


def test_a_window_past_the_apis_30_days_is_refused_without_asking(fake: Fake) -> None:
    evaluations = ddeploy("gate", "evaluations", "--since", "31d", *fake.host)
    assert evaluations.code == 2, evaluations.stderr
    assert "Datadog lists at most 30 days" in evaluations.outcome
    why = ddeploy(
        "gate", "why", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "--since", "5w", *fake.host
    )
    assert why.code == 2, why.stderr
    assert fake.dd.requests == []


def test_service_and_env_mean_exactly_the_value_given(fake: Fake) -> None:
    now = datetime.now(timezone.utc)
    for service, env in (("my svc", "prod"), ("x", "staging"), ('odd"one\\', "prod")):
        fake.dd.add_deployment(
            {"service": service, "env": env, "started_at": now, "finished_at": now}
        )
    spaced = fake.dora("deployments", "--service", "my svc", "--since", "1d", "--json")
    assert spaced.code == 0, spaced.stderr
    assert [item["service"] for item in spaced.json()["items"]] == ["my svc"]
    sneaky = fake.dora("deployments", "--service", "x -env:prod", "--since", "1d", "--json")
    assert sneaky.code == 0, sneaky.stderr
    assert sneaky.json()["items"] == []  # no service has that name; env is not filtered
    odd = fake.dora("deployments", "--service", 'odd"one\\', "--since", "1d", "--json")
    assert [item["service"] for item in odd.json()["items"]] == ['odd"one\\'], odd.stderr
