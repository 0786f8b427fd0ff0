"""What mypy --strict sees in user code: one class name, the right flavour for the client.

The `assert_type` lines are checked by `make typecheck` (mypy runs on tests/); the functions
also run against the fake server. One test runs mypy on code that must NOT type-check.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from client_support import Rig
from datadog_deployments import ApiClient, AsyncApiClient, DeploymentGatesApi, DORAMetricsApi
from datadog_deployments.deployment_gates_api import AsyncDeploymentGatesApi, SyncDeploymentGatesApi
from datadog_deployments.dora_metrics_api import AsyncDORAMetricsApi, SyncDORAMetricsApi
from datadog_deployments_api.models import DORADeploymentFetchResponse, DORADeploymentResponse
from typing_extensions import assert_type

REPO = Path(__file__).resolve().parent.parent


def sync_use(client: ApiClient) -> str:
    api = DORAMetricsApi(client)
    assert_type(api, SyncDORAMetricsApi)
    sent = api.create_dora_deployment(service="s", started_at=1, finished_at=2)
    assert_type(sent, DORADeploymentResponse)
    event = api.get_dora_deployment(deployment_id=str(sent.to_dict()["data"]["id"]))
    assert_type(event, DORADeploymentFetchResponse)
    assert_type(DeploymentGatesApi(client), SyncDeploymentGatesApi)
    return str(event.to_dict()["data"]["attributes"]["service"])


async def async_use(client: AsyncApiClient) -> str:
    api = DORAMetricsApi(client)
    assert_type(api, AsyncDORAMetricsApi)
    sent = await assert_type(
        api.create_dora_deployment(service="s", started_at=1, finished_at=2),
        Coroutine[Any, Any, DORADeploymentResponse],
    )
    event = await api.get_dora_deployment(str(sent.to_dict()["data"]["id"]))
    assert_type(event, DORADeploymentFetchResponse)
    assert_type(DeploymentGatesApi(client), AsyncDeploymentGatesApi)
    return str(event.to_dict()["data"]["attributes"]["service"])


def test_the_typed_user_code_runs(rig: Rig) -> None:
    with rig.client() as client:
        assert sync_use(client) == "s"

    async def run() -> str:
        async with rig.async_client() as client:
            return await async_use(client)

    assert asyncio.run(run()) == "s"


WRONG = textwrap.dedent(
    """
    from datadog_deployments import ApiClient, AsyncApiClient, DORAMetricsApi

    def sync_use(client: ApiClient) -> None:
        DORAMetricsApi(client).create_dora_deployment(servce="s")

    async def async_use(client: AsyncApiClient) -> None:
        event = DORAMetricsApi(client).get_dora_deployment("x")  # not awaited
        print(event.data)
    """
)


def test_mypy_refuses_a_misspelt_attribute_and_a_missing_await(tmp_path: Path) -> None:
    script = tmp_path / "wrong.py"
    script.write_text(WRONG, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent",
         "--config-file=", str(script)],
        capture_output=True, text=True, timeout=240, cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout
    assert 'Unexpected keyword argument "servce"' in result.stdout
    assert '"Coroutine[Any, Any, DORADeploymentFetchResponse]" has no attribute "data"' in (
        result.stdout
    )
