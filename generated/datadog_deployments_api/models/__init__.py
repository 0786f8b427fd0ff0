"""Contains all the data models used in inputs/outputs"""

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
