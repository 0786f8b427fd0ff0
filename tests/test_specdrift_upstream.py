"""specdrift against an upstream OpenAPI document: drifted copies of our own spec.

Each case changes one thing in a copy of openapi.yaml and checks that exactly the expected
differences come out: operation, class, breaking flag, and the pointer on both sides.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tools.specdrift import cli
from tools.specdrift.compare import compare_documents
from tools.specdrift.load import load_document, read_source
from tools.specdrift.model import InputError, Profile, Report
from tools.specdrift.refs import join
from tools.specdrift.synthetic import rename_schemas

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "openapi.yaml"
OURS: dict[str, Any] = load_document(str(SPEC))

CREATE = "CreateDORADeployment"
GET_DORA = "GetDORADeployment"
TRIGGER = "TriggerDeploymentGatesEvaluation"
RESULT = "GetDeploymentGatesEvaluationResult"
# Every operation of our spec: operationId -> (path, method).
PATHS = {
    op["operationId"]: (path, method)
    for path, item in OURS["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and "operationId" in op
}
# The operations that share a schema with another, by what they do with it.
SEND_EVENTS = ("CreateDORADeployment", "CreateDORAFailure", "CreateDORAIncident")
READ_DEPLOYMENTS = ("GetDORADeployment", "ListDORADeployments")
READ_FAILURES = ("GetDORAFailure", "ListDORAFailures")
READ_RULES = (
    "CreateDeploymentRule", "GetDeploymentRule", "UpdateDeploymentRule", "GetDeploymentGateRules",
)  # fmt: skip
KEYED = tuple(name for name in PATHS if name not in SEND_EVENTS)

Found = tuple[str, str, bool, str, str]  # operation, class, breaking, ours, theirs


def op(name: str, *tokens: str | int) -> str:
    path, method = PATHS[name]
    return join("#", "paths", path, method, *tokens)


def sch(name: str, *tokens: str | int) -> str:
    return join("#/components/schemas", name, *tokens)


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"]
    return result


def operation(doc: dict[str, Any], name: str) -> dict[str, Any]:
    path, method = PATHS[name]
    result: dict[str, Any] = doc["paths"][path][method]
    return result


def compare(
    theirs: dict[str, Any], ours: dict[str, Any] | None = None, profile: Profile | None = None
) -> Report:
    return compare_documents(
        ours if ours is not None else OURS,
        theirs,
        ours_source="ours",
        theirs_source="theirs",
        profile=profile or Profile(),
    )


def found(report: Report) -> set[Found]:
    return {(d.operation, d.kind.value, d.breaking, d.ours, d.theirs) for d in report.differences}


def drifted(mutate: Callable[[dict[str, Any]], None]) -> set[Found]:
    theirs = copy.deepcopy(OURS)
    mutate(theirs)
    report = compare(theirs)
    assert len(report.differences) == len(found(report)), "a difference was reported twice"
    return found(report)


# -- the drift cases: (mutation, expected differences) ---------------------------------------------


def add_optional_request_field(t: dict[str, Any]) -> None:
    schemas(t)["DORADeploymentRequestAttributes"]["properties"]["region"] = {"type": "string"}


def add_required_request_field(t: dict[str, Any]) -> None:
    attrs = schemas(t)["DeploymentGatesEvaluationRequestAttributes"]
    attrs["properties"]["team"] = {"type": "string"}
    attrs["required"].append("team")


def remove_optional_request_field(t: dict[str, Any]) -> None:
    del schemas(t)["DORADeploymentRequestAttributes"]["properties"]["team"]


def remove_required_request_field(t: dict[str, Any]) -> None:
    attrs = schemas(t)["DeploymentGatesEvaluationRequestAttributes"]
    del attrs["properties"]["env"]
    attrs["required"].remove("env")


def add_response_field(t: dict[str, Any]) -> None:
    schemas(t)["DORADeploymentObjectAttributes"]["properties"]["region"] = {"type": "string"}


def remove_response_field(t: dict[str, Any]) -> None:
    del schemas(t)["DORADeploymentObjectAttributes"]["properties"]["team"]


def change_type(t: dict[str, Any]) -> None:
    schemas(t)["DORADeploymentRequestAttributes"]["properties"]["started_at"] = {"type": "string"}


def change_response_format(t: dict[str, Any]) -> None:
    schemas(t)["DORAEventTime"]["oneOf"][1]["format"] = "int32"


def add_response_format(t: dict[str, Any]) -> None:
    attrs = schemas(t)["DeploymentGatesEvaluationResultResponseAttributes"]
    attrs["properties"]["evaluation_id"]["format"] = "uuid"


def response_field_becomes_optional(t: dict[str, Any]) -> None:
    schemas(t)["DORADeploymentObjectAttributes"]["required"].remove("service")


def response_field_becomes_required(t: dict[str, Any]) -> None:
    schemas(t)["DORADeploymentObjectAttributes"]["required"].append("env")


def request_field_becomes_required(t: dict[str, Any]) -> None:
    schemas(t)["DORADeploymentRequestAttributes"]["required"].append("env")


def tags_not_nullable(t: dict[str, Any]) -> None:
    del schemas(t)["DORACustomTags"]["nullable"]


def add_status_value(t: dict[str, Any]) -> None:
    schemas(t)["DeploymentRuleResponseDataAttributesType"]["enum"].append("apm_slo")


def add_type_constant_value(t: dict[str, Any]) -> None:
    schemas(t)["DORADeploymentType"]["enum"].append("dora_deployment_v2")


def remove_status_value(t: dict[str, Any]) -> None:
    schemas(t)["DeploymentRuleResponseDataAttributesType"]["enum"].remove("monitor")


def add_rule_type_value(t: dict[str, Any]) -> None:
    schemas(t)["DeploymentGatesMonitorRuleType"]["enum"].append("monitors")


def change_default(t: dict[str, Any]) -> None:
    attrs = schemas(t)["DeploymentGatesEvaluationRequestAttributes"]
    attrs["properties"]["identifier"]["default"] = "main"


def change_constraint(t: dict[str, Any]) -> None:
    schemas(t)["DeploymentGatesMonitorRuleOptions"]["properties"]["duration"]["maximum"] = 3600


def add_success_status(t: dict[str, Any]) -> None:
    operation(t, CREATE)["responses"]["201"] = {"description": "Created"}


def add_error_status(t: dict[str, Any]) -> None:
    # A status ours lacks (ours documents its 404, openapi.yaml judgment call 19).
    operation(t, GET_DORA)["responses"]["500"] = {"description": "Internal Server Error"}


def remove_status(t: dict[str, Any]) -> None:
    del operation(t, CREATE)["responses"]["429"]


def add_optional_parameter(t: dict[str, Any]) -> None:
    param = {"name": "include", "in": "query", "schema": {"type": "string"}}
    operation(t, GET_DORA)["parameters"].append(param)


def add_required_parameter(t: dict[str, Any]) -> None:
    param = {"name": "org", "in": "header", "required": True, "schema": {"type": "string"}}
    operation(t, RESULT)["parameters"].append(param)


def move_parameter(t: dict[str, Any]) -> None:
    operation(t, GET_DORA)["parameters"][0]["in"] = "query"


def retype_parameter(t: dict[str, Any]) -> None:
    operation(t, GET_DORA)["parameters"][0]["schema"] = {"type": "integer"}


def drop_parameter_format(t: dict[str, Any]) -> None:
    del operation(t, RESULT)["parameters"][0]["schema"]["format"]


def rename_path_parameter(t: dict[str, Any]) -> None:
    path, method = PATHS[GET_DORA]
    item = t["paths"].pop(path)
    item[method]["parameters"][0]["name"] = "id"
    t["paths"]["/api/v2/dora/deployments/{id}"] = item


def remove_parameter(t: dict[str, Any]) -> None:
    operation(t, RESULT)["parameters"].clear()


def key_headers_for_create(t: dict[str, Any]) -> None:
    operation(t, CREATE)["security"] = [{"apiKeyAuth": [], "appKeyAuth": []}]


def oauth_alternative(t: dict[str, Any]) -> None:
    t["components"]["securitySchemes"]["AuthZ"] = {
        "type": "oauth2",
        "flows": {"authorizationCode": {"authorizationUrl": "/o", "tokenUrl": "/t", "scopes": {}}},
    }
    operation(t, CREATE)["security"].append({"AuthZ": ["dora_metrics_write"]})


def preview_becomes_stable(t: dict[str, Any]) -> None:
    del operation(t, TRIGGER)["x-unstable"]


def stable_becomes_preview(t: dict[str, Any]) -> None:
    operation(t, GET_DORA)["x-unstable"] = "preview"


def add_site(t: dict[str, Any]) -> None:
    t["servers"][0]["variables"]["site"]["enum"].append("us4.datadoghq.com")


def remove_site(t: dict[str, Any]) -> None:
    t["servers"][0]["variables"]["site"]["enum"].remove("ap2.datadoghq.com")


def rename_operation(t: dict[str, Any]) -> None:
    operation(t, GET_DORA)["operationId"] = "GetDORADeploymentEvent"


def remove_operation(t: dict[str, Any]) -> None:
    del t["paths"][PATHS[TRIGGER][0]]


def remove_variant(t: dict[str, Any]) -> None:
    rule = schemas(t)["DeploymentGatesRule"]
    rule["oneOf"].pop(1)
    del rule["discriminator"]["mapping"]["faulty_deployment_detection"]


def deprecate_operation(t: dict[str, Any]) -> None:
    operation(t, CREATE)["deprecated"] = True


def undeprecate_operation(t: dict[str, Any]) -> None:
    del operation(t, "CreateDORAIncident")["deprecated"]


def drop_oauth_alternative(t: dict[str, Any]) -> None:
    operation(t, RESULT)["security"] = [{"apiKeyAuth": [], "appKeyAuth": []}]


def change_oauth_scope(t: dict[str, Any]) -> None:
    operation(t, "GetDeploymentGate")["security"][1] = {"AuthZ": ["deployment_gates_write"]}


def move_next_cursor(t: dict[str, Any]) -> None:
    operation(t, "ListDeploymentGates")["x-pagination"]["cursorPath"] = "meta.page.after"


def paginate_rules(t: dict[str, Any]) -> None:
    rules = operation(t, "GetDeploymentGateRules")
    rules["parameters"].append(
        {"name": "page[cursor]", "in": "query", "schema": {"type": "string"}}
    )
    rules["x-pagination"] = {
        "cursorParam": "page[cursor]",
        "cursorPath": "meta.page.next_cursor",
        "resultsPath": "data.attributes.rules",
    }


def change_media_type(t: dict[str, Any]) -> None:
    content = operation(t, CREATE)["responses"]["202"]["content"]
    content["application/vnd.api+json"] = content.pop("application/json")


CASES: dict[str, tuple[Callable[[dict[str, Any]], None], set[Found]]] = {
    "request property added, optional": (
        add_optional_request_field,
        {
            (
                CREATE,
                "request-property-added",
                False,
                sch("DORADeploymentRequestAttributes"),
                sch("DORADeploymentRequestAttributes", "properties", "region"),
            )
        },
    ),
    "request property added, required": (
        add_required_request_field,
        {
            (
                TRIGGER,
                "request-property-added",
                True,
                sch("DeploymentGatesEvaluationRequestAttributes"),
                sch("DeploymentGatesEvaluationRequestAttributes", "properties", "team"),
            )
        },
    ),
    "request property removed, optional": (
        remove_optional_request_field,
        {
            (
                CREATE,
                "request-property-removed",
                False,
                sch("DORADeploymentRequestAttributes", "properties", "team"),
                sch("DORADeploymentRequestAttributes"),
            )
        },
    ),
    "request property removed, required": (
        remove_required_request_field,
        {
            (
                TRIGGER,
                "request-property-removed",
                True,
                sch("DeploymentGatesEvaluationRequestAttributes", "properties", "env"),
                sch("DeploymentGatesEvaluationRequestAttributes"),
            )
        },
    ),
    "response property added": (
        add_response_field,
        {
            (
                name,
                "response-property-added",
                False,
                sch("DORADeploymentObjectAttributes"),
                sch("DORADeploymentObjectAttributes", "properties", "region"),
            )
            for name in READ_DEPLOYMENTS
        },
    ),
    "response property removed": (
        remove_response_field,
        {
            (
                name,
                "response-property-removed",
                True,
                sch("DORADeploymentObjectAttributes", "properties", "team"),
                sch("DORADeploymentObjectAttributes"),
            )
            for name in READ_DEPLOYMENTS
        },
    ),
    "type changed": (
        change_type,
        {
            (
                CREATE,
                "type-changed",
                True,
                sch("DORADeploymentRequestAttributes", "properties", "started_at", "type"),
                sch("DORADeploymentRequestAttributes", "properties", "started_at", "type"),
            )
        },
    ),
    "format changed in a response": (
        change_response_format,
        {
            (
                name,
                "format-changed",
                True,
                sch("DORAEventTime", "oneOf", 1, "format"),
                sch("DORAEventTime", "oneOf", 1, "format"),
            )
            for name in READ_DEPLOYMENTS + READ_FAILURES
        },
    ),
    "format added in a response": (
        add_response_format,
        {
            (
                RESULT,
                "format-changed",
                False,
                sch(
                    "DeploymentGatesEvaluationResultResponseAttributes",
                    "properties",
                    "evaluation_id",
                    "format",
                ),
                sch(
                    "DeploymentGatesEvaluationResultResponseAttributes",
                    "properties",
                    "evaluation_id",
                    "format",
                ),
            )
        },
    ),
    "required changed: response field becomes optional": (
        response_field_becomes_optional,
        {
            (
                name,
                "required-changed",
                True,
                sch("DORADeploymentObjectAttributes", "required"),
                sch("DORADeploymentObjectAttributes", "required"),
            )
            for name in READ_DEPLOYMENTS
        },
    ),
    "required changed: response field becomes required": (
        response_field_becomes_required,
        {
            (
                name,
                "required-changed",
                False,
                sch("DORADeploymentObjectAttributes", "required"),
                sch("DORADeploymentObjectAttributes", "required"),
            )
            for name in READ_DEPLOYMENTS
        },
    ),
    "required changed: request field becomes required": (
        request_field_becomes_required,
        {
            (
                CREATE,
                "required-changed",
                True,
                sch("DORADeploymentRequestAttributes", "required"),
                sch("DORADeploymentRequestAttributes", "required"),
            )
        },
    ),
    "nullable changed, on a schema both directions share": (
        tags_not_nullable,
        {
            (
                name,
                "nullable-changed",
                name in SEND_EVENTS,  # a request may no longer send null; a response won't
                sch("DORACustomTags", "nullable"),
                sch("DORACustomTags", "nullable"),
            )
            for name in SEND_EVENTS + READ_DEPLOYMENTS + READ_FAILURES
        },
    ),
    "enum value added to a response": (
        add_status_value,
        {
            (
                name,
                "enum-values-added",
                False,  # the generated multi-value enums keep unknown values readable
                sch("DeploymentRuleResponseDataAttributesType", "enum"),
                sch("DeploymentRuleResponseDataAttributesType", "enum"),
            )
            for name in READ_RULES
        },
    ),
    "enum value removed from a response": (
        remove_status_value,
        {
            (
                name,
                "enum-values-removed",
                False,
                sch("DeploymentRuleResponseDataAttributesType", "enum"),
                sch("DeploymentRuleResponseDataAttributesType", "enum"),
            )
            for name in READ_RULES
        },
    ),
    "value added to a response constant": (
        add_type_constant_value,
        {
            (
                op,
                "enum-values-added",
                True,  # a single-value enum is a type constant: a new value is another type
                sch("DORADeploymentType", "enum"),
                sch("DORADeploymentType", "enum"),
            )
            for op in (CREATE, *READ_DEPLOYMENTS)
        },
    ),
    "enum value added to a request": (
        add_rule_type_value,
        {
            (
                TRIGGER,
                "enum-values-added",
                False,
                sch("DeploymentGatesMonitorRuleType", "enum"),
                sch("DeploymentGatesMonitorRuleType", "enum"),
            )
        },
    ),
    "default changed": (
        change_default,
        {
            (
                TRIGGER,
                "default-changed",
                False,
                sch(
                    "DeploymentGatesEvaluationRequestAttributes",
                    "properties",
                    "identifier",
                    "default",
                ),
                sch(
                    "DeploymentGatesEvaluationRequestAttributes",
                    "properties",
                    "identifier",
                    "default",
                ),
            )
        },
    ),
    "constraint changed": (
        change_constraint,
        {
            (
                TRIGGER,
                "constraint-changed",
                False,
                sch("DeploymentGatesMonitorRuleOptions", "properties", "duration", "maximum"),
                sch("DeploymentGatesMonitorRuleOptions", "properties", "duration", "maximum"),
            )
        },
    ),
    "response status added: success": (
        add_success_status,
        {
            (
                CREATE,
                "response-status-added",
                True,
                op(CREATE, "responses"),
                op(CREATE, "responses", "201"),
            )
        },
    ),
    "response status added: error": (
        add_error_status,
        {
            (
                GET_DORA,
                "response-status-added",
                False,
                op(GET_DORA, "responses"),
                op(GET_DORA, "responses", "500"),
            )
        },
    ),
    "response status removed": (
        remove_status,
        {
            (
                CREATE,
                "response-status-removed",
                False,
                op(CREATE, "responses", "429"),
                op(CREATE, "responses"),
            )
        },
    ),
    "parameter added, optional": (
        add_optional_parameter,
        {
            (
                GET_DORA,
                "parameter-added",
                False,
                op(GET_DORA, "parameters"),
                op(GET_DORA, "parameters", 1),
            )
        },
    ),
    "parameter added, required": (
        add_required_parameter,
        {(RESULT, "parameter-added", True, op(RESULT, "parameters"), op(RESULT, "parameters", 1))},
    ),
    "parameter removed": (
        remove_parameter,
        {
            (
                RESULT,
                "parameter-removed",
                True,
                op(RESULT, "parameters", 0),
                op(RESULT, "parameters"),
            )
        },
    ),
    "parameter changed: location": (
        move_parameter,
        {
            (
                GET_DORA,
                "parameter-changed",
                True,
                op(GET_DORA, "parameters", 0, "in"),
                op(GET_DORA, "parameters", 0, "in"),
            )
        },
    ),
    "parameter changed: type": (
        retype_parameter,
        {
            (
                GET_DORA,
                "parameter-changed",
                True,
                op(GET_DORA, "parameters", 0, "schema", "type"),
                op(GET_DORA, "parameters", 0, "schema", "type"),
            )
        },
    ),
    "parameter changed: format dropped": (
        drop_parameter_format,
        {
            (
                RESULT,
                "parameter-changed",
                False,
                op(RESULT, "parameters", 0, "schema", "format"),
                op(RESULT, "parameters", 0, "schema", "format"),
            )
        },
    ),
    "parameter changed: path parameter renamed": (
        rename_path_parameter,
        {
            (
                GET_DORA,
                "parameter-changed",
                False,
                op(GET_DORA, "parameters", 0, "name"),
                join("#/paths", "/api/v2/dora/deployments/{id}", "get", "parameters", 0, "name"),
            )
        },
    ),
    "security changed: a key more": (
        key_headers_for_create,
        {(CREATE, "security-changed", True, op(CREATE, "security"), op(CREATE, "security"))},
    ),
    "security changed: an OAuth alternative": (
        oauth_alternative,
        {(CREATE, "security-changed", False, op(CREATE, "security"), op(CREATE, "security"))},
    ),
    "stability changed: preview to stable": (
        preview_becomes_stable,
        {
            (
                TRIGGER,
                "stability-changed",
                False,
                op(TRIGGER, "x-unstable"),
                op(TRIGGER, "x-unstable"),
            )
        },
    ),
    "stability changed: stable to preview": (
        stable_becomes_preview,
        {
            (
                GET_DORA,
                "stability-changed",
                True,
                op(GET_DORA, "x-unstable"),
                op(GET_DORA, "x-unstable"),
            )
        },
    ),
    "server site added": (add_site, {("", "server-sites-added", False, "#/servers", "#/servers")}),
    "server site removed": (
        remove_site,
        {("", "server-sites-removed", True, "#/servers", "#/servers")},
    ),
    "operationId changed": (
        rename_operation,
        {
            (
                GET_DORA,
                "operation-id-changed",
                False,
                op(GET_DORA, "operationId"),
                op(GET_DORA, "operationId"),
            )
        },
    ),
    "operation removed": (
        remove_operation,
        {(TRIGGER, "operation-removed", True, op(TRIGGER), "#/paths")},
    ),
    "oneOf variant removed from a request": (
        remove_variant,
        {
            (
                TRIGGER,
                "variant-removed",
                True,
                sch("DeploymentGatesRule", "oneOf", 1),
                sch("DeploymentGatesRule", "oneOf"),
            )
        },
    ),
    "deprecation: an operation deprecated upstream": (
        deprecate_operation,
        {
            (
                CREATE,
                "deprecation-changed",
                False,
                op(CREATE, "deprecated"),
                op(CREATE, "deprecated"),
            )
        },
    ),
    "deprecation: lifted upstream": (
        undeprecate_operation,
        {
            (
                "CreateDORAIncident",
                "deprecation-changed",
                False,
                op("CreateDORAIncident", "deprecated"),
                op("CreateDORAIncident", "deprecated"),
            )
        },
    ),
    "security changed: the OAuth alternative dropped": (
        drop_oauth_alternative,
        {(RESULT, "security-changed", False, op(RESULT, "security"), op(RESULT, "security"))},
    ),
    "security changed: another OAuth scope": (
        change_oauth_scope,
        {
            (
                "GetDeploymentGate",
                "security-changed",
                False,
                op("GetDeploymentGate", "security"),
                op("GetDeploymentGate", "security"),
            )
        },
    ),
    "pagination changed: the next cursor moved": (
        move_next_cursor,
        {
            (
                "ListDeploymentGates",
                "pagination-changed",
                True,  # our page iterator would stop after the first page
                op("ListDeploymentGates", "x-pagination", "cursorPath"),
                op("ListDeploymentGates", "x-pagination", "cursorPath"),
            )
        },
    ),
    "pagination added: a list becomes paged, with a cursor parameter": (
        paginate_rules,
        {
            (
                "GetDeploymentGateRules",
                "parameter-added",
                False,
                op("GetDeploymentGateRules", "parameters"),
                op("GetDeploymentGateRules", "parameters", 1),
            ),
            *(
                (
                    "GetDeploymentGateRules",
                    "pagination-changed",
                    False,
                    op("GetDeploymentGateRules", "x-pagination"),
                    op("GetDeploymentGateRules", "x-pagination", key),
                )
                for key in ("cursorParam", "cursorPath", "resultsPath")
            ),
        },
    ),
    "media type changed": (
        change_media_type,
        {
            (
                CREATE,
                "media-type-removed",
                True,
                op(CREATE, "responses", "202", "content", "application/json"),
                op(CREATE, "responses", "202", "content"),
            ),
            (
                CREATE,
                "media-type-added",
                False,
                op(CREATE, "responses", "202", "content"),
                op(CREATE, "responses", "202", "content", "application/vnd.api+json"),
            ),
        },
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_class_alone(name: str) -> None:
    mutate, expected = CASES[name]
    assert drifted(mutate) == expected


def test_all_classes_together() -> None:
    """Independent changes at once: the report is exactly the union of their reports."""
    together = [name for name in CASES if name not in COLLIDING]

    def mutate_all(theirs: dict[str, Any]) -> None:
        for name in together:
            CASES[name][0](theirs)

    expected = set().union(*(CASES[name][1] for name in together))
    assert drifted(mutate_all) == expected
    assert {kind for _, kind, *_ in expected} >= {
        "parameter-added",
        "parameter-removed",
        "parameter-changed",
        "request-property-added",
        "request-property-removed",
        "response-property-added",
        "response-property-removed",
        "type-changed",
        "format-changed",
        "required-changed",
        "nullable-changed",
        "enum-values-added",
        "enum-values-removed",
        "default-changed",
        "response-status-added",
        "response-status-removed",
        "security-changed",
        "stability-changed",
        "deprecation-changed",
        "pagination-changed",
        "server-sites-added",
        "server-sites-removed",
    }


# Cases that touch the same spot as another (or remove what others change): alone only.
COLLIDING = {
    "security changed: an OAuth alternative",  # the same requirement as "a key more"
    "operation removed",
    "parameter changed: path parameter renamed",
    "parameter changed: type",
    "parameter added, required",
    "parameter changed: format dropped",
}


def test_two_fields_of_one_schema_changing_alike_are_two_differences() -> None:
    def mutate(theirs: dict[str, Any]) -> None:
        schemas(theirs)["DORADeploymentObjectAttributes"]["required"] = []

    theirs = copy.deepcopy(OURS)
    mutate(theirs)
    report = compare(theirs)
    assert sorted(d.where for d in report.differences if d.operation == GET_DORA) == [
        "response 200: data.attributes.service",
        "response 200: data.attributes.started_at",
    ]
    assert len(report.differences) == 4  # and the same two in the list's items


def test_itself_no_difference() -> None:
    report = compare(copy.deepcopy(OURS))
    assert report.differences == []
    assert report.uncovered == []


def test_renamed_schemas_with_the_same_structure_are_no_difference() -> None:
    theirs = copy.deepcopy(OURS)
    mapping = rename_schemas(theirs, "Upstream")
    assert mapping["DORACustomTags"] == "UpstreamDORACustomTags"
    assert "DORACustomTags" not in schemas(theirs)
    assert compare(theirs).differences == []


def test_inlined_and_all_of_schemas_are_no_difference() -> None:
    theirs = copy.deepcopy(OURS)
    all_schemas = schemas(theirs)
    # Inline a referenced schema where it is used...
    git = all_schemas["DORADeploymentObjectAttributes"]["properties"]
    git["git"] = copy.deepcopy(all_schemas["DORADeploymentFetchGit"])
    # ...and split another into allOf parts.
    attrs = all_schemas.pop("DORADeploymentRequestAttributes")
    props = attrs.pop("properties")
    first = {k: props[k] for k in list(props)[:4]}
    rest = {k: props[k] for k in list(props)[4:]}
    all_schemas["RequestAttributesBase"] = {"type": "object", "properties": first}
    all_schemas["DORADeploymentRequestAttributes"] = {
        "allOf": [
            {"$ref": "#/components/schemas/RequestAttributesBase"},
            {**attrs, "properties": rest},
        ]
    }
    assert compare(theirs).differences == []


def test_renamed_schema_with_a_change_points_at_both_names() -> None:
    theirs = copy.deepcopy(OURS)
    rename_schemas(theirs, "V2")
    del schemas(theirs)["V2DORADeploymentObjectAttributes"]["properties"]["team"]
    assert found(compare(theirs)) == {
        (
            name,
            "response-property-removed",
            True,
            sch("DORADeploymentObjectAttributes", "properties", "team"),
            sch("V2DORADeploymentObjectAttributes"),
        )
        for name in READ_DEPLOYMENTS
    }


def test_reordered_variants_match_by_their_type() -> None:
    theirs = copy.deepcopy(OURS)
    schemas(theirs)["DeploymentGatesRule"]["oneOf"].reverse()
    assert compare(theirs).differences == []


def test_server_template_with_other_variables_is_no_difference() -> None:
    theirs = copy.deepcopy(OURS)
    sites = OURS["servers"][0]["variables"]["site"]["enum"]
    theirs["servers"] = [
        {
            "url": "https://{subdomain}.{site}",
            "variables": {
                "site": {"default": "datadoghq.com", "enum": list(reversed(sites))},
                "subdomain": {"default": "api"},
            },
        },
        {
            "url": "{protocol}://{name}",
            "variables": {
                "name": {"default": "api.datadoghq.com"},
                "protocol": {"default": "https"},
            },
        },
    ]
    assert compare(theirs).differences == []


def test_a_scheme_with_another_header_changes_security_everywhere() -> None:
    theirs = copy.deepcopy(OURS)
    theirs["components"]["securitySchemes"]["appKeyAuth"]["name"] = "DD-APP-KEY"
    got = found(compare(theirs))
    scheme = "#/components/securitySchemes/appKeyAuth"
    assert ("", "security-changed", True, scheme, scheme) in got
    assert {o for o, kind, *_ in got if kind == "security-changed"} == {"", *KEYED}


def test_moved_operation_says_where_it_went() -> None:
    theirs = copy.deepcopy(OURS)
    item = theirs["paths"].pop(PATHS[TRIGGER][0])
    theirs["paths"]["/api/v2/deployments/gates/evaluations"] = item
    report = compare(theirs)
    [diff] = report.differences
    assert diff.kind.value == "operation-removed"
    assert "is at POST /api/v2/deployments/gates/evaluations" in diff.detail


def test_upstream_operations_under_our_tags_are_listed_for_information() -> None:
    theirs = copy.deepcopy(OURS)
    theirs["paths"]["/api/v2/deployments/gates"] = {
        "get": {"operationId": "ListDeploymentGates", "tags": ["Deployment Gates"], "responses": {}}
    }
    theirs["paths"]["/api/v2/monitors"] = {
        "get": {"operationId": "ListMonitors", "tags": ["Monitors"], "responses": {}}
    }
    report = compare(theirs)
    assert report.differences == []
    assert [(u.operation_id, u.method, u.path) for u in report.uncovered] == [
        ("ListDeploymentGates", "GET", "/api/v2/deployments/gates")
    ]
    assert report.exit_code("any") == 0


def test_the_operations_the_december_reference_added_are_listed_as_new() -> None:
    """Against our first spec's coverage, the operations added upstream are reported as new."""
    new = {
        "PatchDORADeploymentByVersion": ("/api/v2/dora/deployments", "patch"),
        "ListDeploymentGateEvaluations": ("/api/v2/deployment_gates/evaluations", "get"),
        "ListDeploymentRuleEvaluations": ("/api/v2/deployment_gates/evaluations/rules", "get"),
    }
    older = copy.deepcopy(OURS)
    for path, method in new.values():
        del older["paths"][path][method]
        if not older["paths"][path]:
            del older["paths"][path]
    report = compare(copy.deepcopy(OURS), ours=older)
    assert report.differences == []
    assert {u.operation_id for u in report.uncovered} == set(new)
    assert report.exit_code("any") == 0  # information, not drift


def test_recursive_schemas_terminate() -> None:
    def tree(prefix: str, extra: bool) -> dict[str, Any]:
        node: dict[str, Any] = {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "children": {
                    "type": "array",
                    "items": {"$ref": f"#/components/schemas/{prefix}Node"},
                },
            },
        }
        if extra:
            node["properties"]["size"] = {"type": "integer"}
        body = {"schema": {"$ref": f"#/components/schemas/{prefix}Node"}}
        return {
            "openapi": "3.0.3",
            "paths": {
                "/tree": {
                    "get": {
                        "operationId": "GetTree",
                        "responses": {"200": {"description": "OK", "content": {"x/y": body}}},
                    }
                }
            },
            "components": {"schemas": {f"{prefix}Node": node}},
        }

    report = compare(tree("B", extra=True), ours=tree("A", extra=False))
    assert found(report) == {
        (
            "GetTree",
            "response-property-added",
            False,
            sch("ANode"),
            sch("BNode", "properties", "size"),
        )
    }


def test_descriptions_and_examples_only_when_asked() -> None:
    theirs = copy.deepcopy(OURS)
    schemas(theirs)["DORADeploymentObjectAttributes"]["description"] = "Reworded."
    schemas(theirs)["DORAGitInfo"]["properties"]["commit_sha"]["example"] = "0" * 40
    assert compare(theirs).differences == []
    asked = compare(theirs, profile=Profile(descriptions=True, examples=True))
    assert {(d.operation, d.kind.value, d.ours) for d in asked.differences} == {
        *(
            (name, "description-changed", sch("DORADeploymentObjectAttributes", "description"))
            for name in READ_DEPLOYMENTS
        ),
        *(
            (name, "example-changed", sch("DORAGitInfo", "properties", "commit_sha", "example"))
            for name in SEND_EVENTS + READ_FAILURES
        ),
    }


# -- the command line ------------------------------------------------------------------------------


def write(tmp_path: Path, doc: dict[str, Any], name: str = "upstream.yaml") -> str:
    path = tmp_path / name
    if name.endswith(".json"):
        path.write_text(json.dumps(doc), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return str(path)


def test_cli_exit_codes_follow_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    minor = copy.deepcopy(OURS)
    add_response_field(minor)
    breaking = copy.deepcopy(minor)
    remove_response_field(breaking)
    minor_path, breaking_path = write(tmp_path, minor), write(tmp_path, breaking, "b.json")
    assert cli.main(["upstream", str(SPEC)]) == 0
    assert cli.main(["upstream", minor_path]) == 1  # --fail-on any is the default
    assert cli.main(["upstream", minor_path, "--fail-on", "breaking"]) == 0
    assert cli.main(["upstream", breaking_path, "--fail-on", "breaking"]) == 1
    assert cli.main(["upstream", breaking_path, "--fail-on", "none"]) == 0
    capsys.readouterr()


def test_cli_text_output_groups_by_operation_and_ends_with_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theirs = copy.deepcopy(OURS)
    for mutate in (remove_response_field, add_response_field, add_site, change_type):
        mutate(theirs)
    assert cli.main(["upstream", write(tmp_path, theirs)]) == 1
    out = capsys.readouterr().out
    lines = out.rstrip("\n").splitlines()
    assert lines[-1] == (
        "specdrift: 6 differences, 3 breaking: response-property-added 2, "
        "response-property-removed 2, server-sites-added 1, type-changed 1"
    )
    headers = [line for line in lines if line and not line.startswith((" ", "specdrift"))]
    assert headers == [
        "(whole document: servers, security schemes)",
        f"{CREATE}  POST /api/v2/dora/deployment",
        "ListDORADeployments  POST /api/v2/dora/deployments",
        f"{GET_DORA}  GET /api/v2/dora/deployments/{{deployment_id}}",
    ]
    assert "  BREAKING response-property-removed  response 200: data.attributes.team" in out
    assert "(us4.datadoghq.com)" in out


def test_cli_json_and_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    theirs = copy.deepcopy(OURS)
    remove_response_field(theirs)
    path = write(tmp_path, theirs)
    assert cli.main(["upstream", path, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == {"response-property-removed": 2}
    [diff] = [d for d in data["differences"] if d["operation"] == GET_DORA]
    assert diff["ours"] == sch("DORADeploymentObjectAttributes", "properties", "team")
    assert diff["breaking"] is True
    assert cli.main(["upstream", path, "--format", "markdown"]) == 1
    markdown = capsys.readouterr().out
    assert f"### {GET_DORA}  GET /api/v2/dora/deployments/{{deployment_id}}" in markdown
    assert "| response-property-removed | yes | response 200: data.attributes.team |" in markdown


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("paths: [unclosed\n", "not valid YAML or JSON"),
        ("{not json", "not valid YAML or JSON"),
        ("openapi: 3.0.3\ninfo: {}\n", "not an OpenAPI document"),
        ("openapi: 3.0.3\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n"
         "          $ref: 'other.yaml#/r'\n", "only local $refs"),
    ],
)  # fmt: skip
def test_cli_unreadable_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    path = tmp_path / "upstream.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
        if "$ref" in content:  # a path our spec has, so its response gets compared
            path.write_text(content.replace("/x", PATHS[GET_DORA][0]), encoding="utf-8")
    assert cli.main(["upstream", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert str(path) in err or "upstream.yaml" in err


def test_https_url_is_fetched_and_plain_http_refused() -> None:
    body = yaml.safe_dump(OURS)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/missing.yaml":
            return httpx.Response(404)
        return httpx.Response(200, text=body)

    transport = httpx.MockTransport(handler)
    assert read_source("https://example.test/spec.yaml", transport) == body
    assert seen == ["https://example.test/spec.yaml"]
    with pytest.raises(InputError, match="HTTP 404"):
        read_source("https://example.test/missing.yaml", transport)
    with pytest.raises(InputError, match="only https"):
        read_source("http://example.test/spec.yaml", transport)
