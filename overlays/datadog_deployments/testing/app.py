"""The fake's request logic, apart from sockets: route, record, apply faults, check keys, answer.

The HTTP layer calls :meth:`App.begin` once the request line and headers are read, reads the
body only if the exchange asks for it, then calls :meth:`App.finish` for the answer to write
(None: close the connection without answering).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from datadog_deployments_api.spec_index import AUTH_HEADERS, OPERATIONS, Operation

from .dora import TimeFormat
from .faults import Fault, FaultQueue
from .operations import BEHAVIOURS, NOT_JSON, Behaviour, Call
from .paging import BadQuery, Query
from .recording import Headers, RecordedRequest, Recorder
from .responses import Response, api_error, documented_error, error_for_status, not_found
from .routes import Match, Router
from .state import GateScript, Store

_mismatch = sorted(set(OPERATIONS) ^ set(BEHAVIOURS))
if _mismatch:  # pragma: no cover - only when openapi.yaml gains or loses an operation
    raise ImportError(f"the fake server and spec_index disagree on operations: {_mismatch}")


@dataclass(frozen=True)
class Exchange:
    """One request in flight between :meth:`App.begin` and :meth:`App.finish`."""

    method: str
    path: str
    query: str
    headers: Headers
    match: Match
    fault: Fault | None
    connection: int
    time: float

    @property
    def read_body(self) -> bool:
        fault = self.fault
        return not (fault is not None and fault.kind == "drop" and fault.stage == "before_read")


class App:
    def __init__(
        self,
        *,
        api_key: str,
        app_key: str,
        access_token: str,
        clock: Callable[[], float],
        default_script: GateScript,
        max_recorded: int | None = None,
        epoch: float | None = None,
        dora_times: TimeFormat = "unix",
        max_items: int = 10_000,
    ) -> None:
        self.keys = {AUTH_HEADERS["apiKeyAuth"]: api_key, AUTH_HEADERS["appKeyAuth"]: app_key}
        self.access_token = access_token
        self.clock = clock
        self.store = Store(
            clock, default_script, epoch=epoch, dora_times=dora_times, max_items=max_items
        )
        self.faults = FaultQueue()
        self.recorder = Recorder(max_recorded)
        self.router = Router(OPERATIONS.values())

    def begin(
        self, method: str, target: str, headers: Iterable[tuple[str, str]], connection: int
    ) -> Exchange:
        path, _, query = target.partition("?")
        match = self.router.match(method, path)
        operation_id = match.operation.operation_id if match.operation else None
        fault = self.faults.take(operation_id)
        return Exchange(
            method, path, query, Headers(headers), match, fault, connection, self.clock()
        )

    def finish(self, exchange: Exchange, body: bytes) -> Response | None:
        doc = _parse(body)
        operation = exchange.match.operation
        self.recorder.add(
            RecordedRequest(
                method=exchange.method,
                path=exchange.path,
                query=exchange.query,
                headers=exchange.headers,
                body=body,
                json=None if doc is NOT_JSON else doc,
                operation=operation.operation_id if operation else None,
                time=exchange.time,
                connection=exchange.connection,
                fault=exchange.fault,
            )
        )
        fault = exchange.fault
        if fault is None:
            return self._answer(exchange, doc)
        if fault.replaces_handling:
            return None if fault.kind == "drop" else self._fault_answer(operation, fault)
        if fault.kind == "slow":
            time.sleep(fault.delay)
        response = self._answer(exchange, doc)
        return None if fault.kind == "drop" else fault.alter(response)

    def _answer(self, exchange: Exchange, doc: Any) -> Response:
        match = exchange.match
        if match.operation is None:
            if match.allowed:
                return api_error(405).with_headers(("Allow", ", ".join(match.allowed)))
            return not_found(None, "Not Found")
        behaviour = BEHAVIOURS[match.operation.operation_id]
        refused = self._check_keys(match.operation, behaviour, exchange.headers)
        if refused is not None:
            return refused
        query = Query(parse_qs(exchange.query, keep_blank_values=True))
        call = Call(match.params, query, doc, frozenset(match.operation.responses))
        try:
            return behaviour.handle(self.store, call)
        except BadQuery as error:  # in the shape the operation documents for its 400
            refusal = documented_error(match.operation.responses.get(400), 400, str(error))
            return refusal or api_error(400, str(error))

    def _check_keys(
        self, operation: Operation, behaviour: Behaviour, headers: Headers
    ) -> Response | None:
        scheme, _, token = (headers.get("Authorization") or "").partition(" ")
        if scheme.lower() == "bearer" and AUTH_HEADERS["appKeyAuth"] in operation.auth_headers:
            # Every operation that takes an application key takes an OAuth token instead.
            return None if token.strip() == self.access_token else api_error(403)
        for name in operation.auth_headers:
            sent = headers.get(name)
            if not sent:
                return api_error(behaviour.missing_key_status)
            if sent != self.keys[name]:
                return api_error(403)
        return None

    def _fault_answer(self, operation: Operation | None, fault: Fault) -> Response:
        if fault.body is not None:
            return Response(fault.code, fault.body, fault.headers)
        behaviour = BEHAVIOURS[operation.operation_id] if operation else None
        family = behaviour.family if behaviour else None
        detail = behaviour.not_found_detail if behaviour and fault.code == 404 else ""
        schema = operation.responses.get(fault.code) if operation else None
        answer = documented_error(schema, fault.code, detail)
        if answer is None:  # a status the operation does not document: the family's habit
            answer = error_for_status(family, fault.code, detail)
        return answer.with_headers(*fault.headers)


def _parse(body: bytes) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than Python recurses
        return NOT_JSON
