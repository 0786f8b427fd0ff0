"""GitHub Actions: step outputs (GITHUB_OUTPUT) and a Markdown job summary (GITHUB_STEP_SUMMARY).

Both files are appended to, as the runner expects; nothing is written when the variables are
unset. A file that cannot be written is reported and does not change the exit code.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from .outcome import LABELS, Outcome
from .output import Output
from .servertext import markdown_link, markdown_text, one_line

ICONS = {"pass": "✅", "fail": "❌", "ok": "✅"}


def write(outcome: Outcome, environ: Mapping[str, str], out: Output) -> None:
    outputs_path = environ.get("GITHUB_OUTPUT")
    summary_path = environ.get("GITHUB_STEP_SUMMARY")
    if outputs_path:
        _append(outputs_path, _outputs(outcome), out)
    if summary_path:
        _append(summary_path, summary(outcome), out)


def step_outputs(outcome: Outcome) -> dict[str, str]:
    """The step outputs: outcome, exit_code, and the IDs, verdict and URL the command knows."""
    values: dict[str, str] = {"outcome": outcome.case, "exit_code": str(outcome.exit_code)}
    for name in ("verdict", "evaluation_id", "url", "deployment_id"):
        value = outcome.data.get(name)
        if name in outcome.data:
            values[name] = "" if value is None else one_line(value)
    return values


def _outputs(outcome: Outcome) -> str:
    lines = []
    for name, value in step_outputs(outcome).items():
        if "\n" in value or "\r" in value:
            delimiter = f"ghadelimiter_{uuid.uuid4()}"
            lines.append(f"{name}<<{delimiter}\n{value}\n{delimiter}")
        else:
            lines.append(f"{name}={value}")
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    return markdown_text(value)


def summary(outcome: Outcome) -> str:
    data = outcome.data
    icon = ICONS.get(outcome.case, "⚠️")
    subject = " / ".join(str(data[k]) for k in ("service", "env") if data.get(k))
    title = f"### {icon} ddeploy {outcome.command}: {LABELS[outcome.case]}"
    lines = [title + (f" ({_cell(subject)})" if subject else ""), ""]
    lines.append(_cell(outcome.message))
    lines.append("")
    code = f"Exit code {outcome.exit_code}"
    if outcome.fail_open_option:
        code += f" because of `{outcome.fail_open_option} pass` (otherwise {int(outcome.code)})"
    lines.append(f"{code}: {outcome.meaning}.")
    if data.get("evaluation_id"):
        evaluation = f"`{_code(data['evaluation_id'])}`"
        lines += ["", f"Evaluation {markdown_link(evaluation, data.get('url'))}"]
    if data.get("deployment_id"):
        lines += ["", f"Deployment event `{_code(data['deployment_id'])}`"]
    rules = data.get("rules") or []
    if rules:
        lines += ["", "| Rule | Status | Reason |", "| --- | --- | --- |"]
        for rule in rules:
            status = _cell(rule["status"]) + (" (dry run)" if rule.get("dry_run") else "")
            mark = ICONS.get(rule["status"], "⏳")
            lines.append(f"| {_cell(rule['name'])} | {mark} {status} | {_cell(rule['reason'])} |")
    return "\n".join(lines) + "\n\n"


def _code(value: Any) -> str:
    """Text inside a Markdown code span: one line, no backtick to end it early."""
    return one_line(value).replace("`", "'")


def _append(path: str, text: str, out: Output) -> None:
    try:
        with open(path, "a", encoding="utf-8") as file:
            file.write(out.redact(text))
    except OSError as error:
        out.always(f"ddeploy: warning: cannot write {path}: {error.strerror or error}")
