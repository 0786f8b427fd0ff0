"""Run the fake in the foreground: ``python -m datadog_deployments.testing [--port P]``.

``ddeploy fake-server`` is this same command.
"""

from __future__ import annotations

import argparse
import math
import signal
import sys
from collections.abc import Sequence
from types import FrameType

from .fake import DEFAULT_ACCESS_TOKEN, DEFAULT_API_KEY, DEFAULT_APP_KEY, FakeDatadog
from .state import DEFAULT_IDENTIFIER, DEFAULT_RULE_NAME, GateScript, RuleScript

EXAMPLES = """\
examples:
  # serve on port 8126 (evaluations of unknown gates answer 404)
  %(prog)s --port 8126
  # a gate of checkout-api in staging whose evaluations pass after 2 s in progress
  %(prog)s --gate checkout-api:staging --in-progress 2
  # a gate whose evaluations fail, with this reason
  %(prog)s --failing-gate 'checkout-api:production=monitor "p99 latency" is alerting'
  # gates, rules and DORA events from a seed file, DORA times as RFC 3339
  %(prog)s --seed examples/fake-seed.json --dora-times rfc3339

Evaluations of inline rule configurations (--rules in ddeploy) follow the default script: they
pass, after --in-progress seconds. A seeded gate without a script follows its rules. Keys are
the fake's own (default fake-api-key and fake-app-key, or the bearer token fake-access-token);
point a client at the printed URL, e.g.
  DD_API_KEY=fake-api-key DD_APP_KEY=fake-app-key \\
      ddeploy gate evaluate --service checkout-api --env staging --host http://127.0.0.1:8126
"""


def build_parser(prog: str = "python -m datadog_deployments.testing") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve a fake Datadog DORA/Deployment Gates API on 127.0.0.1 until Ctrl-C.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,  # a future option must not change what an abbreviation means
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free)")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY, help="the DD-API-KEY to accept")
    parser.add_argument(
        "--app-key", default=DEFAULT_APP_KEY, help="the DD-APPLICATION-KEY to accept"
    )
    parser.add_argument(
        "--access-token",
        default=DEFAULT_ACCESS_TOKEN,
        help="the OAuth bearer token to accept instead of the two keys",
    )
    parser.add_argument(
        "--gate",
        action="append",
        default=[],
        metavar="SERVICE:ENV[:IDENTIFIER]",
        help="register a gate whose evaluations pass (repeatable)",
    )
    parser.add_argument(
        "--failing-gate",
        action="append",
        default=[],
        metavar="SERVICE:ENV[:IDENTIFIER]=REASON",
        help=f"register a gate whose evaluations fail: its rule {DEFAULT_RULE_NAME!r} fails "
        "with REASON (repeatable)",
    )
    parser.add_argument(
        "--in-progress",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="every evaluation answers in_progress this long before its verdict "
        "(default 0; 'inf' never decides)",
    )
    parser.add_argument(
        "--seed",
        action="append",
        default=[],
        metavar="FILE",
        help="load gates, rules, past evaluations and DORA events from a JSON (or YAML) file "
        "(repeatable; the format is in datadog_deployments.testing.seeding)",
    )
    parser.add_argument(
        "--dora-times",
        choices=("unix", "rfc3339"),
        default="unix",
        help="how DORA reads write started_at/finished_at (default: unix, as sent)",
    )
    parser.add_argument("--log", action="store_true", help="log each request to stderr")
    return parser


def _gate_key(spec: str) -> tuple[str, str, str]:
    parts = spec.split(":")
    if len(parts) not in (2, 3) or not all(parts):
        raise ValueError(f"a gate is SERVICE:ENV[:IDENTIFIER], not {spec!r}")
    return parts[0], parts[1], parts[2] if len(parts) == 3 else DEFAULT_IDENTIFIER


def configure(fake: FakeDatadog, args: argparse.Namespace) -> None:
    """Apply the gate and seed options to a fake; ValueError names a malformed option (a
    :class:`SeedError` a bad seed file)."""
    in_progress = args.in_progress
    if math.isnan(in_progress) or in_progress < 0:
        raise ValueError(f"--in-progress wants seconds >= 0, not {in_progress}")
    fake.default_script = GateScript(in_progress_for=in_progress)
    for spec in args.gate:
        fake.add_gate(*_gate_key(spec))
    for spec in args.failing_gate:
        gate, _, reason = spec.partition("=")
        if not reason.strip():
            raise ValueError(f"--failing-gate wants SERVICE:ENV[:IDENTIFIER]=REASON, not {spec!r}")
        rule = RuleScript(DEFAULT_RULE_NAME, "fail", reason=reason.strip())
        script = GateScript(verdict="fail", rules=[rule], in_progress_for=in_progress)
        fake.add_gate(*_gate_key(gate), script=script)
    for path in args.seed:
        fake.seed(path)


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    parser = build_parser(prog) if prog else build_parser()
    args = parser.parse_args(argv)
    fake = FakeDatadog(
        port=args.port,
        api_key=args.api_key,
        app_key=args.app_key,
        access_token=args.access_token,
        log_requests=args.log,
        max_recorded=0,  # nobody reads them: keep memory flat however long it runs
        dora_times=args.dora_times,
    )
    try:
        configure(fake, args)
    except ValueError as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return 2
    try:
        fake.start()
    except OSError as error:
        print(f"cannot listen on 127.0.0.1:{args.port}: {error}", file=sys.stderr)
        return 1
    print(f"Fake Datadog API listening on {fake.url}", flush=True)
    print(f"  DD-API-KEY: {fake.api_key}", flush=True)
    print(f"  DD-APPLICATION-KEY: {fake.app_key}", flush=True)
    print(f"  or Authorization: Bearer {fake.access_token}", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as cleanly as Ctrl-C
    fake.serve_forever()
    return 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
