from enum import Enum


class DeploymentGatesEvaluationRequestType(str, Enum):
    DEPLOYMENT_GATES_EVALUATION_REQUEST = "deployment_gates_evaluation_request"

    def __str__(self) -> str:
        return str(self.value)
