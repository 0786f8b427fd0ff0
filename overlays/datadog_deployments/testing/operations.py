"""What each operation does once a request has passed routing and key checks.

A fake serves each operation with code of its own: this module is that code, one small
handler per operation, over the stores in :mod:`.gates` and :mod:`.dora`. Paths, methods and
key headers come from the spec (``spec_index``), not from here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .dora import Kind, QueryError, event_resource, parse_query
from .gates import (
    NotFound,
    Refused,
    evaluation_item,
    gate_resource,
    rule_attributes,
    rule_evaluation_item,
    rule_resource,
)
from .paging import BadQuery, Query, page
from .responses import (
    Family,
    Problem,
    Response,
    bad_request,
    gates_error,
    json_response,
    not_found,
)
from .scripts import STATUSES
from .state import Store
from .times import parse_moment
from .validation import (
    RULE_TYPES,
    validate_dora_deployment,
    validate_dora_failure,
    validate_dora_list,
    validate_dora_patch,
    validate_gate_create,
    validate_gate_update,
    validate_gates_evaluation,
    validate_rule,
)


class _NotJSON:
    """The parsed body of a request whose body is not valid JSON."""

    def __repr__(self) -> str:
        return "NOT_JSON"


NOT_JSON: Any = _NotJSON()
_NOT_JSON_PROBLEM = Problem("", "the body is not valid JSON")


@dataclass(frozen=True)
class Call:
    """One request as a handler sees it: path parameters, query, parsed body, and which
    statuses the operation documents (a handler answers 404 only where it is documented)."""

    params: Mapping[str, str]
    query: Query
    doc: Any
    statuses: frozenset[int] = frozenset()


Handler = Callable[[Store, Call], Response]


@dataclass(frozen=True)
class Behaviour:
    """How one operation answers: its error shapes, the status for a missing key, its logic."""

    family: Family
    missing_key_status: int
    not_found_detail: str
    handle: Handler


def _problems(call: Call, check: Callable[[Any], list[Problem]]) -> list[Problem]:
    return [_NOT_JSON_PROBLEM] if call.doc is NOT_JSON else check(call.doc)


def _no_content(status: int) -> Response:
    return Response(status, b"")


# ---- DORA -------------------------------------------------------------------------------------
_DORA_NOT_FOUND = "Deployment event not found"
_FAILURE_NOT_FOUND = "Incident event not found"


def _send(kind: Kind, check: Callable[[Any], list[Problem]]) -> Handler:
    def handle(store: Store, call: Call) -> Response:
        problems = _problems(call, check)
        if problems:
            return bad_request("dora", problems)
        event_id = store.dora.put(kind, call.doc["data"]["attributes"])
        return json_response(200, {"data": {"id": event_id, "type": f"dora_{kind}"}})

    return handle


def _fetch(kind: Kind, param: str, detail: str) -> Handler:
    def handle(store: Store, call: Call) -> Response:
        event = store.dora.get(kind, call.params[param])
        if event is None:
            return not_found("dora", detail)
        return json_response(200, {"data": event_resource(event, store.dora_times)})

    return handle


def _delete(kind: Kind, param: str) -> Handler:
    def handle(store: Store, call: Call) -> Response:
        # Accepted whether or not the event exists: a retried delete must not turn into an error.
        store.dora.delete(kind, call.params[param])
        return _no_content(202)

    return handle


def _search(kind: Kind) -> Handler:
    request_type = f"dora_{kind}s_list_request"

    def handle(store: Store, call: Call) -> Response:
        problems = _problems(call, lambda doc: validate_dora_list(doc, request_type))
        if problems:
            return bad_request("dora", problems)
        attrs = call.doc["data"]["attributes"]
        start, end = (
            None if attrs.get(n) is None else round(parse_moment(attrs[n]) * 10**6) * 1000
            for n in ("from", "to")
        )
        try:
            events = store.dora.search(
                kind,
                start=start,
                end=end,
                terms=parse_query(attrs.get("query")),
                sort=attrs.get("sort") or "-started_at",
                limit=attrs.get("limit") or 10,
            )
        except QueryError as error:
            pointer = "/data/attributes/" + ("sort" if "sort is" in str(error) else "query")
            return bad_request("dora", [Problem(pointer, str(error))])
        return json_response(200, {"data": [event_resource(e, store.dora_times) for e in events]})

    return handle


def patch_dora_deployment(store: Store, call: Call) -> Response:
    problems = _problems(call, lambda doc: validate_dora_patch(doc, by_version=False))
    deployment_id = call.params["deployment_id"]
    if not problems and call.doc["data"]["id"] != deployment_id:
        problems = [Problem("/data/id", "'id' must be the deployment ID of the path")]
    if problems:
        return bad_request("dora", problems)
    attrs = call.doc["data"]["attributes"]
    if not store.dora.mark(deployment_id, attrs.get("change_failure"), attrs.get("remediation")):
        return not_found("dora", _DORA_NOT_FOUND)
    return _no_content(202)


def patch_dora_deployment_by_version(store: Store, call: Call) -> Response:
    problems = _problems(call, lambda doc: validate_dora_patch(doc, by_version=True))
    if problems:
        return bad_request("dora", problems)
    attrs = call.doc["data"]["attributes"]
    found = store.dora.find_version(attrs["service"], attrs["env"], attrs["version"])
    if found is None:
        return not_found("dora", _DORA_NOT_FOUND)
    store.dora.mark(found, attrs["change_failure"], attrs.get("remediation"))
    return _no_content(202)


# ---- Deployment gates: evaluations ------------------------------------------------------------
_GATE_NOT_FOUND = "Deployment gate not found"
_RULE_NOT_FOUND = "Deployment rule not found"
_EVALUATION_NOT_FOUND = "Evaluation not found"


def trigger_gates_evaluation(store: Store, call: Call) -> Response:
    problems = _problems(call, validate_gates_evaluation)
    if problems:
        return bad_request("gates", problems)
    evaluation = store.gates.start_evaluation(call.doc["data"]["attributes"])
    if evaluation is None:
        return not_found("gates", _GATE_NOT_FOUND)
    eid = evaluation.evaluation_id
    return json_response(
        202,
        {
            "data": {
                "id": eid,
                "type": "deployment_gates_evaluation_response",
                "attributes": {"evaluation_id": eid},
            }
        },
    )


def get_gates_evaluation_result(store: Store, call: Call) -> Response:
    document = store.gates.poll(call.params["id"])
    if document is None:
        return not_found("gates", _EVALUATION_NOT_FOUND)
    return json_response(200, document)


MAX_WINDOW = 30 * 86400
DEFAULT_WINDOW = 86400


def _window(store: Store, query: Query) -> tuple[float, float]:
    """The ``filter[from]``/``filter[to]`` window, Unix seconds: [from, to)."""
    now = store.wall.now()
    bounds = []
    # The default end is just after now, so that what started at the request time is listed.
    for name, default in (("filter[from]", now - DEFAULT_WINDOW), ("filter[to]", now + 0.001)):
        text = query.one(name)
        try:
            bounds.append(default if text is None else parse_moment(text))
        except ValueError:
            raise BadQuery(f"{name} must be an RFC 3339 date-time, not {text!r}") from None
    start, end = bounds
    if end <= start:
        raise BadQuery("filter[to] must be after filter[from]")
    if end - start > MAX_WINDOW:
        raise BadQuery("the window from filter[from] to filter[to] may span at most 30 days")
    return start, end


def _keep(value: Any, wanted: set[str] | bool | str | None) -> bool:
    if wanted is None:
        return True
    if isinstance(wanted, set):
        return value in wanted
    return bool(value == wanted)


def list_gate_evaluations(store: Store, call: Call) -> Response:
    q = call.query
    start, end = _window(store, q)
    filters: dict[str, Any] = {
        "service": q.many("filter[service]"),
        "env": q.many("filter[env]"),
        "identifier": q.many("filter[identifier]"),
        "status": q.choices("filter[status]", STATUSES),
        "dry_run": q.boolean("filter[dry_run]"),
        "evaluation_id": q.one("filter[evaluation_id]"),
        "gate_id": q.one("filter[gate_id]"),
        "version": q.many("filter[version]"),
    }
    items = []
    for evaluation, started, finished in store.gates.evaluation_states():
        if not start <= started < end:
            continue
        item = evaluation_item(evaluation, started, finished)
        attrs = item["attributes"]
        if all(_keep(attrs[name], wanted) for name, wanted in filters.items()):
            items.append(((started, evaluation.seq), item))
    found = page("gate_evaluations", items, lambda pair: pair[0], q, 20)
    return json_response(
        200, {"data": [item for _, item in found.items], "meta": found.meta(with_cursor=False)}
    )


def list_rule_evaluations(store: Store, call: Call) -> Response:
    q = call.query
    start, end = _window(store, q)
    filters: dict[str, Any] = {
        "gate_evaluation_id": q.one("filter[gate_evaluation_id]"),
        "evaluation_id": q.one("filter[evaluation_id]"),
        "gate_id": q.one("filter[gate_id]"),
        "rule_id": q.one("filter[rule_id]"),
        "service": q.many("filter[service]"),
        "env": q.many("filter[env]"),
        "identifier": q.many("filter[identifier]"),
        "version": q.many("filter[version]"),
        "status": q.choices("filter[status]", STATUSES),
        "type": q.choices("filter[type]", RULE_TYPES),
        "dry_run": q.boolean("filter[dry_run]"),
        "gate_dry_run": q.boolean("filter[gate_dry_run]"),
        "name": q.many("filter[name]"),
    }
    items = []
    for evaluation, started, finished in store.gates.evaluation_states():
        if not start <= started < end:
            continue
        for index, rule in enumerate(evaluation.rule_evaluations):
            item = rule_evaluation_item(evaluation, rule, started, finished)
            attrs = item["attributes"]
            if all(_keep(attrs[name], wanted) for name, wanted in filters.items()):
                items.append(((started, evaluation.seq, -index), item))
    found = page("rule_evaluations", items, lambda pair: pair[0], q, 50)
    return json_response(
        200, {"data": [item for _, item in found.items], "meta": found.meta(with_cursor=False)}
    )


# ---- Deployment gates: gates and rules --------------------------------------------------------
def _gate_missing(call: Call, what: str = "gate") -> Response:
    detail = _RULE_NOT_FOUND if what == "rule" else _GATE_NOT_FOUND
    if 404 in call.statuses or not call.statuses:
        return gates_error(404, [detail])
    return gates_error(400, [detail])


def _refused(error: Refused) -> Response:
    return gates_error(400, [str(error)])


def create_deployment_gate(store: Store, call: Call) -> Response:
    problems = _problems(call, validate_gate_create)
    if problems:
        return bad_request("gates", problems)
    attrs = call.doc["data"]["attributes"]
    try:
        gate = store.gates.create_gate(
            attrs["service"],
            attrs["env"],
            attrs.get("identifier") or "default",
            dry_run=bool(attrs.get("dry_run", False)),
        )
    except Refused as error:
        return _refused(error)
    return json_response(200, {"data": gate_resource(gate)})


def get_deployment_gate(store: Store, call: Call) -> Response:
    try:
        gate = store.gates.get_gate(call.params["id"])
    except NotFound:
        return _gate_missing(call)
    return json_response(200, {"data": gate_resource(gate)})


def update_deployment_gate(store: Store, call: Call) -> Response:
    problems = _problems(call, validate_gate_update)
    if not problems and call.doc["data"]["id"] != call.params["id"]:
        problems = [Problem("/data/id", "'id' must be the gate ID of the path")]
    if problems:
        return bad_request("gates", problems)
    try:
        gate = store.gates.update_gate(
            call.params["id"], dry_run=call.doc["data"]["attributes"]["dry_run"]
        )
    except NotFound:
        return _gate_missing(call)
    return json_response(200, {"data": gate_resource(gate)})


def delete_deployment_gate(store: Store, call: Call) -> Response:
    try:
        store.gates.delete_gate(call.params["id"])
    except NotFound:
        return _gate_missing(call)
    return _no_content(204)


def list_deployment_gates(store: Store, call: Call) -> Response:
    q = call.query
    filters = {
        "service": q.one("filter[service]"),
        "env": q.one("filter[env]"),
        "identifier": q.one("filter[identifier]"),
        "dry_run": q.boolean("filter[dry_run]"),
    }
    gates = [
        gate
        for gate in store.gates.gates()
        if all(_keep(getattr(gate, name), wanted) for name, wanted in filters.items())
    ]
    found = page("gates", gates, lambda g: (-g.seq,), q, 50)  # oldest first
    return json_response(
        200,
        {"data": [gate_resource(g) for g in found.items], "meta": found.meta(with_cursor=True)},
    )


def get_deployment_gate_rules(store: Store, call: Call) -> Response:
    gate_id = call.params["gate_id"]
    try:
        rules = store.gates.rules(gate_id)
    except NotFound:
        return _gate_missing(call)
    return json_response(
        200,
        {
            "data": {
                "id": gate_id,
                "type": "list_deployment_rules",
                "attributes": {"rules": [rule_attributes(r) for r in rules]},
            }
        },
    )


def create_deployment_rule(store: Store, call: Call) -> Response:
    problems = _problems(call, validate_rule)
    if problems:
        return bad_request("gates", problems)
    attrs = call.doc["data"]["attributes"]
    try:
        rule = store.gates.create_rule(
            call.params["gate_id"],
            attrs["name"],
            attrs["type"],
            attrs["options"],
            bool(attrs.get("dry_run", False)),
        )
    except NotFound:
        return _gate_missing(call)
    except Refused as error:
        return _refused(error)
    return json_response(200, {"data": rule_resource(rule)})


def get_deployment_rule(store: Store, call: Call) -> Response:
    try:
        rule = store.gates.get_rule(call.params["gate_id"], call.params["id"])
    except NotFound:
        return _gate_missing(call, "rule")
    return json_response(200, {"data": rule_resource(rule)})


def update_deployment_rule(store: Store, call: Call) -> Response:
    gate_id, rule_id = call.params["gate_id"], call.params["id"]
    try:
        kind = store.gates.get_rule(gate_id, rule_id).type  # an update keeps the rule's type
    except NotFound:
        return _gate_missing(call, "rule")
    problems = _problems(call, lambda doc: validate_rule(doc, kind))
    if problems:
        return bad_request("gates", problems)
    attrs = call.doc["data"]["attributes"]
    try:
        rule = store.gates.update_rule(
            gate_id, rule_id, name=attrs["name"], options=attrs["options"], dry_run=attrs["dry_run"]
        )
    except NotFound:
        return _gate_missing(call, "rule")
    except Refused as error:
        return _refused(error)
    return json_response(200, {"data": rule_resource(rule)})


def delete_deployment_rule(store: Store, call: Call) -> Response:
    try:
        store.gates.delete_rule(call.params["gate_id"], call.params["id"])
    except NotFound as error:
        return _gate_missing(call, error.what)
    return _no_content(204)


# ---- the table ------------------------------------------------------------------------------
def _dora(detail: str, handle: Handler) -> Behaviour:
    return Behaviour("dora", 403, detail, handle)


def _gates(detail: str, handle: Handler) -> Behaviour:
    return Behaviour("gates", 401, detail, handle)


_fetch_deployment = _fetch("deployment", "deployment_id", _DORA_NOT_FOUND)
_fetch_failure = _fetch("failure", "failure_id", _FAILURE_NOT_FOUND)

BEHAVIOURS: dict[str, Behaviour] = {
    "CreateDORADeployment": _dora(_DORA_NOT_FOUND, _send("deployment", validate_dora_deployment)),
    "GetDORADeployment": _dora(_DORA_NOT_FOUND, _fetch_deployment),
    "DeleteDORADeployment": _dora(_DORA_NOT_FOUND, _delete("deployment", "deployment_id")),
    "ListDORADeployments": _dora(_DORA_NOT_FOUND, _search("deployment")),
    "PatchDORADeployment": _dora(_DORA_NOT_FOUND, patch_dora_deployment),
    "PatchDORADeploymentByVersion": _dora(_DORA_NOT_FOUND, patch_dora_deployment_by_version),
    "CreateDORAFailure": _dora(_FAILURE_NOT_FOUND, _send("failure", validate_dora_failure)),
    "CreateDORAIncident": _dora(_FAILURE_NOT_FOUND, _send("failure", validate_dora_failure)),
    "GetDORAFailure": _dora(_FAILURE_NOT_FOUND, _fetch_failure),
    "DeleteDORAFailure": _dora(_FAILURE_NOT_FOUND, _delete("failure", "failure_id")),
    "ListDORAFailures": _dora(_FAILURE_NOT_FOUND, _search("failure")),
    "TriggerDeploymentGatesEvaluation": _gates(_GATE_NOT_FOUND, trigger_gates_evaluation),
    "GetDeploymentGatesEvaluationResult": _gates(
        _EVALUATION_NOT_FOUND, get_gates_evaluation_result
    ),
    "ListDeploymentGateEvaluations": _gates(_EVALUATION_NOT_FOUND, list_gate_evaluations),
    "ListDeploymentRuleEvaluations": _gates(_EVALUATION_NOT_FOUND, list_rule_evaluations),
    "CreateDeploymentGate": _gates(_GATE_NOT_FOUND, create_deployment_gate),
    "GetDeploymentGate": _gates(_GATE_NOT_FOUND, get_deployment_gate),
    "UpdateDeploymentGate": _gates(_GATE_NOT_FOUND, update_deployment_gate),
    "DeleteDeploymentGate": _gates(_GATE_NOT_FOUND, delete_deployment_gate),
    "ListDeploymentGates": _gates(_GATE_NOT_FOUND, list_deployment_gates),
    "GetDeploymentGateRules": _gates(_GATE_NOT_FOUND, get_deployment_gate_rules),
    "CreateDeploymentRule": _gates(_GATE_NOT_FOUND, create_deployment_rule),
    "GetDeploymentRule": _gates(_RULE_NOT_FOUND, get_deployment_rule),
    "UpdateDeploymentRule": _gates(_RULE_NOT_FOUND, update_deployment_rule),
    "DeleteDeploymentRule": _gates(_GATE_NOT_FOUND, delete_deployment_rule),
}
