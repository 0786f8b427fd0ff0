from enum import Enum


class DeploymentGatesEvaluationResponseType(str, Enum):
    DEPLOYMENT_GATES_EVALUATION_RESPONSE = "deployment_gates_evaluation_response"

    def __str__(self) -> str:
        return str(self.value)
