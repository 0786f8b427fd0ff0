"""Request body checks for the operations that take a body, per the reference pages.

Each function returns the list of problems found (empty when the body is valid). Unknown
fields are accepted, as a lenient server would.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .responses import Problem
from .times import parse_moment

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


def _attributes(
    doc: Any, check: _Checker, kind: str | None = None, *, data_id: bool = False
) -> dict[str, Any] | None:
    """``data.attributes`` of a JSON:API body (checking ``data.type`` when ``kind`` is given
    and ``data.id`` when asked), or None when there is none to check further."""
    data = _root(doc, check)
    if data is None:
        return None
    if kind is not None:
        _check_type(check, data, kind)
    if data_id:
        check.field(data, "/data", "id", _is_str, required=True)
    attrs: dict[str, Any] | None = check.field(
        data, "/data", "attributes", _is_object, required=True
    )
    return attrs


def _check_type(check: _Checker, data: dict[str, Any], kind: str, required: bool = True) -> None:
    found = check.field(data, "/data", "type", _is_str, required=required)
    if found is not None and found != kind:
        check.fail("/data/type", f"'type' must be '{kind}'")


def _check_dora_common(check: _Checker, attrs: dict[str, Any], base: str) -> None:
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


def validate_dora_deployment(doc: Any) -> list[Problem]:
    """Check a ``DORADeploymentRequest`` body."""
    check = _Checker()
    attrs = _attributes(doc, check)
    if attrs is None:
        return check.problems
    base = "/data/attributes"
    check.field(attrs, base, "service", _is_str, required=True)
    check.field(attrs, base, "started_at", _is_int64, required=True)
    check.field(attrs, base, "finished_at", _is_int64, required=True)
    for name in ("env", "version", "team"):
        check.field(attrs, base, name, _is_str, required=False)
    _check_dora_common(check, attrs, base)
    return check.problems


def validate_dora_failure(doc: Any) -> list[Problem]:
    """Check a DORA failure (incident) event body: ``services`` or ``team`` is needed."""
    check = _Checker()
    attrs = _attributes(doc, check)
    if attrs is None:
        return check.problems
    base = "/data/attributes"
    check.field(attrs, base, "started_at", _is_int64, required=True)
    check.field(attrs, base, "finished_at", _is_int64, required=False)
    for name in ("env", "name", "severity", "team", "version"):
        check.field(attrs, base, name, _is_str, required=False)
    check.field(attrs, base, "services", _is_str_list, required=False)
    if not attrs.get("services") and attrs.get("team") is None:
        check.fail(f"{base}/services", "'services' is required when 'team' is not given")
    _check_dora_common(check, attrs, base)
    return check.problems


MAX_LIST_LIMIT = 1000


def validate_dora_list(doc: Any, kind: str) -> list[Problem]:
    """Check a DORA search body (``kind``: its ``data.type``, which may be left out)."""
    check = _Checker()
    data = _root(doc, check)
    if data is None:
        return check.problems
    _check_type(check, data, kind, required=False)
    attrs = check.field(data, "/data", "attributes", _is_object, required=True)
    if attrs is None:
        return check.problems
    base = "/data/attributes"
    for name in ("from", "to"):
        moment = check.field(attrs, base, name, _is_str, required=False)
        if moment is not None and not _is_date_time(moment):
            check.fail(f"{base}/{name}", f"'{name}' must be an RFC 3339 date-time")
    limit = check.field(attrs, base, "limit", _is_int64, required=False)
    if limit is not None and not 1 <= limit <= MAX_LIST_LIMIT:
        check.fail(f"{base}/limit", f"'limit' must be between 1 and {MAX_LIST_LIMIT}")
    check.field(attrs, base, "query", _is_str, required=False)
    check.field(attrs, base, "sort", _is_str, required=False)
    return check.problems


def _is_date_time(text: str) -> bool:
    try:
        parse_moment(text)
    except ValueError:
        return False
    return True


PATCH_TYPE = "dora_deployment_patch_request"
REMEDIATION_TYPES = ("rollback", "rollforward")


def validate_dora_patch(doc: Any, *, by_version: bool) -> list[Problem]:
    """Check a mark-as-failed body, by ID (``data.id``) or by service, env and version."""
    check = _Checker()
    attrs = _attributes(doc, check, PATCH_TYPE, data_id=not by_version)
    if attrs is None:
        return check.problems
    base = "/data/attributes"
    check.field(attrs, base, "change_failure", _is_bool, required=by_version)
    if by_version:
        for name in ("service", "env", "version"):
            check.field(attrs, base, name, _is_str, required=True)
    remediation = check.field(attrs, base, "remediation", _is_object, required=False)
    if remediation is not None:
        where = f"{base}/remediation"
        kind = check.field(remediation, where, "type", _is_str, required=by_version)
        if kind is not None and kind not in REMEDIATION_TYPES:
            check.fail(f"{where}/type", "'type' must be one of: " + ", ".join(REMEDIATION_TYPES))
        given = [
            name
            for name in ("id", "version")
            if check.field(remediation, where, name, _is_str, required=False) is not None
        ]
        if len(given) == 2:
            check.fail(where, "give the remediation's 'id' or its 'version', not both")
        elif by_version and not given:
            check.fail(where, "give the remediation's 'id' or its 'version'")
    return check.problems


GATE_TYPE = "deployment_gate"
RULE_TYPE = "deployment_rule"


def validate_gate_create(doc: Any) -> list[Problem]:
    check = _Checker()
    attrs = _attributes(doc, check, GATE_TYPE)
    if attrs is None:
        return check.problems
    base = "/data/attributes"
    check.field(attrs, base, "service", _is_str, required=True)
    check.field(attrs, base, "env", _is_str, required=True)
    check.field(attrs, base, "identifier", _is_str, required=False)
    check.field(attrs, base, "dry_run", _is_bool, required=False)
    for name in ("service", "env", "identifier"):
        if attrs.get(name) == "":
            check.fail(f"{base}/{name}", f"'{name}' must not be empty")
    return check.problems


def validate_gate_update(doc: Any) -> list[Problem]:
    check = _Checker()
    attrs = _attributes(doc, check, GATE_TYPE, data_id=True)
    if attrs is not None:
        check.field(attrs, "/data/attributes", "dry_run", _is_bool, required=True)
    return check.problems


def validate_rule(doc: Any, stored_type: str | None = None) -> list[Problem]:
    """Check a rule create body (``stored_type`` None) or update body (the rule's own type:
    an update does not change it)."""
    check = _Checker()
    attrs = _attributes(doc, check, RULE_TYPE)
    if attrs is None:
        return check.problems
    base = "/data/attributes"
    check.field(attrs, base, "name", _is_str, required=True)
    if attrs.get("name") == "":
        check.fail(f"{base}/name", "'name' must not be empty")
    check.field(attrs, base, "dry_run", _is_bool, required=stored_type is not None)
    kind = stored_type
    if stored_type is None:
        kind = check.field(attrs, base, "type", _is_str, required=True)
        if kind is not None and kind not in RULE_TYPES:
            check.fail(f"{base}/type", "'type' must be one of: " + ", ".join(RULE_TYPES))
            kind = None
    options = check.field(attrs, base, "options", _is_object, required=True)
    if options is not None and kind is not None:
        _check_stored_options(check, kind, options, f"{base}/options")
    return check.problems


def _is_monitor_ids(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(
            isinstance(m, dict) and _is_str(m.get("id")) and _is_str_list(m.get("groups"))
            for m in value
        )
    )


_LABELS[_is_monitor_ids] = "a non-empty array of {id, groups} objects"


def _check_stored_options(check: _Checker, kind: str, options: dict[str, Any], base: str) -> None:
    check.field(options, base, "duration", _is_int64, required=False)
    if kind == "faulty_deployment_detection":
        excluded = check.field(options, base, "excluded_resources", _is_str_list, required=False)
        allowed = check.field(options, base, "allowed_resources", _is_str_list, required=False)
        if excluded is not None and allowed is not None:
            check.fail(base, "give 'excluded_resources' or 'allowed_resources', not both")
        return
    for name in ("fail_on_no_data", "fail_on_no_groups_found"):
        check.field(options, base, name, _is_bool, required=False)
    check.field(options, base, "warmup", _is_int64, required=False)
    has_query, has_ids = "query" in options, "monitor_ids" in options
    if has_query == has_ids:
        check.fail(base, "a monitor rule selects its monitors by 'query' or by 'monitor_ids'")
    elif has_query:
        check.field(options, base, "query", _is_str, required=True)
    else:
        check.field(options, base, "monitor_ids", _is_monitor_ids, required=True)


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
