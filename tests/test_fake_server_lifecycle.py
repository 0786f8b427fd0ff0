"""Starting and stopping the fake, its connections, the request record and the CLI."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from datadog_deployments.testing import FakeDatadog, ManualClock
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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_context_manager_serves_on_loopback_and_stops() -> None:
    with FakeDatadog() as dd:
        assert dd.running
        assert dd.url == f"http://127.0.0.1:{dd.port}"
        assert httpx.get(f"{dd.url}/nowhere", timeout=5).status_code == 404
        url = dd.url
    assert not dd.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/nowhere", timeout=5)
    with pytest.raises(RuntimeError):
        dd.url  # noqa: B018 - the property raises once stopped


def test_start_stop_and_a_given_port() -> None:
    port = _free_port()
    dd = FakeDatadog(port=port)
    assert dd.start() is dd
    try:
        assert dd.url == f"http://127.0.0.1:{port}"
        with pytest.raises(RuntimeError):
            dd.start()
    finally:
        dd.stop()
    dd.stop()  # stopping twice is fine
    with dd:  # and it can start again
        assert dd.port == port


def test_keep_alive_reuses_one_connection(fake_datadog: FakeDatadog) -> None:
    with client(fake_datadog) as http:
        for _ in range(5):
            http.post(DORA_CREATE, json=dora_body())
            http.get(DORA_GET.format("nope-nope-nope-nope"))
        http.post(DORA_CREATE, json={})  # a 400 keeps the connection too
        http.get("/nowhere")
    assert len(fake_datadog.requests) == 12
    assert {r.connection for r in fake_datadog.requests} == {1}


def test_separate_clients_use_separate_connections(fake_datadog: FakeDatadog) -> None:
    for _ in range(2):
        with client(fake_datadog) as http:
            http.get("/nowhere")
    assert [r.connection for r in fake_datadog.requests] == [1, 2]


def test_stop_ends_idle_keep_alive_connections() -> None:
    dd = FakeDatadog().start()
    with socket.create_connection(("127.0.0.1", dd.port), timeout=5) as raw:
        raw.sendall(b"GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n")
        assert raw.recv(65536).startswith(b"HTTP/1.1 404")
        started = time.perf_counter()
        dd.stop()  # must not wait for the client to hang up
        assert time.perf_counter() - started < 1
        assert raw.recv(65536) == b""  # the server closed its end


def test_requests_are_recorded_raw(fake_datadog: FakeDatadog) -> None:
    clock = ManualClock(42.0)
    with FakeDatadog(clock=clock) as dd, client(dd) as http:
        http.get("/api/v2/dora/deployments/a%2Fb%20c", params={"x": ["1", "2"], "y": ""})
        http.post(DORA_CREATE, content=b"not json", headers={"X-Custom": "yes"})
        first, second = dd.requests
    assert first.method == "GET"
    assert first.path == "/api/v2/dora/deployments/a%2Fb%20c"
    assert first.query == "x=1&x=2&y="
    assert first.query_params == {"x": ["1", "2"], "y": [""]}
    assert first.operation == "GetDORADeployment"
    assert first.body == b"" and first.json is None
    assert first.time == 42.0
    assert first.headers["dd-api-key"] == first.headers["DD-API-KEY"] == dd.api_key
    assert "Dd-Application-Key" in first.headers
    assert second.body == b"not json" and second.json is None
    assert second.headers["x-custom"] == "yes"
    assert second.operation == "CreateDORADeployment"


def test_path_parameters_are_percent_decoded(fake_datadog: FakeDatadog) -> None:
    with client(fake_datadog) as http:
        http.post(DORA_CREATE, json=dora_body(id="release:1.2.3_build-4"))
        assert http.get(DORA_GET.format("release%3A1.2.3%5Fbuild-4")).status_code == 200


def test_requests_for_reset_and_clear(fake_datadog: FakeDatadog) -> None:
    fake_datadog.add_gate("checkout", "prod")
    with client(fake_datadog) as http:
        http.post(DORA_CREATE, json=dora_body())
        http.post(GATES_TRIGGER, json=gate_body())
        http.post(GATES_TRIGGER, json=gate_body())
    assert len(fake_datadog.requests_for("TriggerDeploymentGatesEvaluation")) == 2
    assert len(fake_datadog.requests_for("GetDORADeployment")) == 0
    with pytest.raises(ValueError):
        fake_datadog.requests_for("Trigger")
    fake_datadog.clear_requests()
    assert fake_datadog.requests == []
    assert len(fake_datadog.evaluations) == 2
    fake_datadog.reset()
    assert fake_datadog.evaluations == [] and fake_datadog.deployments == {}
    with client(fake_datadog) as http:
        assert http.post(GATES_TRIGGER, json=gate_body()).status_code == 404  # the gate is gone


def test_max_recorded_keeps_the_last_requests() -> None:
    with FakeDatadog(max_recorded=2) as dd, client(dd) as http:
        for index in range(4):
            http.get(f"/nowhere/{index}")
        assert [r.path for r in dd.requests] == ["/nowhere/2", "/nowhere/3"]


def test_concurrent_clients(fake_datadog: FakeDatadog) -> None:
    def send(index: int) -> int:
        with client(fake_datadog) as http:
            for _ in range(5):
                http.post(DORA_CREATE, json=dora_body(id=f"concurrent-event-{index:04d}"))
            return http.get(DORA_GET.format(f"concurrent-event-{index:04d}")).status_code

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(send, range(16))) == [200] * 16
    assert len(fake_datadog.requests) == 16 * 6
    assert len(fake_datadog.deployments) == 16


def test_http_1_0_and_chunked_bodies(fake_datadog: FakeDatadog) -> None:
    body = b'{"data": {"attributes": {"service": "s", "started_at": 1, "finished_at": 2}}}'
    with socket.create_connection(("127.0.0.1", fake_datadog.port), timeout=5) as raw:
        chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
        raw.sendall(
            b"POST /api/v2/dora/deployment HTTP/1.1\r\nHost: x\r\n"
            b"DD-API-KEY: fake-api-key\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked
        )
        raw.sendall(b"GET /nowhere HTTP/1.0\r\n\r\n")
        received = b""
        while chunk := raw.recv(65536):
            received += chunk
    first, second = received.split(b"HTTP/1.", 2)[1:]
    assert first.startswith(b"1 200 OK")
    assert second.startswith(b"1 404 Not Found")
    assert b"Connection: close" in second
    assert fake_datadog.requests[0].json["data"]["attributes"]["service"] == "s"


def test_logging_is_off_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeDatadog() as quiet:
        httpx.get(f"{quiet.url}/nowhere", timeout=5)
    with FakeDatadog(log_requests=True) as loud:
        httpx.get(f"{loud.url}/somewhere", timeout=5)
    logged = capsys.readouterr().err
    assert "/somewhere" in logged
    assert "/nowhere" not in logged


def test_serve_forever_until_stopped_from_another_thread() -> None:
    dd = FakeDatadog()
    dd.start()
    timer = threading.Timer(0.05, dd.stop)
    timer.start()
    dd.serve_forever()
    timer.join()
    assert not dd.running


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_the_cli_prints_url_and_keys_and_stops_on_a_signal(stop_signal: int) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "datadog_deployments.testing", "--port", "0", "--gate", "web:prod"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        url = first.rsplit(" ", 1)[1].strip()
        assert url.startswith("http://127.0.0.1:")
        assert "fake-api-key" in process.stdout.readline()
        assert "fake-app-key" in process.stdout.readline()
        headers = {"DD-API-KEY": "fake-api-key", "DD-APPLICATION-KEY": "fake-app-key"}
        trigger = httpx.post(
            f"{url}/api/v2/deployments/gates/evaluation",
            json=gate_body("web", "prod"),
            headers=headers,
            timeout=5,
        )
        assert trigger.status_code == 202
        process.send_signal(stop_signal)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_the_cli_refuses_a_bad_gate() -> None:
    from datadog_deployments.testing.cli import main

    assert main(["--gate", "only-a-service"]) == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["--failing-gate", "web:prod"],
        ["--failing-gate", "web=monitor alerting"],
        ["--gate", "web:prod:id:extra"],
        ["--in-progress", "-1"],
    ],
)
def test_the_cli_refuses_malformed_gate_options(argv: list[str]) -> None:
    from datadog_deployments.testing.cli import main

    assert main(argv) == 2


def test_the_cli_registers_failing_gates_and_an_in_progress_phase() -> None:
    from datadog_deployments.testing.cli import build_parser, configure

    clock = ManualClock()
    args = build_parser().parse_args(
        ["--gate", "web:staging", "--failing-gate", "web:prod:canary= monitor alerting ",
         "--in-progress", "5"]
    )  # fmt: skip
    with FakeDatadog(clock=clock) as dd:
        configure(dd, args)
        with client(dd) as http:
            passing = trigger(http, service="web", env="staging")
            failing = trigger(http, service="web", env="prod", identifier="canary")
            inline = trigger(
                http, service="other", env="prod",
                configuration={"rules": [{"type": "monitor", "name": "m",
                                          "options": {"query": "service:other"}}]},
            )  # fmt: skip

            def attributes(eid: str) -> dict[str, object]:
                document = result(http, eid).json()
                found: dict[str, object] = document["data"]["attributes"]
                return found

            assert {attributes(e)["gate_status"] for e in (passing, failing, inline)} == {
                "in_progress"
            }
            clock.advance(5)
            assert attributes(passing)["gate_status"] == "pass"
            assert attributes(inline)["gate_status"] == "pass"
            failed = attributes(failing)
            assert failed["gate_status"] == "fail"
            assert failed["rules"] == [
                {"dry_run": False, "name": "Check service monitors", "status": "fail",
                 "reason": "monitor alerting"}
            ]  # fmt: skip


def test_the_pytest_plugin_is_registered(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.has_plugin("datadog_deployments")


def test_the_package_docstring_example_runs() -> None:
    import textwrap

    import datadog_deployments.testing as testing

    doc = testing.__doc__ or ""
    example = textwrap.dedent(doc[doc.index("    import httpx") : doc.index("With pytest")])
    exec(compile(example, "datadog_deployments.testing docstring", "exec"), {})
