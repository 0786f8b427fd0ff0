"""A wait or evaluate never outlives its own timeout, whatever a request does.

Each request of a wait runs within the time left of the wait, not the configuration's
per-attempt timeout: a poll (or a trigger) that hangs ends with the wait. Real time is needed
(the server hangs for real), so the timeouts are short; sync, httpx-async and aiohttp-async.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest
from client_support import API_KEY, APP_KEY
from datadog_deployments import (
    ApiClient,
    AsyncApiClient,
    Configuration,
    DatadogDeploymentsError,
    DeploymentGatesApi,
    GateTimeoutError,
    InvalidParameterError,
)
from datadog_deployments import api_client as api_client_module
from hostile_server import HostileServer, Wire, answer

pytest.importorskip("aiohttp")

MARGIN = 0.5
TIMEOUT = 1.0
EVALUATION = "7d5b0c1e-8a3f-4c2e-9b1d-0e6f5a4b3c2d"
ACCEPTED = answer(
    202,
    json.dumps(
        {
            "data": {
                "id": EVALUATION,
                "type": "deployment_gates_evaluation_response",
                "attributes": {"evaluation_id": EVALUATION},
            }
        }
    ).encode(),
    {"Content-Type": "application/json"},
)


def hang(wire: Wire) -> None:
    wire.stop.wait(max(0.0, wire.until - time.monotonic()))


def triggered_then_polls_hang(wire: Wire) -> None:
    if wire.request.method == "POST":
        wire.send(ACCEPTED)
    else:
        hang(wire)


@pytest.fixture(params=["sync", "httpx-async", "aiohttp-async"])
def flavour(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "httpx-async":
        monkeypatch.setattr(api_client_module, "_aiohttp_transport", lambda verify: None)
    return str(request.param)


def gates_configuration(url: str) -> Configuration:
    # The per-attempt timeout is far beyond the waits' own.
    return Configuration(
        host=url,
        api_key=API_KEY,
        app_key=APP_KEY,
        timeout=30,
        environ={},
        unstable_operations={
            "trigger_deployment_gates_evaluation": True,
            "get_deployment_gates_evaluation_result": True,
        },
    )


def evaluate(flavour: str, url: str) -> tuple[DatadogDeploymentsError, float]:
    config = gates_configuration(url)
    options: dict[str, Any] = {"service": "s", "env": "e", "timeout": TIMEOUT, "poll_interval": 1}

    def sync() -> Any:
        with ApiClient(config) as client:
            return DeploymentGatesApi(client).evaluate_deployment_gate(**options)

    async def main() -> Any:
        async with AsyncApiClient(config) as client:
            return await DeploymentGatesApi(client).evaluate_deployment_gate(**options)

    started = time.monotonic()
    with pytest.raises(DatadogDeploymentsError) as caught:
        sync() if flavour == "sync" else asyncio.run(main())
    return caught.value, time.monotonic() - started


def test_a_hanging_poll_ends_with_the_wait(flavour: str) -> None:
    with HostileServer(triggered_then_polls_hang, limit=5) as server:
        error, seconds = evaluate(flavour, server.url)
    assert isinstance(error, GateTimeoutError)
    assert seconds < TIMEOUT + MARGIN
    assert [r.method for r in server.requests][:2] == ["POST", "GET"]


def test_a_hanging_trigger_ends_with_the_wait(flavour: str) -> None:
    with HostileServer(hang, limit=5) as server:
        error, seconds = evaluate(flavour, server.url)
    assert seconds < TIMEOUT + MARGIN, error
    assert len(server.requests) == 1 and server.requests[0].method == "POST"


def test_the_trigger_body_is_checked_against_the_spec_before_it_is_sent(flavour: str) -> None:
    # The trigger's envelope comes from the spec's body builder, which knows every key.
    options: dict[str, Any] = {"service": "s", "env": "e", "inline_configuration": {"dry_rn": 1}}
    with HostileServer(triggered_then_polls_hang) as server:
        config = gates_configuration(server.url)
        with pytest.raises(InvalidParameterError, match=r"configuration\.dry_rn"):
            if flavour == "sync":
                with ApiClient(config) as client:
                    DeploymentGatesApi(client).evaluate_deployment_gate(**options)
            else:

                async def main() -> None:
                    async with AsyncApiClient(config) as client:
                        await DeploymentGatesApi(client).evaluate_deployment_gate(**options)

                asyncio.run(main())
    assert server.requests == []
