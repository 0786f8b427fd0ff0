"""How requests leave the client: straight to the transport of the httpx client it creates,
or through an httpx client passed in, with everything that client was configured with."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest
from client_support import Rig
from datadog_deployments import (
    ApiClient,
    AsyncApiClient,
    ConnectError,
    DORAMetricsApi,
    RetryPolicy,
)
from datadog_deployments.errors import NotFoundException


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_given_http_client_is_used_whole(rig: Rig) -> None:
    seen: list[str] = []
    http = httpx.Client(
        base_url=rig.fake.url,
        event_hooks={"request": [lambda request: seen.append(request.url.path)]},
    )
    with ApiClient(rig.configuration, http_client=http) as client, pytest.raises(NotFoundException):
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-hooked-0001")
    assert seen == ["/api/v2/dora/deployments/deploy-hooked-0001"]


def test_a_given_async_http_client_is_used_whole(rig: Rig) -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def run() -> None:
        http = httpx.AsyncClient(base_url=rig.fake.url, event_hooks={"request": [hook]})
        async with AsyncApiClient(rig.configuration, http_client=http) as client:
            with pytest.raises(NotFoundException):
                await DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-hooked-0002")

    asyncio.run(run())
    assert seen == ["/api/v2/dora/deployments/deploy-hooked-0002"]


def test_own_client_honours_a_proxy_from_the_environment(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A proxy that is not listening: the request must fail there, not reach the server.
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_closed_port()}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    rig.configuration.retry = RetryPolicy(max_attempts=1)
    with ApiClient(rig.configuration) as client, pytest.raises(ConnectError):
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-proxied-0001")
    assert rig.fake.requests == []


def test_a_closed_client_refuses_to_send(rig: Rig) -> None:
    client = ApiClient(rig.configuration)
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-closed-0001")
    assert rig.fake.requests == []


def test_a_closed_async_client_refuses_to_send(rig: Rig) -> None:
    async def run() -> None:
        client = AsyncApiClient(rig.configuration)
        await client.close()
        with pytest.raises(RuntimeError, match="closed"):
            await DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-closed-0002")

    asyncio.run(run())
    assert rig.fake.requests == []
