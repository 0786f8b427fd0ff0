"""The fake's DORA operations: send an event, read it back, and the 400s and 404s."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from datadog_deployments.testing import FakeDatadog
from datadog_deployments.testing.state import repository_id
from fake_server_support import DORA_CREATE, DORA_GET, SHA, client, dora_body


@pytest.fixture
def http(fake_datadog: FakeDatadog) -> Iterator[httpx.Client]:
    with client(fake_datadog) as c:
        yield c


def test_send_then_read_back_in_the_fetch_shape(http: httpx.Client) -> None:
    sent = http.post(DORA_CREATE, json=dora_body())
    assert sent.status_code == 200
    data = sent.json()["data"]
    assert data["type"] == "dora_deployment"
    assert re.fullmatch(r"[0-9a-f]{16}", data["id"])

    got = http.get(DORA_GET.format(data["id"]))
    assert got.status_code == 200
    assert got.json() == {
        "data": {
            "id": data["id"],
            "type": "dora_deployment",
            "attributes": {
                "service": "shopist",
                "env": "production",
                "started_at": 1693491974000000000,
                "finished_at": 1693491984000000000,
                "version": "v1.12.07",
                "team": "backend",
                "git": {"commit_sha": SHA, "repository_id": "github.com/org/repo"},
                "custom_tags": ["language:java"],
            },
        }
    }


def test_own_id_is_kept_and_can_be_read_percent_encoded(http: httpx.Client) -> None:
    own = "deploy:2024.01_17-a"
    assert http.post(DORA_CREATE, json=dora_body(id=own)).json()["data"]["id"] == own
    got = http.get(DORA_GET.format("deploy%3A2024.01_17-a"))
    assert got.status_code == 200
    assert got.json()["data"]["id"] == own
    assert "id" not in got.json()["data"]["attributes"]


def test_optional_fields_may_be_left_out_and_null_tags_echo(http: httpx.Client) -> None:
    body = dora_body(env=None, version=None, team=None, git=None)
    body["data"]["attributes"]["custom_tags"] = None
    event_id = http.post(DORA_CREATE, json=body).json()["data"]["id"]
    attributes = http.get(DORA_GET.format(event_id)).json()["data"]["attributes"]
    assert attributes == {
        "service": "shopist",
        "started_at": 1693491974000000000,
        "finished_at": 1693491984000000000,
        "custom_tags": None,
    }


def test_the_store_is_visible_from_python(fake_datadog: FakeDatadog, http: httpx.Client) -> None:
    event_id = http.post(DORA_CREATE, json=dora_body(id="x" * 16)).json()["data"]["id"]
    assert fake_datadog.deployments[event_id]["service"] == "shopist"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/org/repo", "github.com/org/repo"),
        ("https://github.com/org/repo.git", "github.com/org/repo"),
        ("http://gitlab.example.com/group/sub/repo.git/", "gitlab.example.com/group/sub/repo"),
        ("https://user:token@github.com/org/repo.git", "github.com/org/repo"),
        ("ssh://git@github.com/org/repo.git", "github.com/org/repo"),
        ("git@github.com:org/repo.git", "github.com/org/repo"),
        ("github.com/org/repo", "github.com/org/repo"),
    ],
)
def test_repository_id(url: str, expected: str) -> None:
    assert repository_id(url) == expected


def _attrs(**changes: Any) -> dict[str, Any]:
    return dora_body(**changes)


@pytest.mark.parametrize(
    ("body", "pointer"),
    [
        ({}, "/data"),
        ({"data": []}, "/data"),
        ({"data": {}}, "/data/attributes"),
        (_attrs(service=None), "/data/attributes/service"),
        (_attrs(service=7), "/data/attributes/service"),
        (_attrs(started_at=None), "/data/attributes/started_at"),
        (_attrs(finished_at="1693491984"), "/data/attributes/finished_at"),
        (_attrs(finished_at=1.5), "/data/attributes/finished_at"),
        (_attrs(started_at=True), "/data/attributes/started_at"),
        (_attrs(started_at=2**63), "/data/attributes/started_at"),
        (_attrs(id="too-short"), "/data/attributes/id"),
        (_attrs(id="x" * 129), "/data/attributes/id"),
        (_attrs(id="has space in it!"), "/data/attributes/id"),
        (_attrs(env=["production"]), "/data/attributes/env"),
        (_attrs(git={"repository_url": "https://x"}), "/data/attributes/git/commit_sha"),
        (
            _attrs(git={"commit_sha": "abc123", "repository_url": "https://x"}),
            "/data/attributes/git/commit_sha",
        ),
        (
            _attrs(git={"commit_sha": "g" * 40, "repository_url": "x"}),
            "/data/attributes/git/commit_sha",
        ),
        (_attrs(git={"commit_sha": SHA}), "/data/attributes/git/repository_url"),
        (_attrs(custom_tags=[f"k:{i}" for i in range(101)]), "/data/attributes/custom_tags"),
        (_attrs(custom_tags=["ok", 1]), "/data/attributes/custom_tags"),
        (_attrs(custom_tags="a:b"), "/data/attributes/custom_tags"),
        ([], ""),
    ],
)
def test_invalid_bodies_get_a_jsonapi_400(http: httpx.Client, body: Any, pointer: str) -> None:
    response = http.post(DORA_CREATE, json=body)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert {e["source"]["pointer"] for e in errors} == {pointer}
    for error in errors:
        assert error["status"] == "400"
        assert error["title"] == "Bad Request"
        assert error["detail"]


def test_limits_that_are_just_allowed(http: httpx.Client) -> None:
    body = _attrs(id="a" * 128, custom_tags=[f"k:{i}" for i in range(100)])
    body["data"]["attributes"]["git"]["commit_sha"] = "A" * 64
    assert http.post(DORA_CREATE, json=body).status_code == 200


def test_every_problem_is_reported(http: httpx.Client) -> None:
    response = http.post(DORA_CREATE, json={"data": {"attributes": {"env": 1}}})
    pointers = sorted(e["source"]["pointer"] for e in response.json()["errors"])
    assert pointers == [
        "/data/attributes/env",
        "/data/attributes/finished_at",
        "/data/attributes/service",
        "/data/attributes/started_at",
    ]


def test_a_body_that_is_not_json_is_a_400(http: httpx.Client) -> None:
    response = http.post(
        DORA_CREATE, content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["source"] == {"pointer": ""}


def test_an_invalid_event_is_not_stored(fake_datadog: FakeDatadog, http: httpx.Client) -> None:
    http.post(DORA_CREATE, json=_attrs(id="b" * 16, service=None))
    assert fake_datadog.deployments == {}
    assert http.get(DORA_GET.format("b" * 16)).status_code == 404


def test_unknown_event_is_a_jsonapi_404(http: httpx.Client) -> None:
    response = http.get(DORA_GET.format("nope-nope-nope-nope"))
    assert response.status_code == 404
    [error] = response.json()["errors"]
    assert error["status"] == "404"
    assert error["title"] == "Not Found"
