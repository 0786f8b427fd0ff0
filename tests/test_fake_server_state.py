"""The fake's stores without HTTP: the DORA query language, cursor pages, evaluations on
stored rules, seeding, operation names, bounds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from datadog_deployments.testing import (
    FakeDatadog,
    GateScript,
    ManualClock,
    MonitorAlert,
    RuleScript,
    SeedError,
    operation_id,
)
from datadog_deployments.testing.dora import DoraEvent, QueryError, matches, parse_query
from datadog_deployments.testing.gates import rule_evaluation_item
from datadog_deployments.testing.paging import BadQuery, Query, page


def event(kind: str = "deployment", **attributes: Any) -> DoraEvent:
    return DoraEvent(kind, "event-000000000001", attributes)  # type: ignore[arg-type]


WEB = event(
    service="web",
    env="prod",
    team="core",
    version="v1.2",
    custom_tags=["language:go", "region:eu"],
    git={"commit_sha": "a" * 40, "repository_url": "https://github.com/org/web.git"},
)


@pytest.mark.parametrize(
    ("query", "hit"),
    [
        ("", True),
        ("service:web", True),
        ("service:api", False),
        ("service:web env:prod", True),
        ("service:web AND env:staging", False),
        ("service:(api OR web)", True),
        ("service:(api OR worker)", False),
        ("-service:api", True),
        ("-env:prod", False),
        ("version:v1.*", True),
        ("language:go", True),
        ("@language:rust", False),
        ("region:(us OR eu)", True),
        ('team:"core"', True),
        ("repository:github.com/org/web", True),
        ("commit_sha:aaaa*", True),
        ("id:event-000000000001", True),
    ],
)
def test_the_query_language(query: str, hit: bool) -> None:
    assert matches(WEB, parse_query(query)) is hit


def test_a_failure_matches_any_of_its_services() -> None:
    failure = event("failure", services=["web", "api"], severity="SEV-1")
    assert matches(failure, parse_query("service:api severity:SEV-1"))
    assert not matches(failure, parse_query("service:worker"))


@pytest.mark.parametrize(
    "query", ["service:web OR env:prod", "web", "(service:web)", "service:(web api)", "service:("]
)
def test_what_the_query_language_refuses(query: str) -> None:
    with pytest.raises(QueryError):
        parse_query(query)


def _query(**params: str) -> Query:
    return Query({k.replace("_", "[", 1) + "]": [v] for k, v in params.items()})


def test_cursor_pages_follow_the_sort_key_and_survive_inserts() -> None:
    items = list(range(10))
    first = page("numbers", items, lambda n: (n,), _query(page_size="4"), 50)
    assert first.items == [9, 8, 7, 6] and first.next_cursor is not None
    items.append(100)  # a newer item arrives between two pages: it does not shift them
    second = page(
        "numbers", items, lambda n: (n,), _query(page_size="4", page_cursor=first.next_cursor), 50
    )
    assert second.items == [5, 4, 3, 2] and second.next_cursor is not None
    assert second.meta(with_cursor=True)["page"]["cursor"] == first.next_cursor
    third = page(
        "numbers", items, lambda n: (n,), _query(page_size="4", page_cursor=second.next_cursor), 50
    )
    assert third.items == [1, 0] and third.next_cursor is None
    assert "next_cursor" not in third.meta(with_cursor=False)["page"]


@pytest.mark.parametrize("size", ["0", "1001", "ten"])
def test_a_page_size_out_of_range_is_refused(size: str) -> None:
    with pytest.raises(BadQuery, match=r"page\[size\]"):
        page("numbers", [1], lambda n: (n,), _query(page_size=size), 50)


def test_a_cursor_of_another_list_or_garbage_is_refused() -> None:
    other = page("gates", [1, 2], lambda n: (n,), _query(page_size="1"), 50).next_cursor
    for cursor in (other, "garbage", "W10"):
        with pytest.raises(BadQuery, match=r"page\[cursor\]"):
            page("numbers", [1], lambda n: (n,), _query(page_cursor=str(cursor)), 50)


def test_multi_valued_filters_repeat_or_split_on_commas() -> None:
    query = Query({"filter[env]": ["prod,staging", "dev"], "filter[dry_run]": ["TRUE"]})
    assert query.many("filter[env]") == {"prod", "staging", "dev"}
    assert query.boolean("filter[dry_run]") is True
    with pytest.raises(BadQuery):
        Query({"filter[dry_run]": ["yes"]}).boolean("filter[dry_run]")


# ---- evaluations on stored rules -------------------------------------------------------------
@pytest.fixture
def dd() -> FakeDatadog:
    return FakeDatadog(clock=ManualClock(50.0), epoch=1_764_590_000.0)  # not started: no HTTP


def test_a_gate_without_script_fails_when_a_rule_that_is_not_dry_run_fails(
    dd: FakeDatadog,
) -> None:
    gate = dd.add_gate(
        "web",
        "prod",
        rules=[
            RuleScript("latency", "fail", monitors=["123", MonitorAlert("456", "Warn")]),
            {
                "name": "fdd",
                "type": "faulty_deployment_detection",
                "status": "fail",
                "dry_run": True,
            },
        ],
    )
    assert [r.name for r in gate.rules] == ["latency", "fdd"]
    evaluation = dd.start_evaluation("web", "prod", version="v7")
    assert evaluation.verdict == "fail"
    latency, fdd = evaluation.rule_evaluations
    assert [m.id for m in latency.monitors] == ["123", "456"]
    assert fdd.faulty_resources == ("GET /",) and fdd.dry_run

    dd.script_rule(gate.gate_id, "latency", "pass")
    assert dd.start_evaluation("web", "prod").verdict == "pass"  # only a dry-run rule fails


def test_a_dry_run_gate_passes_whatever_its_rules_say(dd: FakeDatadog) -> None:
    dd.add_gate("web", "prod", rules=[RuleScript("latency", "fail")], dry_run=True)
    evaluation = dd.start_evaluation("web", "prod")
    assert (evaluation.verdict, evaluation.dry_run) == ("pass", True)
    assert evaluation.rule_evaluations[0].status == "fail"


def test_a_script_still_decides_the_verdict_and_names_rule_results(dd: FakeDatadog) -> None:
    script = GateScript(verdict="fail", rules=[RuleScript("monitors", "fail", reason="alerting")])
    gate = dd.add_gate("web", "prod", script=script)
    assert [(r.name, r.type, dict(r.options)) for r in gate.rules] == [
        ("monitors", "monitor", {"query": "service:web env:prod"})
    ]
    dd.add_rule(gate.gate_id, {"name": "later", "type": "faulty_deployment_detection"})
    evaluation = dd.start_evaluation("web", "prod")
    assert evaluation.verdict == "fail"
    assert [(r.name, r.status, r.reason) for r in evaluation.rules] == [
        ("monitors", "fail", "alerting"),
        ("later", "fail", None),  # unnamed in the script: the script's verdict
    ]


def test_a_failing_rule_evaluation_says_why(dd: FakeDatadog) -> None:
    gate = dd.add_gate("web", "prod")
    dd.script_rule(gate.gate_id, "Check service monitors", reason="p99 latency alerting")
    evaluation = dd.start_evaluation("web", "prod", ago=120)
    [rule] = evaluation.rule_evaluations
    item = rule_evaluation_item(evaluation, rule, 1_000.0, 1_060.0)["attributes"]
    assert item["status"] == "fail" and item["reason"] == "p99 latency alerting"
    [monitor] = item["failures"]["monitors"]
    assert monitor["state"] == "Alert" and monitor["id"].isdigit()
    assert monitor["url"].endswith("from_ts=1000000&to_ts=1060000")
    assert item["rule_id"] == gate.rules[0].rule_id and item["duration_seconds"] == 60
    running = rule_evaluation_item(evaluation, rule, 1_000.0, None)["attributes"]
    assert running["status"] == "in_progress" and running["failures"]["monitors"] == []
    assert running["finished_at"] is None and running["duration_seconds"] is None


def test_evaluations_are_bounded() -> None:
    dd = FakeDatadog(clock=ManualClock(), max_items=3)
    dd.add_gate("web", "prod")
    started = [dd.start_evaluation("web", "prod").evaluation_id for _ in range(5)]
    assert [e.evaluation_id for e in dd.evaluations] == started[2:]


def test_a_repeated_dora_id_is_one_event_and_keeps_its_mark(dd: FakeDatadog) -> None:
    own = "deploy-web-0000000042"
    for version in ("v1", "v2"):
        dd.add_deployment({"id": own, "service": "web", "started_at": 1, "version": version})
        if version == "v1":
            dd.mark_failed(own, remediation={"type": "rollback", "version": "v0"})
    assert list(dd.deployments) == [own] and dd.deployments[own]["version"] == "v2"
    assert dd.change_failures == {
        own: {"change_failure": True, "remediation": {"type": "rollback", "version": "v0"}}
    }


# ---- names and seeding ----------------------------------------------------------------------
def test_operations_are_named_either_way() -> None:
    assert operation_id("trigger_deployment_gates_evaluation") == "TriggerDeploymentGatesEvaluation"
    assert operation_id("TriggerDeploymentGatesEvaluation") == "TriggerDeploymentGatesEvaluation"
    with pytest.raises(ValueError, match="unknown operation 'trigger'"):
        operation_id("trigger")


SEED: dict[str, Any] = {
    "gates": [
        {
            "service": "web",
            "env": "prod",
            "script": {"in_progress_for": 0},
            "rules": [
                {"name": "latency", "status": "fail", "monitors": [{"id": "77", "state": "Alert"}]},
                {"name": "fdd", "type": "faulty_deployment_detection", "dry_run": True},
            ],
        },
        {"service": "api", "env": "prod", "identifier": "canary", "dry_run": True},
    ],
    "evaluations": [{"service": "web", "env": "prod", "version": "v41", "ago": 3600}],
    "deployments": [
        {
            "id": "deploy-web-0000000041",
            "service": "web",
            "env": "prod",
            "version": "v41",
            "started_at": "2026-11-30T10:00:00Z",
            "finished_at": 1796033100,
            "change_failure": True,
        }
    ],
    "failures": [{"services": ["web"], "started_at": "2026-11-30T10:20:00+00:00"}],
}


def test_a_seed_file_loads_everything(dd: FakeDatadog, tmp_path: Path) -> None:
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(SEED))
    dd.seed(path)
    web, api = dd.gates
    assert [r.name for r in web.rules] == ["latency", "fdd"] and api.dry_run
    [evaluation] = dd.evaluations
    assert evaluation.version == "v41" and evaluation.triggered_at == 50.0 - 3600
    deployment = dd.deployments["deploy-web-0000000041"]
    assert deployment["started_at"] == 1_796_032_800 * 10**9
    assert dd.change_failures["deploy-web-0000000041"]["change_failure"] is True
    [failure] = dd.failures.values()
    assert failure["started_at"] == 1_796_034_000 * 10**9


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"gatez": []}, "unknown key"),
        ({"gates": [{"service": "web"}]}, r"gates\[0\]: 'env' is required"),
        ({"gates": [{"service": "w", "env": "p", "colour": 1}]}, r"gates\[0\]: unknown key"),
        (
            {"gates": [{"service": "w", "env": "p", "rules": [{"name": "r", "status": "meh"}]}]},
            "status",
        ),
        ({"evaluations": [{"service": "nope", "env": "prod"}]}, "no gate"),
        ({"deployments": {"id": "x"}}, "list of objects"),
    ],
)
def test_a_bad_seed_names_the_place(dd: FakeDatadog, doc: dict[str, Any], message: str) -> None:
    with pytest.raises(SeedError, match=message):
        dd.seed(doc)


def test_a_seed_file_that_is_not_json(dd: FakeDatadog, tmp_path: Path) -> None:
    path = tmp_path / "seed.json"
    path.write_text("{gates:")
    with pytest.raises(SeedError, match="not valid JSON"):
        dd.seed(path)
    with pytest.raises(SeedError, match="cannot read"):
        dd.seed(tmp_path / "missing.json")


def test_the_seed_format_example_in_the_docs_loads(dd: FakeDatadog) -> None:
    import textwrap

    from datadog_deployments.testing import seeding

    doc = seeding.__doc__ or ""
    example = textwrap.dedent(doc[doc.index("::") + 2 : doc.index("A gate's ``script``")])
    dd.seed(json.loads(example))
    [gate] = dd.gates
    [evaluation] = dd.evaluations
    assert evaluation.verdict == "fail" and gate.rules[0].outcome is not None
    assert list(dd.change_failures) == ["deploy-checkout-0041"] and len(dd.failures) == 1


def test_the_cli_seeds_from_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datadog_deployments.testing.cli import build_parser, configure, main

    path = tmp_path / "seed.json"
    path.write_text(json.dumps(SEED))
    args = build_parser().parse_args(
        ["--gate", "web:staging", "--seed", str(path), "--dora-times", "rfc3339"]
    )
    dd = FakeDatadog(dora_times=args.dora_times)
    configure(dd, args)
    assert [(g.service, g.env) for g in dd.gates] == [
        ("web", "staging"),
        ("web", "prod"),
        ("api", "prod"),
    ]
    assert dd.dora_times == "rfc3339" and len(dd.deployments) == 1

    assert main(["--seed", str(tmp_path / "missing.json")]) == 2
    assert "cannot read the seed file" in capsys.readouterr().err
    path.write_text(json.dumps({"gates": [{"service": "web"}]}))
    assert main(["--seed", str(path)]) == 2
    assert "gates[0]: 'env' is required" in capsys.readouterr().err


def test_the_readme_fake_server_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The fake Datadog server") :]
    [example] = re.findall(r"```py\n(.*?)```", section[: section.index("\n## ")], flags=re.S)
    exec(compile(example, "README.md fake server example", "exec"), {})
    assert capsys.readouterr().out == "fail ['p99 latency', 'fdd']\n"
    for name in re.findall(r"`(\w+)\(", section[section.index("**Seeding and scripting**") :]):
        if name not in ("FakeDatadog",):
            assert hasattr(FakeDatadog, name), f"the README names FakeDatadog.{name}()"


def test_recorded_requests_and_faults_take_either_name() -> None:
    from datadog_deployments.testing import Fault

    with FakeDatadog() as dd:
        dd.inject(Fault.status(503), operation="list_deployment_gates")

        with httpx.Client(
            base_url=dd.url, headers={"DD-API-KEY": dd.api_key, "DD-APPLICATION-KEY": dd.app_key}
        ) as http:
            assert http.get("/api/v2/deployment_gates").status_code == 503
            assert http.get("/api/v2/deployment_gates").status_code == 200
    [first, _] = dd.requests_for("list_deployment_gates")
    assert (first.operation, first.operation_name) == (
        "ListDeploymentGates",
        "list_deployment_gates",
    )
    assert dd.requests_for("ListDeploymentGates")[0] == first


def test_the_example_seed_file_loads_through_the_cli() -> None:
    from datadog_deployments.testing.cli import build_parser, configure

    path = Path(__file__).resolve().parent.parent / "examples" / "fake-seed.json"
    dd = FakeDatadog(clock=ManualClock(10_000.0))
    configure(dd, build_parser().parse_args(["--seed", str(path)]))
    assert len(dd.gates) == 3 and len(dd.evaluations) == 2
    assert [e.verdict for e in dd.evaluations] == ["fail", "pass"]
    assert list(dd.change_failures) == ["deploy-checkout-api-v41"]
    assert list(dd.failures) == ["incident-checkout-api-2026-11-30"]


def test_the_fake_needs_only_the_standard_library() -> None:
    import subprocess
    import sys

    script = """
import sys

class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("httpx", "attrs", "yaml", "pydantic", "aiohttp", "dateutil"):
            raise ImportError("not for the fake: " + name)

sys.meta_path.insert(0, Refuse())
from datadog_deployments.testing import FakeDatadog
from datadog_deployments.testing.cli import build_parser, configure

fake = FakeDatadog()
configure(fake, build_parser().parse_args(["--seed", sys.argv[1], "--failing-gate", "a:b=c"]))
with fake:
    print(len(fake.gates))
"""
    seed = Path(__file__).resolve().parent.parent / "examples" / "fake-seed.json"
    done = subprocess.run(
        [sys.executable, "-c", script, str(seed)], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "4\n", "")
