"""Injected faults: each kind, their order, their count and whether the request took effect."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest
from datadog_deployments.testing import FakeDatadog, Fault
from datadog_deployments.testing.faults import StatusTarget
from fake_server_support import (
    DORA_CREATE,
    DORA_GET,
    GATES_TRIGGER,
    client,
    dora_body,
    gate_body,
    result,
    trigger,
)

TRIGGER = "TriggerDeploymentGatesEvaluation"
RESULT = "GetDeploymentGatesEvaluationResult"
CREATE = "CreateDORADeployment"


@pytest.fixture
def dd(fake_datadog: FakeDatadog) -> FakeDatadog:
    fake_datadog.add_gate("checkout", "prod")
    return fake_datadog


@pytest.fixture
def http(dd: FakeDatadog) -> Iterator[httpx.Client]:
    with client(dd) as c:
        yield c


def test_a_status_fault_answers_the_documented_body(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.inject(Fault.status(500), operation=TRIGGER)
    dd.inject(Fault.status(500), operation=CREATE)
    dd.inject(Fault.status(400), operation=CREATE)
    dd.inject(Fault.status(404), operation=RESULT)

    gates_500 = http.post(GATES_TRIGGER, json=gate_body())
    assert gates_500.status_code == 500
    assert gates_500.json() == {
        "errors": [
            {"status": "500", "title": "Internal Server Error", "detail": "Internal Server Error"}
        ]
    }
    dora_500 = http.post(DORA_CREATE, json=dora_body())
    assert (dora_500.status_code, dora_500.json()) == (500, {"errors": ["Internal Server Error"]})
    dora_400 = http.post(DORA_CREATE, json=dora_body())
    assert dora_400.json()["errors"][0]["status"] == "400"
    assert dora_400.json()["errors"][0]["title"] == "Bad Request"
    not_found = result(http, "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d")
    assert not_found.json()["errors"][0]["detail"] == "Evaluation not found"
    # none of them did anything
    assert dd.evaluations == [] and dd.deployments == {}
    assert dd.pending_faults == []


@pytest.mark.parametrize("code", [502, 503, 504])
def test_gateway_errors_with_retry_after(dd: FakeDatadog, http: httpx.Client, code: int) -> None:
    dd.inject(Fault.status(code, retry_after=2))
    response = http.post(GATES_TRIGGER, json=gate_body())
    assert response.status_code == code
    assert response.headers["retry-after"] == "2"
    assert response.json()["errors"] == [response.reason_phrase]
    assert http.post(GATES_TRIGGER, json=gate_body()).status_code == 202


def test_a_status_fault_with_a_body_and_headers(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.inject(Fault.status(503, body=b"<html>down</html>", headers={"Content-Type": "text/html"}))
    response = http.get(DORA_GET.format("x"))
    assert response.status_code == 503
    assert response.content == b"<html>down</html>"
    assert response.headers.get_list("content-type") == ["text/html"]
    dd.inject(Fault.status(500, body={"errors": ["custom"]}))
    assert http.get(DORA_GET.format("x")).json() == {"errors": ["custom"]}


def test_a_success_status_fault_acts_and_changes_the_status(
    dd: FakeDatadog, http: httpx.Client
) -> None:
    dd.inject(Fault.status(202), operation=CREATE)
    response = http.post(DORA_CREATE, json=dora_body(id="delayed-by-incident"))
    assert response.status_code == 202
    assert response.json()["data"]["id"] == "delayed-by-incident"
    assert "delayed-by-incident" in dd.deployments
    dd.inject(Fault.status(202), operation=CREATE)
    assert http.post(DORA_CREATE, json={}).status_code == 400  # an error stays an error


def test_rate_limit_headers(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.inject(Fault.rate_limit(limit=60, period=10, reset=7, name="gates", retry_after=7))
    response = http.post(GATES_TRIGGER, json=gate_body())
    assert response.status_code == 429
    assert response.json() == {"errors": ["Too Many Requests"]}
    assert {k: v for k, v in response.headers.items() if k.startswith("x-ratelimit")} == {
        "x-ratelimit-limit": "60",
        "x-ratelimit-period": "10",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "7",
        "x-ratelimit-name": "gates",
    }
    assert response.headers["retry-after"] == "7"
    assert dd.evaluations == []
    dd.inject(Fault.rate_limit())
    assert "retry-after" not in http.get(DORA_GET.format("x")).headers


def test_slow_answers_take_real_time(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.inject(Fault.slow(0.05), operation=TRIGGER)
    started = time.perf_counter()
    response = http.post(GATES_TRIGGER, json=gate_body())
    assert time.perf_counter() - started >= 0.05
    assert response.status_code == 202


def test_a_client_timeout_on_a_slow_answer(dd: FakeDatadog) -> None:
    dd.inject(Fault.slow(0.2))
    with client(dd, timeout=0.02) as impatient, pytest.raises(httpx.ReadTimeout):
        impatient.post(GATES_TRIGGER, json=gate_body())
    with client(dd) as http:
        assert http.post(GATES_TRIGGER, json=gate_body()).status_code == 202


def test_drop_after_reading_does_nothing(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.inject(Fault.drop(), operation=TRIGGER)
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(GATES_TRIGGER, json=gate_body())
    assert dd.evaluations == []
    [recorded] = dd.requests
    assert recorded.json == gate_body()
    assert recorded.fault == Fault.drop()
    assert http.post(GATES_TRIGGER, json=gate_body()).status_code == 202


def test_drop_before_reading_does_nothing(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.inject(Fault.drop("before_read"))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        http.post(GATES_TRIGGER, json=gate_body())
    assert dd.evaluations == []
    assert dd.requests[0].body == b""
    assert http.post(GATES_TRIGGER, json=gate_body()).status_code == 202


def test_drop_after_acting_takes_effect(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.inject(Fault.drop("after_acting"), operation=TRIGGER)
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(GATES_TRIGGER, json=gate_body())
    assert len(dd.evaluations) == 1
    dd.inject(Fault.drop("after_acting"), operation=CREATE)
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(DORA_CREATE, json=dora_body(id="sent-but-unanswered"))
    assert "sent-but-unanswered" in dd.deployments


def test_malformed_json_keeps_the_status(dd: FakeDatadog, http: httpx.Client) -> None:
    evaluation_id = trigger(http)
    dd.inject(Fault.malformed_json(), operation=RESULT)
    response = result(http, evaluation_id)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert result(http, evaluation_id).json()["data"]["id"] == evaluation_id


@pytest.mark.parametrize(
    ("target", "gate", "rule"),
    [("gate", "paused", "pass"), ("rules", "pass", "paused"), ("both", "paused", "paused")],
)
def test_unknown_status_values(
    dd: FakeDatadog, http: httpx.Client, target: StatusTarget, gate: str, rule: str
) -> None:
    evaluation_id = trigger(http)
    dd.inject(Fault.unknown_status("paused", target=target))
    attributes = result(http, evaluation_id).json()["data"]["attributes"]
    assert attributes["gate_status"] == gate
    assert [r["status"] for r in attributes["rules"]] == [rule]


def test_extra_fields_everywhere(dd: FakeDatadog, http: httpx.Client) -> None:
    evaluation_id = trigger(http)
    dd.inject(Fault.extra_fields())
    document = result(http, evaluation_id).json()
    marker = {"added_by": "fake-datadog"}
    assert document["unexpected_field"] == marker
    assert document["data"]["unexpected_field"] == marker
    assert document["data"]["attributes"]["unexpected_field"] == marker
    assert document["data"]["attributes"]["rules"][0]["unexpected_field"] == marker
    assert document["data"]["attributes"]["gate_status"] == "pass"

    dd.inject(Fault.extra_fields({"meta": 1}))
    assert result(http, evaluation_id).json()["data"]["meta"] == 1


def test_faults_go_in_order_to_their_operation(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.inject(Fault.status(502), operation=RESULT)
    dd.inject(Fault.status(503), times=2)
    dd.inject(Fault.status(504), operation=CREATE)
    assert http.post(GATES_TRIGGER, json=gate_body()).status_code == 503  # not for RESULT
    assert http.post(DORA_CREATE, json=dora_body()).status_code == 503  # injected before 504
    assert http.post(DORA_CREATE, json=dora_body()).status_code == 504
    assert http.post(DORA_CREATE, json=dora_body()).status_code == 200
    assert [(p.fault.code, p.remaining) for p in dd.pending_faults] == [(502, 1)]
    assert result(http, "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d").status_code == 502
    assert [r.fault.code if r.fault else None for r in dd.requests] == [503, 503, 504, None, 502]


def test_a_fault_for_every_request_until_cleared(dd: FakeDatadog, http: httpx.Client) -> None:
    dd.inject(Fault.status(503), times=None, operation=TRIGGER)
    for _ in range(3):
        assert http.post(GATES_TRIGGER, json=gate_body()).status_code == 503
    assert dd.pending_faults[0].remaining is None
    dd.clear_faults()
    assert http.post(GATES_TRIGGER, json=gate_body()).status_code == 202


def test_faults_apply_before_keys_and_routing(dd: FakeDatadog) -> None:
    dd.inject(Fault.status(503), times=2)
    with httpx.Client(base_url=dd.url, timeout=5) as anonymous:
        assert anonymous.post(GATES_TRIGGER, json=gate_body()).status_code == 503
        assert anonymous.get("/not/an/api/path").status_code == 503
        assert anonymous.post(GATES_TRIGGER, json=gate_body()).status_code == 401


def test_bad_injections_are_refused(dd: FakeDatadog) -> None:
    with pytest.raises(ValueError, match="unknown operation"):
        dd.inject(Fault.status(500), operation="GetDeploymentGateEvaluationResult")
    with pytest.raises(ValueError):
        dd.inject(Fault.status(500), times=0)
    with pytest.raises(ValueError):
        Fault.status(99)
    with pytest.raises(ValueError):
        Fault.slow(-1)
    with pytest.raises(ValueError):
        Fault.drop("sometime")  # type: ignore[arg-type]
