"""datadog-deployments: a small, typed client for Datadog's deployment-safety APIs.

    from datadog_deployments import ApiClient, Configuration, DORAMetricsApi, DeploymentGatesApi

Names load on first use, so `import datadog_deployments` stays cheap for CLIs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from datadog_deployments_api.types import UNSET, Unset, value_or_none

    from .api_client import ApiClient, AsyncApiClient
    from .configuration import Configuration
    from .deployment_gates_api import DeploymentGatesApi
    from .dora_metrics_api import DORAMetricsApi
    from .errors import (
        ApiException,
        BadRequestException,
        ConfigurationError,
        ConnectError,
        ConnectionLostError,
        DatadogDeploymentsError,
        ForbiddenException,
        InvalidParameterError,
        NotFoundException,
        RateLimit,
        RequestTimeoutError,
        ResponseDecodeError,
        ResponseTooLargeError,
        ServiceException,
        TooManyRequestsException,
        TransportError,
        UnauthorizedException,
        UnstableOperationDisabledError,
    )
    from .paging import AsyncPages, Pages, PaginationError
    from .polling import EvaluationNotFoundError, GatePoll, GateTimeoutError, PollEvent
    from .retries import RetryPolicy
    from .timestamps import to_datetime, to_unix_nanos
    from .unstable import PreviewOperationWarning
    from .verdict import GateVerdict, RuleVerdict

_LOCATIONS = {
    "ApiClient": "api_client",
    "AsyncApiClient": "api_client",
    "Configuration": "configuration",
    "DeploymentGatesApi": "deployment_gates_api",
    "DORAMetricsApi": "dora_metrics_api",
    "RetryPolicy": "retries",
    "AsyncPages": "paging",
    "Pages": "paging",
    "PaginationError": "paging",
    "PreviewOperationWarning": "unstable",
    "EvaluationNotFoundError": "polling",
    "GatePoll": "polling",
    "GateTimeoutError": "polling",
    "PollEvent": "polling",
    "GateVerdict": "verdict",
    "RuleVerdict": "verdict",
    "to_datetime": "timestamps",
    "to_unix_nanos": "timestamps",
    # Reading optional fields: a field the server did not send is UNSET (an Unset, falsy);
    # value_or_none(x) reads it as `X | None`. They live with the generated models.
    "UNSET": "datadog_deployments_api.types",
    "Unset": "datadog_deployments_api.types",
    "value_or_none": "datadog_deployments_api.types",
    **dict.fromkeys(
        [
            "ApiException",
            "BadRequestException",
            "ConfigurationError",
            "ConnectError",
            "ConnectionLostError",
            "DatadogDeploymentsError",
            "ForbiddenException",
            "InvalidParameterError",
            "NotFoundException",
            "RateLimit",
            "RequestTimeoutError",
            "ResponseDecodeError",
            "ResponseTooLargeError",
            "ServiceException",
            "TooManyRequestsException",
            "TransportError",
            "UnauthorizedException",
            "UnstableOperationDisabledError",
        ],
        "errors",
    ),
}

__all__ = [
    "UNSET",
    "ApiClient",
    "ApiException",
    "AsyncApiClient",
    "AsyncPages",
    "BadRequestException",
    "Configuration",
    "ConfigurationError",
    "ConnectError",
    "ConnectionLostError",
    "DORAMetricsApi",
    "DatadogDeploymentsError",
    "DeploymentGatesApi",
    "EvaluationNotFoundError",
    "ForbiddenException",
    "GatePoll",
    "GateTimeoutError",
    "GateVerdict",
    "InvalidParameterError",
    "NotFoundException",
    "Pages",
    "PaginationError",
    "PollEvent",
    "PreviewOperationWarning",
    "RateLimit",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "RuleVerdict",
    "ServiceException",
    "TooManyRequestsException",
    "TransportError",
    "UnauthorizedException",
    "Unset",
    "UnstableOperationDisabledError",
    "__version__",
    "to_datetime",
    "to_unix_nanos",
    "value_or_none",
]


def __getattr__(name: str) -> Any:
    module = _LOCATIONS.get(name)
    if module is None:
        raise AttributeError(f"module 'datadog_deployments' has no attribute {name!r}")
    # Overlay modules are named relative to this package, the generated package's in full.
    path = module if module.startswith("datadog_deployments_api") else f".{module}"
    value = getattr(import_module(path, __name__), name)
    globals()[name] = value
    return value
