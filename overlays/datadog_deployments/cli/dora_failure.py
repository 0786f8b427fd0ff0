"""ddeploy dora mark-failed and dora failure send | get | delete: change failures and incidents."""

from __future__ import annotations

import time
from typing import Any

from ..dora_metrics_api import DORAMetricsApi
from .api_port import plain
from .context import Context
from .dora import _git, _tags, event_id, iso, parse_time
from .exit_codes import ExitCode
from .human import key_values
from .outcome import ApiFailure, Outcome, UsageError
from .servertext import one_line
from .time_window import event_times

SEND = "CreateDORAFailure"
GET = "GetDORAFailure"
DELETE = "DeleteDORAFailure"
PATCH = "PatchDORADeployment"
PATCH_BY_VERSION = "PatchDORADeploymentByVersion"


# ---- mark-failed -------------------------------------------------------------------------------
def _remediation(ctx: Context) -> dict[str, str] | None:
    args = ctx.args
    kind, by_id, by_version = args.remediation, args.remediation_id, args.remediation_version
    if kind is None and by_id is None and by_version is None:
        return None
    if kind is None:
        raise UsageError(
            "--remediation-id/--remediation-version need --remediation rollback|rollforward"
        )
    if (by_id is None) == (by_version is None):
        raise UsageError(
            f"--remediation {kind} needs --remediation-id or --remediation-version (one)"
        )
    if args.not_failed:
        raise UsageError("--remediation describes a failure's fix; not with --not-failed")
    return {"type": kind, **({"id": by_id} if by_id else {"version": by_version})}


def mark(ctx: Context) -> Outcome:
    args, out = ctx.args, ctx.out
    ctx.command = "dora mark-failed"
    failed = not args.not_failed
    remediation = _remediation(ctx)
    attributes: dict[str, Any] = {"change_failure": failed}
    if remediation:
        attributes["remediation"] = remediation
    if args.deployment_id:
        if args.version:
            raise UsageError("give DEPLOYMENT_ID or --service/--env/--version, not both")
        which = f"deployment {args.deployment_id}"
        ctx.data.update(deployment_id=args.deployment_id)
        body = {
            "data": {
                "id": args.deployment_id,
                "type": "dora_deployment_patch_request",
                "attributes": attributes,
            }
        }
        operation = PATCH
    else:
        if not args.version:
            raise UsageError(
                "name the deployment: DEPLOYMENT_ID, or --service, --env and --version"
            )
        service, env = ctx.required("service"), ctx.required("env")
        which = f"the latest deployment of {service} {args.version} in {env}"
        attributes.update(service=service, env=env, version=args.version)
        ctx.data.update(deployment_id=None, service=service, env=env, version=args.version)
        body = {"data": {"type": "dora_deployment_patch_request", "attributes": attributes}}
        operation = PATCH_BY_VERSION
    ctx.data.update(change_failure=failed, remediation=remediation)
    verb = "change failure" if failed else "stable (not a change failure)"
    fix = (
        f", remedied by {remediation['type']} to "
        + (
            f"deployment {remediation['id']}"
            if "id" in remediation
            else f"version {remediation['version']}"
        )
        if remediation
        else ""
    )
    with ctx.client((operation,)) as client:
        ctx.not_found = f"no such deployment event: {which}"
        out.info(f"Marking {which} as a {verb}{fix}")
        api = DORAMetricsApi(client)
        if operation == PATCH:
            api.patch_dora_deployment(deployment_id=args.deployment_id, body=body)
        else:
            api.patch_dora_deployment_by_version(body=body)
    return Outcome(ctx.command, "ok", ExitCode.PASS, f"{which} marked as a {verb}{fix}", ctx.data)


# ---- failure send | get | delete ---------------------------------------------------------------
def send(ctx: Context) -> Outcome:
    args, out = ctx.args, ctx.out
    ctx.command = "dora failure send"
    services = list(args.services) or ([s] if (s := ctx.optional("service")) else [])
    if not services and not args.team:
        raise UsageError(
            "name the impacted --service (repeatable, or set DD_SERVICE) or the --team"
        )
    started = parse_time(args.started_at, "--started-at")
    finished: int | None = None
    if args.finished_at is not None:
        if args.finished_at.strip().lower() == "now":
            finished = time.time_ns()
        else:
            finished = parse_time(args.finished_at, "--finished-at")
        if finished < started:
            raise UsageError(f"--finished-at {iso(finished)} is before --started-at {iso(started)}")
    failure_id = event_id(args.failure_id)
    optional = {
        "id": failure_id,
        "services": services or None,
        "team": args.team,
        "env": ctx.optional("env"),
        "name": args.name,
        "severity": args.severity,
        "version": args.version,
        "finished_at": finished,
        "git": _git(ctx),
        "custom_tags": _tags(args.custom_tag) or None,
    }
    attributes: dict[str, Any] = {"started_at": started}
    attributes.update({k: v for k, v in optional.items() if v is not None})
    ctx.data.update(failure_id=failure_id, event=attributes, started_at=iso(started))
    what = ", ".join(services) if services else f"team {args.team}"
    span = f"from {iso(started)}" + (f" to {iso(finished)}" if finished else " (still open)")
    ctx.doing = f"sending the failure event {failure_id}"
    ctx.resume = f"the same command with --id {failure_id} (it cannot create a second event)"
    with ctx.client((SEND,)) as client:
        out.info(f"Sending the failure event {failure_id} of {what} {span}")
        answer = plain(
            DORAMetricsApi(client).create_dora_failure(body={"data": {"attributes": attributes}})
        )
    ctx.resume = None
    failure_id = one_line((answer.get("data") or {}).get("id") or failure_id or "")
    ctx.data["failure_id"] = failure_id
    out.product(failure_id)
    return Outcome(
        ctx.command, "ok", ExitCode.PASS, f"failure event stored as {failure_id}", ctx.data
    )


def get(ctx: Context) -> Outcome:
    failure_id = ctx.args.failure_id
    ctx.command = "dora failure get"
    ctx.data.update(failure_id=failure_id)
    with ctx.client((GET,)) as client:
        ctx.not_found = f"no failure event with ID {failure_id}"
        answer = plain(DORAMetricsApi(client).get_dora_failure(failure_id=failure_id))
    data = answer.get("data") or {}
    attributes = data.get("attributes") if isinstance(data, dict) else None
    if not isinstance(attributes, dict):
        raise ApiFailure(f"Datadog answered without the failure event {failure_id}")
    attributes = event_times(attributes)
    ctx.data["failure"] = attributes
    pairs = [("id", one_line(data.get("id") or failure_id))]
    for name, value in attributes.items():
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        elif isinstance(value, dict):
            value = " ".join(str(v) for v in value.values())
        pairs.append((one_line(name), one_line(value)))
    for line in key_values(pairs):
        ctx.out.product(line)
    return Outcome(ctx.command, "ok", ExitCode.PASS, f"failure event {failure_id} found", ctx.data)


def delete(ctx: Context) -> Outcome:
    failure_id = ctx.args.failure_id
    ctx.command = "dora failure delete"
    ctx.data.update(failure_id=failure_id)
    with ctx.client((DELETE,)) as client:
        ctx.not_found = f"no failure event with ID {failure_id}"
        DORAMetricsApi(client).delete_dora_failure(failure_id=failure_id)
    return Outcome(
        ctx.command, "ok", ExitCode.PASS, f"failure event {failure_id} deleted", ctx.data
    )
