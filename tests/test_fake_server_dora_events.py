"""The fake's DORA events over HTTP beyond send-and-read: failures (incidents), searches by
window and query, deletion, marking a deployment as failed, and idempotent IDs. Every answer
is checked against the spec by the strict oracle (``checked_client``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from datadog_deployments.testing import FakeDatadog
from fake_server_support import DORA_CREATE, DORA_GET, checked_client, dora_body, failure_body

FAILURE_CREATE = "/api/v2/dora/failure"
INCIDENT_CREATE = "/api/v2/dora/incident"
FAILURE_GET = "/api/v2/dora/failures/{}"
FAILURE_DELETE = "/api/v2/dora/failure/{}"
DEPLOYMENT_DELETE = "/api/v2/dora/deployment/{}"
DEPLOYMENTS = "/api/v2/dora/deployments"
FAILURES = "/api/v2/dora/failures"
T0 = 1_796_032_800  # 2026-11-30T10:00:00Z, in seconds


@pytest.fixture
def dd() -> Iterator[FakeDatadog]:
    with FakeDatadog(dora_times="rfc3339") as fake:
        yield fake


@pytest.fixture
def http(dd: FakeDatadog) -> Iterator[httpx.Client]:
    with checked_client(dd) as c:
        yield c


def send(http: httpx.Client, path: str, body: dict[str, Any]) -> str:
    response = http.post(path, json=body)
    assert response.status_code == 200, response.text
    event_id: str = response.json()["data"]["id"]
    return event_id


def search(http: httpx.Client, path: str, **attributes: Any) -> list[dict[str, Any]]:
    kind = "deployments" if path == DEPLOYMENTS else "failures"
    body = {"data": {"type": f"dora_{kind}_list_request", "attributes": attributes}}
    response = http.post(path, json=body)
    assert response.status_code == 200, response.text
    data: list[dict[str, Any]] = response.json()["data"]
    return data


def test_a_failure_is_stored_read_and_deleted(http: httpx.Client) -> None:
    failure_id = send(http, FAILURE_CREATE, failure_body(started_at=T0, finished_at=T0 + 600))
    got = http.get(FAILURE_GET.format(failure_id)).json()["data"]
    assert got["type"] == "dora_failure"
    attributes = got["attributes"]
    assert (attributes["started_at"], attributes["finished_at"]) == (
        "2026-11-30T10:00:00.000Z",
        "2026-11-30T10:10:00.000Z",
    )
    assert attributes["git"]["repository_url"] == "https://github.com/org/repo.git"
    assert (attributes["services"], attributes["severity"]) == (["shopist"], "SEV-1")

    assert http.delete(FAILURE_DELETE.format(failure_id)).status_code == 202
    assert http.get(FAILURE_GET.format(failure_id)).status_code == 404
    assert http.delete(FAILURE_DELETE.format(failure_id)).status_code == 202  # a retry is fine


def test_the_legacy_incident_endpoint_stores_a_failure(dd: FakeDatadog, http: httpx.Client) -> None:
    incident_id = send(http, INCIDENT_CREATE, failure_body(services=None, team="backend"))
    assert list(dd.failures) == [incident_id]
    assert http.get(FAILURE_GET.format(incident_id)).status_code == 200


@pytest.mark.parametrize(
    "attributes",
    [
        {"services": None, "team": None},
        {"started_at": "2026-11-30T10:00:00Z"},
        {"services": "shopist"},
        {"id": "short"},
    ],
)
def test_an_invalid_failure_is_a_json_api_400(
    dd: FakeDatadog, http: httpx.Client, attributes: dict[str, Any]
) -> None:
    response = http.post(FAILURE_CREATE, json=failure_body(**attributes))
    assert response.status_code == 400
    assert response.json()["errors"][0]["source"]["pointer"].startswith("/data/attributes")
    assert dd.failures == {}


def test_a_retried_write_with_its_own_id_is_one_event(dd: FakeDatadog, http: httpx.Client) -> None:
    own = "deploy-checkout-20261130-01"
    for _ in range(3):
        assert send(http, DORA_CREATE, dora_body(id=own)) == own
        assert send(http, FAILURE_CREATE, failure_body(id=own + "-f")) == own + "-f"
    assert list(dd.deployments) == [own]
    assert list(dd.failures) == [own + "-f"]
    assert len(search(http, DEPLOYMENTS)) == 1
    # without an ID of its own, each send is a new event
    assert send(http, DORA_CREATE, dora_body()) != send(http, DORA_CREATE, dora_body())
    assert len(dd.deployments) == 3


def test_deleting_a_deployment(dd: FakeDatadog, http: httpx.Client) -> None:
    deployment_id = send(http, DORA_CREATE, dora_body())
    assert http.delete(DEPLOYMENT_DELETE.format(deployment_id)).content == b""
    assert http.get(DORA_GET.format(deployment_id)).status_code == 404
    assert dd.deployments == {}


def test_times_can_be_read_as_sent(http: httpx.Client, dd: FakeDatadog) -> None:
    deployment_id = send(http, DORA_CREATE, dora_body(started_at=T0 * 1000, finished_at=T0 * 1000))
    dd.dora_times = "unix"
    attributes = http.get(DORA_GET.format(deployment_id)).json()["data"]["attributes"]
    assert attributes["started_at"] == T0 * 1000
    dd.dora_times = "rfc3339"
    attributes = http.get(DORA_GET.format(deployment_id)).json()["data"]["attributes"]
    assert attributes["started_at"] == "2026-11-30T10:00:00.000Z"


def _seed_deployments(dd: FakeDatadog) -> dict[str, str]:
    ids = {}
    rows = [
        ("web", "prod", "v1", 0, ["region:eu"]),
        ("web", "staging", "v2", 3600, ["region:us"]),
        ("api", "prod", "v7", 7200, ["region:eu"]),
        ("web", "prod", "v3", 10800, []),
        ("worker", "prod", "v1", 14400, None),
    ]
    for service, env, version, offset, tags in rows:
        attributes = {
            "service": service,
            "env": env,
            "version": version,
            "team": "core" if service != "api" else "payments",
            "started_at": (T0 + offset) * 10**9,
            "finished_at": (T0 + offset + 300) * 10**9,
            "custom_tags": tags,
        }
        ids[f"{service}-{version}"] = dd.add_deployment(attributes)
    return ids


def test_searching_deployments_by_window_query_sort_and_limit(
    dd: FakeDatadog, http: httpx.Client
) -> None:
    ids = _seed_deployments(dd)

    def found(**attributes: Any) -> list[str]:
        return [e["id"] for e in search(http, DEPLOYMENTS, **attributes)]

    newest_first = [ids[k] for k in ("worker-v1", "web-v3", "api-v7", "web-v2", "web-v1")]
    assert found() == newest_first
    assert found(limit=2) == newest_first[:2]
    assert found(sort="started_at", limit=2) == [ids["web-v1"], ids["web-v2"]]
    assert found(sort="-finished_at") == newest_first
    assert found(**{"from": "2026-11-30T11:00:00Z", "to": "2026-11-30T12:00:00Z"}) == [
        ids["api-v7"],
        ids["web-v2"],  # both bounds are inclusive
    ]
    assert found(query="service:web env:prod") == [ids["web-v3"], ids["web-v1"]]
    assert found(query="service:(api OR worker)") == [ids["worker-v1"], ids["api-v7"]]
    assert found(query="region:eu -service:api") == [ids["web-v1"]]
    assert found(query="team:payments") == [ids["api-v7"]]
    assert found(query="version:v* env:staging") == [ids["web-v2"]]
    item = search(http, DEPLOYMENTS, query="service:worker")[0]
    assert item["attributes"]["started_at"] == "2026-11-30T14:00:00.000Z"


def test_searching_failures_matches_any_service(dd: FakeDatadog, http: httpx.Client) -> None:
    both = dd.add_failure({"services": ["web", "api"], "severity": "SEV-1", "started_at": T0})
    web = dd.add_failure({"services": ["web"], "severity": "SEV-3", "started_at": T0 + 60})
    dd.add_failure({"team": "data", "started_at": T0 + 120})
    assert [e["id"] for e in search(http, FAILURES, query="service:web")] == [web, both]
    assert [e["id"] for e in search(http, FAILURES, query="severity:(SEV-1 OR SEV-2)")] == [both]
    assert [e["id"] for e in search(http, FAILURES, query="service:api", sort="started_at")] == [
        both
    ]


@pytest.mark.parametrize(
    "attributes",
    [
        {"query": "service:web OR env:prod"},
        {"query": "service:(web"},
        {"sort": "version"},
        {"limit": 0},
        {"limit": 5000},
        {"from": "last week"},
    ],
)
def test_a_search_the_fake_does_not_understand_is_a_400(
    http: httpx.Client, attributes: dict[str, Any]
) -> None:
    body = {"data": {"type": "dora_deployments_list_request", "attributes": attributes}}
    response = http.post(DEPLOYMENTS, json=body)
    assert response.status_code == 400
    assert response.json()["errors"][0]["source"]["pointer"].startswith("/data/attributes/")


def patch_body(**attributes: Any) -> dict[str, Any]:
    return {"data": {"type": "dora_deployment_patch_request", "attributes": attributes}}


def test_marking_a_deployment_as_failed_by_id(dd: FakeDatadog, http: httpx.Client) -> None:
    deployment_id = send(http, DORA_CREATE, dora_body())
    body = patch_body(change_failure=True, remediation={"type": "rollback", "version": "v1.12.06"})
    body["data"]["id"] = deployment_id
    response = http.patch(DORA_GET.format(deployment_id), json=body)
    assert (response.status_code, response.content) == (202, b"")
    assert dd.change_failures == {
        deployment_id: {
            "change_failure": True,
            "remediation": {"type": "rollback", "version": "v1.12.06"},
        }
    }
    back = patch_body(change_failure=False)
    back["data"]["id"] = deployment_id
    assert http.patch(DORA_GET.format(deployment_id), json=back).status_code == 202
    assert dd.change_failures[deployment_id]["change_failure"] is False

    back["data"]["id"] = "another-id"
    assert http.patch(DORA_GET.format(deployment_id), json=back).status_code == 400
    back["data"]["id"] = "no-such-deployment"
    assert http.patch(DORA_GET.format("no-such-deployment"), json=back).status_code == 404


def test_marking_the_latest_deployment_of_a_version(dd: FakeDatadog, http: httpx.Client) -> None:
    ids = _seed_deployments(dd)
    again = dd.add_deployment(
        {"service": "web", "env": "prod", "version": "v1", "started_at": T0 + 20000,
         "finished_at": T0 + 20300}
    )  # fmt: skip
    body = patch_body(
        service="web",
        env="prod",
        version="v1",
        change_failure=True,
        remediation={"type": "rollforward", "id": "deploy-web-v2-0000001"},
    )
    assert http.patch(DEPLOYMENTS, json=body).status_code == 202
    assert list(dd.change_failures) == [again]
    assert ids["web-v1"] not in dd.change_failures
    body["data"]["attributes"]["version"] = "v404"
    assert http.patch(DEPLOYMENTS, json=body).status_code == 404


@pytest.mark.parametrize(
    "attributes",
    [
        {"env": "prod", "version": "v1", "change_failure": True},
        {"service": "web", "env": "prod", "version": "v1"},
        {"service": "web", "env": "prod", "version": "v1", "change_failure": True,
         "remediation": {"type": "rollback", "id": "a", "version": "b"}},
        {"service": "web", "env": "prod", "version": "v1", "change_failure": True,
         "remediation": {"type": "undo", "id": "a"}},
        {"service": "web", "env": "prod", "version": "v1", "change_failure": True,
         "remediation": {"type": "rollback"}},
    ],
)  # fmt: skip
def test_an_invalid_mark_is_a_400(http: httpx.Client, attributes: dict[str, Any]) -> None:
    assert http.patch(DEPLOYMENTS, json=patch_body(**attributes)).status_code == 400


def test_events_are_bounded_oldest_first() -> None:
    small = FakeDatadog(max_items=3)
    ids = [small.add_deployment({"service": "web", "started_at": T0 + n}) for n in range(5)]
    failures = [small.add_failure({"team": "core", "started_at": T0 + n}) for n in range(4)]
    assert list(small.deployments) == ids[2:] and list(small.failures) == failures[1:]
