"""The retry decision, without I/O: what is retried, how long it waits, when it stops."""

from __future__ import annotations

import pytest
from datadog_deployments.retries import (
    NO_RETRY,
    Answer,
    Failure,
    FailureKind,
    RetryPolicy,
    rate_limit_wait,
)

POLICY = RetryPolicy(max_attempts=4, max_elapsed=60, backoff_initial=0.5, backoff_max=4)


def half() -> float:
    return 0.5


def decide(
    method: str, outcome: Answer | Failure, attempt: int = 1, elapsed: float = 0
) -> float | None:
    return POLICY.delay(method=method, attempt=attempt, elapsed=elapsed, outcome=outcome, rand=half)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_get_retries_429_and_5xx(status: int) -> None:
    assert decide("GET", Answer(status, {})) is not None


@pytest.mark.parametrize("status", [200, 202, 400, 401, 403, 404])
def test_final_answers_are_not_retried(status: int) -> None:
    assert decide("GET", Answer(status, {})) is None
    assert decide("POST", Answer(status, {})) is None


@pytest.mark.parametrize("kind", list(FailureKind))
def test_get_retries_every_network_failure(kind: FailureKind) -> None:
    assert decide("GET", Failure(kind)) is not None


def test_post_is_retried_only_when_the_server_surely_did_not_act() -> None:
    assert decide("POST", Answer(429, {})) is not None
    assert decide("POST", Failure(FailureKind.NOT_CONNECTED)) is not None
    assert decide("POST", Failure(FailureKind.TIMED_OUT)) is None
    assert decide("POST", Failure(FailureKind.CONNECTION_LOST)) is None
    assert decide("POST", Answer(500, {})) is None
    assert decide("POST", Answer(503, {})) is None


def test_backoff_grows_exponentially_with_full_jitter_and_a_cap() -> None:
    waits = [decide("GET", Answer(503, {}), attempt=n) for n in (1, 2, 3)]
    assert waits == [0.25, 0.5, 1.0]  # ceiling 0.5, 1, 2 times rand() = 0.5
    capped = RetryPolicy(max_attempts=10, backoff_initial=0.5, backoff_max=4, jitter=False)
    assert capped.delay(method="GET", attempt=8, elapsed=0, outcome=Answer(503, {})) == 4


def test_attempts_are_bounded() -> None:
    assert decide("GET", Answer(503, {}), attempt=3) is not None
    assert decide("GET", Answer(503, {}), attempt=4) is None
    assert NO_RETRY.delay(method="GET", attempt=1, elapsed=0, outcome=Answer(503, {})) is None


def test_total_time_is_bounded() -> None:
    assert decide("GET", Answer(503, {}), elapsed=59.9) is None
    assert decide("GET", Answer(429, {"X-RateLimit-Reset": "30"}), elapsed=31) is None


def test_429_waits_what_the_rate_limit_headers_say() -> None:
    assert decide("GET", Answer(429, {"X-RateLimit-Reset": "7"})) == 7
    assert decide("POST", Answer(429, {"x-ratelimit-reset": "3"})) == 3
    assert decide("GET", Answer(429, {"Retry-After": "5"})) == 5
    assert decide("GET", Answer(429, {})) == 0.25  # no header: ordinary backoff


def test_rate_limit_wait_reads_reset_then_retry_after() -> None:
    assert rate_limit_wait({"X-RateLimit-Reset": "2", "Retry-After": "9"}) == 2
    assert rate_limit_wait({"X-RateLimit-Reset": "soon", "Retry-After": "9"}) == 9
    assert (
        rate_limit_wait({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, now=lambda: 1445412470.0)
        == 10
    )
    assert rate_limit_wait({"Retry-After": "garbage"}) is None
    assert rate_limit_wait({}) is None
    # Never sooner than a second after a 429, whatever the headers say.
    for reset in ("-4", "0", "0.2"):
        assert rate_limit_wait({"X-RateLimit-Reset": reset}) == 1.0
    assert rate_limit_wait({"X-RateLimit-Reset": "nan", "Retry-After": "3"}) == 3
    assert rate_limit_wait({"X-RateLimit-Reset": "inf"}) is None
