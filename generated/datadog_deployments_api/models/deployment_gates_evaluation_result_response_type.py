from enum import Enum


class DeploymentGatesEvaluationResultResponseType(str, Enum):
    DEPLOYMENT_GATES_EVALUATION_RESULT_RESPONSE = (
        "deployment_gates_evaluation_result_response"
    )

    def __str__(self) -> str:
        return str(self.value)
