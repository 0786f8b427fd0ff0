"""Request body checks for the two write operations, per the schemas in openapi.yaml.

Each function returns the list of problems found (empty when the body is valid). Unknown
fields are accepted, as a lenient server would.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .responses import Problem

_INT64 = range(-(2**63), 2**63)
_DORA_ID = re.compile(r"[a-zA-Z0-9_.:-]{16,128}")
_COMMIT_SHA = re.compile(r"[a-fA-F0-9]{40,}")
MAX_CUSTOM_TAGS = 100
MAX_RULE_DURATION = 7200
GATES_REQUEST_TYPE = "deployment_gates_evaluation_request"
RULE_TYPES = ("monitor", "faulty_deployment_detection")


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _is_int64(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in _INT64


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict)


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


_LABELS: dict[Callable[[Any], bool], str] = {
    _is_str: "a string",
    _is_int64: "a 64-bit integer",
    _is_bool: "a boolean",
    _is_object: "an object",
    _is_str_list: "an array of strings",
}


class _Checker:
    """Collects problems while walking one request body."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, pointer: str, message: str) -> None:
        self.problems.append(Problem(pointer, message))

    def field(
        self,
        obj: dict[str, Any],
        base: str,
        name: str,
        check: Callable[[Any], bool],
        *,
        required: bool,
    ) -> Any:
        """The value of ``obj[name]`` when present and of the right type, else None."""
        pointer = f"{base}/{name}"
        if name not in obj:
            if required:
                self.fail(pointer, f"'{name}' is required")
            return None
        value = obj[name]
        if not check(value):
            self.fail(pointer, f"'{name}' must be {_LABELS[check]}")
            return None
        return value


def _root(doc: Any, check: _Checker) -> dict[str, Any] | None:
    if not isinstance(doc, dict):
        check.fail("", "the body must be a JSON object")
        return None
    data: dict[str, Any] | None = check.field(doc, "", "data", _is_object, required=True)
    return data


def validate_dora_deployment(doc: Any) -> list[Problem]:
    """Check a ``DORADeploymentRequest`` body."""
    check = _Checker()
    data = _root(doc, check)
    if data is None:
        return check.problems
    attrs = check.field(data, "/data", "attributes", _is_object, required=True)
    if attrs is None:
        return check.problems
    base = "/data/attributes"
    check.field(attrs, base, "service", _is_str, required=True)
    check.field(attrs, base, "started_at", _is_int64, required=True)
    check.field(attrs, base, "finished_at", _is_int64, required=True)
    for name in ("env", "version", "team"):
        check.field(attrs, base, name, _is_str, required=False)
    own_id = check.field(attrs, base, "id", _is_str, required=False)
    if own_id is not None and not _DORA_ID.fullmatch(own_id):
        check.fail(f"{base}/id", "'id' must be 16 to 128 characters of a-z A-Z 0-9 - _ . :")
    git = check.field(attrs, base, "git", _is_object, required=False)
    if git is not None:
        sha = check.field(git, f"{base}/git", "commit_sha", _is_str, required=True)
        if sha is not None and not _COMMIT_SHA.fullmatch(sha):
            check.fail(f"{base}/git/commit_sha", "'commit_sha' must be at least 40 hex characters")
        check.field(git, f"{base}/git", "repository_url", _is_str, required=True)
    if attrs.get("custom_tags") is not None:
        tags = check.field(attrs, base, "custom_tags", _is_str_list, required=False)
        if tags is not None and len(tags) > MAX_CUSTOM_TAGS:
            check.fail(f"{base}/custom_tags", f"at most {MAX_CUSTOM_TAGS} custom tags are allowed")
    return check.problems


def validate_gates_evaluation(doc: Any) -> list[Problem]:
    """Check a ``DeploymentGatesEvaluationRequest`` body."""
    check = _Checker()
    data = _root(doc, check)
    if data is None:
        return check.problems
    kind = check.field(data, "/data", "type", _is_str, required=True)
    if kind is not None and kind != GATES_REQUEST_TYPE:
        check.fail("/data/type", f"'type' must be '{GATES_REQUEST_TYPE}'")
    attrs = check.field(data, "/data", "attributes", _is_object, required=True)
    if attrs is None:
        return check.problems
    base = "/data/attributes"
    check.field(attrs, base, "service", _is_str, required=True)
    check.field(attrs, base, "env", _is_str, required=True)
    for name in ("identifier", "version", "primary_tag"):
        check.field(attrs, base, name, _is_str, required=False)
    config = check.field(attrs, base, "configuration", _is_object, required=False)
    if config is not None:
        _check_configuration(check, config, f"{base}/configuration")
    return check.problems


def _check_configuration(check: _Checker, config: dict[str, Any], base: str) -> None:
    check.field(config, base, "dry_run", _is_bool, required=False)
    if "rules" not in config:
        check.fail(f"{base}/rules", "'rules' is required")
        return
    rules = config["rules"]
    if not isinstance(rules, list) or not rules:
        check.fail(f"{base}/rules", "'rules' must be an array of at least one rule")
        return
    for index, rule in enumerate(rules):
        pointer = f"{base}/rules/{index}"
        if not isinstance(rule, dict):
            check.fail(pointer, "a rule must be an object")
            continue
        kind = check.field(rule, pointer, "type", _is_str, required=True)
        if kind is not None and kind not in RULE_TYPES:
            check.fail(f"{pointer}/type", "'type' must be one of: " + ", ".join(RULE_TYPES))
        check.field(rule, pointer, "name", _is_str, required=True)
        check.field(rule, pointer, "dry_run", _is_bool, required=False)
        options = check.field(rule, pointer, "options", _is_object, required=False)
        if options is not None and kind in RULE_TYPES:
            _check_rule_options(check, kind, options, f"{pointer}/options")


def _check_rule_options(check: _Checker, kind: str, options: dict[str, Any], base: str) -> None:
    duration = check.field(options, base, "duration", _is_int64, required=False)
    if duration is not None and duration > MAX_RULE_DURATION:
        check.fail(f"{base}/duration", f"'duration' must be at most {MAX_RULE_DURATION} seconds")
    if kind == "monitor":
        check.field(options, base, "query", _is_str, required=True)
        return
    excluded = check.field(options, base, "excluded_resources", _is_str_list, required=False)
    allowed = check.field(options, base, "allowed_resources", _is_str_list, required=False)
    if excluded is not None and allowed is not None:
        check.fail(base, "give 'excluded_resources' or 'allowed_resources', not both")
