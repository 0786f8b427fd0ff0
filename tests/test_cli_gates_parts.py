"""Gates as code without a server: the document, its checks, the plan and the apply record."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from datadog_deployments.cli.gates_apply import ApplyRecord, apply
from datadog_deployments.cli.gates_document import (
    DocumentError,
    GateKey,
    GateSpec,
    RuleSpec,
    dump,
    load,
    parse,
    parse_text,
    to_document,
)
from datadog_deployments.cli.gates_plan import ABSENT, Change, FieldChange, plan
from datadog_deployments.cli.outcome import UsageError
from datadog_deployments.cli.rule_checks import rule_problems

MONITOR_QUERY = {
    "name": "Service monitors",
    "type": "monitor",
    "options": {"query": "service:web", "duration": 300, "warmup": 60, "fail_on_no_data": True},
}
MONITOR_IDS = {
    "name": "Pinned monitors",
    "type": "monitor",
    "dry_run": True,
    "options": {
        "monitor_ids": [{"id": "12345", "groups": ["env:prod"]}, {"id": 678, "groups": []}],
        "fail_on_no_groups_found": False,
    },
}
FDD = {
    "name": "Faulty deployment detection",
    "type": "faulty_deployment_detection",
    "options": {"duration": 900, "excluded_resources": ["GET /health"]},
}


def document(*gates: dict[str, Any]) -> dict[str, Any]:
    return {"gates": list(gates)}


def gate(service: str = "web", env: str = "prod", **extra: Any) -> dict[str, Any]:
    return {"service": service, "env": env, "rules": [MONITOR_QUERY, FDD], **extra}


# ---- rule checks -------------------------------------------------------------------------------
def test_every_documented_stored_rule_kind_is_accepted() -> None:
    for rule in (MONITOR_QUERY, MONITOR_IDS, FDD):
        assert rule_problems(rule, "r", stored=True) == []


def opts(rule: dict[str, Any], **options: Any) -> dict[str, Any]:
    return {**rule, "options": options}


ONE_MONITOR = {"id": "1", "groups": []}


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        (
            opts(MONITOR_QUERY, query="q", monitor_ids=[]),
            "r.options ('Service monitors'): give query or monitor_ids",
        ),
        (
            opts(MONITOR_IDS, monitor_ids=[]),
            "r.options.monitor_ids ('Pinned monitors'): must be a non-empty",
        ),
        (
            opts(MONITOR_IDS, monitor_ids=[{"id": "12a", "groups": []}]),
            "r.options.monitor_ids[0].id ('Pinned monitors'): the monitor's decimal ID",
        ),
        (
            opts(MONITOR_IDS, monitor_ids=[{"id": "1"}]),
            "r.options.monitor_ids[0].groups ('Pinned monitors'): missing",
        ),
        (
            opts(MONITOR_IDS, monitor_ids=[{**ONE_MONITOR, "group": 1}]),
            "r.options.monitor_ids[0] ('Pinned monitors'): unknown key 'group'",
        ),
        (
            opts(MONITOR_QUERY, query="q", warmup=-1),
            "r.options.warmup ('Service monitors'): is -1; must be 0 seconds or more",
        ),
        (
            opts(MONITOR_QUERY, query="q", fail_on_no_data="yes"),
            "r.options.fail_on_no_data ('Service monitors'): must be true or false",
        ),
        (opts(MONITOR_QUERY, duration=5), "needs query (a monitor search) or monitor_ids"),
        (opts(FDD, allowed_resources=["a"], excluded_resources=["b"]), "not both"),
        (opts(FDD, query="q"), "r.options ('Faulty deployment detection'): unknown key 'query'"),
        ({**FDD, "type": "slo"}, "r.type ('Faulty deployment detection'): unknown type 'slo'"),
        (
            {**FDD, "type": ["monitor"]},
            "r.type ('Faulty deployment detection'): unknown type ['monitor']",
        ),
        ({**FDD, "name": ""}, "r.name: missing or empty"),
        ({"name": "x", "type": "monitor"}, "r.options ('x'): missing"),
        ("rule", "r: must be an object"),
    ],
)
def test_each_rule_problem_is_named_by_its_path(rule: Any, problem: str) -> None:
    assert any(problem in found for found in rule_problems(rule, "r", stored=True)), rule_problems(
        rule, "r", stored=True
    )


def test_inline_rules_keep_the_inline_limits() -> None:
    assert rule_problems(MONITOR_IDS, "r", stored=False)  # monitor IDs are for stored rules
    long = {**FDD, "options": {"duration": 7201}}
    assert rule_problems(long, "r", stored=False) == [
        "r.options.duration ('Faulty deployment detection'): is 7201; at most 7200 seconds"
    ]
    assert rule_problems(long, "r", stored=True) == []


# ---- the document ------------------------------------------------------------------------------
def test_a_document_reads_with_defaults_and_canonical_options() -> None:
    (spec,) = parse(document(gate(rules=[MONITOR_IDS])), "f")
    assert spec.key == GateKey("web", "prod", "default")
    assert spec.dry_run is False
    (rule,) = spec.rules
    assert rule.dry_run is True
    assert list(rule.options) == ["fail_on_no_groups_found", "monitor_ids"]
    assert rule.options["monitor_ids"][1] == {"groups": [], "id": "678"}  # YAML number -> text


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        ([], "want an object with a 'gates' list"),
        ({"gate": []}, "the document: unknown key 'gate'"),
        (document({"service": "web"}), "gates[0].env: missing or empty"),
        (document(gate(identifier="")), "gates[0].identifier: must be a non-empty string"),
        (document(gate(dry_run="no")), "gates[0].dry_run: must be true or false"),
        (document(gate(), gate()), "gates[1]: the same gate (web / prod / default) as gates[0]"),
        (
            document(gate(rules=[FDD, FDD])),
            "gates[0].rules[1].name: 'Faulty deployment detection' is also the name of "
            "gates[0].rules[0]",
        ),
        (
            document(gate(rules=[opts(FDD, duration="5m")])),
            "gates[0].rules[0].options.duration ('Faulty deployment detection'): must be a whole",
        ),
        (document(gate(rules="none")), "gates[0].rules: must be a list"),
        (document(gate(colour="red")), "gates[0]: unknown key 'colour'"),
    ],
)  # fmt: skip
def test_document_problems_name_the_path_in_the_file(doc: Any, problem: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse(doc, "gates.yaml")
    assert any(problem in found for found in caught.value.problems), caught.value.problems
    assert caught.value.message.startswith("gates.yaml: ")
    assert isinstance(caught.value, UsageError)  # exit 2, nothing sent


def test_export_is_sorted_and_reads_back_to_the_same_gates() -> None:
    gates = parse(
        document(gate("web", "staging"), gate("api", "prod", identifier="pre", dry_run=True)), "f"
    )
    shuffled = [
        GateSpec(g.key, g.dry_run, tuple(reversed(g.rules)), id=f"id-{g.key.service}")
        for g in reversed(gates)
    ]
    exported = to_document(shuffled)
    assert [g["service"] for g in exported["gates"]] == ["api", "web"]
    assert [r["name"] for r in exported["gates"][0]["rules"]] == [
        FDD["name"],
        MONITOR_QUERY["name"],
    ]
    assert "server" not in exported["gates"][0]
    for fmt in ("yaml", "json"):
        text = dump(exported, fmt)
        again = parse(parse_text(text, f"x.{fmt}"), "x")
        assert to_document(again) == exported
        assert dump(to_document(again), fmt) == text  # byte-stable


def test_server_fields_only_when_asked_and_ignored_on_reading() -> None:
    rule = RuleSpec("r", "faulty_deployment_detection", False, {}, id="rule-1",
                    server={"created_at": "2026-12-01T00:00:00Z", "gate_id": "x"})  # fmt: skip
    spec = GateSpec(GateKey("web", "prod", "default"), False, (rule,), id="gate-1",
                    server={"created_by": {"id": "u1"}})  # fmt: skip
    exported = to_document([spec], server_fields=True)
    assert exported["gates"][0]["server"] == {"created_by": {"id": "u1"}, "id": "gate-1"}
    assert exported["gates"][0]["rules"][0]["server"] == {
        "created_at": "2026-12-01T00:00:00Z",
        "id": "rule-1",
    }
    assert to_document(parse(exported, "f")) == to_document([spec])


def test_load_reads_json_and_yaml_files_and_refuses_what_is_not_a_file(tmp_path: Path) -> None:
    as_json = tmp_path / "gates.json"
    as_json.write_text(json.dumps(document(gate())))
    as_yaml = tmp_path / "gates.yaml"
    as_yaml.write_text(dump(document(gate()), "yaml"))
    assert load(str(as_json)) == load(str(as_yaml))
    with pytest.raises(UsageError, match="Is a directory"):
        load(str(tmp_path))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(UsageError, match="not a regular file"):
        load(str(fifo))  # refused at once, no writer needed
    with pytest.raises(UsageError, match="not valid JSON"):
        (tmp_path / "bad.json").write_text("{")
        load(str(tmp_path / "bad.json"))
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(UsageError, match=r"nested too deeply|want an object"):
        load(str(deep))


# ---- the plan ----------------------------------------------------------------------------------
def server(gates: list[GateSpec]) -> list[GateSpec]:
    """The same gates as Datadog would hold them: with IDs."""
    return [
        GateSpec(
            g.key,
            g.dry_run,
            tuple(
                RuleSpec(r.name, r.type, r.dry_run, r.options, id=f"{g.key.service}-{r.name}")
                for r in g.rules
            ),
            id=f"gate-{g.key.service}-{g.key.env}",
        )
        for g in gates
    ]


def test_no_changes_when_datadog_matches_the_file() -> None:
    desired = parse(document(gate(), gate("api")), "f")
    result = plan(desired, server(desired))
    assert result.empty and result.summary() == "no changes: Datadog matches the file"


def test_creates_come_gate_first_then_its_rules() -> None:
    desired = parse(document(gate()), "f")
    result = plan(desired, [])
    assert [(c.action, c.kind, c.rule) for c in result.changes] == [
        ("create", "gate", None),
        ("create", "rule", FDD["name"]),
        ("create", "rule", MONITOR_QUERY["name"]),
    ]
    assert result.changes[0].fields == (FieldChange("dry_run", ABSENT, False),)


def test_field_level_updates_of_rules_and_gates() -> None:
    desired = parse(document(gate(dry_run=True, rules=[MONITOR_QUERY, FDD])), "f")
    before = parse(
        document(gate(rules=[opts(MONITOR_QUERY, query="service:web", duration=600), FDD])), "f"
    )
    result = plan(desired, server(before))
    assert [c.describe() for c in result.changes] == [
        "update rule 'Service monitors' of web / prod / default",
        "update gate web / prod / default",
    ]
    rule_change = result.changes[0]
    assert rule_change.rule_id == "web-Service monitors"
    assert [(f.path, f.before, f.after) for f in rule_change.fields] == [
        ("options.duration", 600, 300),
        ("options.fail_on_no_data", ABSENT, True),
        ("options.warmup", ABSENT, 60),
    ]
    assert rule_change.fields[1].json() == {"path": "options.fail_on_no_data", "after": True}
    assert result.changes[1].fields == (FieldChange("dry_run", False, True),)


def test_a_rename_is_a_delete_and_a_create_and_the_plan_says_so() -> None:
    renamed = {**FDD, "name": "FDD"}
    desired = parse(document(gate(rules=[MONITOR_QUERY, renamed])), "f")
    current = server(parse(document(gate()), "f"))
    kept = plan(desired, current)
    assert [c.describe() for c in kept.changes] == [
        "create rule 'FDD' of web / prod / default (renamed from 'Faulty deployment detection'? "
        "a rename is a delete and a create; without --prune the old rule stays)"
    ]
    assert kept.left_alone == ["rule 'Faulty deployment detection' of gate web / prod / default"]
    pruned = plan(desired, current, prune=True)
    assert [(c.action, c.rule) for c in pruned.changes] == [
        ("delete", "Faulty deployment detection"),
        ("create", "FDD"),
    ]
    assert "renamed to 'FDD'?" in (pruned.changes[0].note or "")


def test_a_type_change_replaces_the_rule_deleting_first() -> None:
    monitor_now = {**MONITOR_QUERY, "name": FDD["name"]}
    desired = parse(document(gate(rules=[monitor_now])), "f")
    result = plan(desired, server(parse(document(gate(rules=[FDD])), "f")))
    assert [(c.action, c.kind) for c in result.changes] == [("delete", "rule"), ("create", "rule")]
    assert "type changes from faulty_deployment_detection to monitor" in (
        result.changes[0].note or ""
    )


def test_prune_deletes_gates_and_rules_absent_from_the_file_and_only_then() -> None:
    desired = parse(document(gate(rules=[FDD])), "f")
    current = server(parse(document(gate(), gate("api")), "f"))
    kept = plan(desired, current)
    assert kept.empty
    assert kept.left_alone == [
        "rule 'Service monitors' of gate web / prod / default",
        "gate api / prod / default (2 rule(s))",
    ]
    assert "left alone" in kept.summary()
    pruned = plan(desired, current, prune=True)
    assert [c.describe() for c in pruned.changes] == [
        "delete rule 'Service monitors' of web / prod / default (not in the file)",
        "delete gate api / prod / default (not in the file; its 2 rule(s) go with it)",
    ]
    assert pruned.changes[1].gate_id == "gate-api-prod"


def test_a_duplicate_rule_name_in_datadog_is_matched_once_and_pruned() -> None:
    desired = parse(document(gate(rules=[FDD])), "f")
    (current,) = server(desired)
    twin = RuleSpec(str(FDD["name"]), "faulty_deployment_detection", False, {}, id="zz-twin")
    doubled = GateSpec(current.key, False, (*current.rules, twin), id=current.id)
    assert plan(desired, [doubled]).empty
    (delete,) = plan(desired, [doubled], prune=True).changes
    assert (delete.action, delete.rule_id, delete.note) == (
        "delete", "zz-twin", "a second rule of that name in Datadog",
    )  # fmt: skip


# ---- apply -------------------------------------------------------------------------------------
class Recorder:
    """A GatesPort that records calls and fails on the call numbered `fail_at`."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.fail_at = fail_at

    def _call(self, *what: str) -> str:
        self.calls.append(what)
        if self.fail_at is not None and len(self.calls) == self.fail_at:
            raise ConnectionError("lost")
        return f"new-{len(self.calls)}"

    def create_gate(self, gate: GateSpec) -> str:
        return self._call("create_gate", str(gate.key))

    def update_gate(self, gate_id: str, gate: GateSpec) -> None:
        self._call("update_gate", gate_id)

    def delete_gate(self, gate_id: str) -> None:
        self._call("delete_gate", gate_id)

    def create_rule(self, gate_id: str, rule: RuleSpec) -> str:
        return self._call("create_rule", gate_id, rule.name)

    def update_rule(self, gate_id: str, rule_id: str, rule: RuleSpec) -> None:
        self._call("update_rule", gate_id, rule_id)

    def delete_rule(self, gate_id: str, rule_id: str) -> None:
        self._call("delete_rule", gate_id, rule_id)


def test_apply_passes_new_gate_ids_to_their_rules() -> None:
    port = Recorder()
    record = apply(plan(parse(document(gate()), "f"), []), port)
    assert record.complete and len(record.done) == 3 and record.not_done == []
    assert port.calls == [
        ("create_gate", "web / prod / default"),
        ("create_rule", "new-1", FDD["name"]),
        ("create_rule", "new-1", MONITOR_QUERY["name"]),
    ]
    assert record.created_ids["gate web / prod / default"] == "new-1"


def test_a_failure_half_way_says_what_was_done_and_what_not() -> None:
    seen: list[tuple[str, str]] = []
    port = Recorder(fail_at=2)
    record = apply(
        plan(parse(document(gate()), "f"), []),
        port,
        on_change=lambda change, stage: seen.append((change.describe(), stage)),
    )
    assert isinstance(record, ApplyRecord) and not record.complete
    assert [c.describe() for c in record.done] == ["create gate web / prod / default"]
    assert record.failed is not None and record.failed.rule == FDD["name"]
    assert isinstance(record.error, ConnectionError)
    assert [c.rule for c in record.not_done] == [MONITOR_QUERY["name"]]
    assert seen[-1] == (f"create rule {FDD['name']!r} of web / prod / default", "start")
    assert record.json()["complete"] is False


def test_plan_json_is_plain_data() -> None:
    result = plan(parse(document(gate()), "f"), [])
    text = json.dumps(result.json())
    assert json.loads(text)["counts"] == {"create": 3, "update": 0, "delete": 0}
    assert isinstance(result.changes[0], Change)


def test_a_rule_change_without_rule_ids_replaces_the_gate_keeping_what_is_left_alone() -> None:
    """The rules list gives no rule IDs: a rule can then change only with its gate."""
    extra = {"name": "UI-made", "type": "faulty_deployment_detection", "options": {}}
    desired = parse(document(gate(rules=[opts(MONITOR_QUERY, query="service:web")])), "f")
    (listed,) = parse(document(gate(rules=[MONITOR_QUERY, extra])), "f")
    current = GateSpec(listed.key, listed.dry_run, listed.rules, id="g1")  # rules without IDs
    kept = plan(desired, [current])
    assert [c.describe() for c in kept.changes] == [
        "delete gate web / prod / default (replaced: Datadog lists this gate's rules without "
        "their IDs, so a rule can change only with the gate, deleted (its rules go with it) "
        "and created again under a new ID)",
        "create gate web / prod / default",
        "create rule 'Service monitors' of web / prod / default",
        "create rule 'UI-made' of web / prod / default (kept: in Datadog, not in the file)",
    ]
    assert kept.changes[0].gate_id == "g1"
    paths = [f.path for f in kept.changes[0].fields]
    assert paths == [
        "rules['Service monitors'].options.duration",
        "rules['Service monitors'].options.fail_on_no_data",
        "rules['Service monitors'].options.warmup",
    ]
    assert all(c.gate_id is None for c in kept.changes[1:])  # the new gate's ID, at apply time
    pruned = plan(desired, [current], prune=True)
    assert [c.rule for c in pruned.changes] == [None, None, "Service monitors"]
    assert plan(parse(document(gate(rules=[MONITOR_QUERY, extra])), "f"), [current]).empty


def test_the_command_to_run_next_keeps_prune_the_selection_and_quotes_the_path() -> None:
    import shlex

    from datadog_deployments.cli.gates import apply_command

    scope = {"service": "my svc", "env": "prod", "identifier": None}
    command = apply_command("gates dir/it's.yaml", True, scope)
    assert shlex.split(command) == [
        "ddeploy", "gates", "apply", "-f", "gates dir/it's.yaml", "--prune",
        "--service", "my svc", "--env", "prod",
    ]  # fmt: skip
    plain = apply_command("gates.yaml", False, {"service": None, "env": None, "identifier": None})
    assert plain == "ddeploy gates apply -f gates.yaml"


def test_after_a_refusal_the_next_step_is_to_fix_it_not_to_run_again() -> None:
    from datadog_deployments.cli.gates import next_step
    from datadog_deployments.cli.outcome import ApiFailure, Unavailable

    refused = next_step(ApiFailure("HTTP 400: more than 100 rules"), "ddeploy gates apply -f g")
    assert "again to finish" not in refused and refused.startswith("fix ")
    busy = next_step(Unavailable("HTTP 503"), "ddeploy gates apply -f g")
    assert busy == "run 'ddeploy gates apply -f g' again to finish"


def test_a_replaced_gate_shows_each_field_of_a_type_changing_rule_once() -> None:
    monitor_now = {**MONITOR_QUERY, "name": FDD["name"]}
    desired = parse(document(gate(rules=[monitor_now])), "f")
    (listed,) = parse(document(gate(rules=[FDD])), "f")
    current = GateSpec(listed.key, listed.dry_run, listed.rules, id="g1")  # rules without IDs
    replaced = plan(desired, [current])
    fields = replaced.changes[0].fields
    paths = [f.path for f in fields]
    assert len(paths) == len(set(paths)), paths
    by_path = {f.path: (f.before, f.after) for f in fields}
    prefix = "rules['Faulty deployment detection']."
    assert by_path[prefix + "type"] == ("faulty_deployment_detection", "monitor")
    assert by_path[prefix + "options.duration"] == (900, 300)
    assert by_path[prefix + "options.query"] == (ABSENT, "service:web")
    assert by_path[prefix + "options.excluded_resources"] == (["GET /health"], ABSENT)
