"""Keys and paths: which headers each operation needs (from spec_index), 401/403/404/405."""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from datadog_deployments.testing import FakeDatadog
from datadog_deployments.testing.operations import BEHAVIOURS
from datadog_deployments_api.spec_index import OPERATIONS, Operation
from fake_server_support import check_answer, client, dora_body, failure_body, gate_body

EVALUATION_ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"


_shared: list[httpx.Client] = []  # one client for the module: building one takes ~50 ms


@pytest.fixture(scope="module", autouse=True)
def shared_client() -> Iterator[None]:
    with httpx.Client(timeout=5) as c:
        _shared.append(c)
        yield
        _shared.clear()


@pytest.fixture
def dd() -> Iterator[FakeDatadog]:
    with FakeDatadog(api_key="the-api-key", app_key="the-app-key") as fake:
        fake.add_gate("checkout", "prod")
        yield fake


def _send(dd: FakeDatadog, operation: Operation, headers: dict[str, str]) -> httpx.Response:
    """One request to ``operation`` with exactly these headers."""
    path = operation.path.format(
        deployment_id="some-deployment-id",
        failure_id="some-failure-id",
        gate_id="some-gate-id",
        id=EVALUATION_ID,
    )
    body: Any = None
    if operation.operation_id == "CreateDORADeployment":
        body = dora_body()
    elif operation.operation_id in ("CreateDORAFailure", "CreateDORAIncident"):
        body = failure_body()
    elif operation.operation_id == "TriggerDeploymentGatesEvaluation":
        body = gate_body()
    return _shared[0].request(operation.method, dd.url + path, json=body, headers=headers)


def _good_keys(dd: FakeDatadog, operation: Operation) -> dict[str, str]:
    sent = {"DD-API-KEY": dd.api_key, "DD-APPLICATION-KEY": dd.app_key}
    return {name: sent[name] for name in operation.auth_headers}


def _is_gates(operation: Operation) -> bool:
    return operation.tag == "Deployment Gates"


def test_keys_come_from_the_constructor(dd: FakeDatadog) -> None:
    assert (dd.api_key, dd.app_key) == ("the-api-key", "the-app-key")
    assert (FakeDatadog().api_key, FakeDatadog().app_key) == ("fake-api-key", "fake-app-key")
    assert FakeDatadog(access_token="t0k3n").access_token == "t0k3n"


def test_the_fake_serves_every_operation_of_the_spec() -> None:
    assert set(BEHAVIOURS) == set(OPERATIONS)


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=list(OPERATIONS))
def test_an_oauth_token_replaces_both_keys_where_the_app_key_is_taken(
    dd: FakeDatadog, operation: Operation
) -> None:
    token = {"Authorization": f"Bearer {dd.access_token}"}
    response = _send(dd, operation, token)
    if "DD-APPLICATION-KEY" in operation.auth_headers:
        assert response.status_code not in (401, 403), response.text
        wrong = _send(dd, operation, {"Authorization": "Bearer not-the-token"})
        assert (wrong.status_code, wrong.json()) == (403, {"errors": ["Forbidden"]})
    else:  # sending a DORA event takes the API key only
        assert response.status_code == 403


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=list(OPERATIONS))
def test_the_documented_keys_are_enough(dd: FakeDatadog, operation: Operation) -> None:
    response = _send(dd, operation, _good_keys(dd, operation))
    assert response.status_code not in (401, 403), response.text


@pytest.mark.parametrize(
    ("operation", "header"),
    [(op, h) for op in OPERATIONS.values() for h in op.auth_headers],
    ids=[f"{op.operation_id}-{h}" for op in OPERATIONS.values() for h in op.auth_headers],
)
def test_a_missing_or_wrong_key_is_refused(
    dd: FakeDatadog, operation: Operation, header: str
) -> None:
    headers = _good_keys(dd, operation)
    del headers[header]
    missing = _send(dd, operation, headers)
    if _is_gates(operation):
        assert (missing.status_code, missing.json()) == (401, {"errors": ["Unauthorized"]})
    else:
        assert (missing.status_code, missing.json()) == (403, {"errors": ["Forbidden"]})

    headers[header] = "not-the-key"
    wrong = _send(dd, operation, headers)
    assert (wrong.status_code, wrong.json()) == (403, {"errors": ["Forbidden"]})

    headers[header] = ""
    assert _send(dd, operation, headers).status_code == missing.status_code


def test_sending_an_event_needs_only_the_api_key(dd: FakeDatadog) -> None:
    response = _send(dd, OPERATIONS["CreateDORADeployment"], {"DD-API-KEY": "the-api-key"})
    assert response.status_code == 200
    wrong_app_key = {"DD-API-KEY": "the-api-key", "DD-APPLICATION-KEY": "whatever"}
    assert _send(dd, OPERATIONS["CreateDORADeployment"], wrong_app_key).status_code == 200


def test_refused_requests_do_nothing(dd: FakeDatadog) -> None:
    _send(dd, OPERATIONS["CreateDORADeployment"], {"DD-API-KEY": "nope"})
    _send(dd, OPERATIONS["TriggerDeploymentGatesEvaluation"], {})
    assert dd.deployments == {}
    assert dd.evaluations == []


def test_key_header_names_are_case_insensitive(dd: FakeDatadog) -> None:
    headers = {"dd-api-key": dd.api_key, "Dd-Application-Key": dd.app_key}
    assert _send(dd, OPERATIONS["TriggerDeploymentGatesEvaluation"], headers).status_code == 202


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/api/v2/dora/deployment/",
        "/api/v2/dora/deployments/",
        "/api/v2/dora/deployments/a/b",
        "/api/v1/dora/deployment",
        "/API/v2/dora/deployment",
        "/api/v2/deployments/gates/evaluation/",
        "/api/v2/deployments/gates/evaluations",
    ],
)
def test_unknown_paths_are_a_json_404(dd: FakeDatadog, path: str) -> None:
    with client(dd) as c:
        response = c.post(path, json={}) if "deployment" in path else c.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"errors": ["Not Found"]}
    assert dd.requests[-1].operation is None


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("GET", "/api/v2/dora/deployment", "POST"),
        ("DELETE", "/api/v2/dora/deployments/x", "GET, PATCH"),
        ("POST", "/api/v2/deployment_gates/evaluations", "GET"),
        ("DELETE", "/api/v2/deployment_gates/evaluations/rules", "GET"),
        ("PATCH", "/api/v2/deployment_gates/a-gate/rules/a-rule", "GET, PUT, DELETE"),
        ("PUT", "/api/v2/deployments/gates/evaluation", "POST"),
        ("POST", f"/api/v2/deployments/gates/evaluation/{EVALUATION_ID}", "GET"),
        ("PATCH", "/api/v2/dora/deployment", "POST"),
        ("OPTIONS", "/api/v2/dora/deployment", "POST"),
    ],
)
def test_other_methods_are_a_405(dd: FakeDatadog, method: str, path: str, allowed: str) -> None:
    with client(dd) as c:
        response = c.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allowed
    assert response.json() == {"errors": ["Method Not Allowed"]}


def test_head_gets_headers_without_a_body(dd: FakeDatadog) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", int(dd.url.rsplit(":", 1)[1]), timeout=5)
    try:
        connection.request("HEAD", "/api/v2/dora/deployment")
        response = connection.getresponse()
        assert response.status == 405
        assert int(response.headers["Content-Length"]) > 0
        assert response.read() == b""
        connection.request("GET", "/nowhere")  # the connection is still usable
        assert connection.getresponse().status == 404
    finally:
        connection.close()


@pytest.mark.parametrize(
    "operation",
    [op for op in OPERATIONS.values() if op.request_schema],
    ids=[key for key, op in OPERATIONS.items() if op.request_schema],
)
@pytest.mark.parametrize("body", [b"{not json", b"[]", b'"data"', b""])
def test_a_malformed_body_is_a_400_in_the_documented_shape(
    dd: FakeDatadog, operation: Operation, body: bytes
) -> None:
    path = operation.path.format(deployment_id="d", gate_id="g", id="i")
    headers = {**_good_keys(dd, operation), "Content-Type": "application/json"}
    response = _shared[0].request(operation.method, dd.url + path, content=body, headers=headers)
    if operation.path.count("{") and operation.method == "PUT":
        assert response.status_code in (400, 404)  # the gate or rule is looked up first
    else:
        assert response.status_code == 400, response.text
    check_answer(response)
