"""How the fake's gate evaluations behave, as tests script them: :class:`GateScript` (time,
verdict), :class:`RuleScript` (a rule and how it ends) and :class:`MonitorAlert` (a monitor
that made a rule fail)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

DEFAULT_RULE_NAME = "Check service monitors"
RULE_TYPES = ("monitor", "faulty_deployment_detection")
STATUSES = ("in_progress", "pass", "fail")


@dataclass(frozen=True)
class MonitorAlert:
    """A monitor that made a monitor rule fail: its decimal ID, its state, and a link."""

    id: str
    state: str = "Alert"
    url: str | None = None


def _alert(value: MonitorAlert | Mapping[str, Any] | str | int) -> MonitorAlert:
    if isinstance(value, MonitorAlert):
        return value
    if isinstance(value, Mapping):
        return MonitorAlert(str(value["id"]), value.get("state", "Alert"), value.get("url"))
    return MonitorAlert(str(value))


@dataclass(frozen=True)
class RuleScript:
    """A rule and its final result once an evaluation is over.

    ``status`` and ``reason`` are what the evaluation reports. ``type`` and ``options`` describe
    the rule when it is seeded into a gate (``options`` default: a monitor query on the gate's
    service and env). A failing rule says why in the rule-evaluation list: ``monitors`` (IDs,
    or :class:`MonitorAlert`) in alert for a monitor rule, ``faulty_resources`` (APM resource
    names) for a faulty deployment detection rule; both are made up when not given.
    """

    name: str
    status: str = "pass"
    reason: str | None = None
    dry_run: bool = False
    type: str = "monitor"
    options: Mapping[str, Any] | None = field(default=None, compare=False)
    monitors: Sequence[Any] = ()
    faulty_resources: Sequence[str] = ()

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"a rule status is one of {', '.join(STATUSES)}, not {self.status!r}")
        if self.type not in RULE_TYPES:
            raise ValueError(f"a rule type is one of {', '.join(RULE_TYPES)}, not {self.type!r}")
        object.__setattr__(self, "monitors", tuple(_alert(m) for m in self.monitors))
        object.__setattr__(self, "faulty_resources", tuple(self.faulty_resources))
        if self.options is not None:
            object.__setattr__(self, "options", dict(self.options))

    @classmethod
    def of(cls, value: RuleScript | Mapping[str, Any]) -> RuleScript:
        """A RuleScript from itself or from its fields as a mapping (a seed file's rule)."""
        return value if isinstance(value, RuleScript) else cls(**value)


def outcome_of(rule: RuleScript | Mapping[str, Any]) -> RuleScript | None:
    """The scripted result of a seeded rule: a mapping without ``status`` has none (the rule
    then ends as the gate's script says)."""
    if isinstance(rule, RuleScript):
        return rule
    return RuleScript.of(rule) if "status" in rule else None


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
        if self.verdict not in ("pass", "fail"):
            raise ValueError(f"a verdict is pass or fail, not {self.verdict!r}")
        if self.rules is not None:
            object.__setattr__(self, "rules", tuple(RuleScript.of(r) for r in self.rules))

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

    @property
    def by_polls(self) -> bool:
        return self.not_found_polls + self.in_progress_polls > 0
