"""Waiting for a gate's verdict: one decision policy, driven by a sync and an async loop.

`GatePoll` does no I/O. After every poll a loop hands it what happened (a result or an
exception) and the time, and gets back a `PollEvent` saying "done" or "sleep N seconds";
errors that end the wait are raised from it. The loops only call, report and sleep.

Rules, from the API documentation: poll every 10 to 20 seconds; a 404 soon after the trigger
means "too soon" and is retried after a few seconds, but a 404 outliving the grace period is
an error; a 429 waits until the rate limit resets; 5xx and network errors are retried until the
deadline; any other error (400, 401, 403, ...) stops at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import (
    ApiException,
    DatadogDeploymentsError,
    NotFoundException,
    ResponseDecodeError,
    ServiceException,
    TooManyRequestsException,
    TransportError,
    printable,
)
from .retries import rate_limit_wait

if TYPE_CHECKING:  # the model (and attrs) load with the first poll, not with the API class
    from datadog_deployments_api.models import DeploymentGatesEvaluationResultResponse

    Result = DeploymentGatesEvaluationResultResponse

DEFAULT_TIMEOUT = 3 * 3600.0  # rules may watch a deployment for up to 7200 s
DEFAULT_POLL_INTERVAL = 15.0  # the documentation recommends 10 to 20 s
DEFAULT_NOT_FOUND_GRACE = 30.0
DEFAULT_NOT_FOUND_INTERVAL = 3.0  # "retry after a few seconds"


class GateTimeoutError(DatadogDeploymentsError, TimeoutError):
    """The deadline passed before a verdict. `last_result` holds the last state seen (or None);
    `last_error` the error of the last poll when it failed (a 5xx, a network error...).

    `unanswered` is True when no poll got an answer at all: then the deadline passed because
    Datadog could not answer, not because the evaluation was slow, and `__cause__` is the last
    error."""

    def __init__(
        self,
        evaluation_id: str,
        elapsed: float,
        polls: int,
        last_result: Result | None,
        last_error: Exception | None = None,
    ) -> None:
        from .verdict import gate_status

        if last_result is not None:
            status = gate_status(last_result)
        elif last_error is not None:
            status = f"never answered (last error: {_describe(last_error)})"
        else:
            status = "never answered"
        super().__init__(
            f"no verdict for gate evaluation {evaluation_id} after {elapsed:.0f}s "
            f"and {polls} poll(s); last status: {printable(status)}"
        )
        self.evaluation_id = evaluation_id
        self.elapsed = elapsed
        self.polls = polls
        self.last_result = last_result
        self.last_error = last_error

    @property
    def unanswered(self) -> bool:
        return self.last_result is None and self.last_error is not None


def _describe(error: Exception) -> str:
    if isinstance(error, ApiException):
        return f"HTTP {error.status}"
    return type(error).__name__


class EvaluationNotFoundError(DatadogDeploymentsError):
    """The evaluation was still unknown after the grace period. The 404 is the __cause__."""


@dataclass(frozen=True)
class PollEvent:
    """What one poll saw, and what happens next; handed to the progress callback."""

    evaluation_id: str
    poll: int  # 1 for the first request
    elapsed: float  # seconds since the wait began
    result: Result | None  # the answer, when the poll got one
    error: Exception | None  # the failure, when it did not
    done: bool
    wait: float  # seconds until the next poll (0 when done)

    @property
    def status(self) -> str:
        from .verdict import gate_status

        if self.result is not None:
            return gate_status(self.result)
        if isinstance(self.error, ApiException):
            return f"HTTP {self.error.status}"
        return type(self.error).__name__ if self.error else "unknown"


ProgressCallback = Callable[[PollEvent], None]


@dataclass
class GatePoll:
    """The polling policy for one evaluation. Feed it each poll's outcome with `record`."""

    evaluation_id: str
    started: float  # clock reading when the wait began (the trigger, for a fresh evaluation)
    timeout: float = DEFAULT_TIMEOUT
    poll_interval: float = DEFAULT_POLL_INTERVAL
    not_found_grace: float = DEFAULT_NOT_FOUND_GRACE
    not_found_interval: float = DEFAULT_NOT_FOUND_INTERVAL
    polls: int = field(default=0, init=False)
    last_result: Result | None = field(default=None, init=False)
    _errors_in_a_row: int = field(default=0, init=False)

    def left(self, now: float) -> float:
        """Seconds of the wait left at `now`: what the next poll may take, all of it."""
        return max(0.0, self.timeout - (now - self.started))

    def record(self, outcome: Result | Exception, now: float) -> PollEvent:
        """Account for one poll; return what to do next, or raise what ends the wait."""
        from .verdict import FINAL_STATUSES, gate_status

        self.polls += 1
        elapsed = now - self.started
        if isinstance(outcome, Exception):
            wait = self._wait_after_error(outcome, elapsed)
            return self._next(None, outcome, elapsed, wait)
        self._errors_in_a_row = 0
        self.last_result = outcome
        if gate_status(outcome) in FINAL_STATUSES:
            return PollEvent(self.evaluation_id, self.polls, elapsed, outcome, None, True, 0.0)
        return self._next(outcome, None, elapsed, self.poll_interval)

    def _wait_after_error(self, error: Exception, elapsed: float) -> float:
        if isinstance(error, NotFoundException):
            if elapsed >= self.not_found_grace:
                raise EvaluationNotFoundError(
                    f"gate evaluation {self.evaluation_id} still not found {elapsed:.0f}s "
                    f"after the wait began (grace period {self.not_found_grace:.0f}s)"
                ) from error
            return self.not_found_interval
        if isinstance(error, TooManyRequestsException):
            reset = rate_limit_wait(error.headers)
            return self.poll_interval if reset is None else reset
        if isinstance(error, (ServiceException, TransportError, ResponseDecodeError)):
            self._errors_in_a_row += 1
            return min(self.poll_interval, 2.0 ** (self._errors_in_a_row - 1))
        raise error  # 400, 401, 403 and anything unexpected: waiting cannot fix it

    def _next(
        self, result: Result | None, error: Exception | None, elapsed: float, wait: float
    ) -> PollEvent:
        remaining = self.timeout - elapsed
        if remaining <= 0:
            raise GateTimeoutError(
                self.evaluation_id, elapsed, self.polls, self.last_result, error
            ) from error
        # The last poll lands on the deadline rather than giving up early.
        wait = min(wait, remaining)
        return PollEvent(self.evaluation_id, self.polls, elapsed, result, error, False, wait)
