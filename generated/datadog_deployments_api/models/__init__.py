"""Contains all the data models used in inputs/outputs

Each model's module loads on first use of its name (PEP 562), so a program pays only for the
models its calls decode. (Template override: tools/templates/models_init.py.jinja.)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_response import APIErrorResponse
    from .deployment_gate_rule_response import DeploymentGateRuleResponse
    from .deployment_gate_rules_status import DeploymentGateRulesStatus
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
    from .deployment_gates_monitor_rule import DeploymentGatesMonitorRule
    from .deployment_gates_monitor_rule_options import DeploymentGatesMonitorRuleOptions
    from .deployment_gates_monitor_rule_type import DeploymentGatesMonitorRuleType
    from .dora_deployment_fetch_git import DORADeploymentFetchGit
    from .dora_deployment_fetch_response import DORADeploymentFetchResponse
    from .dora_deployment_object import DORADeploymentObject
    from .dora_deployment_object_attributes import DORADeploymentObjectAttributes
    from .dora_deployment_request import DORADeploymentRequest
    from .dora_deployment_request_attributes import DORADeploymentRequestAttributes
    from .dora_deployment_request_data import DORADeploymentRequestData
    from .dora_deployment_response import DORADeploymentResponse
    from .dora_deployment_response_data import DORADeploymentResponseData
    from .dora_deployment_type import DORADeploymentType
    from .dora_git_info import DORAGitInfo
    from .jsonapi_error_item import JSONAPIErrorItem
    from .jsonapi_error_item_meta import JSONAPIErrorItemMeta
    from .jsonapi_error_item_source import JSONAPIErrorItemSource
    from .jsonapi_error_response import JSONAPIErrorResponse

_MODULES = {
    "APIErrorResponse": ".api_error_response",
    "DeploymentGateRuleResponse": ".deployment_gate_rule_response",
    "DeploymentGateRulesStatus": ".deployment_gate_rules_status",
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
    "DeploymentGatesMonitorRule": ".deployment_gates_monitor_rule",
    "DeploymentGatesMonitorRuleOptions": ".deployment_gates_monitor_rule_options",
    "DeploymentGatesMonitorRuleType": ".deployment_gates_monitor_rule_type",
    "DORADeploymentFetchGit": ".dora_deployment_fetch_git",
    "DORADeploymentFetchResponse": ".dora_deployment_fetch_response",
    "DORADeploymentObject": ".dora_deployment_object",
    "DORADeploymentObjectAttributes": ".dora_deployment_object_attributes",
    "DORADeploymentRequest": ".dora_deployment_request",
    "DORADeploymentRequestAttributes": ".dora_deployment_request_attributes",
    "DORADeploymentRequestData": ".dora_deployment_request_data",
    "DORADeploymentResponse": ".dora_deployment_response",
    "DORADeploymentResponseData": ".dora_deployment_response_data",
    "DORADeploymentType": ".dora_deployment_type",
    "DORAGitInfo": ".dora_git_info",
    "JSONAPIErrorItem": ".jsonapi_error_item",
    "JSONAPIErrorItemMeta": ".jsonapi_error_item_meta",
    "JSONAPIErrorItemSource": ".jsonapi_error_item_source",
    "JSONAPIErrorResponse": ".jsonapi_error_response",
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
    "DeploymentGateRuleResponse",
    "DeploymentGateRulesStatus",
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
    "DeploymentGatesMonitorRule",
    "DeploymentGatesMonitorRuleOptions",
    "DeploymentGatesMonitorRuleType",
    "DORADeploymentFetchGit",
    "DORADeploymentFetchResponse",
    "DORADeploymentObject",
    "DORADeploymentObjectAttributes",
    "DORADeploymentRequest",
    "DORADeploymentRequestAttributes",
    "DORADeploymentRequestData",
    "DORADeploymentResponse",
    "DORADeploymentResponseData",
    "DORADeploymentType",
    "DORAGitInfo",
    "JSONAPIErrorItem",
    "JSONAPIErrorItemMeta",
    "JSONAPIErrorItemSource",
    "JSONAPIErrorResponse",
)
