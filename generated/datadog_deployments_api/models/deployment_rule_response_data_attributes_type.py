from enum import Enum


class DeploymentRuleResponseDataAttributesType(str, Enum):
    FAULTY_DEPLOYMENT_DETECTION = "faulty_deployment_detection"
    MONITOR = "monitor"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "DeploymentRuleResponseDataAttributesType | None":
        # The live API adds values before the docs do: keep an unknown value readable
        # (as a member outside the list above) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
