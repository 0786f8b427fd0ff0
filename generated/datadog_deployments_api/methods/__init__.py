"""Each API tag's operations as methods. Written by tools/generate.py from openapi.yaml.

The overlay's API classes (datadog_deployments.DORAMetricsApi, ...) inherit the classes of
these modules and supply `_operation` and `_paginate`, which run the operations. Nothing here
imports a model or httpx at run time: a call loads what its operation needs.
(Template: tools/templates/api_methods_init.py.jinja.)
"""

from typing import Final, Literal


class Omitted:
    """The default of an optional body attribute: the attribute is left out of the request."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "OMITTED"

    def __bool__(self) -> Literal[False]:
        return False


OMITTED: Final = Omitted()
# At most this many requests per pages helper unless the caller says otherwise.
DEFAULT_MAX_REQUESTS: Final = 1000

# API tag -> (module under methods/, class-name prefix)
TAGS: Final = {
    "DORA Metrics": ("dora_metrics", "DORAMetrics"),
    "Deployment Gates": ("deployment_gates", "DeploymentGates"),
}
