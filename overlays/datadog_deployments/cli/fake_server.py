"""ddeploy fake-server: the fake Datadog API of datadog_deployments.testing, in the foreground."""

from __future__ import annotations

from collections.abc import Sequence


def run(argv: Sequence[str]) -> int:
    from ..testing.cli import main

    try:
        return main(argv, prog="ddeploy fake-server")
    except SystemExit as stop:  # --help, or a usage error argparse reported
        return stop.code if isinstance(stop.code, int) else int(stop.code is not None)
