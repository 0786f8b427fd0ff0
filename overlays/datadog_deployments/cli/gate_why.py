"""Why a gate evaluation failed: its rule evaluations, each with what made it fail.

Reads the rule-evaluation list the API returns for one gate evaluation (attributes as
`to_dict()` gives them) and keeps per rule: the verdict and reason, the monitors that were not
OK (ID, state, link), the faulty APM resources, and the narratives. The list may repeat a rule
evaluation across pages (the API says to de-duplicate by its ID), so this does. No I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .servertext import one_line

STATUS_ORDER = {"fail": 0, "in_progress": 1, "pass": 2}


@dataclass(frozen=True)
class MonitorFailure:
    id: str
    state: str
    url: str | None


@dataclass(frozen=True)
class RuleWhy:
    name: str
    type: str
    status: str
    dry_run: bool
    reason: str | None
    monitors: tuple[MonitorFailure, ...]
    faulty_resources: tuple[str, ...]
    narratives: tuple[str, ...]  # "hostgroup (id)"
    rule_evaluation_id: str | None = None
    rule_id: str | None = None
    started_at: str | None = None
    finished_at: str | None = None

    @property
    def failed(self) -> bool:
        return self.status == "fail"

    def json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "status": self.status,
            "dry_run": self.dry_run,
            "reason": self.reason,
            "monitors": [{"id": m.id, "state": m.state, "url": m.url} for m in self.monitors],
            "faulty_resources": list(self.faulty_resources),
            "narratives": list(self.narratives),
            "rule_evaluation_id": self.rule_evaluation_id,
            "rule_id": self.rule_id,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
        }


def _text(value: Any) -> str | None:
    """The server's text, printable and on one line, or None."""
    if value is None or isinstance(value, (dict, list)):
        return None
    return one_line(value) or None


def rule_why(attributes: Mapping[str, Any], evaluation_id: str | None = None) -> RuleWhy:
    failures = attributes.get("failures")
    failures = failures if isinstance(failures, Mapping) else {}
    monitors = tuple(
        MonitorFailure(_text(m.get("id")) or "?", _text(m.get("state")) or "?", _text(m.get("url")))
        for m in failures.get("monitors") or ()
        if isinstance(m, Mapping)
    )
    resources = tuple(
        one_line(r) for r in failures.get("faulty_apm_resources") or () if r is not None
    )
    narratives = tuple(
        f"{_text(n.get('hostgroup')) or '?'} ({_text(n.get('id')) or '?'})"
        for n in failures.get("narratives") or ()
        if isinstance(n, Mapping)
    )
    return RuleWhy(
        name=_text(attributes.get("name")) or "(unnamed rule)",
        type=_text(attributes.get("type")) or "unknown",
        status=_text(attributes.get("status")) or "unknown",
        dry_run=attributes.get("dry_run") is True,
        reason=_text(attributes.get("reason")),
        monitors=monitors,
        faulty_resources=resources,
        narratives=narratives,
        rule_evaluation_id=_text(attributes.get("evaluation_id")) or evaluation_id,
        rule_id=_text(attributes.get("rule_id")),
        started_at=_text(attributes.get("started_at")),
        finished_at=_text(attributes.get("finished_at")),
    )


def explain(items: Iterable[tuple[str | None, Mapping[str, Any]]]) -> list[RuleWhy]:
    """(resource ID, attributes) pairs -> one RuleWhy per rule evaluation, failed ones first."""
    seen: set[str] = set()
    rules: list[RuleWhy] = []
    for resource_id, attributes in items:
        why = rule_why(attributes, resource_id)
        key = why.rule_evaluation_id
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        rules.append(why)
    return sorted(rules, key=lambda r: (STATUS_ORDER.get(r.status, 1), r.name))


def detail_lines(rule: RuleWhy) -> list[str]:
    """The indented lines under a rule: each monitor, resource and narrative."""
    lines = [f"monitor {m.id} {m.state}" + (f"  {m.url}" if m.url else "") for m in rule.monitors]
    lines += [f"faulty resource: {resource}" for resource in rule.faulty_resources]
    lines += [f"narrative: {narrative}" for narrative in rule.narratives]
    return lines


def lines(rules: list[RuleWhy]) -> list[str]:
    """The whole story, one rule after the other, for stderr and logs."""
    if not rules:
        return ["(no rule evaluations recorded for this evaluation yet)"]
    out: list[str] = []
    for rule in rules:
        dry = " (dry run)" if rule.dry_run else ""
        reason = f": {rule.reason}" if rule.reason else ""
        out.append(f"{rule.status.upper()}{dry}  {rule.name} [{rule.type}]{reason}")
        out += [f"    {line}" for line in detail_lines(rule)]
    return out
