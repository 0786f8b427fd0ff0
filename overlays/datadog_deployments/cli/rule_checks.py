"""Local checks of a deployment rule, for every rule kind the December 2026 reference documents.

Two places hold rules and they accept different options:
- an inline rule of a gate evaluation (`gate evaluate --rules`): a monitor rule with a query,
  or faulty deployment detection; durations at most 7200 s;
- a rule stored on a gate (`gates plan|apply`): faulty deployment detection, a monitor rule by
  query, or a monitor rule by monitor IDs (each with its groups), the monitor ones with
  warm-up and the fail-on-no-data / fail-on-no-groups-found switches.

`gate evaluate --rules` (rules.py) and gates files (gates_document.py) share these checks.
Every problem is one sentence that starts with the path of the value in the document and the
rule's name (e.g. `gates[0].rules[1].options.monitor_ids[0].id ('Pinned monitors')`), so a
user can find it in a long file.
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
    """Every problem of one rule at path `where`; `stored` for a gate's rule, else inline.

    A rule with a name shows it after the path (`rules[0].type ('Monitors'): ...`)."""
    if not isinstance(rule, dict):
        return [f"{where}: must be an object with type, name and options"]
    name = rule.get("name")
    shown = f" ({name!r})" if is_text(name) else ""
    problems = unknown_keys(rule, RULE_KEYS, where + shown)
    kind = rule.get("type")
    if kind is None:
        problems.append(f"{where}.type{shown}: missing (monitor or faulty_deployment_detection)")
    elif not isinstance(kind, str) or kind not in RULE_TYPES:
        problems.append(
            f"{where}.type{shown}: unknown type {kind!r}; "
            "want monitor or faulty_deployment_detection"
        )
        kind = None
    if not is_text(name):
        problems.append(f"{where}.name: missing or empty")
    if "dry_run" in rule and not isinstance(rule["dry_run"], bool):
        problems.append(f"{where}.dry_run{shown}: must be true or false")
    if stored and "options" not in rule:
        return [*problems, f"{where}.options{shown}: missing"]
    options = rule.get("options", {})
    if not isinstance(options, dict):
        return [*problems, f"{where}.options{shown}: must be an object"]
    at = Where(f"{where}.options", shown)
    if kind == "monitor":
        problems += _monitor(options, at, stored=stored)
    elif kind == "faulty_deployment_detection":
        problems += _faulty_deployment(options, at, stored=stored)
    return problems


class Where:
    """A path in the document and the rule's name shown after it."""

    def __init__(self, path: str, shown: str) -> None:
        self.path, self.shown = path, shown

    def __call__(self, key: str | None = None) -> str:
        return (f"{self.path}.{key}" if key else self.path) + self.shown


def _duration(options: dict[str, Any], at: Where, *, stored: bool) -> list[str]:
    duration = options.get("duration")
    if duration is None:
        return []
    if not is_whole(duration):
        return [f"{at('duration')}: must be a whole number of seconds"]
    if duration < 0:
        most = "" if stored else f" (at most {MAX_INLINE_DURATION})"
        return [f"{at('duration')}: is {duration}; must be 0 seconds or more{most}"]
    if not stored and duration > MAX_INLINE_DURATION:
        return [f"{at('duration')}: is {duration}; at most {MAX_INLINE_DURATION} seconds"]
    return []


def _faulty_deployment(options: dict[str, Any], at: Where, *, stored: bool) -> list[str]:
    problems = unknown_keys(options, FDD_OPTIONS, at())
    problems += _duration(options, at, stored=stored)
    for key in ("excluded_resources", "allowed_resources"):
        if key in options and not _strings(options[key]):
            problems.append(f"{at(key)}: must be a list of strings")
    if "allowed_resources" in options and "excluded_resources" in options:
        problems.append(f"{at()}: give 'excluded_resources' or 'allowed_resources', not both")
    return problems


def _monitor(options: dict[str, Any], at: Where, *, stored: bool) -> list[str]:
    if not stored:
        problems = unknown_keys(options, INLINE_MONITOR_OPTIONS, at())
        problems += _duration(options, at, stored=False)
        if not is_text(options.get("query")):
            problems.append(
                f"{at('query')}: a monitor rule needs options.query (a monitor search query)"
            )
        return problems
    by_ids = "monitor_ids" in options
    if by_ids and "query" in options:
        return [f"{at()}: give query or monitor_ids, not both"]
    problems = unknown_keys(options, MONITOR_IDS_OPTIONS if by_ids else MONITOR_QUERY_OPTIONS, at())
    problems += _duration(options, at, stored=True)
    warmup = options.get("warmup")
    if warmup is not None and not is_whole(warmup):
        problems.append(f"{at('warmup')}: must be a whole number of seconds")
    elif warmup is not None and warmup < 0:
        problems.append(f"{at('warmup')}: is {warmup}; must be 0 seconds or more")
    for key in ("fail_on_no_data", "fail_on_no_groups_found"):
        if key in options and not isinstance(options[key], bool):
            problems.append(f"{at(key)}: must be true or false")
    if by_ids:
        problems += _monitor_ids(options["monitor_ids"], at)
    elif not is_text(options.get("query")):
        problems.append(
            f"{at()}: a monitor rule needs query (a monitor search) or monitor_ids (a list)"
        )
    return problems


def _monitor_ids(value: Any, at: Where) -> list[str]:
    where = f"{at.path}.monitor_ids"
    if not isinstance(value, list) or not value:
        return [f"{where}{at.shown}: must be a non-empty list of {{id, groups}}"]
    problems: list[str] = []
    for index, monitor in enumerate(value):
        item = Where(f"{where}[{index}]", at.shown)
        if not isinstance(monitor, dict):
            problems.append(f"{item()}: must be an object with id and groups")
            continue
        problems += unknown_keys(monitor, MONITOR_ID_KEYS, item())
        if not is_monitor_id(monitor.get("id")):
            problems.append(
                f"{item('id')}: the monitor's decimal ID as a string, not {monitor.get('id')!r}"
            )
        if "groups" not in monitor:
            problems.append(f"{item('groups')}: missing (an empty list evaluates all groups)")
        elif not _strings(monitor["groups"]):
            problems.append(f"{item('groups')}: must be a list of strings")
    return problems


def is_monitor_id(value: Any) -> bool:
    """A decimal monitor ID; YAML reads an unquoted 12345 as a number, which is fine too."""
    if is_whole(value):
        return bool(value >= 0)
    return isinstance(value, str) and value.isascii() and value.isdecimal()


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
