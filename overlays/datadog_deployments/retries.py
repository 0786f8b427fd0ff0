"""When to try a request again, decided without doing any I/O.

The sync and async clients run the same decision: after each attempt they describe what
happened (`Answer` or `Failure`) and ask `RetryPolicy.delay` how long to wait before the next
attempt, or None to stop.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import Enum
from time import time

from .errors import RateLimit


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

# Statuses worth asking again for a request that is safe to repeat: the server timed out
# waiting (408), asked us to slow down (429), or failed (5xx). Never 400/401/403/404: the same
# request would get the same answer.
_RETRYABLE_STATUSES = frozenset({408, 429}) | frozenset(range(500, 600))

# Methods whose repetition cannot do harm (RFC 9110 idempotent methods).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class RetryPolicy:
    """Safe and persistent retry defaults; `Configuration(retry=None)` switches retries off.

    A request that is safe to repeat (an idempotent method, or a write the spec marks so: one
    carrying an idempotency ID, or one harmless to repeat) is retried on 408, 429, 5xx and any
    network failure. Any other write is retried only when the server surely did not act on it:
    on 429, or when the connection never opened. Waits grow exponentially with full jitter; a
    429 waits what X-RateLimit-Reset or Retry-After says, never less than a second.

    `max_elapsed` is the call's budget: no attempt runs past it, so a minute of an unreachable
    host or a failing server is survived and the call still ends on time. `max_attempts`
    (None: no limit but the budget) caps the number of attempts.
    """

    max_attempts: int | None = None
    max_elapsed: float = 60.0  # seconds from the first attempt; no attempt runs past it
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
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
        repeatable: bool = False,
    ) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to give up now.

        `repeatable` says the operation is safe to send again whatever its method (the spec's
        x-idempotency-key with an ID in the body, or x-repeatable).
        """
        if self.max_attempts is not None and attempt >= self.max_attempts:
            return None
        if not self.retryable(method, outcome, repeatable=repeatable):
            return None
        rate_limited = isinstance(outcome, Answer) and outcome.status == 429
        wait = rate_limit_wait(outcome.headers) if isinstance(outcome, Answer) else None
        if wait is None:
            ceiling = self.backoff_initial * self.backoff_multiplier ** (attempt - 1)
            ceiling = min(self.backoff_max, ceiling)
            wait = ceiling * rand() if self.jitter else ceiling
            if rate_limited:  # no usable header: still never sooner than the floor
                wait = max(MIN_RATE_LIMIT_WAIT, wait)
        if elapsed + wait + MIN_ATTEMPT_TIME > self.max_elapsed:
            return None
        return wait

    @staticmethod
    def retryable(method: str, outcome: Outcome, *, repeatable: bool = False) -> bool:
        """Whether this outcome is worth another attempt, leaving time and count aside."""
        if repeatable or method.upper() in IDEMPOTENT_METHODS:
            return not isinstance(outcome, Answer) or outcome.status in _RETRYABLE_STATUSES
        if isinstance(outcome, Answer):
            return outcome.status == 429
        return outcome.kind is FailureKind.NOT_CONNECTED


NO_RETRY = RetryPolicy(max_attempts=1)


# An attempt that would have less of the budget left than this is not started: it could only
# end in a timeout, and a misleading one (too little time to connect).
MIN_ATTEMPT_TIME = 0.25

# Never ask again sooner than this after a 429, whatever the headers say ("0", garbage): a
# polling loop would otherwise hammer the limit it has just hit.
MIN_RATE_LIMIT_WAIT = 1.0


def rate_limit_wait(headers: Mapping[str, str], now: Callable[[], float] = time) -> float | None:
    """Seconds the server asked us to wait: X-RateLimit-Reset, else Retry-After; None if neither."""
    reset = RateLimit.from_headers(headers).reset
    if reset is None:
        retry_after = next(
            (v.strip() for k, v in headers.items() if k.lower() == "retry-after"), None
        )
        reset = _retry_after(retry_after, now) if retry_after else None
    return None if reset is None else max(MIN_RATE_LIMIT_WAIT, reset)


def _retry_after(value: str, now: Callable[[], float]) -> float | None:
    """Retry-After is seconds or an HTTP date."""
    try:
        seconds = float(value)
    except ValueError:
        try:
            return parsedate_to_datetime(value).timestamp() - now()
        except (TypeError, ValueError):
            return None
    return seconds if math.isfinite(seconds) else None
