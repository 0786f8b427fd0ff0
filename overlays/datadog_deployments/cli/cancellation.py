"""Cancellation and the command's deadline: SIGINT, SIGTERM and --timeout end a command at once.

CI runners cancel a job with SIGTERM (GitLab, Kubernetes, most others) or SIGINT, and expect it
to end within seconds. A command runs inside a `Guard`: the first signal raises `Cancelled` in
the main thread wherever it is (a blocked socket read, a sleep, a read of stdin), and
`--timeout` arms a timer that raises `DeadlineReached` the same way, so an in-flight request
cannot outlive the budget whatever the HTTP client does. Both derive from BaseException so that
no `except Exception` on the way swallows them; `main` turns them into an outcome, which is then
written as usual (outcome line, --json, GitHub outputs). Signals that arrive while the outcome
is being written are ignored: the command is already ending.

A cancel may come at any moment, also while Python is still loading the command: from its
first line ddeploy holds SIGINT and SIGTERM (`hold`), and the command's Guard, once armed,
turns a held signal into `Cancelled` at once, so the outcome is written all the same.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from types import FrameType, TracebackType
from typing import Any

from .exit_codes import ExitCode

SIGNAL_EXIT = {signal.SIGINT: ExitCode.INTERRUPTED, signal.SIGTERM: ExitCode.TERMINATED}


_held: list[int] = []  # signals that came before a Guard was armed, first first


def _hold(signum: int, frame: FrameType | None) -> None:
    if signum not in _held:
        _held.append(signum)


def hold() -> dict[int, Any]:
    """Remember SIGINT and SIGTERM from now on (main thread only); returns the handlers to put
    back with `release`. ddeploy's entry point calls it before loading anything else."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {signum: signal.signal(signum, _hold) for signum in SIGNAL_EXIT}


def let_go() -> None:
    """Python's own SIGINT and SIGTERM handling again (for a command that handles them its own
    way, the fake server); a signal held until now is delivered now."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    held = list(_held)
    _held.clear()
    for signum in held:
        signal.raise_signal(signum)


def release(previous: dict[int, Any]) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)
    _held.clear()


class Cancelled(BaseException):
    """SIGINT or SIGTERM arrived; `exit_code` is 130 or 143."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        self.signal_name = signal.Signals(signum).name
        self.exit_code = SIGNAL_EXIT.get(signal.Signals(signum), ExitCode.TERMINATED)
        super().__init__(f"cancelled by {self.signal_name}")


class DeadlineReached(BaseException):
    """The command's --timeout budget ran out while something was still in progress."""


class Guard:
    """Signal handlers and the deadline timer, for the life of one command (main thread only).

    `budget` is --timeout in seconds (None: no deadline). `remaining()` is what is left of it;
    a request's own timeout is derived from it.
    """

    def __init__(
        self,
        budget: float | None,
        clock: Callable[[], float] = time.monotonic,
        *,
        armed: bool = True,
    ) -> None:
        self.clock = clock
        self.started = clock()
        self.budget = budget
        self.ending = False
        # Not armed: signals and the deadline are held until `arm()` (main sets up the outcome's
        # context first, so whatever comes can be written).
        self.armed = armed
        self._deadline_passed = False
        self._previous: dict[int, object] = {}
        self._active = False

    @property
    def deadline(self) -> float | None:
        return None if self.budget is None else self.started + self.budget

    def remaining(self) -> float:
        deadline = self.deadline
        return float("inf") if deadline is None else max(0.0, deadline - self.clock())

    def __enter__(self) -> Guard:
        if threading.current_thread() is not threading.main_thread():
            return self  # signals reach the main thread only: nothing to install
        self._active = True
        for signum in SIGNAL_EXIT:
            self._previous[signum] = signal.signal(signum, self._on_signal)
        if self.budget is not None and hasattr(signal, "setitimer"):
            self._previous[signal.SIGALRM] = signal.signal(signal.SIGALRM, self._on_alarm)
            signal.setitimer(signal.ITIMER_REAL, max(self.remaining(), 1e-3))
        return self

    def arm(self) -> None:
        """From now on signals and the deadline raise; one already held raises here."""
        self.armed = True
        if self.ending:
            return
        if _held:
            signum = _held[0]
            _held.clear()
            self.settle()
            raise Cancelled(signum)
        if self._deadline_passed:
            raise DeadlineReached()

    def settle(self) -> None:
        """The command is ending: stop the timer, and let later signals change nothing."""
        self.ending = True
        if self._active and hasattr(signal, "setitimer"):
            signal.setitimer(signal.ITIMER_REAL, 0)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.settle()
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        self._previous.clear()
        self._active = False

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        if self.ending:
            return
        if not self.armed:
            _hold(signum, frame)
            return
        self.settle()
        raise Cancelled(signum)

    def _on_alarm(self, signum: int, frame: FrameType | None) -> None:
        if self.ending:
            return
        if not self.armed:
            self._deadline_passed = True
            return
        raise DeadlineReached()
