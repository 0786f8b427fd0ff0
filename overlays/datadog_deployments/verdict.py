"""What a pipeline needs from a gate evaluation result: passed or not, why, and where to look."""

from __future__ import annotations

from dataclasses import dataclass

from datadog_deployments_api.models import DeploymentGatesEvaluationResultResponse
from datadog_deployments_api.types import Unset

FINAL_STATUSES = frozenset({"pass", "fail"})


def gate_status(result: DeploymentGatesEvaluationResultResponse) -> str:
    """The gate_status as text, including values newer than the spec ("unknown" if absent)."""
    if isinstance(result.data, Unset):
        return "unknown"
    return str(result.data.attributes.gate_status.value)


def _text(value: object) -> str | None:
    return None if isinstance(value, Unset) or value is None else str(value)


@dataclass(frozen=True)
class RuleVerdict:
    name: str
    status: str
    reason: str | None
    dry_run: bool


@dataclass(frozen=True)
class GateVerdict:
    """A flat view of a result: `GateVerdict.of(result).passed`, `.failed_rules`, `.url`."""

    evaluation_id: str
    status: str  # pass, fail, in_progress, or a value newer than the spec
    url: str | None
    dry_run: bool
    gate_id: str | None
    rules: tuple[RuleVerdict, ...]

    @property
    def passed(self) -> bool:
        return self.status == "pass"

    @property
    def decided(self) -> bool:
        return self.status in FINAL_STATUSES

    @property
    def failed_rules(self) -> tuple[RuleVerdict, ...]:
        return tuple(rule for rule in self.rules if rule.status == "fail")

    @classmethod
    def of(cls, result: DeploymentGatesEvaluationResultResponse) -> GateVerdict:
        if isinstance(result.data, Unset):
            return cls("", "unknown", None, False, None, ())
        attributes = result.data.attributes
        rules = tuple(
            RuleVerdict(
                name=_text(rule.name) or "(unnamed rule)",
                status=_text(getattr(rule.status, "value", rule.status)) or "unknown",
                reason=_text(rule.reason),
                dry_run=rule.dry_run is True,
            )
            for rule in attributes.rules
        )
        return cls(
            evaluation_id=str(attributes.evaluation_id or result.data.id),
            status=gate_status(result),
            url=_text(attributes.evaluation_url),
            dry_run=attributes.dry_run is True,
            gate_id=_text(attributes.gate_id),
            rules=rules,
        )
