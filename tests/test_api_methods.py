"""Every operation of the spec is a method of its tag's API class, sync and async, with the
conventions of a call: keyword attributes or a body checked before sending, query parameters,
names, help(). Over real HTTP on 127.0.0.1 (the fake server, or a scripted loopback one)."""

from __future__ import annotations

import asyncio
import inspect
import pydoc
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import datadog_deployments
import pytest
from client_support import Rig, deployment_body, gate_body
from datadog_deployments import (
    ApiClient,
    AsyncApiClient,
    Configuration,
    DeploymentGatesApi,
    DORAMetricsApi,
    InvalidParameterError,
    UnstableOperationDisabledError,
)
from datadog_deployments.operations import find_operation, render_query
from datadog_deployments_api.methods import TAGS
from datadog_deployments_api.spec_index import OPERATIONS, Operation

API_CLASSES = {
    tag: getattr(datadog_deployments, f"{prefix}Api") for tag, (_, prefix) in TAGS.items()
}


def _sync(cls: type) -> Any:
    return cls(ApiClient(Configuration(environ={})))


def test_every_operation_is_a_method_of_its_tags_class_sync_and_async() -> None:
    assert {op.tag for op in OPERATIONS.values()} <= set(API_CLASSES)

    async def flavours() -> dict[str, Any]:
        async with AsyncApiClient(Configuration(environ={})) as client:
            return {tag: cls(client) for tag, cls in API_CLASSES.items()}

    async_apis = asyncio.run(flavours())
    for op in OPERATIONS.values():
        cls = API_CLASSES[op.tag]
        method = getattr(cls, op.name)  # on the class itself: what help() and IDEs see
        assert not inspect.iscoroutinefunction(method), op.name
        assert inspect.iscoroutinefunction(getattr(async_apis[op.tag], op.name)), op.name
        if op.pagination is not None:
            assert callable(getattr(cls, f"{op.name}_with_pagination"))


def test_the_class_returns_the_right_twin() -> None:
    with ApiClient(Configuration(environ={})) as client:
        api = DORAMetricsApi(client)
        assert isinstance(api, DORAMetricsApi) and api.api_client is client
        assert type(api).__name__ == "SyncDORAMetricsApi"

    async def build() -> Any:
        async with AsyncApiClient(Configuration(environ={})) as client:
            return DeploymentGatesApi(client)

    api_async = asyncio.run(build())
    assert isinstance(api_async, DeploymentGatesApi)
    assert type(api_async).__name__ == "AsyncDeploymentGatesApi"


@pytest.mark.parametrize("tag", sorted(API_CLASSES))
def test_help_on_the_class_lists_every_operation_with_its_summary(tag: str) -> None:
    text = pydoc.plain(pydoc.render_doc(API_CLASSES[tag]))
    for op in OPERATIONS.values():
        if op.tag != tag:
            continue
        assert f"{op.name}(self" in text, op.name
        assert op.summary and op.summary.rstrip(".") in text, op.summary
    assert "AsyncApiClient" in text  # the class says how the async flavour works


def test_names_resolve_as_python_names_and_operation_ids() -> None:
    for op in OPERATIONS.values():
        assert find_operation(op.name) is op
        assert find_operation(op.operation_id) is op
        assert find_operation("v2." + op.name) is op
    with pytest.raises(InvalidParameterError, match="get_dora_deployment"):
        find_operation("get_dora_deploymnt")


def test_api_client_call_takes_either_spelling(rig: Rig) -> None:
    deployment = rig.fake.add_deployment(
        {"service": "s", "started_at": 1, "finished_at": 2}, "deploy-spelling-0001"
    )
    with rig.client() as client:
        by_name = client.call("get_dora_deployment", {"deployment_id": deployment})
        by_id = client.call("GetDORADeployment", {"deployment_id": deployment})
    assert by_name.to_dict() == by_id.to_dict()
    assert [r.operation for r in rig.fake.requests] == ["GetDORADeployment"] * 2


# --- writes: keywords or a body --------------------------------------------------------------


def test_a_write_takes_its_attributes_as_keywords_with_datetimes(rig: Rig) -> None:
    started = datetime(2023, 8, 31, 14, 26, 14, tzinfo=timezone.utc)
    with rig.client() as client:
        sent = DORAMetricsApi(client).create_dora_deployment(
            service="checkout-api",
            started_at=started,
            finished_at=1693491984_000_000_000,
            env="production",
            git={"commit_sha": "a" * 40, "repository_url": "https://github.com/org/checkout-api"},
            id="deploy-keywords-0001",
        )
    assert sent.to_dict()["data"]["id"] == "deploy-keywords-0001"
    wire = rig.fake.requests_for("CreateDORADeployment")[0].json
    assert wire == {
        "data": {
            "attributes": {
                "service": "checkout-api",
                "started_at": 1693491974_000_000_000,
                "finished_at": 1693491984_000_000_000,
                "env": "production",
                "git": {
                    "commit_sha": "a" * 40,
                    "repository_url": "https://github.com/org/checkout-api",
                },
                "id": "deploy-keywords-0001",
            }
        }
    }


def test_a_write_builds_the_json_api_envelope_with_its_type(rig: Rig) -> None:
    rig.fake.add_gate("checkout-api", "production")
    with rig.client() as client:
        DeploymentGatesApi(client).trigger_deployment_gates_evaluation(
            service="checkout-api", env="production", version="v1"
        )
    assert rig.fake.requests_for("TriggerDeploymentGatesEvaluation")[0].json == gate_body(
        version="v1"
    )


def test_an_unknown_keyword_is_refused_before_sending(rig: Rig) -> None:
    with rig.client() as client, pytest.raises(TypeError, match="servce"):
        DORAMetricsApi(client).create_dora_deployment(servce="checkout-api")  # type: ignore[call-arg]
    assert rig.fake.requests == []


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (deployment_body(servce="checkout-api"), "data.attributes.servce"),
        (
            deployment_body(git={"commit_sha": "a" * 40, "repo_url": "x"}),
            "data.attributes.git.repo_url",
        ),
        ({"data": {"attributes": {"service": "s"}, "typo": 1}}, "data.typo"),
        ({"date": {}}, "date"),
    ],
)
def test_a_body_with_a_key_the_spec_does_not_know_is_refused_naming_it(
    rig: Rig, body: dict[str, Any], key: str
) -> None:
    with rig.client() as client, pytest.raises(InvalidParameterError) as caught:
        DORAMetricsApi(client).create_dora_deployment(body=body)
    assert key in str(caught.value) and "nothing was sent" in str(caught.value)
    assert rig.fake.requests == []


def test_unknown_keys_inside_a_list_of_union_members_are_found(rig: Rig) -> None:
    rules = {"rules": [{"name": "m", "type": "monitor", "options": {"query": "q", "duraton": 1}}]}
    with rig.client() as client, pytest.raises(InvalidParameterError, match=r"rules\[0\]"):
        DeploymentGatesApi(client).trigger_deployment_gates_evaluation(
            service="s", env="e", configuration=rules
        )
    assert rig.fake.requests == []


def test_a_model_carrying_unknown_fields_is_refused_too(rig: Rig) -> None:
    from datadog_deployments_api.models import DORADeploymentRequest

    model = DORADeploymentRequest.from_dict(deployment_body())
    model.data.attributes.additional_properties["servce"] = "x"
    with rig.client() as client, pytest.raises(InvalidParameterError, match="servce"):
        DORAMetricsApi(client).create_dora_deployment(model)
    assert rig.fake.requests == []


def test_body_and_keywords_together_or_a_missing_required_attribute_are_refused(rig: Rig) -> None:
    with rig.client() as client:
        api = DORAMetricsApi(client)
        with pytest.raises(InvalidParameterError, match="either body or"):
            api.create_dora_deployment(deployment_body(), service="x")
        with pytest.raises(InvalidParameterError, match="started_at"):
            api.create_dora_deployment(service="x", finished_at=2)
    assert rig.fake.requests == []


def test_async_writes_take_keywords_too(rig: Rig) -> None:
    async def run() -> Any:
        async with rig.async_client() as client:
            return await DORAMetricsApi(client).create_dora_deployment(
                service="s", started_at=1, finished_at=2, id="deploy-async-kw-0001"
            )

    assert asyncio.run(run()).to_dict()["data"]["id"] == "deploy-async-kw-0001"


# --- evaluate_deployment_gate needs both preview operations ---------------------------------


@pytest.mark.parametrize(
    "enabled",
    ["trigger_deployment_gates_evaluation", "get_deployment_gates_evaluation_result"],
)
def test_evaluating_with_one_preview_operation_enabled_sends_nothing(
    rig: Rig, enabled: str
) -> None:
    rig.fake.add_gate("checkout-api", "production")
    for name in rig.configuration.unstable_operations:
        rig.configuration.unstable_operations[name] = name == enabled
    pair = ["trigger_deployment_gates_evaluation", "get_deployment_gates_evaluation_result"]
    missing = next(n for n in pair if n != enabled)
    with rig.client() as client, pytest.raises(UnstableOperationDisabledError, match=missing):
        DeploymentGatesApi(client).evaluate_deployment_gate(
            service="checkout-api", env="production"
        )

    async def run() -> None:
        async with rig.async_client() as client:
            await DeploymentGatesApi(client).evaluate_deployment_gate(
                service="checkout-api", env="production"
            )

    with pytest.raises(UnstableOperationDisabledError, match=missing):
        asyncio.run(run())
    assert rig.fake.requests == []


# --- query parameters ------------------------------------------------------------------------


def _listing(**query: str) -> Operation:
    """An operation with query parameters, as spec_index describes one."""
    base = OPERATIONS["GetDORADeployment"]
    params = {"filter_env": "filter[env]", "filter_from": "filter[from]", "page_size": "page[size]"}
    params.update(query)
    return base.replace(
        query_parameters=params,
        query_comma_separated=("filter[ids]",) if "filter_ids" in params else (),
    )


def test_query_parameters_take_python_or_wire_names_and_encode_values() -> None:
    op = _listing(filter_ids="filter[ids]", filter_dry_run="filter[dry_run]")
    moment = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    text = render_query(
        op,
        {
            "filter_env": ["prod", "staging"],
            "filter[from]": moment,
            "filter_ids": ("a", "b"),
            "filter_dry_run": False,
            "page_size": None,
        },
    )
    assert text == (
        "?filter%5Benv%5D=prod&filter%5Benv%5D=staging&filter%5Bfrom%5D=2025-01-02T03%3A04%3A05Z"
        "&filter%5Bids%5D=a%2Cb&filter%5Bdry_run%5D=false"
    )
    assert render_query(op, {"page_size": None}) == ""
    with pytest.raises(InvalidParameterError, match="filter_nev"):
        render_query(op, {"filter_nev": "x"})


LAZY = """
import sys, warnings
warnings.simplefilter("ignore")
from datadog_deployments import ApiClient, Configuration, DeploymentGatesApi, DORAMetricsApi
from loopback_support import Loopback

def models():
    prefix = "datadog_deployments_api.models."
    return sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith(prefix))

FETCHED = {"data": {"id": "d1", "type": "dora_deployment",
                    "attributes": {"service": "s", "started_at": 1}}}
with Loopback(lambda request: (200, FETCHED)) as server:
    configuration = Configuration(host=server.url, api_key="k" * 32, app_key="a" * 40, environ={})
    with ApiClient(configuration) as client:
        DORAMetricsApi(client), DeploymentGatesApi(client)
        print(",".join(models()) or "-", "attrs" in sys.modules)
        DORAMetricsApi(client).get_dora_deployment("d1")
        print(",".join(models()))
"""


def test_models_load_per_operation_on_the_first_call() -> None:
    tests = str(Path(__file__).resolve().parent)
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {tests!r})\n" + LAZY],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.split("\n")[:2]
    assert before == "- False"  # importing and constructing both classes loads no model
    loaded = set(after.split(","))
    assert "dora_deployment_fetch_response" in loaded
    assert not {m for m in loaded if "gate" in m or "failure" in m or "list" in m}


def test_a_deprecated_operation_warns_at_the_callers_line(rig: Rig) -> None:
    deprecated = [op for op in OPERATIONS.values() if op.deprecated]
    assert [op.name for op in deprecated] == ["create_dora_incident"]
    with (
        rig.client() as client,
        pytest.warns(DeprecationWarning, match="create_dora_incident") as seen,
    ):
        DORAMetricsApi(client).create_dora_incident(services=["checkout-api"], started_at=1)
    assert seen[0].filename == __file__
