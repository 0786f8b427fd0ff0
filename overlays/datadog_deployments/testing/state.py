"""What the fake remembers: DORA deployment events, gates, and gate evaluations with their scripts.

An evaluation's life is scripted by a :class:`GateScript` and measured from the moment it was
triggered, with the server's clock, and by how many times it has been polled.
"""

from __future__ import annotations

import copy
import re
import secrets
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

DEFAULT_IDENTIFIER = "default"
DEFAULT_RULE_NAME = "Check service monitors"
EVALUATION_URL = (
    "https://app.datadoghq.com/ci/deployment-gates/evaluations"
    "?index=cdgates&query=level%3Agate+%40evaluation_id%3A{}"
)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


@dataclass(frozen=True)
class RuleScript:
    """The final result of one rule: its ``status`` once the evaluation is over, and why."""

    name: str
    status: str = "pass"
    reason: str | None = None
    dry_run: bool = False


@dataclass(frozen=True)
class GateScript:
    """How a gate evaluation behaves over time.

    After the trigger, polling the result answers 404 (the documented "polled too soon") for
    ``not_found_for`` seconds, then ``in_progress`` for ``in_progress_for`` more seconds, then the
    ``verdict``. The ``*_polls`` counts do the same by number of polls of that evaluation (404s
    included): a phase lasts while either its time or its poll count is not used up. Use
    ``float("inf")`` for an evaluation that never finishes.

    ``rules`` defaults to one rule whose status is the verdict. ``gate_id`` defaults to a random
    UUID per gate (per evaluation for inline configurations).
    """

    verdict: str = "pass"
    rules: Sequence[RuleScript] | None = None
    not_found_for: float = 0.0
    in_progress_for: float = 0.0
    not_found_polls: int = 0
    in_progress_polls: int = 0
    dry_run: bool = False
    gate_id: str | None = None

    def __post_init__(self) -> None:
        if min(self.not_found_for, self.in_progress_for) < 0:
            raise ValueError("durations must not be negative")
        if min(self.not_found_polls, self.in_progress_polls) < 0:
            raise ValueError("poll counts must not be negative")
        if self.rules is not None:
            object.__setattr__(self, "rules", tuple(self.rules))

    def final_rules(self) -> tuple[RuleScript, ...]:
        """The rules as the verdict reports them."""
        if self.rules is None:
            return (RuleScript(DEFAULT_RULE_NAME, self.verdict),)
        return tuple(self.rules)

    def phase(self, elapsed: float, polls_before: int) -> str:
        """``"not_found"``, ``"in_progress"`` or ``"done"``."""
        if elapsed < self.not_found_for or polls_before < self.not_found_polls:
            return "not_found"
        if (
            elapsed < self.not_found_for + self.in_progress_for
            or polls_before < self.not_found_polls + self.in_progress_polls
        ):
            return "in_progress"
        return "done"


@dataclass(frozen=True)
class Gate:
    """A gate registered with :meth:`FakeDatadog.add_gate`."""

    service: str
    env: str
    identifier: str
    gate_id: str
    script: GateScript | None  # None: the server's default script at trigger time


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


def repository_id(repository_url: str) -> str:
    """The repository ID the API reports for a repository URL: host and path, no scheme, no
    user, no ``.git``. ``https://github.com/org/repo.git`` and ``git@github.com:org/repo`` both
    give ``github.com/org/repo``."""
    rest = _SCHEME.sub("", repository_url, count=1)
    authority, _, path = rest.partition("/")
    if rest == repository_url and ":" in authority:  # scp-like: git@host:org/repo
        authority, _, head = authority.partition(":")
        path = f"{head}/{path}" if path else head
    host = authority.rpartition("@")[2]
    result = f"{host}/{path}".rstrip("/") if path else host
    return result.removesuffix(".git")


def _inline_rules(script: GateScript, config: dict[str, Any]) -> tuple[RuleScript, ...]:
    """Rule names from the request; status and reason from the script's rule of the same name."""
    scripted = {r.name: r for r in script.rules or ()}
    rules = []
    for rule in config["rules"]:
        name = rule["name"]
        known = scripted.get(name, RuleScript(name, script.verdict))
        dry_run = bool(rule.get("dry_run", False)) or known.dry_run
        rules.append(RuleScript(name, known.status, known.reason, dry_run))
    return tuple(rules)


@dataclass
class Store:
    """All the fake's data, behind one lock."""

    clock: Callable[[], float]
    default_script: GateScript
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _deployments: dict[str, dict[str, Any]] = field(default_factory=dict)
    _gates: dict[tuple[str, str, str], Gate] = field(default_factory=dict)
    _evaluations: dict[str, Evaluation] = field(default_factory=dict)
    _polls: dict[str, int] = field(default_factory=dict)

    def reset(self) -> None:
        with self._lock:
            self._deployments.clear()
            self._gates.clear()
            self._evaluations.clear()
            self._polls.clear()

    # ---- DORA -------------------------------------------------------------------------------
    def put_deployment(self, attributes: dict[str, Any], deployment_id: str | None = None) -> str:
        """Store a (valid) event; returns its ID: the sender's own ``id`` or 16 random hex chars."""
        own_id = deployment_id or attributes.get("id")
        deployment_id = own_id if isinstance(own_id, str) else secrets.token_hex(8)
        with self._lock:
            self._deployments[deployment_id] = attributes
        return deployment_id

    def deployment_document(self, deployment_id: str) -> dict[str, Any] | None:
        """The ``DORADeploymentFetchResponse`` body for a stored event, or None."""
        with self._lock:
            sent = self._deployments.get(deployment_id)
        if sent is None:
            return None
        attributes = {k: v for k, v in sent.items() if k not in ("id", "git")}
        git = sent.get("git")
        if git is not None:
            attributes["git"] = {
                "commit_sha": git["commit_sha"],
                "repository_id": repository_id(git["repository_url"]),
            }
        return {"data": {"id": deployment_id, "type": "dora_deployment", "attributes": attributes}}

    def deployments(self) -> dict[str, dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(self._deployments)

    # ---- Gates ------------------------------------------------------------------------------
    def add_gate(self, service: str, env: str, identifier: str, script: GateScript | None) -> Gate:
        gate_id = (script.gate_id if script else None) or str(uuid.uuid4())
        gate = Gate(service, env, identifier, gate_id, script)
        with self._lock:
            self._gates[service, env, identifier] = gate
        return gate

    def start_evaluation(
        self, attributes: dict[str, Any], evaluation_id: str | None = None
    ) -> Evaluation | None:
        """Start evaluating a (valid) request; None when there is no such gate to evaluate."""
        service, env = attributes["service"], attributes["env"]
        identifier = attributes.get("identifier", DEFAULT_IDENTIFIER)
        config = attributes.get("configuration")
        with self._lock:
            gate = self._gates.get((service, env, identifier))
            if config is not None:
                script = self.default_script
                gate_id = script.gate_id or str(uuid.uuid4())
                rules = _inline_rules(script, config)
                dry_run = bool(config.get("dry_run", False)) or script.dry_run
            elif gate is not None:
                script = gate.script or self.default_script
                gate_id = gate.gate_id
                rules = script.final_rules()
                dry_run = script.dry_run
            else:
                return None
            evaluation_id = evaluation_id or str(uuid.uuid4())
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
                rules=rules,
                script=script,
                triggered_at=self.clock(),
            )
            self._evaluations[evaluation_id] = evaluation
            self._polls[evaluation_id] = 0
        return evaluation

    def poll(self, evaluation_id: str) -> dict[str, Any] | None:
        """The result body for one poll of an evaluation; None while it answers 404."""
        with self._lock:
            evaluation = self._evaluations.get(evaluation_id)
            if evaluation is None:
                return None
            polls_before = self._polls[evaluation_id]
            self._polls[evaluation_id] = polls_before + 1
            now = self.clock()
        phase = evaluation.script.phase(now - evaluation.triggered_at, polls_before)
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
            "gate_status": evaluation.script.verdict if done else "in_progress",
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
