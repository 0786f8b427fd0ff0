"""Each retry rule against the fake server: what is retried, what waits, what never repeats."""

from __future__ import annotations

import logging
import socket

import pytest
from client_support import Rig, deployment_body, gate_body
from datadog_deployments import (
    ApiClient,
    ApiException,
    ConnectError,
    ConnectionLostError,
    DeploymentGatesApi,
    DORAMetricsApi,
    RequestTimeoutError,
    RetryPolicy,
    ServiceException,
    TooManyRequestsException,
)
from datadog_deployments.deployment_gates_api import evaluation_id
from datadog_deployments.testing import Fault


def test_get_retries_5xx_with_exponential_backoff(rig: Rig) -> None:
    with rig.client() as client:
        DORAMetricsApi(client).create_dora_deployment(
            body=deployment_body(id="deploy-retry-000001")
        )
        rig.fake.inject(Fault.status(500), times=2, operation="GetDORADeployment")
        event = DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-retry-000001")
    assert event.to_dict()["data"]["attributes"]["service"] == "checkout-api"
    assert [r.operation for r in rig.fake.requests].count("GetDORADeployment") == 3
    assert rig.sleeps.waits == [1, 2]


def test_a_write_the_spec_does_not_mark_safe_is_not_retried_on_5xx(rig: Rig) -> None:
    # A body without data.attributes cannot carry the idempotency ID: nothing makes it safe.
    rig.fake.inject(Fault.status(503), operation="CreateDORADeployment")
    with rig.client() as client, pytest.raises(ServiceException) as caught:
        client.call("CreateDORADeployment", body={"data": "no attributes"})
    assert len(rig.fake.requests) == 1 and rig.sleeps.waits == []
    assert caught.value.attempts == 1 and "attempts" not in str(caught.value)


def test_trigger_5xx_is_retried_and_the_triggers_sent_are_logged(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.status(503), times=2, operation="TriggerDeploymentGatesEvaluation")
    with caplog.at_level(logging.INFO), rig.client() as client:
        started = DeploymentGatesApi(client).trigger_deployment_gates_evaluation(body=gate_body())
    assert evaluation_id(started) and len(rig.fake.requests) == 3 and rig.sleeps.waits == [1, 2]
    assert "trigger_deployment_gates_evaluation: sent 3 times" in caplog.text


def test_trigger_that_keeps_failing_says_how_many_were_sent(rig: Rig) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.status(500), times=None, operation="TriggerDeploymentGatesEvaluation")
    with rig.client() as client, pytest.raises(ServiceException) as caught:
        DeploymentGatesApi(client).trigger_deployment_gates_evaluation(body=gate_body())
    assert caught.value.attempts == 4 == len(rig.fake.requests)
    assert "(after 4 attempts)" in str(caught.value)


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_safe_writes_are_not_retried_on_4xx(rig: Rig, status: int) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.status(status), operation="TriggerDeploymentGatesEvaluation")
    rig.fake.inject(Fault.status(status), operation="CreateDORADeployment")
    with rig.client() as client:
        with pytest.raises(ApiException):
            DeploymentGatesApi(client).trigger_deployment_gates_evaluation(body=gate_body())
        with pytest.raises(ApiException):
            DORAMetricsApi(client).create_dora_deployment(body=deployment_body())
    assert len(rig.fake.requests) == 2 and rig.sleeps.waits == []


def test_deployment_event_5xx_is_retried_with_the_same_id(rig: Rig) -> None:
    rig.fake.inject(Fault.status(500), operation="CreateDORADeployment")
    with rig.client() as client:
        sent = DORAMetricsApi(client).create_dora_deployment(body=deployment_body())
    bodies = [r.json for r in rig.fake.requests_for("CreateDORADeployment")]
    ids = {body["data"]["attributes"]["id"] for body in bodies}
    assert len(bodies) == 2 and len(ids) == 1
    (assigned,) = ids
    assert 16 <= len(assigned) <= 128 and sent.to_dict()["data"]["id"] == assigned
    assert list(rig.fake.deployments) == [assigned]


def test_the_callers_own_id_is_kept_and_their_body_left_alone(rig: Rig) -> None:
    body = deployment_body(id="deploy-own-id-000001")
    untouched = deployment_body()
    rig.fake.inject(Fault.status(502), operation="CreateDORADeployment")
    with rig.client() as client:
        DORAMetricsApi(client).create_dora_deployment(body=body)
        client.call("CreateDORADeployment", body=untouched)
    sent = [r.json["data"]["attributes"]["id"] for r in rig.fake.requests]
    assert sent[:2] == ["deploy-own-id-000001"] * 2 and len(sent) == 3
    assert "id" not in untouched["data"]["attributes"]


def test_429_waits_what_x_ratelimit_reset_says_for_get_and_post(rig: Rig) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.rate_limit(reset=7), operation="TriggerDeploymentGatesEvaluation")
    rig.fake.inject(Fault.rate_limit(reset=3), operation="GetDeploymentGatesEvaluationResult")
    with rig.client() as client:
        api = DeploymentGatesApi(client)
        started = api.trigger_deployment_gates_evaluation(body=gate_body())
        eid = evaluation_id(started)
        api.get_deployment_gates_evaluation_result(id=eid)
    assert rig.sleeps.waits == [7, 3]
    assert len(rig.fake.evaluations) == 1  # the retried POST started one evaluation


def test_retry_after_is_honoured_when_there_is_no_reset_header(rig: Rig) -> None:
    rig.fake.inject(Fault.status(429, retry_after=4))
    with rig.client() as client:
        DORAMetricsApi(client).create_dora_deployment(body=deployment_body())
    assert rig.sleeps.waits == [4]


def test_429_that_never_ends_gives_up_within_the_budget(rig: Rig) -> None:
    rig.fake.inject(Fault.rate_limit(reset=30), times=None)
    with rig.client() as client, pytest.raises(TooManyRequestsException):
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-0001-checkout")
    assert len(rig.fake.requests) == 4 and rig.sleeps.waits == [30, 30, 30]


def test_dropped_connection_is_retried_for_get(rig: Rig) -> None:
    with rig.client() as client:
        DORAMetricsApi(client).create_dora_deployment(
            body=deployment_body(id="deploy-drop-0000001")
        )
        rig.fake.inject(Fault.drop("after_read"), operation="GetDORADeployment")
        event = DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-drop-0000001")
    assert event.to_dict()["data"]["id"] == "deploy-drop-0000001"
    assert [r.operation for r in rig.fake.requests].count("GetDORADeployment") == 2


def test_trigger_is_repeated_after_the_server_acted(rig: Rig) -> None:
    # A second evaluation of the same gate reads the same monitors and changes nothing.
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.drop("after_acting"), operation="TriggerDeploymentGatesEvaluation")
    with rig.client() as client:
        started = DeploymentGatesApi(client).trigger_deployment_gates_evaluation(body=gate_body())
    assert evaluation_id(started) == rig.fake.evaluations[-1].evaluation_id
    assert len(rig.fake.requests) == 2 and len(rig.fake.evaluations) == 2


def test_unsafe_write_is_not_retried_after_the_connection_broke(rig: Rig) -> None:
    rig.fake.inject(Fault.drop("after_read"), operation="CreateDORADeployment")
    with rig.client() as client, pytest.raises(ConnectionLostError) as caught:
        client.call("CreateDORADeployment", body={"data": "no attributes"})
    assert caught.value.attempts == 1 and len(rig.fake.requests) == 1


def test_deployment_event_is_resent_with_its_id_when_the_connection_broke(rig: Rig) -> None:
    rig.fake.inject(Fault.drop("after_acting"), operation="CreateDORADeployment")
    with rig.client() as client:
        sent = DORAMetricsApi(client).create_dora_deployment(body=deployment_body())
    bodies = [r.json for r in rig.fake.requests]
    assert len(bodies) == 2 and bodies[0] == bodies[1]  # the same event, the same ID
    assert list(rig.fake.deployments) == [sent.to_dict()["data"]["id"]]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_post_is_retried_when_the_connection_never_opened(rig: Rig) -> None:
    rig.configuration.host = f"http://127.0.0.1:{_closed_port()}"
    client = ApiClient(rig.configuration, clock=rig.clock, sleep=rig.sleeps)
    with client, pytest.raises(ConnectError) as caught:
        DORAMetricsApi(client).create_dora_deployment(body=deployment_body())
    assert caught.value.attempts == 4 and rig.sleeps.waits == [1, 2, 4]
    assert "127.0.0.1" in str(caught.value)


def test_read_timeout_is_retried_for_get(rig: Rig) -> None:
    rig.configuration.timeout = rig.configuration.timeout.__class__(0.2)
    with rig.client() as client:
        DORAMetricsApi(client).create_dora_deployment(
            body=deployment_body(id="deploy-slow-0000001")
        )
        rig.fake.inject(Fault.slow(1.0), operation="GetDORADeployment")
        event = DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-slow-0000001")
    assert event.to_dict()["data"]["id"] == "deploy-slow-0000001" and rig.sleeps.waits == [1]


def test_read_timeout_on_a_deployment_event_is_retried_with_the_same_id(rig: Rig) -> None:
    rig.configuration.timeout = rig.configuration.timeout.__class__(0.2)
    rig.fake.inject(Fault.slow(1.0), operation="CreateDORADeployment")
    with rig.client() as client:
        DORAMetricsApi(client).create_dora_deployment(body=deployment_body())
    bodies = [r.json for r in rig.fake.requests]
    assert len(bodies) == 2 and bodies[0] == bodies[1] and rig.sleeps.waits == [1]
    assert len(rig.fake.deployments) == 1  # the slow first attempt was stored: the same event


def test_read_timeout_on_an_unsafe_write_is_final(rig: Rig) -> None:
    rig.configuration.timeout = rig.configuration.timeout.__class__(0.2)
    rig.fake.inject(Fault.slow(1.0), operation="CreateDORADeployment")
    with rig.client() as client, pytest.raises(RequestTimeoutError):
        client.call("CreateDORADeployment", body={"data": "no attributes"})
    assert rig.sleeps.waits == []


def test_retries_can_be_switched_off(rig: Rig) -> None:
    rig.configuration.retry = RetryPolicy(max_attempts=1)
    rig.fake.inject(Fault.status(503))
    with rig.client() as client, pytest.raises(ServiceException):
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-0001-checkout")
    assert len(rig.fake.requests) == 1


def test_evaluate_stops_retrying_the_trigger_at_its_own_deadline(rig: Rig) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.status(503), times=None, operation="TriggerDeploymentGatesEvaluation")
    with rig.client() as client, pytest.raises(ServiceException) as caught:
        DeploymentGatesApi(client).evaluate_deployment_gate(
            service="checkout-api", env="production", timeout=5
        )
    # The policy alone would go on for 600 s; the caller gave the whole evaluation 5 s.
    assert rig.sleeps.waits == [1, 2] and caught.value.attempts == 3


@pytest.mark.parametrize("operation", ["create_dora_failure", "create_dora_incident"])
def test_failure_events_are_resent_with_the_same_id(rig: Rig, operation: str) -> None:
    rig.fake.inject(Fault.status(503), operation=operation)
    with rig.client() as client:
        send = getattr(DORAMetricsApi(client), operation)
        sent = send(services=["checkout-api"], started_at=1693491974_000_000_000, env="prod")
    ids = [r.json["data"]["attributes"]["id"] for r in rig.fake.requests]
    assert len(ids) == 2 and ids[0] == ids[1] == sent.to_dict()["data"]["id"]
