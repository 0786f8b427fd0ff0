"""ddeploy gates export | plan | apply against the fake server, as a subprocess."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_support import QUICK, Fake, Run, ddeploy, github_outputs
from client_support import API_KEY, APP_KEY
from datadog_deployments.testing import FakeDatadog, Fault, RuleScript

RULES = [
    RuleScript(
        "Service monitors",
        type="monitor",
        options={"query": "service:checkout-api", "duration": 300, "warmup": 60},
    ),
    RuleScript(
        "Pinned monitors",
        type="monitor",
        dry_run=True,
        options={"monitor_ids": [{"id": "12345", "groups": ["region:eu1"]}]},
    ),
    RuleScript(
        "Faulty deployment detection",
        type="faulty_deployment_detection",
        options={"duration": 900, "excluded_resources": ["GET /health"]},
    ),
]


def seeded(dd: FakeDatadog) -> None:
    dd.add_gate("checkout-api", "production", rules=RULES)
    dd.add_gate("checkout-api", "staging", "pre", rules=RULES[:1], dry_run=True)
    dd.add_gate("search", "production", rules=RULES[2:])


@pytest.fixture
def other() -> Iterator[Fake]:
    """A second, empty fake Datadog: where a document is applied."""
    with FakeDatadog(api_key=API_KEY, app_key=APP_KEY, default_script=QUICK) as dd:
        yield Fake(dd)


def gates(fake: Fake, *args: str, env: dict[str, str] | None = None) -> Run:
    return ddeploy("gates", *args, *fake.host, env=env)


def writes(fake: Fake) -> list[str]:
    return [r.method for r in fake.dd.requests if r.method != "GET"]


def test_export_apply_export_gives_the_same_document(
    fake: Fake, other: Fake, tmp_path: Path
) -> None:
    seeded(fake.dd)
    exported = gates(fake, "export")
    assert exported.code == 0, exported.stderr
    assert "3 gate(s) with 5 rule(s) exported" in exported.outcome
    assert "server:" not in exported.stdout and "created_at" not in exported.stdout
    document = tmp_path / "gates.yaml"
    document.write_text(exported.stdout)

    applied = gates(other, "apply", "-f", str(document))
    assert applied.code == 0, applied.stderr
    assert "applied: 8 created, 0 updated, 0 deleted" in applied.outcome
    again = gates(other, "export")
    assert again.code == 0 and again.stdout == exported.stdout

    as_document = gates(other, "export", "--json").json()
    assert len(as_document["document"]["gates"]) == 3 and as_document["rules"] == 5
    to_file = gates(other, "export", "-o", str(tmp_path / "out.json"))
    assert to_file.code == 0 and to_file.stdout == ""
    assert json.loads((tmp_path / "out.json").read_text())["gates"][0]["service"] == "checkout-api"
    as_json = gates(other, "export", "--format", "json", "--server-fields")
    parsed = json.loads(as_json.stdout)
    assert all(gate["server"]["id"] for gate in parsed["gates"])
    (tmp_path / "with-ids.json").write_text(as_json.stdout)
    unchanged = gates(other, "plan", "-f", str(tmp_path / "with-ids.json"))
    assert unchanged.code == 0, unchanged.stderr  # server fields are ignored on reading
    assert "no changes: Datadog matches the file" in unchanged.outcome


def test_plan_reads_only_and_its_exit_code_tells_changes(fake: Fake, tmp_path: Path) -> None:
    seeded(fake.dd)
    document = tmp_path / "gates.json"
    document.write_text(gates(fake, "export", "--format", "json").stdout)
    assert gates(fake, "plan", "-f", str(document)).code == 0

    # the rules list names no rule IDs; an evaluation of the gate does, so rules update in place
    fake.dd.start_evaluation("checkout-api", "production")
    edited = json.loads(document.read_text())
    edited["gates"][0]["rules"][0]["options"]["duration"] = 1200  # Faulty deployment detection
    edited["gates"][0]["dry_run"] = True
    document.write_text(json.dumps(edited))
    fake.dd.clear_requests()
    run = gates(fake, "plan", "-f", str(document), "--json")
    assert run.code == 10, run.stderr
    assert writes(fake) == []  # a plan sends nothing but reads
    result = run.json()
    assert result["outcome"] == "changes" and result["exit_code"] == 10
    assert result["plan"]["counts"] == {"create": 0, "update": 2, "delete": 0}
    fields = [f for change in result["plan"]["changes"] for f in change["fields"]]
    assert {"path": "options.duration", "before": 900, "after": 1200} in fields
    human = gates(fake, "plan", "-f", str(document))
    assert "~ update rule 'Faulty deployment detection' of checkout-api / production" in (
        human.stdout
    )
    assert "    options.duration: 900 -> 1200" in human.stdout
    assert "exit 10" in human.outcome
    gate_id = fake.dd.gates[0].gate_id
    applied = gates(fake, "apply", "-f", str(document))
    assert applied.code == 0, applied.stderr
    assert "0 created, 2 updated, 0 deleted" in applied.outcome
    assert fake.dd.gates[0].gate_id == gate_id  # updated in place, not replaced
    assert json.loads(gates(fake, "export", "--format", "json").stdout) == edited


def test_prune_and_scope(fake: Fake, tmp_path: Path) -> None:
    seeded(fake.dd)
    only = tmp_path / "checkout.yaml"
    only.write_text(gates(fake, "export", "--service", "checkout-api").stdout)
    kept = gates(fake, "plan", "-f", str(only))
    assert kept.code == 0 and "left alone: gate search / production / default" in kept.stdout
    scoped = gates(fake, "plan", "-f", str(only), "--prune", "--service", "checkout-api")
    assert scoped.code == 0  # search is outside the scope: never pruned
    pruned = gates(fake, "apply", "-f", str(only), "--prune")
    assert pruned.code == 0, pruned.stderr
    assert "1 deleted" in pruned.outcome
    assert [g.service for g in fake.dd.gates] == ["checkout-api", "checkout-api"]


def test_a_failure_half_way_is_reported_and_a_second_apply_finishes(
    fake: Fake, other: Fake, tmp_path: Path
) -> None:
    seeded(fake.dd)
    document = tmp_path / "gates.yaml"
    document.write_text(gates(fake, "export").stdout)
    other.dd.inject(
        Fault.status(503, body=b'{"errors": ["busy"]}'), times=1, operation="CreateDeploymentRule"
    )
    summary = tmp_path / "summary.md"
    outputs = tmp_path / "outputs"
    env_gh = {"GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(outputs)}
    from cli_support import clean_environ

    first = gates(other, "apply", "-f", str(document), "--json", env=clean_environ(**env_gh))
    assert first.code == 11, first.stderr
    result = first.json()
    assert result["outcome"] == "partial"
    assert [c["kind"] for c in result["done"]] == ["gate"]
    assert result["failed"]["kind"] == "rule" and len(result["not_done"]) == 6
    assert "FAILED: create rule" in first.stderr and "not done: create gate search" in first.stderr
    assert "run 'ddeploy gates apply -f" in first.outcome
    assert github_outputs(outputs)["outcome"] == "partial"
    assert "PARTIALLY APPLIED" in summary.read_text()

    second = gates(other, "apply", "-f", str(document))
    assert second.code == 0, second.stderr
    assert "applied: 7 created" in second.outcome
    assert gates(other, "export").stdout == document.read_text()


def test_a_failure_before_any_change_is_an_api_error(other: Fake, tmp_path: Path) -> None:
    document = tmp_path / "gates.json"
    document.write_text(json.dumps({"gates": [{"service": "web", "env": "prod", "rules": []}]}))
    other.dd.inject(Fault.status(400), operation="CreateDeploymentGate")
    run = gates(other, "apply", "-f", str(document))
    assert run.code == 4, run.stderr
    assert "nothing changed" in run.outcome


def test_the_file_is_checked_before_anything_is_sent(other: Fake, tmp_path: Path) -> None:
    document = tmp_path / "gates.yaml"
    document.write_text(
        "gates:\n"
        "  - service: web\n"
        "    env: prod\n"
        "    rules:\n"
        "      - name: Pinned\n"
        "        type: monitor\n"
        "        options: {monitor_ids: [{id: abc, groups: []}]}\n"
    )
    for command in ("plan", "apply"):
        run = gates(other, command, "-f", str(document))
        assert run.code == 2, run.stderr
        assert "gates[0].rules[0].options.monitor_ids[0].id ('Pinned')" in run.outcome
    assert other.dd.requests == []


def document_of(run: Run) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(run.stdout)
    return parsed


def test_a_cancelled_apply_says_what_was_done_and_how_to_finish(
    other: Fake, tmp_path: Path
) -> None:
    import signal

    from test_cli_cancel import signal_when, start

    document = tmp_path / "gates.json"
    rules = [{"name": f"r{n}", "type": "faulty_deployment_detection", "options": {}}
             for n in range(3)]  # fmt: skip
    document.write_text(json.dumps({"gates": [{"service": "web", "env": "prod", "rules": rules}]}))
    other.dd.inject(Fault.slow(30), operation="CreateDeploymentRule")  # the first rule hangs
    from cli_support import clean_environ

    process = start("gates", "apply", "-f", str(document), "--json", *other.host,
                    env=clean_environ())  # fmt: skip
    run, _ = signal_when(
        process, lambda: bool(other.dd.requests_for("CreateDeploymentRule")), signal.SIGTERM
    )
    assert run.code == 143, run.stderr
    result = run.json()
    assert [c["kind"] for c in result["done"]] == ["gate"]
    assert [c["rule"] for c in result["not_done"]] == ["r0", "r1", "r2"]
    assert f"ddeploy gates apply -f {document}" in run.outcome
    finished = gates(other, "apply", "-f", str(document))
    assert finished.code == 0, finished.stderr
    assert [r.name for r in other.dd.gates[0].rules] == ["r0", "r1", "r2"]


def test_changing_a_rule_replaces_its_gate_and_keeps_what_is_left_alone(
    fake: Fake, tmp_path: Path
) -> None:
    seeded(fake.dd)
    document = tmp_path / "gates.json"
    document.write_text(gates(fake, "export", "--format", "json", "--service", "search").stdout)
    fake.dd.add_rule(
        fake.dd.gates[-1].gate_id,
        {"name": "Made in the UI", "type": "faulty_deployment_detection", "options": {}},
    )
    edited = json.loads(document.read_text())
    edited["gates"][0]["rules"][0]["options"]["duration"] = 1800
    document.write_text(json.dumps(edited))
    before = fake.dd.gate("search", "production")
    planned = gates(fake, "plan", "-f", str(document))
    assert planned.code == 10
    assert "- delete gate search / production / default (replaced:" in planned.stdout
    assert "    rules['Faulty deployment detection'].options.duration: 900 -> 1800" in (
        planned.stdout
    )
    applied = gates(fake, "apply", "-f", str(document))
    assert applied.code == 0, applied.stderr
    after = fake.dd.gate("search", "production")
    assert before is not None and after is not None and after.gate_id != before.gate_id
    assert sorted(r.name for r in after.rules) == ["Faulty deployment detection", "Made in the UI"]
    assert gates(fake, "plan", "-f", str(document)).code == 0
    pruned = gates(fake, "apply", "-f", str(document), "--prune")
    assert pruned.code == 0, pruned.stderr
    exported = json.loads(gates(fake, "export", "--format", "json", "--service", "search").stdout)
    assert exported == edited


def test_export_keeps_the_servers_values_exactly_so_plan_finds_nothing(
    fake: Fake, tmp_path: Path
) -> None:
    """A value a CI log or a terminal would misread is still data: quoted, never altered."""
    queries = ["x\n::add-mask::y", "p\n##[group]z", "\x1b[31mred\n::error::x", "a " * 60 + "::x"]
    rules = [
        RuleScript(f"Tricky {n}", type="monitor", options={"query": query, "duration": 300})
        for n, query in enumerate(queries)
    ]
    fake.dd.add_gate("web", "prod", rules=rules)
    for fmt in ("yaml", "json"):
        exported = gates(fake, "export", "--format", fmt)
        assert exported.code == 0, exported.stderr
        assert not any(
            line.lstrip().startswith(("::", "##[")) for line in exported.stdout.splitlines()
        ), exported.stdout
        document = tmp_path / f"gates.{fmt}"
        document.write_text(exported.stdout)
        planned = gates(fake, "plan", "-f", str(document))
        assert planned.code == 0, planned.stdout + planned.stderr
        written = tmp_path / f"written.{fmt}"
        assert gates(fake, "export", "-o", str(written)).code == 0
        assert written.read_text() == exported.stdout
