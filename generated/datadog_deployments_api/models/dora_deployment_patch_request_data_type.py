from enum import Enum


class DORADeploymentPatchRequestDataType(str, Enum):
    DORA_DEPLOYMENT_PATCH_REQUEST = "dora_deployment_patch_request"

    def __str__(self) -> str:
        return str(self.value)
