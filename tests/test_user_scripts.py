"""Scripts written as a new user would (tests/user_scripts/): mypy --strict accepts each as it
stands, and each runs against the fake server and prints what a user reads.

One script per operation family. mypy runs once for all of them, in this process (mypy.api),
with a cache in the session's temporary folder.
"""

from __future__ import annotations

import re
import runpy
from collections.abc import Callable
from pathlib import Path

import pytest
from datadog_deployments import Configuration
from datadog_deployments.testing import FakeDatadog, GateScript, RuleScript

SCRIPTS = Path(__file__).resolve().parent / "user_scripts"
FAMILIES = sorted(path.stem for path in SCRIPTS.glob("*.py"))


@pytest.fixture(scope="session")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict over every script at once: script name -> its error lines."""
    from mypy import api

    cache = tmp_path_factory.mktemp("mypy-cache")
    paths = [str(SCRIPTS / f"{family}.py") for family in FAMILIES]
    stdout, stderr, status = api.run(
        # As a user runs it: --strict and nothing from this project's mypy configuration.
        ["--config-file", "", "--strict", "--no-error-summary", "--cache-dir", str(cache), *paths]
    )
    assert status in (0, 1), f"mypy did not run: {stdout}{stderr}"
    report: dict[str, list[str]] = {family: [] for family in FAMILIES}
    for line in stdout.splitlines():
        match = re.match(r".*?([\w]+)\.py:\d+:", line)
        if match and match.group(1) in report:
            report[match.group(1)].append(line)
        else:
            report.setdefault("(other)", []).append(line)
    assert status == 0 or any(report.values()), stdout
    return report


@pytest.mark.parametrize("family", FAMILIES)
def test_the_script_type_checks_under_mypy_strict(
    family: str, mypy_report: dict[str, list[str]]
) -> None:
    assert "\n".join(mypy_report[family] + mypy_report.get("(other)", [])) == ""


def _configuration(fake: FakeDatadog) -> Configuration:
    return Configuration(host=fake.url, api_key=fake.api_key, app_key=fake.app_key)


def _run(family: str, fake: FakeDatadog) -> None:
    main: Callable[[Configuration], None] = runpy.run_path(str(SCRIPTS / f"{family}.py"))["main"]
    main(_configuration(fake))


def test_dora_events(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeDatadog() as fake:
        _run("dora_events", fake)
        (stored,) = fake.deployments.items()
    deployment_id, attributes = stored
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert re.fullmatch(rf"dora_deployment {deployment_id}: checkout-api \d\d:\d\d", lines[0])
    assert lines[1] == "env: production team: None"
    assert attributes["env"] == "production"
    assert "service='checkout-api'" in out and "UNSET" not in out


def test_gate_results(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeDatadog() as fake:
        fake.add_gate(
            "checkout-api",
            "production",
            script=GateScript(
                verdict="fail",
                rules=[
                    RuleScript("Monitors"),
                    RuleScript("Faulty deployment", "fail", "error rate up 40%"),
                ],
            ),
        )
        _run("gate_results", fake)
        (first, second) = fake.evaluations
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"evaluation {first.evaluation_id} deployment_gates_evaluation_response"
    assert lines[1].startswith("gate fail: https://")
    assert lines[2:4] == ["  Monitors: pass", "  Faulty deployment: fail (error rate up 40%)"]
    assert lines[4] == "passed: False ['Faulty deployment']"
    assert lines[5] == "DeploymentGatesEvaluationResultResponse("
    assert f"evaluation_id='{first.evaluation_id}'" in "\n".join(lines[5:])
    assert second.evaluation_id != first.evaluation_id


def test_every_script_has_a_run_test() -> None:
    tested = {name.removeprefix("test_") for name in globals() if name.startswith("test_")}
    assert set(FAMILIES) <= tested, set(FAMILIES) - tested
