"""Running a plan: one API call per change, in order, stopping at the first failure.

The record says which changes were made, which one failed and which were not attempted, so a
failure half-way is reported exactly. A second `apply` plans again from what Datadog now holds:
what was done no longer differs and drops out, and the rest is done (deleting what is already
gone counts as done). The calls go through a `GateWrites`, so this file does no I/O of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .gates_document import GateKey, GateSpec, RuleSpec
from .gates_plan import Change, Plan


class GateWrites(Protocol):
    """The six writes apply needs; each raises on failure."""

    def create_gate(self, gate: GateSpec) -> str: ...  # returns the new gate's ID
    def update_gate(self, gate_id: str, gate: GateSpec) -> None: ...
    def delete_gate(self, gate_id: str) -> None: ...
    def create_rule(self, gate_id: str, rule: RuleSpec) -> str: ...  # the new rule's ID
    def update_rule(self, gate_id: str, rule_id: str, rule: RuleSpec) -> None: ...
    def delete_rule(self, gate_id: str, rule_id: str) -> None: ...


@dataclass
class ApplyRecord:
    done: list[Change] = field(default_factory=list)
    failed: Change | None = None
    error: BaseException | None = None
    not_done: list[Change] = field(default_factory=list)
    created_ids: dict[str, str] = field(default_factory=dict)  # "gate ..." / "rule ..." -> ID

    @property
    def complete(self) -> bool:
        return self.failed is None

    def json(self) -> dict[str, Any]:
        return {
            "complete": self.complete,
            "done": [change.json() for change in self.done],
            "failed": self.failed.json() if self.failed else None,
            "not_done": [change.json() for change in self.not_done],
        }


def apply(
    plan: Plan,
    port: GateWrites,
    on_change: Callable[[Change, str], None] | None = None,
) -> ApplyRecord:
    """Make the plan's changes through `port`; `on_change(change, "start"|"done")` reports."""
    record = ApplyRecord()
    new_gates: dict[GateKey, str] = {}
    changes = list(plan.changes)
    for index, change in enumerate(changes):
        if on_change is not None:
            on_change(change, "start")
        try:
            _run(change, port, new_gates, record)
        except Exception as error:  # the caller decides what the error means
            record.failed, record.error = change, error
            record.not_done = changes[index + 1 :]
            return record
        record.done.append(change)
        if on_change is not None:
            on_change(change, "done")
    return record


def _run(
    change: Change, port: GateWrites, new_gates: dict[GateKey, str], record: ApplyRecord
) -> None:
    gate_id = change.gate_id or new_gates.get(change.gate)
    if change.kind == "gate":
        if change.action == "create":
            assert change.gate_spec is not None
            created = port.create_gate(change.gate_spec)
            new_gates[change.gate] = created
            record.created_ids[f"gate {change.gate}"] = created
        elif change.action == "update":
            assert change.gate_spec is not None and gate_id is not None
            port.update_gate(gate_id, change.gate_spec)
        else:
            assert gate_id is not None
            port.delete_gate(gate_id)
        return
    if gate_id is None:  # a plan never orders a rule before its gate; say so if one did
        raise RuntimeError(f"no ID for gate {change.gate} when changing rule {change.rule!r}")
    if change.action == "create":
        assert change.rule_spec is not None
        created = port.create_rule(gate_id, change.rule_spec)
        record.created_ids[f"rule {change.rule!r} of {change.gate}"] = created
    elif change.action == "update":
        assert change.rule_spec is not None and change.rule_id is not None
        port.update_rule(gate_id, change.rule_id, change.rule_spec)
    else:
        assert change.rule_id is not None
        port.delete_rule(gate_id, change.rule_id)
