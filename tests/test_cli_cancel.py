"""SIGTERM, SIGINT and --timeout end a command at once, mid-request or mid-wait, and the
outcome is still written everywhere (outcome line, --json, GitHub outputs)."""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cli_support import DDEPLOY, Fake, Run, assert_no_keys, clean_environ, github_outputs
from datadog_deployments.testing import Fault, GateScript

TRIGGER = "TriggerDeploymentGatesEvaluation"
RESULT = "GetDeploymentGatesEvaluationResult"
ONE_EVALUATION = ("--service", "checkout-api", "--env", "production")
SLOW_POLLS = ("--poll-interval", "60")  # without cancellation, the wait would last a minute
NEVER = GateScript(in_progress_for=float("inf"))


@contextmanager
def dripping_server() -> Iterator[tuple[str, threading.Event]]:
    """A loopback server that answers every request with headers, then one body byte every
    0.1 s, forever: a read timeout never fires, only a whole-command deadline ends it.
    Yields its URL and an event set once a request came in."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)  # accept() wakes up to see `stop`
    stop, requested = threading.Event(), threading.Event()

    def serve(connection: socket.socket) -> None:
        with connection:
            try:
                connection.recv(65536)
                requested.set()
                connection.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b"Content-Length: 1000000\r\n\r\n{"
                )
                while not stop.wait(0.1):
                    connection.sendall(b" ")
            except OSError:
                pass

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            threading.Thread(target=serve, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", requested
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*DDEPLOY, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def signal_when(
    process: subprocess.Popen[str], ready: Callable[[], bool], signum: int
) -> tuple[Run, float]:
    """Send `signum` once `ready()` holds; the run, and seconds from the signal to the exit."""
    try:
        deadline = time.monotonic() + 20
        while not ready() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        assert process.poll() is None, "ddeploy ended before the signal"
        sent = time.monotonic()
        process.send_signal(signum)
        stdout, stderr = process.communicate(timeout=10)
        took = time.monotonic() - sent
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert_no_keys(stdout, stderr)
    return Run(process.returncode, stdout, stderr), took


def test_sigterm_while_waiting_writes_the_outcome_and_names_the_evaluation(
    fake: Fake, tmp_path: Path
) -> None:
    fake.dd.add_gate("checkout-api", "production", script=NEVER)
    outputs = tmp_path / "output"
    env = clean_environ(GITHUB_OUTPUT=str(outputs))
    process = start("gate", "evaluate", *ONE_EVALUATION, *fake.host, *SLOW_POLLS, "--json", env=env)
    run, took = signal_when(process, lambda: bool(fake.dd.requests_for(RESULT)), signal.SIGTERM)
    assert run.code == 143
    (evaluation,) = fake.dd.evaluations
    eid = evaluation.evaluation_id
    assert run.outcome.startswith("ddeploy: CANCELLED: cancelled by SIGTERM while waiting")
    assert run.outcome.endswith(
        f"to pick it up again: ddeploy gate wait {eid} (exit 143: cancelled (SIGTERM))"
    )
    document = run.json()
    assert document["outcome"] == "cancelled" and document["exit_code"] == 143
    assert document["evaluation_id"] == eid and document["verdict"] is None
    values = github_outputs(outputs)
    assert values["outcome"] == "cancelled" and values["exit_code"] == "143"
    assert values["evaluation_id"] == eid
    assert took < 10  # and far below the 60 s the wait had left


def test_sigint_in_the_middle_of_a_request_exits_130_with_the_json_document(
    fake: Fake, tmp_path: Path
) -> None:
    fake.dd.add_gate("checkout-api", "production")
    fake.dd.inject(Fault.slow(30), operation=TRIGGER)  # the trigger hangs
    outputs = tmp_path / "output"
    env = clean_environ(GITHUB_OUTPUT=str(outputs))
    process = start("gate", "evaluate", *ONE_EVALUATION, *fake.host, "--json", env=env)
    run, _ = signal_when(process, lambda: bool(fake.dd.requests_for(TRIGGER)), signal.SIGINT)
    assert run.code == 130
    assert "cancelled by SIGINT while triggering the evaluation" in run.outcome
    assert run.outcome.endswith("(exit 130: interrupted (SIGINT))")
    assert run.json()["outcome"] == "cancelled" and run.json()["exit_code"] == 130
    assert github_outputs(outputs)["outcome"] == "cancelled"


def test_sigterm_while_a_response_drips_in() -> None:
    with dripping_server() as (url, requested):
        process = start("gate", "get", "x", "--host", url, "--timeout", "60", env=clean_environ())
        run, took = signal_when(process, requested.is_set, signal.SIGTERM)
    assert run.code == 143 and "CANCELLED" in run.outcome
    assert took < 10


@pytest.mark.parametrize(
    "command",
    [
        ("gate", "get", "x"),
        ("gate", "wait", "x", "--json"),
        ("gate", "evaluate", *ONE_EVALUATION),  # the trigger itself never ends
    ],
)
def test_timeout_bounds_a_request_that_never_ends(command: tuple[str, ...]) -> None:
    """Each read gets a byte in time, so only the command's deadline can end it."""
    with dripping_server() as (url, _):
        began = time.monotonic()
        done = subprocess.run(
            [*DDEPLOY, *command, "--host", url, "--timeout", "2", "--on-error", "pass"],
            env=clean_environ(),
            capture_output=True,
            text=True,
            timeout=20,
        )
        took = time.monotonic() - began
    assert done.returncode == 0, done.stderr  # Datadog could not answer: --on-error pass
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("ddeploy: DATADOG UNAVAILABLE: ")
    assert "because of --on-error pass; otherwise exit 4" in last
    assert took < 8  # a dripping answer would otherwise last for ever


def _catches_sigterm(pid: int) -> bool:
    """Whether the process has a handler for SIGTERM (Linux: SigCgt in /proc/PID/status)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return False
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("delay", [0.0, 0.005, 0.02, 0.05])
def test_sigterm_at_any_moment_of_the_start_writes_the_whole_outcome(
    tmp_path: Path, delay: float
) -> None:
    """Python itself starts in ~10 ms; from ddeploy's first line on (the handler seen in /proc,
    then a little later, while it loads and parses), a cancel writes everything."""
    outputs = tmp_path / "output"
    env = clean_environ(GITHUB_OUTPUT=str(outputs))
    closed = ("--host", "http://127.0.0.1:9")  # never reached: the signal comes first
    process = start("gate", "evaluate", "--service", "s", "--env", "e", *closed, "--json", env=env)
    started = time.monotonic()
    while not _catches_sigterm(process.pid) and time.monotonic() - started < 10:
        time.sleep(0.0005)
    time.sleep(delay)
    run, _ = signal_when(process, lambda: True, signal.SIGTERM)
    assert run.code == 143, run.stderr
    assert run.outcome.startswith("ddeploy: CANCELLED: cancelled by SIGTERM")
    document = run.json()
    assert document["outcome"] == "cancelled" and document["exit_code"] == 143
    assert document["command"] == "gate evaluate"
    assert {"verdict", "evaluation_id", "url"} <= set(document)
    assert github_outputs(outputs) == {
        "outcome": "cancelled",
        "exit_code": "143",
        "verdict": "",
        "evaluation_id": "",
        "url": "",
    }
