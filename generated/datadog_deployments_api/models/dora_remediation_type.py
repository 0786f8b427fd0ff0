from enum import Enum


class DORARemediationType(str, Enum):
    ROLLBACK = "rollback"
    ROLLFORWARD = "rollforward"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DORARemediationType | None":
        # The live API adds values before the docs do: keep an unknown value readable
        # (as a member outside the list above) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
