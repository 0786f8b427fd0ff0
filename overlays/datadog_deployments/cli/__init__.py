"""``ddeploy``: Datadog DORA deployment events and Deployment Gates from a CI job.

Only argparse loads at start; the HTTP client, YAML and the fake server load when a command
needs them, so ``ddeploy --help`` and a single request start quickly.
"""

from .main import main

__all__ = ["main"]
