"""datadog-deployments: a small, typed client for Datadog's deployment-safety APIs."""

from datadog_deployments_api import AuthenticatedClient, Client

__all__ = ["AuthenticatedClient", "Client"]
__version__ = "0.1.0"
