"""ddeploy gate evaluate | wait | get."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deployment_gates_api import DeploymentGatesApi, evaluation_id, evaluation_request
from ..polling import DEFAULT_NOT_FOUND_GRACE, GateTimeoutError, PollEvent
from ..verdict import GateVerdict
from .cancellation import DeadlineReached
from .context import Context
from .exit_codes import ExitCode
from .failures import could_not_answer, explain
from .human import Progress, rules_json, verdict_summary
from .outcome import Outcome, UsageError
from .servertext import http_url, one_line

if TYPE_CHECKING:
    from datadog_deployments_api.models import DeploymentGatesEvaluationResultResponse as Result

    from ..deployment_gates_api import SyncDeploymentGatesApi


TRIGGER = "TriggerDeploymentGatesEvaluation"
RESULT = "GetDeploymentGatesEvaluationResult"
WHY = "ListDeploymentRuleEvaluations"  # on a fail: what made each rule fail


def evaluate(ctx: Context) -> Outcome:
    args, out = ctx.args, ctx.out
    if args.fail_on_error and "pass" in (args.on_error, args.on_timeout):
        raise UsageError("--fail-on-error (datadog-ci's) contradicts --on-error/--on-timeout pass")
    service, env = ctx.required("service"), ctx.required("env")
    rules_file = args.rules or args.config
    ctx.data.update(
        service=service,
        env=env,
        identifier=args.identifier or "default",
        version=args.version,
        primary_tag=args.primary_tag,
        rules_file=rules_file,
        verdict=None,
        evaluation_id=None,
        url=None,
    )
    inline = None
    if rules_file:
        from .rules import load_rules

        inline = load_rules(rules_file, "--rules" if args.rules else "--config")
    progress = Progress(out)
    operations = (TRIGGER,) if args.no_wait else (TRIGGER, RESULT, WHY)
    with ctx.client(operations, sleep=progress.sleep) as client:
        api = DeploymentGatesApi(client)
        body = evaluation_request(
            service, env, args.identifier, args.version, args.primary_tag, inline
        )
        subject = f"{service} / {env}" + (f" / {args.identifier}" if args.identifier else "")
        how = f" with the inline rules of {rules_file}" if rules_file else ""
        out.info(f"Evaluating the deployment gate of {subject}{how}")
        ctx.not_found = (
            f"no deployment gate for service {service!r}, env {env!r}, identifier "
            f"{args.identifier or 'default'!r}: create it in Datadog, check --identifier, "
            "or pass --rules FILE to evaluate inline rules"
        )
        ctx.doing = "triggering the evaluation (it may have started; no ID came back yet)"
        eid = one_line(evaluation_id(api.trigger_deployment_gates_evaluation(body)))
        ctx.data["evaluation_id"] = eid
        out.info(f"Evaluation ID: {eid}")
        if args.no_wait:
            ctx.doing = None
            out.product(eid)
            return Outcome(
                ctx.command,
                "ok",
                ExitCode.PASS,
                f"evaluation {eid} triggered, not waiting; follow it with: ddeploy gate wait {eid}",
                ctx.data,
            )
        return _wait(ctx, api, eid, progress)


def wait(ctx: Context) -> Outcome:
    eid = ctx.args.evaluation_id
    ctx.data.update(verdict=None, evaluation_id=eid, url=None)
    progress = Progress(ctx.out)
    with ctx.client((RESULT, WHY), sleep=progress.sleep) as client:
        ctx.out.info(f"Waiting for the verdict of evaluation {eid}")
        return _wait(ctx, DeploymentGatesApi(client), eid, progress)


def get(ctx: Context) -> Outcome:
    eid = ctx.args.evaluation_id
    ctx.data.update(verdict=None, evaluation_id=eid, url=None)
    with ctx.client((RESULT,)) as client:
        ctx.not_found = (
            f"no evaluation with ID {eid} (a new evaluation may answer 404 for a few seconds)"
        )
        result = DeploymentGatesApi(client).get_deployment_gates_evaluation_result(eid)
    verdict = safe(GateVerdict.of(result))
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


def safe(verdict: GateVerdict) -> GateVerdict:
    """The verdict with every text the server chose made safe to show (see servertext)."""
    rules = tuple(
        replace(
            rule,
            name=one_line(rule.name),
            status=one_line(rule.status),
            reason=None if rule.reason is None else one_line(rule.reason),
        )
        for rule in verdict.rules
    )
    return replace(
        verdict,
        evaluation_id=one_line(verdict.evaluation_id),
        status=one_line(verdict.status),
        url=None if verdict.url is None else one_line(verdict.url),
        gate_id=None if verdict.gate_id is None else one_line(verdict.gate_id),
        rules=rules,
    )


class _Polls:
    """What the polls saw so far: enough to report a deadline that cut a poll short."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.last_result: Result | None = None
        self.last_error: Exception | None = None
        self.count = 0

    def __call__(self, event: PollEvent) -> None:
        self.count = event.poll
        if event.result is not None:
            self.last_result, self.last_error = event.result, None
        else:
            self.last_error = event.error
        self.progress.on_poll(event)


def _wait(ctx: Context, api: SyncDeploymentGatesApi, eid: str, progress: Progress) -> Outcome:
    args = ctx.args
    ctx.not_found = f"no evaluation with ID {eid}"
    ctx.resume = f"ddeploy gate wait {eid}"
    ctx.doing = f"waiting for the verdict of evaluation {eid}"
    # The polls stop a little before the command's deadline, so that the last one can finish;
    # a poll still running at the deadline is cut short by it (cancellation.Guard).
    left = ctx.guard.remaining()
    budget = min(args.timeout, left)
    margin = min(0.5, 0.1 * budget)
    polls = _Polls(progress)
    progress.begin()
    try:
        result = api.wait_for_deployment_gates_evaluation_result(
            eid,
            timeout=max(budget - margin, 1e-3),
            poll_interval=args.poll_interval,
            not_found_grace=min(DEFAULT_NOT_FOUND_GRACE, budget),
            on_poll=polls,
        )
    except GateTimeoutError as error:
        progress.end()
        ctx.guard.settle()
        return _no_verdict(ctx, eid, error.polls, error.last_result, error.last_error, error)
    except DeadlineReached as error:
        progress.end()
        ctx.guard.settle()
        return _no_verdict(ctx, eid, polls.count, polls.last_result, polls.last_error, error)
    finally:
        progress.end()
    ctx.doing = None
    ctx.data["polls"] = progress.polls
    verdict = safe(GateVerdict.of(result))
    _record(ctx, verdict)
    verdict_summary(verdict, ctx.out)
    if verdict.status == "fail" or verdict.failed_rules:
        from .gate_history import explain_failure

        explain_failure(ctx, api.api_client, eid)
    return _verdict_outcome(ctx, verdict)


def _no_verdict(
    ctx: Context,
    eid: str,
    polls: int,
    last_result: Result | None,
    last_error: Exception | None,
    error: BaseException,
) -> Outcome:
    """The deadline passed: a timeout when a poll saw the evaluation; otherwise what kept every
    poll from seeing it: Datadog unavailable (5xx, 429, network: may fail open), or a refusal
    such as a 404 for an unknown ID (never fails open)."""
    args = ctx.args
    ctx.data["polls"] = polls
    elapsed = ctx.guard.clock() - ctx.guard.started
    took = f"{elapsed:.1f}s" if elapsed < 10 else f"{elapsed:.0f}s"
    if last_result is None and last_error is not None and not could_not_answer(last_error):
        refused = explain(last_error, ctx.base_url, ctx.not_found)
        return Outcome(
            ctx.command,
            refused.case,
            refused.code,
            f"{refused.message}; still so at --timeout {args.timeout:g}s ({took}, {polls} poll(s))",
            ctx.data,
            last_error,
        )
    if last_result is None:
        why = "no poll got an answer"
        if last_error is not None:
            status = getattr(last_error, "status", None)
            why += f"; last: {f'HTTP {status}' if status else type(last_error).__name__}"
        return Outcome(
            ctx.command,
            "unavailable",
            ExitCode.ERROR,
            f"Datadog could not answer for evaluation {eid} within --timeout "
            f"{args.timeout:g}s ({took}, {polls} poll(s): {why}); to pick it up again: "
            f"{ctx.resume}",
            ctx.data,
            error,
        )
    last = safe(GateVerdict.of(last_result))
    _record(ctx, last)
    ctx.data["verdict"] = None
    verdict_summary(last, ctx.out)
    status = last.status
    return Outcome(
        ctx.command,
        "timeout",
        ExitCode.TIMEOUT,
        f"no verdict for evaluation {eid} within --timeout {args.timeout:g}s "
        f"({took}, {polls} poll(s), last status: {status}); to pick it up again: {ctx.resume}",
        ctx.data,
        error,
    )


def _record(ctx: Context, verdict: GateVerdict) -> None:
    ctx.data.update(
        verdict=verdict.status if verdict.decided else None,
        status=verdict.status,
        evaluation_id=verdict.evaluation_id or ctx.data.get("evaluation_id"),
        url=http_url(verdict.url) or verdict.url,
        gate_id=verdict.gate_id,
        dry_run=verdict.dry_run,
        rules=rules_json(verdict),
    )


def _verdict_outcome(ctx: Context, verdict: GateVerdict) -> Outcome:
    ctx.resume = None
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
