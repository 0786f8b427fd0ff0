"""The API calls of gates as code, gate history and the rest of DORA, answered as plain data.

The commands work on plain dicts (what the models' `to_dict()` gives: JSON:API resources with
`id` and `attributes`), so their logic stays independent of model classes. Lists come from the
API classes' `*_with_pagination` iterators, one page in memory at a time: cursor pages for
gates and evaluations, moving time windows for the DORA searches.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import suppress
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Literal

from ..deployment_gates_api import DeploymentGatesApi
from ..dora_metrics_api import DORAMetricsApi
from ..errors import NotFoundException
from .gates_document import GateSpec, RuleSpec, gate_from_api, rule_from_api

if TYPE_CHECKING:
    from ..api_client import ApiClient

Resource = tuple[str, dict[str, Any]]  # (id, attributes)
GATES_PAGE = 1000  # the largest page the API allows
EVALUATIONS_PAGE = 200
RULE_EVALUATIONS_PAGE = 200
DORA_PAGE = 500  # events per search request (the API's default is 10)

# The operations each command calls, for the keys and preview switches it needs.
READ_GATES = ("ListDeploymentGates", "GetDeploymentGateRules")
WRITE_GATES = (
    "CreateDeploymentGate",
    "UpdateDeploymentGate",
    "DeleteDeploymentGate",
    "CreateDeploymentRule",
    "UpdateDeploymentRule",
    "DeleteDeploymentRule",
)
# The rules list names no rule IDs: plan and apply learn them from rule evaluations.
FIND_RULE_IDS = ("ListDeploymentRuleEvaluations", "GetDeploymentRule")
RULE_ID_LOOKBACK = timedelta(days=30)  # the longest window the evaluation lists allow
RULE_ID_PAGES = 10  # rules never evaluated would otherwise have us read a month of history
LIST_EVALUATIONS = ("ListDeploymentGateEvaluations",)
LIST_RULE_EVALUATIONS = ("ListDeploymentRuleEvaluations",)


def iso(moment: datetime) -> str:
    text = moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z")


def plain(answer: Any) -> dict[str, Any]:
    if answer is None:
        return {}
    result: dict[str, Any] = answer.to_dict() if hasattr(answer, "to_dict") else dict(answer)
    return result


def resources(items: Iterable[Any]) -> Iterator[Resource]:
    """(id, attributes) of each item of a list, as plain data."""
    for item in items:
        data = plain(item)
        attributes = data.get("attributes")
        yield str(data.get("id", "")), dict(attributes) if isinstance(attributes, Mapping) else {}


# ---- gates -------------------------------------------------------------------------------------
def _filters(**values: str | None) -> dict[str, Any]:
    return {f"filter_{name}": value for name, value in values.items() if value}


class GatesPort:
    """Reads and writes of gates and rules through a sync ApiClient (apply's GateWrites)."""

    def __init__(self, client: ApiClient) -> None:
        self.api = DeploymentGatesApi(client)

    def gates(
        self, service: str | None = None, env: str | None = None, identifier: str | None = None
    ) -> Iterator[GateSpec]:
        """The gates the filters select, each with its rules."""
        filters = _filters(service=service, env=env, identifier=identifier)
        pages = self.api.list_deployment_gates_with_pagination(
            **filters, page_size=GATES_PAGE, max_requests=None
        )
        for gate_id, attributes in resources(pages):
            # the API's filters are trusted, but a gate outside them must not be pruned
            if (service and attributes.get("service") != service) or (
                env and attributes.get("env") != env
            ):
                continue
            if identifier and attributes.get("identifier") != identifier:
                continue
            yield gate_from_api(gate_id, attributes, self.rules(gate_id))

    def rules(self, gate_id: str) -> list[RuleSpec]:
        answer = plain(self.api.get_deployment_gate_rules(gate_id=gate_id))
        data = answer.get("data") or {}
        attributes = data.get("attributes") or {} if isinstance(data, Mapping) else {}
        rules = attributes.get("rules") or []
        # documented without IDs; should a server send them, they are used
        return [rule_from_api(str(rule["id"]) if rule.get("id") else None, rule) for rule in rules]

    def rule_ids(self, gate_id: str, names: Iterable[str]) -> dict[str, str]:
        """The IDs of a gate's rules, by name, as far as they can be learnt.

        The rules list gives none; a rule evaluated in the last 30 days names its rule's ID.
        Each ID found is read back, and kept only if that rule still has the name."""
        wanted = set(names)
        end = datetime.now(timezone.utc)
        pages = self.api.list_deployment_rule_evaluations_with_pagination(
            filter_from=end - RULE_ID_LOOKBACK,
            filter_to=end,
            filter_gate_id=gate_id,
            filter_name=sorted(wanted),
            page_size=RULE_EVALUATIONS_PAGE,
            max_requests=RULE_ID_PAGES,
        )
        found: dict[str, str] = {}
        for _, attributes in resources(pages):
            name, rule_id = attributes.get("name"), attributes.get("rule_id")
            if name in wanted and rule_id and name not in found:
                found[str(name)] = str(rule_id)
                if len(found) == len(wanted):
                    break
        checked: dict[str, str] = {}
        for name, rule_id in found.items():
            try:
                rule = plain(self.api.get_deployment_rule(gate_id=gate_id, id=rule_id))
            except NotFoundException:
                continue  # deleted since it was evaluated
            data = rule.get("data") or {}
            if (data.get("attributes") or {}).get("name") == name:
                checked[name] = rule_id
        return checked

    # -- the six writes apply needs
    def create_gate(self, gate: GateSpec) -> str:
        body = {
            "data": {
                "type": "deployment_gate",
                "attributes": {
                    "service": gate.key.service,
                    "env": gate.key.env,
                    "identifier": gate.key.identifier,
                    "dry_run": gate.dry_run,
                },
            }
        }
        answer = plain(self.api.create_deployment_gate(body=body))
        return str(answer["data"]["id"])

    def update_gate(self, gate_id: str, gate: GateSpec) -> None:
        body = {
            "data": {
                "type": "deployment_gate",
                "id": gate_id,
                "attributes": {"dry_run": gate.dry_run},
            }
        }
        self.api.update_deployment_gate(id=gate_id, body=body)

    def delete_gate(self, gate_id: str) -> None:
        with suppress(NotFoundException):  # already gone: a re-run after a lost answer
            self.api.delete_deployment_gate(id=gate_id)

    def create_rule(self, gate_id: str, rule: RuleSpec) -> str:
        body = {"data": {"type": "deployment_rule", "attributes": _rule_attributes(rule)}}
        answer = plain(self.api.create_deployment_rule(gate_id=gate_id, body=body))
        return str(answer["data"]["id"])

    def update_rule(self, gate_id: str, rule_id: str, rule: RuleSpec) -> None:
        attributes = _rule_attributes(rule)
        del attributes["type"]  # not updatable: a type change is a delete and a create
        body = {"data": {"type": "deployment_rule", "attributes": attributes}}
        self.api.update_deployment_rule(gate_id=gate_id, id=rule_id, body=body)

    def delete_rule(self, gate_id: str, rule_id: str) -> None:
        with suppress(NotFoundException):
            self.api.delete_deployment_rule(gate_id=gate_id, id=rule_id)


def _rule_attributes(rule: RuleSpec) -> dict[str, Any]:
    return {
        "name": rule.name,
        "type": rule.type,
        "dry_run": rule.dry_run,
        "options": dict(rule.options),
    }


# ---- evaluations ---------------------------------------------------------------------------
def gate_evaluations(
    client: ApiClient,
    start: datetime,
    end: datetime,
    filters: Mapping[str, str | None],
    limit: int | None = None,
) -> Iterator[Resource]:
    def one(name: str) -> list[str] | None:
        value = filters.get(name)
        return [value] if value else None

    statuses: dict[str | None, Literal["in_progress", "pass", "fail"]] = {
        "in_progress": "in_progress",
        "pass": "pass",
        "fail": "fail",
    }
    status = statuses.get(filters.get("status"))
    pages = DeploymentGatesApi(client).list_deployment_gate_evaluations_with_pagination(
        filter_from=start,
        filter_to=end,
        filter_service=one("service"),
        filter_env=one("env"),
        filter_identifier=one("identifier"),
        filter_version=one("version"),
        filter_status=[status] if status else None,
        page_size=EVALUATIONS_PAGE,  # max_items shrinks it when the limit is smaller
        max_items=limit,
        max_requests=None,
    )
    return resources(pages)


def rule_evaluations(
    client: ApiClient, gate_evaluation_id: str, start: datetime, end: datetime
) -> Iterator[Resource]:
    pages = DeploymentGatesApi(client).list_deployment_rule_evaluations_with_pagination(
        filter_from=start,
        filter_to=end,
        filter_gate_evaluation_id=gate_evaluation_id,
        page_size=RULE_EVALUATIONS_PAGE,
        max_requests=None,
    )
    return resources(pages)


# ---- DORA --------------------------------------------------------------------------------------
def dora_search(
    client: ApiClient,
    kind: str,
    start: datetime,
    end: datetime,
    query: str | None,
    limit: int | None = None,
) -> Iterator[Resource]:
    """Every deployment ('deployments') or failure ('failures') event of the window, newest
    first, fetched window by window."""
    api = DORAMetricsApi(client)
    search = (
        api.list_dora_deployments_with_pagination
        if kind == "deployments"
        else api.list_dora_failures_with_pagination
    )
    extra: dict[str, Any] = {"query": query} if query else {}
    pages = search(
        from_=iso(start),
        to=iso(end),
        **extra,
        page_size=DORA_PAGE,  # max_items shrinks it when the limit is smaller
        max_items=limit,
        max_requests=None,
    )
    return resources(pages)
