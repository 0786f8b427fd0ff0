"""Local checks of a deployment rule, for every rule kind the December 2026 reference documents.

Two places hold rules and they accept different options:
- an inline rule of a gate evaluation (`gate evaluate --rules`): a monitor rule with a query,
  or faulty deployment detection; durations at most 7200 s;
- a rule stored on a gate (`gates plan|apply`): faulty deployment detection, a monitor rule by
  query, or a monitor rule by monitor IDs (each with its groups), the monitor ones with
  warm-up and the fail-on-no-data / fail-on-no-groups-found switches.

Every problem is one sentence that starts with the path of the value in the document (e.g.
`gates[0].rules[1].options.monitor_ids[0].id`), so a user can find it in a long file.
Unknown keys are refused: a misspelt option would otherwise be dropped and the gate would not
check what its author meant.
"""

from __future__ import annotations

from typing import Any

RULE_TYPES = ("monitor", "faulty_deployment_detection")
RULE_KEYS = ("type", "name", "dry_run", "options")
MAX_INLINE_DURATION = 7200  # documented for inline rules only

FDD_OPTIONS = ("allowed_resources", "duration", "excluded_resources")
INLINE_MONITOR_OPTIONS = ("duration", "query")
MONITOR_QUERY_OPTIONS = (
    "duration",
    "fail_on_no_data",
    "fail_on_no_groups_found",
    "query",
    "warmup",
)
MONITOR_IDS_OPTIONS = (
    "duration",
    "fail_on_no_data",
    "fail_on_no_groups_found",
    "monitor_ids",
    "warmup",
)
MONITOR_ID_KEYS = ("groups", "id")


def is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def unknown_keys(mapping: dict[Any, Any], known: tuple[str, ...], where: str) -> list[str]:
    extra = [repr(key) for key in mapping if key not in known]
    if not extra:
        return []
    plural = "s" if len(extra) > 1 else ""
    return [f"{where}: unknown key{plural} {', '.join(extra)}; known: {', '.join(known)}"]


def rule_problems(rule: Any, where: str, *, stored: bool) -> list[str]:
    """Every problem of one rule at path `where`; `stored` for a gate's rule, else inline."""
    if not isinstance(rule, dict):
        return [f"{where}: want an object with type, name and options"]
    problems = unknown_keys(rule, RULE_KEYS, where)
    kind = rule.get("type")
    if kind is None:
        problems.append(f"{where}.type: missing (monitor or faulty_deployment_detection)")
    elif not isinstance(kind, str) or kind not in RULE_TYPES:
        problems.append(
            f"{where}.type: unknown rule type {kind!r}; want monitor or faulty_deployment_detection"
        )
    if not is_text(rule.get("name")):
        problems.append(f"{where}.name: missing or empty")
    if "dry_run" in rule and not isinstance(rule["dry_run"], bool):
        problems.append(f"{where}.dry_run: must be true or false")
    if "options" not in rule:
        if kind == "monitor" or stored:
            problems.append(f"{where}.options: missing")
        return problems
    options = rule["options"]
    if not isinstance(options, dict):
        return [*problems, f"{where}.options: must be an object"]
    if kind == "monitor":
        problems += _monitor(options, f"{where}.options", stored=stored)
    elif kind == "faulty_deployment_detection":
        problems += _faulty_deployment(options, f"{where}.options", stored=stored)
    return problems


def _duration(options: dict[str, Any], where: str, *, stored: bool) -> list[str]:
    duration = options.get("duration")
    if duration is None:
        return []
    if not is_whole(duration) or duration < 0:
        return [f"{where}.duration: must be a whole number of seconds, not {duration!r}"]
    if not stored and duration > MAX_INLINE_DURATION:
        return [f"{where}.duration: {duration} is above the maximum of {MAX_INLINE_DURATION}"]
    return []


def _faulty_deployment(options: dict[str, Any], where: str, *, stored: bool) -> list[str]:
    problems = unknown_keys(options, FDD_OPTIONS, where)
    problems += _duration(options, where, stored=stored)
    for key in ("allowed_resources", "excluded_resources"):
        if key in options and not _strings(options[key]):
            problems.append(f"{where}.{key}: must be a list of strings")
    if "allowed_resources" in options and "excluded_resources" in options:
        problems.append(f"{where}: give allowed_resources or excluded_resources, not both")
    return problems


def _monitor(options: dict[str, Any], where: str, *, stored: bool) -> list[str]:
    if not stored:
        problems = unknown_keys(options, INLINE_MONITOR_OPTIONS, where)
        if not is_text(options.get("query")):
            problems.append(f"{where}.query: a monitor rule needs a monitor search query")
        return problems + _duration(options, where, stored=False)
    by_ids = "monitor_ids" in options
    if by_ids and "query" in options:
        return [f"{where}: give query or monitor_ids, not both"]
    known = MONITOR_IDS_OPTIONS if by_ids else MONITOR_QUERY_OPTIONS
    problems = unknown_keys(options, known, where)
    problems += _duration(options, where, stored=True)
    warmup = options.get("warmup")
    if warmup is not None and (not is_whole(warmup) or warmup < 0):
        problems.append(f"{where}.warmup: must be a whole number of seconds, not {warmup!r}")
    for key in ("fail_on_no_data", "fail_on_no_groups_found"):
        if key in options and not isinstance(options[key], bool):
            problems.append(f"{where}.{key}: must be true or false")
    if by_ids:
        problems += _monitor_ids(options["monitor_ids"], f"{where}.monitor_ids")
    elif not is_text(options.get("query")):
        problems.append(
            f"{where}: a monitor rule needs query (a monitor search) or monitor_ids (a list)"
        )
    return problems


def _monitor_ids(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not value:
        return [f"{where}: must be a non-empty list of {{id, groups}}"]
    problems: list[str] = []
    for index, monitor in enumerate(value):
        at = f"{where}[{index}]"
        if not isinstance(monitor, dict):
            problems.append(f"{at}: want an object with id and groups")
            continue
        problems += unknown_keys(monitor, MONITOR_ID_KEYS, at)
        monitor_id = monitor.get("id")
        if not is_monitor_id(monitor_id):
            problems.append(f"{at}.id: the monitor's decimal ID as a string, not {monitor_id!r}")
        if "groups" not in monitor:
            problems.append(f"{at}.groups: missing (an empty list evaluates all groups)")
        elif not _strings(monitor["groups"]):
            problems.append(f"{at}.groups: must be a list of strings")
    return problems


def is_monitor_id(value: Any) -> bool:
    """A decimal monitor ID; YAML reads an unquoted 12345 as a number, which is fine too."""
    if is_whole(value):
        return bool(value >= 0)
    return isinstance(value, str) and value.isascii() and value.isdecimal()


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
