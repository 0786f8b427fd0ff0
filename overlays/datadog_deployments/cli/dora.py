"""ddeploy dora send | get."""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone
from typing import Any

from datadog_deployments_api.types import Unset

from ..dora_metrics_api import DORAMetricsApi
from ..timestamps import to_datetime, to_unix_nanos
from .context import Context
from .exit_codes import ExitCode
from .gitinfo import read_checkout, strip_credentials
from .human import key_values
from .outcome import ApiFailure, Outcome, UsageError
from .servertext import one_line
from .time_window import event_times

CREATE = "CreateDORADeployment"
GET = "GetDORADeployment"
MAX_CUSTOM_TAGS = 100
_OWN_ID = re.compile(r"[a-zA-Z0-9_.:-]{16,128}")
_COMMIT_SHA = re.compile(r"[a-fA-F0-9]{40,}")
LATEST = 2**63 - 1  # the API's int64 nanoseconds end in 2262


def parse_time(text: str, flag: str) -> int:
    """Unix nanoseconds from seconds, milliseconds, nanoseconds or ISO 8601."""
    try:
        nanos = to_unix_nanos(to_datetime(text))
    except (ValueError, OverflowError, ArithmeticError):
        raise UsageError(
            f"{flag} {text!r} is not a time: give Unix seconds, milliseconds or nanoseconds, "
            "or ISO 8601 such as 2025-11-22T10:00:00Z"
        ) from None
    if not 0 < nanos <= LATEST:
        raise UsageError(f"{flag} {text!r} is out of range: Datadog takes times from 1970 to 2262")
    return nanos


def iso(nanos: int) -> str:
    moment = datetime.fromtimestamp(nanos / 1e9, timezone.utc)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _git(ctx: Context) -> dict[str, str] | None:
    args, out = ctx.args, ctx.out
    sha, url = args.git_commit_sha, args.git_repository_url
    if not args.no_git and (sha is None or url is None):
        checkout = read_checkout()
        if checkout.commit_sha and checkout.repository_url:
            sha, url = sha or checkout.commit_sha, url or checkout.repository_url
        elif checkout.problem:
            out.note(
                f"note: no git commit or repository URL from the checkout: {checkout.problem}; "
                "change lead time needs them (give --git-commit-sha and --git-repository-url, "
                "or --no-git to leave them out knowingly)"
            )
    if sha is None and url is None:
        return None
    if sha is None or url is None:
        raise UsageError(
            "--git-commit-sha and --git-repository-url go together, and the checkout gave "
            "no " + ("commit" if sha is None else "origin URL") + " (or pass --no-git)"
        )
    if not _COMMIT_SHA.fullmatch(sha):
        raise UsageError(f"--git-commit-sha {sha!r} is not a full commit SHA (40+ hex characters)")
    clean = strip_credentials(url)
    if clean != url.strip():
        out.note("note: removed the credentials from the repository URL before sending it")
    return {"commit_sha": sha, "repository_url": clean}


def event_id(given: str | None, *, choose: bool = True) -> str | None:
    """The event's ID: --id as given (checked), or one ddeploy chooses before the first attempt.

    Knowing the ID before sending makes every attempt, and a re-run with --id, write the same
    event: the outcome names it whatever happens, so a job that failed half-way cannot create
    a second event by trying again."""
    if given is not None:
        if not _OWN_ID.fullmatch(given):
            raise UsageError(f"--id {given!r} must be 16 to 128 characters of a-z A-Z 0-9 - _ . :")
        return given
    if not choose:  # a dry run: the ID a real run would choose is not known yet
        return None
    import uuid

    return f"ddeploy-{uuid.uuid4().hex}"


def _tags(values: list[str]) -> list[str]:
    for tag in values:
        key, sep, _ = tag.partition(":")
        if not sep or not key.strip():
            raise UsageError(f"--custom-tag {tag!r} is not KEY:VALUE")
    if len(values) > MAX_CUSTOM_TAGS:
        raise UsageError(f"at most {MAX_CUSTOM_TAGS} --custom-tag, got {len(values)}")
    return values


def send(ctx: Context) -> Outcome:
    args, out = ctx.args, ctx.out
    service = ctx.required("service")
    env = ctx.optional("env")
    started = parse_time(args.started_at, "--started-at")
    finished = parse_time(args.finished_at, "--finished-at") if args.finished_at else time.time_ns()
    if finished < started:
        raise UsageError(
            f"--finished-at {iso(finished)} is before --started-at {iso(started)}"
            + ("" if args.finished_at else " (--finished-at defaults to now)")
        )
    deployment_id = event_id(args.deployment_id, choose=not args.dry_run)
    tags = _tags(args.custom_tag)
    git = _git(ctx)
    optional = {
        "id": deployment_id,
        "env": env,
        "version": args.version,
        "team": args.team,
        "git": git,
        "custom_tags": tags or None,
    }
    attributes: dict[str, Any] = {
        "service": service,
        "started_at": started,
        "finished_at": finished,
    }
    attributes.update({k: v for k, v in optional.items() if v is not None})
    ctx.data.update(
        deployment_id=deployment_id,
        service=service,
        env=env,
        started_at=iso(started),
        finished_at=iso(finished),
        event=attributes,
    )
    where = ", ".join(f"{k} {v}" for k, v in (("env", env), ("version", args.version)) if v)
    what = f"{service}" + (f" ({where})" if where else "")
    duration = (finished - started) / 1e9
    commit = f", commit {git['commit_sha'][:12]} of {git['repository_url']}" if git else ""
    if args.dry_run:
        import json

        ctx.configuration((CREATE,))  # the keys, site and --host are checked all the same
        out.info(f"Dry run: would send the deployment event of {what}{commit}")
        out.product(json.dumps({"data": {"attributes": attributes}}, indent=2))
        ctx.data["dry_run"] = True
        return Outcome(
            ctx.command, "ok", ExitCode.PASS, "dry run: the event is valid; nothing sent", ctx.data
        )
    ctx.doing = f"sending the deployment event {deployment_id}"
    ctx.resume = f"the same command with --id {deployment_id} (it cannot create a second event)"
    with ctx.client((CREATE,)) as client:
        out.info(
            f"Sending the deployment event {deployment_id} of {what}: {iso(started)} to "
            f"{iso(finished)} ({duration:.0f}s){commit}"
        )
        response = DORAMetricsApi(client).create_dora_deployment(
            {"data": {"attributes": attributes}}
        )
    ctx.resume = None
    deployment_id = one_line(response.data.id or deployment_id or "")
    ctx.data["deployment_id"] = deployment_id
    out.product(deployment_id)
    return Outcome(
        ctx.command,
        "ok",
        ExitCode.PASS,
        f"deployment event stored as {deployment_id}",
        ctx.data,
    )


def get(ctx: Context) -> Outcome:
    deployment_id = ctx.args.deployment_id
    ctx.data.update(deployment_id=deployment_id)
    with ctx.client((GET,)) as client:
        ctx.not_found = f"no deployment event with ID {deployment_id}"
        response = DORAMetricsApi(client).get_dora_deployment(deployment_id)
    if isinstance(response.data, Unset) or isinstance(response.data.attributes, Unset):
        raise ApiFailure(f"Datadog answered without the event {deployment_id}")
    attributes = response.data.attributes.to_dict()
    ctx.data["deployment"] = event_times(attributes)
    try:
        started, finished = (
            to_datetime(attributes["started_at"]),
            to_datetime(attributes["finished_at"]),
        )
    except (KeyError, ValueError, OverflowError, ArithmeticError) as error:
        raise ApiFailure(
            f"Datadog answered the event {deployment_id} with times that cannot be read "
            f"({one_line(error)})"
        ) from error
    ctx.data.update(
        started_at=ctx.data["deployment"]["started_at"],
        finished_at=ctx.data["deployment"]["finished_at"],
        duration_seconds=(finished - started).total_seconds(),
    )
    pairs = [("id", one_line(response.data.id or deployment_id))]
    for name in ("service", "env", "version", "team"):
        if attributes.get(name) is not None:
            pairs.append((name, one_line(attributes[name])))
    pairs.append(("started_at", f"{ctx.data['started_at']}"))
    pairs.append(
        ("finished_at", f"{ctx.data['finished_at']} ({ctx.data['duration_seconds']:g}s later)")
    )
    git = attributes.get("git")
    if isinstance(git, dict):
        pairs.append(("git", one_line(f"{git.get('commit_sha')} {git.get('repository_id')}")))
    if attributes.get("custom_tags"):
        pairs.append(("custom_tags", one_line(", ".join(map(str, attributes["custom_tags"])))))
    known = {"service", "env", "version", "team", "started_at", "finished_at", "git", "custom_tags"}
    pairs += [
        (one_line(name), one_line(value)) for name, value in attributes.items() if name not in known
    ]
    for line in key_values(pairs):
        ctx.out.product(line)
    return Outcome(
        ctx.command, "ok", ExitCode.PASS, f"deployment event {deployment_id} found", ctx.data
    )
