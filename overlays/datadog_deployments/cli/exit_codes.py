"""The exit codes of ``ddeploy``: one table, stable, shown by ``--help`` and the README."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    PASS = 0
    FAIL = 1
    USAGE = 2
    TIMEOUT = 3
    ERROR = 4
    PENDING = 5
    INTERNAL = 6
    CHANGES = 10  # 10 and up: gates as code
    PARTIAL = 11
    INTERRUPTED = 130  # SIGINT: Ctrl-C (128 + 2, the shell's convention)
    CLOSED = 141  # stdout's reader went away: what SIGPIPE gives other tools (128 + 13)
    TERMINATED = 143  # SIGTERM: how most CI runners cancel a job (128 + 15)


# Short meanings, for the outcome line every run ends with.
MEANINGS: dict[ExitCode, str] = {
    ExitCode.PASS: "success",
    ExitCode.FAIL: "the gate's verdict is fail",
    ExitCode.USAGE: "usage or configuration error",
    ExitCode.TIMEOUT: "timed out waiting for the verdict",
    ExitCode.ERROR: "API or network error",
    ExitCode.PENDING: "no verdict yet",
    ExitCode.INTERNAL: "internal error in ddeploy",
    ExitCode.CHANGES: "Datadog's gates differ from the file",
    ExitCode.PARTIAL: "apply stopped half-way",
    ExitCode.INTERRUPTED: "interrupted (SIGINT)",
    ExitCode.CLOSED: "stdout was closed by its reader",
    ExitCode.TERMINATED: "cancelled (SIGTERM)",
}

# The same codes explained, for --help and the README.
DETAILS: dict[ExitCode, str] = {
    ExitCode.PASS: "the gate passed, or the command did what it was asked",
    ExitCode.FAIL: "the gate's verdict is fail",
    ExitCode.USAGE: "usage or configuration error: flags, rules file, --host, proxy variable, "
    "missing or malformed key, unknown site",
    ExitCode.TIMEOUT: "timed out waiting for the verdict",
    ExitCode.ERROR: "API or network error: Datadog refused the request (400, 401, 403, 404; "
    "outcome error) or could not answer (5xx, 429, network, request timeout; outcome "
    "unavailable), or has nothing under the ID given (gate why; outcome not_found)",
    ExitCode.PENDING: "gate get only: the evaluation has no verdict yet",
    ExitCode.INTERNAL: "internal error: a bug in ddeploy; never failed open",
    ExitCode.CHANGES: "gates plan only: there are changes to apply (Datadog's gates differ from "
    "the file)",
    ExitCode.PARTIAL: "gates apply only: a change failed after others were made",
    ExitCode.INTERRUPTED: "interrupted by SIGINT (Ctrl-C); the outcome is still written",
    ExitCode.CLOSED: "stdout was closed by its reader (a pipe into head -1, say): the output "
    "stopped there, quietly, as other tools end on SIGPIPE (128 + 13)",
    ExitCode.TERMINATED: "cancelled by SIGTERM (a cancelled CI job); the outcome is still written",
}

# Which outcome cases a team may choose to fail open on, and the option that does it. Only
# these two: "Datadog could not answer" (outcome `unavailable`) and "no verdict in time".
FAIL_OPEN_OPTIONS = {"timeout": "--on-timeout", "unavailable": "--on-error"}
FAIL_OPEN_REMARKS = {
    ExitCode.TIMEOUT: "--on-timeout pass makes it 0",
    ExitCode.ERROR: "--on-error pass makes it 0 only when Datadog could not answer",
}


def table() -> str:
    """The exit-code table as plain text, for --help."""
    lines = []
    for code, detail in DETAILS.items():
        remark = FAIL_OPEN_REMARKS.get(code)
        lines.append(f"  {int(code)}  {detail}" + (f" ({remark})" if remark else ""))
    return "\n".join(lines)
