"""Long listings written as they arrive: a table, CSV, or the items of the --json document.

Nothing is held beyond the row being written, so a year of deployments costs no more memory
than a page of them. The table cannot measure columns it has not seen, so each column has a
width chosen up front and a longer value simply pushes the line on. CSV cells that a
spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe: the values are
the server's. With --json the items open the document and the outcome fields close it
(`finish`), so stdout is still one JSON document, even when the listing fails half-way.
On a terminal, stderr shows how many items have come so far.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .output import Output
from .servertext import one_line

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    key: str  # the item's key
    title: str  # the table and CSV header
    width: int  # table column width; the last column is never padded


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return " ".join(_cell(item) for item in value)
    return one_line(value)  # one printable line, whatever the server sent


def _csv_cell(value: Any) -> str:
    text = _cell(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


class Listing:
    def __init__(self, out: Output, columns: Sequence[Column], *, csv_mode: bool, noun: str):
        self.out = out
        self.columns = list(columns)
        self.mode = "json" if out.json_mode else ("csv" if csv_mode else "table")
        self.noun = noun
        self.count = 0
        self._opened = False
        self._csv = csv.writer(_Lines(out), lineterminator="\n")

    def _open(self) -> None:
        if self._opened:
            return
        self._opened = True
        if self.mode == "json":
            self.out.stdout.write('{\n  "items": [')
        elif self.mode == "csv":
            self._csv.writerow([column.title for column in self.columns])
        else:
            self._row([column.title.upper() for column in self.columns])

    def _row(self, cells: list[str]) -> None:
        padded = [
            cell.ljust(column.width) if index < len(cells) - 1 else cell
            for index, (cell, column) in enumerate(zip(cells, self.columns, strict=True))
        ]
        self.out.product("  ".join(padded).rstrip())

    def add(self, item: dict[str, Any]) -> None:
        self._open()
        self.count += 1
        if self.mode == "json":
            text = json.dumps(item, default=str, ensure_ascii=False)
            separator = "," if self.count > 1 else ""
            self.out.stdout.write(self.out.redact(f"{separator}\n    {text}"))
        elif self.mode == "csv":
            self._csv.writerow([_csv_cell(item.get(column.key)) for column in self.columns])
        else:
            self._row([_cell(item.get(column.key)) or "-" for column in self.columns])
        if self.out.tty and not self.out.quiet:
            self.out.live(f"{self.count} {self.noun} so far")

    def close(self) -> None:
        """After the last item (also when none came): the table says so, the live line goes."""
        self.out.end_live()
        if self.mode == "table" and self.count == 0:
            self.out.info(f"(no {self.noun})")
        elif self.mode != "json":
            self._open()

    def finish(self, document: dict[str, Any]) -> None:
        """--json: close the items and write the outcome's fields into the same document."""
        self._open()
        rest = json.dumps(document, indent=2, default=str, ensure_ascii=False)
        body = rest[1:].lstrip("\n")  # the document's fields without its opening brace
        closing = "\n  ]" if self.count else "]"
        if body.strip() == "}":
            self.out.stdout.write(self.out.redact(f"{closing}\n}}\n"))
        else:
            self.out.stdout.write(self.out.redact(f"{closing},\n{body}\n"))
        self.out.stdout.flush()


class _Lines:
    """csv.writer's file: each row through Output, so redaction applies."""

    def __init__(self, out: Output) -> None:
        self.out = out

    def write(self, text: str) -> int:
        if not self.out.json_mode:
            self.out.stdout.write(self.out.redact(text))
            self.out.stdout.flush()
        return len(text)
