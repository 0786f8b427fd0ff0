"""What a program pays for at start: only what its calls need (import cases in fresh processes).

The cost itself is measured by `make bench`; these tests check the behaviour behind it: which
modules a process has loaded, that httpx's own CLI still works (httpx_cli.py), and where the
CA bundle is read.
"""

from __future__ import annotations

import ssl
import subprocess
import sys
from importlib.util import find_spec

import pytest
from datadog_deployments import ApiClient, Configuration
from loopback_support import Loopback, Seen

# Another tool's dependencies that our package must not load for a user: httpx's CLI
# (click, rich, pygments), python-dateutil (and its six), attrs (the models are dataclasses;
# only the generated low-level client.py uses it), and what the tests or the CLI use.
NOT_LOADED = (
    "click",
    "rich",
    "pygments",
    "dateutil",
    "six",
    "attrs",
    "attr",
    "yaml",
    "pydantic",
    "aiohttp",
)

DORA = {
    "data": {
        "id": "4242fcdd31586083",
        "type": "dora_deployment",
        "attributes": {
            "service": "checkout-api",
            "started_at": "2023-08-31T14:26:14.123456789Z",
            "finished_at": "2023-08-31T14:26:24+02:00",
        },
    }
}
GATE = {
    "data": {
        "id": "e9d2f04f-4f4b-494b-86e5-52f03e10c8e9",
        "type": "deployment_gates_evaluation_result_response",
        "attributes": {
            "dry_run": False,
            "evaluation_id": "e9d2f04f-4f4b-494b-86e5-52f03e10c8e9",
            "evaluation_url": "https://app.datadoghq.com/ci/deployment-gates/evaluations",
            "gate_id": "e9d2f04f-4f4b-494b-86e5-52f03e10c8e9",
            "gate_status": "pass",
            "rules": [],
        },
    }
}


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_tests_venv_holds_httpx_cli_dependencies() -> None:
    """Otherwise the checks below would pass for want of anything to load."""
    assert all(find_spec(name) for name in ("click", "rich", "pygments"))
    assert "click" in _run("import sys, httpx; print(sorted(sys.modules))")


def test_a_first_call_loads_neither_httpx_cli_nor_dateutil() -> None:
    def respond(request: Seen) -> tuple[int, object]:
        return (200, DORA) if "/dora/" in request.path else (200, GATE)

    with Loopback(respond) as server:
        out = _run(
            "import sys\n"
            "from datadog_deployments import ApiClient, Configuration, DeploymentGatesApi,"
            " DORAMetricsApi\n"
            f"c = Configuration(host={server.url!r}, api_key='k' * 32, app_key='a' * 40,"
            " environ={}, unstable_operations={'get_deployment_gates_evaluation_result': True})\n"
            "with ApiClient(c) as client:\n"
            "    dora, gates = DORAMetricsApi(client), DeploymentGatesApi(client)\n"
            "    print(sorted(m for m in sys.modules if m.split('.')[0] in"
            f" {NOT_LOADED!r}))\n"
            "    event = dora.get_dora_deployment(deployment_id='4242fcdd31586083')\n"
            "    result = gates.get_deployment_gates_evaluation_result("
            "id='e9d2f04f-4f4b-494b-86e5-52f03e10c8e9')\n"
            "print(event.data.attributes.started_at.isoformat(),"
            " result.data.attributes.gate_status)\n"
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {NOT_LOADED!r}))\n"
        )
    constructed, answered, called = out.splitlines()
    assert constructed == "[]"
    assert answered == "2023-08-31T14:26:14.123456+00:00 pass"
    assert called == "[]"


def test_ddeploy_help_loads_neither() -> None:
    out = _run(
        "import sys, contextlib, io\n"
        "from datadog_deployments.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['dora', 'get', '--help'])\n"
        "import httpx\n"  # whatever the CLI imported, httpx is loaded by now
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {NOT_LOADED!r}))\n"
    )
    assert out.strip() == "[]"


HTTPX_CLI = """
import sys
import datadog_deployments.api_client  # imports httpx
import httpx

print(type(httpx.main).__name__, "click" in sys.modules)
from click.testing import CliRunner

result = CliRunner().invoke(httpx.main, ["--help"])
print(result.exit_code, "HTTPX" in result.output, "--method" in result.output)
import click
print(isinstance(httpx.main, click.Command), sys.modules["httpx._main"] is httpx._main)
from httpx._main import print_help
print(print_help.__module__, httpx._main.__file__.endswith("_main.py"))
"""


def test_httpx_cli_still_works_after_the_package_imported_httpx() -> None:
    lines = _run(HTTPX_CLI).splitlines()
    assert lines[0] == "_Main False"  # a stand-in until used, click not loaded
    assert lines[1] == "0 True True"  # click's runner drives the real command through it
    assert lines[2] == "True True"  # then the real command and module are in place
    assert lines[3] == "httpx._main True"


def test_import_httpx_main_before_any_use_gets_the_real_module() -> None:
    out = _run(
        "import datadog_deployments.api_client, sys\n"
        "import httpx._main\n"
        "print(type(httpx._main).__name__, httpx._main.Client is httpx.Client)\n"
        "print(type(sys.modules['httpx._main']).__name__, type(httpx.main).__name__)\n"
    )
    assert out.splitlines() == ["_StandIn True", "module Command"]


def test_nothing_changes_when_httpx_was_imported_first() -> None:
    out = _run(
        "import sys, httpx\n"
        "import datadog_deployments.api_client\n"
        "from datadog_deployments.httpx_cli import _Finder\n"
        "print(type(httpx.main).__name__, type(sys.modules['httpx._main']).__name__,"
        " any(isinstance(f, _Finder) for f in sys.meta_path))\n"
    )
    assert out.strip() == "Command module False"


def test_without_a_cli_dependency_httpx_keeps_its_own_fallback() -> None:
    """httpx's import of its CLI fails; its own `main` says how to install the CLI."""
    out = _run(
        "import sys\n"
        "sys.modules['pygments'] = None  # as if not installed\n"
        "import datadog_deployments.api_client, httpx\n"
        "from datadog_deployments.httpx_cli import _Finder\n"
        "print(httpx.main.__module__, any(isinstance(f, _Finder) for f in sys.meta_path))\n"
    )
    assert out.strip() == "httpx False"


def _ssl_context(client: object) -> ssl.SSLContext:
    pool = client._transport._pool  # type: ignore[attr-defined]  # httpx's HTTPTransport
    context: ssl.SSLContext = pool._ssl_context
    return context


@pytest.mark.parametrize("site_or_host", ["http://127.0.0.1:9", "https://127.0.0.1:9", None])
def test_the_ca_bundle_is_loaded_only_where_tls_can_happen(site_or_host: str | None) -> None:
    """Over plain http (loopback) no TLS can happen: no CA bundle is read for it (~18 ms of a
    cold start), and the context there trusts nothing, so it would fail closed if ever used."""
    configuration = Configuration(host=site_or_host, api_key="k" * 32, app_key="a" * 40, environ={})
    with ApiClient(configuration) as client:
        context = _ssl_context(client)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
    loaded = context.cert_store_stats()["x509_ca"]
    if site_or_host and site_or_host.startswith("http://"):
        assert loaded == 0
    else:
        assert loaded > 0
