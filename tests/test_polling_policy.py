"""The polling decision, without I/O: each rule on its own."""

from __future__ import annotations

from typing import Any

import pytest
from datadog_deployments import (
    BadRequestException,
    ConnectError,
    EvaluationNotFoundError,
    ForbiddenException,
    GatePoll,
    GateTimeoutError,
    NotFoundException,
    ServiceException,
    TooManyRequestsException,
    UnauthorizedException,
)
from datadog_deployments.errors import ApiException
from datadog_deployments_api.models import DeploymentGatesEvaluationResultResponse as Result

EVALUATION = "e9d2f04f-4f4b-494b-86e5-52f03e10c8e9"


def result(status: str, rules: list[dict[str, Any]] | None = None) -> Result:
    return Result.from_dict(
        {
            "data": {
                "id": EVALUATION,
                "type": "deployment_gates_evaluation_result_response",
                "attributes": {
                    "dry_run": False,
                    "evaluation_id": EVALUATION,
                    "evaluation_url": "https://app.datadoghq.com/ci/deployment-gates/evaluations",
                    "gate_id": "e140302e-0cba-40d2-978c-6780647f8f1c",
                    "gate_status": status,
                    "rules": rules or [],
                },
            }
        }
    )


def api_error(
    cls: type[ApiException], status: int, headers: dict[str, str] | None = None
) -> ApiException:
    return cls(status=status, reason="", headers=headers or {}, body="", operation="op")


def poll(**settings: float) -> GatePoll:
    return GatePoll(EVALUATION, started=100.0, **settings)


def test_in_progress_polls_again_after_the_interval_and_a_verdict_ends_it() -> None:
    policy = poll(poll_interval=15)
    event = policy.record(result("in_progress"), now=100.0)
    assert (event.done, event.wait, event.status) == (False, 15, "in_progress")
    final = policy.record(result("fail"), now=115.0)
    assert final.done and final.status == "fail" and final.poll == 2


def test_unknown_status_keeps_polling() -> None:
    event = poll().record(result("paused"), now=100.0)
    assert not event.done and event.status == "paused"


def test_early_404_is_retried_after_a_few_seconds() -> None:
    event = poll(not_found_grace=30, not_found_interval=3).record(
        api_error(NotFoundException, 404), now=110.0
    )
    assert (event.done, event.wait, event.status) == (False, 3, "HTTP 404")


def test_404_past_the_grace_period_is_an_error() -> None:
    with pytest.raises(EvaluationNotFoundError, match="grace") as caught:
        poll(not_found_grace=30).record(api_error(NotFoundException, 404), now=130.0)
    assert isinstance(caught.value.__cause__, NotFoundException)


def test_429_waits_for_the_reset() -> None:
    error = api_error(TooManyRequestsException, 429, {"X-RateLimit-Reset": "42"})
    assert poll().record(error, now=100.0).wait == 42


def test_5xx_and_network_errors_back_off_up_to_the_interval() -> None:
    policy = poll(poll_interval=5)
    errors = [
        api_error(ServiceException, 503),
        ConnectError("down"),
        api_error(ServiceException, 500),
    ] * 2
    waits = [policy.record(error, now=100.0).wait for error in errors]
    assert waits == [1, 2, 4, 5, 5, 5]
    assert policy.record(result("in_progress"), now=100.0).wait == 5
    assert policy.record(api_error(ServiceException, 502), now=100.0).wait == 1  # streak reset


@pytest.mark.parametrize(
    ("cls", "status"),
    [(BadRequestException, 400), (UnauthorizedException, 401), (ForbiddenException, 403)],
)
def test_client_errors_stop_at_once(cls: type[ApiException], status: int) -> None:
    error = api_error(cls, status)
    with pytest.raises(cls) as caught:
        poll().record(error, now=100.0)
    assert caught.value is error


def test_the_last_poll_lands_on_the_deadline() -> None:
    event = poll(timeout=20, poll_interval=15).record(result("in_progress"), now=110.0)
    assert event.wait == 10


def test_deadline_raises_with_the_last_result_seen() -> None:
    policy = poll(timeout=20)
    last = result("in_progress", [{"name": "monitors", "status": "in_progress"}])
    policy.record(last, now=105.0)
    with pytest.raises(GateTimeoutError) as caught:
        policy.record(api_error(ServiceException, 500), now=120.0)
    error = caught.value
    assert error.last_result is last and error.polls == 2 and error.elapsed == 20
    assert "in_progress" in str(error) and EVALUATION in str(error)


def test_deadline_without_any_result() -> None:
    with pytest.raises(GateTimeoutError, match="never answered") as caught:
        poll(timeout=5).record(ConnectError("down"), now=106.0)
    assert caught.value.last_result is None


def test_deadline_after_errors_only_carries_the_last_error() -> None:
    """Every poll failing until the deadline is told apart from a slow evaluation."""
    policy = poll(timeout=20)
    policy.record(ConnectError("down"), now=101.0)
    last = api_error(ServiceException, 503)
    with pytest.raises(
        GateTimeoutError, match=r"never answered \(last error: HTTP 503\)"
    ) as caught:
        policy.record(last, now=121.0)
    error = caught.value
    assert error.unanswered and error.last_error is last and error.__cause__ is last
    slow = poll(timeout=20)
    slow.record(result("in_progress"), now=101.0)
    with pytest.raises(GateTimeoutError) as caught:
        slow.record(result("in_progress"), now=121.0)
    assert not caught.value.unanswered and caught.value.last_error is None


@pytest.mark.parametrize("reset", ["0", "-3", "nan"])
def test_a_429_asking_for_no_wait_still_waits(reset: str) -> None:
    error = api_error(TooManyRequestsException, 429, {"X-RateLimit-Reset": reset})
    wait = poll(poll_interval=15).record(error, now=100.0).wait
    assert wait == (15 if reset == "nan" else 1.0)
