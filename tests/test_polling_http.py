"""Waiting for a gate's verdict against the fake server, on a virtual clock shared with it."""

from __future__ import annotations

import asyncio
import logging
import math

import pytest
from client_support import Rig
from datadog_deployments import (
    DeploymentGatesApi,
    EvaluationNotFoundError,
    ForbiddenException,
    GateTimeoutError,
    GateVerdict,
    PollEvent,
    UnauthorizedException,
)
from datadog_deployments.deployment_gates_api import evaluation_id
from datadog_deployments.testing import Fault, GateScript, RuleScript

GET = "GetDeploymentGatesEvaluationResult"
RULES = [
    RuleScript("Check service monitors", "pass"),
    RuleScript("Faulty deployment detection", "fail", reason="error rate up 40% on /checkout"),
]


def trigger(rig: Rig, script: GateScript) -> str:
    rig.fake.add_gate("checkout-api", "production", script=script)
    with rig.client() as client:
        started = DeploymentGatesApi(client).trigger_deployment_gates_evaluation(
            body={
                "data": {
                    "type": "deployment_gates_evaluation_request",
                    "attributes": {"service": "checkout-api", "env": "production"},
                }
            }
        )
    return evaluation_id(started)


def poll_times(rig: Rig) -> list[float]:
    return [r.time - 1000.0 for r in rig.fake.requests_for(GET)]


def test_everything_at_once(rig: Rig) -> None:
    """Early 404s, in_progress, a 429 honoured to the second, a 5xx, a dropped connection,
    then the verdict."""
    evaluation_id = trigger(
        rig, GateScript(not_found_for=5, in_progress_for=100, verdict="fail", rules=RULES)
    )
    events: list[PollEvent] = []
    faults = {3: Fault.rate_limit(reset=7), 4: Fault.status(503), 5: Fault.drop("after_read")}

    def on_poll(event: PollEvent) -> None:
        events.append(event)
        if event.poll in faults:
            rig.fake.inject(faults[event.poll], operation=GET)

    with rig.client() as client:
        result = DeploymentGatesApi(client).wait_for_deployment_gates_evaluation_result(
            evaluation_id, poll_interval=15, not_found_grace=30, on_poll=on_poll, started=1000.0
        )
    seen = [(e.status, e.wait) for e in events]
    assert seen == [
        ("HTTP 404", 3), ("HTTP 404", 3), ("in_progress", 15), ("HTTP 429", 7), ("HTTP 503", 1),
        ("ConnectionLostError", 2), ("in_progress", 15), ("in_progress", 15), ("in_progress", 15),
        ("in_progress", 15), ("in_progress", 15), ("fail", 0.0),
    ]  # fmt: skip
    assert poll_times(rig) == [0, 3, 6, 21, 28, 29, 31, 46, 61, 76, 91, 106]
    verdict = GateVerdict.of(result)
    assert not verdict.passed and verdict.decided and verdict.status == "fail"
    assert [(r.name, r.reason) for r in verdict.failed_rules] == [
        ("Faulty deployment detection", "error rate up 40% on /checkout")
    ]
    assert verdict.url and evaluation_id in verdict.url


def test_a_verdict_is_returned_at_the_first_poll_that_sees_it(rig: Rig) -> None:
    evaluation_id = trigger(rig, GateScript(in_progress_for=40, verdict="pass"))
    with rig.client() as client:
        result = DeploymentGatesApi(client).wait_for_deployment_gates_evaluation_result(
            evaluation_id, poll_interval=15, started=1000.0
        )
    assert GateVerdict.of(result).passed
    assert poll_times(rig) == [0, 15, 30, 45]


def test_404_that_outlives_the_grace_period_is_an_error(rig: Rig) -> None:
    evaluation_id = trigger(rig, GateScript(not_found_for=math.inf))
    with rig.client() as client, pytest.raises(EvaluationNotFoundError, match="grace"):
        DeploymentGatesApi(client).wait_for_deployment_gates_evaluation_result(
            evaluation_id, not_found_grace=10, started=1000.0
        )
    assert poll_times(rig) == [0, 3, 6, 9, 12]


@pytest.mark.parametrize(
    ("status", "error"), [(401, UnauthorizedException), (403, ForbiddenException)]
)
def test_401_and_403_stop_at_once(rig: Rig, status: int, error: type[Exception]) -> None:
    evaluation_id = trigger(rig, GateScript(in_progress_for=100))
    rig.fake.inject(Fault.status(status), operation=GET)
    with rig.client() as client, pytest.raises(error):
        DeploymentGatesApi(client).wait_for_deployment_gates_evaluation_result(evaluation_id)
    assert len(rig.fake.requests_for(GET)) == 1 and rig.sleeps.waits == []


def test_5xx_bursts_and_dropped_connections_are_retried_until_the_verdict(rig: Rig) -> None:
    evaluation_id = trigger(rig, GateScript(in_progress_for=0, verdict="pass"))
    rig.fake.inject(Fault.status(500), times=3, operation=GET)
    rig.fake.inject(Fault.drop("before_read"), operation=GET)
    with rig.client() as client:
        result = DeploymentGatesApi(client).wait_for_deployment_gates_evaluation_result(
            evaluation_id, started=1000.0
        )
    assert GateVerdict.of(result).passed
    assert rig.sleeps.waits == [1, 2, 4, 8]


def test_deadline_raises_with_the_last_result_and_its_rules(rig: Rig) -> None:
    evaluation_id = trigger(rig, GateScript(in_progress_for=math.inf, rules=RULES))
    with rig.client() as client, pytest.raises(GateTimeoutError) as caught:
        DeploymentGatesApi(client).wait_for_deployment_gates_evaluation_result(
            evaluation_id, timeout=50, poll_interval=15, started=1000.0
        )
    error = caught.value
    assert poll_times(rig) == [0, 15, 30, 45, 50]
    assert error.polls == 5 and error.last_result is not None
    last = GateVerdict.of(error.last_result)
    assert last.status == "in_progress" and [r.name for r in last.rules] == [r.name for r in RULES]


def test_evaluate_triggers_with_every_field_and_waits(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    rig.fake.add_gate(
        "checkout-api",
        "production",
        identifier="pre-deploy",
        script=GateScript(in_progress_for=20, verdict="pass"),
    )
    events: list[PollEvent] = []
    with caplog.at_level(logging.INFO, logger="datadog_deployments"), rig.client() as client:
        result = DeploymentGatesApi(client).evaluate_deployment_gate(
            service="checkout-api", env="production", identifier="pre-deploy", version="2.4.0",
            primary_tag="region:eu-west-1", timeout=120, on_poll=events.append,
        )  # fmt: skip
    sent = rig.fake.requests_for("TriggerDeploymentGatesEvaluation")[0].json
    assert sent["data"]["attributes"] == {
        "service": "checkout-api", "env": "production", "identifier": "pre-deploy",
        "version": "2.4.0", "primary_tag": "region:eu-west-1",
    }  # fmt: skip
    assert GateVerdict.of(result).passed and [e.status for e in events] == [
        "in_progress",
        "in_progress",
        "pass",
    ]
    assert sum("poll" in r.getMessage() for r in caplog.records) == 3


def test_ctrl_c_stops_the_sync_wait_cleanly(rig: Rig) -> None:
    evaluation_id = trigger(rig, GateScript(in_progress_for=math.inf))

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    with rig.client() as client:
        client.sleep = interrupted
        with pytest.raises(KeyboardInterrupt):
            DeploymentGatesApi(client).wait_for_deployment_gates_evaluation_result(evaluation_id)
        assert len(rig.fake.requests_for(GET)) == 1
        client.sleep = rig.sleeps  # the client is still usable afterwards
        result = DeploymentGatesApi(client).get_deployment_gates_evaluation_result(evaluation_id)
    assert GateVerdict.of(result).status == "in_progress"


def test_async_wait_is_cancellable(rig: Rig) -> None:
    evaluation_id = trigger(rig, GateScript(in_progress_for=math.inf))

    async def scenario() -> None:
        asleep = asyncio.Event()

        async def sleep(seconds: float) -> None:
            asleep.set()
            await asyncio.Event().wait()  # would wait forever; only cancellation ends it

        async with rig.async_client() as client:
            client.sleep = sleep
            task = asyncio.create_task(
                DeploymentGatesApi(client).wait_for_deployment_gates_evaluation_result(
                    evaluation_id
                )
            )
            await asyncio.wait_for(asleep.wait(), timeout=5)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(scenario())
    assert len(rig.fake.requests_for(GET)) == 1


def test_sync_and_async_waits_make_the_same_requests(rig: Rig) -> None:
    script = GateScript(not_found_for=4, in_progress_for=50, verdict="fail", rules=RULES)

    def scripted_faults(event: PollEvent) -> None:
        if event.poll == 3:
            rig.fake.inject(Fault.rate_limit(reset=5), operation=GET)
        if event.poll == 5:
            rig.fake.inject(Fault.status(502), operation=GET)

    def requests_since(start: int) -> list[tuple[str | None, float]]:
        requests = rig.fake.requests[start:]
        return [(r.operation, r.time - requests[0].time) for r in requests]

    rig.fake.add_gate("checkout-api", "production", script=script)
    with rig.client() as client:
        sync_result = DeploymentGatesApi(client).evaluate_deployment_gate(
            service="checkout-api", env="production", on_poll=scripted_faults
        )
    sync_requests = requests_since(0)

    async def run() -> object:
        async with rig.async_client() as client:
            return await DeploymentGatesApi(client).evaluate_deployment_gate(
                service="checkout-api", env="production", on_poll=scripted_faults
            )

    async_result = asyncio.run(run())
    assert requests_since(len(sync_requests)) == sync_requests
    assert len(sync_requests) > 6
    assert GateVerdict.of(async_result).failed_rules == GateVerdict.of(sync_result).failed_rules  # type: ignore[arg-type]


def test_wait_attaches_to_an_evaluation_another_job_triggered(rig: Rig) -> None:
    evaluation = rig.fake.start_evaluation(
        "checkout-api", "production", evaluation_id="9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
        script=GateScript(in_progress_for=30, verdict="pass"),
    )  # fmt: skip
    rig.clock.advance(20)  # the other job triggered it 20 s ago
    with rig.client() as client:
        result = DeploymentGatesApi(client).wait_for_deployment_gates_evaluation_result(
            evaluation.evaluation_id, poll_interval=15
        )
    assert GateVerdict.of(result).passed and poll_times(rig) == [20, 35]
