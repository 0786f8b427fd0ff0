"""``ddeploy`` entry point: parse, run one command, then report its outcome everywhere it goes.

Every run ends with one outcome line on stderr (what happened, the exit code and its
meaning), the JSON document on stdout with --json, and GitHub step outputs and summary when
the runner asks for them: also when the command failed, hit a bug, ran out of --timeout or was
cancelled by SIGINT/SIGTERM.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from .context import Context
from .exit_codes import ExitCode
from .outcome import CommandError, Outcome, Unavailable, UsageError
from .output import BOLD, GREEN, RED, YELLOW, Output, StdoutClosed, silence_stdout
from .parser import Parser, build_parser, migration_hint
from .redaction import Redactor, secrets_from
from .servertext import block

if TYPE_CHECKING:
    from .cancellation import Cancelled, DeadlineReached


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["fake-server"]:  # its own options and signals: forwarded untouched
        from .cancellation import let_go
        from .fake_server import run

        let_go()

        return run(arguments[1:])
    hint = migration_hint(arguments)
    try:
        if hint is not None:
            build_parser().error(hint)
        args = build_parser().parse_command(arguments)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
        if code == ExitCode.USAGE and "--json" in arguments:
            message = Parser.last_error or "usage error"
            document = Outcome("ddeploy", "usage", ExitCode.USAGE, message).document()
            print(Redactor(secrets_from(os.environ))(json.dumps(document)))
        return code
    # Loaded once a command is to run: --help and usage errors do without signals and timers.
    from .cancellation import Cancelled, DeadlineReached, Guard

    # The secrets in the environment are registered by the Context, before anything is written.
    out = Output(quiet=args.quiet, verbose=args.verbose, json_mode=args.json)
    # Not armed until the context exists: a signal or the deadline that comes before is held,
    # then raised by _run, so the outcome can always be written.
    with Guard(getattr(args, "timeout", None), armed=False) as guard:
        context = Context(args, out, os.environ, guard)
        from .github import COMMAND_OUTPUTS

        for name in COMMAND_OUTPUTS.get(args.handler, ()):  # on every ending, empty if unknown
            context.data[name] = getattr(args, name, None)
        _configure_logging(out, args.verbose)
        outcome: Outcome | None = None
        try:
            outcome = _run(context)
            guard.settle()  # from here on, signals and the deadline change nothing
        except (Cancelled, DeadlineReached) as late:  # arrived as the command was ending
            guard.settle()
            if outcome is None:
                outcome = _late(context, late)
        return _finish(context, outcome)


def _run(context: Context) -> Outcome:
    from .cancellation import Cancelled, DeadlineReached

    group, _, function = context.args.handler.rpartition("_")
    try:
        context.guard.arm()
        commands = import_module(f".{group}", __package__)
        outcome: Outcome = getattr(commands, function)(context)
        return outcome
    except (Cancelled, DeadlineReached) as stopped:
        context.guard.settle()
        return _late(context, stopped)
    except StdoutClosed:
        return _closed(context)
    except Exception as error:
        from .failures import explain

        why = explain(error, context.base_url, context.not_found, failing_open=context.failing_open)
        return _failed(context, why, error)


def _closed(context: Context) -> Outcome:
    """stdout's reader stopped reading (`| head -1`): it has what it wanted; end quietly."""
    silence_stdout()
    context.out.end_live()
    message = "stdout was closed by its reader; the output stopped there"
    return Outcome(context.command, "closed", ExitCode.CLOSED, message, context.data)


def _late(context: Context, stopped: Cancelled | DeadlineReached) -> Outcome:
    """The outcome of a command that a signal or the --timeout deadline ended."""
    from .cancellation import Cancelled

    if isinstance(stopped, Cancelled):
        return _cancelled(context, stopped)
    if not context.contacted:  # the budget ran out before any request: a setup problem
        usage = UsageError(
            f"--timeout {context.args.timeout:g}s ran out before ddeploy could ask Datadog"
            + (f" ({context.doing})" if context.doing else "")
            + "; give it more time"
        )
        return _failed(context, usage, stopped)
    error = Unavailable(
        f"no answer from {context.base_url} within --timeout {context.args.timeout:g}s"
        + (f" ({context.doing})" if context.doing else "")
    )
    return _failed(context, error, stopped)


def _cancelled(context: Context, cancelled: Cancelled) -> Outcome:
    context.out.end_live()
    message = f"cancelled by {cancelled.signal_name}"
    if context.doing:
        message += f" while {context.doing}"
    if context.resume:
        message += f"; to pick it up again: {context.resume}"
    code = ExitCode(cancelled.exit_code)
    return Outcome(context.command, "cancelled", code, message, context.data, cancelled)


def _failed(context: Context, error: CommandError, cause: BaseException) -> Outcome:
    out = context.out
    out.end_live()
    if out.verbose and not isinstance(cause, CommandError):
        out.detail(block("".join(traceback.format_exception(cause)).rstrip()))
    message = error.message
    if context.resume and error.case != "usage":
        message += f"; to pick it up again: {context.resume}"
    return Outcome(context.command, error.case, error.code, message, context.data, cause)


_STYLES = {"pass": (GREEN, BOLD), "ok": (GREEN,), "fail": (RED, BOLD), "pending": (YELLOW,)}


def _finish(context: Context, outcome: Outcome) -> int:
    args, out = context.args, context.out
    outcome.fail_open(
        {
            "--on-timeout": getattr(args, "on_timeout", "fail"),
            "--on-error": getattr(args, "on_error", "fail"),
        }
    )
    timings = context.timings()
    if "polls" in outcome.data:
        timings["polls"] = outcome.data.pop("polls")
    outcome.data["timings"] = timings
    if outcome.case != "closed":  # a closed stdout ends quietly, as other tools do
        out.always(out.style(outcome.line(), *_STYLES.get(outcome.case, (RED,))))
    if args.json and outcome.case != "closed":
        try:
            (context.document_writer or out.document)(outcome.document())
        except StdoutClosed:
            outcome = _closed(context)
    from . import github

    github.write(outcome, context.environ, out)
    return outcome.exit_code


class _LogHandler(logging.Handler):
    """The library's log records on stderr, through the redacting output."""

    def __init__(self, out: Output) -> None:
        super().__init__()
        self.out = out
        self.setFormatter(logging.Formatter("%(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.out.detail(block(self.format(record)))


def _configure_logging(out: Output, verbose: bool) -> None:
    library = logging.getLogger("datadog_deployments")
    if not verbose:
        # ddeploy states what matters itself (preview use, outcome); retries stay silent.
        library.setLevel(logging.ERROR)
        return
    handler = _LogHandler(out)
    for name, level in (("datadog_deployments", logging.DEBUG), ("httpx", logging.INFO)):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.addHandler(handler)
        logger.propagate = False
