"""The typed API against the fake, end to end, as the CLI will use it: gates and rules kept as
code, why a gate failed, DORA events searched by window and marked as failed; sync and async,
with the page iterators following the fake's cursors and windows."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from client_support import API_KEY, APP_KEY, make_configuration
from datadog_deployments import ApiClient, AsyncApiClient, DeploymentGatesApi, DORAMetricsApi
from datadog_deployments.testing import FakeDatadog, RuleScript
from datadog_deployments_api.spec_index import OPERATIONS

PREVIEW = {op.name: True for op in OPERATIONS.values() if op.unstable}
pytestmark = pytest.mark.filterwarnings(
    "ignore::datadog_deployments.unstable.PreviewOperationWarning"
)
T0 = 1_796_032_800  # 2026-11-30T10:00:00Z


@pytest.fixture
def dd() -> Iterator[FakeDatadog]:
    with FakeDatadog(api_key=API_KEY, app_key=APP_KEY, dora_times="rfc3339") as fake:
        yield fake


def client(dd: FakeDatadog) -> ApiClient:
    return ApiClient(make_configuration(dd, unstable_operations=PREVIEW))


def test_gates_and_rules_round_trip_through_the_typed_api(dd: FakeDatadog) -> None:
    with client(dd) as api_client:
        gates = DeploymentGatesApi(api_client)
        for n in range(5):
            gate = gates.create_deployment_gate(service=f"svc-{n}", env="prod", identifier="pre")
            gates.create_deployment_rule(
                gate.data.id,
                name="p99",
                type="monitor",
                options={"query": f"service:svc-{n}", "duration": 300},
            )
        pages = gates.list_deployment_gates_with_pagination(page_size=2)
        listed = [(g.attributes.service, g.id) for g in pages]
        assert [s for s, _ in listed] == [f"svc-{n}" for n in range(5)]
        assert pages.requests == 3 and not pages.truncated
        rules = gates.get_deployment_gate_rules(listed[0][1]).data.attributes.rules
        assert [(r.name, r.options.to_dict()) for r in rules] == [
            ("p99", {"query": "service:svc-0", "duration": 300})
        ]
        gates.delete_deployment_gate(listed[0][1])
        assert [g.attributes.service for g in gates.list_deployment_gates_with_pagination()] == [
            f"svc-{n}" for n in range(1, 5)
        ]


def test_why_a_gate_failed_reads_from_the_rule_evaluations(dd: FakeDatadog) -> None:
    dd.add_gate(
        "checkout",
        "prod",
        rules=[RuleScript("p99", "fail", monitors=["4242"]), RuleScript("errors")],
    )
    with client(dd) as api_client:
        gates = DeploymentGatesApi(api_client)
        result = gates.evaluate_deployment_gate(service="checkout", env="prod", version="v9")
        evaluation_id = result.data.attributes.evaluation_id
        rules = list(
            gates.list_deployment_rule_evaluations_with_pagination(
                filter_gate_evaluation_id=evaluation_id, page_size=1
            )
        )
    assert {r.attributes.name: r.attributes.status.value for r in rules} == {
        "p99": "fail",
        "errors": "pass",
    }
    [failed] = [r for r in rules if r.attributes.status.value == "fail"]
    assert [m.id for m in failed.attributes.failures.monitors] == ["4242"]


def test_dora_windows_and_marks_through_the_typed_api_sync_and_async(dd: FakeDatadog) -> None:
    for n in range(7):
        dd.add_deployment(
            {"id": f"deploy-web-{n:012d}", "service": "web", "env": "prod", "version": f"v{n}",
             "started_at": T0 + 60 * n, "finished_at": T0 + 60 * n + 30}
        )  # fmt: skip
    dd.add_deployment({"service": "api", "env": "prod", "started_at": T0, "finished_at": T0})
    with client(dd) as api_client:
        dora = DORAMetricsApi(api_client)
        pages = dora.list_dora_deployments_with_pagination(query="service:web", page_size=3)
        seen = [d.id for d in pages]
        assert seen == [f"deploy-web-{n:012d}" for n in reversed(range(7))]
        assert pages.requests >= 3
        dora.patch_dora_deployment_by_version(
            service="web", env="prod", version="v3", change_failure=True,
            remediation={"type": "rollback", "version": "v2"},
        )  # fmt: skip
        failure = dora.create_dora_failure(services=["web"], started_at=T0 + 200, severity="SEV-2")
    assert dd.change_failures["deploy-web-000000000003"]["change_failure"] is True

    async def search() -> list[str]:
        async with AsyncApiClient(make_configuration(dd, unstable_operations=PREVIEW)) as c:
            found = DORAMetricsApi(c).list_dora_failures_with_pagination(query="service:web")
            return [f.id async for f in found]

    assert asyncio.run(search()) == [failure.data.id]
