"""Differences openapi.yaml makes on purpose: read deliberate.yaml, set them apart in a report.

Each entry names one difference as the report does (operation, class, where, detail) and the
judgment call in openapi.yaml's header that explains it. A report lists those as explained and
does not count them towards its exit code: what is left is drift to act on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tools.specdrift.load import parse_yaml, read_source
from tools.specdrift.model import InputError, Report

DEFAULT = Path(__file__).with_name("deliberate.yaml")

Key = tuple[str, str, str, str]  # operation, class, where, detail


def load(source: str) -> dict[Key, int]:
    """The entries of a deliberate-differences file: key -> judgment call number."""
    text = read_source(source)
    try:
        entries: Any = parse_yaml(text)
    except yaml.YAMLError as error:
        raise InputError(f"{source}: not valid YAML: {error}") from None
    if entries is None:
        return {}
    if not isinstance(entries, list):
        raise InputError(f"{source}: expected a list of [operation, class, where, detail, call]")
    known: dict[Key, int] = {}
    for i, entry in enumerate(entries):
        if not (
            isinstance(entry, list)
            and len(entry) == 5
            and all(isinstance(part, str) for part in entry[:4])
            and isinstance(entry[4], int)
        ):
            raise InputError(
                f"{source}: entry {i + 1}: expected [operation, class, where, detail, call]"
            )
        known[(entry[0], entry[1], entry[2], entry[3])] = entry[4]
    return known


def key(operation: str, kind: str, where: str, detail: str) -> Key:
    return (operation, kind, where, detail)


def set_apart(report: Report, known: dict[Key, int]) -> None:
    """Move the differences that known explains from report.differences to report.explained."""
    kept = []
    for diff in report.differences:
        call = known.get(key(diff.operation, diff.kind.value, diff.where, diff.detail))
        if call is None:
            kept.append(diff)
        else:
            report.explained.append((diff, call))
    report.differences = kept
