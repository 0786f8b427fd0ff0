from enum import Enum


class DeploymentGatesFaultyDeploymentDetectionRuleType(str, Enum):
    FAULTY_DEPLOYMENT_DETECTION = "faulty_deployment_detection"

    def __str__(self) -> str:
        return str(self.value)
