from enum import Enum


class DeploymentRuleDataType(str, Enum):
    DEPLOYMENT_RULE = "deployment_rule"

    def __str__(self) -> str:
        return str(self.value)
