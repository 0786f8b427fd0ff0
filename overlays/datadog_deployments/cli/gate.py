"""ddeploy gate evaluate | wait | get."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deployment_gates_api import DeploymentGatesApi, evaluation_id, evaluation_request
from ..polling import DEFAULT_NOT_FOUND_GRACE, GateTimeoutError
from ..verdict import GateVerdict
from .context import Context
from .exit_codes import ExitCode
from .human import Progress, rules_json, verdict_summary
from .outcome import Outcome

if TYPE_CHECKING:
    from ..deployment_gates_api import SyncDeploymentGatesApi

TRIGGER = "TriggerDeploymentGatesEvaluation"
RESULT = "GetDeploymentGatesEvaluationResult"
WHY = "ListDeploymentRuleEvaluations"  # on a fail: what made each rule fail


def evaluate(ctx: Context) -> Outcome:
    args, out = ctx.args, ctx.out
    service, env = ctx.required("service"), ctx.required("env")
    ctx.data.update(
        service=service,
        env=env,
        identifier=args.identifier or "default",
        version=args.version,
        primary_tag=args.primary_tag,
        rules_file=args.rules,
        verdict=None,
        evaluation_id=None,
        url=None,
    )
    inline = None
    if args.rules:
        from .rules import load_rules

        inline = load_rules(args.rules)
    progress = Progress(out)
    operations = (TRIGGER,) if args.no_wait else (TRIGGER, RESULT, WHY)
    with ctx.client(operations, sleep=progress.sleep) as client:
        api = DeploymentGatesApi(client)
        body = evaluation_request(
            service, env, args.identifier, args.version, args.primary_tag, inline
        )
        subject = f"{service} / {env}" + (f" / {args.identifier}" if args.identifier else "")
        how = f" with the inline rules of {args.rules}" if args.rules else ""
        out.info(f"Evaluating the deployment gate of {subject}{how}")
        ctx.not_found = (
            f"no deployment gate for service {service!r}, env {env!r}, identifier "
            f"{args.identifier or 'default'!r}: create it in Datadog, check --identifier, "
            "or pass --rules FILE to evaluate inline rules"
        )
        started = client.clock()
        eid = evaluation_id(api.trigger_deployment_gates_evaluation(body))
        ctx.data["evaluation_id"] = eid
        out.info(f"Evaluation ID: {eid}")
        if args.no_wait:
            out.product(eid)
            return Outcome(
                ctx.command,
                "ok",
                ExitCode.PASS,
                f"evaluation {eid} triggered, not waiting; follow it with: ddeploy gate wait {eid}",
                ctx.data,
            )
        return _wait(ctx, api, eid, progress, started)


def wait(ctx: Context) -> Outcome:
    eid = ctx.args.evaluation_id
    ctx.data.update(verdict=None, evaluation_id=eid, url=None)
    progress = Progress(ctx.out)
    with ctx.client((RESULT, WHY), sleep=progress.sleep) as client:
        ctx.out.info(f"Waiting for the verdict of evaluation {eid}")
        return _wait(ctx, DeploymentGatesApi(client), eid, progress, None)


def get(ctx: Context) -> Outcome:
    eid = ctx.args.evaluation_id
    ctx.data.update(verdict=None, evaluation_id=eid, url=None)
    with ctx.client((RESULT,)) as client:
        ctx.not_found = (
            f"no evaluation with ID {eid} (a new evaluation may answer 404 for a few seconds)"
        )
        result = DeploymentGatesApi(client).get_deployment_gates_evaluation_result(eid)
    verdict = GateVerdict.of(result)
    _record(ctx, verdict)
    ctx.out.info(f"Evaluation {eid}: {verdict.status}")
    if verdict.url:
        ctx.out.info(f"URL: {verdict.url}")
    verdict_summary(verdict, ctx.out)
    if verdict.decided:
        return _verdict_outcome(ctx, verdict)
    return Outcome(
        ctx.command,
        "pending",
        ExitCode.PENDING,
        f"evaluation {eid} has no verdict yet (status {verdict.status})",
        ctx.data,
    )


def _wait(
    ctx: Context,
    api: SyncDeploymentGatesApi,
    eid: str,
    progress: Progress,
    started: float | None,
) -> Outcome:
    args = ctx.args
    ctx.not_found = f"no evaluation with ID {eid}"
    progress.begin()
    try:
        result = api.wait_for_deployment_gates_evaluation_result(
            eid,
            timeout=args.timeout,
            poll_interval=args.poll_interval,
            not_found_grace=min(DEFAULT_NOT_FOUND_GRACE, args.timeout),
            on_poll=progress.on_poll,
            started=started,
        )
    except GateTimeoutError as error:
        progress.end()
        ctx.data["polls"] = error.polls
        status = "never answered"
        if error.last_result is not None:
            last = GateVerdict.of(error.last_result)
            _record(ctx, last)
            ctx.data["verdict"] = None
            verdict_summary(last, ctx.out)
            status = last.status
        elapsed = f"{error.elapsed:.1f}" if error.elapsed < 10 else f"{error.elapsed:.0f}"
        return Outcome(
            ctx.command,
            "timeout",
            ExitCode.TIMEOUT,
            f"no verdict for evaluation {eid} within --timeout {args.timeout:g}s "
            f"({elapsed}s, {error.polls} poll(s), last status: {status})",
            ctx.data,
            error,
        )
    finally:
        progress.end()
    ctx.data["polls"] = progress.polls
    verdict = GateVerdict.of(result)
    _record(ctx, verdict)
    verdict_summary(verdict, ctx.out)
    if verdict.status == "fail" or verdict.failed_rules:
        from .gate_history import explain_failure

        explain_failure(ctx, api.api_client, eid)
    return _verdict_outcome(ctx, verdict)


def _record(ctx: Context, verdict: GateVerdict) -> None:
    ctx.data.update(
        verdict=verdict.status if verdict.decided else None,
        status=verdict.status,
        evaluation_id=verdict.evaluation_id or ctx.data.get("evaluation_id"),
        url=verdict.url,
        gate_id=verdict.gate_id,
        dry_run=verdict.dry_run,
        rules=rules_json(verdict),
    )


def _verdict_outcome(ctx: Context, verdict: GateVerdict) -> Outcome:
    total = len(verdict.rules)
    dry = " (dry run)" if verdict.dry_run else ""
    if verdict.passed:
        failed_dry = [rule.name for rule in verdict.failed_rules]
        extra = f"; dry-run rules that failed: {', '.join(failed_dry)}" if failed_dry else ""
        message = f"the gate passed{dry}: {total} rule(s) evaluated{extra}"
        return Outcome(ctx.command, "pass", ExitCode.PASS, message, ctx.data)
    failed = verdict.failed_rules
    reasons = "; ".join(f"{rule.name}: {rule.reason or 'no reason given'}" for rule in failed)
    message = f"the gate failed{dry}: {len(failed)} of {total} rule(s) failed" + (
        f" ({reasons})" if reasons else ""
    )
    return Outcome(ctx.command, "fail", ExitCode.FAIL, message, ctx.data)
