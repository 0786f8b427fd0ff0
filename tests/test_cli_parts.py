"""ddeploy's parts that need no process: rules checks, URL cleaning, outcome lines, Markdown."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from datadog_deployments.cli.exit_codes import ExitCode
from datadog_deployments.cli.github import step_outputs, summary
from datadog_deployments.cli.gitinfo import strip_credentials
from datadog_deployments.cli.outcome import Outcome, UsageError
from datadog_deployments.cli.rules import load_rules, problems_in

MONITOR = {"type": "monitor", "name": "Monitors", "options": {"query": "service:web"}}
FDD = {"type": "faulty_deployment_detection", "name": "FDD", "options": {"duration": 900}}


def test_valid_configurations_have_no_problems() -> None:
    assert problems_in({"dry_run": True, "rules": [MONITOR, FDD]}) == []
    assert problems_in([FDD, {**MONITOR, "dry_run": False}]) == []
    assert problems_in([{"type": "faulty_deployment_detection", "name": "bare"}]) == []


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ("rules", "want an object with 'rules'"),
        ({"rules": []}, "rules: must be a list of at least one rule"),
        ({"rule": [MONITOR]}, "the configuration: unknown key 'rule'; known: dry_run, rules"),
        ({"dry_run": "yes", "rules": [MONITOR]}, "dry_run: must be true or false"),
        ([{"name": "x", "options": {"query": "q"}}], "rules[0].type ('x'): missing"),
        ([{"type": "slo", "name": "x"}], "rules[0].type ('x'): unknown type 'slo'"),
        ([{"type": "monitor", "options": {"query": "q"}}], "rules[0].name: missing or empty"),
        ([{"type": "monitor", "name": "m"}], "rules[0].options.query ('m'): a monitor rule needs"),
        ([{**MONITOR, "option": {}}], "unknown key 'option'; known: type, name, dry_run, options"),
        (
            [{**MONITOR, "options": {"query": "q", "duration": 7201}}],
            "rules[0].options.duration ('Monitors'): is 7201; at most 7200 seconds",
        ),
        ([{**MONITOR, "options": {"query": "q", "duration": "5m"}}], "whole number of seconds"),
        (
            [{**MONITOR, "options": {"query": "q", "duration": -5}}],
            "rules[0].options.duration ('Monitors'): is -5; must be 0 seconds or more "
            "(at most 7200)",
        ),
        (
            [{**FDD, "options": {"excluded_resources": "GET /"}}],
            "rules[0].options.excluded_resources ('FDD'): must be a list of strings",
        ),
        (
            [{**FDD, "options": {"excluded_resources": [], "allowed_resources": ["a"]}}],
            "rules[0].options ('FDD'): give 'excluded_resources' or 'allowed_resources', not both",
        ),
        ([{**FDD, "options": {"query": "q"}}], "rules[0].options ('FDD'): unknown key 'query'"),
        ([MONITOR, "monitor"], "rules[1]: must be an object"),
        # malformed in every other way: still named by path, never a crash
        ([{"type": [], "name": "x"}], "rules[0].type ('x'): unknown type []"),
        ([{"type": {"a": 1}, "name": "x"}], "rules[0].type ('x'): unknown type {'a': 1}"),
        ([{"type": "monitor", "name": ["x"], "options": {"query": "q"}}], "rules[0].name: missing"),
        ([{**MONITOR, "options": []}], "rules[0].options ('Monitors'): must be an object"),
        ({1: "x", "rules": [MONITOR]}, "the document: the key 1 is not text"),
        ([{**MONITOR, "options": {"query": float("nan")}}], "rules[0].options.query: nan is not"),
        ([{**MONITOR, "name": date(2025, 1, 1)}], "rules[0].name: a date is not JSON"),
        ({"rules": [[[[[[[[[[[[[[[[[[[MONITOR]]]]]]]]]]]]]]]]]]]}, "nested too deeply"),
        ([{**MONITOR, "dry_run": "no"}], "rules[0].dry_run ('Monitors'): must be true or false"),
    ],
)
def test_each_problem_is_named(document: Any, problem: str) -> None:
    problems = problems_in(document)
    assert any(problem in found for found in problems), problems


def test_load_rules_reads_json_and_yaml_and_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "r.yml").write_text("- {type: monitor, name: M, options: {query: q}}\n")
    assert load_rules(str(tmp_path / "r.yml")) == {
        "rules": [{"type": "monitor", "name": "M", "options": {"query": "q"}}]
    }
    (tmp_path / "r.json").write_text('{"rules": [')
    with pytest.raises(UsageError, match=r"r\.json: not valid JSON"):
        load_rules(str(tmp_path / "r.json"))
    (tmp_path / "r.yaml").write_text("rules: [\n")
    with pytest.raises(UsageError, match=r"r\.yaml: not valid YAML at line"):
        load_rules(str(tmp_path / "r.yaml"))
    with pytest.raises(UsageError, match=r"missing\.json: cannot read it: No such file"):
        load_rules(str(tmp_path / "missing.json"))
    many = [{"type": "monitor"}] * 4
    (tmp_path / "many.json").write_text(str(many).replace("'", '"'))
    with pytest.raises(UsageError, match=r"; and \d+ more$"):
        load_rules(str(tmp_path / "many.json"))


def test_a_yaml_file_without_pyyaml_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "yaml", None)  # import yaml now raises ImportError
    (tmp_path / "r.yaml").write_text("rules: []\n")
    with pytest.raises(UsageError, match=r"pip install 'datadog-deployments\[yaml\]'"):
        load_rules(str(tmp_path / "r.yaml"))


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        ("https://gitlab-ci-token:glpat-x1@gitlab.com/org/r.git", "https://gitlab.com/org/r.git"),
        ("https://x-access-token@github.com/org/r", "https://github.com/org/r"),
        ("ssh://git@github.com/org/r.git", "ssh://github.com/org/r.git"),
        ("git@github.com:org/r.git", "git@github.com:org/r.git"),
        ("https://github.com/org/r", "https://github.com/org/r"),
    ],
)
def test_repository_urls_lose_their_credentials(url: str, clean: str) -> None:
    assert strip_credentials(url) == clean


def test_outcome_lines_state_the_case_and_the_code() -> None:
    outcome = Outcome("gate wait", "timeout", ExitCode.TIMEOUT, "no verdict")
    assert outcome.line() == (
        "ddeploy: TIMED OUT: no verdict (exit 3: timed out waiting for the verdict)"
    )
    outcome.fail_open({"--on-error": "pass"})
    assert outcome.exit_code == 3  # --on-error does not cover timeouts
    outcome.fail_open({"--on-timeout": "pass"})
    assert outcome.exit_code == 0
    assert outcome.line().endswith(
        "(exit 0 because of --on-timeout pass; otherwise exit 3: timed out waiting for the verdict)"
    )
    usage = Outcome("dora send", "usage", ExitCode.USAGE, "--service is required")
    usage.fail_open({"--on-error": "pass", "--on-timeout": "pass"})
    assert usage.exit_code == 2  # configuration mistakes never fail open


def test_summary_markdown_escapes_what_the_server_sent() -> None:
    data = {
        "service": "web",
        "env": "prod",
        "evaluation_id": "e1",
        "url": "https://app.datadoghq.com/x",
        "verdict": "fail",
        "rules": [{"name": "a|b", "status": "fail", "reason": "<b>x</b>\nline", "dry_run": True}],
    }
    outcome = Outcome("gate get", "fail", ExitCode.FAIL, "the gate failed", data)
    markdown = summary(outcome)
    assert "| a\\|b | ❌ fail (dry run) | &lt;b&gt;x&lt;/b&gt; line |" in markdown
    assert step_outputs(outcome) == {
        "outcome": "fail",
        "exit_code": "1",
        "verdict": "fail",
        "evaluation_id": "e1",
        "url": "https://app.datadoghq.com/x",
    }


@pytest.mark.parametrize(
    ("argv", "operation"),
    [
        (["dora", "send", "--service", "s", "--started-at", "1"], "CreateDORADeployment"),
        (["dora", "failure", "send", "--team", "t", "--started-at", "1"], "CreateDORAFailure"),
        (["dora", "mark-failed", "0123456789abcdef"], "PatchDORADeployment"),
        (["gates", "apply", "-f", "gates.yaml"], "CreateDeploymentRule"),
    ],
)
def test_writes_keep_retrying_through_a_minute_by_default(argv: list[str], operation: str) -> None:
    """Issue 10: with its default --timeout, a write survives a minute of an unreachable host."""
    from datadog_deployments.cli.cancellation import Guard
    from datadog_deployments.cli.context import Context
    from datadog_deployments.cli.output import Output
    from datadog_deployments.cli.parser import build_parser

    args = build_parser().parse_command(argv)
    environ = {"DD_API_KEY": "k" * 32, "DD_APP_KEY": "a" * 40}
    out = Output(quiet=True, verbose=False, json_mode=False, secrets=[])
    context = Context(args, out, environ, Guard(args.timeout))
    retry = context.configuration((operation,)).retry
    assert retry is not None
    assert retry.max_elapsed >= 60
