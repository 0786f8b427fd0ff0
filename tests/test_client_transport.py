"""How requests leave the client: straight to the transport of the httpx client it creates,
or through an httpx client passed in, with everything that client was configured with."""

from __future__ import annotations

import asyncio
import socket
import threading

import httpx
import pytest
from client_support import API_KEY, Rig
from datadog_deployments import (
    ApiClient,
    AsyncApiClient,
    DORAMetricsApi,
    RetryPolicy,
    TransportError,
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


def test_loopback_http_ignores_proxies_from_the_environment(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Keys travel in clear over loopback http; a proxy would carry them off the machine.
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_closed_port()}")
    monkeypatch.setenv("ALL_PROXY", f"http://127.0.0.1:{_closed_port()}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    rig.fake.add_deployment(
        {"service": "s", "started_at": 1, "finished_at": 2}, "deploy-direct-0001"
    )
    with ApiClient(rig.configuration) as client:
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-direct-0001")
    assert [r.operation for r in rig.fake.requests] == ["GetDORADeployment"]


def test_https_honours_a_proxy_from_the_environment(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A one-shot listener plays the proxy: it reads what arrives, then hangs up.
    received: list[bytes] = []
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(5)

        def proxy() -> None:
            connection, _ = listener.accept()
            with connection:
                received.append(connection.recv(65536))

        thread = threading.Thread(target=proxy)
        thread.start()
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{listener.getsockname()[1]}")
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        rig.configuration.host = "https://api.datadoghq.com"
        rig.configuration.retry = RetryPolicy(max_attempts=1)
        with ApiClient(rig.configuration) as client, pytest.raises(TransportError):
            DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-proxied-0001")
        thread.join(5)
    assert received and received[0].startswith(b"CONNECT api.datadoghq.com:443 ")
    assert API_KEY.encode() not in received[0]  # the key would travel inside the TLS tunnel


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


def test_an_http_client_passed_in_still_goes_to_the_configured_base_url(rig: Rig) -> None:
    import httpx

    rig.fake.add_deployment(
        {"service": "s", "started_at": 1, "finished_at": 2}, "deploy-given-0001"
    )
    given = httpx.Client(base_url="http://example.invalid")
    with ApiClient(rig.configuration, http_client=given) as client:
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-given-0001")
    assert [r.operation for r in rig.fake.requests] == ["GetDORADeployment"]
