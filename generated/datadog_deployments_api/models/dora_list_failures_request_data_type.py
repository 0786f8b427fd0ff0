from enum import Enum


class DORAListFailuresRequestDataType(str, Enum):
    DORA_FAILURES_LIST_REQUEST = "dora_failures_list_request"

    def __str__(self) -> str:
        return str(self.value)
