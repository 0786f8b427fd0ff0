"""The Python examples of the documentation pages run with only their imports changed.

Each page's official-client example is taken from ../shared/docs/, its `from datadog_api_client`
import lines are replaced by one import from this package, a `configuration.host` line points
it at the fake server, and it runs in a fresh interpreter with keys in the environment.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from datadog_deployments.testing import FakeDatadog, GateScript
from docs_pages import DOCS_DIR, docs_missing_reason

OUR_IMPORT = (
    "from datadog_deployments import ApiClient, Configuration, DORAMetricsApi, DeploymentGatesApi"
)
PAGES = ["dora-get-deployment.txt", "deployment-gates-get-evaluation-result.txt"]


def python_example(page: str) -> str:
    """The page's Python example: from its docstring header to its first 'Instructions'."""
    text = (Path(DOCS_DIR) / page).read_text(encoding="utf-8")
    match = re.search(r'^"""\n.*?(?=^Instructions\s*$)', text, flags=re.MULTILINE | re.DOTALL)
    assert match, f"no Python example found in {page}"
    return match.group(0)


def adapt(example: str, host: str) -> str:
    original = example.splitlines()
    first = next(i for i, line in enumerate(original) if line.startswith("from datadog_api_client"))
    lines = [line for line in original if not line.startswith("from datadog_api_client")]
    lines.insert(first, OUR_IMPORT)
    at = lines.index("configuration = Configuration()")
    lines.insert(at + 1, f"configuration.host = {host!r}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("page", PAGES)
def test_docs_python_example_runs_with_only_imports_changed(page: str, tmp_path: Path) -> None:
    reason = docs_missing_reason()
    if reason is not None:
        pytest.skip(reason)
    example = python_example(page)
    with FakeDatadog(api_key="docs-api-key-000000", app_key="docs-app-key-000000") as fake:
        fake.add_deployment(
            {"service": "shopist", "started_at": 1693491974, "finished_at": 1693491984},
            "deployment_id",
        )
        fake.start_evaluation(
            "shopist",
            "prod",
            evaluation_id="9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
            script=GateScript(verdict="pass"),
        )
        script = tmp_path / "example.py"
        script.write_text(adapt(example, fake.url), encoding="utf-8")
        env = {
            **os.environ,
            "DD_API_KEY": fake.api_key,
            "DD_APP_KEY": fake.app_key,
            "DD_SITE": "datadoghq.com",
        }
        done = subprocess.run(
            [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=30
        )
        operations = [r.operation for r in fake.requests]
    assert done.returncode == 0, done.stderr
    if "dora" in page:
        assert operations == ["GetDORADeployment"]
        assert "service='shopist'" in done.stdout
    else:
        assert operations == ["GetDeploymentGatesEvaluationResult"]
        assert "gate_status='pass'" in done.stdout
        assert "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d" in done.stdout
    assert fake.api_key not in done.stdout + done.stderr
