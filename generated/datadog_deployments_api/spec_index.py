"""What openapi.yaml says about each operation. Written by tools/generate.py."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Pagination:
    """x-pagination: how the list's pages chain (datadog_deployments.paging reads it)."""

    kind: str  # "cursor": follow a cursor; "window": move a time window
    results_path: tuple[str, ...]  # the items, in a page
    limit_param: str | None  # query name, or "body.<path>" into the request body
    limit_max: int | None  # the largest page size the spec allows
    cursor_param: str | None  # query name of the cursor
    cursor_path: tuple[str, ...]  # the next cursor, in a page
    window_from_param: str | None  # "body.<path>" of the window's start
    window_to_param: str | None  # "body.<path>" of the window's end
    window_sort_param: str | None  # "body.<path>" of the sort order
    window_sort: str | None  # the order the window moves in (newest first)
    window_time_path: tuple[str, ...]  # the item's time that moves the window


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
    request_schema: str | None  # the body's model name in models/
    responses: dict[int, str | None]  # status -> the body's model name in models/
    summary: str  # one line, from the spec
    deprecated: bool
    # Each alternative: the headers it sends ("Authorization" is an OAuth bearer token).
    security: tuple[tuple[str, ...], ...]
    idempotency_key: tuple[
        str, ...
    ]  # x-idempotency-key as a path into the body; () if none
    repeatable: bool  # x-repeatable: a write that is harmless to repeat
    path_parameters: dict[str, str]  # Python name -> name in the path template
    query_parameters: dict[
        str, str
    ]  # Python name -> wire name (filter_env -> filter[env])
    query_comma_separated: tuple[
        str, ...
    ]  # array query parameters sent as a,b (explode: false)
    pagination: Pagination | None


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
        summary="Trigger a deployment gate evaluation",
        deprecated=False,
        security=(("DD-API-KEY", "DD-APPLICATION-KEY"),),
        idempotency_key=(),
        repeatable=False,
        path_parameters={},
        query_parameters={},
        query_comma_separated=(),
        pagination=None,
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
        summary="Get a deployment gate evaluation result",
        deprecated=False,
        security=(("DD-API-KEY", "DD-APPLICATION-KEY"),),
        idempotency_key=(),
        repeatable=False,
        path_parameters={"id": "id"},
        query_parameters={},
        query_comma_separated=(),
        pagination=None,
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
        request_schema="DORADeploymentRequest",
        responses={
            200: "DORADeploymentResponse",
            202: "DORADeploymentResponse",
            400: "JSONAPIErrorResponse",
            403: "APIErrorResponse",
            429: "APIErrorResponse",
        },
        summary="Send a deployment event",
        deprecated=False,
        security=(("DD-API-KEY",),),
        idempotency_key=(),
        repeatable=False,
        path_parameters={},
        query_parameters={},
        query_comma_separated=(),
        pagination=None,
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
        request_schema=None,
        responses={
            200: "DORADeploymentFetchResponse",
            400: "JSONAPIErrorResponse",
            403: "APIErrorResponse",
            429: "APIErrorResponse",
        },
        summary="Get a deployment event",
        deprecated=False,
        security=(("DD-API-KEY", "DD-APPLICATION-KEY"),),
        idempotency_key=(),
        repeatable=False,
        path_parameters={"deployment_id": "deployment_id"},
        query_parameters={},
        query_comma_separated=(),
        pagination=None,
    ),
}
