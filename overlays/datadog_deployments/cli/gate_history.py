"""ddeploy gate why | evaluations: what a gate decided before, and why it failed."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote

from . import gate_why
from .api_port import LIST_EVALUATIONS, LIST_RULE_EVALUATIONS, gate_evaluations, rule_evaluations
from .context import Context
from .exit_codes import ExitCode
from .listing import Column, Listing
from .outcome import NotFound, Outcome, UsageError
from .parser_extra import EVALUATIONS_WINDOW
from .servertext import one_line
from .time_window import event_times, window, within


def evaluation_link(site: str, evaluation_id: str) -> str:
    """The evaluation's page in Datadog's UI, in the form the result endpoint's URL takes."""
    labels = site.split(".")
    app = f"https://{site}" if len(labels) > 2 else f"https://app.{site}"
    query = quote(f"level:gate @evaluation_id:{evaluation_id}", safe="")
    return f"{app}/ci/deployment-gates/evaluations?index=cdgates&query={query}"


# filter[gate_evaluation_id] is `format: uuid` in openapi.yaml: anything else cannot match.
EVALUATION_ID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")

WHY_AFTER_A_VERDICT = 2 * 86400.0  # a verdict just came: the evaluation is recent


def fetch_why(client: Any, evaluation_id: str, since: float) -> list[gate_why.RuleWhy]:
    end = datetime.now(timezone.utc)
    start = end - timedelta(seconds=since)
    return gate_why.explain(rule_evaluations(client, evaluation_id, start, end))


def record_why(ctx: Context, rules: list[gate_why.RuleWhy]) -> None:
    """--json and the step summary get the detail of every rule."""
    ctx.data["why"] = [rule.json() for rule in rules]


def explain_failure(ctx: Context, client: Any, evaluation_id: str) -> None:
    """After a fail verdict: each rule's detail on stderr, in --json and the step summary.

    The verdict stands whatever happens here: a failure to fetch the detail is one note."""
    from ..errors import DatadogDeploymentsError

    try:
        rules = fetch_why(client, evaluation_id, WHY_AFTER_A_VERDICT)
    except DatadogDeploymentsError as error:
        from .failures import explain

        reason = explain(error, ctx.base_url, "no rule evaluations found").message
        ctx.out.note(f"note: no detail of the failed rules: {reason}")
        return
    if not rules:
        return
    record_why(ctx, rules)
    explained = [(rule, gate_why.detail_lines(rule)) for rule in rules if rule.failed]
    explained = [(rule, details) for rule, details in explained if details]
    if explained:
        ctx.out.info("What made the failed rules fail:")
    for rule, details in explained:
        ctx.out.info(f"  {rule.name}:")
        for line in details:
            ctx.out.info(f"    {line}")


def why(ctx: Context) -> Outcome:
    eid = ctx.args.evaluation_id
    ctx.data.update(evaluation_id=eid, url=None)
    if not EVALUATION_ID.fullmatch(eid):
        raise UsageError(
            f"{one_line(eid)!r} is not an evaluation ID: they are UUIDs such as "
            "3fa85f64-5717-4562-b3fc-2c963f66afa6 (gate evaluate prints one, gate evaluations "
            "lists them)"
        )
    within(ctx.args.since, EVALUATIONS_WINDOW, "--since")
    with ctx.client(LIST_RULE_EVALUATIONS) as client:
        rules = fetch_why(client, eid, ctx.args.since)
    if not rules:
        raise NotFound(
            f"Datadog has no rule evaluations for evaluation {eid} in the last "
            f"{ctx.args.since / 86400:g} day(s): check the ID and the site (a just-started "
            "evaluation takes a few seconds to appear)"
        )
    record_why(ctx, rules)
    ctx.data["url"] = evaluation_link(ctx.site(), eid)
    ctx.data["rules"] = [
        {"name": r.name, "status": r.status, "reason": r.reason, "dry_run": r.dry_run}
        for r in rules
    ]
    for line in gate_why.lines(rules):
        ctx.out.product(line)
    failed = [rule for rule in rules if rule.failed]
    if failed:
        names = ", ".join(rule.name for rule in failed)
        message = f"{len(failed)} of {len(rules)} rule(s) failed in evaluation {eid}: {names}"
    else:
        message = f"no rule failed in evaluation {eid} ({len(rules)} rule(s))"
    return Outcome(ctx.command, "ok", ExitCode.PASS, message, ctx.data)


EVALUATION_COLUMNS = (
    Column("started_at", "started_at", 20),
    Column("status", "status", 11),
    Column("service", "service", 18),
    Column("env", "env", 12),
    Column("identifier", "identifier", 10),
    Column("version", "version", 12),
    Column("duration_seconds", "seconds", 7),
    Column("evaluation_id", "evaluation_id", 36),
    Column("url", "url", 0),
)


EVALUATION_FIELDS = (
    "evaluation_id",
    "started_at",
    "finished_at",
    "status",
    "service",
    "env",
    "identifier",
    "version",
    "dry_run",
    "duration_seconds",
    "gate_id",
)


def evaluations(ctx: Context) -> Outcome:
    args, out = ctx.args, ctx.out
    start, end = window(args, EVALUATIONS_WINDOW)
    filters = {
        "service": args.service,
        "env": args.env,
        "identifier": args.identifier,
        "version": args.version,
        "status": args.status,
    }
    ctx.data.update(
        {"from": start.isoformat(), "to": end.isoformat(), "filters": filters, "count": 0}
    )
    listing = Listing(out, EVALUATION_COLUMNS, csv_mode=args.csv, noun="evaluations")
    if out.json_mode:
        ctx.document_writer = listing.finish
    site = ctx.site()
    with ctx.client(LIST_EVALUATIONS) as client:
        for evaluation_id, attributes in gate_evaluations(client, start, end, filters, args.limit):
            item = event_times({name: attributes.get(name) for name in EVALUATION_FIELDS})
            item["evaluation_id"] = item["evaluation_id"] or evaluation_id
            item["url"] = evaluation_link(site, str(item["evaluation_id"]))
            listing.add(item)
            ctx.data["count"] = listing.count
    listing.close()
    return Outcome(
        ctx.command,
        "ok",
        ExitCode.PASS,
        f"{listing.count} evaluation(s) started between {start:%Y-%m-%d %H:%M} and "
        f"{end:%Y-%m-%d %H:%M} UTC",
        ctx.data,
    )
