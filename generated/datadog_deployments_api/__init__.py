"""A client library for accessing Datadog deployment-safety API (DORA Metrics and Deployment Gates)"""

# The client classes load on first use (PEP 562): importing spec_index, models or types alone
# does not import httpx. (Template override: tools/templates/package_init.py.jinja.)
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AuthenticatedClient",
    "Client",
)
