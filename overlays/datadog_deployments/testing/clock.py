"""A manual clock for tests that must not wait for real time to pass."""

from __future__ import annotations

import threading


class ManualClock:
    """A clock that only moves when told to.

    Pass the same instance to the fake server (``FakeDatadog(clock=clock)``) and to the code
    under test (as its clock and, through :meth:`sleep`, its sleep function), then a polling loop
    that would wait minutes finishes at once::

        clock = ManualClock()
        with FakeDatadog(clock=clock) as dd:
            dd.add_gate("web", "prod", script=GateScript(in_progress_for=30))
            ...
            clock.advance(31)  # the evaluation now reports its verdict
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        """The current time, in seconds."""
        return self._now

    @property
    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        """Move the clock forward; returns the new time."""
        if seconds < 0:
            raise ValueError("a clock does not go backwards")
        with self._lock:
            self._now += seconds
            return self._now

    def sleep(self, seconds: float) -> None:
        """A stand-in for ``time.sleep`` that advances the clock instead of waiting."""
        self.advance(max(seconds, 0.0))
