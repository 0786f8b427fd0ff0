"""The client against the fake Datadog server over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from uuid import UUID

import pytest
from client_support import API_KEY, APP_KEY, COMMIT, GATE_ID, Rig, deployment_body, gate_body
from datadog_deployments import (
    BadRequestException,
    ConfigurationError,
    DeploymentGatesApi,
    DORAMetricsApi,
    ForbiddenException,
    GateVerdict,
    InvalidParameterError,
    NotFoundException,
    ResponseDecodeError,
    ServiceException,
    TooManyRequestsException,
    UnauthorizedException,
    UnstableOperationDisabledError,
)
from datadog_deployments.api_client import USER_AGENT
from datadog_deployments.deployment_gates_api import evaluation_id
from datadog_deployments.testing import Fault, GateScript, RuleScript
from datadog_deployments_api.models import DeploymentGatesEvaluationRequest, DORADeploymentRequest
from oracle import assert_wire_valid


def test_send_then_fetch_a_deployment_event(rig: Rig) -> None:
    with rig.client() as client:
        api = DORAMetricsApi(client)
        sent = api.create_dora_deployment(
            body=DORADeploymentRequest.from_dict(deployment_body(id="deploy-0001-checkout"))
        )
        assert sent.to_dict()["data"]["id"] == "deploy-0001-checkout"
        fetched = api.get_dora_deployment(deployment_id="deploy-0001-checkout")
    attributes = fetched.to_dict()["data"]["attributes"]
    assert (attributes["service"], attributes["env"], attributes["started_at"]) == (
        "checkout-api",
        "production",
        1693491974_000_000_000,
    )
    assert attributes["git"]["repository_id"] == "github.com/org/checkout-api"
    assert_wire_valid("DORADeploymentFetchResponse", fetched.to_dict())


def test_send_accepts_datetimes_and_sends_nanoseconds(rig: Rig) -> None:
    started = datetime(2023, 8, 31, 14, 26, 14, tzinfo=timezone.utc)
    body = deployment_body(started_at=started, finished_at="2023-08-31T14:26:24Z")
    with rig.client() as client:
        DORAMetricsApi(client).create_dora_deployment(body=body)
    sent = rig.fake.requests_for("CreateDORADeployment")[0].json
    assert sent["data"]["attributes"]["started_at"] == 1693491974_000_000_000
    assert sent["data"]["attributes"]["finished_at"] == 1693491984_000_000_000
    assert_wire_valid("DORADeploymentRequest", sent)


def test_trigger_then_read_a_gate_evaluation(rig: Rig) -> None:
    rig.fake.add_gate(
        "checkout-api", "production", script=GateScript(verdict="pass", gate_id=GATE_ID)
    )
    with rig.client() as client:
        api = DeploymentGatesApi(client)
        started = api.trigger_deployment_gates_evaluation(
            body=DeploymentGatesEvaluationRequest.from_dict(gate_body())
        )
        eid = evaluation_id(started)
        result = api.get_deployment_gates_evaluation_result(id=UUID(eid))
    assert started.to_dict()["data"]["id"] == eid
    attributes = result.to_dict()["data"]["attributes"]
    assert (attributes["gate_status"], attributes["gate_id"]) == ("pass", GATE_ID)
    assert_wire_valid("DeploymentGatesEvaluationResultResponse", result.to_dict())


def test_sync_and_async_clients_give_the_same_results(rig: Rig) -> None:
    rig.fake.add_gate(
        "checkout-api",
        "production",
        script=GateScript(
            verdict="fail",
            gate_id=GATE_ID,
            rules=[RuleScript("monitors", "fail", reason="monitor alerting")],
        ),
    )
    with rig.client() as client:
        sync_sent = DORAMetricsApi(client).create_dora_deployment(
            body=deployment_body(id="deploy-sync-0000001")
        )
        sync_event = DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-sync-0000001")
        sync_eval = DeploymentGatesApi(client).trigger_deployment_gates_evaluation(body=gate_body())
        sync_result = DeploymentGatesApi(client).get_deployment_gates_evaluation_result(
            id=evaluation_id(sync_eval)
        )

    async def run() -> tuple[object, ...]:
        async with rig.async_client() as client:
            sent = await DORAMetricsApi(client).create_dora_deployment(
                body=deployment_body(id="deploy-sync-0000001")
            )
            event = await DORAMetricsApi(client).get_dora_deployment(
                deployment_id="deploy-sync-0000001"
            )
            evaluation = await DeploymentGatesApi(client).trigger_deployment_gates_evaluation(
                body=gate_body()
            )
            result = await DeploymentGatesApi(client).get_deployment_gates_evaluation_result(
                id=evaluation_id(evaluation)
            )
            return sent, event, evaluation, result

    async_sent, async_event, _, async_result = asyncio.run(run())
    assert async_sent.to_dict() == sync_sent.to_dict()  # type: ignore[attr-defined]
    assert async_event.to_dict() == sync_event.to_dict()  # type: ignore[attr-defined]
    sync_doc, async_doc = sync_result.to_dict(), async_result.to_dict()  # type: ignore[attr-defined]
    for doc in (sync_doc, async_doc):  # the evaluation IDs differ by design
        doc["data"].pop("id")
        for key in ("evaluation_id", "evaluation_url"):
            doc["data"]["attributes"].pop(key)
    assert async_doc == sync_doc
    assert [r.operation for r in rig.fake.requests[:4]] == [
        r.operation for r in rig.fake.requests[4:]
    ]


# --- keys and headers ----------------------------------------------------------------------


def test_each_operation_gets_exactly_the_keys_it_needs(rig: Rig) -> None:
    rig.fake.add_gate("checkout-api", "production")
    with rig.client() as client:
        DORAMetricsApi(client).create_dora_deployment(
            body=deployment_body(id="deploy-keys-00000001")
        )
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-keys-00000001")
        evaluation = DeploymentGatesApi(client).trigger_deployment_gates_evaluation(
            body=gate_body()
        )
        DeploymentGatesApi(client).get_deployment_gates_evaluation_result(
            id=evaluation_id(evaluation)
        )
    seen = {r.operation: r.headers for r in rig.fake.requests}
    assert seen["CreateDORADeployment"].get("DD-API-KEY") == API_KEY
    assert "DD-APPLICATION-KEY" not in seen["CreateDORADeployment"]
    for operation in (
        "GetDORADeployment",
        "TriggerDeploymentGatesEvaluation",
        "GetDeploymentGatesEvaluationResult",
    ):
        assert seen[operation].get("DD-API-KEY") == API_KEY
        assert seen[operation].get("DD-APPLICATION-KEY") == APP_KEY


def test_default_headers_and_connection_reuse(rig: Rig) -> None:
    with rig.client() as client:
        for _ in range(5):
            with pytest.raises(NotFoundException):
                DORAMetricsApi(client).get_dora_deployment(deployment_id="nope-nope-nope-nope")
    requests = rig.fake.requests
    assert {r.headers.get("Accept") for r in requests} == {"application/json"}
    assert {r.headers.get("User-Agent") for r in requests} == {USER_AGENT}
    assert USER_AGENT.startswith("datadog-deployments/")
    assert len({r.connection for r in requests}) == 1


def test_missing_key_is_refused_before_sending(rig: Rig) -> None:
    rig.configuration.app_key = None
    with rig.client() as client, pytest.raises(ConfigurationError, match="DD_APP_KEY"):
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-0001-checkout")
    assert rig.fake.requests == []


def test_wrong_key_is_forbidden_and_no_key_leaks(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    rig.configuration.api_key = "wrong-" + API_KEY
    with caplog.at_level(logging.DEBUG), rig.client() as client:
        with pytest.raises(ForbiddenException) as dora:
            DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-0001-checkout")
        with pytest.raises(ForbiddenException) as gates:
            DeploymentGatesApi(client).trigger_deployment_gates_evaluation(body=gate_body())
    for error in (dora.value, gates.value):
        assert error.status == 403 and error.errors
        for text in (
            str(error),
            repr(error),
            error.body,
            str(error.headers),
            caplog.text,
            repr(rig.configuration),
        ):
            assert API_KEY not in text and APP_KEY not in text


# --- every error status ----------------------------------------------------------------------


def test_400_carries_the_json_api_errors(rig: Rig) -> None:
    with rig.client() as client, pytest.raises(BadRequestException) as caught:
        DORAMetricsApi(client).create_dora_deployment(
            body=deployment_body(git={"commit_sha": "abc", "repository_url": "x"})
        )
    error = caught.value
    assert error.status == 400 and error.errors and error.parsed is not None
    assert "commit_sha" in error.body


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, UnauthorizedException),
        (403, ForbiddenException),
        (404, NotFoundException),
        (500, ServiceException),
        (503, ServiceException),
    ],
)
def test_each_error_status_raises_its_exception(
    rig: Rig, status: int, cls: type[Exception]
) -> None:
    rig.configuration.retry = rig.configuration.retry.__class__(max_attempts=1)
    rig.fake.inject(Fault.status(status), operation="GetDeploymentGatesEvaluationResult")
    with rig.client() as client, pytest.raises(cls) as caught:
        DeploymentGatesApi(client).get_deployment_gates_evaluation_result(
            id="5f0c2a94-0c1e-4f8e-9d51-3b1f6b0d7a21"
        )
    assert caught.value.status == status  # type: ignore[attr-defined]
    assert caught.value.errors  # type: ignore[attr-defined]


def test_429_exposes_rate_limit_numbers(rig: Rig) -> None:
    rig.configuration.retry = rig.configuration.retry.__class__(max_attempts=1)
    rig.fake.inject(Fault.rate_limit(limit=60, period=60, remaining=0, reset=17, name="dora"))
    with rig.client() as client, pytest.raises(TooManyRequestsException) as caught:
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-0001-checkout")
    limit = caught.value.rate_limit
    assert (limit.limit, limit.period, limit.remaining, limit.reset, limit.name) == (
        60,
        60,
        0,
        17.0,
        "dora",
    )


def test_error_body_that_is_not_json_still_raises_with_the_raw_body(rig: Rig) -> None:
    rig.configuration.retry = rig.configuration.retry.__class__(max_attempts=1)
    rig.fake.inject(Fault.status(502, body=b"<html>bad gateway</html>"))
    with rig.client() as client, pytest.raises(ServiceException) as caught:
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-0001-checkout")
    assert caught.value.body == "<html>bad gateway</html>" and caught.value.errors == []


def test_404_for_unknown_gate_and_unknown_evaluation(rig: Rig) -> None:
    with rig.client() as client:
        with pytest.raises(NotFoundException) as gate:
            DeploymentGatesApi(client).trigger_deployment_gates_evaluation(
                body=gate_body(service="nothing")
            )
        with pytest.raises(NotFoundException):
            DeploymentGatesApi(client).get_deployment_gates_evaluation_result(
                id="5f0c2a94-0c1e-4f8e-9d51-3b1f6b0d7a21"
            )
    assert gate.value.errors


# --- decoding what the live API may send ---------------------------------------------------------


def test_malformed_json_on_200_is_a_typed_error_with_the_raw_body(rig: Rig) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.malformed_json(), operation="GetDeploymentGatesEvaluationResult")
    with rig.client() as client:
        api = DeploymentGatesApi(client)
        evaluation = api.trigger_deployment_gates_evaluation(body=gate_body())
        with pytest.raises(ResponseDecodeError) as caught:
            api.get_deployment_gates_evaluation_result(id=evaluation_id(evaluation))
    assert caught.value.status == 200 and caught.value.body


def test_unknown_enum_values_and_extra_fields_stay_readable(rig: Rig) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(
        Fault.unknown_status("paused", target="both"),
        operation="GetDeploymentGatesEvaluationResult",
    )
    rig.fake.inject(
        Fault.extra_fields({"shiny_new_field": 7}), operation="GetDeploymentGatesEvaluationResult"
    )
    with rig.client() as client:
        api = DeploymentGatesApi(client)
        started = api.trigger_deployment_gates_evaluation(body=gate_body())
        eid = evaluation_id(started)
        paused = api.get_deployment_gates_evaluation_result(id=eid)
        extra = api.get_deployment_gates_evaluation_result(id=eid)
    assert GateVerdict.of(paused).status == "paused"
    assert GateVerdict.of(paused).rules[0].status == "paused"
    assert paused.to_dict()["data"]["attributes"]["gate_status"] == "paused"
    assert "shiny_new_field" in str(extra.to_dict())


# --- unstable operations and path safety ---------------------------------------------------


@pytest.mark.parametrize(
    "operation", ["trigger_deployment_gates_evaluation", "get_deployment_gates_evaluation_result"]
)
def test_disabled_preview_operation_sends_nothing(rig: Rig, operation: str) -> None:
    rig.configuration.unstable_operations[operation] = False
    with rig.client() as client, pytest.raises(UnstableOperationDisabledError, match=operation):
        api = DeploymentGatesApi(client)
        if operation.startswith("trigger"):
            api.trigger_deployment_gates_evaluation(body=gate_body())
        else:
            api.get_deployment_gates_evaluation_result(id="5f0c2a94-0c1e-4f8e-9d51-3b1f6b0d7a21")
    assert rig.fake.requests == []


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_path_values_that_would_move_the_path_are_refused(rig: Rig, value: str) -> None:
    with rig.client() as client, pytest.raises(InvalidParameterError):
        DORAMetricsApi(client).get_dora_deployment(deployment_id=value)
    assert rig.fake.requests == []


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("a/b", "a%2Fb"),
        ("../../v1/x", "..%2F..%2Fv1%2Fx"),
        ("id?x=1#f", "id%3Fx%3D1%23f"),
        ("é %", "%C3%A9%20%25"),
    ],
)
def test_other_path_values_are_percent_encoded(rig: Rig, value: str, encoded: str) -> None:
    with rig.client() as client, pytest.raises(NotFoundException):
        DORAMetricsApi(client).get_dora_deployment(deployment_id=value)
    assert rig.fake.requests[0].path == "/api/v2/dora/deployments/" + encoded


def test_generated_functions_stay_usable_on_their_own(rig: Rig) -> None:
    from datadog_deployments_api import AuthenticatedClient
    from datadog_deployments_api.api.dora_metrics import create_dora_deployment

    with AuthenticatedClient(
        base_url=rig.fake.url, token=API_KEY, prefix="", auth_header_name="DD-API-KEY"
    ) as client:
        answer = create_dora_deployment.sync(
            client=client, body=DORADeploymentRequest.from_dict(deployment_body())
        )
    assert answer is not None and len(answer.to_dict()["data"]["id"]) == 16
    assert COMMIT in rig.fake.requests[0].body.decode()


def test_a_success_status_the_spec_does_not_list_still_decodes(rig: Rig) -> None:
    rig.fake.add_gate("checkout-api", "production")
    rig.fake.inject(Fault.status(200), operation="TriggerDeploymentGatesEvaluation")
    rig.fake.inject(Fault.status(201), operation="GetDeploymentGatesEvaluationResult")
    with rig.client() as client:
        api = DeploymentGatesApi(client)
        started = api.trigger_deployment_gates_evaluation(body=gate_body())
        result = api.get_deployment_gates_evaluation_result(id=evaluation_id(started))
    assert GateVerdict.of(result).status == "pass"


def test_an_empty_success_body_is_a_decode_error(rig: Rig) -> None:
    rig.fake.inject(Fault.status(200, body=b""), operation="CreateDORADeployment")
    with rig.client() as client, pytest.raises(ResponseDecodeError):
        DORAMetricsApi(client).create_dora_deployment(body=deployment_body())


@pytest.mark.parametrize(("status", "error"), [(503, ServiceException), (200, ResponseDecodeError)])
def test_a_body_that_does_not_decompress_raises_what_its_status_means(
    rig: Rig, status: int, error: type[Exception]
) -> None:
    rig.configuration.retry = rig.configuration.retry.__class__(max_attempts=1)
    rig.fake.add_deployment(
        {"service": "s", "started_at": 1, "finished_at": 2}, "deploy-gzip-00000001"
    )
    fault = Fault.status(status, body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    rig.fake.inject(fault, operation="GetDORADeployment")
    with rig.client() as client, pytest.raises(error):
        DORAMetricsApi(client).get_dora_deployment(deployment_id="deploy-gzip-00000001")


def test_bad_times_in_a_deployment_body_are_an_invalid_parameter(rig: Rig) -> None:
    with rig.client() as client, pytest.raises(InvalidParameterError, match="started_at"):
        DORAMetricsApi(client).create_dora_deployment(body=deployment_body(started_at="whenever"))
    assert rig.fake.requests == []


def test_prepared_requests_do_not_show_keys(rig: Rig) -> None:
    from datadog_deployments.operations import prepare

    prepared = prepare(rig.configuration, "GetDORADeployment", {"deployment_id": "x"})
    assert prepared.headers["DD-API-KEY"] == API_KEY
    assert API_KEY not in repr(prepared) and APP_KEY not in repr(prepared)
