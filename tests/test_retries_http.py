"""Each retry rule against the fake server: what is retried, what waits, what never repeats."""

from __future__ import annotations

import socket

import pytest
from client_support import Rig, deployment_body, gate_body
from datadog_deployments import (
    ApiClient,
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


def test_post_5xx_is_not_retried(rig: Rig) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.status(503), operation="TriggerDeploymentGatesEvaluation")
    with rig.client() as client, pytest.raises(ServiceException):
        DeploymentGatesApi(client).trigger_deployment_gates_evaluation(body=gate_body())
    assert len(rig.fake.requests) == 1 and rig.sleeps.waits == []


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


def test_post_is_not_retried_after_the_server_acted(rig: Rig) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.drop("after_acting"), operation="TriggerDeploymentGatesEvaluation")
    with rig.client() as client, pytest.raises(ConnectionLostError) as caught:
        DeploymentGatesApi(client).trigger_deployment_gates_evaluation(body=gate_body())
    assert caught.value.attempts == 1
    assert len(rig.fake.requests) == 1 and len(rig.fake.evaluations) == 1


def test_post_is_not_retried_when_the_connection_broke_mid_request(rig: Rig) -> None:
    rig.fake.inject(Fault.drop("after_read"), operation="CreateDORADeployment")
    with rig.client() as client, pytest.raises(ConnectionLostError):
        DORAMetricsApi(client).create_dora_deployment(body=deployment_body())
    assert len(rig.fake.requests) == 1 and rig.fake.deployments == {}


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


def test_read_timeout_on_post_is_final(rig: Rig) -> None:
    rig.configuration.timeout = rig.configuration.timeout.__class__(0.2)
    rig.fake.inject(Fault.slow(1.0), operation="CreateDORADeployment")
    with rig.client() as client, pytest.raises(RequestTimeoutError):
        DORAMetricsApi(client).create_dora_deployment(body=deployment_body())
    assert rig.sleeps.waits == []


def test_retries_can_be_switched_off(rig: Rig) -> None:
    rig.configuration.retry = RetryPolicy(max_attempts=1)
    rig.fake.inject(Fault.status(503))
    with rig.client() as client, pytest.raises(ServiceException):
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-0001-checkout")
    assert len(rig.fake.requests) == 1
