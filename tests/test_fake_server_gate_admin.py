"""The fake's gate administration over HTTP: gates and rules (create, read, list with cursors,
update, delete), evaluations of the stored rules, and the two evaluation lists. Every answer
is checked against the spec by the strict oracle (``checked_client``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from datadog_deployments.testing import FakeDatadog, ManualClock, MonitorAlert, RuleScript
from fake_server_support import GATES_RESULT, GATES_TRIGGER, checked_client, gate_body

GATES = "/api/v2/deployment_gates"
GATE = GATES + "/{}"
RULES = GATES + "/{}/rules"
RULE = RULES + "/{}"
EVALUATIONS = GATES + "/evaluations"
RULE_EVALUATIONS = GATES + "/evaluations/rules"
EPOCH = 1_796_032_800.0  # 2026-11-30T10:00:00Z
MONITOR_RULE = {
    "name": "p99",
    "type": "monitor",
    "options": {"query": "service:web", "duration": 300},
}
FDD_RULE = {
    "name": "fdd",
    "type": "faulty_deployment_detection",
    "dry_run": True,
    "options": {"excluded_resources": ["GET /health"]},
}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(0.0)


@pytest.fixture
def dd(clock: ManualClock) -> Iterator[FakeDatadog]:
    with FakeDatadog(clock=clock, epoch=EPOCH) as fake:
        yield fake


@pytest.fixture
def http(dd: FakeDatadog) -> Iterator[httpx.Client]:
    with checked_client(dd) as c:
        yield c


def gate_doc(service: str = "web", env: str = "prod", **attributes: Any) -> dict[str, Any]:
    return {
        "data": {
            "type": "deployment_gate",
            "attributes": {"service": service, "env": env, **attributes},
        }
    }


def rule_doc(rule: dict[str, Any]) -> dict[str, Any]:
    return {"data": {"type": "deployment_rule", "attributes": rule}}


def create_gate(http: httpx.Client, **kwargs: Any) -> str:
    response = http.post(GATES, json=gate_doc(**kwargs))
    assert response.status_code == 200, response.text
    gate_id: str = response.json()["data"]["id"]
    return gate_id


def create_rule(http: httpx.Client, gate_id: str, rule: dict[str, Any]) -> str:
    response = http.post(RULES.format(gate_id), json=rule_doc(rule))
    assert response.status_code == 200, response.text
    rule_id: str = response.json()["data"]["id"]
    return rule_id


def test_a_gate_life(http: httpx.Client, clock: ManualClock) -> None:
    created = http.post(GATES, json=gate_doc(identifier="pre", dry_run=True))
    assert created.status_code == 200
    data = created.json()["data"]
    assert data["attributes"]["created_at"] == "2026-11-30T10:00:00.000Z"
    assert (data["attributes"]["identifier"], data["attributes"]["dry_run"]) == ("pre", True)
    gate_id = data["id"]
    assert http.get(GATE.format(gate_id)).json() == created.json()

    clock.advance(90)
    update = {"data": {"id": gate_id, "type": "deployment_gate", "attributes": {"dry_run": False}}}
    updated = http.put(GATE.format(gate_id), json=update).json()["data"]["attributes"]
    assert updated["dry_run"] is False and updated["updated_at"] == "2026-11-30T10:01:30.000Z"
    assert updated["created_at"] == "2026-11-30T10:00:00.000Z"

    deleted = http.delete(GATE.format(gate_id))
    assert (deleted.status_code, deleted.content) == (204, b"")
    for response in (http.get(GATE.format(gate_id)), http.delete(GATE.format(gate_id))):
        assert response.status_code == 404
        assert response.json()["errors"][0]["detail"] == "Deployment gate not found"


def test_gate_requests_are_checked(http: httpx.Client) -> None:
    gate_id = create_gate(http)
    assert http.post(GATES, json=gate_doc()).status_code == 400  # one gate per service/env/id
    assert create_gate(http, identifier="canary") != gate_id
    for body in (
        {"data": {"type": "deployment_gate", "attributes": {"service": "a"}}},
        {"data": {"type": "gate", "attributes": {"service": "a", "env": "b"}}},
        gate_doc(dry_run="yes"),
    ):
        response = http.post(GATES, json=body)
        assert response.status_code == 400, body
    wrong_id = {"data": {"id": "other", "type": "deployment_gate", "attributes": {"dry_run": True}}}
    assert http.put(GATE.format(gate_id), json=wrong_id).status_code == 400
    assert http.post(GATES, content=b"{not json").status_code == 400


def test_listing_gates_follows_the_cursor_and_filters(http: httpx.Client) -> None:
    made = [create_gate(http, service=f"svc-{n}", dry_run=n % 2 == 0) for n in range(5)]
    seen: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        params = {"page[size]": "2"} | ({"page[cursor]": cursor} if cursor else {})
        body = http.get(GATES, params=params).json()
        pages += 1
        assert body["meta"]["page"]["size"] == 2
        assert body["meta"]["page"].get("cursor") == cursor
        seen += [g["id"] for g in body["data"]]
        cursor = body["meta"]["page"].get("next_cursor")
        if cursor is None:
            break
    assert (seen, pages) == (made, 3)  # oldest first, each once

    dry = http.get(GATES, params={"filter[dry_run]": "true"}).json()["data"]
    assert [g["id"] for g in dry] == made[0::2]
    one = http.get(GATES, params={"filter[service]": "svc-3", "filter[env]": "prod"}).json()
    assert [g["id"] for g in one["data"]] == [made[3]]
    for bad in ({"page[size]": "0"}, {"page[size]": "1001"}, {"page[cursor]": "nonsense"}):
        assert http.get(GATES, params=bad).status_code == 400


def test_rules_of_a_gate(http: httpx.Client) -> None:
    gate_id = create_gate(http)
    monitor_id = create_rule(http, gate_id, MONITOR_RULE)
    fdd_id = create_rule(http, gate_id, FDD_RULE)
    ids_rule = {
        "name": "by id",
        "type": "monitor",
        "options": {"monitor_ids": [{"id": "123", "groups": ["region:eu"]}], "warmup": 60},
    }
    create_rule(http, gate_id, ids_rule)
    listed = http.get(RULES.format(gate_id)).json()["data"]
    assert (listed["id"], listed["type"]) == (gate_id, "list_deployment_rules")
    names = [(r["name"], r["type"], r["options"]) for r in listed["attributes"]["rules"]]
    assert names == [
        ("p99", "monitor", MONITOR_RULE["options"]),
        ("fdd", "faulty_deployment_detection", FDD_RULE["options"]),
        ("by id", "monitor", ids_rule["options"]),
    ]
    got = http.get(RULE.format(gate_id, fdd_id)).json()["data"]
    assert (got["id"], got["attributes"]["dry_run"]) == (fdd_id, True)

    change = {"name": "p95", "dry_run": True, "options": {"query": "service:web p95"}}
    updated = http.put(RULE.format(gate_id, monitor_id), json=rule_doc(change)).json()["data"]
    assert updated["attributes"]["name"] == "p95"
    assert updated["attributes"]["type"] == "monitor"  # an update keeps the type
    assert http.delete(RULE.format(gate_id, fdd_id)).status_code == 204
    assert http.get(RULE.format(gate_id, fdd_id)).status_code == 404
    assert http.delete(RULE.format(gate_id, fdd_id)).status_code == 404
    remaining = http.get(RULES.format(gate_id)).json()["data"]["attributes"]["rules"]
    assert [r["name"] for r in remaining] == ["p95", "by id"]

    assert http.delete(GATE.format(gate_id)).status_code == 204  # its rules go with it
    assert http.get(RULE.format(gate_id, monitor_id)).status_code == 404


@pytest.mark.parametrize(
    "rule",
    [
        {"name": "no options", "type": "monitor"},
        {"name": "no query", "type": "monitor", "options": {"duration": 5}},
        {"name": "both", "type": "monitor", "options": {"query": "a", "monitor_ids": []}},
        {"name": "x", "type": "faulty_deployment_detection",
         "options": {"allowed_resources": ["a"], "excluded_resources": ["b"]}},
        {"name": "x", "type": "slo", "options": {}},
        {"type": "monitor", "options": {"query": "a"}},
        {"name": "p99", "type": "monitor", "options": {"query": "a"}},  # the name is taken
    ],
)  # fmt: skip
def test_invalid_rules_are_a_400(http: httpx.Client, rule: dict[str, Any]) -> None:
    gate_id = create_gate(http)
    create_rule(http, gate_id, MONITOR_RULE)
    response = http.post(RULES.format(gate_id), json=rule_doc(rule))
    assert response.status_code == 400, response.text


def test_a_rule_for_no_gate_is_refused(http: httpx.Client) -> None:
    # The rule list and rule creation document no 404: a missing gate is a 400 there.
    assert http.get(RULES.format("no-such-gate")).status_code == 400
    assert http.post(RULES.format("no-such-gate"), json=rule_doc(MONITOR_RULE)).status_code == 400
    assert http.get(RULE.format("no-such-gate", "r")).status_code == 404


# ---- evaluations of stored rules, and the lists -------------------------------------------
def trigger(http: httpx.Client, **attributes: Any) -> str:
    response = http.post(GATES_TRIGGER, json=gate_body("web", "prod", **attributes))
    assert response.status_code == 202, response.text
    evaluation_id: str = response.json()["data"]["id"]
    return evaluation_id


def test_an_evaluation_runs_the_rules_stored_through_the_api(
    dd: FakeDatadog, http: httpx.Client
) -> None:
    gate_id = create_gate(http)
    create_rule(http, gate_id, MONITOR_RULE)
    create_rule(http, gate_id, FDD_RULE)
    passed = http.get(GATES_RESULT.format(trigger(http))).json()["data"]["attributes"]
    assert passed["gate_status"] == "pass" and passed["gate_id"] == gate_id
    assert [(r["name"], r["status"]) for r in passed["rules"]] == [("p99", "pass"), ("fdd", "pass")]

    dd.script_rule(gate_id, "p99", monitors=[MonitorAlert("4242", "Alert")], reason="p99 high")
    failed = http.get(GATES_RESULT.format(trigger(http))).json()["data"]["attributes"]
    assert failed["gate_status"] == "fail"
    assert failed["rules"][0] == {
        "dry_run": False,
        "name": "p99",
        "status": "fail",
        "reason": "p99 high",
    }


def test_the_rule_evaluation_list_says_why_a_rule_failed(
    dd: FakeDatadog, http: httpx.Client, clock: ManualClock
) -> None:
    gate = dd.add_gate(
        "web",
        "prod",
        rules=[
            RuleScript("p99", "fail", monitors=["4242", {"id": "77", "state": "No Data"}]),
            RuleScript("fdd", "fail", type="faulty_deployment_detection",
                       faulty_resources=["GET /checkout"], dry_run=True),
            RuleScript("errors", "pass"),
        ],
    )  # fmt: skip
    clock.advance(10)
    evaluation_id = trigger(http, version="v42")
    body = http.get(RULE_EVALUATIONS, params={"filter[gate_evaluation_id]": evaluation_id}).json()
    by_name = {r["attributes"]["name"]: r["attributes"] for r in body["data"]}
    assert set(by_name) == {"p99", "fdd", "errors"}
    p99 = by_name["p99"]
    assert (p99["status"], p99["version"], p99["gate_id"]) == ("fail", "v42", gate.gate_id)
    assert p99["rule_id"] == gate.rules[0].rule_id
    assert [(m["id"], m["state"]) for m in p99["failures"]["monitors"]] == [
        ("4242", "Alert"),
        ("77", "No Data"),
    ]
    assert p99["failures"]["monitors"][0]["url"].startswith(
        "https://app.datadoghq.com/monitors/4242"
    )
    assert p99["configuration"] == {"query": "service:web env:prod"}
    assert by_name["fdd"]["failures"]["faulty_apm_resources"] == ["GET /checkout"]
    assert by_name["fdd"]["dry_run"] is True
    assert by_name["errors"]["failures"] == {
        "faulty_apm_resources": [],
        "monitors": [],
        "narratives": [],
    }
    failed = http.get(
        RULE_EVALUATIONS, params={"filter[status]": "fail", "filter[dry_run]": "false"}
    )
    assert [r["attributes"]["name"] for r in failed.json()["data"]] == ["p99"]
    kinds = http.get(RULE_EVALUATIONS, params={"filter[type]": "faulty_deployment_detection"})
    assert [r["attributes"]["name"] for r in kinds.json()["data"]] == ["fdd"]


def test_inline_rules_are_listed_without_gate_or_rule_ids(http: httpx.Client) -> None:
    configuration = {"rules": [{"type": "monitor", "name": "inline", "options": {"query": "q"}}]}
    evaluation_id = trigger(http, configuration=configuration)
    [gate_evaluation] = http.get(EVALUATIONS).json()["data"]
    assert gate_evaluation["id"] == evaluation_id
    assert gate_evaluation["attributes"]["gate_id"] is None
    [rule] = http.get(RULE_EVALUATIONS).json()["data"]
    assert (rule["attributes"]["gate_id"], rule["attributes"]["rule_id"]) == (None, None)


def test_the_evaluation_list_pages_newest_first_within_the_window(
    dd: FakeDatadog, http: httpx.Client, clock: ManualClock
) -> None:
    dd.add_gate("web", "prod")
    dd.add_gate("api", "staging")
    old = dd.start_evaluation("web", "prod", ago=2 * 86400)  # outside the default 24 h
    made = []
    for n in range(5):
        clock.advance(60)
        made.append(trigger(http, version=f"v{n}"))
    dd.start_evaluation("api", "staging", version="v9")
    everything = http.get(EVALUATIONS, params={"filter[service]": "web"}).json()
    assert [e["id"] for e in everything["data"]] == made[::-1]
    assert everything["meta"]["page"] == {"size": 20}

    seen: list[str] = []
    params = {"page[size]": "2", "filter[service]": "web,api", "filter[env]": "prod"}
    while True:
        body = http.get(EVALUATIONS, params=params).json()
        seen += [e["id"] for e in body["data"]]
        if "next_cursor" not in body["meta"]["page"]:
            break
        params["page[cursor]"] = body["meta"]["page"]["next_cursor"]
    assert seen == made[::-1]

    window = {"filter[from]": "2026-11-28T00:00:00Z", "filter[to]": "2026-11-29T00:00:00Z"}
    [found] = http.get(EVALUATIONS, params=window).json()["data"]
    assert found["id"] == old.evaluation_id
    versions = http.get(EVALUATIONS, params=[("filter[version]", "v1"), ("filter[version]", "v9")])
    assert {e["attributes"]["version"] for e in versions.json()["data"]} == {"v1", "v9"}
    only = http.get(EVALUATIONS, params={"filter[evaluation_id]": made[2]}).json()["data"]
    assert [e["id"] for e in only] == [made[2]]


@pytest.mark.parametrize(
    "params",
    [
        {"filter[from]": "yesterday"},
        {"filter[from]": "2026-11-30T00:00:00Z", "filter[to]": "2026-11-29T00:00:00Z"},
        {"filter[from]": "2026-10-01T00:00:00Z", "filter[to]": "2026-11-29T00:00:00Z"},
        {"filter[status]": "paused"},
        {"filter[dry_run]": "maybe"},
        {"page[cursor]": "bm9wZQ"},
    ],
)
def test_bad_list_parameters_are_a_json_api_400(http: httpx.Client, params: dict[str, str]) -> None:
    for path in (EVALUATIONS, RULE_EVALUATIONS):
        response = http.get(path, params=params)
        assert response.status_code == 400
        assert response.json()["errors"][0]["status"] == "400"


def test_an_evaluation_in_progress_is_listed_as_such(
    dd: FakeDatadog, http: httpx.Client, clock: ManualClock
) -> None:
    from datadog_deployments.testing import GateScript

    dd.add_gate("web", "prod", script=GateScript(in_progress_for=120, verdict="fail"))
    evaluation_id = trigger(http)
    running = http.get(EVALUATIONS).json()["data"][0]["attributes"]
    assert (running["status"], running["finished_at"], running["duration_seconds"]) == (
        "in_progress",
        None,
        None,
    )
    rule = http.get(RULE_EVALUATIONS).json()["data"][0]["attributes"]
    assert rule["status"] == "in_progress" and rule["failures"]["monitors"] == []
    clock.advance(500)
    done = http.get(EVALUATIONS).json()["data"][0]["attributes"]
    assert (done["status"], done["duration_seconds"]) == ("fail", 120)
    assert done["finished_at"] == "2026-11-30T10:02:00.000Z"
    assert dd.polls(evaluation_id) == 0  # listing is not polling


def test_concurrent_writers_lose_nothing(dd: FakeDatadog) -> None:
    from concurrent.futures import ThreadPoolExecutor

    gate = dd.add_gate("web", "prod", rules=[])

    def work(index: int) -> list[int]:
        with checked_client(dd) as c:
            statuses = [c.post(GATES, json=gate_doc(service=f"svc-{index}")).status_code]
            rule = {"name": f"rule-{index}", "type": "monitor", "options": {"query": "q"}}
            statuses.append(c.post(RULES.format(gate.gate_id), json=rule_doc(rule)).status_code)
            statuses.append(c.post(GATES_TRIGGER, json=gate_body("web", "prod")).status_code)
            statuses.append(c.get(EVALUATIONS).status_code)
            return statuses

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(work, range(12)))
    assert results == [[200, 200, 202, 200]] * 12
    assert len(dd.gates) == 13 and len(dd.evaluations) == 12
    stored = dd.gate("web", "prod")
    assert stored is not None and len(stored.rules) == 12


def test_gates_and_rules_are_bounded(http: httpx.Client) -> None:
    small = FakeDatadog(max_items=2)
    small.add_gate("a", "prod")
    small.add_gate("b", "prod")
    with small, checked_client(small) as c:
        refused = c.post(GATES, json=gate_doc("c"))
        assert refused.status_code == 400 and "at most 2 gates" in refused.text
    gate_id = create_gate(http)
    for n in range(100):
        create_rule(http, gate_id, {"name": f"r{n}", "type": "monitor", "options": {"query": "q"}})
    too_many = http.post(RULES.format(gate_id), json=rule_doc(MONITOR_RULE))
    assert too_many.status_code == 400 and "at most 100 rules" in too_many.text
