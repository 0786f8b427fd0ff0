"""`make bench`: datadog-deployments against the official client and raw httpx, in one run.

    python -m benchmarks.run [--rounds 5] [--quick] [--no-readme]

Every measure runs each client in a fresh process of its own, in rounds, the order of the
clients rotating from round to round; the table shows medians with their spread (min-max),
and the ratios ours/official and ours/httpx are taken round by round, then their median.
Before any timing, each client's answers are checked against the documented example's values.
Results go to benchmarks/results/latest.json and latest.md, and the table into
benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .clients import IMPORTS, NAMES, deployment_id, rfc3339_deployment_id
from .expected import EXAMPLES_ENV, KEYS, examples_from_spec

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"
README = HERE / "README.md"
README_BEGIN, README_END = "<!-- bench:begin -->", "<!-- bench:end -->"

SYNC_CALLS = 2000
ASYNC_REQUESTS, CONCURRENCY = 2000, 50
POLL_DECISIONS = (10.0, 50.0, 130.0, 610.0, 1810.0)  # seconds after the trigger
# How the benchmark asks the CLI for one deployment event, once `ddeploy` is installed.
DDEPLOY_ARGS = ("dora", "get", "{id}")

# Per client, a program that does what a deploy script's first call does: import, configure,
# one GET, and print the monotonic clock when the decoded answer is in hand.
COLD = {
    "ours": (
        "from datadog_deployments import ApiClient, Configuration, DORAMetricsApi\n"
        "c = Configuration(host={url!r}, api_key={api!r}, app_key={app!r}, environ={{}})\n"
        "with ApiClient(c) as client:\n"
        "    r = DORAMetricsApi(client).get_dora_deployment(deployment_id={id!r})\n"
        "assert r.data.attributes.service\n"
    ),
    "official": (
        "from datadog_api_client import ApiClient, Configuration\n"
        "from datadog_api_client.v2.api.dora_metrics_api import DORAMetricsApi\n"
        "c = Configuration(host={url!r})\n"
        "c.api_key = {{'apiKeyAuth': {api!r}, 'appKeyAuth': {app!r}}}\n"
        "with ApiClient(c) as client:\n"
        "    r = DORAMetricsApi(client).get_dora_deployment(deployment_id={rfc_id!r})\n"
        "assert r.data.attributes.service\n"
    ),
    "httpx": (
        "import json, httpx\n"
        "r = httpx.get({url!r} + '/api/v2/dora/deployments/' + {id!r}, headers={keys!r})\n"
        "assert json.loads(r.content)['data']['attributes']['service']\n"
    ),
}
TIMED_IMPORT = (
    "import time\n"
    "t = time.perf_counter()\n"
    "{statement}\n"
    "t = time.perf_counter() - t\n"
    "from benchmarks.rss import peak_rss_mib\n"
    "print(t, peak_rss_mib())\n"
)


def _env(examples: Path) -> dict[str, str]:
    env = dict(os.environ)
    # Read and write bytecode caches like an installed package does: without them every fresh
    # process would compile our (editable) sources but not the others' (compiled by pip).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env[EXAMPLES_ENV] = str(examples)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["PYTHONWARNINGS"] = "ignore"  # the official client warns about preview operations
    return env


# The interpreter each client runs under: by default this one; `make bench` gives each client
# a venv holding only that client and its own dependencies (--python NAME=PATH), so that no
# client's import time or memory includes another's dependencies (aiosonic brings h2, which
# httpcore then imports: 1.3 MiB and ~10 ms for ours and raw httpx).
PYTHONS: dict[str, str] = {}
# A client again, in a venv that also holds click and rich (benchmarks/requirements-cli.txt), as
# CI images often do: httpx's package import then loads its CLI module, which imports them.
# Measured for import, cold start and RSS after import when given (--python ours-cli=PATH).
VARIANTS = {"ours-cli": "ours", "official-cli": "official"}
CLI_OF = {base: variant for variant, base in VARIANTS.items()}


def python_of(name: str) -> str:
    return PYTHONS.get(name, sys.executable)


def client_of(name: str) -> str:
    """The client a name runs: itself, or the one a variant venv holds."""
    return VARIANTS.get(name, name)


def _python(code: str, env: dict[str, str], python: str, timeout: float = 120) -> str:
    result = subprocess.run(
        [python, "-c", code], env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        raise SystemExit(f"benchmark subprocess failed:\n{code}\n{result.stderr[-2000:]}")
    return result.stdout


def _worker(
    args: list[str], env: dict[str, str], python: str, timeout: float = 300
) -> dict[str, Any]:
    result = subprocess.run(
        [python, "-m", "benchmarks.worker", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise SystemExit(f"benchmarks.worker {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    out: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return out


@contextlib.contextmanager
def lean_server(env: dict[str, str]) -> Iterator[str]:
    """The lean server in a process of its own; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.server"],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise SystemExit(f"benchmark server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        process.terminate()
        process.wait(timeout=10)


# --- measures --------------------------------------------------------------------------------


def measure_import(name: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds to import what a call needs, and peak RSS (MiB) right after, in a new process."""
    code = TIMED_IMPORT.format(statement=IMPORTS[client_of(name)])
    seconds, rss_mib = _python(code, env, python_of(name)).split()
    return float(seconds) * 1000, float(rss_mib)


def measure_cold(name: str, url: str, env: dict[str, str]) -> float:
    """Milliseconds from starting the process to the first decoded answer."""
    code = COLD[client_of(name)].format(
        url=url,
        api=KEYS["DD-API-KEY"],
        app=KEYS["DD-APPLICATION-KEY"],
        keys=KEYS,
        id=deployment_id(1),
        rfc_id=rfc3339_deployment_id(1),
    )
    code += "import time\nprint(time.monotonic())\n"
    started = time.monotonic()  # CLOCK_MONOTONIC: the same clock in every process on Linux
    answered = float(_python(code, env, python_of(name)))
    return (answered - started) * 1000


def ddeploy_command() -> str | None:
    return shutil.which("ddeploy", path=str(Path(python_of("ours")).parent))


def measure_ddeploy_cold(url: str, env: dict[str, str]) -> float | str:
    """Milliseconds from starting `ddeploy dora get` to its exit (n/a while it is missing)."""
    command = ddeploy_command()
    if command is None:
        return "n/a (ddeploy not installed)"
    cli_env = {
        **env,
        "DD_API_KEY": KEYS["DD-API-KEY"],
        "DD_APP_KEY": KEYS["DD-APPLICATION-KEY"],
        "DD_HOST": url,
        "DD_SITE": "datadoghq.com",
    }
    args = [command, *(a.format(id=deployment_id(2)) for a in DDEPLOY_ARGS), "--host", url]
    started = time.monotonic()
    result = subprocess.run(args, env=cli_env, capture_output=True, text=True, timeout=60)
    elapsed = (time.monotonic() - started) * 1000
    if result.returncode != 0:
        first = (result.stderr or result.stdout).strip().splitlines()[:1]
        return f"n/a (ddeploy exited {result.returncode}: {' '.join(first)[:80]})"
    return elapsed


def server_comparison(lean_url: str, env: dict[str, str], calls: int) -> dict[str, Any]:
    """The same raw-httpx GETs against the fake server and the lean one: each server's CPU."""
    import httpx

    code = (
        "import sys, time\n"
        "from datadog_deployments.testing import FakeDatadog\n"
        f"with FakeDatadog(max_recorded=0, api_key={KEYS['DD-API-KEY']!r},"
        f" app_key={KEYS['DD-APPLICATION-KEY']!r}) as fake:\n"
        "    print('PORT', fake.port, flush=True)\n"
        "    sys.stdin.readline()\n"
        "    print('CPU', time.process_time(), flush=True)\n"
        "    sys.stdin.readline()\n"
        "    print('CPU', time.process_time(), flush=True)\n"
    )
    fake = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert fake.stdin is not None and fake.stdout is not None
    out: dict[str, Any] = {}
    try:
        fake_url = f"http://127.0.0.1:{int(fake.stdout.readline().split()[1])}"
        with httpx.Client(base_url=fake_url, headers=KEYS) as client:
            body = {
                "data": {"attributes": {"service": "shopist", "started_at": 1, "finished_at": 2}}
            }
            created = client.post("/api/v2/dora/deployment", json=body).json()["data"]["id"]

            def fake_cpu() -> float:
                assert fake.stdin is not None and fake.stdout is not None
                fake.stdin.write("\n")
                fake.stdin.flush()
                return float(fake.stdout.readline().split()[1])

            out["fake"] = _server_run(
                client, f"/api/v2/dora/deployments/{created}", calls, fake_cpu
            )
        with httpx.Client(base_url=lean_url, headers=KEYS) as client:
            from .worker import server_cpu

            out["lean"] = _server_run(
                client, f"/api/v2/dora/deployments/{deployment_id(3)}", calls,
                lambda: server_cpu(lean_url),
            )  # fmt: skip
    finally:
        fake.stdin.close()
        fake.wait(timeout=10)
    return out


def _server_run(client: Any, path: str, calls: int, cpu: Callable[[], float]) -> dict[str, float]:
    for _ in range(100):
        client.get(path).raise_for_status()
    before, wall = cpu(), time.perf_counter()
    for _ in range(calls):
        client.get(path)
    wall = time.perf_counter() - wall
    server = cpu() - before
    return {"server_cpu_per_request_us": server / calls * 1e6, "requests_per_s": calls / wall}


# --- statistics and the table ----------------------------------------------------------------


def spread(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples)}


def _fmt(value: float) -> str:
    return (
        f"{value:,.0f}"
        if abs(value) >= 100
        else f"{value:.1f}"
        if abs(value) >= 10
        else f"{value:.2f}"
    )


def _cell(samples: list[float] | None) -> str:
    if not samples:
        return "n/a"
    s = spread(samples)
    return f"{_fmt(s['median'])} ({_fmt(s['min'])}-{_fmt(s['max'])})"


def _ratio_cell(ours: list[float], other: list[float] | None) -> str:
    if not other or not ours:
        return "n/a"
    ratios = [a / b for a, b in zip(ours, other, strict=False)]
    s = spread(ratios)
    return f"{s['median']:.2f} ({s['min']:.2f}-{s['max']:.2f})"


ROWS = [
    ("import_ms", "1. import, ms (fresh process)"),
    ("cold_ms", "2. cold start to first answer, ms"),
    ("import_cli_ms", "1. import, ms, with click and rich installed"),
    ("cold_cli_ms", "2. cold start to first answer, ms, with click and rich installed"),
    ("rss_import_cli_mib", "5. peak RSS after import, MiB, with click and rich installed"),
    ("sync_dora_cpu_us", "3. sync CPU/call, µs: DORA event (distinct IDs)"),
    ("sync_dora_calls_s", "3. sync calls/s: DORA event"),
    ("sync_gate_cpu_us", "3. sync CPU/call, µs: gate result (one ID)"),
    ("sync_gate_calls_s", "3. sync calls/s: gate result"),
    ("async_rps", f"4. async requests/s ({ASYNC_REQUESTS} at concurrency {CONCURRENCY})"),
    ("async_cpu_us", "4. async CPU/request, µs"),
    ("rss_import_mib", "5. peak RSS after import, MiB"),
    ("rss_calls_mib", "5. peak RSS after 1000 calls, MiB"),
]


def table(results: dict[str, Any]) -> str:
    m = results["measures"]
    lines = [
        "| measure | ours | official | raw httpx | ours/official | ours/httpx |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for key, label in ROWS:
        row = m[key]
        if not row.get("ours"):
            continue  # a variant that was not run
        lines.append(
            f"| {label} | {_cell(row.get('ours'))} | {_cell(row.get('official'))} | "
            f"{_cell(row.get('httpx'))} | {_ratio_cell(row['ours'], row.get('official'))} | "
            f"{_ratio_cell(row['ours'], row.get('httpx'))} |"
        )
    cli = m["ddeploy_cold_ms"]
    cli_cell = _cell(cli) if isinstance(cli, list) else cli
    lines.append(f"| 2. cold start, `ddeploy dora get` to exit, ms | {cli_cell} | | | | |")
    for run in results["poll"]["runs"]:
        lines.append(
            f"| 6. poll (defaults), gate decides at {run['decision_s']:.0f} s: returns "
            f"+{run['late_s']:.0f} s after, {run['requests']} GETs "
            "| as said | no helper | no helper | | |"
        )
    return "\n".join(lines)


GOALS: list[tuple[str, str, str, float, bool]] = [
    # (description, measure, other client, bound on the median ratio, lower is better)
    ("sync CPU/call (DORA) <= 0.9 x official", "sync_dora_cpu_us", "official", 0.9, True),
    ("sync CPU/call (gate) <= 0.9 x official", "sync_gate_cpu_us", "official", 0.9, True),
    ("sync CPU/call (DORA) <= 1.15 x raw httpx", "sync_dora_cpu_us", "httpx", 1.15, True),
    ("sync CPU/call (gate) <= 1.15 x raw httpx", "sync_gate_cpu_us", "httpx", 1.15, True),
    ("async requests/s >= official", "async_rps", "official", 1.0, False),
    ("import time <= official", "import_ms", "official", 1.0, True),
    ("cold start to first answer <= official", "cold_ms", "official", 1.0, True),
    ("import time <= official, click and rich installed", "import_cli_ms", "official", 1.0, True),
    ("cold start <= official, click and rich installed", "cold_cli_ms", "official", 1.0, True),
    ("peak RSS after 1000 calls <= official", "rss_calls_mib", "official", 1.0, True),
]


def goals(results: dict[str, Any]) -> list[str]:
    lines = []
    for text, key, other, bound, lower in GOALS:
        row = results["measures"][key]
        if not row.get("ours") or not row.get(other):
            continue  # a variant that was not run
        ratios = [a / b for a, b in zip(row["ours"], row[other], strict=False)]
        ratio = statistics.median(ratios)
        met = ratio <= bound if lower else ratio >= bound
        lines.append(f"- {'met' if met else 'NOT met'}: {text} (median ratio {ratio:.2f})")
    return lines


def markdown(results: dict[str, Any]) -> str:
    env = results["environment"]
    versions = "; ".join(f"{k}: {v}" for k, v in results["versions"].items())
    venvs = (
        "each client in a venv of its own (only its dependencies)"
        if results["separate_venvs"]
        else "all clients in one venv"
    )
    decode = "; ".join(
        f"{name}: DORA {r['dora']}, gate {r['gate']}" for name, r in results["decode"].items()
    )
    server = results["server"]
    return "\n".join(
        [
            f"Run of {results['date']} ({results['rounds']} rounds) on {env['cpu']}, "
            f"{env['nproc']} cores, Python {env['python']} ({env['platform']}).",
            "",
            f"Versions ({venvs}): {versions}.",
            "",
            "Median (min-max) over the rounds; ratios taken round by round, then their median.",
            "",
            table(results),
            "",
            "Goals:",
            "",
            *goals(results),
            "",
            f"Decoding the documented examples: {decode}.",
            "",
            f"Async transports alone (benchmarks/transports.py; {CONCURRENCY} concurrent GETs,"
            " no decoding, median of 3): "
            + "; ".join(
                f"{option} {t['requests_per_s']:,.0f}/s at {t['cpu_per_request_us']:.0f} µs CPU"
                for option, t in results["transports"].items()
            )
            + ".",
            "",
            "Server CPU per request, raw httpx sequential GETs: fake server "
            f"{server['fake']['server_cpu_per_request_us']:.0f} µs "
            f"({server['fake']['requests_per_s']:.0f}/s), lean server "
            f"{server['lean']['server_cpu_per_request_us']:.0f} µs "
            f"({server['lean']['requests_per_s']:.0f}/s); lean server busy during the async "
            f"runs: {100 * statistics.median(results['measures']['async_server_busy']['all']):.0f}%"
            " of one core.",
        ]
    )


# --- the run ---------------------------------------------------------------------------------


VERSIONS = {
    "ours": ("datadog-deployments", "httpx", "httpcore", "aiohttp", "h2"),
    "official": ("datadog-api-client", "urllib3", "aiosonic", "h2"),
    "httpx": ("httpx", "httpcore", "h2"),
    "ours-cli": ("click", "rich", "Pygments"),
    "official-cli": ("click", "rich", "Pygments"),
}


def _versions(env: dict[str, str]) -> dict[str, str]:
    """Per client, the versions in its interpreter ("absent" for what is not installed)."""
    out = {}
    for name, dists in VERSIONS.items():
        if name in VARIANTS and name not in PYTHONS:
            continue
        code = (
            "from importlib import metadata\n"
            f"for d in {dists!r}:\n"
            "    try: print(d, metadata.version(d))\n"
            "    except metadata.PackageNotFoundError: print(d, 'absent')\n"
        )
        found = dict(line.split() for line in _python(code, env, python_of(name)).splitlines())
        out[name] = ", ".join(f"{d} {v}" for d, v in found.items())
    return out


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def run(rounds: int, sync_calls: int, async_requests: int) -> dict[str, Any]:
    measures: dict[str, dict[str, Any]] = {key: {n: [] for n in NAMES} for key, _ in ROWS}
    measures["async_server_busy"] = {"all": []}
    with tempfile.TemporaryDirectory(prefix="ddbench-") as scratch:
        examples = Path(scratch) / "examples.json"
        examples.write_text(json.dumps(examples_from_spec(REPO / "openapi.yaml")))
        env = _env(examples)
        variants = [v for v in VARIANTS if v in PYTHONS]
        for name in (*NAMES, *variants):  # write bytecode caches, warm the file cache
            measure_import(name, env)
        versions = _versions(env)
        with lean_server(env) as url:
            decode = {name: _worker(["decode", name, url], env, python_of(name)) for name in NAMES}
            print(f"decoding the documented examples: {decode}", flush=True)
            server = server_comparison(url, env, sync_calls)
            print(f"server CPU per request: {server}", flush=True)
            ddeploy: list[float] | str = []
            for r in range(rounds):
                order = NAMES[r % len(NAMES) :] + NAMES[: r % len(NAMES)]
                print(f"round {r + 1}/{rounds}: {', '.join(order)}", flush=True)
                for name in order:
                    for _ in range(3):
                        ms, rss = measure_import(name, env)
                        measures["import_ms"][name].append(ms)
                        measures["rss_import_mib"][name].append(rss)
                    for _ in range(2):
                        measures["cold_ms"][name].append(measure_cold(name, url, env))
                    if CLI_OF.get(name) in PYTHONS:
                        for _ in range(3):
                            ms, rss = measure_import(CLI_OF[name], env)
                            measures["import_cli_ms"][name].append(ms)
                            measures["rss_import_cli_mib"][name].append(rss)
                        for _ in range(2):
                            cold = measure_cold(CLI_OF[name], url, env)
                            measures["cold_cli_ms"][name].append(cold)
                    s = _worker(["sync", name, url, str(sync_calls)], env, python_of(name))
                    measures["sync_dora_cpu_us"][name].append(s["dora"]["cpu_per_call_us"])
                    measures["sync_dora_calls_s"][name].append(s["dora"]["calls_per_s"])
                    measures["sync_gate_cpu_us"][name].append(s["gate"]["cpu_per_call_us"])
                    measures["sync_gate_calls_s"][name].append(s["gate"]["calls_per_s"])
                    measures["rss_calls_mib"][name].append(s["rss_after_calls_mib"])
                    a = _worker(
                        ["async", name, url, str(async_requests), str(CONCURRENCY)],
                        env,
                        python_of(name),
                    )
                    measures["async_rps"][name].append(a["requests_per_s"])
                    measures["async_cpu_us"][name].append(a["cpu_per_request_us"])
                    measures["async_server_busy"]["all"].append(a["server_busy"])
                cli = measure_ddeploy_cold(url, env)
                if isinstance(cli, str):
                    ddeploy = cli
                elif isinstance(ddeploy, list):
                    ddeploy.append(cli)
            measures["ddeploy_cold_ms"] = ddeploy  # type: ignore[assignment]
            print("async transport study", flush=True)
            transports = json.loads(
                subprocess.run(
                    [sys.executable, "-m", "benchmarks.transports", url, str(async_requests), "3"],
                    env=env, cwd=REPO, capture_output=True, text=True, timeout=300, check=True,
                ).stdout
            )  # fmt: skip
        poll = _worker(["poll", *(str(d) for d in POLL_DECISIONS)], env, python_of("ours"))
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "rounds": rounds,
        "environment": {
            "cpu": _cpu_model(),
            "nproc": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "versions": versions,
        "separate_venvs": bool(PYTHONS),
        "decode": decode,
        "server": server,
        "measures": measures,
        "poll": poll,
        "transports": transports,
    }


def update_readme(text: str) -> None:
    readme = README.read_text()
    if README_BEGIN not in readme or README_END not in readme:
        raise SystemExit(f"{README} lacks the {README_BEGIN} ... {README_END} markers")
    head, rest = readme.split(README_BEGIN, 1)
    _, tail = rest.split(README_END, 1)
    README.write_text(f"{head}{README_BEGIN}\n{text}\n{README_END}{tail}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="1 round, few calls: a smoke run")
    parser.add_argument("--no-readme", action="store_true", help="do not update README.md")
    parser.add_argument(
        "--python", action="append", default=[], metavar="CLIENT=PATH",
        help="the interpreter (venv) to run a client under; default: this one",
    )  # fmt: skip
    args = parser.parse_args(argv)
    for item in args.python:
        name, _, path = item.partition("=")
        if name not in (*NAMES, *VARIANTS) or not path:
            parser.error(
                f"--python wants CLIENT=PATH with CLIENT in {(*NAMES, *VARIANTS)}, got {item!r}"
            )
        PYTHONS[name] = path
    started = time.monotonic()
    rounds, calls, requests = (
        (1, 200, 400) if args.quick else (args.rounds, SYNC_CALLS, ASYNC_REQUESTS)
    )
    results = run(rounds, calls, requests)
    text = markdown(results)
    print()
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2) + "\n")
    (RESULTS / "latest.md").write_text(text + "\n")
    if not args.no_readme and not args.quick:
        update_readme(text)
    print(f"\nwritten: {RESULTS / 'latest.json'}, {RESULTS / 'latest.md'}"
          f"{'' if args.no_readme or args.quick else ', ' + str(README)}"
          f" ({time.monotonic() - started:.0f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
