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

# The step outputs each command has on every ending, a cancellation at its first moment
# included (empty while not known), so that a workflow can always read them.
_GATE = ("verdict", "evaluation_id", "url")
COMMAND_OUTPUTS: dict[str, tuple[str, ...]] = {
    "gate_evaluate": _GATE,
    "gate_wait": _GATE,
    "gate_get": _GATE,
    "dora_send": ("deployment_id",),
    "dora_failure_mark": ("deployment_id",),
    "dora_failure_send": ("failure_id",),
    "gates_plan": ("changes",),
    "gates_apply": ("changes",),
}
# Every output name, in a stable order: what step_outputs writes when the command set it.
OUTPUT_NAMES = tuple(dict.fromkeys(n for names in COMMAND_OUTPUTS.values() for n in names))


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
    for name in OUTPUT_NAMES:
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
    lines += _why(data.get("why") or [])
    if isinstance(data.get("plan"), dict):
        lines += _plan(data["plan"])
    return "\n".join(lines) + "\n\n"


def _code(value: Any) -> str:
    """Text inside a Markdown code span: one line, no backtick to end it early."""
    return one_line(value).replace("`", "'")


def _why(rules: list[dict[str, Any]]) -> list[str]:
    """What made each failed rule fail: its monitors, faulty resources and narratives."""
    lines: list[str] = []
    for rule in rules:
        if rule.get("status") != "fail":
            continue
        details = [
            markdown_link(f"monitor {_cell(m.get('id'))}", m.get("url"))
            + f" {_cell(m.get('state'))}"
            for m in rule.get("monitors") or []
        ]
        details += [f"faulty resource `{_code(r)}`" for r in rule.get("faulty_resources") or []]
        details += [f"narrative {_cell(n)}" for n in rule.get("narratives") or []]
        if details:
            lines.append(f"- **{_cell(rule.get('name'))}**: " + "; ".join(details))
    return ["", "Why:", *lines] if lines else []


def _plan(plan: dict[str, Any]) -> list[str]:
    changes = plan.get("changes") or []
    if not changes:
        return []
    lines = ["", "| Change | What | Fields |", "| --- | --- | --- |"]
    for change in changes:
        gate = change.get("gate") or {}
        what = " / ".join(_cell(gate.get(k)) for k in ("service", "env", "identifier"))
        if change.get("rule"):
            what = f"rule {_cell(change['rule'])} of {what}"
        fields = ", ".join(_cell(f.get("path")) for f in change.get("fields") or [])
        action = _cell(f"{change.get('action')} {change.get('kind')}")
        lines.append(f"| {action} | {what} | {fields or '-'} |")
    return lines


def _append(path: str, text: str, out: Output) -> None:
    try:
        with open(path, "a", encoding="utf-8") as file:
            file.write(out.redact(text))
    except OSError as error:
        out.always(f"ddeploy: warning: cannot write {path}: {error.strerror or error}")
