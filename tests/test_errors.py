"""Error classes by meaning, error messages from every documented shape, rate-limit numbers."""

from __future__ import annotations

import json

import pytest
from datadog_deployments import (
    ApiException,
    BadRequestException,
    ForbiddenException,
    NotFoundException,
    ServiceException,
    TooManyRequestsException,
    UnauthorizedException,
)
from datadog_deployments.errors import RateLimit, error_messages, exception_class


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestException),
        (401, UnauthorizedException),
        (403, ForbiddenException),
        (404, NotFoundException),
        (429, TooManyRequestsException),
        (500, ServiceException),
        (503, ServiceException),
        (418, ApiException),
    ],
)
def test_exception_class_by_status(status: int, cls: type[ApiException]) -> None:
    assert exception_class(status) is cls


def test_messages_from_each_documented_shape() -> None:
    assert error_messages('{"errors": ["Bad Request", "Forbidden"]}') == [
        "Bad Request",
        "Forbidden",
    ]
    jsonapi = {
        "errors": [
            {"title": "Bad Request", "detail": "Missing attribute", "source": {"pointer": "/data"}}
        ]
    }
    assert error_messages(json.dumps(jsonapi)) == ["Bad Request: Missing attribute (at /data)"]
    gates = {"errors": [{"status": "404", "title": "Not Found", "detail": "no gate"}]}
    assert error_messages(json.dumps(gates)) == ["Not Found: no gate"]


@pytest.mark.parametrize(
    "body",
    [
        "",
        "not json",
        "[]",
        "null",
        '{"errors": "text"}',
        '{"errors": [1, null, {}]}',
        '{"other": 1}',
    ],
)
def test_other_shapes_give_no_messages_and_no_crash(body: str) -> None:
    assert error_messages(body) == []
    error = BadRequestException(
        status=400, reason="Bad Request", headers={}, body=body, operation="op"
    )
    assert error.body == body
    assert "HTTP 400" in str(error)


def test_exception_carries_status_headers_body_and_messages() -> None:
    body = '{"errors": ["Forbidden"]}'
    error = ForbiddenException(
        status=403,
        reason="Forbidden",
        headers={"X-Thing": "1"},
        body=body,
        operation="get_dora_deployment",
    )
    assert (error.status, error.body, error.errors, error.headers) == (
        403,
        body,
        ["Forbidden"],
        {"X-Thing": "1"},
    )
    assert str(error) == "get_dora_deployment: HTTP 403 Forbidden: Forbidden"


def test_too_many_requests_exposes_rate_limit_headers_as_numbers() -> None:
    headers = {
        "X-RateLimit-Limit": "60",
        "X-RateLimit-Period": "60",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "17",
        "X-RateLimit-Name": "dora_deployments",
    }
    error = TooManyRequestsException(
        status=429, reason="Too Many Requests", headers=headers, body="", operation="op"
    )
    assert error.rate_limit == RateLimit(
        limit=60, period=60, remaining=0, reset=17.0, name="dora_deployments"
    )
    assert RateLimit.from_headers({"x-ratelimit-limit": "many"}) == RateLimit(
        None, None, None, None, None
    )


def test_deeply_nested_or_non_finite_bodies_and_headers_do_not_crash() -> None:
    assert error_messages("[" * 100_000 + "]" * 100_000) == []
    limit = RateLimit.from_headers({"X-RateLimit-Reset": "nan", "X-RateLimit-Limit": "1e999"})
    assert (limit.reset, limit.limit) == (None, None)
