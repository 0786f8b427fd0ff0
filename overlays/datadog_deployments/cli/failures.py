"""Every exception a command can end with, as one line naming what to fix, and its case.

This is the one place that decides what `--on-error pass` may cover. Only `Unavailable` ("Datadog
could not answer": 5xx after the retries, 429 past the budget, a network failure, a request
timeout) fails open. A refusal (400, 401, 403, 404) is a mistake in the job's own setup
(`ApiFailure`, exit 4 regardless); a local problem is a `UsageError` (exit 2); anything else is
a bug in ddeploy (`InternalError`, exit 6). Server text in the messages is neutralised here.
"""

from __future__ import annotations

from datadog_deployments_api.spec_index import OPERATIONS

from ..errors import (
    ApiException,
    BadRequestException,
    ConfigurationError,
    ConnectionLostError,
    DatadogDeploymentsError,
    ForbiddenException,
    InvalidParameterError,
    NotFoundException,
    RequestTimeoutError,
    ResponseDecodeError,
    ServiceException,
    TooManyRequestsException,
    TransportError,
    UnauthorizedException,
)
from ..polling import EvaluationNotFoundError
from .outcome import ApiFailure, CommandError, InternalError, Unavailable, UsageError
from .servertext import one_line

# What each operation needs, for 403s and 404s: from the spec's x-permission.
PERMISSIONS = {op.name: " or ".join(op.permissions) for op in OPERATIONS.values() if op.permissions}
_BY_NAME = {op.name: op for op in OPERATIONS.values()}


def _tries(error: ApiException) -> str:
    """How often the request was sent, as the message should say it: a write the retry policy
    does not repeat after a failure (retries.RetryPolicy.retryable) was sent once on purpose."""
    from ..retries import IDEMPOTENT_METHODS

    if error.attempts > 1:
        return f"after {error.attempts} attempts, the retries ran out"
    op = _BY_NAME.get(error.operation)
    # with an idempotency key the request may have carried its ID: it was then retryable
    unsafe = op is not None and not (
        op.repeatable or op.idempotency_key or op.method.upper() in IDEMPOTENT_METHODS
    )
    if op is not None and unsafe and not isinstance(error, TooManyRequestsException):
        return (
            f"not retried: sending '{op.summary}' again could do it twice "
            "(Datadog may have acted on the first one)"
        )
    return "after 1 attempt (no time or attempts left to try again)"


def _errors(error: ApiException) -> str:
    return one_line("; ".join(error.errors) or error.reason)


def could_not_answer(error: BaseException) -> bool:
    """True when the error says only that Datadog could not answer (what may fail open)."""
    return isinstance(error, (ServiceException, TooManyRequestsException, TransportError))


def internal(error: BaseException) -> InternalError:
    return InternalError(
        f"unexpected {type(error).__name__}: {one_line(error)} "
        "(a bug in ddeploy: please report it with the output of --verbose)"
    )


def explain(
    error: BaseException, base_url: str, not_found: str | None, *, failing_open: bool = False
) -> CommandError:
    """A CommandError for any exception; `not_found` says what a 404 means here.

    `failing_open`: --on-error pass is in effect, so the message does not suggest it."""
    if isinstance(error, CommandError):
        return error
    if not isinstance(error, DatadogDeploymentsError):
        return internal(error)
    if isinstance(error, (ConfigurationError, InvalidParameterError)):
        return UsageError(one_line(error))
    if isinstance(error, EvaluationNotFoundError):
        what = not_found or "the evaluation was not found"
        return ApiFailure(f"{what}, still after the grace period: check the ID, site and keys")
    if isinstance(error, TransportError):
        cause = error.__cause__
        why = f"{type(cause).__name__}: {cause}" if cause is not None else str(error)
        why = why.rstrip(": ")
        tries = f"after {error.attempts} attempt(s)"
        if isinstance(error, RequestTimeoutError):  # connected: the server was silent
            text = f"{base_url} accepted the connection but did not answer in time ({why}) {tries}"
        elif isinstance(error, ConnectionLostError):
            text = (
                f"the connection to {base_url} broke before the answer was complete ({why}) {tries}"
            )
        else:
            text = f"cannot reach {base_url} ({why}) {tries}: check --site/--host and the network"
        return Unavailable(one_line(text))
    if isinstance(error, ResponseDecodeError):
        return ApiFailure(one_line(f"unexpected answer from {base_url}: {error}"))
    if not isinstance(error, ApiException):
        return internal(error)  # the client's own refusals (a preview not enabled, ...)
    status = one_line(f"HTTP {error.status} {error.reason}".strip())
    operation = error.operation
    if isinstance(error, UnauthorizedException):
        return ApiFailure(
            f"Datadog refused the keys ({status}): check DD_API_KEY and DD_APP_KEY "
            f"are valid keys of the site {base_url} belongs to"
        )
    if isinstance(error, ForbiddenException):
        permission = PERMISSIONS.get(operation)
        need = f"; the application key needs the {permission} permission" if permission else ""
        preview = (
            ", and Deployment Gates (a preview) must be enabled for the organization"
            if "gates" in operation
            else ""
        )
        return ApiFailure(
            f"forbidden ({status}): check the keys belong to the site of {base_url}{need}{preview}"
        )
    if isinstance(error, NotFoundException):
        return ApiFailure(f"{not_found or 'not found'} ({status})")
    if isinstance(error, BadRequestException):
        return ApiFailure(f"Datadog rejected the request ({status}): {_errors(error)}")
    if isinstance(error, TooManyRequestsException):
        reset = error.rate_limit.reset
        later = f"; the limit resets in {reset:.0f}s" if reset is not None else ""
        return Unavailable(f"rate limited ({status}), {_tries(error)}{later}")
    if isinstance(error, ServiceException):
        return Unavailable(
            f"Datadog failed ({status}), {_tries(error)}: {_errors(error)}; "
            + (
                "try again later"
                if failing_open
                else "try again later (or fail open with --on-error pass)"
            )
        )
    return ApiFailure(f"{operation}: {status}: {_errors(error)}")
