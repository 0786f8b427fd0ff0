"""``ddeploy`` entry point: parse, run one command, then report its outcome everywhere it goes.

Every run ends with one outcome line on stderr (what happened, the exit code and its
meaning), the JSON document on stdout with --json, and GitHub step outputs and summary when
the runner asks for them.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from importlib import import_module

from .context import Context
from .exit_codes import ExitCode
from .outcome import ApiFailure, CommandError, Outcome
from .output import BOLD, GREEN, RED, YELLOW, Output
from .parser import Parser, build_parser

INTERRUPTED = 130  # the shell's convention for Ctrl-C / a cancelled job


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["fake-server"]:  # its own options: forwarded untouched
        from .fake_server import run

        return run(arguments[1:])
    try:
        args = build_parser().parse_args(arguments)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
        if code == ExitCode.USAGE and "--json" in arguments:
            message = Parser.last_error or "usage error"
            print(json.dumps(Outcome("ddeploy", "usage", ExitCode.USAGE, message).document()))
        return code
    out = Output(quiet=args.quiet, verbose=args.verbose, json_mode=args.json)
    context = Context(args, out, os.environ)
    _configure_logging(out, args.verbose)
    try:
        outcome = _run(context)
    except KeyboardInterrupt:
        out.end_live()
        out.always(f"ddeploy: interrupted (exit {INTERRUPTED})")
        return INTERRUPTED
    return _finish(context, outcome)


def _run(context: Context) -> Outcome:
    from ..errors import DatadogDeploymentsError

    group, _, function = context.args.handler.rpartition("_")
    try:
        commands = import_module(f".{group}", __package__)
        outcome: Outcome = getattr(commands, function)(context)
        return outcome
    except CommandError as error:
        return _failed(context, error, error)
    except DatadogDeploymentsError as error:
        from .failures import explain

        return _failed(context, explain(error, context.base_url, context.not_found), error)
    except Exception as error:  # a bug in ddeploy: still one line and a documented code
        message = f"unexpected {type(error).__name__}: {error} (a ddeploy bug: please report it)"
        return _failed(context, ApiFailure(message), error)


def _failed(context: Context, error: CommandError, cause: BaseException) -> Outcome:
    out = context.out
    out.end_live()
    if out.verbose and not isinstance(cause, CommandError):
        out.detail("".join(traceback.format_exception(cause)).rstrip())
    return Outcome(context.command, error.case, error.code, error.message, context.data, cause)


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
    out.always(out.style(outcome.line(), *_STYLES.get(outcome.case, (RED,))))
    if args.json:
        (context.document_writer or out.document)(outcome.document())
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
        self.out.detail(self.format(record))


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
