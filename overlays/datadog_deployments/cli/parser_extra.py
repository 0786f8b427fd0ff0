"""The command lines of gates as code, gate history and the rest of DORA.

Kept apart from parser.py so that the commands of a CI job's first day stay easy to read there;
like parser.py, nothing here imports the HTTP client.
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING

from .parser import _command, add_common

if TYPE_CHECKING:
    from .parser import Subparsers

GATES_EXAMPLES = """\
examples:
  # write every gate and its rules to a file you keep in git
  ddeploy gates export > gates.yaml
  # show what would change (exit 0: nothing; 10: changes), sending nothing but reads
  ddeploy gates plan -f gates.yaml
  # make Datadog match the file; --prune also deletes what the file lacks
  ddeploy gates apply -f gates.yaml --prune

A gates file (YAML, or JSON); gates are matched by service, env and identifier, rules by name:
  gates:
    - service: checkout-api
      env: production
      identifier: default
      dry_run: false
      rules:
        - name: Service monitors
          type: monitor
          dry_run: false
          options: {query: "service:checkout-api", duration: 300, warmup: 60}
        - name: Pinned monitors
          type: monitor
          dry_run: true
          options: {monitor_ids: [{id: "12345", groups: ["region:eu1"]}]}
        - name: Faulty deployment detection
          type: faulty_deployment_detection
          dry_run: false
          options: {duration: 900, excluded_resources: ["GET /health"]}
"""

EXPORT_EXAMPLES = """\
examples:
  # every gate of the organization, as YAML on stdout
  ddeploy gates export > gates.yaml
  # one service's production gates, to a file
  ddeploy gates export --service checkout-api --env production -o checkout.yaml
  # as JSON, with IDs, authors and times under each 'server' key
  ddeploy gates export --format json --server-fields
"""

PLAN_EXAMPLES = """\
examples:
  # what apply would change: exit 0 when Datadog matches the file, 10 when it does not
  ddeploy gates plan -f gates.yaml
  # the counts of a plan that also deletes what the file lacks
  ddeploy gates plan -f gates.yaml --prune --json | jq .plan.counts
"""

APPLY_EXAMPLES = """\
examples:
  # create, update (and with --prune delete) until Datadog matches the file
  ddeploy gates apply -f gates.yaml
  # the same, pruning only among checkout-api's gates
  ddeploy gates apply -f gates.yaml --prune --service checkout-api

If a change fails, apply stops (exit 11 when some changes were already made), lists what was
done and what was not, and a second run finishes the job.
"""

WHY_EXAMPLES = """\
examples:
  # each rule of an evaluation, failed first, with its monitors or faulty resources
  ddeploy gate why 5f0c2a94-0c1e-4f8e-9d51-3b1f6b0d7a21
  # only the failed rules, for a script
  ddeploy gate why "$EVALUATION_ID" --json | jq '.why[] | select(.status == "fail")'
"""

EVALUATIONS_EXAMPLES = """\
examples:
  # a week of checkout-api's production evaluations, newest first
  ddeploy gate evaluations --service checkout-api --env production --since 7d
  # yesterday's failed evaluations as CSV
  ddeploy gate evaluations --status fail --since 24h --csv > failed.csv
  # the IDs of one version's evaluations
  ddeploy gate evaluations --version 2.4.0 --json | jq '.items[].evaluation_id'
"""

MARK_FAILED_EXAMPLES = """\
examples:
  # the deployment with this ID caused a failure
  ddeploy dora mark-failed 7d41c0a9e2b35f68
  # the latest 2.4.0 deployment failed, and 2.3.9 was rolled back to
  ddeploy dora mark-failed --service checkout-api --env production --version 2.4.0 \\
      --remediation rollback --remediation-version 2.3.9
  # it was not a failure after all: back to stable
  ddeploy dora mark-failed 7d41c0a9e2b35f68 --not-failed
"""

FAILURE_EXAMPLES = """\
examples:
  # an incident of checkout-api that is over; prints the event's ID
  ddeploy dora failure send --service checkout-api --env production --severity SEV-2 \\
      --name "Checkout errors" --started-at 2026-12-01T09:12:00Z --finished-at now
  # read it back
  ddeploy dora failure get 4242fcdd31586083
  # delete it
  ddeploy dora failure delete 4242fcdd31586083
"""

SEARCH_EXAMPLES = """\
examples:
  # a week of checkout-api's deployments, newest first
  ddeploy dora deployments --service checkout-api --since 7d
  # a month of one team's production deployments as CSV
  ddeploy dora deployments --query "env:production team:payments" --since 30d --csv
  # November's failure events as JSON
  ddeploy dora failures --from 2026-11-01T00:00:00Z --to 2026-12-01T00:00:00Z --json
"""

REPORT_EXAMPLES = """\
examples:
  # the four figures of the last 30 days, each with the events it rests on
  ddeploy dora report --service checkout-api --env production --since 30d
  # the figures as JSON
  ddeploy dora report --service checkout-api --since 90d --json | jq .report.figures

A figure the API's answers cannot support is reported as such, with the reason, never estimated.
"""

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def duration(text: str) -> float:
    """'30d', '24h', '90m', '3600s', '2w' -> seconds."""
    match = _DURATION.fullmatch(text.strip())
    if match is None or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(
            f"want a duration such as 30m, 24h, 7d or 2w, not {text!r}"
        )
    return float(match.group(1)) * _UNITS[match.group(2)]


# The longest window Datadog lists gate and rule evaluations for: openapi.yaml, the
# descriptions of ListDeploymentGateEvaluations and ListDeploymentRuleEvaluations ("a window of
# at most 30 days"). A longer one is refused here (exit 2) rather than sent to fail.
EVALUATIONS_WINDOW_DAYS = 30
EVALUATIONS_WINDOW = EVALUATIONS_WINDOW_DAYS * 86400.0


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"want a whole number above 0, not {text!r}")
    return value


def _window(parser: argparse.ArgumentParser, since: str) -> None:
    window = parser.add_argument_group("time window")
    window.add_argument(
        "--since", type=duration, metavar="DURATION", help=f"up to now (default {since})"
    )
    window.add_argument("--from", dest="from_", metavar="TIME", help="start (instead of --since)")
    window.add_argument("--to", metavar="TIME", help="end (default: now)")
    parser.set_defaults(default_since=duration(since))


def _listing(parser: argparse.ArgumentParser, noun: str) -> None:
    listing = parser.add_argument_group("listing")
    listing.add_argument(
        "--limit", type=positive, metavar="N", help=f"at most N {noun} (default: all)"
    )
    listing.add_argument(
        "--csv", action="store_true", help="CSV on stdout instead of a table (not with --json)"
    )


LONG_TIMEOUT = 900.0  # a whole organization's gates, or months of events, page after page


def _long(parser: argparse.ArgumentParser) -> None:
    """--timeout bounds the whole command: a listing or an apply needs longer than a request."""
    for action in parser._actions:
        if "--timeout" in action.option_strings:
            action.default = LONG_TIMEOUT
            action.help = (
                f"bound the whole command, every page and retry included (default {LONG_TIMEOUT:g})"
            )


def _scope(parser: argparse.ArgumentParser, what: str) -> None:
    scope = parser.add_argument_group(what)
    scope.add_argument("--service", help="only this service")
    scope.add_argument("--env", help="only this environment")
    scope.add_argument("--identifier", help="only gates with this identifier")


def gates_group(groups: Subparsers) -> dict[str, argparse.ArgumentParser]:
    gates = groups.add_parser(
        "gates",
        help="keep deployment gates and their rules as code: export, plan, apply",
        description="Deployment gates as code (a preview API; ddeploy enables it for you).",
        epilog=GATES_EXAMPLES,
    )
    commands = gates.add_subparsers(
        dest="command", required=True, metavar="COMMAND", help="what to do with the gates"
    )
    parsers: dict[str, argparse.ArgumentParser] = {}

    export = _command(
        commands,
        "export",
        "write the organization's gates and rules as one YAML or JSON document",
        EXPORT_EXAMPLES,
    )
    _scope(export, "which gates")
    output = export.add_argument_group("the document")
    output.add_argument("-o", "--output", metavar="FILE", help="write it here (default: stdout)")
    output.add_argument(
        "--format", choices=("yaml", "json"), help="default: from -o's extension, else yaml"
    )
    output.add_argument(
        "--server-fields",
        action="store_true",
        help="also IDs, authors and times, under each gate's and rule's 'server' key",
    )
    add_common(export, wait=False)
    _long(export)
    export.set_defaults(handler="gates_export")
    parsers["export"] = export

    for name, text, examples in (
        ("plan", "show what apply would change, changing nothing", PLAN_EXAMPLES),
        ("apply", "change Datadog's gates and rules to match the file", APPLY_EXAMPLES),
    ):
        command = _command(commands, name, text, examples)
        command.add_argument(
            "-f",
            "--file",
            required=True,
            metavar="FILE",
            help="the gates document, YAML or JSON ('-' reads stdin)",
        )
        command.add_argument(
            "--prune",
            action="store_true",
            help="also delete gates and rules in Datadog that the file does not have "
            "(only among the gates --service/--env/--identifier select)",
        )
        _scope(command, "which gates in Datadog to compare with (default: all)")
        add_common(command, wait=False)
        _long(command)
        command.set_defaults(handler=f"gates_{name}")
        parsers[name] = command
    return parsers


def gate_commands(commands: Subparsers) -> dict[str, argparse.ArgumentParser]:
    """`gate why` and `gate evaluations`, next to evaluate, wait and get."""
    why = _command(
        commands,
        "why",
        "list each rule's evaluation with what made it fail: monitors, resources",
        WHY_EXAMPLES,
    )
    why.add_argument("evaluation_id", metavar="EVALUATION_ID", help="the gate evaluation's ID")
    why.add_argument(
        "--since",
        type=duration,
        default=EVALUATIONS_WINDOW,
        metavar="DURATION",
        help="how far back the evaluation may have started "
        f"(default and most: {EVALUATIONS_WINDOW_DAYS}d, the API's maximum)",
    )
    add_common(why, wait=False)
    why.set_defaults(handler="gate_history_why")

    history = _command(
        commands,
        "evaluations",
        "list past gate evaluations, newest first, with status, version and link",
        EVALUATIONS_EXAMPLES,
    )
    _scope(history, "which evaluations")
    history.add_argument("--version", help="only evaluations of this deployment version")
    history.add_argument(
        "--status", choices=("in_progress", "pass", "fail"), help="only this outcome"
    )
    _window(history, "24h")
    _listing(history, "evaluations")
    add_common(history, wait=False)
    _long(history)
    history.set_defaults(handler="gate_history_evaluations")
    return {"why": why, "evaluations": history}


def dora_commands(commands: Subparsers) -> dict[str, argparse.ArgumentParser]:
    """mark-failed, failure send|get|delete, deployments, failures, report."""
    mark = _command(
        commands,
        "mark-failed",
        "mark a deployment as a change failure (what a rollback job runs)",
        MARK_FAILED_EXAMPLES,
    )
    mark.add_argument(
        "deployment_id",
        metavar="DEPLOYMENT_ID",
        nargs="?",
        help="the deployment's ID; or give --service, --env and --version",
    )
    which = mark.add_argument_group("the deployment, by service, env and version")
    which.add_argument("--service", help="default: $DD_SERVICE")
    which.add_argument("--env", help="default: $DD_ENV")
    which.add_argument("--version", help="the version deployed (the latest such is marked)")
    remedy = mark.add_argument_group("how it was remedied (needed for recovery time)")
    remedy.add_argument("--remediation", choices=("rollback", "rollforward"))
    remedy.add_argument("--remediation-id", metavar="ID", help="the remediating deployment's ID")
    remedy.add_argument(
        "--remediation-version", metavar="VERSION", help="or its version (same service and env)"
    )
    mark.add_argument("--not-failed", action="store_true", help="mark it back as stable instead")
    add_common(mark, wait=False, write=True)
    mark.set_defaults(handler="dora_failure_mark")

    failure = commands.add_parser(
        "failure",
        help="send, read and delete failure (incident) events",
        description="DORA failure (incident) events.",
        epilog=FAILURE_EXAMPLES,
    )
    failures = failure.add_subparsers(
        dest="subcommand", required=True, metavar="COMMAND", help="what to do with an event"
    )
    send = _command(
        failures, "send", "send a failure event and print the ID it was stored under",
        FAILURE_EXAMPLES,
    )  # fmt: skip
    event = send.add_argument_group("the failure")
    event.add_argument(
        "--service",
        dest="services",
        action="append",
        default=[],
        metavar="SERVICE",
        help="an impacted service (repeatable; default: $DD_SERVICE); or give --team",
    )
    event.add_argument("--team", help="the owning team (needed when no service is given)")
    event.add_argument("--started-at", required=True, metavar="TIME", help="when it started")
    event.add_argument(
        "--finished-at", metavar="TIME", help="when it was over ('now' for now; default: open)"
    )
    event.add_argument("--env", help="the impacted environment (default: $DD_ENV)")
    event.add_argument("--name", help="what happened, in a few words")
    event.add_argument("--severity", help="e.g. SEV-1 or High")
    event.add_argument("--version", help="the version to correlate with")
    event.add_argument("--git-commit-sha", metavar="SHA", help="default: HEAD of the checkout")
    event.add_argument("--git-repository-url", metavar="URL", help="default: the origin remote")
    event.add_argument(
        "--no-git", action="store_true", help="do not read the commit and URL from the checkout"
    )
    event.add_argument(
        "--custom-tag", action="append", default=[], metavar="KEY:VALUE",
        help="a tag to attach (repeatable, at most 100)",
    )  # fmt: skip
    event.add_argument(
        "--id", dest="failure_id", metavar="ID", help="your own ID: 16 to 128 of a-zA-Z0-9-_.:"
    )
    add_common(send, wait=False, write=True)
    send.set_defaults(handler="dora_failure_send")
    for name, text in (("get", "print one failure event"), ("delete", "delete a failure event")):
        command = _command(failures, name, text, FAILURE_EXAMPLES)
        command.add_argument("failure_id", metavar="FAILURE_ID", help="the failure event's ID")
        add_common(command, wait=False)
        command.set_defaults(handler=f"dora_failure_{name}")

    searches: dict[str, argparse.ArgumentParser] = {}
    for name, noun in (("deployments", "deployment"), ("failures", "failure")):
        search = _command(
            commands,
            name,
            f"list the {noun} events of a time window as a table, CSV or JSON",
            SEARCH_EXAMPLES,
        )
        filters = search.add_argument_group("which events")
        filters.add_argument("--service", help="only this service")
        filters.add_argument("--env", help="only this environment")
        filters.add_argument(
            "--query", help='a search in Datadog\'s event syntax, e.g. "team:payments"'
        )
        _window(search, "7d")
        _listing(search, f"{noun} events")
        add_common(search, wait=False)
        _long(search)
        search.set_defaults(handler=f"dora_history_{name}")
        searches[name] = search

    report = _command(
        commands,
        "report",
        "the four DORA figures of a service over a window, from the events Datadog returns",
        REPORT_EXAMPLES,
    )
    report.add_argument("--service", help="the service (default: $DD_SERVICE)")
    report.add_argument("--env", help="only this environment (default: $DD_ENV, else all)")
    _window(report, "30d")
    add_common(report, wait=False)
    _long(report)
    report.set_defaults(handler="dora_history_report")
    return {"mark-failed": mark, "failure": failure, **searches, "report": report}
