"""Profiles behind the benchmark's conclusions, written to benchmarks/results/profile-*.txt.

    python -m benchmarks.profile      # run by `make bench` after benchmarks.run

- sync-ours: 2000 gate-result GETs through ApiClient (where a call's CPU goes);
- async-httpx-pool: raw httpx.AsyncClient, 2000 GETs at concurrency 50 (why not httpx's pool);
- cold-steps.txt: a fresh process's way to its first answer, step by step (ours, and ours with
  click and rich installed);
- rss-steps.txt: resident memory after each step of a fresh process's way to a first call.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .clients import open_async, open_sync
from .expected import examples_from_spec
from .run import REPO, RESULTS, _env, lean_server

CALLS = 2000
# cold-steps.txt runs in ours' venvs as `make bench` makes them (the runner's own venv holds
# every client, h2 included); where they are missing, in this interpreter.
VENVS = {
    "ours": ".venv-bench/clients/ours: ours and its dependencies",
    "ours-cli": ".venv-bench/clients/ours-cli: the same, plus click and rich",
}


def client_python(name: str) -> str | None:
    python = REPO / ".venv-bench" / "clients" / name / "bin" / "python"
    if python.exists():
        return str(python)
    return sys.executable if name == "ours" else None


COLD = """
import time, sys
marks = [("process start to this line", time.monotonic() - {started})]
def mark(name, t=[time.perf_counter()]):
    now = time.perf_counter()
    marks.append((name, now - t[0]))
    t[0] = now
import datadog_deployments
mark("import datadog_deployments (the package alone: httpx's CLI deferred)")
import httpx
mark("import httpx (its CLI's click and rich loaded: %s)" % ("click" in sys.modules))
from datadog_deployments import ApiClient, Configuration, DORAMetricsApi
mark("import datadog_deployments, the rest")
c = Configuration(host={url!r}, api_key={api!r}, app_key={app!r}, environ={{}})
mark("Configuration()")
import httpcore
mark("import httpcore, which ApiClient()'s pool does (h2 too: %s)" % ("h2" in sys.modules))
client = ApiClient(c)
mark("ApiClient(), httpcore imported (plain http: no CA bundle read)")
DORAMetricsApi(client).get_dora_deployment(deployment_id="42424242")
mark("first GET, decoded (loads 6 model modules, dataclasses)")
import ssl, certifi
ssl.create_default_context(cafile=certifi.where())
mark("(not in the above: the CA bundle an https client reads when it is made)")
loaded = [m for m in ("click", "rich", "pygments", "dateutil", "attrs") if m in sys.modules]
marks.append(("(click, rich, pygments, dateutil, attrs loaded: %s)" % (loaded or "none"), 0.0))
for name, seconds in marks:
    print(f"{{seconds * 1000:6.1f}} ms  {{name}}")
"""

RSS_STEPS = """
import sys
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
steps = [("interpreter", rss())]
import datadog_deployments  # the package alone, first, as a user's program does
import httpx; steps.append(("import httpx", rss()))
import httpcore; steps.append(("import httpcore (h2 too: %s)" % ("h2" in sys.modules), rss()))
import ssl, certifi
ssl.create_default_context(cafile=certifi.where()); steps.append(("SSL context, CA bundle", rss()))
from datadog_deployments import ApiClient, Configuration, DORAMetricsApi
steps.append(("import datadog_deployments (ApiClient, DORAMetricsApi)", rss()))
import urllib3; steps.append(("import urllib3 (the official client's transport)", rss()))
for name, mib in steps:
    print(f"{mib:6.1f} MiB  {name}")
"""


def trim(text: str, share: float = 0.02) -> str:
    """pyinstrument's tree without the frames under `share` of the root's time."""
    lines = text.splitlines()
    kept, total = [], None
    for line in lines:
        words = line.lstrip("|`- ").split(" ", 1)
        try:
            seconds = float(words[0])
        except ValueError:
            kept.append(line)  # the header
            continue
        total = total or seconds
        if seconds >= share * total:
            kept.append(line)
    return "\n".join(kept) + "\n"


def _profile_sync(url: str) -> str:
    from pyinstrument import Profiler

    client = open_sync("ours", url)
    for _ in range(200):
        client.gate()
    profiler = Profiler(interval=0.0002)
    profiler.start()
    for _ in range(CALLS):
        client.gate()
    profiler.stop()
    client.close()
    text: str = profiler.output_text(unicode=False, color=False, show_all=True)
    return text


def _profile_async_httpx(url: str) -> str:
    from pyinstrument import Profiler

    async def main() -> str:
        client = open_async("httpx", url)
        left = CALLS

        async def worker() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await client.gate()

        await asyncio.gather(*(client.gate() for _ in range(50)))
        profiler = Profiler(interval=0.0002, async_mode="disabled")
        profiler.start()
        await asyncio.gather(*(worker() for _ in range(50)))
        profiler.stop()
        await client.close()
        text: str = profiler.output_text(unicode=False, color=False, show_all=True)
        return text

    return asyncio.run(main())


def main() -> None:
    RESULTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ddbench-") as scratch:
        examples = Path(scratch) / "examples.json"
        examples.write_text(json.dumps(examples_from_spec(REPO / "openapi.yaml")))
        env = _env(examples)
        os.environ.update(env)
        with lean_server(env) as url:
            outputs = {
                "profile-sync-ours.txt": _profile_sync(url),
                "profile-async-httpx-pool.txt": _profile_async_httpx(url),
            }
            from .expected import KEYS

            code = COLD.format(
                url=url,
                api=KEYS["DD-API-KEY"],
                app=KEYS["DD-APPLICATION-KEY"],
                started="{started}",  # filled in just before each process starts
            )
            cold = []
            for client in ("ours", "ours-cli"):
                python = client_python(client)
                if python is None:
                    continue
                result = subprocess.run(
                    [python, "-c", code.replace("{started}", repr(time.monotonic()))],
                    env=env, capture_output=True, text=True, timeout=120, check=True,
                )  # fmt: skip
                cold.append(f"{client} ({VENVS[client]}):\n{result.stdout}")
            outputs["cold-steps.txt"] = "\n".join(cold)
            result = subprocess.run(
                [sys.executable, "-c", RSS_STEPS], env=env, capture_output=True, text=True,
                timeout=120, check=True,
            )  # fmt: skip
            outputs["rss-steps.txt"] = result.stdout
    for name, text in outputs.items():
        (RESULTS / name).write_text(trim(text) if name.startswith("profile-") else text)
        print(f"written: {RESULTS / name}")


if __name__ == "__main__":
    main()
