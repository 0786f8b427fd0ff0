from enum import Enum


class DORADeploymentType(str, Enum):
    DORA_DEPLOYMENT = "dora_deployment"

    def __str__(self) -> str:
        return str(self.value)
