"""What people read on stderr: progress while waiting, the rules table, a deployment event."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from .output import BOLD, GREEN, RED, YELLOW, Output
from .servertext import one_line

if TYPE_CHECKING:
    from ..polling import PollEvent
    from ..verdict import GateVerdict, RuleVerdict

SPINNER_UNICODE = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
SPINNER_ASCII = "|/-\\"
TICK = 0.1  # seconds between spinner frames


def clock_time() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Progress:
    """Reports the wait for a verdict.

    On a terminal: one line redrawn in place with a spinner, the status, the elapsed time and
    the poll count. Elsewhere (CI logs): one timestamped line per poll.
    """

    def __init__(self, out: Output) -> None:
        self.out = out
        self.live = out.tty and not out.quiet
        self.frames = SPINNER_UNICODE if out.unicode else SPINNER_ASCII
        self.started = time.monotonic()
        self.status = "waiting"
        self.polls = 0
        self.url_shown = False
        self.waiting = False
        self._frame = 0

    def begin(self) -> None:
        self.started = time.monotonic()
        self.waiting = True

    def end(self) -> None:
        self.waiting = False
        self.out.end_live()

    def on_poll(self, event: PollEvent) -> None:
        from ..verdict import GateVerdict

        self.polls = event.poll
        self.status = one_line(event.status)
        if event.result is not None and not self.url_shown:
            url = one_line(GateVerdict.of(event.result).url or "")
            if url:
                self.url_shown = True
                self.out.info(f"URL: {url}")
        if self.live:
            self.draw()
        else:
            after = "" if event.done else f"; next poll in {event.wait:.1f}s"
            self.out.info(
                f"{clock_time()} poll {event.poll}: {self.status} after {event.elapsed:.1f}s{after}"
            )

    def sleep(self, seconds: float) -> None:
        """The api client's sleep: on a terminal the spinner turns while it waits."""
        if not (self.live and self.waiting):
            time.sleep(seconds)
            return
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            self.draw()
            time.sleep(min(TICK, left))

    def draw(self) -> None:
        self._frame = (self._frame + 1) % len(self.frames)
        elapsed = time.monotonic() - self.started
        self.out.live(
            f"{self.frames[self._frame]} waiting for the verdict: {self.status} "
            f"- {elapsed:.0f}s elapsed - poll {self.polls}"
        )


def status_style(status: str) -> tuple[str, ...]:
    return {"pass": (GREEN,), "fail": (RED, BOLD)}.get(status, (YELLOW,))


def ordered_rules(rules: Iterable[RuleVerdict]) -> list[RuleVerdict]:
    """Failed rules first, then the undecided, then those that passed."""
    rank = {"fail": 0, "pass": 2}
    return sorted(rules, key=lambda rule: rank.get(rule.status, 1))


def table(rows: Sequence[Sequence[str]], out: Output, styles: Sequence[tuple[str, ...]]) -> None:
    """Aligned columns; the first row is the header, `styles` colour the second column."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for index, row in enumerate(rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        if index and styles[index - 1]:
            cells[1] = out.style(cells[1], *styles[index - 1])
        out.info("  " + "  ".join([*cells, row[-1]]).rstrip())


def verdict_summary(verdict: GateVerdict, out: Output) -> None:
    """The rules table, failed rules first."""
    rules = ordered_rules(verdict.rules)
    if not rules:
        out.info("  (the evaluation reported no rules)")
        return
    rows = [("RULE", "STATUS", "REASON")]
    rows += [
        (rule.name, rule.status + (" (dry run)" if rule.dry_run else ""), rule.reason or "-")
        for rule in rules
    ]
    table(rows, out, [status_style(rule.status) for rule in rules])


def rules_json(verdict: GateVerdict) -> list[dict[str, Any]]:
    return [
        {"name": rule.name, "status": rule.status, "reason": rule.reason, "dry_run": rule.dry_run}
        for rule in ordered_rules(verdict.rules)
    ]


def key_values(pairs: Sequence[tuple[str, str]]) -> list[str]:
    width = max(len(key) for key, _ in pairs)
    return [f"{key.ljust(width)}  {value}" for key, value in pairs]
