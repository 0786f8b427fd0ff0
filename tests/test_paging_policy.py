"""The paging decision without I/O: what to ask next, when to stop, what the caps do."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from datadog_deployments import InvalidParameterError
from datadog_deployments.paging import AsyncPages, PageRequest, Pages, PaginationError, Paging
from datadog_deployments_api.spec_index import Pagination

CURSOR = Pagination(
    kind="cursor",
    results_path=("data",),
    limit_param="page[size]",
    limit_max=1000,
    cursor_param="page[cursor]",
    cursor_path=("meta", "page", "next_cursor"),
    window_from_param=None,
    window_to_param=None,
    window_sort_param=None,
    window_sort=None,
    window_time_path=(),
)
WINDOW = Pagination(
    kind="window",
    results_path=("data",),
    limit_param="body.data.attributes.limit",
    limit_max=None,
    cursor_param=None,
    cursor_path=(),
    window_from_param="body.data.attributes.from",
    window_to_param="body.data.attributes.to",
    window_sort_param="body.data.attributes.sort",
    window_sort="-started_at",
    window_time_path=("attributes", "started_at"),
)
T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)


def cursor_server(items: list[int], size_cap: int = 1000) -> Any:
    """Pages over `items`; the cursor is the index of the next item."""

    def send(request: PageRequest) -> dict[str, Any]:
        start = int(str(request.query.get("page[cursor]", 0)))
        size = min(int(str(request.query.get("page[size]", 50))), size_cap)
        page: dict[str, Any] = {"data": items[start : start + size], "meta": {"page": {}}}
        if start + size < len(items):
            page["meta"]["page"]["next_cursor"] = str(start + size)
        return page

    return send


def test_a_cursor_list_is_followed_to_the_end() -> None:
    sent: list[PageRequest] = []
    serve = cursor_server(list(range(7)))

    def send(request: PageRequest) -> Any:
        sent.append(request)
        return serve(request)

    pages: Pages[int] = Pages(Paging(CURSOR, {"filter[env]": "prod"}, {}, page_size=3), send)
    assert list(pages) == list(range(7))
    assert [r.query for r in sent] == [
        {"filter[env]": "prod", "page[size]": 3},
        {"filter[env]": "prod", "page[size]": 3, "page[cursor]": "3"},
        {"filter[env]": "prod", "page[size]": 3, "page[cursor]": "6"},
    ]
    assert not pages.truncated and pages.requests == 3


def test_the_page_size_defaults_to_the_largest_the_spec_allows_and_is_capped_by_it() -> None:
    assert Paging(CURSOR, {}, {}).next_request() == PageRequest({"page[size]": 1000}, {})
    assert Paging(CURSOR, {}, {}, page_size=5000).next_request() == PageRequest(
        {"page[size]": 1000}, {}
    )
    assert Paging(CURSOR, {}, {}, page_size=50, max_items=10).next_request() == PageRequest(
        {"page[size]": 10}, {}
    )


def test_max_items_stops_mid_page_and_max_requests_stops_between_pages() -> None:
    by_items: Pages[int] = Pages(
        Paging(CURSOR, {}, {}, page_size=4, max_items=6), cursor_server(list(range(20)))
    )
    assert list(by_items) == [0, 1, 2, 3, 4, 5] and by_items.truncated
    by_requests: Pages[int] = Pages(
        Paging(CURSOR, {}, {}, page_size=4, max_requests=2), cursor_server(list(range(20)))
    )
    assert list(by_requests) == list(range(8))
    assert by_requests.truncated and by_requests.requests == 2


def test_a_cursor_that_repeats_is_an_error_not_an_endless_loop() -> None:
    def send(request: PageRequest) -> Any:
        return {"data": [1], "meta": {"page": {"next_cursor": "same"}}}

    pages: Pages[int] = Pages(Paging(CURSOR, {}, {}), send)
    with pytest.raises(PaginationError, match="same cursor"):
        list(pages)


@pytest.mark.parametrize("bad", [{"page_size": 0}, {"max_items": 0}, {"max_requests": 0}])
def test_caps_below_one_are_refused(bad: dict[str, int]) -> None:
    with pytest.raises(InvalidParameterError):
        Paging(CURSOR, {}, {}, **bad)


def events(count: int, step: timedelta = timedelta(minutes=1)) -> list[dict[str, Any]]:
    return [
        {"id": f"e{i}", "attributes": {"started_at": (T0 + i * step).isoformat()}}
        for i in range(count)
    ]


def window_server(all_events: list[dict[str, Any]], cap: int | None = None) -> Any:
    """Newest first within [from, to] (both inclusive), at most `limit` (and `cap`)."""

    def send(request: PageRequest) -> dict[str, Any]:
        attributes = request.attributes
        assert attributes["sort"] == "-started_at"
        low = datetime.fromisoformat(str(attributes.get("from", "1970-01-01T00:00:00+00:00")))
        high = str(attributes.get("to", "9999-01-01T00:00:00+00:00")).replace("Z", "+00:00")
        inside = [
            e
            for e in all_events
            if low
            <= datetime.fromisoformat(e["attributes"]["started_at"])
            <= datetime.fromisoformat(high)
        ]
        inside.sort(key=lambda e: e["attributes"]["started_at"], reverse=True)
        limit = int(str(attributes.get("limit", 10)))
        return {"data": inside[: min(limit, cap or limit)]}

    return send


def test_a_window_moves_its_end_to_the_oldest_time_seen_and_drops_repeats() -> None:
    sent: list[PageRequest] = []
    serve = window_server(events(25))

    def send(request: PageRequest) -> Any:
        sent.append(request)
        return serve(request)

    pages: Pages[dict[str, Any]] = Pages(
        Paging(WINDOW, {}, {"from": T0.isoformat(), "query": "env:prod"}, page_size=10), send
    )
    got = [e["id"] for e in pages]
    assert got == [f"e{i}" for i in range(24, -1, -1)]  # each once, newest first
    assert sent[0].attributes == {
        "from": T0.isoformat(),
        "query": "env:prod",
        "sort": "-started_at",
        "limit": 10,
    }
    assert sent[1].attributes["to"] == "2025-01-01T00:15:00Z"  # the oldest of page 1
    assert not pages.truncated


def test_a_window_walk_remembers_only_the_items_at_its_end() -> None:
    # Three events per minute: the end of each page falls among events sharing one instant.
    many = [
        {
            "id": f"e{i}",
            "attributes": {"started_at": (T0 + (i // 3) * timedelta(minutes=1)).isoformat()},
        }
        for i in range(3000)
    ]
    paging = Paging(WINDOW, {}, {}, page_size=100)
    pages: Pages[dict[str, Any]] = Pages(paging, window_server(many))
    held = 0
    got = []
    for event in pages:
        got.append(event["id"])
        held = max(held, len(paging._seen))
    assert sorted(got) == sorted(str(e["id"]) for e in many) and len(got) == len(set(got))
    assert held <= 3  # the events at the window's end, not every event handed out


def test_a_server_that_ignores_the_window_end_is_an_error_not_a_repeat() -> None:
    first = events(10)[::-1][:5]  # always the same, newest first: the end asked for is ignored

    def send(request: PageRequest) -> dict[str, Any]:
        return {"data": first}

    pages: Pages[dict[str, Any]] = Pages(Paging(WINDOW, {}, {}, page_size=5), send)
    got = []
    with pytest.raises(PaginationError, match="does not honour the end"):
        for event in pages:
            got.append(event["id"])
    assert got == ["e9", "e8", "e7", "e6", "e5"] and pages.requests == 2


def test_a_window_without_a_known_page_size_ends_on_a_page_with_nothing_new() -> None:
    pages: Pages[dict[str, Any]] = Pages(Paging(WINDOW, {}, {}), window_server(events(12)))
    assert len(list(pages)) == 12
    assert pages.requests >= 2


def test_a_window_that_cannot_move_is_an_error() -> None:
    same_time = [{"id": f"s{i}", "attributes": {"started_at": T0.isoformat()}} for i in range(5)]
    pages: Pages[dict[str, Any]] = Pages(
        Paging(WINDOW, {}, {}, page_size=3), window_server(same_time)
    )
    with pytest.raises(PaginationError, match="cannot move"):
        list(pages)


def test_the_async_loop_runs_the_same_decision() -> None:
    serve = cursor_server(list(range(9)))

    async def send(request: PageRequest) -> Any:
        return serve(request)

    async def collect() -> list[int]:
        pages: AsyncPages[int] = AsyncPages(Paging(CURSOR, {}, {}, page_size=4), send)
        return [item async for item in pages]

    assert asyncio.run(collect()) == list(range(9))
