"""`gate why` rendering and the DORA report calculator, without a server."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from datadog_deployments.cli.dora_report import ReportBuilder
from datadog_deployments.cli.gate_why import explain, lines

FAILED_MONITORS = {
    "name": "Service monitors",
    "type": "monitor",
    "status": "fail",
    "dry_run": False,
    "reason": "One or more monitors in ALERT state",
    "evaluation_id": "r-1",
    "rule_id": "rule-a",
    "failures": {
        "monitors": [{"id": "123", "state": "Alert", "url": "https://app.datadoghq.com/m/123"}],
        "faulty_apm_resources": [],
        "narratives": [],
    },
}
FAILED_FDD = {
    "name": "Faulty deployment detection",
    "type": "faulty_deployment_detection",
    "status": "fail",
    "dry_run": True,
    "reason": "error rate up",
    "evaluation_id": "r-2",
    "failures": {
        "monitors": [],
        "faulty_apm_resources": ["GET /checkout"],
        "narratives": [{"hostgroup": "eu1", "id": "n-1"}],
    },
}
PASSED = {"name": "Another", "type": "monitor", "status": "pass", "evaluation_id": "r-3",
          "failures": {"monitors": [], "faulty_apm_resources": [], "narratives": []}}  # fmt: skip


def test_why_puts_failed_rules_first_with_monitors_and_resources() -> None:
    rules = explain([("r-3", PASSED), ("r-1", FAILED_MONITORS), ("r-2", FAILED_FDD)])
    assert [r.name for r in rules] == [
        "Faulty deployment detection",
        "Service monitors",
        "Another",
    ]
    assert lines(rules) == [
        "FAIL (dry run)  Faulty deployment detection [faulty_deployment_detection]: error rate up",
        "    faulty resource: GET /checkout",
        "    narrative: eu1 (n-1)",
        "FAIL  Service monitors [monitor]: One or more monitors in ALERT state",
        "    monitor 123 Alert  https://app.datadoghq.com/m/123",
        "PASS  Another [monitor]",
    ]
    document = rules[1].json()
    assert document["monitors"] == [
        {"id": "123", "state": "Alert", "url": "https://app.datadoghq.com/m/123"}
    ]
    assert document["rule_id"] == "rule-a"


def test_why_deduplicates_by_rule_evaluation_id_and_survives_missing_fields() -> None:
    rules = explain([("r-1", FAILED_MONITORS), ("r-1", FAILED_MONITORS), ("x", {"failures": None})])
    assert len(rules) == 2
    bare = rules[1]
    assert (bare.name, bare.status, bare.monitors, bare.rule_evaluation_id) == (
        "(unnamed rule)", "unknown", (), "x",
    )  # fmt: skip
    assert lines([]) == ["(no rule evaluations recorded for this evaluation yet)"]


START = datetime(2026, 11, 1, tzinfo=timezone.utc)
END = START + timedelta(days=30)


def deployment(**extra: Any) -> dict[str, Any]:
    return {
        "service": "web",
        "env": "prod",
        "started_at": "2026-11-02T10:00:00Z",
        "finished_at": "2026-11-02T10:05:00Z",
        "git": {"commit_sha": "a" * 40, "repository_id": "github.com/o/r"},
        **extra,
    }


def test_report_from_deployments_without_marks_says_what_cannot_be_computed() -> None:
    report = ReportBuilder("web", "prod", START, END)
    for _ in range(15):
        report.add_deployment(deployment())
    report.add_deployment(deployment(service="api"))  # the search may return more: not counted
    frequency, failure_rate, lead_time, recovery = report.figures()
    assert (frequency.value, frequency.based_on) == (0.5, 15)
    assert frequency.text == "0.50 per day (3.5 per week): 15 deployment(s) in 30 day(s)"
    assert not failure_rate.computable and failure_rate.value is None
    assert "none of the 15 deployment event(s) says whether it was a change failure" in (
        failure_rate.text
    )
    assert not lead_time.computable
    assert "15 of 15 deployment event(s) carry a git commit" in lead_time.text
    assert not recovery.computable
    assert recovery.method == "no failure events of the service in the window"
    assert report.json()["ignored_events"] == 1


def test_report_uses_change_failure_marks_and_failure_events_when_present() -> None:
    report = ReportBuilder("web", None, START, END)
    for failed in (True, False, False, False):
        report.add_deployment(deployment(change_failure=failed))
    report.add_deployment(deployment())  # no mark: left out of the rate, said so
    failure = {"services": ["web"], "env": "prod", "started_at": "2026-11-03T10:00:00Z"}
    report.add_failure({**failure, "finished_at": "2026-11-03T10:30:00Z"})
    report.add_failure({**failure, "finished_at": "2026-11-03T11:30:00Z"})
    report.add_failure(failure)  # still open
    report.add_failure({**failure, "services": ["api"]})  # another service's
    _, rate, _, recovery = report.figures()
    assert (rate.value, rate.based_on) == (0.25, 4)
    assert rate.text == (
        "25.0%: 1 of 4 deployment(s) marked as change failures "
        "(1 deployment(s) without the mark left out)"
    )
    assert (recovery.value, recovery.based_on) == (3600.0, 2)
    assert recovery.text == (
        "median 60.0 min from start to finish over 2 failure event(s); 1 still open left out"
    )
    assert report.json()["failures"] == 3


def test_an_empty_window_has_a_zero_frequency_and_nothing_else() -> None:
    report = ReportBuilder("web", "prod", START, END)
    figures = report.figures()
    assert figures[0].value == 0.0 and figures[0].based_on == 0
    assert [f.computable for f in figures] == [True, False, False, False]
    assert figures[1].method == "no deployment events in the window"


def test_the_step_summary_shows_why_and_links_only_http_urls() -> None:
    from datadog_deployments.cli.exit_codes import ExitCode
    from datadog_deployments.cli.github import step_outputs, summary
    from datadog_deployments.cli.outcome import Outcome

    rules = explain([("r-1", FAILED_MONITORS), ("r-2", FAILED_FDD), ("r-3", PASSED)])
    evil = {**FAILED_MONITORS, "evaluation_id": "r-4", "name": "Evil|rule"}
    evil["failures"] = {"monitors": [{"id": "9", "state": "Alert", "url": "javascript:alert(1)"}]}
    rules += explain([("r-4", evil)])
    data = {"evaluation_id": "e-1", "why": [rule.json() for rule in rules]}
    text = summary(Outcome("gate why", "ok", ExitCode.PASS, "2 of 3 rule(s) failed", data))
    assert "- **Service monitors**: [monitor 123](https://app.datadoghq.com/m/123) Alert" in text
    assert "- **Faulty deployment detection**: faulty resource `GET /checkout`; narrative" in text
    assert "- **Evil\\|rule**: monitor 9 (javascript:alert(1)) Alert" in text  # no link
    assert "Another" not in text.split("Why:")[1]  # passed rules need no why
    plan = {"changes": [{"action": "update", "kind": "rule", "rule": "m",
                         "gate": {"service": "web", "env": "prod", "identifier": "default"},
                         "fields": [{"path": "options.duration"}]}]}  # fmt: skip
    outcome = Outcome("gates plan", "changes", ExitCode.CHANGES, "1 to update", {"plan": plan})
    outcome.data["changes"] = 1
    assert "| update rule | rule m of web / prod / default | options.duration |" in summary(outcome)
    assert step_outputs(outcome)["changes"] == "1"


def test_service_and_env_are_quoted_in_the_search_query() -> None:
    from datadog_deployments.cli.dora_history import _query, term

    assert term("service", "my svc") == 'service:"my svc"'
    assert term("service", 'a"b\\c') == 'service:"a\\"b\\\\c"'
    assert _query("x -env:prod", "checkout*", "team:a") == (
        'service:"x -env:prod" env:"checkout*" team:a'
    )
    assert _query(None, None, None) is None
