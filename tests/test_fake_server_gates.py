"""The fake's Deployment Gates operations: trigger, scripted life of an evaluation, errors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from datadog_deployments.testing import FakeDatadog, GateScript, ManualClock, RuleScript
from fake_server_support import GATES_TRIGGER, client, gate_body, result, trigger

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(1000.0)


@pytest.fixture
def dd(clock: ManualClock) -> Iterator[FakeDatadog]:
    with FakeDatadog(clock=clock) as fake:
        yield fake


@pytest.fixture
def http(dd: FakeDatadog) -> Iterator[httpx.Client]:
    with client(dd) as c:
        yield c


def attributes(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert data["type"] == "deployment_gates_evaluation_result_response"
    attrs: dict[str, Any] = data["attributes"]
    assert data["id"] == attrs["evaluation_id"]
    return attrs


def test_trigger_answers_202_with_the_evaluation_id(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.add_gate("checkout", "prod")
    response = http.post(GATES_TRIGGER, json=gate_body())
    assert response.status_code == 202
    data = response.json()["data"]
    assert UUID.fullmatch(data["id"])
    assert data == {
        "id": data["id"],
        "type": "deployment_gates_evaluation_response",
        "attributes": {"evaluation_id": data["id"]},
    }


def test_default_script_passes_at_once(dd: FakeDatadog, http: httpx.Client) -> None:
    gate = dd.add_gate("checkout", "prod")
    evaluation_id = trigger(http)
    attrs = attributes(result(http, evaluation_id))
    assert attrs == {
        "dry_run": False,
        "evaluation_id": evaluation_id,
        "evaluation_url": attrs["evaluation_url"],
        "gate_id": gate.gate_id,
        "gate_status": "pass",
        "rules": [{"dry_run": False, "name": "Check service monitors", "status": "pass"}],
    }
    assert evaluation_id in attrs["evaluation_url"]
    assert UUID.fullmatch(gate.gate_id)


def test_scripted_life_by_time(dd: FakeDatadog, http: httpx.Client, clock: ManualClock) -> None:
    rules = [
        RuleScript("monitors", "fail", reason="2 monitors alerting"),
        RuleScript("fdd", "pass", dry_run=True),
    ]
    script = GateScript(verdict="fail", not_found_for=5, in_progress_for=30, rules=rules)
    dd.add_gate("checkout", "prod", identifier="pre-deploy", script=script)
    evaluation_id = trigger(http, identifier="pre-deploy")

    too_soon = result(http, evaluation_id)
    assert too_soon.status_code == 404
    assert too_soon.json()["errors"][0]["status"] == "404"
    clock.advance(4.9)
    assert result(http, evaluation_id).status_code == 404

    clock.advance(0.1)
    running = attributes(result(http, evaluation_id))
    assert running["gate_status"] == "in_progress"
    assert running["rules"] == [
        {"dry_run": False, "name": "monitors", "status": "in_progress"},
        {"dry_run": True, "name": "fdd", "status": "in_progress"},
    ]
    clock.advance(29.9)
    assert attributes(result(http, evaluation_id))["gate_status"] == "in_progress"

    clock.advance(0.1)
    done = attributes(result(http, evaluation_id))
    assert done["gate_status"] == "fail"
    assert done["rules"] == [
        {"dry_run": False, "name": "monitors", "status": "fail", "reason": "2 monitors alerting"},
        {"dry_run": True, "name": "fdd", "status": "pass"},
    ]
    assert dd.polls(evaluation_id) == 5


def test_scripted_life_by_poll_count(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.add_gate("checkout", "prod", script=GateScript(not_found_polls=1, in_progress_polls=2))
    evaluation_id = trigger(http)
    statuses = []
    for _ in range(5):
        response = result(http, evaluation_id)
        statuses.append(
            response.json()["data"]["attributes"]["gate_status"]
            if response.status_code == 200
            else response.status_code
        )
    assert statuses == [404, "in_progress", "in_progress", "pass", "pass"]


def test_a_never_ending_evaluation(dd: FakeDatadog, http: httpx.Client, clock: ManualClock) -> None:
    dd.add_gate("checkout", "prod", script=GateScript(in_progress_for=float("inf")))
    evaluation_id = trigger(http)
    clock.advance(10**9)
    assert attributes(result(http, evaluation_id))["gate_status"] == "in_progress"


def test_time_starts_at_each_trigger(
    dd: FakeDatadog, http: httpx.Client, clock: ManualClock
) -> None:
    dd.add_gate("checkout", "prod", script=GateScript(in_progress_for=10))
    first = trigger(http)
    clock.advance(6)
    second = trigger(http)
    clock.advance(6)
    assert attributes(result(http, first))["gate_status"] == "pass"
    assert attributes(result(http, second))["gate_status"] == "in_progress"
    assert [e.evaluation_id for e in dd.evaluations] == [first, second]
    assert dd.evaluations[1].triggered_at == 1006.0


def test_gates_are_told_apart_by_identifier(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.add_gate("checkout", "prod", script=GateScript(verdict="pass"))
    dd.add_gate("checkout", "prod", identifier="canary", script=GateScript(verdict="fail"))
    default = trigger(http)
    canary = trigger(http, identifier="canary")
    assert attributes(result(http, default))["gate_status"] == "pass"
    assert attributes(result(http, canary))["gate_status"] == "fail"


def test_the_gate_keeps_its_gate_id(dd: FakeDatadog, http: httpx.Client) -> None:
    gate_id = "e140302e-0cba-40d2-978c-6780647f8f1c"
    dd.add_gate("checkout", "prod", script=GateScript(gate_id=gate_id, dry_run=True))
    for _ in range(2):
        attrs = attributes(result(http, trigger(http)))
        assert attrs["gate_id"] == gate_id
        assert attrs["dry_run"] is True


def test_the_request_details_are_kept(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.add_gate("checkout", "prod")
    trigger(http, version="2.4.0", primary_tag="region:eu-west-1")
    [evaluation] = dd.evaluations
    assert (evaluation.service, evaluation.env, evaluation.identifier) == (
        "checkout",
        "prod",
        "default",
    )
    assert (evaluation.version, evaluation.primary_tag) == ("2.4.0", "region:eu-west-1")
    assert not evaluation.inline


@pytest.mark.parametrize("attrs", [{}, {"identifier": "other"}, {"env": "staging"}])
def test_no_gate_is_a_404(dd: FakeDatadog, http: httpx.Client, attrs: dict[str, str]) -> None:
    dd.add_gate("checkout", "prod")
    response = http.post(GATES_TRIGGER, json=gate_body(service="payments", **attrs))
    assert response.status_code == 404
    assert response.json() == {
        "errors": [{"status": "404", "title": "Not Found", "detail": "Deployment gate not found"}]
    }
    assert dd.evaluations == []


def test_inline_configuration_needs_no_gate(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.default_script = GateScript(
        verdict="fail", rules=[RuleScript("error rate", "fail", reason="too many errors")]
    )
    configuration = {
        "dry_run": True,
        "rules": [
            {
                "type": "monitor",
                "name": "monitors",
                "options": {"query": "env:prod", "duration": 60},
            },
            {"type": "faulty_deployment_detection", "name": "error rate", "dry_run": True},
        ],
    }
    evaluation_id = trigger(http, configuration=configuration)
    attrs = attributes(result(http, evaluation_id))
    assert attrs["dry_run"] is True
    assert attrs["gate_status"] == "fail"
    assert attrs["rules"] == [
        {"dry_run": False, "name": "monitors", "status": "fail"},
        {"dry_run": True, "name": "error rate", "status": "fail", "reason": "too many errors"},
    ]
    assert dd.evaluations[0].inline


def test_inline_configuration_uses_the_constructor_default_script() -> None:
    script = GateScript(in_progress_polls=1, verdict="fail")
    with FakeDatadog(default_script=script) as dd, client(dd) as http:
        rules = [{"type": "monitor", "name": "m", "options": {"query": "q"}}]
        evaluation_id = trigger(http, configuration={"rules": rules})
        assert attributes(result(http, evaluation_id))["gate_status"] == "in_progress"
        assert attributes(result(http, evaluation_id))["gate_status"] == "fail"


def test_unknown_evaluation_is_a_404(http: httpx.Client) -> None:
    for evaluation_id in ("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", "not-a-uuid"):
        response = result(http, evaluation_id)
        assert response.status_code == 404
        [error] = response.json()["errors"]
        assert set(error) == {"status", "title", "detail"}


def _body(**attributes: Any) -> dict[str, Any]:
    return gate_body(**attributes)


MONITOR = {"type": "monitor", "name": "m", "options": {"query": "q"}}


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({}, "/data"),
        ({"data": {"attributes": {"service": "s", "env": "e"}}}, "/data/type"),
        ({"data": {"type": "nope", "attributes": {"service": "s", "env": "e"}}}, "/data/type"),
        ({"data": {"type": "deployment_gates_evaluation_request"}}, "/data/attributes"),
        (_body(service=None), "/data/attributes/service"),
        (
            {
                "data": {
                    "type": "deployment_gates_evaluation_request",
                    "attributes": {"service": "s"},
                }
            },
            "/data/attributes/env",
        ),
        (_body(identifier=3), "/data/attributes/identifier"),
        (_body(configuration=[]), "/data/attributes/configuration"),
        (_body(configuration={}), "/data/attributes/configuration/rules"),
        (_body(configuration={"rules": []}), "/data/attributes/configuration/rules"),
        (_body(configuration={"rules": [MONITOR], "dry_run": "yes"}), "/configuration/dry_run"),
        (_body(configuration={"rules": ["m"]}), "/configuration/rules/0"),
        (_body(configuration={"rules": [{"name": "m"}]}), "/rules/0/type"),
        (_body(configuration={"rules": [{"type": "canary", "name": "m"}]}), "/rules/0/type"),
        (_body(configuration={"rules": [MONITOR, {"type": "monitor"}]}), "/rules/1/name"),
        (
            _body(configuration={"rules": [{"type": "monitor", "name": "m", "options": {}}]}),
            "/options/query",
        ),
        (
            _body(
                configuration={"rules": [{**MONITOR, "options": {"query": "q", "duration": 7201}}]}
            ),
            "/options/duration",
        ),
        (
            _body(
                configuration={
                    "rules": [
                        {
                            "type": "faulty_deployment_detection",
                            "name": "f",
                            "options": {"excluded_resources": ["a"], "allowed_resources": ["b"]},
                        }
                    ]
                }
            ),
            "/rules/0/options",
        ),
    ],
)
def test_invalid_triggers_get_a_gates_400(http: httpx.Client, body: Any, where: str) -> None:
    response = http.post(GATES_TRIGGER, json=body)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert len(errors) == 1
    assert errors[0]["status"] == "400"
    assert errors[0]["title"] == "Bad Request"
    assert where in errors[0]["detail"]


def test_a_trigger_that_is_not_json_is_a_400(http: httpx.Client) -> None:
    response = http.post(GATES_TRIGGER, content=b"nope")
    assert response.status_code == 400
    assert set(response.json()["errors"][0]) == {"status", "title", "detail"}


def test_validation_comes_before_the_gate_lookup(http: httpx.Client) -> None:
    response = http.post(GATES_TRIGGER, json=_body(service=None))
    assert response.status_code == 400


def test_script_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        GateScript(in_progress_for=-1)
    with pytest.raises(ValueError):
        GateScript(not_found_polls=-1)
