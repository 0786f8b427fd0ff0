"""The commands of gates as code, gate history and the rest of DORA: help, README, usage errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_support import ddeploy
from datadog_deployments.cli.main import main

COMMANDS = [
    ["gates"],
    ["gates", "export"],
    ["gates", "plan"],
    ["gates", "apply"],
    ["gate", "why"],
    ["gate", "evaluations"],
    ["dora", "mark-failed"],
    ["dora", "failure"],
    ["dora", "failure", "send"],
    ["dora", "failure", "get"],
    ["dora", "failure", "delete"],
    ["dora", "deployments"],
    ["dora", "failures"],
    ["dora", "report"],
]
README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_shows_examples_of_the_command(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--help"]) == 0
    shown = capsys.readouterr().out
    assert "examples:" in shown
    assert re.search(rf"^  ddeploy {' '.join(command)}", shown, re.M)


LEAVES = [c for c in COMMANDS if len(c) > 1 and c != ["dora", "failure"]]


@pytest.mark.parametrize("command", LEAVES, ids=" ".join)
def test_the_readme_command_table_has_the_command(command: list[str]) -> None:
    table = README[README.index("| command | does |") : README.index("Options every API command")]
    # `dora failure get\|delete` stands for two commands
    words = [rf"(?:[\w-]+\\\|)*{re.escape(word)}(?:\\\|[\w-]+)*" for word in command]
    assert re.search(r"^\| `ddeploy " + " ".join(words) + r"[ `]", table, re.M)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["gates", "plan"], "the following arguments are required: -f/--file"),
        (["gate", "evaluations", "--since", "soon"], "want a duration such as 30m"),
        (["dora", "report", "--service", "s", "--since", "1d", "--from", "2026-01-01"], "not both"),
        (["dora", "mark-failed"], "name the deployment"),
        (["dora", "mark-failed", "x", "--remediation-id", "y"], "need --remediation"),
        (["dora", "failure", "send", "--started-at", "1"], "name the impacted --service"),
        (["dora", "failure", "send", "--service", "s", "--started-at", "soon"], "is not a time"),
        (["gate", "evaluations", "--limit", "0"], "want a whole number above 0"),
    ],
)
def test_usage_mistakes_exit_2_before_anything_is_sent(args: list[str], message: str) -> None:
    run = ddeploy(*args, "--host", "http://127.0.0.1:9")  # nothing listens there
    assert run.code == 2, run.stderr
    assert message in run.stderr
