"""When to try a request again, decided without doing any I/O.

The sync and async clients run the same decision: after each attempt they describe what
happened (`Answer` or `Failure`) and ask `RetryPolicy.delay` how long to wait before the next
attempt, or None to stop.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import Enum
from time import time


class FailureKind(Enum):
    """How an attempt failed without an HTTP answer."""

    NOT_CONNECTED = "not connected"  # the connection never opened: the server did nothing
    TIMED_OUT = "timed out"  # sent, no answer in time: the server may have acted
    CONNECTION_LOST = "connection lost"  # sent, connection broke: the server may have acted


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Mapping[str, str]


@dataclass(frozen=True)
class Failure:
    kind: FailureKind


Outcome = Answer | Failure

_RETRYABLE_STATUSES = frozenset({429}) | frozenset(range(500, 600))


@dataclass(frozen=True)
class RetryPolicy:
    """Safe retry defaults; `Configuration(retry=None)` switches retries off.

    GETs are retried on 429, 5xx and any network failure. A POST is retried only when the
    server surely did not act on it: on 429, or when the connection never opened. Waits grow
    exponentially with full jitter; a 429 waits what X-RateLimit-Reset or Retry-After says.
    """

    max_attempts: int = 4
    max_elapsed: float = 60.0  # seconds from the first attempt; no retry would end later
    backoff_initial: float = 0.5
    backoff_max: float = 10.0
    backoff_multiplier: float = 2.0
    jitter: bool = True

    def delay(
        self,
        *,
        method: str,
        attempt: int,
        elapsed: float,
        outcome: Outcome,
        rand: Callable[[], float] = random.random,
    ) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to give up now."""
        if attempt >= self.max_attempts or not self._retryable(method, outcome):
            return None
        wait = rate_limit_wait(outcome.headers) if isinstance(outcome, Answer) else None
        if wait is None:
            ceiling = self.backoff_initial * self.backoff_multiplier ** (attempt - 1)
            ceiling = min(self.backoff_max, ceiling)
            wait = ceiling * rand() if self.jitter else ceiling
        if elapsed + wait > self.max_elapsed:
            return None
        return wait

    @staticmethod
    def _retryable(method: str, outcome: Outcome) -> bool:
        if isinstance(outcome, Answer):
            if method.upper() == "GET":
                return outcome.status in _RETRYABLE_STATUSES
            return outcome.status == 429
        return method.upper() == "GET" or outcome.kind is FailureKind.NOT_CONNECTED


NO_RETRY = RetryPolicy(max_attempts=1)


def rate_limit_wait(headers: Mapping[str, str], now: Callable[[], float] = time) -> float | None:
    """Seconds the server asked us to wait: X-RateLimit-Reset, else Retry-After; None if neither."""
    lower = {k.lower(): v.strip() for k, v in headers.items()}
    reset = lower.get("x-ratelimit-reset")
    if reset is not None:
        try:
            return max(0.0, float(reset))
        except ValueError:
            pass
    retry_after = lower.get("retry-after")
    if retry_after is None:
        return None
    try:
        return max(0.0, float(retry_after))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(retry_after).timestamp() - now())
    except (TypeError, ValueError):
        return None
