"""One measurement of one client, in a process of its own; prints one JSON object.

    python -m benchmarks.worker sync CLIENT URL CALLS
    python -m benchmarks.worker async CLIENT URL REQUESTS CONCURRENCY
    python -m benchmarks.worker poll DECISION_SECONDS...

Client CPU is `time.process_time()` of this process (the server runs in another one); the
server's own CPU over the timed section is read from its `/_bench/cpu` endpoint.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import time
from typing import Any
from urllib.parse import urlsplit

from .clients import open_async, open_sync
from .expected import check, dora_facts_from_dict, gate_facts_from_dict, load_examples
from .rss import peak_rss_mib

WARMUP = 200
RSS_CALLS = 1000


def server_cpu(url: str) -> float:
    """The benchmark server's CPU seconds so far, over a connection of its own."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), 5) as sock:
        sock.sendall(b"GET /_bench/cpu HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
        data = b""
        for _ in range(100):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
            if data.endswith(b"}"):
                break
    cpu: float = json.loads(data.split(b"\r\n\r\n", 1)[1])["cpu"]
    return cpu


def _expected() -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    examples = load_examples()
    return dora_facts_from_dict(examples["dora"]), gate_facts_from_dict(examples["gate"])


def run_sync(name: str, url: str, calls: int) -> dict[str, Any]:
    client = open_sync(name, url)
    expected_dora, expected_gate = _expected()
    check(f"{name} sync dora", client.dora_facts(client.dora(0)), expected_dora)
    check(f"{name} sync gate", client.gate_facts(client.gate()), expected_gate)
    for i in range(RSS_CALLS // 2):
        client.dora(i)
        client.gate()
    rss_after_calls = peak_rss_mib()
    out: dict[str, Any] = {"rss_after_calls_mib": rss_after_calls}
    gate = client.gate
    for what, call in (("dora", client.dora), ("gate", lambda _: gate())):
        for i in range(WARMUP):
            call(i)
        server_before = server_cpu(url)
        wall, cpu = time.perf_counter(), time.process_time()
        for i in range(calls):
            call(i)
        cpu = time.process_time() - cpu
        wall = time.perf_counter() - wall
        server = server_cpu(url) - server_before
        out[what] = {
            "cpu_per_call_us": cpu / calls * 1e6,
            "calls_per_s": calls / wall,
            "server_cpu_per_call_us": server / calls * 1e6,
        }
    client.close()
    return out


async def _async(name: str, url: str, requests: int, concurrency: int) -> dict[str, Any]:
    client = open_async(name, url)
    expected_dora, expected_gate = _expected()
    check(f"{name} async dora", client.dora_facts(await client.dora(0)), expected_dora)
    check(f"{name} async gate", client.gate_facts(await client.gate()), expected_gate)

    async def batch(total: int) -> None:
        left = total

        async def worker() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await client.gate()

        await asyncio.gather(*(worker() for _ in range(concurrency)))

    await batch(WARMUP)  # opens the connections
    server_before = server_cpu(url)
    wall, cpu = time.perf_counter(), time.process_time()
    await batch(requests)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    server = server_cpu(url) - server_before
    await client.close()
    return {
        "requests_per_s": requests / wall,
        "cpu_per_request_us": cpu / requests * 1e6,
        "server_cpu_per_request_us": server / requests * 1e6,
        "server_busy": server / wall,
    }


def run_poll(decisions: list[float]) -> dict[str, Any]:
    """Ours only: the official client and raw httpx have no helper that waits for a verdict."""
    from datadog_deployments import ApiClient, Configuration, DeploymentGatesApi
    from datadog_deployments.testing import FakeDatadog, GateScript, ManualClock

    runs = []
    for decision in decisions:
        clock = ManualClock()
        with FakeDatadog(clock=clock) as fake:
            fake.add_gate("checkout-api", "production", script=GateScript(in_progress_for=decision))
            configuration = Configuration(
                host=fake.url,
                api_key=fake.api_key,
                app_key=fake.app_key,
                unstable_operations={
                    "trigger_deployment_gates_evaluation": True,
                    "get_deployment_gates_evaluation_result": True,
                },
                environ={},
            )
            with ApiClient(configuration, clock=clock, sleep=clock.sleep) as client:
                api = DeploymentGatesApi(client)
                started = clock()
                result = api.evaluate_deployment_gate(service="checkout-api", env="production")
                returned = clock() - started
            polls = len(fake.requests_for("GetDeploymentGatesEvaluationResult"))
        if str(result.data.attributes.gate_status) != "pass":
            raise SystemExit(f"poll: unexpected verdict {result!r}")
        runs.append({"decision_s": decision, "late_s": returned - decision, "requests": polls})
    return {"runs": runs}


def run_decode(name: str, url: str) -> dict[str, str]:
    """Whether the client decodes each documented example body into the expected values."""
    client = open_sync(name, url)
    expected_dora, expected_gate = _expected()
    report = {}
    cases = (
        ("dora", client.documented_dora, client.dora_facts, expected_dora),
        ("gate", client.gate, client.gate_facts, expected_gate),
    )
    for what, call, facts, expected in cases:
        try:
            got = facts(call())
        except Exception as exc:  # the report names any failure to decode
            report[what] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
            continue
        report[what] = "ok" if got == expected else f"wrong values: {got!r}"
    client.close()
    return report


def main(argv: list[str]) -> None:
    task = argv[0]
    if task == "decode":
        out: dict[str, Any] = run_decode(argv[1], argv[2])
    elif task == "sync":
        out = run_sync(argv[1], argv[2], int(argv[3]))
    elif task == "async":
        out = asyncio.run(_async(argv[1], argv[2], int(argv[3]), int(argv[4])))
    elif task == "poll":
        out = run_poll([float(a) for a in argv[1:]])
    else:
        raise SystemExit(f"unknown task {task!r}")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
