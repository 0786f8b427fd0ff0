"""--rules FILE: read an inline rule configuration (JSON, or YAML) and check it before sending.

The file holds the trigger request's `configuration` object ({"dry_run": ..., "rules": [...]})
or just the list of rules. Unknown keys are refused: a misspelt option would otherwise be
dropped silently and the gate would not check what its author meant.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from .outcome import UsageError

MAX_DURATION = 7200
RULE_KEYS = ("type", "name", "dry_run", "options")
OPTION_KEYS = {
    "monitor": ("query", "duration"),
    "faulty_deployment_detection": ("duration", "excluded_resources", "allowed_resources"),
}
YAML_SUFFIXES = (".yaml", ".yml")


def load_rules(path: str) -> dict[str, Any]:
    """The configuration object to send, or a UsageError naming every problem found."""
    text = _read(path)
    document = _parse(path, text)
    problems = problems_in(document)
    if problems:
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise UsageError(f"--rules {path}: {'; '.join(problems[:5])}{more}")
    configuration: dict[str, Any] = {"rules": document} if isinstance(document, list) else document
    return configuration


def _read(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as file:
            return file.read()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise UsageError(f"--rules {path}: cannot read it: {reason}") from None


def _parse(path: str, text: str) -> Any:
    if path.lower().endswith(YAML_SUFFIXES):
        return _yaml(path, text)
    try:
        return json.loads(text)
    except ValueError as error:
        if path.lower().endswith(".json"):
            raise UsageError(f"--rules {path}: not valid JSON: {error}") from None
    return _yaml(path, text)  # no telling extension: YAML is a superset of JSON


def _yaml(path: str, text: str) -> Any:
    try:
        import yaml
    except ImportError:
        raise UsageError(
            f"--rules {path}: reading YAML needs PyYAML: pip install 'datadog-deployments[yaml]'"
            " (or write the rules as JSON)"
        ) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        problem = getattr(error, "problem", None) or "malformed"
        raise UsageError(f"--rules {path}: not valid YAML{at}: {problem}") from None


def problems_in(document: Any) -> list[str]:
    """Every way the document departs from the documented configuration, in words."""
    if isinstance(document, list):
        document = {"rules": document}
    if not isinstance(document, dict):
        return ["want an object with 'rules' (and optionally 'dry_run'), or a list of rules"]
    problems = _unknown(document, ("dry_run", "rules"), "the configuration")
    if "dry_run" in document and not isinstance(document["dry_run"], bool):
        problems.append("'dry_run' must be true or false")
    rules = document.get("rules")
    if not isinstance(rules, list) or not rules:
        problems.append("'rules' must be a list of at least one rule")
        return problems
    for index, rule in enumerate(rules):
        problems += _rule_problems(index, rule)
    return problems


def _rule_problems(index: int, rule: Any) -> list[str]:
    where = f"rules[{index}]"
    if not isinstance(rule, dict):
        return [f"{where} must be an object with type, name and options"]
    name = rule.get("name")
    if isinstance(name, str) and name.strip():
        where = f"{where} ({name!r})"
    problems = _unknown(rule, RULE_KEYS, where)
    kind = rule.get("type")
    if kind is None:
        problems.append(f"{where}: 'type' is missing (monitor or faulty_deployment_detection)")
    elif kind not in OPTION_KEYS:
        problems.append(
            f"{where}: unknown type {kind!r}; want monitor or faulty_deployment_detection"
        )
    if not (isinstance(name, str) and name.strip()):
        problems.append(f"{where}: 'name' is missing or empty")
    if "dry_run" in rule and not isinstance(rule["dry_run"], bool):
        problems.append(f"{where}: 'dry_run' must be true or false")
    options = rule.get("options", {})
    if not isinstance(options, dict):
        return [*problems, f"{where}: 'options' must be an object"]
    if kind in OPTION_KEYS:
        problems += _unknown(options, OPTION_KEYS[kind], f"{where} options")
        problems += _option_problems(where, kind, options)
    return problems


def _option_problems(where: str, kind: str, options: dict[str, Any]) -> list[str]:
    problems = []
    duration = options.get("duration")
    if duration is not None and (
        not isinstance(duration, int) or isinstance(duration, bool) or duration < 0
    ):
        problems.append(f"{where}: 'duration' must be a whole number of seconds")
    elif duration is not None and duration > MAX_DURATION:
        problems.append(f"{where}: 'duration' is {duration}; at most {MAX_DURATION} seconds")
    if kind == "monitor":
        query = options.get("query")
        if not (isinstance(query, str) and query.strip()):
            problems.append(f"{where}: a monitor rule needs options.query (a monitor search query)")
        return problems
    for key in ("excluded_resources", "allowed_resources"):
        value = options.get(key)
        if value is not None and not (
            isinstance(value, list) and all(isinstance(item, str) for item in value)
        ):
            problems.append(f"{where}: '{key}' must be a list of strings")
    if "excluded_resources" in options and "allowed_resources" in options:
        problems.append(f"{where}: give 'excluded_resources' or 'allowed_resources', not both")
    return problems


def _unknown(mapping: dict[str, Any], known: tuple[str, ...], where: str) -> list[str]:
    extra = [str(key) for key in mapping if key not in known]
    if not extra:
        return []
    keys = ", ".join(map(repr, extra))
    plural = "s" if len(extra) > 1 else ""
    return [f"{where}: unknown key{plural} {keys}; known: {', '.join(known)}"]
