"""What `gates apply` would change: the difference between a gates document and Datadog.

Gates are matched by (service, env, identifier), rules by gate and name. Of a gate, only
dry_run can change in place (the API updates nothing else); of a rule, dry_run and options. A
rule whose type changes is deleted and created again, and so is a renamed rule: its old name is
gone from the file, its new one is new to Datadog. Gates and rules in Datadog but not in the
file are left alone unless pruning; the plan lists them either way.

The changes come in the order apply runs them: new gates each followed by their rules; then per
existing gate its rule deletions (so a re-created rule never meets its old self), updates and
creations, and its own update; pruned gates last. No I/O: both sides come in as GateSpecs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .gates_document import GateKey, GateSpec, RuleSpec, canonical

Action = Literal["create", "update", "delete"]
ABSENT: Any = type("Absent", (), {"__repr__": lambda self: "(absent)"})()


@dataclass(frozen=True)
class FieldChange:
    path: str  # "options.duration"
    before: Any  # ABSENT when the field was not there
    after: Any  # ABSENT when the field goes away

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path}
        if self.before is not ABSENT:
            out["before"] = self.before
        if self.after is not ABSENT:
            out["after"] = self.after
        return out


@dataclass(frozen=True)
class Change:
    action: Action
    kind: Literal["gate", "rule"]
    gate: GateKey
    rule: str | None = None  # the rule's name, for rule changes
    gate_id: str | None = None  # known unless the gate is created by this plan
    rule_id: str | None = None  # for rule updates and deletions
    fields: tuple[FieldChange, ...] = ()
    gate_spec: GateSpec | None = None  # what to send for a gate creation or update
    rule_spec: RuleSpec | None = None  # what to send for a rule creation or update
    note: str | None = None  # why, when the action alone does not say it

    def describe(self) -> str:
        what = f"gate {self.gate}" if self.kind == "gate" else f"rule {self.rule!r} of {self.gate}"
        return f"{self.action} {what}" + (f" ({self.note})" if self.note else "")

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "action": self.action,
            "kind": self.kind,
            "gate": self.gate._asdict(),
            "rule": self.rule,
            "gate_id": self.gate_id,
            "rule_id": self.rule_id,
            "fields": [change.json() for change in self.fields],
        }
        if self.note:
            out["note"] = self.note
        return out


@dataclass
class Plan:
    changes: list[Change] = field(default_factory=list)
    left_alone: list[str] = field(default_factory=list)  # in Datadog, not in the file, kept

    @property
    def empty(self) -> bool:
        return not self.changes

    def counts(self) -> dict[str, int]:
        counts = {"create": 0, "update": 0, "delete": 0}
        for change in self.changes:
            counts[change.action] += 1
        return counts

    def summary(self) -> str:
        counts = self.counts()
        if self.empty:
            text = "no changes: Datadog matches the file"
        else:
            text = (
                f"{counts['create']} to create, {counts['update']} to update, "
                f"{counts['delete']} to delete"
            )
        if self.left_alone:
            text += f"; {len(self.left_alone)} in Datadog but not in the file, left alone"
        return text

    def json(self) -> dict[str, Any]:
        return {
            "counts": self.counts(),
            "changes": [change.json() for change in self.changes],
            "left_alone": list(self.left_alone),
        }


def field_changes(before: Any, after: Any, path: str = "") -> list[FieldChange]:
    """The leaves that differ between two canonical values; lists compare whole."""
    if isinstance(before, Mapping) and after is ABSENT:
        after = {}
    if isinstance(after, Mapping) and before is ABSENT:
        before = {}
    if isinstance(before, Mapping) and isinstance(after, Mapping):
        changes: list[FieldChange] = []
        for key in sorted(set(before) | set(after)):
            at = f"{path}.{key}" if path else str(key)
            changes += field_changes(before.get(key, ABSENT), after.get(key, ABSENT), at)
        return changes
    if before is ABSENT and after is ABSENT:
        return []
    if _same(before, after):
        return []
    return [FieldChange(path, before, after)]


def _same(a: Any, b: Any) -> bool:
    # 300 and 300.0 are the same duration, but true is not 1
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(canonical(a) == canonical(b))


def plan(
    desired: Iterable[GateSpec],
    actual: Iterable[GateSpec],
    *,
    prune: bool = False,
) -> Plan:
    """The changes that make `actual` (from Datadog, with IDs) look like `desired` (the file).

    `actual` should hold exactly the gates in scope (what the command's filters select), since
    pruning deletes every gate of it that the file does not name.
    """
    result = Plan()
    wanted = {gate.key: gate for gate in desired}
    existing = {gate.key: gate for gate in sorted(actual, key=lambda g: (g.key, g.id or ""))}
    for key in sorted(wanted):
        gate = wanted[key]
        if key not in existing:
            result.changes.append(
                Change("create", "gate", key, gate_spec=gate, fields=_gate_fields(None, gate))
            )
            for rule in sorted(gate.rules, key=lambda r: r.name):
                result.changes.append(
                    Change(
                        "create",
                        "rule",
                        key,
                        rule=rule.name,
                        rule_spec=rule,
                        fields=tuple(field_changes({}, rule.settings())),
                    )
                )
            continue
        _existing_gate(result, gate, existing[key], prune)
    for key in sorted(set(existing) - set(wanted)):
        gate = existing[key]
        if prune:
            result.changes.append(
                Change(
                    "delete",
                    "gate",
                    key,
                    gate_id=gate.id,
                    note=f"not in the file; its {len(gate.rules)} rule(s) go with it",
                )
            )
        else:
            result.left_alone.append(f"gate {key} ({len(gate.rules)} rule(s))")
    return result


def _gate_fields(before: GateSpec | None, after: GateSpec | None) -> tuple[FieldChange, ...]:
    old = {"dry_run": before.dry_run} if before else {}
    new = {"dry_run": after.dry_run} if after else {}
    return tuple(field_changes(old, new))


def _existing_gate(result: Plan, gate: GateSpec, current: GateSpec, prune: bool) -> None:
    key, gate_id = gate.key, current.id
    by_name: dict[str, RuleSpec] = {}
    extra: list[RuleSpec] = []  # same-named duplicates in Datadog: only the first is matched
    for rule in sorted(current.rules, key=lambda r: (r.name, r.id or "")):
        if rule.name in by_name:
            extra.append(rule)
        else:
            by_name[rule.name] = rule
    wanted = {rule.name: rule for rule in gate.rules}
    deletes: list[Change] = []
    updates: list[Change] = []
    creates: list[Change] = []
    for name in sorted(wanted):
        rule = wanted[name]
        old = by_name.get(name)
        if old is None:
            creates.append(_create_rule(key, gate_id, rule))
            continue
        changed = field_changes(old.settings(), rule.settings())
        if not changed:
            continue
        if old.type != rule.type:
            note = f"type changes from {old.type} to {rule.type}: deleted and created again"
            deletes.append(
                Change("delete", "rule", key, name, gate_id, old.id, tuple(changed), note=note)
            )
            creates.append(_create_rule(key, gate_id, rule, note="created again: type changed"))
        else:
            updates.append(
                Change("update", "rule", key, name, gate_id, old.id, tuple(changed), rule_spec=rule)
            )
    gone = [by_name[name] for name in sorted(set(by_name) - set(wanted))] + extra
    for old in gone:
        if not prune:
            result.left_alone.append(f"rule {old.name!r} of gate {key}")
            continue
        note = "not in the file"
        twin = _renamed_to(old, [wanted[n] for n in sorted(set(wanted) - set(by_name))])
        if twin is not None:
            note = f"renamed to {twin.name!r}? a rename is a delete and a create"
        if old.name in wanted:
            note = "a second rule of that name in Datadog"
        deletes.append(
            Change(
                "delete",
                "rule",
                key,
                old.name,
                gate_id,
                old.id,
                tuple(field_changes(old.settings(), {})),
                note=note,
            )
        )
    creates = [_renamed_note(change, gone, prune) for change in creates]
    if any(not change.rule_id for change in deletes + updates):
        kept = [] if prune else gone
        result.changes += _replace_gate(gate, current, kept, deletes + updates + creates)
        return
    result.changes += deletes + updates + creates
    if gate.dry_run != current.dry_run:
        result.changes.append(
            Change(
                "update",
                "gate",
                key,
                gate_id=gate_id,
                fields=_gate_fields(current, gate),
                gate_spec=gate,
            )
        )


REPLACED = (
    "replaced: Datadog lists this gate's rules without their IDs, so a rule can change only "
    "with the gate, deleted (its rules go with it) and created again under a new ID"
)


def _replace_gate(
    gate: GateSpec, current: GateSpec, kept: list[RuleSpec], rule_changes: list[Change]
) -> list[Change]:
    """Delete the gate and create it again with the file's rules (and those kept)."""
    key = gate.key
    # A rule whose type changes is a delete (carrying its real before -> after) and a create
    # (everything new): the create would show the same fields again with no "before".
    covered = {change.rule for change in rule_changes if change.action != "create"}
    fields = [
        FieldChange(f"rules[{change.rule!r}].{field.path}", field.before, field.after)
        for change in rule_changes
        if change.action != "create" or change.rule not in covered
        for field in change.fields
    ]
    changes = [
        Change("delete", "gate", key, gate_id=current.id, fields=tuple(fields), note=REPLACED),
        Change("create", "gate", key, gate_spec=gate, fields=_gate_fields(None, gate)),
    ]
    for rule in sorted([*gate.rules, *kept], key=lambda r: r.name):
        note = "kept: in Datadog, not in the file" if rule in kept else None
        changes.append(_create_rule(key, None, rule, note=note))
    return changes


def _create_rule(
    key: GateKey, gate_id: str | None, rule: RuleSpec, note: str | None = None
) -> Change:
    return Change(
        "create",
        "rule",
        key,
        rule.name,
        gate_id,
        fields=tuple(field_changes({}, rule.settings())),
        rule_spec=rule,
        note=note,
    )


def _renamed_to(old: RuleSpec, new_rules: list[RuleSpec]) -> RuleSpec | None:
    for rule in new_rules:
        if rule.settings() == old.settings():
            return rule
    return None


def _renamed_note(change: Change, gone: list[RuleSpec], prune: bool) -> Change:
    if change.note or change.rule_spec is None:
        return change
    for old in gone:
        if old.settings() == change.rule_spec.settings():
            return Change(
                change.action,
                change.kind,
                change.gate,
                change.rule,
                change.gate_id,
                change.rule_id,
                change.fields,
                change.gate_spec,
                change.rule_spec,
                note=f"renamed from {old.name!r}? a rename is a delete and a create"
                + ("" if prune else "; without --prune the old rule stays"),
            )
    return change
