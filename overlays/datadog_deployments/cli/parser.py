"""The ``ddeploy`` command line: every command, option, example and the exit-code table.

Nothing here imports the HTTP client: parsing and ``--help`` stay fast. Abbreviated long
options are refused (`allow_abbrev=False`): a future flag must not change what `--serv` means.
The flags of `datadog-ci deployment gate` and `datadog-ci dora deployment` are accepted with
the same meaning, or refused with a one-line hint naming the ddeploy equivalent.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from .._version import __version__
from .exit_codes import ExitCode, table

PROG = "ddeploy"
MIN_POLL_INTERVAL = 1.0  # Datadog asks for 10 to 20 s; down to 1 s for tests against a fake

ENVIRONMENT = """\
environment:
  DD_API_KEY, DD_APP_KEY   the keys (DATADOG_API_KEY, DATADOG_APP_KEY also work); never flags
  DD_SITE                  the Datadog site (DATADOG_SITE also works), default datadoghq.com
  DD_SERVICE, DD_ENV       defaults for --service and --env
  GITHUB_OUTPUT, GITHUB_STEP_SUMMARY   when set (GitHub Actions), step outputs and a summary
"""

TOP_EXAMPLES = """\
examples:
  # ask the gate of checkout-api in production, wait for the verdict (exit 0 pass, 1 fail)
  ddeploy gate evaluate --service checkout-api --env production --version 2.4.0
  # evaluate inline rules from a file (no gate needed), one JSON document on stdout
  ddeploy gate evaluate --service checkout-api --env staging --rules gate-rules.yaml --json
  # record a deployment for DORA metrics (commit and repository from the checkout)
  ddeploy dora send --service checkout-api --env production --started-at "$STARTED_AT"
  # show what 'gates apply' would change (exit 10 when Datadog's gates differ from the file)
  ddeploy gates plan -f gates.yaml
  # a local fake Datadog to try all this against (then: --host http://127.0.0.1:8126)
  ddeploy fake-server --port 8126

Human output goes to stderr; stdout carries only what a command produces (an ID, an event,
or with --json one JSON document). Run 'ddeploy COMMAND --help' for each command's examples.
Coming from datadog-ci: 'datadog-ci deployment gate' is 'ddeploy gate evaluate', 'datadog-ci
dora deployment' is 'ddeploy dora send'; their flags work (or say what to use instead).
"""

EVALUATE_EXAMPLES = """\
examples:
  # wait for the verdict of the default gate of checkout-api in production
  ddeploy gate evaluate --service checkout-api --env production --version 2.4.0
  # another gate of the same service; wait 30 min at most, and let only an outage or the
  # timeout through (a refused request or a bad setup still fails the job)
  ddeploy gate evaluate --service checkout-api --env production --identifier pre-deploy \\
      --timeout 1800 --on-timeout pass --on-error pass
  # inline rules from a file: no gate has to exist in Datadog
  ddeploy gate evaluate --service checkout-api --env staging --rules gate-rules.yaml
  # trigger only, and keep the evaluation ID for a later 'ddeploy gate wait'
  ID=$(ddeploy gate evaluate --service checkout-api --env production --no-wait)

A rules file (JSON, or YAML with the yaml extra; at most 1 MiB) is an inline rule
configuration, so no gate has to exist in Datadog beforehand:
  dry_run: false
  rules:
    - {type: monitor, name: Service monitors,
       options: {query: "service:checkout-api", duration: 300}}
    - {type: faulty_deployment_detection, name: Faulty deployment detection,
       options: {duration: 900, excluded_resources: ["GET /health"]}}
datadog-ci's --config file (the same, with dryRun) is accepted as it is.
"""

WAIT_EXAMPLES = """\
examples:
  # wait for an evaluation another job triggered (or a cancelled run named)
  ddeploy gate wait 5f0c2a94-0c1e-4f8e-9d51-3b1f6b0d7a21
  # wait at most an hour, polling every 20 s, and print one JSON document
  ddeploy gate wait "$EVALUATION_ID" --timeout 3600 --poll-interval 20 --json
"""

GET_EXAMPLES = """\
examples:
  # the state of an evaluation, once (exit 0 pass, 1 fail, 5 no verdict yet)
  ddeploy gate get 5f0c2a94-0c1e-4f8e-9d51-3b1f6b0d7a21
  # only its verdict, with jq
  ddeploy gate get "$EVALUATION_ID" --json | jq -r .verdict
"""

DORA_SEND_EXAMPLES = """\
examples:
  # a deployment of checkout-api 2.4.0 to production that started at 10:00 UTC, ended now
  ddeploy dora send --service checkout-api --env production --version 2.4.0 \\
      --started-at 2025-11-22T10:00:00Z --team payments --custom-tag department:payments
  # start and end as Unix seconds
  ddeploy dora send --service checkout-api --started-at 1763805600 --finished-at 1763805660
  # without the checkout's commit and URL, and one JSON document on stdout
  ddeploy dora send --service checkout-api --started-at "$STARTED_AT" --no-git --json
  # check everything and show the event, but send nothing
  ddeploy dora send --service checkout-api --started-at "$STARTED_AT" --dry-run

Times: Unix seconds, milliseconds or nanoseconds, or ISO 8601 (UTC unless an offset is given).
Inside a git work tree the commit SHA and repository URL default to HEAD and origin
(credentials stripped from the URL); --no-git leaves them out. Change lead time needs them:
when they cannot be read, ddeploy says why.
"""

DORA_GET_EXAMPLES = """\
examples:
  # one deployment event, as lines of name and value
  ddeploy dora get 7d41c0a9e2b35f68
  # the same as one JSON document
  ddeploy dora get 7d41c0a9e2b35f68 --json
"""

# datadog-ci commands and what they are here.
DATADOG_CI_COMMANDS = {
    ("deployment", "gate"): "ddeploy gate evaluate",
    ("dora", "deployment"): "ddeploy dora send",
}


class Parser(argparse.ArgumentParser):
    """argparse, with usage errors that also state what exit code 2 means."""

    last_error: str | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self.commands: dict[tuple[str, str], argparse.ArgumentParser] = {}

    def parse_command(self, arguments: Sequence[str]) -> argparse.Namespace:
        """parse_args, but an unknown option is reported by the command it was given to
        (with that command's usage), not by the top-level parser."""
        args, extra = self.parse_known_args(arguments)
        if extra:
            command = self.commands.get((args.group, getattr(args, "command", "")), self)
            command.error(f"unrecognized arguments: {' '.join(extra)}")
        return args

    def error(self, message: str) -> NoReturn:
        Parser.last_error = f"{self.prog}: {message}"
        self.print_usage(sys.stderr)
        self.exit(
            int(ExitCode.USAGE),
            f"{self.prog}: error: {message} (exit 2: usage error; see {self.prog} --help)\n",
        )


if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[Parser]


class Refused(argparse.Action):
    """A datadog-ci flag ddeploy does not take: a usage error naming what to use instead."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        self.hint = kwargs.pop("hint")
        kwargs.setdefault("help", argparse.SUPPRESS)
        super().__init__(option_strings, dest, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        parser.error(f"{option_string} is a datadog-ci flag; {self.hint}")


def refuse(parser: argparse.ArgumentParser | Any, *flags: str, hint: str, value: bool) -> None:
    parser.add_argument(*flags, action=Refused, hint=hint, nargs=None if value else 0)


def migration_hint(arguments: Sequence[str]) -> str | None:
    """A usage error for a datadog-ci command line, naming the ddeploy command."""
    command = DATADOG_CI_COMMANDS.get(tuple(arguments[:2]))  # type: ignore[arg-type]
    if command is None:
        return None
    return (
        f"'{' '.join(arguments[:2])}' is datadog-ci's; here it is '{command}' "
        "(its flags work the same or say what to use; see README 'Coming from datadog-ci')"
    )


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"want a number of seconds, not {text!r}") from None
    if math.isnan(value) or math.isinf(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"want a number of seconds above 0, not {text!r}")
    return value


def poll_seconds(text: str) -> float:
    value = seconds(text)
    if value < MIN_POLL_INTERVAL:
        raise argparse.ArgumentTypeError(
            f"at least {MIN_POLL_INTERVAL:g} second, not {text!r} (Datadog asks for 10 to 20; "
            "1 is allowed for tests against a fake server)"
        )
    return value


def host_url(text: str) -> str:
    """--host: the library's rules for a base URL, and a root (see context.check_host)."""
    from .context import check_host
    from .outcome import UsageError

    try:
        return check_host(text)
    except UsageError as error:
        raise argparse.ArgumentTypeError(error.message) from None


def _datadog_ci_common(parser: argparse.ArgumentParser) -> None:
    """datadog-ci flags of both commands that ddeploy has no use for."""
    refuse(
        parser,
        "--fips",
        "--fips-ignore-error",
        hint="ddeploy has no FIPS switch: it uses the TLS of the Python it runs on",
        value=False,
    )
    refuse(
        parser,
        "--log-format",
        hint="use --json for one JSON document on stdout (human lines stay on stderr)",
        value=True,
    )


# A write keeps retrying through about a minute of an unreachable or failing Datadog (the
# retry budget is at most 60 s and at most 80 % of what is left of --timeout): 90 s covers it.
WRITE_TIMEOUT = 90.0
READ_TIMEOUT = 30.0


def add_common(common: argparse.ArgumentParser, *, wait: bool, write: bool = False) -> None:
    """Options every API command takes; `wait` adds the options of waiting for a verdict,
    `write` the longer default --timeout of a command that records something."""
    where = common.add_argument_group("connection")
    where.add_argument("--site", help="Datadog site, e.g. datadoghq.eu (default: $DD_SITE)")
    where.add_argument(
        "--host",
        type=host_url,
        metavar="URL",
        help="base URL instead of the site's, e.g. a proxy or http://127.0.0.1:8126 "
        "(scheme, host and port only; plain http only for loopback)",
    )
    if wait:
        where.add_argument(
            "--timeout",
            type=seconds,
            default=10800.0,
            metavar="SECONDS",
            help="bound the whole command, trigger and requests included (default 10800, 3 h: "
            "rules may watch a deployment for 2 h)",
        )
        where.add_argument(
            "--poll-interval",
            type=poll_seconds,
            default=15.0,
            metavar="SECONDS",
            help="seconds between polls (default 15; Datadog recommends 10 to 20; at least 1)",
        )
    else:
        default = WRITE_TIMEOUT if write else READ_TIMEOUT
        why = "; a write keeps retrying through about a minute of trouble" if write else ""
        where.add_argument(
            "--timeout",
            type=seconds,
            default=default,
            metavar="SECONDS",
            help=f"bound the whole command, retries included (default {default:g}{why})",
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
        help="'pass' exits 0 instead of 4 only when Datadog could not answer (5xx, 429, "
        "network, request timeout); never when it refused the request (400, 401, 403, 404)",
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
    _datadog_ci_common(common)


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description="Datadog Deployment Gates and DORA deployment events for CI pipelines.",
        epilog=f"{TOP_EXAMPLES}\n{ENVIRONMENT}\nexit codes:\n{table()}\n",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    groups = parser.add_subparsers(
        dest="group", required=True, metavar="COMMAND", help="what to work with"
    )
    _register(parser, "gate", _gate_commands(groups))
    _register(parser, "dora", _dora_commands(groups))
    from .parser_extra import gates_group

    _register(parser, "gates", gates_group(groups))
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


def _register(root: Parser, group: str, commands: dict[str, argparse.ArgumentParser]) -> None:
    for name, parser in commands.items():
        root.commands[(group, name)] = parser


def _gate_commands(groups: Subparsers) -> dict[str, argparse.ArgumentParser]:
    gate = groups.add_parser(
        "gate",
        help="evaluate a deployment gate, wait for its verdict, see why it failed",
        description="Deployment Gates (a preview API; ddeploy enables it for you).",
        epilog=f"{EVALUATE_EXAMPLES}\n{WAIT_EXAMPLES}\n{GET_EXAMPLES}\nexit codes:\n{table()}\n",
    )
    commands = gate.add_subparsers(
        dest="command", required=True, metavar="COMMAND", help="what to do with a gate"
    )

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
        "--primary-tag",
        "--apm-primary-tag",
        help="scope for faulty deployment detection, e.g. region:eu1 (--apm-primary-tag: "
        "datadog-ci's spelling)",
    )
    rules = what.add_mutually_exclusive_group()
    rules.add_argument(
        "--rules",
        metavar="FILE",
        help="inline rule configuration, JSON or YAML ('-' reads stdin); no gate needed",
    )
    rules.add_argument(
        "--config",
        metavar="FILE",
        help="datadog-ci's gate configuration file (JSON, camelCase dryRun): same as --rules",
    )
    what.add_argument(
        "--no-wait",
        action="store_true",
        help="print the evaluation ID on stdout and exit 0 without waiting",
    )
    add_common(evaluate, wait=True)
    evaluate.add_argument(
        "--fail-on-error",
        action="store_true",
        help="datadog-ci's flag, accepted: ddeploy already fails on errors and timeouts",
    )
    refuse(
        evaluate,
        "--no-fail-on-error",
        hint="ddeploy fails closed unless asked: use --on-error pass and --on-timeout pass",
        value=False,
    )
    refuse(  # datadog-ci 5.25.0's `deployment gate` has no --dry-run; its other commands do
        evaluate,
        "--dry-run",
        hint="datadog-ci's deployment gate has none: for rules that report without blocking, "
        "use --rules with dry_run: true (dryRun in a --config file)",
        value=False,
    )
    refuse(
        evaluate,
        "--monitors-query-variable",
        hint="ddeploy sends only documented fields; put the query in a --rules file",
        value=True,
    )
    evaluate.set_defaults(handler="gate_evaluate")

    wait = _command(
        commands,
        "wait",
        "wait for the verdict of an evaluation another job triggered",
        WAIT_EXAMPLES,
    )
    wait.add_argument(
        "evaluation_id",
        metavar="EVALUATION_ID",
        help="what 'gate evaluate --no-wait' printed (or a cancelled run named)",
    )
    add_common(wait, wait=True)
    wait.set_defaults(handler="gate_wait")

    get = _command(commands, "get", "print the current state of an evaluation once", GET_EXAMPLES)
    get.add_argument("evaluation_id", metavar="EVALUATION_ID", help="the evaluation to look at")
    add_common(get, wait=False)
    get.set_defaults(handler="gate_get")
    from .parser_extra import gate_commands

    return {"evaluate": evaluate, "wait": wait, "get": get, **gate_commands(commands)}


def _dora_commands(groups: Subparsers) -> dict[str, argparse.ArgumentParser]:
    dora = groups.add_parser(
        "dora",
        help="DORA deployment and failure events: send, read, mark failed, search, report",
        description="DORA Metrics deployment and failure (incident) events.",
        epilog=f"{DORA_SEND_EXAMPLES}\n{DORA_GET_EXAMPLES}",
    )
    commands = dora.add_subparsers(
        dest="command", required=True, metavar="COMMAND", help="what to do with an event"
    )

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
        "--no-git",
        "--skip-git",
        action="store_true",
        help="do not read the commit and URL from the checkout (--skip-git: datadog-ci's)",
    )
    event.add_argument(
        "--custom-tag",
        "--custom-tags",
        action="append",
        default=[],
        metavar="KEY:VALUE",
        help="a tag to attach (repeatable, at most 100; --custom-tags: datadog-ci's)",
    )
    event.add_argument(
        "--id", dest="deployment_id", metavar="ID", help="your own ID: 16 to 128 of a-zA-Z0-9-_.:"
    )
    event.add_argument(
        "--dry-run",
        action="store_true",
        help="check everything and show the event, but send nothing",
    )
    add_common(send, wait=False, write=True)
    send.set_defaults(handler="dora_send")

    get = _command(commands, "get", "print one deployment event", DORA_GET_EXAMPLES)
    get.add_argument("deployment_id", metavar="DEPLOYMENT_ID", help="the ID 'dora send' printed")
    add_common(get, wait=False)
    get.set_defaults(handler="dora_get")
    from .parser_extra import dora_commands

    return {"send": send, "get": get, **dora_commands(commands)}
