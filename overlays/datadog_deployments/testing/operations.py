"""What each of the four operations does once a request has passed routing and key checks."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .responses import Family, Problem, Response, bad_request, json_response, not_found
from .state import Store
from .validation import validate_dora_deployment, validate_gates_evaluation


class _NotJSON:
    """The parsed body of a request whose body is not valid JSON."""

    def __repr__(self) -> str:
        return "NOT_JSON"


NOT_JSON: Any = _NotJSON()
_NOT_JSON_PROBLEM = Problem("", "the body is not valid JSON")

Handler = Callable[[Store, Mapping[str, str], Any], Response]


@dataclass(frozen=True)
class Behaviour:
    """How one operation answers: its error shapes, the status for a missing key, its logic."""

    family: Family
    missing_key_status: int
    not_found_detail: str
    handle: Handler


def create_dora_deployment(store: Store, params: Mapping[str, str], doc: Any) -> Response:
    problems = [_NOT_JSON_PROBLEM] if doc is NOT_JSON else validate_dora_deployment(doc)
    if problems:
        return bad_request("dora", problems)
    deployment_id = store.put_deployment(doc["data"]["attributes"])
    return json_response(200, {"data": {"id": deployment_id, "type": "dora_deployment"}})


def get_dora_deployment(store: Store, params: Mapping[str, str], doc: Any) -> Response:
    document = store.deployment_document(params["deployment_id"])
    if document is None:
        return not_found("dora", _DORA_NOT_FOUND)
    return json_response(200, document)


def trigger_gates_evaluation(store: Store, params: Mapping[str, str], doc: Any) -> Response:
    problems = [_NOT_JSON_PROBLEM] if doc is NOT_JSON else validate_gates_evaluation(doc)
    if problems:
        return bad_request("gates", problems)
    evaluation = store.start_evaluation(doc["data"]["attributes"])
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


def get_gates_evaluation_result(store: Store, params: Mapping[str, str], doc: Any) -> Response:
    document = store.poll(params["id"])
    if document is None:
        return not_found("gates", _EVALUATION_NOT_FOUND)
    return json_response(200, document)


_DORA_NOT_FOUND = "Deployment event not found"
_GATE_NOT_FOUND = "Deployment gate not found"
_EVALUATION_NOT_FOUND = "Evaluation not found"

BEHAVIOURS: dict[str, Behaviour] = {
    "CreateDORADeployment": Behaviour("dora", 403, _DORA_NOT_FOUND, create_dora_deployment),
    "GetDORADeployment": Behaviour("dora", 403, _DORA_NOT_FOUND, get_dora_deployment),
    "TriggerDeploymentGatesEvaluation": Behaviour(
        "gates", 401, _GATE_NOT_FOUND, trigger_gates_evaluation
    ),
    "GetDeploymentGatesEvaluationResult": Behaviour(
        "gates", 401, _EVALUATION_NOT_FOUND, get_gates_evaluation_result
    ),
}
