from enum import Enum


class ListDeploymentRulesDataType(str, Enum):
    LIST_DEPLOYMENT_RULES = "list_deployment_rules"

    def __str__(self) -> str:
        return str(self.value)
