from enum import Enum


class DeploymentGateDataType(str, Enum):
    DEPLOYMENT_GATE = "deployment_gate"

    def __str__(self) -> str:
        return str(self.value)
