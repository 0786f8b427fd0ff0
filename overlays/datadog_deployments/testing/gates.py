"""Deployment gates, their rules, and the evaluations that run them, as the fake stores them.

A gate holds rules (created through the API or seeded). Triggering an evaluation of a gate
snapshots its rules; each rule's final result comes from, in order: the rule's own scripted
outcome (``RuleScript`` given when seeding, or :meth:`GateStore.script_rule`), the gate script's
rule of the same name, else the script's verdict. The life of the evaluation over time (404,
in progress, done) follows the gate's :class:`GateScript`, or the server's default script.

The gate's verdict is its script's ``verdict`` when the gate was seeded with a script (so
scripted life cycles say exactly what they were told); otherwise it follows the rules: ``fail``
when a rule that is not dry-run fails, and always ``pass`` for a dry-run gate.
"""

from __future__ import annotations

import hashlib
import math
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .scripts import (
    DEFAULT_RULE_NAME,
    GateScript,
    MonitorAlert,
    RuleScript,
    outcome_of,
)
from .times import WallClock, rfc3339

DEFAULT_IDENTIFIER = "default"
EVALUATION_URL = (
    "https://app.datadoghq.com/ci/deployment-gates/evaluations"
    "?index=cdgates&query=level%3Agate+%40evaluation_id%3A{}"
)
MONITOR_URL = "https://app.datadoghq.com/monitors/{}?from_ts={}&to_ts={}"
#: The user every change is made by (the fake has one user: whoever holds its keys).
FAKE_USER = {"handle": "fake-datadog@example.com", "id": "fake-user-0001", "name": "Fake Datadog"}
#: The options each rule kind keeps; anything else a request sends is accepted and dropped.
OPTION_KEYS = {
    "monitor": (
        "duration",
        "fail_on_no_data",
        "fail_on_no_groups_found",
        "monitor_ids",
        "query",
        "warmup",
    ),
    "faulty_deployment_detection": ("allowed_resources", "duration", "excluded_resources"),
}


class NotFound(LookupError):
    """No such gate, rule or evaluation; ``what`` is ``"gate"`` or ``"rule"``."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class Refused(ValueError):
    """A request the store cannot carry out as asked (a 400): the message says why."""


@dataclass(frozen=True)
class Rule:
    """A stored rule, as the API reports it, plus its scripted outcome (None: from the gate)."""

    rule_id: str
    gate_id: str
    name: str
    type: str
    options: Mapping[str, Any] = field(compare=False)
    dry_run: bool
    outcome: RuleScript | None = None
    created_at: float = 0.0
    updated_at: float = 0.0


@dataclass(frozen=True)
class Gate:
    """A stored gate (a snapshot)."""

    service: str
    env: str
    identifier: str
    gate_id: str
    script: GateScript | None  # None: the server's default script at trigger time
    dry_run: bool = False
    rules: tuple[Rule, ...] = ()
    created_at: float = 0.0
    updated_at: float = 0.0
    seq: int = field(default=0, compare=False)  # creation order, for stable list pages


@dataclass(frozen=True)
class RuleEvaluation:
    """One rule of one gate evaluation, with its final result."""

    evaluation_id: str  # the rule evaluation's own UUID
    rule_id: str | None  # None for inline (just-in-time) rules
    name: str
    type: str
    configuration: Mapping[str, Any] = field(compare=False)
    dry_run: bool = False
    status: str = "pass"
    reason: str = ""
    monitors: tuple[MonitorAlert, ...] = ()
    faulty_resources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evaluation:
    """A triggered evaluation, as the fake recorded it."""

    evaluation_id: str
    gate_id: str
    service: str
    env: str
    identifier: str
    version: str | None
    primary_tag: str | None
    inline: bool  # True when the request carried a `configuration`
    dry_run: bool
    rules: tuple[RuleScript, ...]
    script: GateScript
    triggered_at: float
    verdict: str = "pass"
    rule_evaluations: tuple[RuleEvaluation, ...] = ()
    seq: int = 0  # the order of triggers, for stable list order among equal start times


def default_options(kind: str, service: str, env: str) -> dict[str, Any]:
    if kind == "monitor":
        return {"query": f"service:{service} env:{env}"}
    return {}


def _kept_options(kind: str, options: Mapping[str, Any]) -> dict[str, Any]:
    return {k: options[k] for k in OPTION_KEYS[kind] if k in options and options[k] is not None}


def _configuration(kind: str, options: Mapping[str, Any]) -> dict[str, Any]:
    """A rule's options as the rule-evaluation list reports them."""
    config = _kept_options(kind, options)
    if "monitor_ids" in config:
        config["monitor_ids"] = [str(m["id"]) for m in config["monitor_ids"]]
    if not config.get("warmup"):
        config.pop("warmup", None)
    return config


def _monitor_id(*parts: str) -> str:
    digest = hashlib.sha256("\0".join(parts).encode()).digest()
    return str(10_000_000 + int.from_bytes(digest[:4], "big") % 90_000_000)


@dataclass
class _RuleRecord:
    rule_id: str
    gate_id: str
    name: str
    type: str
    options: dict[str, Any]
    dry_run: bool
    outcome: RuleScript | None
    created_at: float
    updated_at: float

    def snapshot(self) -> Rule:
        return Rule(
            self.rule_id,
            self.gate_id,
            self.name,
            self.type,
            dict(self.options),
            self.dry_run,
            self.outcome,
            self.created_at,
            self.updated_at,
        )


@dataclass
class _GateRecord:
    gate_id: str
    service: str
    env: str
    identifier: str
    dry_run: bool
    script: GateScript | None
    created_at: float
    updated_at: float
    seq: int
    rules: dict[str, _RuleRecord] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.service, self.env, self.identifier

    def snapshot(self) -> Gate:
        return Gate(
            self.service,
            self.env,
            self.identifier,
            self.gate_id,
            self.script,
            self.dry_run,
            tuple(r.snapshot() for r in self.rules.values()),
            self.created_at,
            self.updated_at,
            self.seq,
        )

    def rule_named(self, name: str) -> _RuleRecord | None:
        return next((r for r in self.rules.values() if r.name == name), None)


class GateStore:
    """Gates, rules and evaluations, behind one lock. Bounded: at most ``max_gates`` gates,
    ``max_rules`` rules per gate, and the last ``max_evaluations`` evaluations."""

    def __init__(
        self,
        clock: Callable[[], float],
        wall: WallClock,
        default_script: GateScript,
        *,
        max_gates: int = 10_000,
        max_rules: int = 100,
        max_evaluations: int = 10_000,
    ) -> None:
        self.clock = clock
        self.wall = wall
        self.default_script = default_script
        self.max_gates = max_gates
        self.max_rules = max_rules
        self.max_evaluations = max_evaluations
        self._lock = threading.RLock()
        self._gates: dict[str, _GateRecord] = {}
        self._by_key: dict[tuple[str, str, str], str] = {}
        self._evaluations: dict[str, Evaluation] = {}
        self._polls: dict[str, int] = {}
        self._finished: dict[str, float] = {}  # evaluation ID -> clock reading when done
        self._seq = 0

    def reset(self) -> None:
        with self._lock:
            self._gates.clear()
            self._by_key.clear()
            self._evaluations.clear()
            self._polls.clear()
            self._finished.clear()

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    # ---- gates ------------------------------------------------------------------------------
    def create_gate(
        self,
        service: str,
        env: str,
        identifier: str = DEFAULT_IDENTIFIER,
        *,
        dry_run: bool = False,
        script: GateScript | None = None,
        gate_id: str | None = None,
        replace_existing: bool = False,
    ) -> Gate:
        """A new gate without rules. The API refuses a second gate for the same service, env
        and identifier; seeding (``replace_existing``) replaces it."""
        now = self.wall.now()
        with self._lock:
            old = self._by_key.get((service, env, identifier))
            if old is not None:
                if not replace_existing:
                    raise Refused(
                        f"a gate for service {service!r}, env {env!r} and identifier "
                        f"{identifier!r} already exists: {old}"
                    )
                self._remove_gate(old)
            if len(self._gates) >= self.max_gates:
                raise Refused(f"the fake holds at most {self.max_gates} gates")
            gate_id = gate_id or (script.gate_id if script else None) or str(uuid.uuid4())
            if gate_id in self._gates:
                self._remove_gate(gate_id)
            record = _GateRecord(
                gate_id, service, env, identifier, dry_run, script, now, now, self._next_seq()
            )
            self._gates[gate_id] = record
            self._by_key[record.key] = gate_id
            return record.snapshot()

    def seed_gate(
        self,
        service: str,
        env: str,
        identifier: str = DEFAULT_IDENTIFIER,
        script: GateScript | None = None,
        *,
        rules: Iterable[RuleScript | Mapping[str, Any]] | None = None,
        dry_run: bool = False,
        gate_id: str | None = None,
    ) -> Gate:
        """Register (or replace) a gate with its rules: ``rules`` (``[]``: none), else the
        script's rules, else one monitor rule named :data:`DEFAULT_RULE_NAME` that follows the
        verdict."""
        if rules is not None:
            scripted = [(RuleScript.of(r), outcome_of(r)) for r in rules]
        elif script is not None and script.rules is not None:
            scripted = [(r, r) for r in script.rules]
        else:
            scripted = []
        with self._lock:
            gate = self.create_gate(
                service,
                env,
                identifier,
                dry_run=dry_run or (script.dry_run if script else False),
                script=script,
                gate_id=gate_id,
                replace_existing=True,
            )
            if rules is None and (script is None or script.rules is None):
                self.create_rule(gate.gate_id, DEFAULT_RULE_NAME, "monitor", None, False)
            for rule, outcome in scripted:
                self.create_rule(
                    gate.gate_id, rule.name, rule.type, rule.options, rule.dry_run, outcome=outcome
                )
            return self._gate(gate.gate_id).snapshot()

    def _gate(self, gate_id: str) -> _GateRecord:
        record = self._gates.get(gate_id)
        if record is None:
            raise NotFound("gate")
        return record

    def _remove_gate(self, gate_id: str) -> None:
        record = self._gates.pop(gate_id)
        self._by_key.pop(record.key, None)

    def get_gate(self, gate_id: str) -> Gate:
        with self._lock:
            return self._gate(gate_id).snapshot()

    def find_gate(
        self, service: str, env: str, identifier: str = DEFAULT_IDENTIFIER
    ) -> Gate | None:
        with self._lock:
            gate_id = self._by_key.get((service, env, identifier))
            return None if gate_id is None else self._gates[gate_id].snapshot()

    def gates(self) -> list[Gate]:
        """Every gate, oldest first."""
        with self._lock:
            return [g.snapshot() for g in self._gates.values()]

    def update_gate(self, gate_id: str, *, dry_run: bool) -> Gate:
        with self._lock:
            record = self._gate(gate_id)
            record.dry_run = dry_run
            record.updated_at = self.wall.now()
            return record.snapshot()

    def delete_gate(self, gate_id: str) -> None:
        """Delete a gate and its rules (its evaluations stay in the history)."""
        with self._lock:
            self._gate(gate_id)
            self._remove_gate(gate_id)

    # ---- rules ------------------------------------------------------------------------------
    def create_rule(
        self,
        gate_id: str,
        name: str,
        kind: str,
        options: Mapping[str, Any] | None,
        dry_run: bool,
        *,
        outcome: RuleScript | None = None,
    ) -> Rule:
        now = self.wall.now()
        with self._lock:
            gate = self._gate(gate_id)
            if gate.rule_named(name) is not None:
                raise Refused(f"the gate already has a rule named {name!r}")
            if len(gate.rules) >= self.max_rules:
                raise Refused(f"a gate holds at most {self.max_rules} rules")
            if options is None:
                options = default_options(kind, gate.service, gate.env)
            rule = _RuleRecord(
                str(uuid.uuid4()),
                gate_id,
                name,
                kind,
                _kept_options(kind, options),
                dry_run,
                outcome,
                now,
                now,
            )
            gate.rules[rule.rule_id] = rule
            return rule.snapshot()

    def rules(self, gate_id: str) -> list[Rule]:
        with self._lock:
            return [r.snapshot() for r in self._gate(gate_id).rules.values()]

    def _rule(self, gate_id: str, rule_id: str) -> _RuleRecord:
        rule = self._gate(gate_id).rules.get(rule_id)
        if rule is None:
            raise NotFound("rule")
        return rule

    def get_rule(self, gate_id: str, rule_id: str) -> Rule:
        with self._lock:
            return self._rule(gate_id, rule_id).snapshot()

    def update_rule(
        self, gate_id: str, rule_id: str, *, name: str, options: Mapping[str, Any], dry_run: bool
    ) -> Rule:
        with self._lock:
            rule = self._rule(gate_id, rule_id)
            other = self._gates[gate_id].rule_named(name)
            if other is not None and other is not rule:
                raise Refused(f"the gate already has a rule named {name!r}")
            rule.name, rule.dry_run = name, dry_run
            rule.options = _kept_options(rule.type, options)
            rule.updated_at = self.wall.now()
            return rule.snapshot()

    def delete_rule(self, gate_id: str, rule_id: str) -> None:
        with self._lock:
            self._rule(gate_id, rule_id)
            del self._gates[gate_id].rules[rule_id]

    def script_rule(self, gate_id: str, name: str, outcome: RuleScript) -> Rule:
        """Set how a stored rule ends in the next evaluations (found by gate ID and name)."""
        with self._lock:
            rule = self._gate(gate_id).rule_named(name)
            if rule is None:
                raise NotFound("rule")
            rule.outcome = outcome
            return rule.snapshot()

    # ---- evaluations ------------------------------------------------------------------------
    def start_evaluation(
        self,
        attributes: Mapping[str, Any],
        evaluation_id: str | None = None,
        *,
        ago: float = 0.0,
    ) -> Evaluation | None:
        """Start evaluating a (valid) request ``ago`` seconds back; None when there is no such
        gate to evaluate."""
        service, env = attributes["service"], attributes["env"]
        identifier = attributes.get("identifier", DEFAULT_IDENTIFIER)
        config = attributes.get("configuration")
        with self._lock:
            gate_id_found = self._by_key.get((service, env, identifier))
            gate = self._gates[gate_id_found] if gate_id_found is not None else None
            planned: list[tuple[str | None, str, str, Mapping[str, Any], bool]]
            if config is not None:
                script = self.default_script
                gate_id = script.gate_id or str(uuid.uuid4())
                dry_run = bool(config.get("dry_run", False)) or script.dry_run
                planned = [
                    (None, r["name"], r["type"], r.get("options") or {}, bool(r.get("dry_run")))
                    for r in config["rules"]
                ]
                outcomes: dict[str, RuleScript] = {}
                explicit = True
            elif gate is not None:
                script = gate.script or self.default_script
                gate_id = gate.gate_id
                dry_run = gate.dry_run or script.dry_run
                planned = [
                    (r.rule_id, r.name, r.type, r.options, r.dry_run) for r in gate.rules.values()
                ]
                outcomes = {r.name: r.outcome for r in gate.rules.values() if r.outcome}
                explicit = gate.script is not None
            else:
                return None
            evaluation_id = evaluation_id or str(uuid.uuid4())
            triggered_at = self.clock() - ago
            by_name = {r.name: r for r in script.rules or ()}
            results: list[RuleEvaluation] = []
            for rule_id, name, kind, options, rule_dry_run in planned:
                scripted = (
                    outcomes.get(name)
                    or by_name.get(name)
                    or RuleScript(name, script.verdict, type=kind)
                )
                results.append(
                    self._rule_evaluation(
                        evaluation_id,
                        len(results),
                        (service, env, identifier),
                        rule_id,
                        RuleScript(
                            name,
                            scripted.status,
                            scripted.reason,
                            rule_dry_run or scripted.dry_run,
                            kind,
                            options,
                            scripted.monitors,
                            scripted.faulty_resources,
                        ),
                    )
                )
            if explicit:
                verdict = script.verdict
            elif dry_run:
                verdict = "pass"
            else:
                failed = any(r.status == "fail" and not r.dry_run for r in results)
                verdict = "fail" if failed else "pass"
            evaluation = Evaluation(
                evaluation_id=evaluation_id,
                gate_id=gate_id,
                service=service,
                env=env,
                identifier=identifier,
                version=attributes.get("version"),
                primary_tag=attributes.get("primary_tag"),
                inline=config is not None,
                dry_run=dry_run,
                rules=tuple(
                    RuleScript(r.name, r.status, _scripted_reason(r, by_name, outcomes), r.dry_run)
                    for r in results
                ),
                script=script,
                triggered_at=triggered_at,
                verdict=verdict,
                rule_evaluations=tuple(results),
                seq=self._next_seq(),
            )
            self._evaluations.pop(evaluation_id, None)
            self._evaluations[evaluation_id] = evaluation
            self._polls[evaluation_id] = 0
            self._finished.pop(evaluation_id, None)
            while len(self._evaluations) > self.max_evaluations:
                oldest = next(iter(self._evaluations))
                del self._evaluations[oldest]
                self._polls.pop(oldest, None)
                self._finished.pop(oldest, None)
        return evaluation

    def _rule_evaluation(
        self,
        evaluation_id: str,
        index: int,
        gate: tuple[str, str, str],
        rule_id: str | None,
        rule: RuleScript,
    ) -> RuleEvaluation:
        options = rule.options or {}
        monitors: tuple[MonitorAlert, ...] = ()
        resources: tuple[str, ...] = ()
        if rule.status == "fail":
            if rule.type == "monitor":
                monitors = (
                    tuple(rule.monitors)
                    or tuple(MonitorAlert(str(m["id"])) for m in options.get("monitor_ids") or ())
                    or (MonitorAlert(_monitor_id(*gate, rule.name)),)
                )
            else:
                resources = tuple(rule.faulty_resources) or tuple(
                    options.get("allowed_resources") or ("GET /",)
                )
        reason = rule.reason or _default_reason(rule.type, rule.status, monitors, resources)
        return RuleEvaluation(
            evaluation_id=str(uuid.uuid5(uuid.UUID(_as_uuid(evaluation_id)), f"rule-{index}")),
            rule_id=rule_id,
            name=rule.name,
            type=rule.type,
            configuration=_configuration(rule.type, options),
            dry_run=rule.dry_run,
            status=rule.status,
            reason=reason,
            monitors=monitors,
            faulty_resources=resources,
        )

    def _phase(self, evaluation: Evaluation, polls: int) -> str:
        """The phase now; records when the evaluation finished the first time it is seen done."""
        now = self.clock()
        phase = evaluation.script.phase(now - evaluation.triggered_at, polls)
        eid = evaluation.evaluation_id
        if phase == "done" and eid not in self._finished:
            script = evaluation.script
            scripted = evaluation.triggered_at + script.not_found_for + script.in_progress_for
            self._finished[eid] = now if script.by_polls or math.isinf(scripted) else scripted
        return phase

    def poll(self, evaluation_id: str) -> dict[str, Any] | None:
        """The result body for one poll of an evaluation; None while it answers 404."""
        with self._lock:
            evaluation = self._evaluations.get(evaluation_id)
            if evaluation is None:
                return None
            polls_before = self._polls[evaluation_id]
            self._polls[evaluation_id] = polls_before + 1
            phase = self._phase(evaluation, polls_before)
        if phase == "not_found":
            return None
        done = phase == "done"
        rules = []
        for rule in evaluation.rules:
            item: dict[str, Any] = {
                "dry_run": rule.dry_run,
                "name": rule.name,
                "status": rule.status if done else "in_progress",
            }
            if done and rule.reason is not None:
                item["reason"] = rule.reason
            rules.append(item)
        attributes = {
            "dry_run": evaluation.dry_run,
            "evaluation_id": evaluation_id,
            "evaluation_url": EVALUATION_URL.format(evaluation_id),
            "gate_id": evaluation.gate_id,
            "gate_status": evaluation.verdict if done else "in_progress",
            "rules": rules,
        }
        return {
            "data": {
                "id": evaluation_id,
                "type": "deployment_gates_evaluation_result_response",
                "attributes": attributes,
            }
        }

    def evaluations(self) -> list[Evaluation]:
        with self._lock:
            return list(self._evaluations.values())

    def polls(self, evaluation_id: str) -> int:
        with self._lock:
            return self._polls.get(evaluation_id, 0)

    def evaluation_states(self) -> list[tuple[Evaluation, float, float | None]]:
        """Every evaluation with its start and finish times (Unix seconds; None while it
        runs), as the lists report them. Listing does not count as polling."""
        with self._lock:
            states = []
            for evaluation in self._evaluations.values():
                phase = self._phase(evaluation, self._polls[evaluation.evaluation_id])
                finished = self._finished.get(evaluation.evaluation_id)
                done = phase == "done" and finished is not None
                ended = self.wall.at(finished) if done and finished is not None else None
                states.append((evaluation, self.wall.at(evaluation.triggered_at), ended))
            return states


def _scripted_reason(
    result: RuleEvaluation, by_name: Mapping[str, RuleScript], outcomes: Mapping[str, RuleScript]
) -> str | None:
    """The reason the result endpoint gives: only a scripted one (it is optional there)."""
    scripted = outcomes.get(result.name) or by_name.get(result.name)
    return scripted.reason if scripted else None


def _as_uuid(text: str) -> str:
    try:
        return str(uuid.UUID(text))
    except ValueError:  # a caller-chosen evaluation ID that is not a UUID
        return str(uuid.uuid5(uuid.NAMESPACE_URL, text))


def _default_reason(
    kind: str, status: str, monitors: Sequence[MonitorAlert], resources: Sequence[str]
) -> str:
    if status == "in_progress":
        return "The rule is being evaluated"
    if kind == "monitor":
        if status == "fail":
            return f"{len(monitors)} monitor(s) in ALERT state"
        return "All monitors are OK"
    if status == "fail":
        return f"Faulty deployment detected on {len(resources)} APM resource(s)"
    return "No faulty deployment detected"


# ---- documents the API answers ----------------------------------------------------------------
def gate_resource(gate: Gate) -> dict[str, Any]:
    return {
        "id": gate.gate_id,
        "type": "deployment_gate",
        "attributes": {
            "created_at": rfc3339(gate.created_at),
            "created_by": dict(FAKE_USER),
            "dry_run": gate.dry_run,
            "env": gate.env,
            "identifier": gate.identifier,
            "service": gate.service,
            "updated_at": rfc3339(gate.updated_at),
            "updated_by": dict(FAKE_USER),
        },
    }


def rule_attributes(rule: Rule) -> dict[str, Any]:
    return {
        "created_at": rfc3339(rule.created_at),
        "created_by": dict(FAKE_USER),
        "dry_run": rule.dry_run,
        "gate_id": rule.gate_id,
        "name": rule.name,
        "options": _kept_options(rule.type, rule.options),
        "type": rule.type,
        "updated_at": rfc3339(rule.updated_at),
        "updated_by": dict(FAKE_USER),
    }


def rule_resource(rule: Rule) -> dict[str, Any]:
    return {"id": rule.rule_id, "type": "deployment_rule", "attributes": rule_attributes(rule)}


def evaluation_item(
    evaluation: Evaluation, started: float, finished: float | None
) -> dict[str, Any]:
    """A ``deployment_gate_evaluation`` list item."""
    done = finished is not None
    return {
        "id": evaluation.evaluation_id,
        "type": "deployment_gate_evaluation",
        "attributes": {
            "dry_run": evaluation.dry_run,
            "duration_seconds": int(finished - started) if finished is not None else None,
            "env": evaluation.env,
            "evaluation_id": evaluation.evaluation_id,
            "finished_at": rfc3339(finished) if finished is not None else None,
            "gate_id": None if evaluation.inline else evaluation.gate_id,
            "identifier": evaluation.identifier,
            "service": evaluation.service,
            "started_at": rfc3339(started),
            "status": evaluation.verdict if done else "in_progress",
            "version": evaluation.version or "",
        },
    }


def rule_evaluation_item(
    evaluation: Evaluation, rule: RuleEvaluation, started: float, finished: float | None
) -> dict[str, Any]:
    """A ``deployment_gate_rule_evaluation`` list item: why the rule ended as it did."""
    done = finished is not None
    failed = done and rule.status == "fail"
    return {
        "id": rule.evaluation_id,
        "type": "deployment_gate_rule_evaluation",
        "attributes": {
            "configuration": dict(rule.configuration),
            "dry_run": rule.dry_run,
            "duration_seconds": int(finished - started) if finished is not None else None,
            "env": evaluation.env,
            "evaluation_id": rule.evaluation_id,
            "failures": {
                "faulty_apm_resources": list(rule.faulty_resources) if failed else [],
                "monitors": [
                    {
                        "id": m.id,
                        "state": m.state,
                        "url": m.url
                        or MONITOR_URL.format(
                            m.id, int(started * 1000), int((finished or started) * 1000)
                        ),
                    }
                    for m in (rule.monitors if failed else ())
                ],
                "narratives": [],
            },
            "finished_at": rfc3339(finished) if finished is not None else None,
            "gate_dry_run": evaluation.dry_run,
            "gate_evaluation_id": evaluation.evaluation_id,
            "gate_id": None if evaluation.inline else evaluation.gate_id,
            "identifier": evaluation.identifier,
            "name": rule.name,
            "reason": rule.reason if done else _default_reason(rule.type, "in_progress", (), ()),
            "rule_id": rule.rule_id,
            "service": evaluation.service,
            "started_at": rfc3339(started),
            "status": rule.status if done else "in_progress",
            "type": rule.type,
            "version": evaluation.version or "",
        },
    }


__all__ = [
    "DEFAULT_IDENTIFIER",
    "Evaluation",
    "Gate",
    "GateStore",
    "NotFound",
    "Refused",
    "Rule",
    "RuleEvaluation",
    "evaluation_item",
    "gate_resource",
    "rule_evaluation_item",
    "rule_resource",
]
