"""Shared helpers for the fake server's tests: request bodies and a client for a FakeDatadog."""

from __future__ import annotations

from typing import Any

import httpx
from datadog_deployments.testing import FakeDatadog

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
