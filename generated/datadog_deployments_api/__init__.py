"""A client library for accessing Datadog deployment-safety API (DORA Metrics and Deployment Gates)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
