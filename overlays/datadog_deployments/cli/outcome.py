"""How a command ended: which case, which exit code, one line saying both, and the JSON of it.

The errors a command raises say which case they are; `failures.explain` turns any exception
(the library's, or an unexpected one) into one of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .exit_codes import FAIL_OPEN_OPTIONS, MEANINGS, ExitCode

# The case names used in the outcome line, the JSON document and the GitHub outputs.
LABELS = {
    "pass": "PASS",
    "fail": "FAIL",
    "pending": "NO VERDICT YET",
    "timeout": "TIMED OUT",
    "unavailable": "DATADOG UNAVAILABLE",
    "error": "ERROR",
    "usage": "USAGE ERROR",
    "internal": "INTERNAL ERROR",
    "cancelled": "CANCELLED",
    "ok": "OK",
    "changes": "CHANGES",
    "partial": "PARTIALLY APPLIED",
    "closed": "OUTPUT CLOSED",
    "not_found": "NOT FOUND",
}

# Exit 0 means different things; the outcome line says which.
CASE_MEANINGS = {
    "pass": "the gate's verdict is pass",
    "ok": "success",
    "unavailable": "Datadog could not answer",
    "error": "Datadog refused the request or answered unusably",
    "not_found": "Datadog has nothing under that ID",
}


class CommandError(Exception):
    """Ends a command with an exit code and a one-line message naming what to fix."""

    code = ExitCode.ERROR
    case = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(CommandError):
    """A flag, a rules file, the environment or the configuration is wrong."""

    code = ExitCode.USAGE
    case = "usage"


class ApiFailure(CommandError):
    """Datadog refused the request (400, 401, 403, 404...) or answered what cannot be used:
    a mistake in the job's own setup, which failing open must not hide."""


class NotFound(ApiFailure):
    """Datadog answered, and has nothing under that ID (a wrong ID, or one too old or too new
    for the window): exit 4 as a 404 is, never failed open, but not called a refusal."""

    case = "not_found"


class Unavailable(ApiFailure):
    """Datadog could not answer: 5xx after the retries, 429 past the budget, a network failure,
    a request timeout. The one error `--on-error pass` covers."""

    case = "unavailable"


class InternalError(CommandError):
    """A bug in ddeploy: its own exit code, which no --on-... switch changes."""

    code = ExitCode.INTERNAL
    case = "internal"


@dataclass
class Outcome:
    command: str  # "gate evaluate"
    case: str  # a key of LABELS
    code: ExitCode  # the code the case means
    message: str  # one line
    data: dict[str, Any] = field(default_factory=dict)  # command fields for --json and GitHub
    error: BaseException | None = None
    fail_open_option: str | None = None  # set when a --on-... pass turned the code into 0

    @property
    def exit_code(self) -> int:
        return 0 if self.fail_open_option else int(self.code)

    @property
    def meaning(self) -> str:
        """What the case's exit code means (before any failing open)."""
        return CASE_MEANINGS.get(self.case, MEANINGS[self.code])

    def fail_open(self, choices: dict[str, str]) -> None:
        """Apply --on-timeout / --on-error: {"--on-timeout": "pass", ...}."""
        option = FAIL_OPEN_OPTIONS.get(self.case)
        if option is not None and choices.get(option) == "pass":
            self.fail_open_option = option

    def line(self, prog: str = "ddeploy") -> str:
        """The outcome line: what happened, the exit code, and what the code means."""
        meaning = self.meaning
        if self.fail_open_option:
            why = (
                f"exit 0 because of {self.fail_open_option} pass; "
                f"otherwise exit {int(self.code)}: {meaning}"
            )
        else:
            why = f"exit {int(self.code)}: {meaning}"
        return f"{prog}: {LABELS[self.case]}: {self.message} ({why})"

    def document(self) -> dict[str, Any]:
        error: dict[str, Any] | None = None
        if self.error is not None:
            error = {
                "type": type(self.error).__name__,
                "message": self.message,
            }
            status = getattr(self.error, "status", None)
            if isinstance(status, int):
                error["status"] = status
        return {
            "command": self.command,
            "outcome": self.case,
            "exit_code": self.exit_code,
            "exit_meaning": self.meaning,
            "failed_open": self.fail_open_option is not None,
            "message": self.message,
            **self.data,
            "error": error,
        }
