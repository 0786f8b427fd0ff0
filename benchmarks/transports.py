"""Async transports at 50 concurrent GETs, behind the same httpx API: which one to send over.

    python -m benchmarks.transports URL [REQUESTS] [ROUNDS]   # run by benchmarks.run

Each option gets the same httpx.Request (the gate result GET, with the keys) straight at the
transport, no decoding, so the figures are the transports' own cost:

- httpx-pool-h1: httpx's default async transport (httpcore's pool), HTTP/1.1;
- httpx-pool-h2: the same over HTTP/2 (cleartext, prior knowledge: one connection, 50 streams);
- aiohttp: datadog_deployments.aiohttp_transport, AsyncApiClient's with the `async` extra.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from typing import Any

import httpx

from .clients import GATE_URL
from .expected import KEYS

OPTIONS = ("httpx-pool-h1", "httpx-pool-h2", "aiohttp")
CONCURRENCY = 50


def transport(option: str) -> httpx.AsyncBaseTransport:
    if option == "httpx-pool-h1":
        return httpx.AsyncHTTPTransport()
    if option == "httpx-pool-h2":
        return httpx.AsyncHTTPTransport(http1=False, http2=True)
    if option == "aiohttp":
        from datadog_deployments.aiohttp_transport import AiohttpTransport

        return AiohttpTransport()
    raise ValueError(option)


async def measure(option: str, url: str, requests: int) -> dict[str, float]:
    chosen = transport(option)
    headers = httpx.Headers({"Accept": "application/json", **KEYS})
    extensions = {"timeout": httpx.Timeout(30.0, connect=10.0).as_dict()}
    target = httpx.URL(url + GATE_URL)

    async def one() -> None:
        request = httpx.Request("GET", target, headers=headers, extensions=extensions)
        response = await chosen.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        if response.status_code != 200:
            raise SystemExit(f"{option}: HTTP {response.status_code}")

    async def batch(total: int) -> None:
        left = total

        async def worker() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await one()

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))

    await batch(200)
    wall, cpu = time.perf_counter(), time.process_time()
    await batch(requests)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    await chosen.aclose()
    return {"requests_per_s": requests / wall, "cpu_per_request_us": cpu / requests * 1e6}


def study(url: str, requests: int, rounds: int) -> dict[str, Any]:
    samples: dict[str, list[dict[str, float]]] = {option: [] for option in OPTIONS}
    for _ in range(rounds):
        for option in OPTIONS:
            samples[option].append(asyncio.run(measure(option, url, requests)))
    return {
        option: {
            key: statistics.median(s[key] for s in runs)
            for key in ("requests_per_s", "cpu_per_request_us")
        }
        for option, runs in samples.items()
    }


if __name__ == "__main__":
    url = sys.argv[1]
    requests = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    print(json.dumps(study(url, requests, rounds)))
