"""Response bodies: the success envelope and the three documented error shapes.

The API answers errors in three shapes (see openapi.yaml, "Errors"):

* ``APIErrorResponse``: ``{"errors": ["Forbidden"]}``, used for 401, 403 and 429 everywhere;
* ``JSONAPIErrorResponse``: JSON:API error objects, used by the DORA operations' 400s;
* ``DeploymentGatesErrorResponse``: ``{"errors": [{"status", "title", "detail"}]}``, used by the
  gates operations' 400, 404 and 500.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Literal

#: Which error shapes an operation uses: the DORA operations or the Deployment Gates ones.
Family = Literal["dora", "gates"]

JSON_CONTENT_TYPE = "application/json"


@dataclass(frozen=True)
class Response:
    """One HTTP response, ready to be written: status, body bytes and extra headers."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = JSON_CONTENT_TYPE

    def with_headers(self, *headers: tuple[str, str]) -> Response:
        return Response(self.status, self.body, self.headers + headers, self.content_type)


@dataclass(frozen=True)
class Problem:
    """One validation failure: where (a JSON pointer into the request body) and what."""

    pointer: str
    message: str


def encode(document: Any) -> bytes:
    """Compact JSON, as an API server sends it."""
    return json.dumps(document, separators=(",", ":")).encode()


def json_response(status: int, document: Any, headers: Iterable[tuple[str, str]] = ()) -> Response:
    return Response(status, encode(document), tuple(headers))


def reason(status: int) -> str:
    """The HTTP reason phrase of a status code ("Error" for codes Python does not know)."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def api_error(status: int, message: str | None = None) -> Response:
    """``APIErrorResponse``: a list of strings."""
    return json_response(status, {"errors": [message or reason(status)]})


def jsonapi_error(status: int, problems: Iterable[Problem] = (), detail: str = "") -> Response:
    """``JSONAPIErrorResponse``: one JSON:API error object per problem (or one with ``detail``)."""
    title = reason(status)
    items: list[dict[str, Any]] = [
        {
            "detail": p.message,
            "source": {"pointer": p.pointer},
            "status": str(status),
            "title": title,
        }
        for p in problems
    ]
    if not items:
        items.append({"detail": detail or title, "status": str(status), "title": title})
    return json_response(status, {"errors": items})


def gates_error(status: int, details: Iterable[str] = ()) -> Response:
    """``DeploymentGatesErrorResponse``: structured errors without ``source``."""
    title = reason(status)
    items = [{"status": str(status), "title": title, "detail": d} for d in details]
    if not items:
        items.append({"status": str(status), "title": title, "detail": title})
    return json_response(status, {"errors": items})


def bad_request(family: Family, problems: list[Problem]) -> Response:
    """A 400 for invalid input, in the family's shape."""
    if family == "dora":
        return jsonapi_error(400, problems)
    return gates_error(400, [f"{p.message} (at {p.pointer or '/'})" for p in problems])


def not_found(family: Family | None, detail: str) -> Response:
    """A 404, in the family's shape (a plain list of strings for unknown paths)."""
    if family == "dora":
        return jsonapi_error(404, detail=detail)
    if family == "gates":
        return gates_error(404, [detail])
    return api_error(404, detail)


def documented_error(schema: str | None, status: int, detail: str = "") -> Response | None:
    """An error in the shape the spec documents for it (``schema``: the model name from
    ``spec_index``), or None when the status is not documented with a known error shape."""
    detail = detail or reason(status)
    if schema == "JSONAPIErrorResponse":
        return jsonapi_error(status, detail=detail)
    if schema == "DeploymentGatesErrorResponse":
        return gates_error(status, [detail])
    if schema == "APIErrorResponse":
        return api_error(status, detail)
    return None


def error_for_status(family: Family | None, status: int, detail: str = "") -> Response:
    """The documented body for an error status: what an injected status fault answers.

    400 and 404 use the family's own shape, a gates 500 the structured gates shape; 401, 403,
    429 and every status the documentation does not describe (such as 502, 503) use the
    list-of-strings shape.
    """
    detail = detail or reason(status)
    if status == 400 and family == "dora":
        return jsonapi_error(400, detail=detail)
    if status in (400, 500) and family == "gates":
        return gates_error(status, [detail])
    if status == 404:
        return not_found(family, detail)
    return api_error(status, detail)
