"""Cancellation and the command's deadline: SIGINT, SIGTERM and --timeout end a command at once.

CI runners cancel a job with SIGTERM (GitLab, Kubernetes, most others) or SIGINT, and expect it
to end within seconds. A command runs inside a `Guard`: the first signal raises `Cancelled` in
the main thread wherever it is (a blocked socket read, a sleep, a read of stdin), and
`--timeout` arms a timer that raises `DeadlineReached` the same way, so an in-flight request
cannot outlive the budget whatever the HTTP client does. Both derive from BaseException so that
no `except Exception` on the way swallows them; `main` turns them into an outcome, which is then
written as usual (outcome line, --json, GitHub outputs). Signals that arrive while the outcome
is being written are ignored: the command is already ending.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from types import FrameType, TracebackType

from .exit_codes import ExitCode

SIGNAL_EXIT = {signal.SIGINT: ExitCode.INTERRUPTED, signal.SIGTERM: ExitCode.TERMINATED}


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

    def __init__(self, budget: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.started = clock()
        self.budget = budget
        self.ending = False
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
        self.settle()
        raise Cancelled(signum)

    def _on_alarm(self, signum: int, frame: FrameType | None) -> None:
        if self.ending:
            return
        raise DeadlineReached()
