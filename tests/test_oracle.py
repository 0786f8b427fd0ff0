"""The oracle (tests/oracle.py) accepts what the spec allows and catches what it does not."""

from __future__ import annotations

import copy
from typing import Any

import pydantic
import pytest
from datadog_deployments_api.models import (
    DeploymentGateRulesStatus,
    DeploymentGatesEvaluationConfiguration,
    DeploymentGatesEvaluationRequest,
    DeploymentGatesFaultyDeploymentDetectionRule,
    DeploymentGatesMonitorRule,
    DeploymentRuleOptionsFaultyDeploymentDetection,
    DeploymentRuleOptionsMonitor,
    DeploymentRuleOptionsSpecificMonitor,
)
from oracle import (
    assert_wire_invalid,
    assert_wire_valid,
    attrs_class,
    attrs_decode,
    oracle_class,
    oracle_decode,
    schema_errors,
)

DORA_REQUEST: dict[str, Any] = {
    "data": {
        "attributes": {
            "service": "billing",
            "env": "staging",
            "id": "billing-2025-11-22-0001",
            "started_at": 1732233600,
            "finished_at": 1732233660,
            "git": {
                "commit_sha": "0123456789abcdef0123456789abcdef01234567",
                "repository_url": "https://git.example.com/billing",
            },
            "custom_tags": ["owner:billing"],
        }
    }
}

GATE_RESULT: dict[str, Any] = {
    "data": {
        "id": "0b9f0c54-3f47-4c43-9a1c-1f2e3d4c5b6a",
        "type": "deployment_gates_evaluation_result_response",
        "attributes": {
            "dry_run": True,
            "evaluation_id": "0b9f0c54-3f47-4c43-9a1c-1f2e3d4c5b6a",
            "evaluation_url": "https://app.example.com/evaluations/0b9f0c54",
            "gate_id": "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f",
            "gate_status": "in_progress",
            "rules": [{"name": "monitors", "status": "in_progress", "dry_run": True}],
        },
    }
}

GATE_REQUEST_WITH_RULES: dict[str, Any] = {
    "data": {
        "type": "deployment_gates_evaluation_request",
        "attributes": {
            "service": "billing",
            "env": "staging",
            "configuration": {
                "dry_run": False,
                "rules": [
                    {
                        "type": "monitor",
                        "name": "monitors quiet",
                        "options": {"query": "service:billing", "duration": 600},
                    },
                    {
                        "type": "faulty_deployment_detection",
                        "name": "fdd",
                        "dry_run": True,
                        "options": {"duration": 7200, "excluded_resources": ["GET /health"]},
                    },
                ],
            },
        },
    }
}


def changed(payload: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of payload with the dotted path set to value (the sentinel DELETE removes it)."""
    result = copy.deepcopy(payload)
    *parents, last = path.split(".")
    node: Any = result
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is DELETE:
        del node[last]
    else:
        node[last] = value
    return result


DELETE = object()


# ---- valid payloads: both readings agree ---------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "payload"),
    [
        ("DORADeploymentRequest", DORA_REQUEST),
        ("DeploymentGatesEvaluationResultResponse", GATE_RESULT),
        ("DeploymentGatesEvaluationRequest", GATE_REQUEST_WITH_RULES),
        ("DORADeploymentRequest", changed(DORA_REQUEST, "data.attributes.custom_tags", None)),
        ("DeploymentGatesErrorResponse", {"errors": [{"title": "Not Found"}]}),
        ("JSONAPIErrorResponse", {"errors": [{"meta": {"retry": [1, 2]}, "source": {}}]}),
        ("DeploymentGateRulesStatus", "fail"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_valid_payload_round_trips(schema: str, payload: Any) -> None:
    obj = assert_wire_valid(schema, payload)
    assert isinstance(obj, attrs_class(schema))
    assert attrs_decode(schema, payload)[1] == payload
    assert oracle_decode(schema, payload) == payload


def test_rule_kinds_decode_to_their_attrs_classes() -> None:
    obj = assert_wire_valid("DeploymentGatesEvaluationRequest", GATE_REQUEST_WITH_RULES)
    assert isinstance(obj, DeploymentGatesEvaluationRequest)
    configuration = obj.data.attributes.configuration
    assert isinstance(configuration, DeploymentGatesEvaluationConfiguration)
    rules = configuration.rules
    assert [type(rule) for rule in rules] == [
        DeploymentGatesMonitorRule,
        DeploymentGatesFaultyDeploymentDetectionRule,
    ]


def test_enum_schema_decodes_to_enum_member() -> None:
    assert assert_wire_valid("DeploymentGateRulesStatus", "pass") is DeploymentGateRulesStatus.PASS


# ---- invalid payloads: the oracle rejects them ---------------------------------------------

RULE0 = "data.attributes.configuration.rules.0"
RULE0_AT = ("data", "attributes", "configuration", "rules", 0)

INVALID: list[tuple[str, str, dict[str, Any], str, tuple[Any, ...]]] = [
    # (case id, schema, payload, pydantic error type, error location)
    ("started_at-as-string", "DORADeploymentRequest",
     changed(DORA_REQUEST, "data.attributes.started_at", "1693491974"),
     "int_type", ("data", "attributes", "started_at")),
    ("finished_at-as-float", "DORADeploymentRequest",
     changed(DORA_REQUEST, "data.attributes.finished_at", 1732233660.5),
     "int_type", ("data", "attributes", "finished_at")),
    ("started_at-as-bool", "DORADeploymentRequest",
     changed(DORA_REQUEST, "data.attributes.started_at", True),
     "int_type", ("data", "attributes", "started_at")),
    ("gate_status-as-int", "DeploymentGatesEvaluationResultResponse",
     changed(GATE_RESULT, "data.attributes.gate_status", 123),
     "literal_error", ("data", "attributes", "gate_status")),
    ("gate_status-unknown", "DeploymentGatesEvaluationResultResponse",
     changed(GATE_RESULT, "data.attributes.gate_status", "passed"),
     "literal_error", ("data", "attributes", "gate_status")),
    ("dry_run-as-string", "DeploymentGatesEvaluationResultResponse",
     changed(GATE_RESULT, "data.attributes.dry_run", "false"),
     "bool_type", ("data", "attributes", "dry_run")),
    ("gate_id-not-uuid", "DeploymentGatesEvaluationResultResponse",
     changed(GATE_RESULT, "data.attributes.gate_id", "gate-1"),
     "uuid_parsing", ("data", "attributes", "gate_id")),
    ("extra-top-level", "DORADeploymentRequest",
     changed(DORA_REQUEST, "meta", {}),
     "extra_forbidden", ("meta",)),
    ("extra-nested", "DeploymentGatesEvaluationResultResponse",
     changed(GATE_RESULT, "data.attributes.rules.0.severity", "high"),
     "extra_forbidden", ("data", "attributes", "rules", 0, "severity")),
    ("missing-finished_at", "DORADeploymentRequest",
     changed(DORA_REQUEST, "data.attributes.finished_at", DELETE),
     "missing", ("data", "attributes", "finished_at")),
    ("missing-result-type", "DeploymentGatesEvaluationResultResponse",
     changed(GATE_RESULT, "data.type", DELETE),
     "missing", ("data", "type")),
    ("missing-errors", "APIErrorResponse", {}, "missing", ("errors",)),
    ("missing-result-data", "DeploymentGatesEvaluationResultResponse", {}, "missing", ("data",)),
    ("own-id-too-short", "DORADeploymentRequest",
     changed(DORA_REQUEST, "data.attributes.id", "short"),
     "string_too_short", ("data", "attributes", "id")),
    ("commit_sha-not-hex", "DORADeploymentRequest",
     changed(DORA_REQUEST, "data.attributes.git.commit_sha", "main"),
     "string_pattern_mismatch", ("data", "attributes", "git", "commit_sha")),
    ("too-many-tags", "DORADeploymentRequest",
     changed(DORA_REQUEST, "data.attributes.custom_tags", [f"n:{i}" for i in range(101)]),
     "too_long", ("data", "attributes", "custom_tags")),
    ("no-rules", "DeploymentGatesEvaluationRequest",
     changed(GATE_REQUEST_WITH_RULES, "data.attributes.configuration.rules", []),
     "too_short", ("data", "attributes", "configuration", "rules")),
    ("duration-over-7200", "DeploymentGatesEvaluationRequest",
     changed(GATE_REQUEST_WITH_RULES, f"{RULE0}.options.duration", 7201),
     "less_than_equal", (*RULE0_AT, "monitor", "options", "duration")),
    ("unknown-rule-kind", "DeploymentGatesEvaluationRequest",
     changed(GATE_REQUEST_WITH_RULES, f"{RULE0}.type", "slo"),
     "union_tag_invalid", RULE0_AT),
    ("monitor-rule-without-query", "DeploymentGatesEvaluationRequest",
     changed(GATE_REQUEST_WITH_RULES, f"{RULE0}.options.query", DELETE),
     "missing", (*RULE0_AT, "monitor", "options", "query")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("schema", "payload", "error_type", "location"),
    [pytest.param(*case[1:], id=case[0]) for case in INVALID],
)
def test_oracle_rejects(
    schema: str, payload: Any, error_type: str, location: tuple[Any, ...]
) -> None:
    rejection = assert_wire_invalid(schema, payload)
    assert (error_type, location) in rejection.pydantic_locations()
    with pytest.raises(AssertionError, match="oracle rejects"):
        assert_wire_valid(schema, payload)


# The pydantic models accept null in any optional field; the JSON Schema check rejects it
# where the spec does not say nullable.
NULLS = [
    ("DORADeploymentRequest", DORA_REQUEST, ("data", "attributes", "env")),
    ("DORADeploymentRequest", DORA_REQUEST, ("data", "attributes", "git")),
    ("DeploymentGatesEvaluationResultResponse", GATE_RESULT,
     ("data", "attributes", "rules", 0, "name")),
    ("DeploymentGatesEvaluationResultResponse", GATE_RESULT, ("data",)),
    ("DeploymentGatesEvaluationRequest", GATE_REQUEST_WITH_RULES,
     (*RULE0_AT, "options", "duration")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("schema", "payload", "location"),
    [pytest.param(s, p, loc, id="-".join(map(str, loc))) for s, p, loc in NULLS],
)
def test_oracle_rejects_null_where_not_nullable(
    schema: str, payload: dict[str, Any], location: tuple[Any, ...]
) -> None:
    bad = changed(payload, ".".join(map(str, location)), None)
    rejection = assert_wire_invalid(schema, bad)
    assert ("type", location) in rejection.schema_locations()
    with pytest.raises(AssertionError, match="oracle rejects"):
        assert_wire_valid(schema, bad)


def test_json_schema_agrees_on_wrong_types() -> None:
    bad = changed(DORA_REQUEST, "data.attributes.started_at", "1693491974")
    rejection = assert_wire_invalid("DORADeploymentRequest", bad)
    assert ("type", ("data", "attributes", "started_at")) in rejection.schema_locations()


def test_assert_wire_invalid_fails_on_a_valid_payload() -> None:
    with pytest.raises(AssertionError, match="accepts"):
        assert_wire_invalid("DORADeploymentRequest", DORA_REQUEST)


def test_disagreement_between_oracle_and_attrs_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    cls = attrs_class("DeploymentGateRuleResponse")
    original = cls.to_dict

    def lossy_to_dict(self: Any) -> dict[str, Any]:
        encoded = dict(original(self))
        encoded.pop("reason", None)
        return encoded

    monkeypatch.setattr(cls, "to_dict", lossy_to_dict)
    payload = changed(GATE_RESULT, "data.attributes.rules.0.reason", "monitor alerting")
    with pytest.raises(AssertionError, match="disagree"):
        assert_wire_valid("DeploymentGatesEvaluationResultResponse", payload)


def test_attrs_decode_failure_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    cls = attrs_class("APIErrorResponse")

    def broken_from_dict(_cls: Any, _src: Any) -> Any:
        raise KeyError("errors")

    monkeypatch.setattr(cls, "from_dict", classmethod(broken_from_dict))
    with pytest.raises(AssertionError, match="from_dict fails"):
        assert_wire_valid("APIErrorResponse", {"errors": ["x"]})


@pytest.mark.parametrize("name", ["NoSuchSchema", "DORACustomTags", "DeploymentGatesRule"])
def test_attrs_lookup_of_inlined_or_unknown_schema_fails(name: str) -> None:
    with pytest.raises(LookupError):
        attrs_class(name)


def test_every_spec_schema_has_an_oracle_model(spec: dict[str, Any]) -> None:
    for name in spec["components"]["schemas"]:
        assert issubclass(oracle_class(name), pydantic.BaseModel)
    with pytest.raises(LookupError):
        oracle_class("NoSuchSchema")


# ---- gate rule options: a oneOf without a discriminator (openapi.yaml judgment call 10) --------
RULE_ATTRIBUTES = "UpdateDeploymentRuleParamsDataAttributes"
RULE_OPTIONS = [
    ("monitor-query", {"query": "service:billing", "duration": 600}, DeploymentRuleOptionsMonitor),
    ("specific-monitors", {"monitor_ids": [{"id": "123", "groups": []}], "warmup": 60},
     DeploymentRuleOptionsSpecificMonitor),
    ("faulty-deployment-detection", {"duration": 900, "excluded_resources": ["GET /health"]},
     DeploymentRuleOptionsFaultyDeploymentDetection),
    ("faulty-deployment-detection-defaults", {}, DeploymentRuleOptionsFaultyDeploymentDetection),
]  # fmt: skip


def _rule(options: dict[str, Any]) -> dict[str, Any]:
    return {"dry_run": False, "name": "p99", "options": options}


@pytest.mark.parametrize(
    ("options", "cls"), [pytest.param(o, c, id=name) for name, o, c in RULE_OPTIONS]
)
def test_each_rule_options_form_matches_exactly_one_member(
    options: dict[str, Any], cls: type[Any]
) -> None:
    """The JSON Schema's oneOf takes each form (a second matching member would reject it, as
    the faulty deployment detection member did for monitor options) and attrs decodes it as
    its own class."""
    obj = assert_wire_valid(RULE_ATTRIBUTES, _rule(options))
    assert type(obj.options) is cls


@pytest.mark.parametrize(
    ("options", "cls"), [pytest.param(o, c, id=name) for name, o, c in RULE_OPTIONS]
)
def test_rule_options_with_an_unknown_field_still_match_and_keep_it(
    options: dict[str, Any], cls: type[Any]
) -> None:
    """A field the spec does not know yet is allowed by the JSON Schema and kept by attrs (a
    gate kept as code must not lose it on update); only the strict pydantic oracle refuses it."""
    payload = _rule({**options, "new_option": True})
    assert schema_errors(RULE_ATTRIBUTES, payload) == ()
    obj, encoded = attrs_decode(RULE_ATTRIBUTES, payload)
    assert type(obj.options) is cls
    assert encoded == payload


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"query": 5}, id="query-not-a-string"),
        pytest.param({"monitor_ids": []}, id="no-monitor"),
        pytest.param({"query": "q", "monitor_ids": [{"id": "1", "groups": []}]}, id="both-forms"),
    ],
)
def test_json_schema_rejects_rule_options_that_no_single_member_takes(
    options: dict[str, Any],
) -> None:
    """A broken monitor form no longer passes as faulty deployment detection options."""
    rejection = assert_wire_invalid(RULE_ATTRIBUTES, _rule(options))
    assert rejection.schema_locations() == [("oneOf", ("options",))]
