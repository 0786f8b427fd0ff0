"""ddeploy gates export | plan | apply: deployment gates and their rules kept as code."""

from __future__ import annotations

import dataclasses
import json
import os
import shlex
import tempfile
from typing import TYPE_CHECKING, Any

from .api_port import FIND_RULE_IDS, READ_GATES, WRITE_GATES, GatesPort
from .context import Context
from .exit_codes import ExitCode
from .gates_apply import apply as run_plan
from .gates_document import GateSpec, dump, format_for, load, to_document
from .gates_plan import ABSENT, REPLACED, Change, Plan
from .gates_plan import plan as make_plan
from .outcome import ApiFailure, CommandError, Outcome, Unavailable, UsageError
from .servertext import one_line

if TYPE_CHECKING:
    from ..api_client import ApiClient


def _scope(ctx: Context) -> dict[str, str | None]:
    args = ctx.args
    return {"service": args.service, "env": args.env, "identifier": args.identifier}


def _scope_text(scope: dict[str, str | None]) -> str:
    chosen = [f"{name} {value}" for name, value in scope.items() if value]
    return " (" + ", ".join(chosen) + ")" if chosen else ""


def apply_command(file: str, prune: bool, scope: dict[str, str | None]) -> str:
    """The `gates apply` that does what this run planned or started, ready to paste into a
    shell: the same file, --prune and selection (each value shell-quoted)."""
    words = ["ddeploy", "gates", "apply", "-f", file]
    if prune:
        words.append("--prune")
    for name, value in scope.items():
        if value:
            words += [f"--{name}", value]
    return shlex.join(words)


def _apply_command(ctx: Context) -> str:
    return apply_command(ctx.args.file, ctx.args.prune, _scope(ctx))


def _current(ctx: Context, port: GatesPort) -> list[GateSpec]:
    scope = _scope(ctx)
    ctx.out.info(f"Reading the gates in Datadog{_scope_text(scope)}")
    gates: list[GateSpec] = []
    for gate in port.gates(**scope):
        gates.append(gate)
        if ctx.out.tty and not ctx.out.quiet:
            ctx.out.live(f"{len(gates)} gate(s) read")
    ctx.out.end_live()
    return gates


# ---- export ------------------------------------------------------------------------------------
def export(ctx: Context) -> Outcome:
    args, out = ctx.args, ctx.out
    fmt = format_for(args.output, args.format)
    with ctx.client(READ_GATES) as client:
        gates = _current(ctx, GatesPort(client))
    document = to_document(gates, server_fields=args.server_fields)
    text = dump(document, fmt)
    rules = sum(len(gate.rules) for gate in gates)
    ctx.data.update(gates=len(gates), rules=rules, output=args.output, format=fmt)
    if args.output:
        _write_atomically(args.output, text)
        where = f"written to {args.output}"
    else:
        if out.json_mode:
            ctx.data["document"] = document
        else:
            out.data(text)  # the server's values exactly: `plan` must read them back unchanged
        where = "written to stdout" if not out.json_mode else "in the JSON document"
    message = f"{len(gates)} gate(s) with {rules} rule(s) exported, {where}"
    return Outcome(ctx.command, "ok", ExitCode.PASS, message, ctx.data)


def _write_atomically(path: str, text: str) -> None:
    """A half-written file never replaces a good one."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".ddeploy-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except OSError as error:
        raise UsageError(f"-o {path}: cannot write it: {error.strerror or error}") from None


# ---- plan --------------------------------------------------------------------------------------
def _value(value: Any) -> str:
    if value is ABSENT:
        return "(absent)"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


_SIGNS = {"create": "+", "update": "~", "delete": "-"}


def plan_lines(plan: Plan) -> list[str]:
    """The plan as people read it: one line per change, its fields indented under it."""
    lines: list[str] = []
    for change in plan.changes:
        lines.append(f"{_SIGNS[change.action]} {one_line(change.describe())}")
        for field in change.fields:
            if change.action == "create":
                lines.append(f"    {field.path}: {_value(field.after)}")
            else:
                lines.append(f"    {field.path}: {_value(field.before)} -> {_value(field.after)}")
    lines += [f"  (left alone: {one_line(what)}; --prune deletes it)" for what in plan.left_alone]
    return lines


def _prepare(ctx: Context, operations: tuple[str, ...]) -> tuple[list[GateSpec], ApiClient]:
    args = ctx.args
    desired = load(args.file)
    ctx.data.update(file=args.file, prune=args.prune, scope=_scope(ctx))
    scope = _scope(ctx)
    outside = [
        gate.key
        for gate in desired
        if any(value and getattr(gate.key, name) != value for name, value in scope.items())
    ]
    if outside:
        raise UsageError(
            f"{args.file}: gate {outside[0]} is outside what --service/--env/--identifier "
            "select; narrow the file or widen the selection"
        )
    client = ctx.client(operations)
    return desired, client


def _planned(ctx: Context, port: GatesPort, desired: list[GateSpec]) -> Plan:
    """The plan, with the rule IDs it needs learnt first where the rules list left them out.

    A rule changes in place only when its ID is known; for gates that the plan would
    otherwise replace for want of IDs, the IDs are looked up and the plan made again."""
    current = _current(ctx, port)
    result = make_plan(desired, current, prune=ctx.args.prune)
    replaced = {c.gate_id for c in result.changes if c.note == REPLACED and c.gate_id}
    if not replaced:
        return result
    ctx.out.info(f"Looking up the rule IDs of {len(replaced)} gate(s) in their rule evaluations")
    current = [_with_rule_ids(port, gate) if gate.id in replaced else gate for gate in current]
    return make_plan(desired, current, prune=ctx.args.prune)


def _with_rule_ids(port: GatesPort, gate: GateSpec) -> GateSpec:
    assert gate.id is not None
    ids = port.rule_ids(gate.id, [rule.name for rule in gate.rules if not rule.id])
    rules = tuple(
        rule if rule.id else dataclasses.replace(rule, id=ids.get(rule.name)) for rule in gate.rules
    )
    return dataclasses.replace(gate, rules=rules)


def plan(ctx: Context) -> Outcome:
    desired, client = _prepare(ctx, READ_GATES + FIND_RULE_IDS)
    with client:
        result = _planned(ctx, GatesPort(client), desired)
    ctx.data["plan"] = result.json()
    ctx.data["changes"] = len(result.changes)
    for line in plan_lines(result):
        ctx.out.product(line)
    if result.empty:
        return Outcome(ctx.command, "ok", ExitCode.PASS, result.summary(), ctx.data)
    return Outcome(
        ctx.command,
        "changes",
        ExitCode.CHANGES,
        f"{result.summary()}; '{_apply_command(ctx)}' makes them",
        ctx.data,
    )


# ---- apply -------------------------------------------------------------------------------------
def apply(ctx: Context) -> Outcome:
    out = ctx.out
    desired, client = _prepare(ctx, READ_GATES + FIND_RULE_IDS + WRITE_GATES)
    with client:
        port = GatesPort(client)
        result = _planned(ctx, port, desired)
        ctx.data["plan"] = result.json()
        if result.empty:
            ctx.data.update(changes=0, done=[], not_done=[], failed=None)
            return Outcome(ctx.command, "ok", ExitCode.PASS, result.summary(), ctx.data)
        out.info(f"Applying {result.summary()}")
        # kept current, so that a cancellation or the deadline still says what was done
        done: list[dict[str, Any]] = []
        not_done = [change.json() for change in result.changes]
        ctx.data.update(changes=len(result.changes), done=done, not_done=not_done, failed=None)
        ctx.resume = _apply_command(ctx)

        def report(change: Change, stage: str) -> None:
            if stage == "start":
                ctx.doing = change.describe()
                return
            done.append(not_done.pop(0))
            out.info(f"  done: {one_line(change.describe())}")

        record = run_plan(result, port, on_change=report)
    ctx.data.update(
        changes=len(result.changes),
        done=[change.json() for change in record.done],
        failed=record.failed.json() if record.failed else None,
        not_done=[change.json() for change in record.not_done],
        created_ids=record.created_ids,
    )
    if record.complete:
        for line in plan_lines(result):
            out.product(line)
        counts = result.counts()
        message = (
            f"applied: {counts['create']} created, {counts['update']} updated, "
            f"{counts['delete']} deleted"
        )
        return Outcome(ctx.command, "ok", ExitCode.PASS, message, ctx.data)
    return _stopped(ctx, record.failed, record.error, len(record.done), record.not_done)


def next_step(why: CommandError, command: str) -> str:
    """What finishes the job: running again helps only when Datadog could not answer; a
    refusal (a 4xx: a rule Datadog rejects, a missing permission...) repeats until fixed."""
    if isinstance(why, Unavailable):
        return f"run '{command}' again to finish"
    if isinstance(why, ApiFailure):
        refused = "what Datadog refused (in the file or the keys' permissions)"
        return f"fix {refused}, then run '{command}'"
    return f"fix the problem above, then run '{command}'"


def _stopped(
    ctx: Context,
    failed: Change | None,
    error: BaseException | None,
    done: int,
    not_done: list[Change],
) -> Outcome:
    from ..errors import DatadogDeploymentsError

    out = ctx.out
    assert failed is not None and error is not None
    if isinstance(error, DatadogDeploymentsError):
        from .failures import explain

        why: CommandError = explain(
            error,
            ctx.base_url,
            f"not found while trying to {failed.describe()}",
            failing_open=ctx.failing_open,
        )
    elif isinstance(error, CommandError):
        why = error
    else:
        raise error  # a bug of ours: main reports it as such
    what = one_line(failed.describe())
    out.always(f"  FAILED: {what}: {why.message}")
    for change in not_done:
        out.always(f"  not done: {one_line(change.describe())}")
    again = next_step(why, _apply_command(ctx))
    if done == 0:
        return Outcome(
            ctx.command,
            why.case,
            why.code,
            f"nothing changed: {what} failed: {why.message}",
            ctx.data,
            error,
        )
    return Outcome(
        ctx.command,
        "partial",
        ExitCode.PARTIAL,
        f"{done} change(s) made, then {what} failed ({why.message}); "
        f"{len(not_done)} not attempted; {again}",
        ctx.data,
        error,
    )
