"""The ``ddeploy`` command line: every command, option, example and the exit-code table.

Nothing here imports the HTTP client: parsing and ``--help`` stay fast.
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import TYPE_CHECKING, NoReturn

from .._version import __version__
from .exit_codes import ExitCode, table

PROG = "ddeploy"

ENVIRONMENT = """\
environment:
  DD_API_KEY, DD_APP_KEY   the keys (DATADOG_API_KEY, DATADOG_APP_KEY also work); never flags
  DD_SITE                  the Datadog site (DATADOG_SITE also works), default datadoghq.com
  DD_SERVICE, DD_ENV       defaults for --service and --env
  GITHUB_OUTPUT, GITHUB_STEP_SUMMARY   when set (GitHub Actions), step outputs and a summary
"""

TOP_EXAMPLES = """\
examples:
  ddeploy gate evaluate --service checkout-api --env production --version 2.4.0
  ddeploy gate evaluate --service checkout-api --env staging --rules gate-rules.yaml --json
  ddeploy dora send --service checkout-api --env production --started-at "$STARTED_AT"
  ddeploy gates plan -f gates.yaml    # exit 10 when Datadog's gates differ from the file
  ddeploy fake-server --port 8126    # a local fake Datadog to try all this against

Human output goes to stderr; stdout carries only what a command produces (an ID, an event,
or with --json one JSON document). Run 'ddeploy COMMAND --help' for each command's examples.
"""

EVALUATE_EXAMPLES = """\
examples:
  ddeploy gate evaluate --service checkout-api --env production --version 2.4.0
  ddeploy gate evaluate --service checkout-api --env production --identifier pre-deploy \\
      --timeout 1800 --on-timeout pass --on-error pass
  ddeploy gate evaluate --service checkout-api --env staging --rules gate-rules.yaml
  ID=$(ddeploy gate evaluate --service checkout-api --env production --no-wait)

A rules file (JSON, or YAML with the yaml extra) is an inline rule configuration, so no gate
has to exist in Datadog beforehand:
  dry_run: false
  rules:
    - {type: monitor, name: Service monitors,
       options: {query: "service:checkout-api", duration: 300}}
    - {type: faulty_deployment_detection, name: Faulty deployment detection,
       options: {duration: 900, excluded_resources: ["GET /health"]}}
"""

WAIT_EXAMPLES = """\
examples:
  ddeploy gate wait 5f0c2a94-0c1e-4f8e-9d51-3b1f6b0d7a21
  ddeploy gate wait "$EVALUATION_ID" --timeout 3600 --poll-interval 20 --json
"""

GET_EXAMPLES = """\
examples:
  ddeploy gate get 5f0c2a94-0c1e-4f8e-9d51-3b1f6b0d7a21
  ddeploy gate get "$EVALUATION_ID" --json | jq -r .verdict

Exit code 0 pass, 1 fail, 5 no verdict yet.
"""

DORA_SEND_EXAMPLES = """\
examples:
  ddeploy dora send --service checkout-api --env production --version 2.4.0 \\
      --started-at 2025-11-22T10:00:00Z --team payments --custom-tag department:payments
  ddeploy dora send --service checkout-api --started-at 1763805600 --finished-at 1763805660
  ddeploy dora send --service checkout-api --started-at "$STARTED_AT" --no-git --json

Times: Unix seconds, milliseconds or nanoseconds, or ISO 8601 (UTC unless an offset is given).
Inside a git work tree the commit SHA and repository URL default to HEAD and origin
(credentials stripped from the URL); --no-git leaves them out.
"""

DORA_GET_EXAMPLES = """\
examples:
  ddeploy dora get 7d41c0a9e2b35f68
  ddeploy dora get 7d41c0a9e2b35f68 --json
"""


class Parser(argparse.ArgumentParser):
    """argparse, with usage errors that also state what exit code 2 means."""

    last_error: str | None = None

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        Parser.last_error = f"{self.prog}: {message}"
        self.print_usage(sys.stderr)
        self.exit(
            int(ExitCode.USAGE),
            f"{self.prog}: error: {message} (exit 2: usage error; see {self.prog} --help)\n",
        )


if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[Parser]


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"want a number of seconds, not {text!r}") from None
    if math.isnan(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"want a number of seconds above 0, not {text!r}")
    return value


def add_common(common: argparse.ArgumentParser, *, wait: bool) -> None:
    """Options every API command takes; `wait` adds the options of waiting for a verdict."""
    where = common.add_argument_group("connection")
    where.add_argument("--site", help="Datadog site, e.g. datadoghq.eu (default: $DD_SITE)")
    where.add_argument(
        "--host",
        metavar="URL",
        help="base URL instead of the site's, e.g. a proxy or http://127.0.0.1:8126 "
        "(plain http only for loopback)",
    )
    if wait:
        where.add_argument(
            "--timeout",
            type=seconds,
            default=10800.0,
            metavar="SECONDS",
            help="give up waiting for the verdict after this long (default 10800, 3 h: "
            "rules may watch a deployment for 2 h)",
        )
        where.add_argument(
            "--poll-interval",
            type=seconds,
            default=15.0,
            metavar="SECONDS",
            help="seconds between polls (default 15; Datadog recommends 10 to 20)",
        )
    else:
        where.add_argument(
            "--timeout",
            type=seconds,
            default=30.0,
            metavar="SECONDS",
            help="give up on a request after this long, retries included (default 30)",
        )
    policy = common.add_argument_group("failing open (the default is closed)")
    if wait:
        policy.add_argument(
            "--on-timeout",
            choices=("fail", "pass"),
            default="fail",
            help="'pass' exits 0 instead of 3 when no verdict came in time",
        )
    policy.add_argument(
        "--on-error",
        choices=("fail", "pass"),
        default="fail",
        help="'pass' exits 0 instead of 4 when Datadog cannot be reached or answers an error",
    )
    out = common.add_argument_group("output")
    out.add_argument(
        "--json", action="store_true", help="print one JSON document on stdout, nothing else"
    )
    loudness = out.add_mutually_exclusive_group()
    loudness.add_argument(
        "-q", "--quiet", action="store_true", help="on stderr, only errors and the outcome line"
    )
    loudness.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also requests, retries and tracebacks (keys are never shown)",
    )


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description="Datadog Deployment Gates and DORA deployment events for CI pipelines.",
        epilog=f"{TOP_EXAMPLES}\n{ENVIRONMENT}\nexit codes:\n{table()}\n",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    groups = parser.add_subparsers(dest="group", required=True, metavar="COMMAND")
    _gate_commands(groups)
    _dora_commands(groups)
    from .parser_extra import gates_group

    gates_group(groups)
    groups.add_parser(
        "fake-server",
        help="run a local fake Datadog API in the foreground (see: ddeploy fake-server --help)",
        add_help=False,
    )
    return parser


def _command(group: Subparsers, name: str, help: str, examples: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = group.add_parser(
        name,
        help=help,
        description=help[0].upper() + help[1:] + ".",
        epilog=f"{examples}\nexit codes:\n{table()}\n",
    )
    return parser


def _gate_commands(groups: Subparsers) -> None:
    gate = groups.add_parser(
        "gate",
        help="evaluate a deployment gate, wait for its verdict, see why it failed",
        description="Deployment Gates (a preview API; ddeploy enables it for you).",
        epilog=f"{EVALUATE_EXAMPLES}\n{WAIT_EXAMPLES}\n{GET_EXAMPLES}\nexit codes:\n{table()}\n",
    )
    commands = gate.add_subparsers(dest="command", required=True, metavar="COMMAND")

    evaluate = _command(
        commands,
        "evaluate",
        "trigger a gate evaluation and wait for the verdict",
        EVALUATE_EXAMPLES,
    )
    what = evaluate.add_argument_group("what to evaluate")
    what.add_argument("--service", help="the service being deployed (default: $DD_SERVICE)")
    what.add_argument("--env", help="the environment deployed to (default: $DD_ENV)")
    what.add_argument("--identifier", help="which gate of that service and env (default: default)")
    what.add_argument(
        "--version", help="the version being deployed (faulty deployment detection needs it)"
    )
    what.add_argument(
        "--primary-tag", help="scope for faulty deployment detection, e.g. region:eu1"
    )
    what.add_argument(
        "--rules",
        metavar="FILE",
        help="inline rule configuration, JSON or YAML ('-' reads stdin); no gate needed",
    )
    what.add_argument(
        "--no-wait",
        action="store_true",
        help="print the evaluation ID on stdout and exit 0 without waiting",
    )
    add_common(evaluate, wait=True)
    evaluate.set_defaults(handler="gate_evaluate")

    wait = _command(
        commands,
        "wait",
        "wait for the verdict of an evaluation another job triggered",
        WAIT_EXAMPLES,
    )
    wait.add_argument("evaluation_id", metavar="EVALUATION_ID")
    add_common(wait, wait=True)
    wait.set_defaults(handler="gate_wait")

    get = _command(commands, "get", "print the current state of an evaluation once", GET_EXAMPLES)
    get.add_argument("evaluation_id", metavar="EVALUATION_ID")
    add_common(get, wait=False)
    get.set_defaults(handler="gate_get")

    from .parser_extra import gate_commands

    gate_commands(commands)


def _dora_commands(groups: Subparsers) -> None:
    dora = groups.add_parser(
        "dora",
        help="DORA deployment and failure events: send, read, mark failed, search, report",
        description="DORA Metrics deployment and failure (incident) events.",
        epilog=f"{DORA_SEND_EXAMPLES}\n{DORA_GET_EXAMPLES}",
    )
    commands = dora.add_subparsers(dest="command", required=True, metavar="COMMAND")

    send = _command(
        commands,
        "send",
        "send a deployment event and print the ID it was stored under",
        DORA_SEND_EXAMPLES,
    )
    event = send.add_argument_group("the deployment")
    event.add_argument("--service", help="the service deployed (default: $DD_SERVICE)")
    event.add_argument("--started-at", required=True, metavar="TIME", help="when it started")
    event.add_argument("--finished-at", metavar="TIME", help="when it finished (default: now)")
    event.add_argument("--env", help="the environment deployed to (default: $DD_ENV)")
    event.add_argument("--version", help="the version deployed")
    event.add_argument("--team", help="the owning team (default: the service catalog's)")
    event.add_argument("--git-commit-sha", metavar="SHA", help="default: HEAD of the checkout")
    event.add_argument("--git-repository-url", metavar="URL", help="default: the origin remote")
    event.add_argument(
        "--no-git", action="store_true", help="do not read the commit and URL from the checkout"
    )
    event.add_argument(
        "--custom-tag",
        action="append",
        default=[],
        metavar="KEY:VALUE",
        help="a tag to attach (repeatable, at most 100)",
    )
    event.add_argument(
        "--id", dest="deployment_id", metavar="ID", help="your own ID: 16 to 128 of a-zA-Z0-9-_.:"
    )
    add_common(send, wait=False)
    send.set_defaults(handler="dora_send")

    get = _command(commands, "get", "print one deployment event", DORA_GET_EXAMPLES)
    get.add_argument("deployment_id", metavar="DEPLOYMENT_ID")
    add_common(get, wait=False)
    get.set_defaults(handler="dora_get")

    from .parser_extra import dora_commands

    dora_commands(commands)
