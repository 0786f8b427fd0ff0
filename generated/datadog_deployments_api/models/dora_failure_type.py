from enum import Enum


class DORAFailureType(str, Enum):
    DORA_FAILURE = "dora_failure"

    def __str__(self) -> str:
        return str(self.value)
