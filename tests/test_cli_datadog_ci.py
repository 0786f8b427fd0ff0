"""Coming from datadog-ci: its flags work with the same meaning or are refused with a hint,
its gate --config file is accepted as it is, and the help holds up (no abbreviations,
every positional explained, every example introduced)."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest
from cli_support import FAST, Fake, clean_environ, ddeploy
from client_support import API_KEY
from datadog_deployments.cli.parser import build_parser
from datadog_deployments.testing.cli import build_parser as fake_server_parser

TRIGGER = "TriggerDeploymentGatesEvaluation"
README = Path(__file__).parent.parent / "README.md"

# Every option of `datadog-ci deployment gate` and `datadog-ci dora deployment` (5.25.0), and a
# value for it: each must parse with the same meaning, or be refused naming what to use.
DATADOG_CI_FLAGS = {
    ("gate", "evaluate"): {
        "--service": "web", "--env": "prod", "--identifier": "default", "--version": "1.0",
        "--apm-primary-tag": "region:eu1", "--timeout": "7200", "--fail-on-error": None,
        "--config": "gate-config.json", "--monitors-query-variable": "x", "--fips": None,
        "--fips-ignore-error": None, "--log-format": "json", "--no-fail-on-error": None,
    },
    ("dora", "send"): {
        "--service": "web", "--env": "prod", "--started-at": "1699960648",
        "--finished-at": "1699961048", "--version": "1.0",
        "--git-repository-url": "https://github.com/org/r", "--git-commit-sha": "a" * 40,
        "--skip-git": None, "--team": "payments", "--custom-tags": "a:b", "--fips": None,
        "--fips-ignore-error": None, "--verbose": None, "--dry-run": None, "--log-format": "json",
    },
}  # fmt: skip
REQUIRED = {("gate", "evaluate"): [], ("dora", "send"): ["--started-at", "1"]}


@pytest.mark.parametrize(
    ("command", "flag"),
    [(command, flag) for command, flags in DATADOG_CI_FLAGS.items() for flag in flags],
)
def test_each_datadog_ci_flag_works_or_names_the_ddeploy_equivalent(
    command: tuple[str, str], flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    value = DATADOG_CI_FLAGS[command][flag]
    argv = [*command, *REQUIRED[command], flag, *([] if value is None else [value])]
    try:
        build_parser().parse_command(argv)
    except SystemExit as stop:
        assert stop.code == 2
        (error,) = [line for line in capsys.readouterr().err.splitlines() if "error:" in line]
        assert f"{flag} is a datadog-ci flag; " in error
        assert re.search(r"use --\w|fails closed|no FIPS switch|--rules", error), error
    section = README.read_text(encoding="utf-8").split("## Coming from datadog-ci")[1]
    assert f"`{flag}" in section.split("\n## ")[0], f"README does not map {flag}"


def test_gate_evaluate_dry_run_is_refused_with_what_to_use(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """datadog-ci 5.25.0's `deployment gate` has no --dry-run (its `dora deployment` has):
    a dry run of a gate is rules with dry_run: true, and the error says so."""
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_command(["gate", "evaluate", "--service", "w", "--dry-run"])
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert "--dry-run is a datadog-ci flag; datadog-ci's deployment gate has none" in error
    assert "--rules with dry_run: true" in error
    section = README.read_text(encoding="utf-8").split("## Coming from datadog-ci")[1]
    assert "`--dry-run` (gate)" in section.split("\n## ")[0]


def test_a_datadog_ci_gate_evaluation_runs_unchanged(fake: Fake, tmp_path: Path) -> None:
    config = {
        "dryRun": True,
        "rules": [
            {"type": "monitor", "name": "Monitors", "dryRun": False,
             "options": {"query": "service:web", "duration": 300}},
            {"type": "faulty_deployment_detection", "name": "FDD", "options": {"duration": 900}},
        ],
    }  # fmt: skip
    path = tmp_path / "gate-config.json"
    path.write_text(json.dumps(config))
    run = fake.gate(
        "evaluate", "--service", "web", "--env", "prod", "--identifier", "default",
        "--version", "1.2.3", "--apm-primary-tag", "region:us-central-1", "--timeout", "60",
        "--fail-on-error", "--config", str(path), *FAST,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    (request,) = fake.dd.requests_for(TRIGGER)
    assert request.json is not None
    attributes = request.json["data"]["attributes"]
    assert attributes["primary_tag"] == "region:us-central-1"
    assert attributes["configuration"] == {
        "dry_run": True,
        "rules": [
            {"type": "monitor", "name": "Monitors", "dry_run": False,
             "options": {"query": "service:web", "duration": 300}},
            {"type": "faulty_deployment_detection", "name": "FDD", "options": {"duration": 900}},
        ],
    }  # fmt: skip
    run = fake.gate("evaluate", "--service", "w", "--env", "p", "--fail-on-error",
                    "--on-error", "pass")  # fmt: skip
    assert run.code == 2 and "contradicts" in run.outcome


def test_a_datadog_ci_dora_deployment_runs_unchanged(fake: Fake, tmp_path: Path) -> None:
    run = fake.dora(
        "send", "--service", "web", "--env", "prod", "--started-at", "1699960648",
        "--finished-at", "1699961048", "--skip-git", "--custom-tags", "team:a",
        "--custom-tags", "tier:1", "--dry-run", cwd=tmp_path,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    assert fake.dd.requests == []  # a dry run sends nothing
    event = json.loads(run.stdout)["data"]["attributes"]
    assert event["custom_tags"] == ["team:a", "tier:1"] and "git" not in event
    assert "dry run: the event is valid; nothing sent" in run.outcome
    run = fake.dora("send", "--service", "web", "--started-at", "1699960648", "--skip-git",
                    "--custom-tags", "team:a", cwd=tmp_path)  # fmt: skip
    assert run.code == 0
    (stored,) = fake.dd.deployments.values()
    assert stored["custom_tags"] == ["team:a"]


def test_a_datadog_ci_command_line_is_pointed_at_its_ddeploy_command() -> None:
    run = ddeploy("deployment", "gate", "--service", "web", "--env", "prod")
    assert run.code == 2
    assert "'deployment gate' is datadog-ci's; here it is 'ddeploy gate evaluate'" in run.stderr
    run = ddeploy("dora", "deployment", "--service", "web")
    assert run.code == 2 and "here it is 'ddeploy dora send'" in run.stderr


def test_both_spellings_set_differently_are_named_once(fake: Fake) -> None:
    fake.dd.add_gate("web", "prod")
    env = clean_environ(DATADOG_API_KEY="another-api-key-0123456789", DATADOG_SITE="datadoghq.eu")
    env["DD_SITE"] = "datadoghq.com"
    run = fake.gate("evaluate", "--service", "web", "--env", "prod", *FAST, env=env)
    assert run.code == 0, run.stderr  # DD_API_KEY was used: the fake knows only that one
    notes = [line for line in run.stderr.splitlines() if "are both set and differ" in line]
    assert notes == [
        "note: DD_API_KEY and DATADOG_API_KEY are both set and differ; using DD_API_KEY "
        "(values not shown)",
        "note: DD_SITE and DATADOG_SITE are both set and differ; using DD_SITE ('datadoghq.com')",
    ]
    assert "another-api-key" not in run.stderr and API_KEY not in run.stderr


def _parsers() -> list[argparse.ArgumentParser]:
    root = build_parser()
    found: list[argparse.ArgumentParser] = [fake_server_parser()]
    pending: list[argparse.ArgumentParser] = [root]
    while pending:
        parser = pending.pop()
        found.append(parser)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                pending += list(action.choices.values())
    return found


def test_no_abbreviations_and_every_positional_has_help() -> None:
    parsers = _parsers()
    assert len(parsers) >= 9
    for parser in parsers:
        assert parser.allow_abbrev is False, parser.prog
        for action in parser._actions:
            if not action.option_strings:
                assert action.help, f"{parser.prog}: {action.dest} has no help line"
    run = ddeploy("gate", "evaluate", "--serv", "web", "--env", "prod")
    assert run.code == 2
    assert "ddeploy gate evaluate: error: unrecognized arguments: --serv web" in run.stderr


def test_every_help_example_says_what_it_shows_and_can_run() -> None:
    for parser in _parsers():
        text = parser.format_help()
        lines = text.splitlines()
        for index, line in enumerate(lines):
            stripped = line.strip()
            if re.match(r"(ddeploy|python -m|%\(prog\)s|ID=\$\(ddeploy)\b", stripped) and (
                lines[index - 1].startswith("  ") or "examples:" in lines[index - 1]
            ):
                before = lines[index - 1].strip()
                assert before.startswith("#") or before.endswith("\\"), (parser.prog, line)
            # an option before the command cannot work: the top level takes none of them
            assert not re.search(r"\bddeploy --(host|site|timeout)", line), (parser.prog, line)
