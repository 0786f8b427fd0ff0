"""Shared helpers for the fake server's tests: request bodies and a client for a FakeDatadog."""

from __future__ import annotations

from typing import Any

import httpx
from datadog_deployments.testing import FakeDatadog
from datadog_deployments.testing.routes import Router
from datadog_deployments_api.spec_index import OPERATIONS
from oracle import assert_wire_valid

DORA_CREATE = "/api/v2/dora/deployment"
DORA_GET = "/api/v2/dora/deployments/{}"
GATES_TRIGGER = "/api/v2/deployments/gates/evaluation"
GATES_RESULT = "/api/v2/deployments/gates/evaluation/{}"
SHA = "66adc9350f2cc9b250b69abddab733dd55e1a588"


def keys(dd: FakeDatadog) -> dict[str, str]:
    return {"DD-API-KEY": dd.api_key, "DD-APPLICATION-KEY": dd.app_key}


def client(dd: FakeDatadog, **kwargs: Any) -> httpx.Client:
    """An httpx client for the fake, with both keys and a short timeout."""
    kwargs.setdefault("headers", keys(dd))
    kwargs.setdefault("timeout", 5.0)
    return httpx.Client(base_url=dd.url, **kwargs)


_ROUTER = Router(OPERATIONS.values())


def check_answer(response: httpx.Response) -> None:
    """Assert that an answer of the fake is one the spec documents for its operation, with a
    body the strict oracle accepts (an httpx response hook)."""
    response.read()
    request = response.request
    match = _ROUTER.match(request.method, request.url.raw_path.decode().partition("?")[0])
    operation = match.operation
    if operation is None:
        return
    key = (operation.operation_id, response.status_code)
    assert response.status_code in operation.responses, f"undocumented answer {key}"
    schema = operation.responses[response.status_code]
    if schema is None:
        assert response.content == b"", f"{key} documents no body"
    else:
        assert_wire_valid(schema, response.json())


def checked_client(dd: FakeDatadog, **kwargs: Any) -> httpx.Client:
    """:func:`client`, whose every answer is checked by :func:`check_answer`."""
    return client(dd, event_hooks={"response": [check_answer]}, **kwargs)


def dora_body(**attributes: Any) -> dict[str, Any]:
    """A valid deployment event; keyword arguments override (None removes) attributes."""
    attrs: dict[str, Any] = {
        "service": "shopist",
        "env": "production",
        "started_at": 1693491974000000000,
        "finished_at": 1693491984000000000,
        "version": "v1.12.07",
        "team": "backend",
        "git": {"commit_sha": SHA, "repository_url": "https://github.com/org/repo.git"},
        "custom_tags": ["language:java"],
    }
    for name, value in attributes.items():
        if value is None:
            attrs.pop(name, None)
        else:
            attrs[name] = value
    return {"data": {"attributes": attrs}}


def failure_body(**attributes: Any) -> dict[str, Any]:
    """A valid failure (incident) event; keyword arguments override (None removes) attributes."""
    attrs: dict[str, Any] = {
        "services": ["shopist"],
        "env": "production",
        "started_at": 1693491974000000000,
        "finished_at": 1693491984000000000,
        "name": "Webserver is down",
        "severity": "SEV-1",
        "team": "backend",
        "version": "v1.12.07",
        "git": {"commit_sha": SHA, "repository_url": "https://github.com/org/repo.git"},
        "custom_tags": ["language:java"],
    }
    for name, value in attributes.items():
        if value is None:
            attrs.pop(name, None)
        else:
            attrs[name] = value
    return {"data": {"attributes": attrs}}


def gate_body(service: str = "checkout", env: str = "prod", **attributes: Any) -> dict[str, Any]:
    """A trigger request body."""
    return {
        "data": {
            "type": "deployment_gates_evaluation_request",
            "attributes": {"service": service, "env": env, **attributes},
        }
    }


def trigger(http: httpx.Client, **kwargs: Any) -> str:
    """Trigger an evaluation that must be accepted; returns its ID."""
    response = http.post(GATES_TRIGGER, json=gate_body(**kwargs))
    assert response.status_code == 202, response.text
    evaluation_id: str = response.json()["data"]["id"]
    return evaluation_id


def result(http: httpx.Client, evaluation_id: str) -> httpx.Response:
    return http.get(GATES_RESULT.format(evaluation_id))
