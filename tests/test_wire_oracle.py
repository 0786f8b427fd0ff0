"""Every body the fake server answers and every body the client sends passes the strict oracle.

The fake server plays Datadog in all the client tests, so what it says must be what the spec
says; the client's requests must be what the spec asks for.
"""

from __future__ import annotations

import math

import httpx
import pytest
from client_support import Rig, deployment_body, gate_body
from datadog_deployments import DeploymentGatesApi, DORAMetricsApi
from datadog_deployments.testing import Fault, GateScript, RuleScript
from datadog_deployments.testing.operations import BEHAVIOURS
from datadog_deployments_api.spec_index import OPERATIONS
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
    documented = {
        (op, status)
        for op, spec in OPERATIONS.items()
        if op in BEHAVIOURS  # (spec branch, interim) what the fake serves today
        for status in spec.responses
        if status != 202 or op != "CreateDORADeployment"
    }
    assert documented <= seen


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
