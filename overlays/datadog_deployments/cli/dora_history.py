"""ddeploy dora deployments | failures | report: the events of a window, and what they add up to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .api_port import dora_search
from .context import Context
from .dora_report import ReportBuilder
from .exit_codes import ExitCode
from .listing import Column, Listing
from .outcome import Outcome
from .time_window import event_times, window

LIST = {"deployments": "ListDORADeployments", "failures": "ListDORAFailures"}

COLUMNS = {
    "deployments": (
        Column("started_at", "started_at", 20),
        Column("finished_at", "finished_at", 20),
        Column("service", "service", 18),
        Column("env", "env", 12),
        Column("version", "version", 12),
        Column("team", "team", 12),
        Column("commit_sha", "commit", 12),
        Column("id", "id", 0),
    ),
    "failures": (
        Column("started_at", "started_at", 20),
        Column("finished_at", "finished_at", 20),
        Column("services", "services", 18),
        Column("env", "env", 12),
        Column("severity", "severity", 8),
        Column("name", "name", 30),
        Column("id", "id", 0),
    ),
}


def term(key: str, value: str) -> str:
    """`key:"value"` in the event search syntax: quoted, with `"` and `\\` escaped, so that
    spaces, a `-key:` or a `*` in the value are the value, not more of the query."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{key}:"{escaped}"'


def _query(service: str | None, env: str | None, query: str | None) -> str | None:
    """--service and --env mean exactly those values; --query is the user's own syntax."""
    parts = [term("service", service) if service else "", term("env", env) if env else ""]
    parts.append(query or "")
    text = " ".join(part for part in parts if part.strip())
    return text or None


def _row(kind: str, event_id: str, attributes: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"id": event_id, **event_times(attributes)}
    git = attributes.get("git")
    if kind == "deployments" and isinstance(git, dict) and git.get("commit_sha"):
        row["commit_sha"] = str(git["commit_sha"])[:12]
    return row


def _search(ctx: Context, kind: str) -> Outcome:
    args, out = ctx.args, ctx.out
    start, end = window(args)
    query = _query(args.service, args.env, args.query)
    ctx.data.update({"from": start.isoformat(), "to": end.isoformat(), "query": query, "count": 0})
    noun = kind[:-1] + " events"
    listing = Listing(out, COLUMNS[kind], csv_mode=args.csv, noun=noun)
    if out.json_mode:
        ctx.document_writer = listing.finish
    with ctx.client((LIST[kind],)) as client:
        for event_id, attributes in dora_search(client, kind, start, end, query, args.limit):
            item = _row(kind, event_id, attributes)
            if out.json_mode:
                item.pop("commit_sha", None)
            listing.add(item)
            ctx.data["count"] = listing.count
    listing.close()
    return Outcome(
        ctx.command,
        "ok",
        ExitCode.PASS,
        f"{listing.count} {kind[:-1]} event(s) between {start:%Y-%m-%d %H:%M} and "
        f"{end:%Y-%m-%d %H:%M} UTC" + (f" matching {query!r}" if query else ""),
        ctx.data,
    )


def deployments(ctx: Context) -> Outcome:
    return _search(ctx, "deployments")


def failures(ctx: Context) -> Outcome:
    return _search(ctx, "failures")


NAMES = {
    "deployment_frequency": "deployment frequency",
    "change_failure_rate": "change failure rate",
    "change_lead_time": "change lead time",
    "recovery_time": "recovery time",
}


def report(ctx: Context) -> Outcome:
    args, out = ctx.args, ctx.out
    service = ctx.required("service")
    env = ctx.optional("env")
    start, end = window(args)
    builder = ReportBuilder(service, env, start, end)
    query = _query(service, env, None)
    progress: Callable[[], None] = (
        (
            lambda: out.live(
                f"{builder.deployments} deployment(s), {builder.failures} failure(s) read"
            )
        )
        if out.tty and not out.quiet
        else (lambda: None)
    )
    with ctx.client(tuple(LIST.values())) as client:
        out.info(f"Reading the DORA events of {query} from {start:%Y-%m-%d} to {end:%Y-%m-%d}")
        for _, attributes in dora_search(client, "deployments", start, end, query):
            builder.add_deployment(attributes)
            progress()
        for _, attributes in dora_search(client, "failures", start, end, query):
            builder.add_failure(attributes)
            progress()
    out.end_live()
    ctx.data.update(service=service, env=env, report=builder.json())
    figures = builder.figures()
    width = max(len(name) for name in NAMES.values())
    for figure in figures:
        events = f"  [{figure.based_on} event(s)]" if figure.computable else ""
        out.product(f"{NAMES[figure.name].ljust(width)}  {figure.text}{events}")
    missing = [NAMES[f.name] for f in figures if not f.computable]
    message = (
        f"DORA figures of {service}"
        + (f" in {env}" if env else "")
        + (
            f" over {builder.days:g} day(s): {builder.deployments} deployment(s), "
            f"{builder.failures} failure(s)"
        )
    )
    if missing:
        message += f"; cannot be computed from the API's answers: {', '.join(missing)}"
    return Outcome(ctx.command, "ok", ExitCode.PASS, message, ctx.data)
