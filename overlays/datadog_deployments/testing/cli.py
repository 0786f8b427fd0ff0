"""Run the fake in the foreground: ``python -m datadog_deployments.testing [--port P]``."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from types import FrameType

from .fake import DEFAULT_API_KEY, DEFAULT_APP_KEY, FakeDatadog
from .state import DEFAULT_IDENTIFIER


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m datadog_deployments.testing",
        description="Serve a fake Datadog DORA/Deployment Gates API on 127.0.0.1 until Ctrl-C.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free)")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY, help="the DD-API-KEY to accept")
    parser.add_argument(
        "--app-key", default=DEFAULT_APP_KEY, help="the DD-APPLICATION-KEY to accept"
    )
    parser.add_argument(
        "--gate",
        action="append",
        default=[],
        metavar="SERVICE:ENV[:IDENTIFIER]",
        help="register a gate whose evaluations pass at once (repeatable)",
    )
    parser.add_argument("--log", action="store_true", help="log each request to stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    fake = FakeDatadog(
        port=args.port,
        api_key=args.api_key,
        app_key=args.app_key,
        log_requests=args.log,
        max_recorded=0,  # nobody reads them: keep memory flat however long it runs
    )
    for spec in args.gate:
        parts = spec.split(":")
        if len(parts) not in (2, 3) or not all(parts):
            print(f"--gate wants SERVICE:ENV[:IDENTIFIER], not {spec!r}", file=sys.stderr)
            return 2
        fake.add_gate(parts[0], parts[1], parts[2] if len(parts) == 3 else DEFAULT_IDENTIFIER)
    try:
        fake.start()
    except OSError as error:
        print(f"cannot listen on 127.0.0.1:{args.port}: {error}", file=sys.stderr)
        return 1
    print(f"Fake Datadog API listening on {fake.url}", flush=True)
    print(f"  DD-API-KEY: {fake.api_key}", flush=True)
    print(f"  DD-APPLICATION-KEY: {fake.app_key}", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as cleanly as Ctrl-C
    fake.serve_forever()
    return 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
