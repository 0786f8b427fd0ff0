from enum import Enum


class DORAListDeploymentsRequestDataType(str, Enum):
    DORA_DEPLOYMENTS_LIST_REQUEST = "dora_deployments_list_request"

    def __str__(self) -> str:
        return str(self.value)
