"""Render a drift report as text (terminal, CI log), JSON, or Markdown."""

from __future__ import annotations

import json
from collections.abc import Iterator

from tools.specdrift.model import DOCUMENT, Difference, OperationInfo, Report

FORMATS = ("text", "json", "markdown")


def render(report: Report, fmt: str) -> str:
    if fmt == "json":
        return to_json(report)
    if fmt == "markdown":
        return to_markdown(report)
    return to_text(report)


def summary_line(report: Report) -> str:
    """One line: the number of differences, how many break the client, the count by class."""
    total = len(report.differences)
    explained = f"; {len(report.explained)} explained" if report.explained else ""
    if not total:
        return f"specdrift: no differences{explained}"
    by_class = ", ".join(f"{kind} {n}" for kind, n in sorted(report.counts().items()))
    noun = "difference" if total == 1 else "differences"
    return f"specdrift: {total} {noun}, {report.breaking_count()} breaking: {by_class}{explained}"


def _explained(diff: Difference, call: int) -> str:
    detail = f" ({diff.detail})" if diff.detail else ""
    return (
        f"[call {call}] {diff.operation or '(document)'}  {diff.kind.value}  {diff.where}{detail}"
    )


def _groups(report: Report) -> Iterator[tuple[str, list[Difference]]]:
    infos = {info.operation_id: info for info in report.operations}
    order = [DOCUMENT, *infos]
    order += sorted({d.operation for d in report.differences} - set(order))
    for key in order:
        diffs = [d for d in report.differences if d.operation == key]
        if not diffs:
            continue
        if key == DOCUMENT:
            title = "(whole document: servers, security schemes)"
        else:
            info = infos.get(key)
            title = f"{key}  {info.method} {info.path}" if info else key
        yield title, diffs


def _theirs(report: Report, diff: Difference) -> str:
    if diff.theirs_at is not None:
        return f"{diff.theirs}  ({diff.theirs_at})"
    return diff.theirs


def _op(info: OperationInfo) -> str:
    tags = ", ".join(info.tags)
    return f"{info.method} {info.path}  {info.operation_id}  [{tags}]"


def to_text(report: Report) -> str:
    out = [f"specdrift: {report.ours_source} (ours) vs {report.theirs_source} (theirs)", ""]
    for title, diffs in _groups(report):
        out.append(title)
        for d in diffs:
            mark = "BREAKING" if d.breaking else "ok      "
            detail = f"  ({d.detail})" if d.detail else ""
            out.append(f"  {mark} {d.kind.value}  {d.where}{detail}")
            out.append(f"           ours:   {d.ours}")
            out.append(f"           theirs: {_theirs(report, d)}")
        out.append("")
    if report.explained:
        out.append("Explained by a judgment call in openapi.yaml's header (not counted):")
        out += [f"  {_explained(diff, call)}" for diff, call in report.explained]
        out.append("")
    if report.uncovered:
        out.append("Upstream operations under our tags that our spec leaves out (information):")
        out += [f"  {_op(info)}" for info in report.uncovered]
        out.append("")
    if report.notes:
        out.append("Notes:")
        out += [f"  {note}" for note in report.notes]
        out.append("")
    out.append(summary_line(report))
    return "\n".join(out) + "\n"


def to_json(report: Report) -> str:
    data = {
        "ours": report.ours_source,
        "theirs": report.theirs_source,
        "differences": [d.as_dict() for d in report.differences],
        "counts": dict(sorted(report.counts().items())),
        "breaking": report.breaking_count(),
        "uncovered": [
            {
                "operation_id": info.operation_id,
                "method": info.method,
                "path": info.path,
                "tags": list(info.tags),
            }
            for info in report.uncovered
        ],
        "notes": report.notes,
        "explained": [{**diff.as_dict(), "judgment_call": call} for diff, call in report.explained],
    }
    return json.dumps(data, indent=2) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report) -> str:
    out = [f"## Spec drift: `{report.ours_source}` vs `{report.theirs_source}`", ""]
    for title, diffs in _groups(report):
        out += [f"### {_cell(title)}", ""]
        out += [
            "| class | breaking | where | detail | ours | theirs |",
            "|---|---|---|---|---|---|",
        ]
        for d in diffs:
            out.append(
                f"| {d.kind.value} | {'yes' if d.breaking else 'no'} | {_cell(d.where)} "
                f"| {_cell(d.detail)} | `{_cell(d.ours)}` | `{_cell(_theirs(report, d))}` |"
            )
        out.append("")
    if report.uncovered:
        out += ["### Upstream operations under our tags that our spec leaves out", ""]
        out += [f"- `{_cell(_op(info))}`" for info in report.uncovered]
        out.append("")
    if report.explained:
        out += ["### Explained by a judgment call in openapi.yaml's header (not counted)", ""]
        out += [f"- {_cell(_explained(diff, call))}" for diff, call in report.explained]
        out.append("")
    if report.notes:
        out += ["### Notes", ""]
        out += [f"- {_cell(note)}" for note in report.notes]
        out.append("")
    out.append(f"**{summary_line(report)}**")
    return "\n".join(out) + "\n"
