"""ddeploy fake-server: the fake Datadog API of datadog_deployments.testing, in the foreground."""

from __future__ import annotations

from collections.abc import Sequence


def run(argv: Sequence[str]) -> int:
    from ..testing.cli import main

    return main(argv, prog="ddeploy fake-server")
