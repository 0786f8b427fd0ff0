"""An OAuth access token as the alternative to the two keys, and redaction that covers it."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from datadog_deployments import (
    ApiClient,
    Configuration,
    ConfigurationError,
    DORAMetricsApi,
    ForbiddenException,
)
from datadog_deployments_api.spec_index import OPERATIONS
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


def test_the_spec_records_which_operations_accept_oauth() -> None:
    send = {"create_dora_deployment", "create_dora_failure", "create_dora_incident"}
    for op in OPERATIONS.values():
        if op.name in send:
            assert op.security == API_KEY_ONLY, op.name
        else:
            assert ("Authorization",) in op.security, op.name


def test_over_http_the_token_travels_as_a_bearer_header_and_never_shows(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def respond(request: Seen) -> tuple[int, Any]:
        return 403, {"errors": ["Forbidden"]}

    with Loopback(respond) as server, caplog.at_level(logging.DEBUG):
        configuration = Configuration(host=server.url, access_token=TOKEN, retry=None, environ={})
        with ApiClient(configuration) as client:
            with pytest.raises(ForbiddenException) as caught:
                DORAMetricsApi(client).get_dora_deployment("deploy-0001")
            with pytest.raises(ConfigurationError, match="DD_API_KEY"):
                DORAMetricsApi(client).create_dora_deployment(
                    service="s", started_at=1, finished_at=2
                )
    assert len(server.requests) == 1
    sent = server.requests[0].headers
    assert sent["Authorization"] == f"Bearer {TOKEN}"
    assert not {"DD-API-KEY", "DD-APPLICATION-KEY"} & {h.upper() for h in sent}
    error = caught.value
    for text in (str(error), repr(error), error.body, str(error.headers), caplog.text):
        assert TOKEN not in text
