"""--rules FILE: read an inline rule configuration (JSON, or YAML) and check it before sending.

The file holds the trigger request's `configuration` object ({"dry_run": ..., "rules": [...]})
or just the list of rules; datadog-ci's gate --config file (the same with camelCase `dryRun`)
is accepted as it is. Unknown keys are refused: a misspelt option would otherwise be dropped
silently and the gate would not check what its author meant. Only a regular file or stdin is
read, at most MAX_BYTES, and every problem names its path inside the document
(`rules[1].options.duration`), however the document is malformed.
"""

from __future__ import annotations

import json
import math
import os
import stat
import sys
from typing import Any, BinaryIO

from .cancellation import DeadlineReached
from .outcome import UsageError
from .rule_checks import rule_problems, unknown_keys

MAX_BYTES = 1 << 20  # a real rules file is a few KiB
MAX_DEPTH = 16  # the documented configuration is 4 levels deep
MAX_BRACKETS = 64  # flow-style nesting refused before parsing (a parser recurses per level)
YAML_SUFFIXES = (".yaml", ".yml")
CAMEL_CASE = {"dryRun": "dry_run"}  # datadog-ci's spelling in its gate --config file


def load_rules(path: str, flag: str = "--rules") -> dict[str, Any]:
    """The configuration object to send, or a UsageError naming every problem found."""
    text = _read(path, flag)
    document = _from_datadog_ci(_parse(path, text, flag))
    problems = problems_in(document)
    if problems:
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise UsageError(f"{flag} {path}: {'; '.join(problems[:5])}{more}")
    configuration: dict[str, Any] = {"rules": document} if isinstance(document, list) else document
    return configuration


def _read(path: str, flag: str) -> str:
    try:
        if path == "-":
            data = _bounded(sys.stdin.buffer, f"{flag} -")
        else:
            # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(descriptor, "rb") as file:
                mode = os.fstat(descriptor).st_mode
                if not stat.S_ISREG(mode):
                    kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
                    raise UsageError(
                        f"{flag} {path}: {kind} (a FIFO, device or socket is not read); "
                        "give a file, or '-' to read stdin"
                    )
                data = _bounded(file, f"{flag} {path}")
        return data.decode("utf-8-sig")
    except DeadlineReached:
        raise UsageError(f"{flag} {path}: nothing complete to read within --timeout") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise UsageError(f"{flag} {path}: cannot read it: {reason}") from None


def _bounded(stream: BinaryIO, label: str) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise UsageError(
            f"{label}: more than {MAX_BYTES // 1024} KiB; a rule configuration is a few KiB"
        )
    return data


def _parse(path: str, text: str, flag: str) -> Any:
    if _bracket_depth(text) > MAX_BRACKETS:
        raise UsageError(
            f"{flag} {path}: nested too deeply (a rule configuration is 4 levels deep)"
        )
    try:
        if path.lower().endswith(YAML_SUFFIXES):
            return _yaml(path, text, flag)
        try:
            return json.loads(text, parse_constant=_no_constant)
        except ValueError as error:
            if path.lower().endswith(".json") or flag == "--config":
                raise UsageError(f"{flag} {path}: not valid JSON: {error}") from None
        return _yaml(path, text, flag)  # no telling extension: YAML is a superset of JSON
    except RecursionError:
        raise UsageError(
            f"{flag} {path}: nested too deeply (a rule configuration is 4 levels deep)"
        ) from None


def _bracket_depth(text: str) -> int:
    """The deepest nesting of [ and { (quotes not excluded: only a bound, cheap to take)."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _yaml(path: str, text: str, flag: str) -> Any:
    try:
        import yaml
    except ImportError:
        raise UsageError(
            f"{flag} {path}: reading YAML needs PyYAML: pip install 'datadog-deployments[yaml]'"
            " (or write the rules as JSON)"
        ) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        problem = getattr(error, "problem", None) or "malformed"
        raise UsageError(f"{flag} {path}: not valid YAML{at}: {problem}") from None


def _from_datadog_ci(document: Any) -> Any:
    """datadog-ci's camelCase keys (top level and rules) in the API's spelling."""
    if isinstance(document, dict):
        document = _api_spelling(document)
        if isinstance(document.get("rules"), list):
            document["rules"] = [_api_spelling(rule) for rule in document["rules"]]
    elif isinstance(document, list):
        document = [_api_spelling(rule) for rule in document]
    return document


def _api_spelling(mapping: Any) -> Any:
    """A mapping's camelCase keys in the API's spelling; anything else as it is."""
    if not isinstance(mapping, dict):
        return mapping
    return {CAMEL_CASE.get(k, k) if isinstance(k, str) else k: v for k, v in mapping.items()}


def problems_in(document: Any) -> list[str]:
    """Every way the document departs from the documented configuration, in words."""
    if isinstance(document, list):
        document = {"rules": document}
    shape = _shape_problems(document, "", 0)
    if shape:
        return shape
    if not isinstance(document, dict):
        return ["want an object with 'rules' (and optionally 'dry_run'), or a list of rules"]
    problems = unknown_keys(document, ("dry_run", "rules"), "the configuration")
    if "dry_run" in document and not isinstance(document["dry_run"], bool):
        problems.append("dry_run: must be true or false")
    rules = document.get("rules")
    if not isinstance(rules, list) or not rules:
        problems.append("rules: must be a list of at least one rule")
        return problems
    for index, rule in enumerate(rules):
        problems += _rule_problems(index, rule)
    return problems


def _shape_problems(value: Any, path: str, depth: int) -> list[str]:
    """Anything that is not plain JSON: deep nesting, dates, NaN, keys that are not text."""
    where = path or "the document"
    if depth > MAX_DEPTH:
        return [f"{where}: nested too deeply (a rule configuration is 4 levels deep)"]
    if isinstance(value, dict):
        problems: list[str] = []
        for key, item in value.items():
            if not isinstance(key, str):
                problems.append(f"{where}: the key {key!r} is not text")
                continue
            problems += _shape_problems(item, f"{path}.{key}" if path else key, depth + 1)
        return problems
    if isinstance(value, list):
        problems = []
        for index, item in enumerate(value):
            problems += _shape_problems(item, f"{path}[{index}]", depth + 1)
        return problems
    if isinstance(value, float) and not math.isfinite(value):
        return [f"{where}: {value} is not a number JSON can carry"]
    if value is None or isinstance(value, (str, int, float, bool)):
        return []
    return [f"{where}: a {type(value).__name__} is not JSON (quote it to make it text)"]


def _rule_problems(index: int, rule: Any) -> list[str]:
    """The checks of an inline rule, shared with gates files (rule_checks.py)."""
    return rule_problems(rule, f"rules[{index}]", stored=False)
