"""The fake server's HTTP layer against slow and hostile clients: read timeouts, a whole-request
deadline, bounded bodies, and a 400 (never a 500) for a body it cannot use."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from datadog_deployments.testing import FakeDatadog
from datadog_deployments.testing.server import Listener
from fake_server_support import GATES_TRIGGER, keys


@pytest.fixture
def dd(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDatadog]:
    monkeypatch.setattr(Listener, "read_timeout", 0.3)
    monkeypatch.setattr(Listener, "request_time_limit", 1.0)
    monkeypatch.setattr(Listener, "max_body", 4096)
    with FakeDatadog() as fake:
        yield fake


def _connect(dd: FakeDatadog) -> socket.socket:
    connection = socket.create_connection(("127.0.0.1", dd.port), timeout=10)
    return connection


def _closed_within(connection: socket.socket, seconds: float) -> float:
    """Seconds until the server closed the connection (reading what it sent meanwhile)."""
    began = time.monotonic()
    connection.settimeout(seconds)
    while connection.recv(65536):
        pass
    return time.monotonic() - began


def test_a_silent_or_dripping_client_cannot_hold_a_thread(dd: FakeDatadog) -> None:
    with _connect(dd) as silent:
        silent.sendall(b"POST /api/v2/dora/deployment HTTP/1.1\r\nHost: x\r\n")  # then nothing
        assert _closed_within(silent, 5) < 3
    with _connect(dd) as dripping:
        began = time.monotonic()
        try:
            for byte in b"GET /api/v2/dora/deployments/x HTTP/1.1\r\nX-Slow: " + b"a" * 100:
                dripping.sendall(bytes([byte]))  # each byte well within the read timeout
                time.sleep(0.05)
        except OSError:
            pass  # closed by the server: what the test wants
        dripping.settimeout(5)
        try:
            while dripping.recv(65536):
                pass
        except OSError:
            pass
        assert time.monotonic() - began < 4  # the 1 s request limit, not 100 x 0.05 s
    # the fake still serves everyone else
    assert httpx.get(f"{dd.url}/nowhere", timeout=5).status_code == 404


def test_a_body_above_the_limit_is_413_without_being_read(dd: FakeDatadog) -> None:
    with _connect(dd) as connection:
        connection.sendall(
            b"POST " + GATES_TRIGGER.encode() + b" HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n{"
        )
        answer = connection.recv(65536)
    assert answer.startswith(b"HTTP/1.1 413 ")
    chunked = httpx.post(
        dd.url + GATES_TRIGGER,
        content=iter([b"[" * 3000, b"]" * 3000]),  # sent chunked: no Content-Length
        headers={**keys(dd), "Content-Type": "application/json"},
        timeout=5,
    )
    assert chunked.status_code == 413
    assert dd.requests == []


@pytest.mark.parametrize(
    "body", [b"[" * 2000 + b"]" * 2000, b"\xff\xfe\x00", b'{"data": ', b"null", b"[]"]
)
def test_a_malformed_body_is_a_400(dd: FakeDatadog, body: bytes) -> None:
    for path in (GATES_TRIGGER, "/api/v2/dora/deployment"):
        answer = httpx.post(
            dd.url + path,
            content=body,
            headers={**keys(dd), "Content-Type": "application/json"},
            timeout=5,
        )
        assert answer.status_code == 400, (path, answer.text)
