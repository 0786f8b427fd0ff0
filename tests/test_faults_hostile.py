"""The client against a hostile server on 127.0.0.1: every row of issue 10's table, and more.

Each test runs on the sync client and on both async transports (httpx's pool and aiohttp),
and asserts the package's typed error, how many requests the server saw, that no key reached
anyone it was not meant for, and a bound on time and on memory (tracemalloc's peak during
the call). Retries wait on a virtual clock; only a server's drip takes real time, and the
deadlines there are short.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import time
import tracemalloc
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpcore  # noqa: F401 - the package imports it with the first pool: not in a measure
import httpx
import pytest
from client_support import API_KEY, APP_KEY, deployment_body, gate_body
from datadog_deployments import (
    ApiClient,
    ApiException,
    AsyncApiClient,
    BadRequestException,
    Configuration,
    ConfigurationError,
    ConnectError,
    ConnectionLostError,
    DatadogDeploymentsError,
    InvalidParameterError,
    NotFoundException,
    RequestTimeoutError,
    ResponseDecodeError,
    ResponseTooLargeError,
    RetryPolicy,
)
from datadog_deployments import api_client as api_client_module
from datadog_deployments.configuration import DEFAULT_MAX_RESPONSE_BYTES
from datadog_deployments_api.spec_index import OPERATIONS
from hostile_server import HostileServer, Scenario, VirtualSleep, Wire, answer, chunk, gzip_bomb

pytest.importorskip("aiohttp")

MiB = 1 << 20
# How far past its deadline a call may end: the "small margin".
MARGIN = 0.5
ONE_ATTEMPT = RetryPolicy(max_attempts=1)
SHORT_BUDGET = RetryPolicy(max_elapsed=10)  # on the virtual clock: a few retries, no waiting
GET = "GetDORADeployment"
TRIGGER = "TriggerDeploymentGatesEvaluation"
ID = {"deployment_id": "deploy-hostile-000001"}
NOT_FOUND = answer(404, b'{"errors":["not found"]}', {"Content-Type": "application/json"})
FLAVOURS = ["sync", "httpx-async", "aiohttp-async"]
_ID_PATTERN = re.compile(r"^[a-zA-Z0-9_.:-]{16,128}$")


@pytest.fixture(params=FLAVOURS)
def flavour(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "httpx-async":
        monkeypatch.setattr(api_client_module, "_aiohttp_transport", lambda verify: None)
    return str(request.param)


@dataclass
class Result:
    value: Any
    error: DatadogDeploymentsError | None
    seconds: float
    peak: int  # bytes allocated at the peak of the call, above what was held before it
    waits: list[float]


def configuration(url: str, **overrides: Any) -> Configuration:
    options: dict[str, Any] = {
        "host": url,
        "api_key": API_KEY,
        "app_key": APP_KEY,
        "retry": SHORT_BUDGET,
        "unstable_operations": {"trigger_deployment_gates_evaluation": True},
        "environ": {},
    }
    options.update(overrides)
    return Configuration(**options)


def call(
    flavour: str,
    config: Configuration,
    operation: str = GET,
    path_values: dict[str, Any] | None = None,
    body: Any = None,
    *,
    http_client: Callable[[], Any] | None = None,
) -> Result:
    """Run one operation on `flavour`, measuring time and memory; only our errors are caught."""
    virtual = VirtualSleep()
    path_values = ID if path_values is None and body is None else path_values

    def sync() -> Any:
        given = http_client() if http_client else None
        with ApiClient(
            config, clock=virtual.clock, sleep=virtual.sleep, http_client=given
        ) as client:
            return client.call(operation, path_values, body)

    async def main() -> Any:
        given = http_client() if http_client else None
        async with AsyncApiClient(
            config, clock=virtual.clock, sleep=virtual.asleep, http_client=given
        ) as client:
            return await client.call(operation, path_values, body)

    tracemalloc.start()
    held = tracemalloc.get_traced_memory()[0]
    started = time.monotonic()
    value, error = None, None
    try:
        value = sync() if flavour == "sync" else asyncio.run(main())
    except DatadogDeploymentsError as exc:
        error = exc
    finally:
        seconds = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1] - held
        tracemalloc.stop()
    return Result(value, error, seconds, peak, virtual.waits)


def no_key_leaked(result: Result, caplog: pytest.LogCaptureFixture) -> None:
    texts = [caplog.text]
    if result.error is not None:
        texts += [str(result.error), repr(result.error), str(vars(result.error))]
    for text in texts:
        assert API_KEY not in text and APP_KEY not in text


def once(first: Scenario, then: Scenario) -> Scenario:
    """`first` for the first request, `then` for every later one."""
    return lambda wire: first(wire) if wire.number == 0 else then(wire)


def compress(data: bytes, wbits: int) -> bytes:
    """gzip (31), zlib (15) or raw deflate (-15)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


def sends(data: bytes) -> Scenario:
    def scenario(wire: Wire) -> None:
        wire.send(data)

    return scenario


# --- a deadline for the whole request -------------------------------------------------------------


def drip_body(wire: Wire) -> None:
    if wire.send(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
    ):
        wire.drip(b" " * 100000, every=0.05)


def drip_headers(wire: Wire) -> None:
    wire.drip(answer(200, b"{}", {"X-Pad": "p" * 100000}), every=0.05)


@pytest.mark.parametrize("scenario", [drip_body, drip_headers], ids=["body", "headers"])
def test_a_server_dripping_one_byte_at_a_time_meets_the_deadline(
    flavour: str, scenario: Scenario, caplog: pytest.LogCaptureFixture
) -> None:
    with HostileServer(scenario) as server:
        result = call(flavour, configuration(server.url, timeout=0.5, retry=ONE_ATTEMPT))
    assert isinstance(result.error, RequestTimeoutError) and result.error.attempts == 1
    assert len(server.requests) == 1
    assert 0.45 <= result.seconds < 0.5 + MARGIN
    assert result.peak < MiB
    no_key_leaked(result, caplog)


@pytest.mark.parametrize(("timeout", "budget"), [(0.3, 1.0), (30.0, 0.6)])
def test_the_budget_of_a_call_with_retries_is_as_firm(
    flavour: str, timeout: float, budget: float, caplog: pytest.LogCaptureFixture
) -> None:
    policy = RetryPolicy(max_elapsed=budget, backoff_initial=0.01)
    with HostileServer(drip_body) as server:
        result = call(flavour, configuration(server.url, timeout=timeout, retry=policy))
    assert isinstance(result.error, RequestTimeoutError)
    assert result.error.attempts == len(server.requests) >= (2 if timeout < budget else 1)
    assert result.seconds < budget + MARGIN
    no_key_leaked(result, caplog)


def test_an_http_client_of_your_own_still_meets_the_deadline(
    flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Sync: the body is bounded by the deadline; the wait for headers by the client's own
    # timeouts (README). Async: the whole exchange, as with our own client.
    with HostileServer(drip_body) as server:
        result = call(
            flavour,
            configuration(server.url, timeout=0.5, retry=ONE_ATTEMPT),
            http_client=_following_client(flavour),
        )
    assert isinstance(result.error, RequestTimeoutError) and len(server.requests) == 1
    assert result.seconds < 0.5 + MARGIN
    no_key_leaked(result, caplog)


# --- a size limit on the body, decompressed -------------------------------------------------------


def endless_chunked(wire: Wire) -> None:
    if not wire.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"):
        return
    block = chunk(b"[" + b"0," * 32767)
    while wire.send(block):
        pass


def test_an_endless_chunked_body_stops_at_the_limit(
    flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    with HostileServer(endless_chunked) as server:
        result = call(flavour, configuration(server.url))
    assert isinstance(result.error, ResponseTooLargeError)
    assert result.error.limit == DEFAULT_MAX_RESPONSE_BYTES
    assert str(DEFAULT_MAX_RESPONSE_BYTES) in str(result.error)
    assert len(server.requests) == 1  # the same request would get the same answer
    assert result.peak < DEFAULT_MAX_RESPONSE_BYTES + 2 * MiB
    assert result.seconds < 5
    no_key_leaked(result, caplog)


def test_a_gzip_bomb_stops_at_the_limit(flavour: str, caplog: pytest.LogCaptureFixture) -> None:
    limit = 2 * MiB
    with HostileServer(gzip_bomb) as server:
        result = call(flavour, configuration(server.url, max_response_bytes=limit))
    assert isinstance(result.error, ResponseTooLargeError) and result.error.limit == limit
    assert "2097152 bytes" in str(result.error) and result.error.status == 200
    assert len(server.requests) == 1
    # The peak also counts the in-process server's own buffers and aiohttp's read-ahead, which
    # grow when a loaded machine lets the server run ahead of the client (4.6 MiB seen): the
    # constant is small beside the 1 GiB the bomb inflates to, and a reader that kept the
    # inflated bytes would still break it at once.
    assert result.peak < limit + 4 * MiB
    assert result.seconds < 5
    no_key_leaked(result, caplog)


def test_a_compressed_answer_within_the_limit_decodes(flavour: str) -> None:
    attributes = {"service": "checkout-api", "started_at": 1693491974000000000}
    document = {
        "data": {"id": "deploy-hostile-000001", "type": "dora_deployment", "attributes": attributes}
    }
    raw = json.dumps(document).encode()
    for encoding, body in [
        ("gzip", compress(raw, 31)),
        ("deflate", compress(raw, 15)),
        ("deflate", compress(raw, -15)),
        ("identity", raw),
    ]:
        headers = {"Content-Type": "application/json", "Content-Encoding": encoding}
        with HostileServer(sends(answer(200, body, headers))) as server:
            result = call(flavour, configuration(server.url))
        assert result.error is None and result.value.to_dict() == document, encoding
        assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


# --- writes are retried, safely -------------------------------------------------------------------

ACCEPTED = json.dumps(
    {
        "data": {
            "id": "5f0c2a94-0c1e-4f8e-9d51-3b1f6b0d7a21",
            "type": "deployment_gates_evaluation_response",
            "attributes": {"evaluation_id": "5f0c2a94-0c1e-4f8e-9d51-3b1f6b0d7a21"},
        }
    }
).encode()


@pytest.mark.parametrize("status", [500, 503, 408, 429])
def test_a_failed_trigger_is_sent_again(
    flavour: str, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    scenario = once(sends(answer(status, b"oops")), sends(answer(202, ACCEPTED)))
    with caplog.at_level(logging.INFO), HostileServer(scenario) as server:
        result = call(flavour, configuration(server.url), "TriggerDeploymentGatesEvaluation",
                      body=gate_body())  # fmt: skip
    assert result.error is None and len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body
    assert "trigger_deployment_gates_evaluation: sent 2 times" in caplog.text
    assert result.seconds < 5 and result.peak < MiB
    no_key_leaked(result, caplog)


def stored(wire: Wire) -> None:
    sent = json.loads(wire.request.body)["data"]["attributes"]["id"]
    wire.send(answer(200, json.dumps({"data": {"id": sent, "type": "dora_deployment"}}).encode()))


@pytest.mark.parametrize(
    "first",
    [sends(answer(500, b"oops")), Wire.reset, lambda wire: wire.drip(b"HTTP/1.1 2", 0.2)],
    ids=["500", "reset", "no answer in time"],
)
def test_a_failed_deployment_event_is_sent_again_with_the_same_id(
    flavour: str, first: Scenario, caplog: pytest.LogCaptureFixture
) -> None:
    with HostileServer(once(first, stored)) as server:
        result = call(flavour, configuration(server.url, timeout=0.5), "CreateDORADeployment",
                      body=deployment_body())  # fmt: skip
    assert result.error is None and len(server.requests) == 2
    first_id, second_id = (json.loads(r.body)["data"]["attributes"]["id"] for r in server.requests)
    assert first_id == second_id and _ID_PATTERN.match(first_id)
    assert result.value.to_dict()["data"]["id"] == first_id
    assert result.seconds < 0.5 + MARGIN + 1 and result.peak < MiB
    no_key_leaked(result, caplog)


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_safe_writes_are_never_repeated_on_4xx(flavour: str, status: int) -> None:
    with HostileServer(sends(answer(status, b'{"errors":["no"]}'))) as server:
        trigger = call(flavour, configuration(server.url), "TriggerDeploymentGatesEvaluation",
                       body=gate_body())  # fmt: skip
        event = call(flavour, configuration(server.url), "CreateDORADeployment",
                     body=deployment_body())  # fmt: skip
    for result in (trigger, event):
        assert isinstance(result.error, ApiException) and result.error.status == status
        assert result.waits == []
    assert len(server.requests) == 2


def test_the_spec_marks_which_writes_are_safe_to_repeat() -> None:
    assert OPERATIONS["CreateDORADeployment"].idempotency_key == ("data", "attributes", "id")
    assert OPERATIONS["TriggerDeploymentGatesEvaluation"].repeatable
    assert not OPERATIONS["GetDORADeployment"].repeatable


# --- unreachable is retried for a while -----------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("operation", [GET, "CreateDORADeployment"])
def test_connection_refused_is_retried_for_about_a_minute(
    flavour: str, operation: str, caplog: pytest.LogCaptureFixture
) -> None:
    config = configuration(f"http://127.0.0.1:{_closed_port()}", retry=RetryPolicy())
    body = deployment_body() if operation != GET else None
    result = call(flavour, config, operation, body=body)
    assert isinstance(result.error, ConnectError)
    assert result.error.attempts == len(result.waits) + 1 > 4
    assert 40 < sum(result.waits) < 60  # on the virtual clock, jittered
    assert result.seconds < 10
    no_key_leaked(result, caplog)


# --- keys go only where they were meant to --------------------------------------------------------


@pytest.mark.parametrize("host", ["HTTP://127.0.0.1:{port}", "Http://127.0.0.1:{port}/"])
def test_plain_http_to_loopback_never_goes_through_a_proxy(
    flavour: str, host: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        HostileServer(sends(answer(502, b"proxy"))) as proxy,
        HostileServer(sends(NOT_FOUND)) as target,
    ):
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        result = call(flavour, configuration(host.format(port=target.port)))
        assert isinstance(result.error, NotFoundException)
        assert proxy.requests == [] and len(target.requests) == 1
        assert target.requests[0].has_key(API_KEY)
        # The control: this transport does use the proxy variables, for an https base URL.
        for name in ("HTTPS_PROXY", "https_proxy"):
            monkeypatch.setenv(name, proxy.url)
        secure = call(flavour, configuration(f"https://127.0.0.1:{target.port}", retry=ONE_ATTEMPT))
    assert isinstance(secure.error, DatadogDeploymentsError)
    assert [(r.method, r.target) for r in proxy.requests] == [
        ("CONNECT", f"127.0.0.1:{target.port}")
    ]
    assert len(target.requests) == 1
    no_key_leaked(result, caplog)


def _following_client(flavour: str, **options: Any) -> Callable[[], Any]:
    def make() -> Any:
        if flavour == "sync":
            return httpx.Client(follow_redirects=True, **options)
        if flavour == "aiohttp-async":
            from datadog_deployments.aiohttp_transport import AiohttpTransport

            options["transport"] = AiohttpTransport()
        return httpx.AsyncClient(follow_redirects=True, **options)

    return make


@pytest.mark.parametrize("status", [301, 302, 307, 308])
@pytest.mark.parametrize("given", [True, False], ids=["their http_client", "our own"])
def test_a_redirect_elsewhere_never_carries_a_key(
    flavour: str, status: int, given: bool, caplog: pytest.LogCaptureFixture
) -> None:
    bearer = {"Authorization": "Bearer token-0a9b8c7d6e5f4a3b2c1d"}
    with HostileServer(sends(NOT_FOUND)) as elsewhere:
        moved = answer(status, b"", {"Location": elsewhere.url + "/api/v2/dora/deployment"})
        with HostileServer(sends(moved)) as server:
            result = call(
                flavour,
                configuration(server.url),
                "CreateDORADeployment",
                body=deployment_body(),
                http_client=_following_client(flavour, headers=bearer) if given else None,
            )
    assert isinstance(result.error, ApiException) and result.error.status == status
    assert "not followed" in str(result.error)
    assert len(server.requests) == 1 and elsewhere.requests == []
    no_key_leaked(result, caplog)


# --- every failure is the package's own typed error -----------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Retry-After": "garbage"},
        {"Retry-After": "nan"},
        {"Retry-After": "1e309"},
        {"X-RateLimit-Reset": "nan", "Retry-After": "soon"},
        {"X-RateLimit-Reset": "1e309"},
    ],
    ids=["absent", "garbage", "nan", "1e309", "reset nan", "reset 1e309"],
)
def test_a_429_without_a_usable_wait_still_waits_a_second(
    flavour: str, headers: dict[str, str]
) -> None:
    with HostileServer(once(sends(answer(429, b"slow down", headers)), sends(NOT_FOUND))) as server:
        result = call(flavour, configuration(server.url))
    assert isinstance(result.error, NotFoundException) and len(server.requests) == 2
    assert len(result.waits) == 1 and result.waits[0] >= 1.0


def test_a_huge_path_parameter_is_an_invalid_parameter(flavour: str) -> None:
    with HostileServer(sends(NOT_FOUND)) as server:
        result = call(
            flavour, configuration(server.url), path_values={"deployment_id": "x" * 100_000}
        )
    assert isinstance(result.error, InvalidParameterError) and server.requests == []
    assert "x" * 100 not in str(result.error)


@pytest.mark.parametrize(
    "host",
    [
        "http://127.0.0.1\n:8080",
        "http://127.0.0.1:8080\n",
        "http://127.0.0.1\r\nX-Injected: 1",
        "http://127.0.0.1 :80",
        "http://[::1",
        "https://" + "a" * 70_000 + ".example.com",
        "http://127.0.0.1:99999",
    ],
)
def test_a_host_that_is_not_a_url_is_a_configuration_error(host: str) -> None:
    with pytest.raises(ConfigurationError):
        Configuration(host=host, environ={})


def test_oversized_headers_and_bodies_get_typed_errors(flavour: str) -> None:
    refuse = sends(answer(431, b"too large"))
    with HostileServer(refuse) as server:
        header = call(flavour, configuration(server.url, api_key="k" * 100_000, retry=ONE_ATTEMPT),
                      "CreateDORADeployment", body=deployment_body())  # fmt: skip
    with HostileServer(sends(answer(413, b"too large"))) as server:
        body = call(flavour, configuration(server.url, retry=ONE_ATTEMPT), "CreateDORADeployment",
                    body=deployment_body(team="t" * 5_000_000))  # fmt: skip
    assert isinstance(header.error, ApiException) and header.error.status == 431
    assert isinstance(body.error, ApiException) and body.error.status == 413


# --- more of what a network may do ----------------------------------------------------------------


def reset_mid_body(wire: Wire) -> None:
    if wire.send(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + b"{" * 100):
        time.sleep(0.02)
        wire.reset()


def many_headers(wire: Wire) -> None:
    pad = "".join(f"X-Pad-{n}: {n}\r\n" for n in range(10_000))
    wire.send(f"HTTP/1.1 200 OK\r\n{pad}Content-Length: 2\r\n\r\n{{}}".encode())


@pytest.mark.parametrize("scenario", [reset_mid_body, many_headers], ids=["reset", "10k headers"])
def test_a_broken_answer_to_a_get_is_retried_then_a_connection_error(
    flavour: str, scenario: Scenario, caplog: pytest.LogCaptureFixture
) -> None:
    # A full timeout for every attempt: the last one must fail as the first did.
    policy = RetryPolicy(max_attempts=3, max_elapsed=600)
    with HostileServer(scenario) as server:
        result = call(flavour, configuration(server.url, retry=policy))
    assert isinstance(result.error, ConnectionLostError)
    assert result.error.attempts == len(server.requests) == 3
    assert result.seconds < 5 and result.peak < 4 * MiB
    no_key_leaked(result, caplog)


def truncated_gzip(wire: Wire) -> None:
    whole = compress(b'{"data": {"id": "x", "type": "dora_deployment"}}' * 50, 31)
    wire.send(answer(200, whole[: len(whole) // 2], {"Content-Encoding": "gzip"}))


NESTED = b"[" * 200_000 + b"]" * 200_000


@pytest.mark.parametrize(
    "body",
    [b'{"data": {"id": "\xff\xfe\xfd", "type": "dora_deployment"}}', NESTED],
    ids=["invalid utf-8", "deeply nested"],
)
def test_a_2xx_body_that_does_not_decode_keeps_the_raw_body(
    flavour: str, body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    with HostileServer(sends(answer(200, body, {"Content-Type": "application/json"}))) as server:
        result = call(flavour, configuration(server.url))
    assert isinstance(result.error, ResponseDecodeError) and len(server.requests) == 1
    assert result.error.body == body.decode("utf-8", "replace")
    assert result.seconds < 5 and result.peak < 16 * MiB
    no_key_leaked(result, caplog)


def test_truncated_gzip_is_a_decode_error(flavour: str) -> None:
    with HostileServer(truncated_gzip) as server:
        result = call(flavour, configuration(server.url))
    assert isinstance(result.error, ResponseDecodeError) and len(server.requests) == 1
    assert "end marker" in str(result.error)


@pytest.mark.parametrize("body", [b"\xff\xfe not utf-8", NESTED], ids=["invalid utf-8", "nested"])
def test_an_error_answer_of_any_shape_is_still_its_exception(flavour: str, body: bytes) -> None:
    with HostileServer(sends(answer(400, body))) as server:
        result = call(flavour, configuration(server.url))
    assert isinstance(result.error, BadRequestException) and len(server.requests) == 1
    assert result.error.errors == [] and result.error.body == body.decode("utf-8", "replace")


# --- every final exception knows how many times the request went out ---------------------------


def test_an_undecodable_answer_after_a_retry_says_how_many_triggers_were_sent(
    flavour: str,
) -> None:
    garbage = answer(200, b'{"data": 1}', {"Content-Type": "application/json"})
    with HostileServer(once(sends(answer(503)), sends(garbage))) as server:
        result = call(flavour, configuration(server.url), TRIGGER, body=gate_body())
    assert isinstance(result.error, ResponseDecodeError)
    assert result.error.attempts == len(server.requests) == 2


def test_an_undecodable_encoding_after_a_retry_says_how_many_attempts(flavour: str) -> None:
    with HostileServer(once(sends(answer(503)), truncated_gzip)) as server:
        result = call(flavour, configuration(server.url))
    assert isinstance(result.error, ResponseDecodeError)
    assert result.error.attempts == len(server.requests) == 2


# --- a write that finally fails names the ID it was sent with -------------------------------------


def _sent_id(seen: Any) -> str:
    return str(json.loads(seen.body)["data"]["attributes"]["id"])


@pytest.mark.parametrize("given", [None, "my-deploy-0123456789"], ids=["assigned", "caller's"])
def test_a_failed_write_names_its_idempotency_id(flavour: str, given: str | None) -> None:
    body = deployment_body() if given is None else deployment_body(id=given)
    policy = RetryPolicy(max_attempts=3, max_elapsed=600)
    with HostileServer(sends(answer(503))) as server:
        result = call(flavour, configuration(server.url, retry=policy), "CreateDORADeployment",
                      body=body)  # fmt: skip
    assert isinstance(result.error, ApiException) and len(server.requests) == 3
    sent = {_sent_id(seen) for seen in server.requests}
    assert sent == {result.error.idempotency_id}
    assert given is None or sent == {given}


def test_an_unreachable_write_names_its_idempotency_id(flavour: str) -> None:
    config = configuration(f"http://127.0.0.1:{_closed_port()}", retry=ONE_ATTEMPT)
    result = call(flavour, config, "CreateDORADeployment", body=deployment_body())
    assert isinstance(result.error, ConnectError)
    assert result.error.idempotency_id is not None
    assert _ID_PATTERN.match(result.error.idempotency_id)


def test_a_read_has_no_idempotency_id(flavour: str) -> None:
    with HostileServer(sends(NOT_FOUND)) as server:
        result = call(flavour, configuration(server.url))
    assert isinstance(result.error, NotFoundException) and result.error.idempotency_id is None


# --- what a server quotes back never shows a key, and never reaches a terminal raw ------------

TOKEN = "ddoauth-hostile-token-5e4d3c2b1a"
HOSTILE_TEXT = "\r\nX-Injected: 1\x1b[2J\x1b]0;owned\x07\u202e"


def echo(status: int) -> Scenario:
    """Answers with the request it received, quoted in the error shape and as the detail."""

    def scenario(wire: Wire) -> None:
        quoted = " ".join(f"{k}: {v}" for k, v in wire.request.headers.items()) + HOSTILE_TEXT
        uuid = "7d5b0c1e-8a3f-4c2e-9b1d-0e6f5a4b3c2d"
        document = {"errors": [quoted], "data": {"id": uuid, "type": quoted}}
        wire.send(answer(status, json.dumps(document).encode(), reason="Bad\x1b[31m"))

    return scenario


def _safe(text: str, *secrets: str) -> None:
    assert not any(secret in text for secret in secrets), text
    assert not re.search("[\x00-\x1f\x7f-\x9f\u202e]", text), text


@pytest.mark.parametrize("status", [400, 200], ids=["400", "undecodable 200"])
@pytest.mark.parametrize("credential", ["keys", "token"])
def test_an_error_message_never_shows_what_the_server_quotes_back(
    flavour: str, status: int, credential: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    keys: dict[str, Any] = (
        {"access_token": TOKEN, "api_key": None, "app_key": None} if credential == "token" else {}
    )
    with HostileServer(echo(status)) as server:
        result = call(flavour, configuration(server.url, retry=ONE_ATTEMPT, **keys), TRIGGER,
                      body=gate_body())  # fmt: skip
    error = result.error
    assert isinstance(error, BadRequestException if status == 400 else ResponseDecodeError)
    sent = API_KEY if credential == "keys" else TOKEN
    assert server.requests[0].has_key(sent)
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("datadog_deployments")]
    assert ours
    for text in (str(error), repr(error), *ours):
        _safe(text, API_KEY, APP_KEY, TOKEN)
    assert "[redacted]" in str(error)
    assert sent in error.body and "\x1b" in json.loads(error.body)["errors"][0]  # as it came


# --- a proxy variable httpx cannot use is a configuration error, its value unshown ---------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HTTPS_PROXY", "http://user:s3cret-pass@127.0.0.1:1\n"),
        ("https_proxy", "http://user:s3cret-pass@127.0.0.1:1\x1b"),
        ("ALL_PROXY", "ftp://user:s3cret-pass@127.0.0.1:1"),
    ],
)
def test_an_unusable_proxy_variable_is_a_configuration_error(
    flavour: str, name: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for other in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY",
                  "all_proxy", "NO_PROXY", "no_proxy"):  # fmt: skip
        monkeypatch.delenv(other, raising=False)
    monkeypatch.setenv(name, value)
    with HostileServer(sends(NOT_FOUND)) as server:
        result = call(flavour, configuration(f"https://127.0.0.1:{server.port}"))
    assert isinstance(result.error, ConfigurationError), result.error
    assert name in str(result.error) and "s3cret" not in str(result.error)
    assert server.requests == []


# --- proxies: the same rules on every transport --------------------------------------------

_PROXY_NAMES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


@pytest.mark.parametrize("no_proxy", [None, "127.0.0.1", "localhost,127.0.0.1:{port}"])
def test_https_goes_through_the_proxy_unless_no_proxy_says_otherwise(
    flavour: str,
    no_proxy: str | None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    port = _closed_port()  # direct, the connection is refused at once
    with HostileServer(sends(answer(502, b"proxy"))) as proxy:
        for name in _PROXY_NAMES:
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            if no_proxy is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, no_proxy.format(port=port))
        result = call(flavour, configuration(f"https://127.0.0.1:{port}", retry=ONE_ATTEMPT))
    connects = [(r.method, r.target) for r in proxy.requests]
    if no_proxy is None:
        assert isinstance(result.error, DatadogDeploymentsError)
        assert connects == [("CONNECT", f"127.0.0.1:{port}")]
        assert not proxy.requests[0].has_key(API_KEY, APP_KEY)  # the keys travel inside TLS
    else:
        assert isinstance(result.error, ConnectError) and connects == []
    no_key_leaked(result, caplog)


@pytest.mark.parametrize("search", ["ListDORADeployments", "ListDORAFailures"])
def test_a_dora_search_is_retried_like_a_read(flavour: str, search: str) -> None:
    # A POST only to carry its filter: repeating it changes nothing (x-repeatable).
    body = {"data": {"attributes": {"from": "2026-01-01T00:00:00Z", "to": "2026-01-02T00:00:00Z"}}}
    policy = RetryPolicy(max_attempts=3, max_elapsed=600)
    with HostileServer(sends(answer(503))) as server:
        result = call(flavour, configuration(server.url, retry=policy), search, body=body)
    assert isinstance(result.error, ApiException) and result.error.status == 503
    assert result.error.attempts == len(server.requests) == 3
    assert len(result.waits) == 2
