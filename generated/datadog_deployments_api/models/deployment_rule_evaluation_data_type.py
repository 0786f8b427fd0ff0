from enum import Enum


class DeploymentRuleEvaluationDataType(str, Enum):
    DEPLOYMENT_GATE_RULE_EVALUATION = "deployment_gate_rule_evaluation"

    def __str__(self) -> str:
        return str(self.value)
