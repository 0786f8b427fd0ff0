"""Every body the fake server answers and every body the client sends passes the strict oracle.

The fake server plays Datadog in all the client tests, so what it says must be what the spec
says; the client's requests must be what the spec asks for.
"""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from client_support import Rig, deployment_body, gate_body
from datadog_deployments import DeploymentGatesApi, DORAMetricsApi
from datadog_deployments.testing import Fault, GateScript, RuleScript
from datadog_deployments_api.spec_index import OPERATIONS
from fake_server_support import check_answer as check_any_answer
from fake_server_support import failure_body
from oracle import assert_wire_valid

MONITOR_RULE = {
    "type": "monitor",
    "name": "monitors",
    "options": {"query": "service:checkout-api", "duration": 60},
}
FDD_RULE = {
    "type": "faulty_deployment_detection",
    "name": "fdd",
    "dry_run": True,
    "options": {"excluded_resources": ["GET /health"]},
}
INLINE_RULES = {"dry_run": False, "rules": [MONITOR_RULE, FDD_RULE]}


def check_answer(operation_id: str, response: httpx.Response) -> None:
    schema = OPERATIONS[operation_id].responses[response.status_code]
    assert schema is not None, f"{operation_id} answered an undocumented {response.status_code}"
    assert_wire_valid(schema, response.json())


def test_fake_answers_match_the_spec_for_every_documented_status(rig: Rig) -> None:
    keys = {"DD-API-KEY": rig.fake.api_key, "DD-APPLICATION-KEY": rig.fake.app_key}
    rules = [RuleScript("monitors", "fail", reason="alerting"), RuleScript("fdd", dry_run=True)]
    script = GateScript(not_found_for=1, in_progress_for=10, verdict="fail", rules=rules)
    rig.fake.add_gate("checkout-api", "production", script=script)
    seen: set[tuple[str, int]] = set()
    with httpx.Client(base_url=rig.fake.url, headers=keys) as http:

        def call(operation_id: str, method: str, path: str, **kwargs: object) -> httpx.Response:
            response = http.request(method, path, **kwargs)  # type: ignore[arg-type]
            check_answer(operation_id, response)
            seen.add((operation_id, response.status_code))
            return response

        create, get_dora = "/api/v2/dora/deployment", "/api/v2/dora/deployments/"
        trigger, result = (
            "/api/v2/deployments/gates/evaluation",
            "/api/v2/deployments/gates/evaluation/",
        )
        call(
            "CreateDORADeployment", "POST", create, json=deployment_body(id="deploy-oracle-000001")
        )
        call("GetDORADeployment", "GET", get_dora + "deploy-oracle-000001")
        call("CreateDORADeployment", "POST", create, json=deployment_body(started_at="soon"))
        call("TriggerDeploymentGatesEvaluation", "POST", trigger, json={"data": {}})
        call("TriggerDeploymentGatesEvaluation", "POST", trigger, json=gate_body(service="nope"))
        call(
            "TriggerDeploymentGatesEvaluation",
            "POST",
            trigger,
            json=gate_body(configuration=INLINE_RULES),
        )
        evaluation_id = call(
            "TriggerDeploymentGatesEvaluation", "POST", trigger, json=gate_body()
        ).json()["data"]["id"]
        assert (
            call("GetDeploymentGatesEvaluationResult", "GET", result + evaluation_id).status_code
            == 404
        )
        for seconds, gate_status in ((2, "in_progress"), (20, "fail")):
            rig.clock.advance(seconds)
            answer = call("GetDeploymentGatesEvaluationResult", "GET", result + evaluation_id)
            assert answer.json()["data"]["attributes"]["gate_status"] == gate_status
        for operation_id, method, path in [
            ("GetDORADeployment", "GET", get_dora + "deploy-oracle-000001"),
            ("CreateDORADeployment", "POST", create),
            ("GetDeploymentGatesEvaluationResult", "GET", result + evaluation_id),
            ("TriggerDeploymentGatesEvaluation", "POST", trigger),
        ]:
            for status in OPERATIONS[operation_id].responses:
                if status >= 400:
                    rig.fake.inject(Fault.rate_limit() if status == 429 else Fault.status(status))
                    call(operation_id, method, path, json=gate_body())
        call(
            "GetDORADeployment",
            "GET",
            get_dora + "deploy-oracle-000001",
            headers={"DD-API-KEY": "wrong"},
        )
        call(
            "GetDeploymentGatesEvaluationResult",
            "GET",
            result + evaluation_id,
            headers={"DD-APPLICATION-KEY": ""},
        )
    first_four = (
        "CreateDORADeployment",
        "GetDORADeployment",
        "TriggerDeploymentGatesEvaluation",
        "GetDeploymentGatesEvaluationResult",
    )
    documented = {
        (op, status)
        for op in first_four
        for status in OPERATIONS[op].responses
        if status != 202 or op != "CreateDORADeployment"
    }
    assert documented <= seen


def _success_requests(rig: Rig) -> dict[str, tuple[str, str, Any]]:
    """For each operation, a request the seeded fake answers with success (deletes last)."""
    fake = rig.fake
    gate = fake.add_gate("checkout-api", "production", rules=[RuleScript("p99", "fail")])
    fake.add_gate("web", "prod")
    spare = fake.add_gate("spare", "prod")
    fake.start_evaluation("checkout-api", "production", evaluation_id=EVALUATION_ID, version="v1")
    deployment = fake.add_deployment(
        deployment_body(id="deploy-oracle-000002")["data"]["attributes"]
    )
    failure = fake.add_failure(failure_body(id="failure-oracle-00001")["data"]["attributes"])
    rule_id = gate.rules[0].rule_id
    gates, rules = "/api/v2/deployment_gates", f"/api/v2/deployment_gates/{gate.gate_id}/rules"
    monitor = {"type": "monitor", "name": "new", "options": {"query": "service:a"}}
    rule_update = {"name": "p99", "dry_run": True, "options": {"query": "service:b"}}
    patch = {"type": "dora_deployment_patch_request", "attributes": {"change_failure": True}}
    by_version = {
        **patch,
        "attributes": {
            "service": "checkout-api",
            "env": "production",
            "version": "v1.12.07",
            "change_failure": True,
            "remediation": {"type": "rollback", "id": "x"},
        },
    }
    search = {"attributes": {"query": "service:checkout-api", "limit": 5}}
    return {
        "ListDeploymentGates": ("GET", gates + "?page[size]=1", None),
        "CreateDeploymentGate": (
            "POST",
            gates,
            {"data": {"type": "deployment_gate", "attributes": {"service": "new", "env": "prod"}}},
        ),
        "GetDeploymentGate": ("GET", f"{gates}/{gate.gate_id}", None),
        "UpdateDeploymentGate": (
            "PUT",
            f"{gates}/{gate.gate_id}",
            {
                "data": {
                    "id": gate.gate_id,
                    "type": "deployment_gate",
                    "attributes": {"dry_run": True},
                }
            },
        ),
        "GetDeploymentGateRules": ("GET", rules, None),
        "CreateDeploymentRule": (
            "POST",
            rules,
            {"data": {"type": "deployment_rule", "attributes": monitor}},
        ),
        "GetDeploymentRule": ("GET", f"{rules}/{rule_id}", None),
        "UpdateDeploymentRule": (
            "PUT",
            f"{rules}/{rule_id}",
            {"data": {"type": "deployment_rule", "attributes": rule_update}},
        ),
        "ListDeploymentGateEvaluations": (
            "GET",
            gates + "/evaluations?filter[env]=production",
            None,
        ),
        "ListDeploymentRuleEvaluations": (
            "GET",
            gates + "/evaluations/rules?filter[status]=fail",
            None,
        ),
        "TriggerDeploymentGatesEvaluation": (
            "POST",
            "/api/v2/deployments/gates/evaluation",
            gate_body(),
        ),
        "GetDeploymentGatesEvaluationResult": (
            "GET",
            f"/api/v2/deployments/gates/evaluation/{EVALUATION_ID}",
            None,
        ),
        "CreateDORADeployment": ("POST", "/api/v2/dora/deployment", deployment_body()),
        "GetDORADeployment": ("GET", f"/api/v2/dora/deployments/{deployment}", None),
        "ListDORADeployments": ("POST", "/api/v2/dora/deployments", {"data": search}),
        "PatchDORADeployment": (
            "PATCH",
            f"/api/v2/dora/deployments/{deployment}",
            {"data": {**patch, "id": deployment}},
        ),
        "PatchDORADeploymentByVersion": ("PATCH", "/api/v2/dora/deployments", {"data": by_version}),
        "CreateDORAFailure": ("POST", "/api/v2/dora/failure", failure_body()),
        "CreateDORAIncident": ("POST", "/api/v2/dora/incident", failure_body()),
        "GetDORAFailure": ("GET", f"/api/v2/dora/failures/{failure}", None),
        "ListDORAFailures": ("POST", "/api/v2/dora/failures", {"data": search}),
        "DeleteDeploymentRule": ("DELETE", f"{rules}/{rule_id}", None),
        "DeleteDeploymentGate": ("DELETE", f"{gates}/{spare.gate_id}", None),
        "DeleteDORADeployment": ("DELETE", f"/api/v2/dora/deployment/{deployment}", None),
        "DeleteDORAFailure": ("DELETE", f"/api/v2/dora/failure/{failure}", None),
    }


EVALUATION_ID = "6f0b8e1c-3a52-4d59-9a7e-0c2d4e6f8a10"


def test_every_operation_gives_every_documented_answer_in_its_documented_shape(
    rig: Rig,
) -> None:
    requests = _success_requests(rig)
    assert set(requests) == set(OPERATIONS)
    keys = {"DD-API-KEY": rig.fake.api_key, "DD-APPLICATION-KEY": rig.fake.app_key}
    seen: set[tuple[str, int]] = set()

    def record(response: httpx.Response) -> None:
        check_any_answer(response)  # documented status, body valid under the strict oracle
        seen.add((str(rig.fake.requests[-1].operation), response.status_code))

    with httpx.Client(
        base_url=rig.fake.url, headers=keys, event_hooks={"response": [record]}
    ) as http:
        for operation_id, (method, path, body) in requests.items():
            for status in sorted(OPERATIONS[operation_id].responses, reverse=True):
                if status >= 400 or (status == 202 and operation_id.startswith("CreateDORA")):
                    fault = Fault.rate_limit() if status == 429 else Fault.status(status)
                    rig.fake.inject(fault, operation=OPERATIONS[operation_id].name)
                    http.request(method, path, json=body)
            answer = http.request(method, path, json=body)
            assert answer.status_code < 300, (operation_id, answer.text)
    documented = {(op, status) for op, spec in OPERATIONS.items() for status in spec.responses}
    assert documented == seen


def test_client_requests_match_the_spec(rig: Rig) -> None:
    rig.fake.add_gate(
        "checkout-api", "production", identifier="pre", script=GateScript(in_progress_for=math.inf)
    )
    with rig.client() as client:
        DORAMetricsApi(client).create_dora_deployment(body=deployment_body(custom_tags=None))
        gates = DeploymentGatesApi(client)
        gates.trigger_deployment_gates_evaluation(
            body=gate_body(identifier="pre", version="1", primary_tag="a:b")
        )
        gates.trigger_deployment_gates_evaluation(body=gate_body(configuration=INLINE_RULES))
    requests = [r for r in rig.fake.requests if r.json is not None]
    assert len(requests) == 3
    for request in requests:
        schema = OPERATIONS[str(request.operation)].request_schema
        assert schema is not None
        assert_wire_valid(schema, request.json)


@pytest.mark.parametrize(
    "bad", [{"started_at": "1693491974"}, {"service": 7}, {"custom_tags": "a:b"}]
)
def test_the_oracle_would_catch_a_wrongly_typed_request(rig: Rig, bad: dict[str, object]) -> None:
    from oracle import assert_wire_invalid

    assert_wire_invalid("DORADeploymentRequest", deployment_body(**bad))


#: Examples that break their own page's rules, which the fake enforces: the remediation's
#: id with a placeholder version ("either id or version, not both"), and faulty deployment
#: detection options with both allowed and excluded resources ("mutually exclusive").
SELF_CONTRADICTING_EXAMPLES = (
    "PatchDORADeployment",
    "CreateDeploymentRule",
    "UpdateDeploymentRule",
)


def test_the_fake_accepts_every_request_example_of_the_spec(rig: Rig) -> None:
    """The spec's request examples (the pages' own) are bodies the fake takes, not 400s."""
    import spec_tools

    spec = spec_tools.load_spec()
    fake = rig.fake
    keys = {"DD-API-KEY": fake.api_key, "DD-APPLICATION-KEY": fake.app_key}
    fdd = RuleScript("My deployment rule", type="faulty_deployment_detection")
    gate = fake.add_gate("my-service", "production", rules=[fdd])
    fake.add_deployment({"service": "string", "env": "string", "version": "string",
                         "started_at": 1, "finished_at": 2})  # fmt: skip
    tried = set()
    with httpx.Client(
        base_url=fake.url, headers=keys, event_hooks={"response": [check_any_answer]}
    ) as http:
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if not isinstance(operation, dict) or "requestBody" not in operation:
                    continue
                example = operation["requestBody"]["content"]["application/json"]["example"]
                data = example["data"]
                own_id = data.get("id", "x")
                rule_id = gate.rules[0].rule_id
                url = path.format(
                    deployment_id=own_id,
                    id=rule_id if "rules" in path else own_id,
                    gate_id=gate.gate_id,
                )
                if operation["operationId"] == "UpdateDeploymentGate":
                    url = path.format(id=gate.gate_id)
                    example = {"data": {**data, "id": gate.gate_id}}
                answer = http.request(method.upper(), url, json=example)
                tried.add(operation["operationId"])
                if operation["operationId"] in SELF_CONTRADICTING_EXAMPLES:
                    assert answer.status_code == 400 and "not both" in answer.text
                    continue
                missing = answer.status_code == 404 and "{" in path  # an ID the fake lacks
                assert answer.status_code < 300 or missing, (operation["operationId"], answer.text)
    assert tried == {op for op, spec_op in OPERATIONS.items() if spec_op.request_schema}
