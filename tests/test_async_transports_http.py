"""AsyncApiClient behaves the same over aiohttp's pool and over httpx's own.

With aiohttp installed (the `async` extra, and the dev extra) AsyncApiClient sends over
`aiohttp_transport.AiohttpTransport`; without it, over httpx's pool. Each test runs on both,
against the fake server over real HTTP, for what the retry rules depend on: which failures
mean "never sent", "no answer in time" and "connection lost", and what is retried.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from client_support import API_KEY, APP_KEY, Rig, deployment_body, gate_body
from datadog_deployments import (
    AsyncApiClient,
    ConnectError,
    ConnectionLostError,
    DeploymentGatesApi,
    DORAMetricsApi,
    NotFoundException,
    RequestTimeoutError,
)
from datadog_deployments import api_client as api_client_module
from datadog_deployments.api_client import USER_AGENT
from datadog_deployments.testing import Fault

pytest.importorskip("aiohttp")


@pytest.fixture(params=["aiohttp", "httpx"])
def transport(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "httpx":
        monkeypatch.setattr(api_client_module, "_aiohttp_transport", lambda verify: None)
    return str(request.param)


def run(rig: Rig, body: Callable[[AsyncApiClient], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        async with rig.async_client() as client:
            return await body(client)

    return asyncio.run(main())


def test_the_transport_in_use(rig: Rig, transport: str) -> None:
    client = rig.async_client()
    name = type(client._transport).__name__
    assert name == ("AiohttpTransport" if transport == "aiohttp" else "AsyncHTTPTransport")
    asyncio.run(client.close())


def test_send_fetch_headers_and_one_connection(rig: Rig, transport: str) -> None:
    async def body(client: AsyncApiClient) -> Any:
        api = DORAMetricsApi(client)
        await api.create_dora_deployment(body=deployment_body(id="deploy-async-000001"))
        return [await api.get_dora_deployment(deployment_id="deploy-async-000001")] * 3

    events = run(rig, body)
    assert events[0].to_dict()["data"]["attributes"]["service"] == "checkout-api"
    requests = rig.fake.requests
    assert {r.headers.get("User-Agent") for r in requests} == {USER_AGENT}
    assert {r.headers.get("Accept") for r in requests} == {"application/json"}
    assert requests[0].headers.get("DD-API-KEY") == API_KEY
    assert "DD-APPLICATION-KEY" not in requests[0].headers
    assert requests[1].headers.get("DD-APPLICATION-KEY") == APP_KEY
    assert len({r.connection for r in requests}) == 1


def test_path_values_arrive_percent_encoded(rig: Rig, transport: str) -> None:
    async def body(client: AsyncApiClient) -> None:
        with pytest.raises(NotFoundException):
            await DORAMetricsApi(client).get_dora_deployment(deployment_id="../a/é %")

    run(rig, body)
    assert rig.fake.requests[0].path == "/api/v2/dora/deployments/..%2Fa%2F%C3%A9%20%25"


def test_get_5xx_is_retried_and_429_waits(rig: Rig, transport: str) -> None:
    rig.fake.inject(Fault.status(500), operation="GetDORADeployment")
    rig.fake.inject(Fault.rate_limit(reset=7), operation="GetDORADeployment")

    async def body(client: AsyncApiClient) -> None:
        with pytest.raises(NotFoundException):
            await DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-none-00001")

    run(rig, body)
    assert len(rig.fake.requests) == 3 and rig.sleeps.waits == [1, 7]


def test_dropped_connection_is_retried_for_get(rig: Rig, transport: str) -> None:
    rig.fake.inject(Fault.drop("after_read"), operation="GetDORADeployment")

    async def body(client: AsyncApiClient) -> None:
        with pytest.raises(NotFoundException):
            await DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-drop-00002")

    run(rig, body)
    assert len(rig.fake.requests) == 2


def test_trigger_is_repeated_after_the_server_acted(rig: Rig, transport: str) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.drop("after_acting"), operation="TriggerDeploymentGatesEvaluation")

    async def body(client: AsyncApiClient) -> None:
        await DeploymentGatesApi(client).trigger_deployment_gates_evaluation(body=gate_body())

    run(rig, body)
    assert len(rig.fake.requests) == 2 and len(rig.fake.evaluations) == 2


def test_unsafe_write_is_not_retried_after_the_connection_broke(rig: Rig, transport: str) -> None:
    rig.fake.inject(Fault.drop("after_read"), operation="CreateDORADeployment")

    async def body(client: AsyncApiClient) -> None:
        with pytest.raises(ConnectionLostError) as caught:
            await client.call("CreateDORADeployment", body={"data": "no attributes"})
        assert caught.value.attempts == 1

    run(rig, body)
    assert len(rig.fake.requests) == 1


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_post_is_retried_when_the_connection_never_opened(rig: Rig, transport: str) -> None:
    rig.configuration.host = f"http://127.0.0.1:{_closed_port()}"

    async def body(client: AsyncApiClient) -> None:
        with pytest.raises(ConnectError) as caught:
            await DORAMetricsApi(client).create_dora_deployment(body=deployment_body())
        assert caught.value.attempts == 4

    run(rig, body)
    assert rig.sleeps.waits == [1, 2, 4]


def test_read_timeout_is_retried_for_get_and_a_deployment_event(rig: Rig, transport: str) -> None:
    rig.configuration.timeout = rig.configuration.timeout.__class__(0.2)
    rig.fake.inject(Fault.slow(1.0), operation="GetDORADeployment")
    rig.fake.inject(Fault.slow(1.0), operation="CreateDORADeployment")

    async def body(client: AsyncApiClient) -> None:
        with pytest.raises(NotFoundException):
            await DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-slow-00002")
        await DORAMetricsApi(client).create_dora_deployment(body=deployment_body())

    run(rig, body)
    assert rig.sleeps.waits == [1, 1]
    sent = [r.json for r in rig.fake.requests_for("CreateDORADeployment")]
    assert len(sent) == 2 and sent[0] == sent[1]


def test_read_timeout_is_final_for_an_unsafe_write(rig: Rig, transport: str) -> None:
    rig.configuration.timeout = rig.configuration.timeout.__class__(0.2)
    rig.fake.inject(Fault.slow(1.0), operation="CreateDORADeployment")

    async def body(client: AsyncApiClient) -> None:
        with pytest.raises(RequestTimeoutError):
            await client.call("CreateDORADeployment", body={"data": "no attributes"})

    run(rig, body)
    assert rig.sleeps.waits == []
