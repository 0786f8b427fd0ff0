"""An OAuth access token as the alternative to the two keys, and redaction that covers it."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from datadog_deployments import ApiClient, Configuration, ConfigurationError, ForbiddenException
from datadog_deployments_api.spec_index import OPERATIONS, Operation
from loopback_support import Loopback, Seen

TOKEN = "ddoauth-tok-1f2e3d4c5b6a79880"
API_KEY = "api-0123456789abcdef"
APP_KEY = "app-fedcba9876543210"
KEYS = ("DD-API-KEY", "DD-APPLICATION-KEY")
KEYS_OR_TOKEN = (KEYS, ("Authorization",))
API_KEY_ONLY = (("DD-API-KEY",),)


def test_the_token_comes_from_the_argument_or_dd_bearer_token() -> None:
    assert Configuration(access_token=TOKEN, environ={}).access_token == TOKEN
    assert Configuration(environ={"DD_BEARER_TOKEN": f" {TOKEN}\n"}).access_token == TOKEN
    explicit = Configuration(access_token="other-token", environ={"DD_BEARER_TOKEN": TOKEN})
    assert explicit.access_token == "other-token"


def test_an_operation_that_accepts_oauth_gets_the_token_and_no_key() -> None:
    both = Configuration(api_key=API_KEY, app_key=APP_KEY, access_token=TOKEN, environ={})
    assert both.credentials(KEYS_OR_TOKEN, "list_deployment_gates") == {
        "Authorization": f"Bearer {TOKEN}"
    }
    token_only = Configuration(access_token=TOKEN, environ={})
    assert token_only.credentials(KEYS_OR_TOKEN, "x") == {"Authorization": f"Bearer {TOKEN}"}
    keys_only = Configuration(api_key=API_KEY, app_key=APP_KEY, environ={})
    assert keys_only.credentials(KEYS_OR_TOKEN, "x") == {
        "DD-API-KEY": API_KEY,
        "DD-APPLICATION-KEY": APP_KEY,
    }


def test_an_api_key_only_operation_never_takes_the_token() -> None:
    both = Configuration(api_key=API_KEY, access_token=TOKEN, environ={})
    assert both.credentials(API_KEY_ONLY, "create_dora_deployment") == {"DD-API-KEY": API_KEY}
    with pytest.raises(ConfigurationError, match="DD_API_KEY") as caught:
        Configuration(access_token=TOKEN, environ={}).credentials(API_KEY_ONLY, "send")
    assert "BEARER" not in str(caught.value) and TOKEN not in str(caught.value)


def test_a_missing_credential_names_both_ways_to_supply_it() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Configuration(api_key=API_KEY, environ={}).credentials(KEYS_OR_TOKEN, "get_x")
    message = str(caught.value)
    assert "DD_APP_KEY" in message and "DD_BEARER_TOKEN" in message
    assert API_KEY not in message


def test_the_token_never_shows() -> None:
    configuration = Configuration(access_token=TOKEN, environ={})
    assert "access_token=<set>" in repr(configuration)
    assert TOKEN not in repr(configuration) and TOKEN not in str(configuration)
    with pytest.raises(ConfigurationError, match="value not shown") as caught:
        Configuration(access_token="tok en", environ={})
    assert "tok en" not in str(caught.value)


def _accepts(operation_id: str) -> bool:
    return ("Authorization",) in OPERATIONS[operation_id].security


def test_over_http_the_token_travels_as_a_bearer_header_and_stays_out_of_errors(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An operation that accepts OAuth (one is given that alternative if the spec has none)."""
    operation = next((op for op in OPERATIONS.values() if _accepts(op.operation_id)), None)
    if operation is None:
        from datadog_deployments import operations as module

        base = OPERATIONS["GetDORADeployment"]
        operation = Operation(**{**base.__dict__, "security": KEYS_OR_TOKEN})
        module._BY_NAME[operation.name] = operation
    assert operation is not None

    def respond(request: Seen) -> tuple[int, Any]:
        return 403, {"errors": ["Forbidden"]}

    seen: list[Seen] = []
    try:
        with Loopback(respond) as server, caplog.at_level(logging.DEBUG):
            configuration = Configuration(
                host=server.url, access_token=TOKEN, retry=None, environ={}
            )
            configuration.unstable_operations.update(
                dict.fromkeys(configuration.unstable_operations, True)
            )
            path = {name: "x" for name in operation.path_parameters.values()}
            with ApiClient(configuration) as client, pytest.raises(ForbiddenException) as caught:
                client.call(operation.name, path)
            seen = server.requests
    finally:
        from datadog_deployments import operations as module

        module._BY_NAME[operation.name] = OPERATIONS[operation.operation_id]
    assert seen[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert "DD-API-KEY" not in seen[0].headers
    error = caught.value
    for text in (str(error), repr(error), error.body, str(error.headers), caplog.text):
        assert TOKEN not in text
