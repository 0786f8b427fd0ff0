from enum import Enum


class DeploymentGatesMonitorRuleType(str, Enum):
    MONITOR = "monitor"

    def __str__(self) -> str:
        return str(self.value)
