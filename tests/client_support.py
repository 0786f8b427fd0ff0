"""Shared pieces for the tests that drive the client against the fake server over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from datadog_deployments import ApiClient, AsyncApiClient, Configuration, RetryPolicy
from datadog_deployments.testing import FakeDatadog, ManualClock

# Keys that look real enough to be searched for in every output.
API_KEY = "testapikey-5f2b9c0d41e6a7b8"
APP_KEY = "testappkey-0a9b8c7d6e5f4a3b"
GATE_ID = "e140302e-0cba-40d2-978c-6780647f8f1c"
COMMIT = "66adc9350f2cc9b250b69abddab733dd55e1a588"

FAST_RETRY = RetryPolicy(max_attempts=4, max_elapsed=600, backoff_initial=1, jitter=False)


def deployment_body(**attributes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "service": "checkout-api",
        "env": "production",
        "started_at": 1693491974_000_000_000,
        "finished_at": 1693491984_000_000_000,
        "version": "v1.12.07",
        "team": "payments",
        "git": {"commit_sha": COMMIT, "repository_url": "https://github.com/org/checkout-api.git"},
        "custom_tags": ["department:payments"],
    }
    base.update(attributes)
    return {"data": {"attributes": base}}


def gate_body(
    service: str = "checkout-api", env: str = "production", **extra: Any
) -> dict[str, Any]:
    attributes = {"service": service, "env": env, **extra}
    return {"data": {"type": "deployment_gates_evaluation_request", "attributes": attributes}}


def make_configuration(fake: FakeDatadog, **overrides: Any) -> Configuration:
    options: dict[str, Any] = {
        "host": fake.url,
        "api_key": API_KEY,
        "app_key": APP_KEY,
        "retry": FAST_RETRY,
        "unstable_operations": {
            "trigger_deployment_gates_evaluation": True,
            "get_deployment_gates_evaluation_result": True,
        },
        "environ": {},
    }
    options.update(overrides)
    return Configuration(**options)


@dataclass
class Sleeps:
    """Records what the client would have slept, and moves a virtual clock instead."""

    clock: ManualClock
    waits: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.clock.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)


@dataclass
class Rig:
    """A fake Datadog and a sync and an async client on one virtual clock."""

    fake: FakeDatadog
    clock: ManualClock
    sleeps: Sleeps
    configuration: Configuration

    def client(self) -> ApiClient:
        return ApiClient(self.configuration, clock=self.clock, sleep=self.sleeps)

    def async_client(self) -> AsyncApiClient:
        return AsyncApiClient(self.configuration, clock=self.clock, sleep=self.sleeps.asleep)


@pytest.fixture
def rig() -> Iterator[Rig]:
    clock = ManualClock(start=1000.0)
    with FakeDatadog(clock=clock, api_key=API_KEY, app_key=APP_KEY) as fake:
        yield Rig(fake, clock, Sleeps(clock), make_configuration(fake))
