from enum import Enum


class DeploymentGateEvaluationType(str, Enum):
    DEPLOYMENT_GATE_EVALUATION = "deployment_gate_evaluation"

    def __str__(self) -> str:
        return str(self.value)
