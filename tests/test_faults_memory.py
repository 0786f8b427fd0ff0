"""Resident memory under an endless body and a gzip bomb, measured in a fresh process.

tracemalloc (test_faults_hostile.py) sees what Python allocates; this sees everything: the
process's peak RSS (VmHWM) after a warm-up call, then after the hostile one, on each flavour.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_server import HostileServer, Scenario, Wire, answer, gzip_bomb
from test_faults_hostile import FLAVOURS, endless_chunked

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="VmHWM is read from /proc (Linux)"
)

MiB = 1 << 20
LIMIT = 8 * MiB  # the default max_response_bytes

CLIENT = """
import asyncio, json, sys
from datadog_deployments import ApiClient, AsyncApiClient, Configuration, RetryPolicy
from datadog_deployments import NotFoundException, ResponseTooLargeError
from datadog_deployments import api_client

flavour, url = sys.argv[1], sys.argv[2]
if flavour == "httpx-async":
    api_client._aiohttp_transport = lambda verify: None
config = Configuration(host=url, api_key="k" * 20, app_key="a" * 20,
                       retry=RetryPolicy(max_attempts=1), environ={})
ID = {"deployment_id": "deploy-memory-000001"}

def peak():
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmHWM:"))

marks = {}
def outcome(call):
    try:
        call()
    except (NotFoundException, ResponseTooLargeError) as error:
        return type(error).__name__
    return "no error"

if flavour == "sync":
    with ApiClient(config) as client:
        warm = outcome(lambda: client.call("GetDORADeployment", ID))
        marks["before"] = peak()
        hostile = outcome(lambda: client.call("GetDORADeployment", ID))
else:
    async def main():
        async with AsyncApiClient(config) as client:
            async def one():
                try:
                    await client.call("GetDORADeployment", ID)
                except (NotFoundException, ResponseTooLargeError) as error:
                    return type(error).__name__
                return "no error"
            warm = await one()
            marks["before"] = peak()
            return warm, await one()
    warm, hostile = asyncio.run(main())
print(json.dumps({"warm": warm, "hostile": hostile, "grew": peak() - marks["before"]}))
"""


def warm_then(scenario: Scenario) -> Scenario:
    def play(wire: Wire) -> None:
        if wire.number == 0:
            wire.send(answer(404, b'{"errors":["warm-up"]}'))
        else:
            scenario(wire)

    return play


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("scenario", [endless_chunked, gzip_bomb], ids=["endless", "gzip bomb"])
def test_peak_rss_grows_by_the_limit_at_most(flavour: str, scenario: Scenario) -> None:
    with HostileServer(warm_then(scenario)) as server:
        done = subprocess.run(
            [sys.executable, "-c", CLIENT, flavour, server.url],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["warm"], report["hostile"]) == ("NotFoundException", "ResponseTooLargeError")
    assert len(server.requests) == 2
    # The limit, plus a chunk or two and the allocator's slack; the issue measured 2.35 GB.
    assert report["grew"] < LIMIT + 6 * MiB, report  # measured: 8.1 to 9.3 MiB
