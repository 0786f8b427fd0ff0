"""The library's exceptions as one line each that names what to fix, and their exit case."""

from __future__ import annotations

from datadog_deployments_api.spec_index import OPERATIONS

from ..errors import (
    ApiException,
    BadRequestException,
    ConfigurationError,
    DatadogDeploymentsError,
    ForbiddenException,
    InvalidParameterError,
    NotFoundException,
    ResponseDecodeError,
    ServiceException,
    TooManyRequestsException,
    TransportError,
    UnauthorizedException,
    UnstableOperationDisabledError,
)
from ..polling import EvaluationNotFoundError
from .outcome import ApiFailure, CommandError, UsageError

# What each operation needs, for 403s and 404s: from the spec's x-permission.
PERMISSIONS = {op.name: " or ".join(op.permissions) for op in OPERATIONS.values() if op.permissions}


def _errors(error: ApiException) -> str:
    return "; ".join(error.errors) or error.reason


def explain(error: DatadogDeploymentsError, base_url: str, not_found: str | None) -> CommandError:
    """A CommandError for a library error; `not_found` says what a 404 means here."""
    if isinstance(error, (ConfigurationError, InvalidParameterError)):
        return UsageError(str(error))
    if isinstance(error, UnstableOperationDisabledError):  # ddeploy enables what it uses
        return ApiFailure(f"{error} (a ddeploy bug: please report it)")
    if isinstance(error, EvaluationNotFoundError):
        what = not_found or "the evaluation was not found"
        return ApiFailure(f"{what}, still after the grace period: check the ID, site and keys")
    if isinstance(error, TransportError):
        cause = error.__cause__
        why = f"{type(cause).__name__}: {cause}" if cause is not None else str(error)
        return ApiFailure(
            f"cannot reach {base_url} ({why}) after {error.attempts} attempt(s): "
            "check --site/--host and the network"
        )
    if isinstance(error, ResponseDecodeError):
        return ApiFailure(f"unexpected answer from {base_url}: {error}")
    if not isinstance(error, ApiException):
        return ApiFailure(str(error))
    status = f"HTTP {error.status} {error.reason}".strip()
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
        return ApiFailure(f"rate limited ({status}) and the retries ran out{later}")
    if isinstance(error, ServiceException):
        return ApiFailure(
            f"Datadog failed ({status}) and the retries ran out: {_errors(error)}; "
            "try again later (or fail open with --on-error pass)"
        )
    return ApiFailure(f"{operation}: {status}: {_errors(error)}")
