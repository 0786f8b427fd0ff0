"""What the fake remembers: gates, rules and evaluations (:mod:`.gates`, scripted with
:mod:`.scripts`), and DORA events (:mod:`.dora`), each behind its own lock, with the clocks
they share."""

from __future__ import annotations

from collections.abc import Callable

from .dora import DoraStore, TimeFormat, repository_id
from .gates import (
    DEFAULT_IDENTIFIER,
    EVALUATION_URL,
    Evaluation,
    Gate,
    GateStore,
    Rule,
    RuleEvaluation,
)
from .scripts import DEFAULT_RULE_NAME, GateScript, MonitorAlert, RuleScript
from .times import WallClock

__all__ = [
    "DEFAULT_IDENTIFIER",
    "DEFAULT_RULE_NAME",
    "EVALUATION_URL",
    "Evaluation",
    "Gate",
    "GateScript",
    "MonitorAlert",
    "Rule",
    "RuleEvaluation",
    "RuleScript",
    "Store",
    "repository_id",
]


class Store:
    """All the fake's data. ``dora_times`` is how DORA reads write their times."""

    def __init__(
        self,
        clock: Callable[[], float],
        default_script: GateScript,
        *,
        epoch: float | None = None,
        dora_times: TimeFormat = "rfc3339",
        max_items: int = 10_000,
    ) -> None:
        self.clock = clock
        self.wall = WallClock(clock, epoch)
        self.gates = GateStore(
            clock, self.wall, default_script, max_gates=max_items, max_evaluations=max_items
        )
        self.dora = DoraStore(max_events=max_items)
        self.dora_times: TimeFormat = dora_times

    @property
    def default_script(self) -> GateScript:
        return self.gates.default_script

    @default_script.setter
    def default_script(self, script: GateScript) -> None:
        self.gates.default_script = script

    def reset(self) -> None:
        self.gates.reset()
        self.dora.reset()
