"""The three clients under test, each behind the same small interface.

`ours` is datadog_deployments, `official` is datadog-api-client (urllib3; aiosonic for async),
`httpx` is raw httpx: `client.get` and `json.loads`, what a hand-written script would do.
Each is used as its documentation shows, with its defaults, one client reused for every call.

The imports happen inside `open_sync` / `open_async` so that a worker process pays only for
the client it runs (import time and RSS are measured per client in fresh processes).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .expected import (
    DEPLOYMENT_ID,
    EVALUATION_ID,
    KEYS,
    RFC3339_DEPLOYMENT_ID,
    dora_facts,
    dora_facts_from_dict,
    gate_facts,
    gate_facts_from_dict,
)

NAMES = ("ours", "official", "httpx")

# What a user's program imports to make a call, per client: the "import time" measure.
IMPORTS = {
    "ours": "from datadog_deployments import ApiClient, Configuration, DORAMetricsApi",
    "official": (
        "from datadog_api_client import ApiClient, Configuration\n"
        "from datadog_api_client.v2.api.dora_metrics_api import DORAMetricsApi"
    ),
    "httpx": "import httpx",
}

DORA_URL = "/api/v2/dora/deployments/"
GATE_URL = f"/api/v2/deployments/gates/evaluation/{EVALUATION_ID}"


def deployment_id(index: int) -> str:
    """A different deployment event per call, as a backfill fetches them."""
    return f"{DEPLOYMENT_ID[:8]}{index:08x}"


def rfc3339_deployment_id(index: int) -> str:
    return f"{RFC3339_DEPLOYMENT_ID}-{index:08x}"


@dataclass
class SyncClient:
    dora: Callable[[int], Any]  # GET the deployment event of deployment_id(i), decoded
    gate: Callable[[], Any]  # GET the gate evaluation result (one ID, as a poll), decoded
    dora_facts: Callable[[Any], tuple[Any, ...]]
    gate_facts: Callable[[Any], tuple[Any, ...]]
    close: Callable[[], None]
    documented_dora: Callable[[], Any]  # GET the documented example body itself


@dataclass
class AsyncClient:
    dora: Callable[[int], Awaitable[Any]]
    gate: Callable[[], Awaitable[Any]]
    dora_facts: Callable[[Any], tuple[Any, ...]]
    gate_facts: Callable[[Any], tuple[Any, ...]]
    close: Callable[[], Awaitable[None]]


def _raw_json(response: Any) -> Any:
    import json

    if response.status_code != 200:
        raise RuntimeError(f"HTTP {response.status_code}: {response.text[:200]}")
    return json.loads(response.content)


def open_sync(name: str, url: str) -> SyncClient:
    if name == "ours":
        from datadog_deployments import (
            ApiClient,
            Configuration,
            DeploymentGatesApi,
            DORAMetricsApi,
        )

        configuration = Configuration(
            host=url,
            api_key=KEYS["DD-API-KEY"],
            app_key=KEYS["DD-APPLICATION-KEY"],
            unstable_operations={"get_deployment_gates_evaluation_result": True},
            environ={},
        )
        ours = ApiClient(configuration)
        dora_api, gates_api = DORAMetricsApi(ours), DeploymentGatesApi(ours)
        return SyncClient(
            lambda i: dora_api.get_dora_deployment(deployment_id=deployment_id(i)),
            lambda: gates_api.get_deployment_gates_evaluation_result(id=EVALUATION_ID),
            dora_facts,
            gate_facts,
            ours.close,
            lambda: dora_api.get_dora_deployment(deployment_id=DEPLOYMENT_ID),
        )
    if name == "official":
        from uuid import UUID

        from datadog_api_client import ApiClient as OfficialClient
        from datadog_api_client import Configuration as OfficialConfiguration
        from datadog_api_client.v2.api.deployment_gates_api import (
            DeploymentGatesApi as OfficialGates,
        )
        from datadog_api_client.v2.api.dora_metrics_api import DORAMetricsApi as OfficialDora

        official_configuration = _official_configuration(OfficialConfiguration, url)
        official = OfficialClient(official_configuration)
        official_dora, official_gates = OfficialDora(official), OfficialGates(official)
        evaluation = UUID(EVALUATION_ID)
        return SyncClient(
            lambda i: official_dora.get_dora_deployment(deployment_id=rfc3339_deployment_id(i)),
            lambda: official_gates.get_deployment_gates_evaluation_result(id=evaluation),
            dora_facts,
            gate_facts,
            official.close,
            lambda: official_dora.get_dora_deployment(deployment_id=DEPLOYMENT_ID),
        )
    if name == "httpx":
        import httpx

        raw = httpx.Client(base_url=url, headers=KEYS)
        return SyncClient(
            lambda i: _raw_json(raw.get(DORA_URL + deployment_id(i))),
            lambda: _raw_json(raw.get(GATE_URL)),
            dora_facts_from_dict,
            gate_facts_from_dict,
            raw.close,
            lambda: _raw_json(raw.get(DORA_URL + DEPLOYMENT_ID)),
        )
    raise ValueError(f"unknown client {name!r}")


def open_async(name: str, url: str) -> AsyncClient:
    """Call from inside the event loop that will run the requests."""
    if name == "ours":
        from datadog_deployments import (
            AsyncApiClient,
            Configuration,
            DeploymentGatesApi,
            DORAMetricsApi,
        )

        configuration = Configuration(
            host=url,
            api_key=KEYS["DD-API-KEY"],
            app_key=KEYS["DD-APPLICATION-KEY"],
            unstable_operations={"get_deployment_gates_evaluation_result": True},
            environ={},
        )
        ours = AsyncApiClient(configuration)
        dora_api, gates_api = DORAMetricsApi(ours), DeploymentGatesApi(ours)
        return AsyncClient(
            lambda i: dora_api.get_dora_deployment(deployment_id=deployment_id(i)),
            lambda: gates_api.get_deployment_gates_evaluation_result(id=EVALUATION_ID),
            dora_facts,
            gate_facts,
            ours.close,
        )
    if name == "official":
        from uuid import UUID

        from datadog_api_client import AsyncApiClient as OfficialAsyncClient
        from datadog_api_client import Configuration as OfficialConfiguration
        from datadog_api_client.v2.api.deployment_gates_api import (
            DeploymentGatesApi as OfficialGates,
        )
        from datadog_api_client.v2.api.dora_metrics_api import DORAMetricsApi as OfficialDora

        official_configuration = _official_configuration(OfficialConfiguration, url)
        official = OfficialAsyncClient(official_configuration)
        official_dora, official_gates = OfficialDora(official), OfficialGates(official)
        evaluation = UUID(EVALUATION_ID)

        async def close() -> None:
            await official.__aexit__(None, None, None)

        return AsyncClient(
            lambda i: official_dora.get_dora_deployment(deployment_id=rfc3339_deployment_id(i)),
            lambda: official_gates.get_deployment_gates_evaluation_result(id=evaluation),
            dora_facts,
            gate_facts,
            close,
        )
    if name == "httpx":
        import httpx

        raw = httpx.AsyncClient(base_url=url, headers=KEYS)

        async def raw_get(path: str) -> Any:
            return _raw_json(await raw.get(path))

        return AsyncClient(
            lambda i: raw_get(DORA_URL + deployment_id(i)),
            lambda: raw_get(GATE_URL),
            dora_facts_from_dict,
            gate_facts_from_dict,
            raw.aclose,
        )
    raise ValueError(f"unknown client {name!r}")


def _official_configuration(configuration_class: Any, url: str) -> Any:
    configuration = configuration_class(host=url)
    configuration.api_key = {
        "apiKeyAuth": KEYS["DD-API-KEY"],
        "appKeyAuth": KEYS["DD-APPLICATION-KEY"],
    }
    configuration.unstable_operations["get_deployment_gates_evaluation_result"] = True
    return configuration
