"""The four DORA figures of a service over a window, from what the API returns and nothing else.

Each figure says how many events it rests on, or plainly why it cannot be computed:

- deployment frequency: deployment events in the window, per day and per week;
- change failure rate: of the deployments that carry a change-failure mark, the share marked
  failed. The documented deployment event has no such field, so unless Datadog returns one,
  this figure cannot be computed from the API (Datadog computes it from its own data);
- change lead time: from commit to deployment. Events carry the commit SHA but no commit time,
  so it cannot be computed from the API (ddeploy does not guess one from a local checkout);
- recovery time: from the failure (incident) events that have both a start and a finish, the
  time from one to the other. Datadog's own "failed deployment recovery time" links a failed
  deployment to its remediation, which the API does not return; the report says which it used.

Events arrive one at a time (`add_deployment`, `add_failure`), so a long history is never held
in memory beyond one number per failure. No I/O.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..timestamps import to_datetime

CHANGE_FAILURE_FIELDS = ("change_failure",)


@dataclass(frozen=True)
class Figure:
    name: str
    value: float | None  # None when it cannot be computed
    unit: str
    based_on: int  # how many events the value rests on
    text: str  # one line for people
    method: str  # how it was computed, or why it could not be
    computable: bool = True

    def json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "computable": self.computable,
            "value": self.value,
            "unit": self.unit,
            "based_on": self.based_on,
            "text": self.text,
            "method": self.method,
        }


def _time(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        return to_datetime(value)
    except (ValueError, TypeError, OverflowError):
        return None


def _duration_text(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.1f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


@dataclass
class ReportBuilder:
    service: str
    env: str | None
    start: datetime
    end: datetime
    deployments: int = 0
    ignored_deployments: int = 0  # returned, but of another service or env
    with_git: int = 0
    marked: int = 0  # deployments carrying a change-failure mark
    marked_failed: int = 0
    failures: int = 0
    ignored_failures: int = 0
    open_failures: int = 0  # no finish time (yet)
    recovery_times: list[float] = field(default_factory=list)

    def add_deployment(self, attributes: Mapping[str, Any]) -> None:
        if attributes.get("service") != self.service or (
            self.env is not None and attributes.get("env") != self.env
        ):
            self.ignored_deployments += 1
            return
        self.deployments += 1
        git = attributes.get("git")
        if isinstance(git, Mapping) and git.get("commit_sha"):
            self.with_git += 1
        for name in CHANGE_FAILURE_FIELDS:
            mark = attributes.get(name)
            if isinstance(mark, bool):
                self.marked += 1
                self.marked_failed += int(mark)
                break

    def add_failure(self, attributes: Mapping[str, Any]) -> None:
        services = attributes.get("services")
        if not (isinstance(services, list) and self.service in services) or (
            self.env is not None and attributes.get("env") != self.env
        ):
            self.ignored_failures += 1
            return
        self.failures += 1
        started, finished = (
            _time(attributes.get("started_at")),
            _time(attributes.get("finished_at")),
        )
        if started is None or finished is None or finished < started:
            self.open_failures += 1
            return
        self.recovery_times.append((finished - started).total_seconds())

    # ---- the figures ---------------------------------------------------------------------------
    @property
    def days(self) -> float:
        return (self.end - self.start).total_seconds() / 86400

    def frequency(self) -> Figure:
        per_day = self.deployments / self.days if self.days > 0 else 0.0
        return Figure(
            "deployment_frequency",
            round(per_day, 4),
            "deployments per day",
            self.deployments,
            f"{per_day:.2f} per day ({per_day * 7:.1f} per week): {self.deployments} "
            f"deployment(s) in {self.days:g} day(s)",
            "deployment events returned for the window, divided by its length in days",
        )

    def change_failure_rate(self) -> Figure:
        name, unit = "change_failure_rate", "share of deployments"
        if self.deployments == 0:
            return _cannot(name, unit, 0, "no deployment events in the window")
        if self.marked == 0:
            return _cannot(
                name,
                unit,
                0,
                f"none of the {self.deployments} deployment event(s) says whether it was a "
                "change failure: the API does not return the mark that 'dora mark-failed' "
                "sets, so the rate cannot be computed from its answers",
            )
        rate = self.marked_failed / self.marked
        partial = (
            f" ({self.deployments - self.marked} deployment(s) without the mark left out)"
            if self.marked < self.deployments
            else ""
        )
        return Figure(
            name,
            round(rate, 4),
            unit,
            self.marked,
            f"{rate:.1%}: {self.marked_failed} of {self.marked} deployment(s) marked as change "
            f"failures{partial}",
            "deployments marked as change failures, over deployments that carry the mark",
        )

    def lead_time(self) -> Figure:
        if self.deployments == 0:
            why = "no deployment events in the window"
        else:
            why = (
                f"{self.with_git} of {self.deployments} deployment event(s) carry a git commit, "
                "but the API returns the commit's SHA, not when it was made; lead time runs "
                "from commit to deployment"
            )
        return _cannot("change_lead_time", "seconds", 0, why)

    def recovery_time(self) -> Figure:
        name, unit = "recovery_time", "seconds"
        if not self.recovery_times:
            if self.failures == 0:
                why = "no failure events of the service in the window"
            else:
                why = f"none of the {self.failures} failure event(s) has a finish time yet"
            return _cannot(name, unit, 0, why)
        median = statistics.median(self.recovery_times)
        still_open = f"; {self.open_failures} still open left out" if self.open_failures else ""
        return Figure(
            name,
            round(median, 1),
            unit,
            len(self.recovery_times),
            f"median {_duration_text(median)} from start to finish over "
            f"{len(self.recovery_times)} failure event(s){still_open}",
            "median of (finished_at - started_at) of failure (incident) events; Datadog's own "
            "failed-deployment recovery time uses remediations, which the API does not return",
        )

    def figures(self) -> list[Figure]:
        return [
            self.frequency(),
            self.change_failure_rate(),
            self.lead_time(),
            self.recovery_time(),
        ]

    def json(self) -> dict[str, Any]:
        return {
            "service": self.service,
            "env": self.env,
            "from": self.start.isoformat().replace("+00:00", "Z"),
            "to": self.end.isoformat().replace("+00:00", "Z"),
            "deployments": self.deployments,
            "failures": self.failures,
            "ignored_events": self.ignored_deployments + self.ignored_failures,
            "figures": [figure.json() for figure in self.figures()],
        }


def _cannot(name: str, unit: str, based_on: int, why: str) -> Figure:
    return Figure(name, None, unit, based_on, f"cannot be computed: {why}", why, computable=False)
