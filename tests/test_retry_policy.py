"""The retry decision, without I/O: what is retried, how long it waits, when it stops."""

from __future__ import annotations

import functools

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
    assert decide("GET", Answer(429, {})) == 1.0  # no header: backoff, but at least the floor


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Retry-After": "garbage"},
        {"Retry-After": "nan"},
        {"Retry-After": "1e309"},
        {"X-RateLimit-Reset": "nan"},
        {"X-RateLimit-Reset": "1e309", "Retry-After": "-inf"},
        {"X-RateLimit-Reset": "", "Retry-After": ""},
    ],
)
def test_429_without_a_usable_wait_still_waits_the_floor(headers: dict[str, str]) -> None:
    for attempt in (1, 2, 3):
        for rand in (0.0, 0.5, 1.0):
            wait = POLICY.delay(
                method="GET",
                attempt=attempt,
                elapsed=0,
                outcome=Answer(429, headers),
                rand=functools.partial(float, rand),
            )
            assert wait is not None and wait >= 1.0


@pytest.mark.parametrize("method", ["PUT", "DELETE", "HEAD", "OPTIONS"])
def test_idempotent_methods_retry_like_get(method: str) -> None:
    for outcome in (Answer(500, {}), Answer(408, {}), Failure(FailureKind.TIMED_OUT)):
        assert decide(method, outcome) is not None
    assert decide(method, Answer(404, {})) is None


def test_a_repeatable_write_retries_like_a_get_and_never_on_4xx() -> None:
    def repeat(outcome: Answer | Failure) -> float | None:
        return POLICY.delay(
            method="POST", attempt=1, elapsed=0, outcome=outcome, rand=half, repeatable=True
        )

    for status in (408, 429, 500, 502, 503, 504):
        assert repeat(Answer(status, {})) is not None
    for kind in FailureKind:
        assert repeat(Failure(kind)) is not None
    for status in (400, 401, 403, 404, 409, 422):
        assert repeat(Answer(status, {})) is None
    assert decide("POST", Answer(408, {})) is None  # not without the spec's say-so
    assert decide("PATCH", Answer(500, {})) is None


def test_by_default_only_the_budget_ends_the_retries() -> None:
    policy = RetryPolicy()
    elapsed, attempt = 0.0, 0
    while True:
        attempt += 1
        wait = policy.delay(
            method="GET",
            attempt=attempt,
            elapsed=elapsed,
            outcome=Failure(FailureKind.NOT_CONNECTED),
            rand=half,
        )
        if wait is None:
            break
        elapsed += wait
    # About a minute of an unreachable host is survived, and no attempt starts past it.
    assert 50 <= elapsed < 60 and attempt > 10


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
