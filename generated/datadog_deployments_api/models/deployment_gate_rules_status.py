from enum import Enum


class DeploymentGateRulesStatus(str, Enum):
    FAIL = "fail"
    IN_PROGRESS = "in_progress"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
