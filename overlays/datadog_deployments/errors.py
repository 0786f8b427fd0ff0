"""Every error this package raises, by meaning.

Nothing here ever formats a request header into a message, but a server may quote the request
back: the client hands each final error the credentials the request carried (`redact`), and
the message (str and repr) shows them as [redacted]. Text from the server reaches a message
only through `printable`, so no CR, LF or terminal escape of its choosing reaches a log.
Attributes holding what the server sent (`body`, `headers`) stay as it was sent.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

REDACTED = "[redacted]"
# C0 and C1 controls (CR, LF, ESC of ANSI sequences...) and the bidirectional overrides that
# can make a line read other than it is.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with every control character written as its escape (`\\n`, `\\x1b`)."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every occurrence of each secret replaced by [redacted], longest first."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        if secret:
            text = text.replace(secret, REDACTED)
    return text


class DatadogDeploymentsError(Exception):
    """Base class of everything this package raises on purpose.

    `idempotency_id`: when a write carrying an idempotency ID finally fails, the ID it was
    sent with (yours, or the one the client assigned); send the write again later with that ID
    and it is the same event. None otherwise.
    """

    idempotency_id: str | None = None

    def redact(self, secrets: Iterable[str]) -> None:
        """Never show these (the credentials the request carried) in the message. They are
        not kept: nothing of the exception (vars, pickle, a debugger) holds them."""
        secrets = tuple(secrets)
        self.args = tuple(
            redact(printable(a), secrets) if isinstance(a, str) else a for a in self.args
        )


class ConfigurationError(DatadogDeploymentsError, ValueError):
    """The configuration cannot work: unknown site, missing key, unsafe host."""


class InvalidParameterError(DatadogDeploymentsError, ValueError):
    """A parameter would change the request's meaning (for example a path value of '..')."""


class UnstableOperationDisabledError(DatadogDeploymentsError):
    """A preview operation was called without opting in. No request was sent."""


# --- transport: the request did not get an HTTP answer ---------------------------------------


class TransportError(DatadogDeploymentsError):
    """No HTTP answer. The httpx exception is the __cause__."""

    def __init__(self, message: str, *, operation: str | None = None, attempts: int = 1) -> None:
        super().__init__(message)
        self.operation = operation
        self.attempts = attempts


class ConnectError(TransportError):
    """The connection never opened: the server cannot have acted on the request."""


class RequestTimeoutError(TransportError):
    """The connection opened but the answer did not come in time."""


class ConnectionLostError(TransportError):
    """The connection broke before a complete answer arrived (reset, closed, protocol error)."""


class ResponseTooLargeError(DatadogDeploymentsError):
    """The answer's body grew past `Configuration(max_response_bytes=...)`, counted as it was
    decompressed; reading stopped there. Not retried: the same request would get the same."""

    def __init__(
        self,
        *,
        limit: int,
        status: int,
        headers: Mapping[str, str],
        operation: str,
        attempts: int = 1,
    ) -> None:
        super().__init__(
            f"{operation}: HTTP {status} answer larger than the limit of {limit} bytes "
            "(Configuration(max_response_bytes=...)); reading stopped there"
        )
        self.limit = limit
        self.status = status
        self.headers = dict(headers)
        self.operation = operation
        self.attempts = attempts


# --- HTTP answers -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RateLimit:
    """Datadog's X-RateLimit-* headers, as numbers (None where a header is absent or garbled)."""

    limit: int | None
    period: int | None
    remaining: int | None
    reset: float | None
    name: str | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimit:
        lower = {k.lower(): v for k, v in headers.items()}
        return cls(
            limit=_int(lower.get("x-ratelimit-limit")),
            period=_int(lower.get("x-ratelimit-period")),
            remaining=_int(lower.get("x-ratelimit-remaining")),
            reset=_float(lower.get("x-ratelimit-reset")),
            name=lower.get("x-ratelimit-name"),
        )


def _int(value: str | None) -> int | None:
    number = _float(value)
    return None if number is None else int(number)


def _float(value: str | None) -> float | None:
    try:
        number = None if value is None else float(value.strip())
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def error_messages(body: str) -> list[str]:
    """The messages of any documented error shape; [] when the body is of another shape.

    Datadog answers errors as {"errors": ["text", ...]} or {"errors": [{"title", "detail", ...}]}.
    """
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
        return []
    items = document.get("errors") if isinstance(document, dict) else None
    if not isinstance(items, list):
        return []
    messages = []
    for item in items:
        if isinstance(item, str):
            messages.append(item)
        elif isinstance(item, dict):
            text = ": ".join(str(item[k]) for k in ("title", "detail") if item.get(k))
            source = item.get("source")
            if isinstance(source, dict) and source.get("pointer"):
                text += f" (at {source['pointer']})"
            if text:
                messages.append(text)
    return messages


class ApiException(DatadogDeploymentsError):
    """A non-2xx answer. Subclasses name its meaning; catch this for any of them.

    Attributes: status, reason, headers, body (the raw text), errors (the messages found in the
    body, whatever documented shape it had), parsed (the decoded error model, or None),
    operation, attempts (how many times the request was sent, retries included).
    """

    attempts: int = 1

    def __init__(
        self,
        *,
        status: int,
        reason: str,
        headers: Mapping[str, str],
        body: str,
        operation: str,
        parsed: Any = None,
    ) -> None:
        self.status = status
        self.reason = reason
        self.headers = dict(headers)
        self.body = body
        self.errors = error_messages(body)  # as sent: the message redacts and neutralises
        self.parsed = parsed
        self.operation = operation
        super().__init__(self._message())

    def _message(self) -> str:
        detail = "; ".join(self.errors) if self.errors else _snippet(self.body)
        if 300 <= self.status < 400:  # never followed: a key would go where it was not meant to
            detail = "redirect not followed (requests go only to the configured host)"
        text = f"{self.operation}: HTTP {self.status} {self.reason}"
        text = f"{text}: {detail}" if detail else text
        text = printable(text)
        return text if self.attempts == 1 else f"{text} (after {self.attempts} attempts)"

    def after(self, attempts: int) -> ApiException:
        """Record how many times the request was sent; the message says so when retried.
        It is written anew: call `redact` after this."""
        self.attempts = attempts
        self.args = (self._message(),)
        return self


def _snippet(body: str, limit: int = 200) -> str:
    body = " ".join(body.split())
    return body if len(body) <= limit else body[:limit] + "..."


class BadRequestException(ApiException):
    """400: the request was malformed or invalid."""


class UnauthorizedException(ApiException):
    """401: a key is missing or not recognised."""


class ForbiddenException(ApiException):
    """403: the key is valid but lacks a permission, or the key is wrong (DORA endpoints)."""


class NotFoundException(ApiException):
    """404: no such deployment, evaluation or gate."""


class TooManyRequestsException(ApiException):
    """429: rate limited. `rate_limit` holds the X-RateLimit-* headers as numbers."""

    @property
    def rate_limit(self) -> RateLimit:
        return RateLimit.from_headers(self.headers)


class ServiceException(ApiException):
    """5xx: the server failed."""


_BY_STATUS: dict[int, type[ApiException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    429: TooManyRequestsException,
}


def exception_class(status: int) -> type[ApiException]:
    if status >= 500:
        return ServiceException
    return _BY_STATUS.get(status, ApiException)


class ResponseDecodeError(DatadogDeploymentsError):
    """A 2xx answer whose body does not decode into the documented model. The raw body is kept;
    `attempts` says how many times the request was sent, retries included."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        headers: Mapping[str, str],
        body: str,
        operation: str,
        attempts: int = 1,
    ) -> None:
        super().__init__(printable(f"{operation}: HTTP {status} body does not decode: {message}"))
        self.status = status
        self.headers = dict(headers)
        self.body = body
        self.operation = operation
        self.attempts = attempts
