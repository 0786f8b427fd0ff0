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
    CHANGES = 10  # 10 and up: gates as code
    PARTIAL = 11


# Short meanings, for the outcome line every run ends with.
MEANINGS: dict[ExitCode, str] = {
    ExitCode.PASS: "success",
    ExitCode.FAIL: "the gate's verdict is fail",
    ExitCode.USAGE: "usage or configuration error",
    ExitCode.TIMEOUT: "timed out waiting for the verdict",
    ExitCode.ERROR: "API or network error",
    ExitCode.PENDING: "no verdict yet",
    ExitCode.CHANGES: "Datadog's gates differ from the file",
    ExitCode.PARTIAL: "apply stopped half-way",
}

# The same codes explained, for --help and the README.
DETAILS: dict[ExitCode, str] = {
    ExitCode.PASS: "the gate passed, or the command did what it was asked",
    ExitCode.FAIL: "the gate's verdict is fail",
    ExitCode.USAGE: "usage or configuration error: flags, rules file, missing key, unknown site",
    ExitCode.TIMEOUT: "timed out waiting for the verdict",
    ExitCode.ERROR: "API or network error: Datadog refused or failed, or was out of reach",
    ExitCode.PENDING: "gate get only: the evaluation has no verdict yet",
    ExitCode.CHANGES: "gates plan only: there are changes to apply (Datadog differs from the file)",
    ExitCode.PARTIAL: "gates apply only: a change failed after others were made; what was and "
    "was not done is listed, and apply again finishes the job",
}

# Which outcomes a team may choose to fail open on, and the option that does it.
FAIL_OPEN_OPTIONS = {ExitCode.TIMEOUT: "--on-timeout", ExitCode.ERROR: "--on-error"}


def table() -> str:
    """The exit-code table as plain text, for --help."""
    lines = []
    for code, detail in DETAILS.items():
        option = FAIL_OPEN_OPTIONS.get(code)
        remark = f" ({option} pass makes it 0)" if option else ""
        lines.append(f"  {int(code)}  {detail}{remark}")
    return "\n".join(lines)
