"""What openapi.yaml says about each operation. Written by tools/generate.py."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Operation:
    operation_id: str
    name: str  # snake case, as the generated module under api/ is named
    method: str
    path: str
    tag: str
    auth_headers: tuple[str, ...]  # the key headers the operation needs
    permissions: tuple[str, ...]
    unstable: str | None  # the preview note; None for a stable operation
    # x-idempotency-key: where a body carries a caller-chosen ID; () if none
    idempotency_key: tuple[str, ...]
    repeatable: bool  # x-repeatable: a write that is harmless to send twice
    request_schema: str | None  # the body's model name in models/
    responses: dict[int, str | None]  # status -> the body's model name in models/


SERVER_URL_TEMPLATE = "https://api.{site}"
DEFAULT_SITE = "datadoghq.com"
SITES: tuple[str, ...] = (
    "datadoghq.com",
    "us3.datadoghq.com",
    "us5.datadoghq.com",
    "datadoghq.eu",
    "ap1.datadoghq.com",
    "ap2.datadoghq.com",
    "ddog-gov.com",
    "us2.ddog-gov.com",
)
AUTH_HEADERS: dict[str, str] = {
    "apiKeyAuth": "DD-API-KEY",
    "appKeyAuth": "DD-APPLICATION-KEY",
}
OPERATIONS: dict[str, Operation] = {
    "TriggerDeploymentGatesEvaluation": Operation(
        operation_id="TriggerDeploymentGatesEvaluation",
        name="trigger_deployment_gates_evaluation",
        method="POST",
        path="/api/v2/deployments/gates/evaluation",
        tag="Deployment Gates",
        auth_headers=("DD-API-KEY", "DD-APPLICATION-KEY"),
        permissions=("deployment_gates_evaluate",),
        unstable="**Note**: This endpoint is in preview and may be subject to change. If you have any feedback, contact [Datadog support](https://docs.datadoghq.com/help/).",
        idempotency_key=(),
        repeatable=True,
        request_schema="DeploymentGatesEvaluationRequest",
        responses={
            202: "DeploymentGatesEvaluationResponse",
            400: "DeploymentGatesErrorResponse",
            401: "APIErrorResponse",
            403: "APIErrorResponse",
            404: "DeploymentGatesErrorResponse",
            429: "APIErrorResponse",
            500: "DeploymentGatesErrorResponse",
        },
    ),
    "GetDeploymentGatesEvaluationResult": Operation(
        operation_id="GetDeploymentGatesEvaluationResult",
        name="get_deployment_gates_evaluation_result",
        method="GET",
        path="/api/v2/deployments/gates/evaluation/{id}",
        tag="Deployment Gates",
        auth_headers=("DD-API-KEY", "DD-APPLICATION-KEY"),
        permissions=("deployment_gates_evaluate",),
        unstable="**Note**: This endpoint is in preview and may be subject to change. If you have any feedback, contact [Datadog support](https://docs.datadoghq.com/help/).",
        idempotency_key=(),
        repeatable=False,
        request_schema=None,
        responses={
            200: "DeploymentGatesEvaluationResultResponse",
            400: "DeploymentGatesErrorResponse",
            401: "APIErrorResponse",
            403: "APIErrorResponse",
            404: "DeploymentGatesErrorResponse",
            429: "APIErrorResponse",
            500: "DeploymentGatesErrorResponse",
        },
    ),
    "CreateDORADeployment": Operation(
        operation_id="CreateDORADeployment",
        name="create_dora_deployment",
        method="POST",
        path="/api/v2/dora/deployment",
        tag="DORA Metrics",
        auth_headers=("DD-API-KEY",),
        permissions=(),
        unstable=None,
        idempotency_key=("data", "attributes", "id"),
        repeatable=False,
        request_schema="DORADeploymentRequest",
        responses={
            200: "DORADeploymentResponse",
            202: "DORADeploymentResponse",
            400: "JSONAPIErrorResponse",
            403: "APIErrorResponse",
            429: "APIErrorResponse",
        },
    ),
    "GetDORADeployment": Operation(
        operation_id="GetDORADeployment",
        name="get_dora_deployment",
        method="GET",
        path="/api/v2/dora/deployments/{deployment_id}",
        tag="DORA Metrics",
        auth_headers=("DD-API-KEY", "DD-APPLICATION-KEY"),
        permissions=("dora_metrics_read",),
        unstable=None,
        idempotency_key=(),
        repeatable=False,
        request_schema=None,
        responses={
            200: "DORADeploymentFetchResponse",
            400: "JSONAPIErrorResponse",
            403: "APIErrorResponse",
            429: "APIErrorResponse",
        },
    ),
}
