"""ddeploy gate evaluate | wait | get, run as a subprocess against the fake server."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
from cli_support import (
    FAST,
    PROGRESS,
    Fake,
    assert_no_keys,
    clean_environ,
    ddeploy,
    github_outputs,
)
from client_support import API_KEY, APP_KEY
from datadog_deployments.testing import Fault, GateScript, RuleScript

TRIGGER = "TriggerDeploymentGatesEvaluation"
RESULT = "GetDeploymentGatesEvaluationResult"
RULES = [
    RuleScript("Check service monitors", "pass"),
    RuleScript("Faulty deployment detection", "fail", reason="error rate up 40% on /checkout"),
]
FAILING = GateScript(verdict="fail", rules=RULES)
NEVER = GateScript(in_progress_for=float("inf"))
TIMESTAMPED_POLL = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ poll \d+: (in_progress|pass|fail) after \d+\.\ds", re.M
)
ONE_EVALUATION = ("--service", "checkout-api", "--env", "production")


def trigger(fake: Fake) -> str:
    headers = {"DD-API-KEY": API_KEY, "DD-APPLICATION-KEY": APP_KEY}
    body = {
        "data": {
            "type": "deployment_gates_evaluation_request",
            "attributes": {"service": "checkout-api", "env": "production"},
        }
    }
    answer = httpx.post(
        f"{fake.dd.url}/api/v2/deployments/gates/evaluation", json=body, headers=headers
    )
    evaluation_id: str = answer.json()["data"]["id"]
    return evaluation_id


def test_evaluate_pass_tells_the_story_on_stderr_in_plain_timestamped_lines(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", script=PROGRESS)
    run = fake.gate("evaluate", *ONE_EVALUATION, *FAST)
    assert run.code == 0, run.stderr
    assert run.stdout == ""
    (evaluation,) = fake.dd.evaluations
    assert f"Evaluation ID: {evaluation.evaluation_id}" in run.stderr
    assert "URL: https://app.datadoghq.com/" in run.stderr
    polls = TIMESTAMPED_POLL.findall(run.stderr)
    assert polls[0] == "in_progress" and polls[-1] == "pass"
    assert "\r" not in run.stderr and "\x1b" not in run.stderr  # not a terminal: no redrawing
    assert len([line for line in run.stderr.splitlines() if "preview" in line]) == 1  # once
    assert re.search(r"Check service monitors +pass", run.stderr)
    assert run.outcome.startswith("ddeploy: PASS: the gate passed")
    assert run.outcome.endswith("(exit 0: the gate's verdict is pass)")


def test_evaluate_fail_json_is_one_document_with_failed_rules_first(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", script=FAILING)
    run = fake.gate("evaluate", *ONE_EVALUATION, "--version", "2.4.0", *FAST, "--json")
    assert run.code == 1
    document = run.json()  # stdout is exactly one JSON document
    (evaluation,) = fake.dd.evaluations
    assert evaluation.version == "2.4.0"
    assert document["outcome"] == "fail" and document["verdict"] == "fail"
    assert document["exit_code"] == 1 and document["failed_open"] is False
    assert document["evaluation_id"] == evaluation.evaluation_id
    assert evaluation.evaluation_id in document["url"]
    assert document["rules"] == [
        {
            "name": "Faulty deployment detection",
            "status": "fail",
            "reason": "error rate up 40% on /checkout",
            "dry_run": False,
        },
        {"name": "Check service monitors", "status": "pass", "reason": None, "dry_run": False},
    ]
    timings = document["timings"]
    assert timings["polls"] == 1 and 0 < timings["elapsed_seconds"] < 10
    assert timings["started_at"].endswith("Z") and timings["finished_at"].endswith("Z")
    table = run.stderr[run.stderr.index("RULE") :]
    assert table.index("Faulty deployment detection") < table.index("Check service monitors")
    assert "error rate up 40% on /checkout" in run.outcome
    assert run.outcome.endswith("(exit 1: the gate's verdict is fail)")


def test_evaluate_inline_rules_from_json_needs_no_gate(fake: Fake, tmp_path: Path) -> None:
    configuration = {
        "dry_run": False,
        "rules": [
            {"type": "monitor", "name": "Monitors", "options": {"query": "service:web"}},
            {
                "type": "faulty_deployment_detection",
                "name": "FDD",
                "options": {"duration": 900, "excluded_resources": ["GET /health"]},
            },
        ],
    }
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(configuration))
    run = fake.gate(
        "evaluate", "--service", "web", "--env", "staging", "--identifier", "pre-deploy",
        "--version", "1.0", "--primary-tag", "region:eu1", "--rules", str(rules), *FAST,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    (request,) = fake.dd.requests_for(TRIGGER)
    assert request.json is not None
    assert request.json["data"]["attributes"] == {
        "service": "web",
        "env": "staging",
        "identifier": "pre-deploy",
        "version": "1.0",
        "primary_tag": "region:eu1",
        "configuration": configuration,
    }
    assert "with the inline rules of" in run.stderr


def test_evaluate_inline_rules_from_yaml_and_stdin(fake: Fake, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - type: monitor\n    name: Monitors\n    options: {query: x}\n")
    assert fake.gate("evaluate", *ONE_EVALUATION, "--rules", str(rules), *FAST).code == 0
    listed = '[{"type": "monitor", "name": "M", "options": {"query": "y"}}]'
    run = fake.gate("evaluate", *ONE_EVALUATION, "--rules", "-", *FAST, "--quiet")
    assert run.code == 2  # nothing on stdin: an empty document
    assert run.stderr.splitlines() == [run.outcome]  # --quiet: the outcome line only
    assert "want an object with 'rules'" in run.outcome
    run = ddeploy(
        "gate", "evaluate", *ONE_EVALUATION, "--rules", "-", *FAST, *fake.host, stdin=listed
    )
    assert run.code == 0, run.stderr
    sent = [
        r.json["data"]["attributes"]["configuration"]
        for r in fake.dd.requests_for(TRIGGER)
        if r.json
    ]
    assert sent == [
        {"rules": [{"type": "monitor", "name": "Monitors", "options": {"query": "x"}}]},
        {"rules": [{"type": "monitor", "name": "M", "options": {"query": "y"}}]},
    ]


def test_an_invalid_rules_file_is_a_usage_error_and_nothing_is_sent(
    fake: Fake, tmp_path: Path
) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text(
        json.dumps(
            [
                {
                    "type": "faulty_deployment_detection",
                    "name": "FDD",
                    "options": {
                        "duration": 7201,
                        "excluded_resources": [],
                        "allowed_resources": [],
                    },
                }
            ]
        )
    )
    run = fake.gate("evaluate", *ONE_EVALUATION, "--rules", str(rules))
    assert run.code == 2
    assert "at most 7200 seconds" in run.outcome
    assert "not both" in run.outcome
    assert run.outcome.endswith("(exit 2: usage or configuration error)")
    assert fake.dd.requests == []


def test_no_wait_prints_only_the_evaluation_id_on_stdout(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", script=NEVER)
    run = fake.gate("evaluate", *ONE_EVALUATION, "--no-wait")
    assert run.code == 0
    (evaluation,) = fake.dd.evaluations
    assert run.stdout == evaluation.evaluation_id + "\n"
    assert fake.dd.polls(evaluation.evaluation_id) == 0
    assert f"ddeploy gate wait {evaluation.evaluation_id}" in run.outcome
    document = fake.gate("evaluate", *ONE_EVALUATION, "--no-wait", "--json").json()
    assert document["outcome"] == "ok" and document["exit_code"] == 0
    assert document["evaluation_id"] == fake.dd.evaluations[-1].evaluation_id


def test_wait_attaches_to_an_evaluation_another_job_triggered(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", script=FAILING)
    evaluation_id = trigger(fake)
    run = fake.gate("wait", evaluation_id, *FAST, "--json")
    assert run.code == 1
    assert run.json()["evaluation_id"] == evaluation_id
    assert fake.dd.requests_for(TRIGGER) == fake.dd.requests_for(TRIGGER)[:1]  # no new trigger
    assert f"Waiting for the verdict of evaluation {evaluation_id}" in run.stderr


def test_get_prints_the_state_once_with_the_verdicts_exit_code(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", script=GateScript(in_progress_polls=1))
    evaluation_id = trigger(fake)
    pending = fake.gate("get", evaluation_id, "--json")
    assert pending.code == 5
    assert pending.json()["outcome"] == "pending" and pending.json()["verdict"] is None
    assert pending.json()["status"] == "in_progress"
    assert pending.outcome.endswith("(exit 5: no verdict yet)")
    decided = fake.gate("get", evaluation_id)
    assert decided.code == 0 and "PASS" in decided.outcome
    assert fake.dd.polls(evaluation_id) == 2
    fake.dd.add_gate("checkout-api", "production", script=GateScript(verdict="fail"))
    assert fake.gate("get", trigger(fake)).code == 1


def test_no_verdict_within_the_timeout_is_exit_3(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", script=NEVER)
    run = fake.gate("evaluate", *ONE_EVALUATION, "--timeout", "2.5", *FAST)
    assert run.code == 3
    assert run.outcome.startswith("ddeploy: TIMED OUT: no verdict for evaluation")
    assert "last status: in_progress" in run.outcome
    assert run.outcome.endswith("(exit 3: timed out waiting for the verdict)")
    assert re.search(r"Check service monitors +in_progress", run.stderr)


def test_a_team_may_fail_open_on_timeouts_only_with_on_timeout(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", script=NEVER)
    run = fake.gate(
        "evaluate", *ONE_EVALUATION, "--timeout", "2.5", *FAST, "--on-timeout", "pass", "--json"
    )
    assert run.code == 0
    document = run.json()
    assert document["outcome"] == "timeout" and document["failed_open"] is True
    assert document["exit_code"] == 0 and document["verdict"] is None
    assert "exit 0 because of --on-timeout pass; otherwise exit 3" in run.outcome
    # --on-error does not cover timeouts
    run = fake.gate("evaluate", *ONE_EVALUATION, "--timeout", "2.5", *FAST, "--on-error", "pass")
    assert run.code == 3


def test_no_gate_is_an_api_error_naming_service_env_and_identifier(fake: Fake) -> None:
    run = fake.gate("evaluate", "--service", "web", "--env", "prod", "--identifier", "canary")
    assert run.code == 4
    assert "no deployment gate for service 'web', env 'prod', identifier 'canary'" in run.outcome
    assert "--rules FILE" in run.outcome
    assert run.outcome.endswith("(exit 4: Datadog refused the request or answered unusably)")
    assert "Traceback" not in run.stderr
    # a 404 is a mistake in the job's setup: failing open on errors does not hide it
    run = fake.gate("evaluate", "--service", "web", "--env", "prod", "--on-error", "pass", "--json")
    assert run.code == 4
    assert run.json()["outcome"] == "error" and run.json()["error"]["status"] == 404
    assert run.json()["failed_open"] is False


def test_server_and_network_errors_are_exit_4(fake: Fake) -> None:
    fake.dd.inject(Fault.status(503), times=None, operation=RESULT)
    run = fake.gate("get", "00000000-0000-0000-0000-000000000000", "--timeout", "3")
    assert run.code == 4
    assert "Datadog failed (HTTP 503" in run.outcome
    assert run.outcome.endswith("(exit 4: Datadog could not answer)")
    closed = ("--host", "http://127.0.0.1:9")  # discard port: nothing listens
    run = ddeploy("gate", "get", "x", *closed, "--timeout", "3")
    assert run.code == 4
    assert "cannot reach http://127.0.0.1:9" in run.outcome
    assert run.outcome.startswith("ddeploy: DATADOG UNAVAILABLE: ")


def test_the_message_says_what_went_wrong_and_suggests_only_what_is_not_in_effect(
    fake: Fake,
) -> None:
    unknown = "00000000-0000-0000-0000-000000000000"
    fake.dd.inject(Fault.slow(2.5), times=None, operation=RESULT)  # connected, then silence
    run = fake.gate("get", unknown, "--timeout", "1.5")
    assert run.code == 4, run.stderr
    assert "accepted the connection but did not answer in time (ReadTimeout" in run.outcome
    assert "cannot reach" not in run.outcome
    fake.dd.clear_faults()
    fake.dd.inject(Fault.status(503), times=None, operation=RESULT)
    run = fake.gate("get", unknown, "--timeout", "1.5")
    assert "or fail open with --on-error pass" in run.outcome
    run = fake.gate("get", unknown, "--timeout", "1.5", "--on-error", "pass")
    assert run.code == 0
    assert "Datadog failed (HTTP 503" in run.outcome
    assert "--on-error pass)" not in run.outcome.split("; otherwise")[0]
    assert "fail open with" not in run.outcome


def test_wrong_keys_are_named_without_showing_them(fake: Fake) -> None:
    env = clean_environ(DD_APP_KEY="wrong-app-key-123456")
    run = fake.gate("get", "x", env=env)
    assert run.code == 4
    assert "forbidden (HTTP 403" in run.outcome and "deployment_gates_evaluate" in run.outcome
    assert "wrong-app-key-123456" not in run.stderr + run.stdout


def test_usage_errors_are_exit_2_and_name_what_to_fix(fake: Fake) -> None:
    run = fake.gate("evaluate", "--service", "web")
    assert (run.code, "--env is required (or set DD_ENV)" in run.outcome) == (2, True)
    env = {k: v for k, v in clean_environ().items() if k != "DD_APP_KEY"}
    run = fake.gate("evaluate", *ONE_EVALUATION, env=env)
    assert run.code == 2 and "set DD_APP_KEY (or DATADOG_APP_KEY)" in run.outcome
    run = fake.gate("get", "x", env=clean_environ(DD_SITE="app.datadoghq.eu"))
    assert run.code == 2 and "unknown Datadog site 'app.datadoghq.eu' from DD_SITE" in run.outcome
    assert "did you mean datadoghq.eu?" in run.outcome
    run = fake.gate("evaluate", *ONE_EVALUATION, "--poll-interval", "0", "--json")
    assert run.code == 2 and run.json()["outcome"] == "usage"
    assert "(exit 2: usage error" in run.stderr
    assert fake.dd.requests == []


def test_defaults_from_dd_service_dd_env_and_the_datadog_key_spellings(fake: Fake) -> None:
    fake.dd.add_gate("web", "prod")
    env = {
        k: v for k, v in clean_environ(DD_SERVICE="web", DD_ENV="prod").items()
        if k not in ("DD_API_KEY", "DD_APP_KEY")
    }  # fmt: skip
    env.update(DATADOG_API_KEY=API_KEY, DATADOG_APP_KEY=APP_KEY)
    run = fake.gate("evaluate", *FAST, env=env)
    assert run.code == 0, run.stderr
    assert fake.dd.evaluations[0].service == "web"


def test_github_actions_outputs_and_step_summary(fake: Fake, tmp_path: Path) -> None:
    fake.dd.add_gate("checkout-api", "production", script=FAILING)
    outputs, summary = tmp_path / "output", tmp_path / "summary.md"
    outputs.write_text("earlier=kept\n")
    env = clean_environ(GITHUB_OUTPUT=str(outputs), GITHUB_STEP_SUMMARY=str(summary))
    run = fake.gate("evaluate", *ONE_EVALUATION, *FAST, env=env)
    assert run.code == 1
    (evaluation,) = fake.dd.evaluations
    values = github_outputs(outputs)
    assert values["earlier"] == "kept"  # appended, as the runner expects
    assert values["verdict"] == "fail" and values["outcome"] == "fail"
    assert values["exit_code"] == "1"
    assert values["evaluation_id"] == evaluation.evaluation_id
    assert values["url"].startswith("https://app.datadoghq.com/")
    markdown = summary.read_text(encoding="utf-8")
    assert markdown.startswith("### ❌ ddeploy gate evaluate: FAIL (checkout-api / production)")
    assert "| Faulty deployment detection | ❌ fail | error rate up 40% on /checkout |" in markdown
    assert f"[`{evaluation.evaluation_id}`](https://app.datadoghq.com/" in markdown
    assert "Exit code 1: the gate's verdict is fail." in markdown

    fake.dd.inject(Fault.status(503), times=None, operation=TRIGGER)
    run = fake.gate(
        "evaluate", "--service", "x", "--env", "y", "--on-error", "pass", "--timeout", "2", env=env
    )
    assert run.code == 0, run.stderr
    values = github_outputs(outputs)
    assert values["outcome"] == "unavailable" and values["exit_code"] == "0"
    assert values["verdict"] == "" and values["evaluation_id"] == ""
    assert "because of `--on-error pass` (otherwise 4)" in summary.read_text(encoding="utf-8")
    assert_no_keys(outputs.read_text(encoding="utf-8"), summary.read_text(encoding="utf-8"))
