"""A path or query parameter of a type the spec cannot mean is refused, naming it, and nothing
is sent (`.../None` or `b%27bytes%27` used to go out)."""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from typing import Any
from uuid import UUID

import pytest
from client_support import API_KEY, APP_KEY
from datadog_deployments import (
    ApiClient,
    Configuration,
    InvalidParameterError,
    NotFoundException,
)
from hostile_server import HostileServer, Wire, answer

NOT_FOUND = answer(404, b'{"errors":["not found"]}', {"Content-Type": "application/json"})


class Colour(enum.Enum):
    RED = "red"


def not_found(wire: Wire) -> None:
    wire.send(NOT_FOUND)


def configuration(url: str) -> Configuration:
    return Configuration(
        host=url,
        api_key=API_KEY,
        app_key=APP_KEY,
        retry=None,
        environ={},
        unstable_operations={"list_deployment_gates": True},
    )


@pytest.mark.parametrize(
    "value", [None, b"bytes", 1.5, True, object(), ["a"], datetime(2026, 1, 1)], ids=repr
)
def test_a_path_parameter_of_the_wrong_type_is_refused(value: Any) -> None:
    with (
        HostileServer(not_found) as server,
        ApiClient(configuration(server.url)) as client,
        pytest.raises(InvalidParameterError, match="deployment_id"),
    ):
        client.call("GetDORADeployment", {"deployment_id": value})
    assert server.requests == []


@pytest.mark.parametrize("value", [b"bytes", 1.5, object(), [b"x"], {"a": 1}], ids=repr)
def test_a_query_parameter_of_the_wrong_type_is_refused(value: Any) -> None:
    with (
        HostileServer(not_found) as server,
        ApiClient(configuration(server.url)) as client,
        pytest.raises(InvalidParameterError, match="filter_env"),
    ):
        client.call("ListDeploymentGates", query={"filter_env": value})
    assert server.requests == []


@pytest.mark.parametrize(
    ("query", "sent"),
    [
        ({"filter_env": "prod"}, "filter%5Benv%5D=prod"),
        ({"filter_env": Colour.RED}, "filter%5Benv%5D=red"),
        ({"filter_dry_run": True}, "filter%5Bdry_run%5D=true"),
        ({"page_size": 5}, "page%5Bsize%5D=5"),
        ({"filter_service": ["a", "b"]}, "filter%5Bservice%5D=a&filter%5Bservice%5D=b"),
        (
            {"filter_identifier": UUID("7d5b0c1e-8a3f-4c2e-9b1d-0e6f5a4b3c2d")},
            "filter%5Bidentifier%5D=7d5b0c1e-8a3f-4c2e-9b1d-0e6f5a4b3c2d",
        ),
        (
            {"filter_env": datetime(2026, 1, 1, tzinfo=timezone.utc)},
            "filter%5Benv%5D=2026-01-01T00%3A00%3A00Z",
        ),
    ],
)
def test_the_types_the_spec_allows_still_go_out(query: dict[str, Any], sent: str) -> None:
    with (
        HostileServer(not_found) as server,
        ApiClient(configuration(server.url)) as client,
        pytest.raises(NotFoundException),
    ):
        client.call("ListDeploymentGates", query=query)
    assert server.requests[0].target.endswith("?" + sent)


@pytest.mark.parametrize("value", ["deploy-1", 42, UUID(int=1)], ids=repr)
def test_a_path_parameter_of_an_allowed_type_goes_out(value: Any) -> None:
    with (
        HostileServer(not_found) as server,
        ApiClient(configuration(server.url)) as client,
        pytest.raises(NotFoundException),
    ):
        client.call("GetDORADeployment", {"deployment_id": value})
    assert server.requests[0].target.endswith(f"/{value}")
