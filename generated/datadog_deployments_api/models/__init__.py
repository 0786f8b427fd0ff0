"""Contains all the data models used in inputs/outputs

Each model's module loads on first use of its name (PEP 562), so a program pays only for the
models its calls decode. (Template override: tools/templates/models_init.py.jinja.)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_response import APIErrorResponse
    from .create_deployment_gate_params import CreateDeploymentGateParams
    from .create_deployment_gate_params_data import CreateDeploymentGateParamsData
    from .create_deployment_gate_params_data_attributes import (
        CreateDeploymentGateParamsDataAttributes,
    )
    from .create_deployment_rule_params import CreateDeploymentRuleParams
    from .create_deployment_rule_params_data import CreateDeploymentRuleParamsData
    from .create_deployment_rule_params_data_attributes import (
        CreateDeploymentRuleParamsDataAttributes,
    )
    from .deployment_gate_data_type import DeploymentGateDataType
    from .deployment_gate_evaluation import DeploymentGateEvaluation
    from .deployment_gate_evaluation_attributes import (
        DeploymentGateEvaluationAttributes,
    )
    from .deployment_gate_evaluation_type import DeploymentGateEvaluationType
    from .deployment_gate_evaluations_list_response import (
        DeploymentGateEvaluationsListResponse,
    )
    from .deployment_gate_response import DeploymentGateResponse
    from .deployment_gate_response_data import DeploymentGateResponseData
    from .deployment_gate_response_data_attributes import (
        DeploymentGateResponseDataAttributes,
    )
    from .deployment_gate_rule_evaluation_type import DeploymentGateRuleEvaluationType
    from .deployment_gate_rule_response import DeploymentGateRuleResponse
    from .deployment_gate_rules_response import DeploymentGateRulesResponse
    from .deployment_gate_rules_status import DeploymentGateRulesStatus
    from .deployment_gates_cursor_meta import DeploymentGatesCursorMeta
    from .deployment_gates_cursor_meta_page import DeploymentGatesCursorMetaPage
    from .deployment_gates_error import DeploymentGatesError
    from .deployment_gates_error_response import DeploymentGatesErrorResponse
    from .deployment_gates_evaluation_configuration import (
        DeploymentGatesEvaluationConfiguration,
    )
    from .deployment_gates_evaluation_request import DeploymentGatesEvaluationRequest
    from .deployment_gates_evaluation_request_attributes import (
        DeploymentGatesEvaluationRequestAttributes,
    )
    from .deployment_gates_evaluation_request_data import (
        DeploymentGatesEvaluationRequestData,
    )
    from .deployment_gates_evaluation_request_type import (
        DeploymentGatesEvaluationRequestType,
    )
    from .deployment_gates_evaluation_response import DeploymentGatesEvaluationResponse
    from .deployment_gates_evaluation_response_attributes import (
        DeploymentGatesEvaluationResponseAttributes,
    )
    from .deployment_gates_evaluation_response_data import (
        DeploymentGatesEvaluationResponseData,
    )
    from .deployment_gates_evaluation_response_type import (
        DeploymentGatesEvaluationResponseType,
    )
    from .deployment_gates_evaluation_result_response import (
        DeploymentGatesEvaluationResultResponse,
    )
    from .deployment_gates_evaluation_result_response_attributes import (
        DeploymentGatesEvaluationResultResponseAttributes,
    )
    from .deployment_gates_evaluation_result_response_data import (
        DeploymentGatesEvaluationResultResponseData,
    )
    from .deployment_gates_evaluation_result_response_type import (
        DeploymentGatesEvaluationResultResponseType,
    )
    from .deployment_gates_faulty_deployment_detection_rule import (
        DeploymentGatesFaultyDeploymentDetectionRule,
    )
    from .deployment_gates_faulty_deployment_detection_rule_options import (
        DeploymentGatesFaultyDeploymentDetectionRuleOptions,
    )
    from .deployment_gates_faulty_deployment_detection_rule_type import (
        DeploymentGatesFaultyDeploymentDetectionRuleType,
    )
    from .deployment_gates_list_response import DeploymentGatesListResponse
    from .deployment_gates_list_response_meta import DeploymentGatesListResponseMeta
    from .deployment_gates_list_response_meta_page import (
        DeploymentGatesListResponseMetaPage,
    )
    from .deployment_gates_monitor_rule import DeploymentGatesMonitorRule
    from .deployment_gates_monitor_rule_options import DeploymentGatesMonitorRuleOptions
    from .deployment_gates_monitor_rule_type import DeploymentGatesMonitorRuleType
    from .deployment_gates_user import DeploymentGatesUser
    from .deployment_rule_data_type import DeploymentRuleDataType
    from .deployment_rule_evaluation import DeploymentRuleEvaluation
    from .deployment_rule_evaluation_attributes import (
        DeploymentRuleEvaluationAttributes,
    )
    from .deployment_rule_evaluation_configuration import (
        DeploymentRuleEvaluationConfiguration,
    )
    from .deployment_rule_evaluation_data_type import DeploymentRuleEvaluationDataType
    from .deployment_rule_evaluation_failed_monitor import (
        DeploymentRuleEvaluationFailedMonitor,
    )
    from .deployment_rule_evaluation_failures import DeploymentRuleEvaluationFailures
    from .deployment_rule_evaluation_narrative import DeploymentRuleEvaluationNarrative
    from .deployment_rule_evaluations_list_response import (
        DeploymentRuleEvaluationsListResponse,
    )
    from .deployment_rule_monitor_ref import DeploymentRuleMonitorRef
    from .deployment_rule_options_faulty_deployment_detection import (
        DeploymentRuleOptionsFaultyDeploymentDetection,
    )
    from .deployment_rule_options_monitor import DeploymentRuleOptionsMonitor
    from .deployment_rule_options_specific_monitor import (
        DeploymentRuleOptionsSpecificMonitor,
    )
    from .deployment_rule_response import DeploymentRuleResponse
    from .deployment_rule_response_data import DeploymentRuleResponseData
    from .deployment_rule_response_data_attributes import (
        DeploymentRuleResponseDataAttributes,
    )
    from .deployment_rule_response_data_attributes_type import (
        DeploymentRuleResponseDataAttributesType,
    )
    from .dora_deployment_fetch_git import DORADeploymentFetchGit
    from .dora_deployment_fetch_response import DORADeploymentFetchResponse
    from .dora_deployment_object import DORADeploymentObject
    from .dora_deployment_object_attributes import DORADeploymentObjectAttributes
    from .dora_deployment_patch_by_version_request import (
        DORADeploymentPatchByVersionRequest,
    )
    from .dora_deployment_patch_by_version_request_attributes import (
        DORADeploymentPatchByVersionRequestAttributes,
    )
    from .dora_deployment_patch_by_version_request_data import (
        DORADeploymentPatchByVersionRequestData,
    )
    from .dora_deployment_patch_remediation import DORADeploymentPatchRemediation
    from .dora_deployment_patch_request import DORADeploymentPatchRequest
    from .dora_deployment_patch_request_attributes import (
        DORADeploymentPatchRequestAttributes,
    )
    from .dora_deployment_patch_request_data import DORADeploymentPatchRequestData
    from .dora_deployment_patch_request_data_type import (
        DORADeploymentPatchRequestDataType,
    )
    from .dora_deployment_request import DORADeploymentRequest
    from .dora_deployment_request_attributes import DORADeploymentRequestAttributes
    from .dora_deployment_request_data import DORADeploymentRequestData
    from .dora_deployment_response import DORADeploymentResponse
    from .dora_deployment_response_data import DORADeploymentResponseData
    from .dora_deployment_type import DORADeploymentType
    from .dora_deployments_list_response import DORADeploymentsListResponse
    from .dora_failure_fetch_response import DORAFailureFetchResponse
    from .dora_failure_request import DORAFailureRequest
    from .dora_failure_request_attributes import DORAFailureRequestAttributes
    from .dora_failure_request_data import DORAFailureRequestData
    from .dora_failure_response import DORAFailureResponse
    from .dora_failure_response_data import DORAFailureResponseData
    from .dora_failure_type import DORAFailureType
    from .dora_failures_list_response import DORAFailuresListResponse
    from .dora_git_info import DORAGitInfo
    from .dora_incident_object import DORAIncidentObject
    from .dora_incident_object_attributes import DORAIncidentObjectAttributes
    from .dora_list_deployments_request import DORAListDeploymentsRequest
    from .dora_list_deployments_request_data import DORAListDeploymentsRequestData
    from .dora_list_deployments_request_data_type import (
        DORAListDeploymentsRequestDataType,
    )
    from .dora_list_failures_request import DORAListFailuresRequest
    from .dora_list_failures_request_data import DORAListFailuresRequestData
    from .dora_list_failures_request_data_type import DORAListFailuresRequestDataType
    from .dora_list_request_attributes import DORAListRequestAttributes
    from .dora_remediation_by_id import DORARemediationByID
    from .dora_remediation_by_version import DORARemediationByVersion
    from .dora_remediation_type import DORARemediationType
    from .jsonapi_error_item import JSONAPIErrorItem
    from .jsonapi_error_item_meta import JSONAPIErrorItemMeta
    from .jsonapi_error_item_source import JSONAPIErrorItemSource
    from .jsonapi_error_response import JSONAPIErrorResponse
    from .list_deployment_rule_response_data import ListDeploymentRuleResponseData
    from .list_deployment_rules_data_type import ListDeploymentRulesDataType
    from .list_deployment_rules_response_data_attributes import (
        ListDeploymentRulesResponseDataAttributes,
    )
    from .update_deployment_gate_params import UpdateDeploymentGateParams
    from .update_deployment_gate_params_data import UpdateDeploymentGateParamsData
    from .update_deployment_gate_params_data_attributes import (
        UpdateDeploymentGateParamsDataAttributes,
    )
    from .update_deployment_rule_params import UpdateDeploymentRuleParams
    from .update_deployment_rule_params_data import UpdateDeploymentRuleParamsData
    from .update_deployment_rule_params_data_attributes import (
        UpdateDeploymentRuleParamsDataAttributes,
    )

_MODULES = {
    "APIErrorResponse": ".api_error_response",
    "CreateDeploymentGateParams": ".create_deployment_gate_params",
    "CreateDeploymentGateParamsData": ".create_deployment_gate_params_data",
    "CreateDeploymentGateParamsDataAttributes": ".create_deployment_gate_params_data_attributes",
    "CreateDeploymentRuleParams": ".create_deployment_rule_params",
    "CreateDeploymentRuleParamsData": ".create_deployment_rule_params_data",
    "CreateDeploymentRuleParamsDataAttributes": ".create_deployment_rule_params_data_attributes",
    "DeploymentGateDataType": ".deployment_gate_data_type",
    "DeploymentGateEvaluation": ".deployment_gate_evaluation",
    "DeploymentGateEvaluationAttributes": ".deployment_gate_evaluation_attributes",
    "DeploymentGateEvaluationType": ".deployment_gate_evaluation_type",
    "DeploymentGateEvaluationsListResponse": ".deployment_gate_evaluations_list_response",
    "DeploymentGateResponse": ".deployment_gate_response",
    "DeploymentGateResponseData": ".deployment_gate_response_data",
    "DeploymentGateResponseDataAttributes": ".deployment_gate_response_data_attributes",
    "DeploymentGateRuleEvaluationType": ".deployment_gate_rule_evaluation_type",
    "DeploymentGateRuleResponse": ".deployment_gate_rule_response",
    "DeploymentGateRulesResponse": ".deployment_gate_rules_response",
    "DeploymentGateRulesStatus": ".deployment_gate_rules_status",
    "DeploymentGatesCursorMeta": ".deployment_gates_cursor_meta",
    "DeploymentGatesCursorMetaPage": ".deployment_gates_cursor_meta_page",
    "DeploymentGatesError": ".deployment_gates_error",
    "DeploymentGatesErrorResponse": ".deployment_gates_error_response",
    "DeploymentGatesEvaluationConfiguration": ".deployment_gates_evaluation_configuration",
    "DeploymentGatesEvaluationRequest": ".deployment_gates_evaluation_request",
    "DeploymentGatesEvaluationRequestAttributes": ".deployment_gates_evaluation_request_attributes",
    "DeploymentGatesEvaluationRequestData": ".deployment_gates_evaluation_request_data",
    "DeploymentGatesEvaluationRequestType": ".deployment_gates_evaluation_request_type",
    "DeploymentGatesEvaluationResponse": ".deployment_gates_evaluation_response",
    "DeploymentGatesEvaluationResponseAttributes": ".deployment_gates_evaluation_response_attributes",
    "DeploymentGatesEvaluationResponseData": ".deployment_gates_evaluation_response_data",
    "DeploymentGatesEvaluationResponseType": ".deployment_gates_evaluation_response_type",
    "DeploymentGatesEvaluationResultResponse": ".deployment_gates_evaluation_result_response",
    "DeploymentGatesEvaluationResultResponseAttributes": ".deployment_gates_evaluation_result_response_attributes",
    "DeploymentGatesEvaluationResultResponseData": ".deployment_gates_evaluation_result_response_data",
    "DeploymentGatesEvaluationResultResponseType": ".deployment_gates_evaluation_result_response_type",
    "DeploymentGatesFaultyDeploymentDetectionRule": ".deployment_gates_faulty_deployment_detection_rule",
    "DeploymentGatesFaultyDeploymentDetectionRuleOptions": ".deployment_gates_faulty_deployment_detection_rule_options",
    "DeploymentGatesFaultyDeploymentDetectionRuleType": ".deployment_gates_faulty_deployment_detection_rule_type",
    "DeploymentGatesListResponse": ".deployment_gates_list_response",
    "DeploymentGatesListResponseMeta": ".deployment_gates_list_response_meta",
    "DeploymentGatesListResponseMetaPage": ".deployment_gates_list_response_meta_page",
    "DeploymentGatesMonitorRule": ".deployment_gates_monitor_rule",
    "DeploymentGatesMonitorRuleOptions": ".deployment_gates_monitor_rule_options",
    "DeploymentGatesMonitorRuleType": ".deployment_gates_monitor_rule_type",
    "DeploymentGatesUser": ".deployment_gates_user",
    "DeploymentRuleDataType": ".deployment_rule_data_type",
    "DeploymentRuleEvaluation": ".deployment_rule_evaluation",
    "DeploymentRuleEvaluationAttributes": ".deployment_rule_evaluation_attributes",
    "DeploymentRuleEvaluationConfiguration": ".deployment_rule_evaluation_configuration",
    "DeploymentRuleEvaluationDataType": ".deployment_rule_evaluation_data_type",
    "DeploymentRuleEvaluationFailedMonitor": ".deployment_rule_evaluation_failed_monitor",
    "DeploymentRuleEvaluationFailures": ".deployment_rule_evaluation_failures",
    "DeploymentRuleEvaluationNarrative": ".deployment_rule_evaluation_narrative",
    "DeploymentRuleEvaluationsListResponse": ".deployment_rule_evaluations_list_response",
    "DeploymentRuleMonitorRef": ".deployment_rule_monitor_ref",
    "DeploymentRuleOptionsFaultyDeploymentDetection": ".deployment_rule_options_faulty_deployment_detection",
    "DeploymentRuleOptionsMonitor": ".deployment_rule_options_monitor",
    "DeploymentRuleOptionsSpecificMonitor": ".deployment_rule_options_specific_monitor",
    "DeploymentRuleResponse": ".deployment_rule_response",
    "DeploymentRuleResponseData": ".deployment_rule_response_data",
    "DeploymentRuleResponseDataAttributes": ".deployment_rule_response_data_attributes",
    "DeploymentRuleResponseDataAttributesType": ".deployment_rule_response_data_attributes_type",
    "DORADeploymentFetchGit": ".dora_deployment_fetch_git",
    "DORADeploymentFetchResponse": ".dora_deployment_fetch_response",
    "DORADeploymentObject": ".dora_deployment_object",
    "DORADeploymentObjectAttributes": ".dora_deployment_object_attributes",
    "DORADeploymentPatchByVersionRequest": ".dora_deployment_patch_by_version_request",
    "DORADeploymentPatchByVersionRequestAttributes": ".dora_deployment_patch_by_version_request_attributes",
    "DORADeploymentPatchByVersionRequestData": ".dora_deployment_patch_by_version_request_data",
    "DORADeploymentPatchRemediation": ".dora_deployment_patch_remediation",
    "DORADeploymentPatchRequest": ".dora_deployment_patch_request",
    "DORADeploymentPatchRequestAttributes": ".dora_deployment_patch_request_attributes",
    "DORADeploymentPatchRequestData": ".dora_deployment_patch_request_data",
    "DORADeploymentPatchRequestDataType": ".dora_deployment_patch_request_data_type",
    "DORADeploymentRequest": ".dora_deployment_request",
    "DORADeploymentRequestAttributes": ".dora_deployment_request_attributes",
    "DORADeploymentRequestData": ".dora_deployment_request_data",
    "DORADeploymentResponse": ".dora_deployment_response",
    "DORADeploymentResponseData": ".dora_deployment_response_data",
    "DORADeploymentType": ".dora_deployment_type",
    "DORADeploymentsListResponse": ".dora_deployments_list_response",
    "DORAFailureFetchResponse": ".dora_failure_fetch_response",
    "DORAFailureRequest": ".dora_failure_request",
    "DORAFailureRequestAttributes": ".dora_failure_request_attributes",
    "DORAFailureRequestData": ".dora_failure_request_data",
    "DORAFailureResponse": ".dora_failure_response",
    "DORAFailureResponseData": ".dora_failure_response_data",
    "DORAFailureType": ".dora_failure_type",
    "DORAFailuresListResponse": ".dora_failures_list_response",
    "DORAGitInfo": ".dora_git_info",
    "DORAIncidentObject": ".dora_incident_object",
    "DORAIncidentObjectAttributes": ".dora_incident_object_attributes",
    "DORAListDeploymentsRequest": ".dora_list_deployments_request",
    "DORAListDeploymentsRequestData": ".dora_list_deployments_request_data",
    "DORAListDeploymentsRequestDataType": ".dora_list_deployments_request_data_type",
    "DORAListFailuresRequest": ".dora_list_failures_request",
    "DORAListFailuresRequestData": ".dora_list_failures_request_data",
    "DORAListFailuresRequestDataType": ".dora_list_failures_request_data_type",
    "DORAListRequestAttributes": ".dora_list_request_attributes",
    "DORARemediationByID": ".dora_remediation_by_id",
    "DORARemediationByVersion": ".dora_remediation_by_version",
    "DORARemediationType": ".dora_remediation_type",
    "JSONAPIErrorItem": ".jsonapi_error_item",
    "JSONAPIErrorItemMeta": ".jsonapi_error_item_meta",
    "JSONAPIErrorItemSource": ".jsonapi_error_item_source",
    "JSONAPIErrorResponse": ".jsonapi_error_response",
    "ListDeploymentRuleResponseData": ".list_deployment_rule_response_data",
    "ListDeploymentRulesDataType": ".list_deployment_rules_data_type",
    "ListDeploymentRulesResponseDataAttributes": ".list_deployment_rules_response_data_attributes",
    "UpdateDeploymentGateParams": ".update_deployment_gate_params",
    "UpdateDeploymentGateParamsData": ".update_deployment_gate_params_data",
    "UpdateDeploymentGateParamsDataAttributes": ".update_deployment_gate_params_data_attributes",
    "UpdateDeploymentRuleParams": ".update_deployment_rule_params",
    "UpdateDeploymentRuleParamsData": ".update_deployment_rule_params_data",
    "UpdateDeploymentRuleParamsDataAttributes": ".update_deployment_rule_params_data_attributes",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "APIErrorResponse",
    "CreateDeploymentGateParams",
    "CreateDeploymentGateParamsData",
    "CreateDeploymentGateParamsDataAttributes",
    "CreateDeploymentRuleParams",
    "CreateDeploymentRuleParamsData",
    "CreateDeploymentRuleParamsDataAttributes",
    "DeploymentGateDataType",
    "DeploymentGateEvaluation",
    "DeploymentGateEvaluationAttributes",
    "DeploymentGateEvaluationsListResponse",
    "DeploymentGateEvaluationType",
    "DeploymentGateResponse",
    "DeploymentGateResponseData",
    "DeploymentGateResponseDataAttributes",
    "DeploymentGateRuleEvaluationType",
    "DeploymentGateRuleResponse",
    "DeploymentGateRulesResponse",
    "DeploymentGateRulesStatus",
    "DeploymentGatesCursorMeta",
    "DeploymentGatesCursorMetaPage",
    "DeploymentGatesError",
    "DeploymentGatesErrorResponse",
    "DeploymentGatesEvaluationConfiguration",
    "DeploymentGatesEvaluationRequest",
    "DeploymentGatesEvaluationRequestAttributes",
    "DeploymentGatesEvaluationRequestData",
    "DeploymentGatesEvaluationRequestType",
    "DeploymentGatesEvaluationResponse",
    "DeploymentGatesEvaluationResponseAttributes",
    "DeploymentGatesEvaluationResponseData",
    "DeploymentGatesEvaluationResponseType",
    "DeploymentGatesEvaluationResultResponse",
    "DeploymentGatesEvaluationResultResponseAttributes",
    "DeploymentGatesEvaluationResultResponseData",
    "DeploymentGatesEvaluationResultResponseType",
    "DeploymentGatesFaultyDeploymentDetectionRule",
    "DeploymentGatesFaultyDeploymentDetectionRuleOptions",
    "DeploymentGatesFaultyDeploymentDetectionRuleType",
    "DeploymentGatesListResponse",
    "DeploymentGatesListResponseMeta",
    "DeploymentGatesListResponseMetaPage",
    "DeploymentGatesMonitorRule",
    "DeploymentGatesMonitorRuleOptions",
    "DeploymentGatesMonitorRuleType",
    "DeploymentGatesUser",
    "DeploymentRuleDataType",
    "DeploymentRuleEvaluation",
    "DeploymentRuleEvaluationAttributes",
    "DeploymentRuleEvaluationConfiguration",
    "DeploymentRuleEvaluationDataType",
    "DeploymentRuleEvaluationFailedMonitor",
    "DeploymentRuleEvaluationFailures",
    "DeploymentRuleEvaluationNarrative",
    "DeploymentRuleEvaluationsListResponse",
    "DeploymentRuleMonitorRef",
    "DeploymentRuleOptionsFaultyDeploymentDetection",
    "DeploymentRuleOptionsMonitor",
    "DeploymentRuleOptionsSpecificMonitor",
    "DeploymentRuleResponse",
    "DeploymentRuleResponseData",
    "DeploymentRuleResponseDataAttributes",
    "DeploymentRuleResponseDataAttributesType",
    "DORADeploymentFetchGit",
    "DORADeploymentFetchResponse",
    "DORADeploymentObject",
    "DORADeploymentObjectAttributes",
    "DORADeploymentPatchByVersionRequest",
    "DORADeploymentPatchByVersionRequestAttributes",
    "DORADeploymentPatchByVersionRequestData",
    "DORADeploymentPatchRemediation",
    "DORADeploymentPatchRequest",
    "DORADeploymentPatchRequestAttributes",
    "DORADeploymentPatchRequestData",
    "DORADeploymentPatchRequestDataType",
    "DORADeploymentRequest",
    "DORADeploymentRequestAttributes",
    "DORADeploymentRequestData",
    "DORADeploymentResponse",
    "DORADeploymentResponseData",
    "DORADeploymentsListResponse",
    "DORADeploymentType",
    "DORAFailureFetchResponse",
    "DORAFailureRequest",
    "DORAFailureRequestAttributes",
    "DORAFailureRequestData",
    "DORAFailureResponse",
    "DORAFailureResponseData",
    "DORAFailuresListResponse",
    "DORAFailureType",
    "DORAGitInfo",
    "DORAIncidentObject",
    "DORAIncidentObjectAttributes",
    "DORAListDeploymentsRequest",
    "DORAListDeploymentsRequestData",
    "DORAListDeploymentsRequestDataType",
    "DORAListFailuresRequest",
    "DORAListFailuresRequestData",
    "DORAListFailuresRequestDataType",
    "DORAListRequestAttributes",
    "DORARemediationByID",
    "DORARemediationByVersion",
    "DORARemediationType",
    "JSONAPIErrorItem",
    "JSONAPIErrorItemMeta",
    "JSONAPIErrorItemSource",
    "JSONAPIErrorResponse",
    "ListDeploymentRuleResponseData",
    "ListDeploymentRulesDataType",
    "ListDeploymentRulesResponseDataAttributes",
    "UpdateDeploymentGateParams",
    "UpdateDeploymentGateParamsData",
    "UpdateDeploymentGateParamsDataAttributes",
    "UpdateDeploymentRuleParams",
    "UpdateDeploymentRuleParamsData",
    "UpdateDeploymentRuleParamsDataAttributes",
)
