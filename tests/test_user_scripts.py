"""Scripts written as a new user would (tests/user_scripts/): mypy --strict accepts each as it
stands, and each runs against the fake server and prints what a user reads.

One script per operation family. mypy runs once for all of them, in this process (mypy.api),
with a cache in the session's temporary folder.
"""

from __future__ import annotations

import io
import json
import pydoc
import re
import runpy
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from datadog_deployments import Configuration, DeploymentGatesApi, DORAMetricsApi, unstable
from datadog_deployments.testing import FakeDatadog, GateScript, RuleScript
from datadog_deployments.unstable import PreviewOperationWarning
from datadog_deployments_api.spec_index import OPERATIONS

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


@pytest.fixture(autouse=True)
def fresh_process_notices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each script runs as in a process of its own: preview notices not yet given."""
    monkeypatch.setattr(unstable, "_announced", set())


def _run(family: str, fake: FakeDatadog) -> None:
    main: Callable[[Configuration], None] = runpy.run_path(str(SCRIPTS / f"{family}.py"))["main"]
    main(_configuration(fake))


def test_dora_events(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeDatadog() as fake:
        _run("dora_events", fake)
        sent = json.loads(fake.requests_for("create_dora_deployment")[0].body)
        patches = [json.loads(r.body) for r in fake.requests_for("patch_dora_deployment")]
        left = (fake.deployments, fake.failures)
    lines = capsys.readouterr().out.splitlines()
    match = re.fullmatch(r"dora_deployment (\S+): checkout-api (\d{4}-\d\d-\d\d)", lines[0])
    assert match, lines[0]
    deployment_id, day = match.groups()
    today = datetime.now(timezone.utc)
    assert day in {f"{today:%Y-%m-%d}", f"{today - timedelta(minutes=5):%Y-%m-%d}"}
    assert lines[1] == "env: production team: None"
    assert lines[2:5] == [
        "DORADeploymentFetchResponse(",
        "    data=DORADeploymentObject(",
        f"        id='{deployment_id}',",
    ]
    assert "            version='2.4.0'," in lines
    # datetimes were sent as the API's nanoseconds, three minutes apart
    attributes = sent["data"]["attributes"]
    assert attributes["finished_at"] - attributes["started_at"] == 180 * 10**9
    incident = re.fullmatch(r"dora_failure (\S+): checkout errors after 2.4.0", lines[-2])
    assert incident, lines[-2]
    assert lines[-1] == f"deleted {deployment_id} {incident.group(1)}"
    assert [p["data"]["attributes"] for p in patches] == [{"change_failure": True}]
    assert left == ({}, {})


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
        # The preview notice is a standard warning, once per operation.
        with pytest.warns(PreviewOperationWarning) as notices:
            _run("gate_results", fake)
        (first, second) = fake.evaluations
    assert sorted(str(n.message).split()[0] for n in notices) == [
        "get_deployment_gates_evaluation_result",
        "trigger_deployment_gates_evaluation",
    ]
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"evaluation {first.evaluation_id} deployment_gates_evaluation_response"
    assert lines[1].startswith("gate fail: https://")
    assert lines[2:4] == ["  Monitors: pass", "  Faulty deployment: fail (error rate up 40%)"]
    assert lines[4] == "passed: False ['Faulty deployment']"
    assert lines[5] == "DeploymentGatesEvaluationResultResponse("
    assert f"evaluation_id='{first.evaluation_id}'," in "\n".join(lines[5:])
    assert (first.version, second.version) == ("2.4.0", None)


def test_gates_and_rules(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeDatadog() as fake, pytest.warns(PreviewOperationWarning):
        _run("gates_and_rules", fake)
        left = fake.gates
        operations = [r.operation for r in fake.requests]
    lines = capsys.readouterr().out.splitlines()
    gate = re.fullmatch(r"deployment_gate (\S+): checkout-api/production", lines[0])
    assert gate, lines[0]
    assert lines[1:3] == [
        "rules: monitor faulty_deployment_detection",
        "Checkout monitors: service:checkout-api for 300 s",
    ]
    assert lines[3:5] == [
        "  Checkout monitors (monitor, dry run: True)",
        "  Faulty deployment detection (faulty_deployment_detection, dry run: True)",
    ]
    assert re.fullmatch(r"gate dry run: False updated: \d{4}-\d\d-\d\d .*", lines[5])
    assert lines[6] == f"deleted {gate.group(1)}"
    assert left == []
    assert operations.count("DeleteDeploymentRule") == 2


def test_lists(capsys: pytest.CaptureFixture[str]) -> None:
    now = datetime.now(timezone.utc)
    with FakeDatadog() as fake, pytest.warns(PreviewOperationWarning):
        fake.add_gate("checkout-api", "production")
        fake.add_gate("checkout-api", "staging")
        fake.add_gate(
            "search", "production", rules=[RuleScript("p99 latency", "fail", "p99 above 800 ms")]
        )
        fake.start_evaluation("search", "production", ago=600)
        fake.start_evaluation("checkout-api", "production", ago=300)
        ids = [
            fake.add_deployment(
                {
                    "service": "checkout-api",
                    "version": f"2.{day}.0",
                    "started_at": (now - timedelta(days=day)).isoformat(),
                }
            )
            for day in (1, 2, 3)
        ]
        fake.add_deployment({"service": "search", "started_at": now.isoformat()})
        fake.add_deployment(  # outside the week
            {"service": "checkout-api", "started_at": (now - timedelta(days=9)).isoformat()}
        )
        incident = fake.add_failure(
            {"services": ["checkout-api"], "name": "errors", "started_at": now.isoformat()}
        )
        _run("lists", fake)
    lines = capsys.readouterr().out.splitlines()
    assert lines[:4] == [
        "gate checkout-api/production/default",
        "gate checkout-api/staging/default",
        "gate search/production/default",
        "checkout-api gates: ['production', 'staging']",
    ]
    assert re.fullmatch(r"evaluation search fail at \d\d:\d\d", lines[4]), lines[4]
    assert lines[5] == "  rule p99 latency: fail"
    days = [f"{now - timedelta(days=day):%Y-%m-%d}" for day in (1, 2, 3)]
    assert lines[6:9] == [
        f"deployment {ids[0]} 2.1.0 {days[0]}",
        f"deployment {ids[1]} 2.2.0 {days[1]}",
        f"deployment {ids[2]} 2.3.0 {days[2]}",
    ]
    assert lines[9].startswith("pages: ") and lines[9].endswith(" truncated: False")
    assert int(lines[9].split()[1]) >= 2  # two per page: it did follow the window
    assert lines[10:] == [f"incident {incident}: errors"]


@pytest.mark.parametrize("api", [DORAMetricsApi, DeploymentGatesApi], ids=lambda c: c.__name__)
def test_help_on_the_api_class_lists_every_operation(api: type[object]) -> None:
    out = io.StringIO()
    pydoc.Helper(output=out).help(api)  # what help(api) prints, without a pager
    text = out.getvalue()
    tag = {"DORAMetricsApi": "DORA Metrics", "DeploymentGatesApi": "Deployment Gates"}
    names = [op.name for op in OPERATIONS.values() if op.tag == tag[api.__name__]]
    assert names
    for name in names:
        assert re.search(rf"^ \|  {name}\(self", text, flags=re.MULTILINE), name


def test_every_script_has_a_run_test() -> None:
    tested = {name.removeprefix("test_") for name in globals() if name.startswith("test_")}
    assert set(FAMILIES) <= tested, set(FAMILIES) - tested
