"""The API calls of gates as code, gate history and the rest of DORA, answered as plain data.

The commands work on plain dicts (what the models' `to_dict()` gives: JSON:API resources with
`id` and `attributes`), so their logic stays independent of model classes. Lists come as
iterators that fetch one page at a time: cursor pages for gates and evaluations, time windows
for the DORA searches, which return at most `limit` events per request, newest first, so the
next request ends where the previous page's oldest event started (events at that same instant
are de-duplicated by ID).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import suppress
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from ..deployment_gates_api import DeploymentGatesApi
from ..dora_metrics_api import DORAMetricsApi
from ..errors import NotFoundException
from ..timestamps import to_datetime
from .gates_document import GateSpec, RuleSpec, gate_from_api, rule_from_api
from .outcome import ApiFailure

if TYPE_CHECKING:
    from ..api_client import ApiClient

Resource = tuple[str, dict[str, Any]]  # (id, attributes)
GATES_PAGE = 100
EVALUATIONS_PAGE = 100
RULE_EVALUATIONS_PAGE = 200
DORA_PAGE = 500
MILLISECOND = timedelta(milliseconds=1)

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
LIST_EVALUATIONS = ("ListDeploymentGateEvaluations",)
LIST_RULE_EVALUATIONS = ("ListDeploymentRuleEvaluations",)


def iso(moment: datetime) -> str:
    text = moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z")


def _plain(answer: Any) -> dict[str, Any]:
    if answer is None:
        return {}
    result: dict[str, Any] = answer.to_dict() if hasattr(answer, "to_dict") else dict(answer)
    return result


def _resources(document: Mapping[str, Any]) -> list[Resource]:
    data = document.get("data")
    items = data if isinstance(data, list) else []
    return [
        (str(item.get("id", "")), dict(item.get("attributes") or {}))
        for item in items
        if isinstance(item, Mapping)
    ]


def _next_cursor(document: Mapping[str, Any]) -> str | None:
    meta = document.get("meta")
    page = meta.get("page") if isinstance(meta, Mapping) else None
    cursor = page.get("next_cursor") if isinstance(page, Mapping) else None
    return str(cursor) if cursor else None


def follow_cursor(
    fetch: Callable[[str | None], Any], on_page: Callable[[int], None] | None = None
) -> Iterator[Resource]:
    """Every resource of a cursor-paginated list, one page in memory at a time."""
    cursor: str | None = None
    seen_cursors: set[str] = set()
    pages = 0
    while True:
        document = _plain(fetch(cursor))
        pages += 1
        yield from _resources(document)
        if on_page is not None:
            on_page(pages)
        cursor = _next_cursor(document)
        if cursor is None:
            return
        if cursor in seen_cursors:  # a server that loops would otherwise never end
            raise RuntimeError(f"the API returned the page cursor {cursor!r} twice")
        seen_cursors.add(cursor)


# ---- gates -------------------------------------------------------------------------------------
def _filters(**values: str | None) -> dict[str, Any]:
    return {f"filter_{name}": value for name, value in values.items() if value}


class GatesPort:
    """Reads and writes of gates and rules through a sync ApiClient (a GatesPort for apply)."""

    def __init__(self, client: ApiClient) -> None:
        self.api = DeploymentGatesApi(client)

    def gates(
        self, service: str | None = None, env: str | None = None, identifier: str | None = None
    ) -> Iterator[GateSpec]:
        """The gates the filters select, each with its rules."""
        filters = _filters(service=service, env=env, identifier=identifier)

        def fetch(cursor: str | None) -> Any:
            paging: dict[str, Any] = {"page_size": GATES_PAGE}
            if cursor:
                paging["page_cursor"] = cursor
            return self.api.list_deployment_gates(**filters, **paging)  # type: ignore[attr-defined]

        for gate_id, attributes in follow_cursor(fetch):
            # the API's filters are trusted, but a gate outside them must not be pruned
            if (service and attributes.get("service") != service) or (
                env and attributes.get("env") != env
            ):
                continue
            if identifier and attributes.get("identifier") != identifier:
                continue
            yield gate_from_api(gate_id, attributes, self.rules(gate_id))

    def rules(self, gate_id: str) -> list[RuleSpec]:
        answer = _plain(self.api.get_deployment_gate_rules(gate_id=gate_id))  # type: ignore[attr-defined]
        data = answer.get("data") or {}
        attributes = data.get("attributes") or {} if isinstance(data, Mapping) else {}
        rules = attributes.get("rules") or []
        return [rule_from_api(str(rule.get("id", "")), rule) for rule in rules]

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
        answer = _plain(self.api.create_deployment_gate(body=body))  # type: ignore[attr-defined]
        return str(answer["data"]["id"])

    def update_gate(self, gate_id: str, gate: GateSpec) -> None:
        body = {
            "data": {
                "type": "deployment_gate",
                "id": gate_id,
                "attributes": {"dry_run": gate.dry_run},
            }
        }
        self.api.update_deployment_gate(id=gate_id, body=body)  # type: ignore[attr-defined]

    def delete_gate(self, gate_id: str) -> None:
        with suppress(NotFoundException):  # already gone: a re-run after a lost answer
            self.api.delete_deployment_gate(id=gate_id)  # type: ignore[attr-defined]

    def create_rule(self, gate_id: str, rule: RuleSpec) -> str:
        body = {"data": {"type": "deployment_rule", "attributes": _rule_attributes(rule)}}
        answer = _plain(self.api.create_deployment_rule(gate_id=gate_id, body=body))  # type: ignore[attr-defined]
        return str(answer["data"]["id"])

    def update_rule(self, gate_id: str, rule_id: str, rule: RuleSpec) -> None:
        attributes = _rule_attributes(rule)
        del attributes["type"]  # not updatable: a type change is a delete and a create
        body = {"data": {"type": "deployment_rule", "attributes": attributes}}
        self.api.update_deployment_rule(gate_id=gate_id, id=rule_id, body=body)  # type: ignore[attr-defined]

    def delete_rule(self, gate_id: str, rule_id: str) -> None:
        with suppress(NotFoundException):
            self.api.delete_deployment_rule(gate_id=gate_id, id=rule_id)  # type: ignore[attr-defined]


def _rule_attributes(rule: RuleSpec) -> dict[str, Any]:
    return {
        "name": rule.name,
        "type": rule.type,
        "dry_run": rule.dry_run,
        "options": dict(rule.options),
    }


# ---- evaluations -------------------------------------------------------------------------------
def gate_evaluations(
    client: ApiClient,
    start: datetime,
    end: datetime,
    filters: Mapping[str, str | None],
    on_page: Callable[[int], None] | None = None,
) -> Iterator[Resource]:
    api = DeploymentGatesApi(client)
    chosen = _filters(**filters)

    def fetch(cursor: str | None) -> Any:
        paging: dict[str, Any] = {"page_size": EVALUATIONS_PAGE}
        if cursor:
            paging["page_cursor"] = cursor
        return api.list_deployment_gate_evaluations(  # type: ignore[attr-defined]
            filter_from=start, filter_to=end, **chosen, **paging
        )

    return follow_cursor(fetch, on_page)


def rule_evaluations(
    client: ApiClient, gate_evaluation_id: str, start: datetime, end: datetime
) -> Iterator[Resource]:
    api = DeploymentGatesApi(client)

    def fetch(cursor: str | None) -> Any:
        paging: dict[str, Any] = {"page_size": RULE_EVALUATIONS_PAGE}
        if cursor:
            paging["page_cursor"] = cursor
        return api.list_deployment_rule_evaluations(  # type: ignore[attr-defined]
            filter_from=start,
            filter_to=end,
            filter_gate_evaluation_id=gate_evaluation_id,
            **paging,
        )

    return follow_cursor(fetch)


# ---- DORA --------------------------------------------------------------------------------------
def dora_search(
    client: ApiClient,
    kind: str,
    start: datetime,
    end: datetime,
    query: str | None,
    on_page: Callable[[int], None] | None = None,
) -> Iterator[Resource]:
    """Every deployment ('deployments') or failure ('failures') event of the window, newest
    first, fetched window by window."""
    api = DORAMetricsApi(client)
    method = getattr(api, f"list_dora_{kind}")
    request_type = f"dora_{kind}_list_request"
    upper = end
    skip: set[str] = set()  # events already yielded that the next window includes again
    pages = 0
    while True:
        attributes: dict[str, Any] = {
            "from": iso(start),
            "to": iso(upper),
            "limit": DORA_PAGE,
            "sort": "-started_at",
        }
        if query:
            attributes["query"] = query
        body = {"data": {"type": request_type, "attributes": attributes}}
        page = _resources(_plain(method(body=body)))
        pages += 1
        if on_page is not None:
            on_page(pages)
        yielded: list[tuple[datetime, str]] = []
        for event_id, event in page:
            if event_id in skip:
                continue
            yield event_id, event
            moment = _started(event)
            if moment is not None:
                yielded.append((moment, event_id))
        if len(page) < DORA_PAGE:
            return
        if not yielded:
            raise ApiFailure(
                f"more than {DORA_PAGE} {kind} events start within one millisecond at "
                f"{iso(upper)}: the search cannot page past them"
            )
        # The next window ends just after the oldest start seen, whether the API takes `to`
        # as inclusive or not; what it returns again from this page is skipped by ID.
        oldest = min(moment for moment, _ in yielded)
        upper = oldest + MILLISECOND
        skip = {event_id for moment, event_id in yielded if moment <= upper}


def _started(event: Mapping[str, Any]) -> datetime | None:
    try:
        return to_datetime(event.get("started_at"))
    except ValueError:
        return None
