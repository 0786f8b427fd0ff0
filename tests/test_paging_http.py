"""The `..._with_pagination` iterators over real HTTP on 127.0.0.1 (a scripted loopback server
that pages the spec's own examples), sync and async: cursor lists and DORA time windows."""

from __future__ import annotations

import asyncio
import copy
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from datadog_deployments import (
    ApiClient,
    AsyncApiClient,
    Configuration,
    DeploymentGatesApi,
    DORAMetricsApi,
    UnstableOperationDisabledError,
)
from datadog_deployments_api.spec_index import OPERATIONS
from loopback_support import Loopback, Seen

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
API_KEY, APP_KEY = "k" * 32, "a" * 40
T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
ITEM_ID = "00000000-0000-4000-8000-{:012d}"  # a UUID: some lists' ids are


def example_item(operation_id: str) -> dict[str, Any]:
    op = OPERATIONS[operation_id]
    document = SPEC["paths"][op.path][op.method.lower()]["responses"]["200"]
    item: dict[str, Any] = document["content"]["application/json"]["example"]["data"][0]
    return item


def request_type(operation_id: str) -> str:
    """The JSON:API type of the operation's request body, as the spec's example writes it."""
    op = OPERATIONS[operation_id]
    body = SPEC["paths"][op.path][op.method.lower()]["requestBody"]
    return str(body["content"]["application/json"]["example"]["data"]["type"])


def cursor_lists() -> list[str]:
    return [
        o.operation_id
        for o in OPERATIONS.values()
        if o.pagination and o.pagination.kind == "cursor"
    ]


def window_searches() -> list[str]:
    return [
        o.operation_id
        for o in OPERATIONS.values()
        if o.pagination and o.pagination.kind == "window"
    ]


def cursor_server(operation_id: str, total: int) -> Any:
    template = example_item(operation_id)
    items = []
    for i in range(total):
        item = copy.deepcopy(template)
        item["id"] = ITEM_ID.format(i)
        items.append(item)

    def respond(request: Seen) -> tuple[int, Any]:
        start = int(request.query.get("page[cursor]", ["0"])[0])
        size = int(request.query.get("page[size]", ["50"])[0])
        page: dict[str, Any] = {
            "data": items[start : start + size],
            "meta": {"page": {"size": size}},
        }
        if start + size < total:
            page["meta"]["page"]["next_cursor"] = str(start + size)
        return 200, page

    return respond


def configuration(url: str) -> Configuration:
    preview = {name: True for name in Configuration(environ={}).unstable_operations}
    return Configuration(
        host=url, api_key=API_KEY, app_key=APP_KEY, unstable_operations=preview, environ={}
    )


def test_every_list_of_the_spec_has_a_pages_helper() -> None:
    assert len(cursor_lists()) >= 3 and len(window_searches()) >= 2


@pytest.mark.parametrize("operation_id", cursor_lists())
def test_a_cursor_list_is_followed_sync_and_async(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    with Loopback(cursor_server(operation_id, 7)) as server:
        with ApiClient(configuration(server.url)) as client:
            api = DeploymentGatesApi(client)
            pages = getattr(api, f"{op.name}_with_pagination")(page_size=3)
            got = [str(item.id) for item in pages]
        sync_requests = list(server.requests)

        async def collect() -> list[str]:
            async with AsyncApiClient(configuration(server.url)) as client:
                pages = getattr(DeploymentGatesApi(client), f"{op.name}_with_pagination")(
                    page_size=3
                )
                return [str(item.id) async for item in pages]

        got_async = asyncio.run(collect())
    assert got == got_async == [ITEM_ID.format(i) for i in range(7)]
    assert [r.raw_path.split("?")[1] for r in sync_requests] == [
        "page%5Bsize%5D=3",
        "page%5Bsize%5D=3&page%5Bcursor%5D=3",
        "page%5Bsize%5D=3&page%5Bcursor%5D=6",
    ]
    assert {r.path for r in sync_requests} == {op.path}
    assert not pages.truncated


def test_filters_travel_with_every_page_and_caps_stop_the_walk() -> None:
    with (
        Loopback(cursor_server("ListDeploymentGates", 50)) as server,
        ApiClient(configuration(server.url)) as client,
    ):
        pages = DeploymentGatesApi(client).list_deployment_gates_with_pagination(
            filter_env="prod", filter_dry_run=False, page_size=10, max_requests=2
        )
        got = list(pages)
    assert len(got) == 20 and pages.truncated and pages.requests == 2
    for request in server.requests:
        assert request.query["filter[env]"] == ["prod"]
        assert request.query["filter[dry_run]"] == ["false"]


def test_the_largest_page_size_the_spec_allows_is_the_default() -> None:
    with (
        Loopback(cursor_server("ListDeploymentGates", 3)) as server,
        ApiClient(configuration(server.url)) as client,
    ):
        pages = DeploymentGatesApi(client).list_deployment_gates_with_pagination()
        assert len(list(pages)) == 3
    assert server.requests[0].query["page[size]"] == ["1000"]


def test_a_disabled_preview_list_sends_nothing() -> None:
    with Loopback(cursor_server("ListDeploymentGates", 3)) as server:
        plain = Configuration(host=server.url, api_key=API_KEY, app_key=APP_KEY, environ={})
        with ApiClient(plain) as client, pytest.raises(UnstableOperationDisabledError):
            list(DeploymentGatesApi(client).list_deployment_gates_with_pagination())
    assert server.requests == []


def window_server(operation_id: str, total: int) -> Any:
    """Newest first by started_at within [from, to], at most `limit` (default 10)."""
    template = example_item(operation_id)
    events = []
    for i in range(total):
        event = copy.deepcopy(template)
        event["id"] = f"event-{i:04d}"
        moment = T0 + timedelta(minutes=i)
        event["attributes"]["started_at"] = moment.isoformat().replace("+00:00", "Z")
        event["attributes"]["finished_at"] = event["attributes"]["started_at"]
        events.append(event)

    def at(text: str) -> datetime:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))

    def respond(request: Seen) -> tuple[int, Any]:
        attributes = request.body["data"]["attributes"]
        assert attributes["sort"] == "-started_at"
        low = at(attributes.get("from", "1970-01-01T00:00:00Z"))
        high = at(attributes.get("to", "9999-01-01T00:00:00Z"))
        inside = [e for e in events if low <= at(e["attributes"]["started_at"]) <= high]
        inside.sort(key=lambda e: e["attributes"]["started_at"], reverse=True)
        return 200, {"data": inside[: attributes.get("limit", 10)]}

    return respond


@pytest.mark.parametrize("operation_id", window_searches())
def test_a_dora_search_walks_its_window_back_sync_and_async(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    with Loopback(window_server(operation_id, 23)) as server:
        with ApiClient(configuration(server.url)) as client:
            pages = getattr(DORAMetricsApi(client), f"{op.name}_with_pagination")(
                from_=T0, query="env:production"
            )
            got = [item.id for item in pages]
        first_body = server.requests[0].body
        moved_to = server.requests[1].body["data"]["attributes"]["to"]

        async def collect() -> list[str]:
            async with AsyncApiClient(configuration(server.url)) as client:
                pages = getattr(DORAMetricsApi(client), f"{op.name}_with_pagination")(
                    from_="2025-01-01T00:00:00Z", page_size=5
                )
                return [item.id async for item in pages]

        got_async = asyncio.run(collect())
    assert got == got_async == [f"event-{i:04d}" for i in range(22, -1, -1)]
    attributes = first_body["data"]["attributes"]
    assert attributes == {
        "from": "2025-01-01T00:00:00Z",
        "query": "env:production",
        "sort": "-started_at",
    }
    assert first_body["data"]["type"] == request_type(operation_id)
    assert moved_to == "2025-01-01T00:13:00Z"  # the oldest of the first page of 10
