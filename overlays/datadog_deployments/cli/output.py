"""Where output goes: the product on stdout, the story on stderr, and never a key in either.

Every line ddeploy writes passes through `Output`, which replaces the values of the keys it
was told about with '****' (the last line of defence: nothing is meant to print them).
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any, TextIO

REDACTED = "****"
_MIN_SECRET = 6  # shorter values would blank out ordinary words; real keys are 32+ chars

# ANSI styles, used only on a terminal and unless NO_COLOR is set.
DIM, BOLD, RED, GREEN, YELLOW = "2", "1", "31", "32", "33"


class Output:
    def __init__(
        self,
        *,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
        quiet: bool = False,
        verbose: bool = False,
        json_mode: bool = False,
        environ: dict[str, str] | None = None,
    ) -> None:
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.quiet = quiet
        self.verbose = verbose
        self.json_mode = json_mode
        env = os.environ if environ is None else environ
        self.tty = _isatty(self.stderr) and env.get("TERM") != "dumb"
        self.color = self.tty and not env.get("NO_COLOR")
        self.unicode = "utf" in (getattr(self.stderr, "encoding", None) or "").lower()
        self._secrets: set[str] = set()
        self._live = False  # a status line is drawn and must be cleared before other text

    # ---- secrets ---------------------------------------------------------------------------
    def add_secret(self, value: str | None) -> None:
        if value and len(value) >= _MIN_SECRET:
            self._secrets.add(value)

    def redact(self, text: str) -> str:
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, REDACTED)
        return text

    # ---- stderr: the story -----------------------------------------------------------------
    def info(self, text: str) -> None:
        """Narrative for people; --quiet drops it."""
        if not self.quiet:
            self._err(text)

    def note(self, text: str) -> None:
        """A quiet aside (dim on a terminal); --quiet drops it."""
        if not self.quiet:
            self._err(self.style(text, DIM))

    def detail(self, text: str) -> None:
        """Only with --verbose."""
        if self.verbose:
            self._err(self.style(text, DIM))

    def always(self, text: str) -> None:
        """Errors and the outcome line: shown even with --quiet."""
        self._err(text)

    def live(self, text: str) -> None:
        """Redraw the one status line of a terminal in place."""
        self.stderr.write("\r" + self.redact(text) + "\x1b[K")
        self.stderr.flush()
        self._live = True

    def end_live(self) -> None:
        if self._live:
            self.stderr.write("\r\x1b[K")
            self.stderr.flush()
            self._live = False

    def _err(self, text: str) -> None:
        self.end_live()
        self.stderr.write(self.redact(text) + "\n")
        self.stderr.flush()

    def style(self, text: str, *codes: str) -> str:
        if not self.color or not codes:
            return text
        return f"\x1b[{';'.join(codes)}m{text}\x1b[0m"

    # ---- stdout: the product ---------------------------------------------------------------
    def product(self, text: str) -> None:
        """What a command produces (an ID, an event); with --json the document replaces it."""
        if not self.json_mode:
            self.stdout.write(self.redact(text) + "\n")
            self.stdout.flush()

    def document(self, document: dict[str, Any]) -> None:
        """The one JSON document of --json."""
        text = json.dumps(document, indent=2, sort_keys=False, default=str)
        self.stdout.write(self.redact(text) + "\n")
        self.stdout.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
