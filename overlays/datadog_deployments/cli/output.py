"""Where output goes: the product on stdout, the story on stderr, and never a key in either.

Every line ddeploy writes passes through `Output`, which replaces every form of the secrets it
was told about with '****' (the last line of defence: nothing is meant to print them) and
escapes lines a CI runner would read as a workflow command. Values from the server are made
printable where they enter (`servertext.one_line`); this is the guard behind that.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from typing import Any, TextIO, cast

from .redaction import REDACTED, Redactor
from .servertext import guard_lines

__all__ = ["REDACTED", "Output", "StdoutClosed"]

# ANSI styles, used only on a terminal and unless NO_COLOR is set.
DIM, BOLD, RED, GREEN, YELLOW = "2", "1", "31", "32", "33"


class StdoutClosed(Exception):
    """The reader of stdout went away (`ddeploy ... | head -1`): not a failure, an end."""


class _Stdout:
    """sys.stdout, whose broken pipe (EPIPE) becomes `StdoutClosed`: a socket to Datadog can
    also raise BrokenPipeError, and only this one means "the reader has what it wanted"."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise StdoutClosed from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise StdoutClosed from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def silence_stdout() -> None:
    """Point stdout at /dev/null, so what is still buffered cannot fail again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


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
        secrets: Iterable[str | None] = (),
    ) -> None:
        self.stdout: TextIO = stdout or cast(TextIO, _Stdout(sys.stdout))
        self.stderr = stderr or sys.stderr
        self.quiet = quiet
        self.verbose = verbose
        self.json_mode = json_mode
        env = os.environ if environ is None else environ
        self.tty = _isatty(self.stderr) and env.get("TERM") != "dumb"
        self.color = self.tty and not env.get("NO_COLOR")
        self.unicode = "utf" in (getattr(self.stderr, "encoding", None) or "").lower()
        self._redactor = Redactor(secrets)
        self._live = False  # a status line is drawn and must be cleared before other text

    # ---- secrets ---------------------------------------------------------------------------
    def add_secret(self, value: str | None) -> None:
        """A secret to hide from now on, in every form it may be sent (see redaction.forms)."""
        self._redactor.add(value)

    def redact(self, text: str) -> str:
        """No secret, and no line a CI runner would take for a workflow command."""
        return guard_lines(self._redactor(text))

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
        """Redraw the one status line of a terminal in place, cut to its width: a line that
        wrapped could not be redrawn, and each frame would be left as a new line."""
        width = self.width()
        line = self.redact(text)
        if len(line) >= width:
            line = line[: max(width - 2, 0)] + ("…" if self.unicode else "~")
        self.stderr.write("\r" + line[: max(width - 1, 0)] + "\x1b[K")
        self.stderr.flush()
        self._live = True

    def width(self) -> int:
        try:
            return os.get_terminal_size(self.stderr.fileno()).columns or 80
        except (AttributeError, ValueError, OSError):
            return 80

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

    def data(self, text: str) -> None:
        """A data document (YAML or JSON) exactly as serialized: values are not altered, so it
        reads back the same. Its serializer must leave no line that is a workflow command
        (gates_document.dump quotes such strings); secrets are still hidden."""
        self.stdout.write(self._redactor(text))
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
