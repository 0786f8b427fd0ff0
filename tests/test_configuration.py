"""Configuration: sites, hosts, keys from the environment, preview opt-ins, redaction."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from datadog_deployments import Configuration, ConfigurationError, UnstableOperationDisabledError
from datadog_deployments.unstable import (
    PREVIEW_OPERATIONS,
    PreviewOperationWarning,
    UnstableOperations,
)
from datadog_deployments_api.spec_index import OPERATIONS, SITES

API_KEY = "api-0123456789abcdef"
APP_KEY = "app-fedcba9876543210"


@pytest.mark.parametrize("site", SITES)
def test_each_site_has_its_api_host(site: str) -> None:
    assert Configuration(site=site, environ={}).base_url == f"https://api.{site}"


def test_default_site_and_environment() -> None:
    assert Configuration(environ={}).base_url == "https://api.datadoghq.com"
    env = {"DD_SITE": "datadoghq.eu", "DD_API_KEY": API_KEY, "DD_APP_KEY": APP_KEY}
    configuration = Configuration(environ=env)
    assert configuration.base_url == "https://api.datadoghq.eu"
    assert (configuration.api_key, configuration.app_key) == (API_KEY, APP_KEY)


def test_explicit_arguments_win_over_the_environment() -> None:
    env = {"DD_SITE": "datadoghq.eu", "DD_API_KEY": "env-key", "DD_APP_KEY": "env-app"}
    configuration = Configuration(
        site="us5.datadoghq.com", api_key=API_KEY, app_key=APP_KEY, environ=env
    )
    assert configuration.base_url == "https://api.us5.datadoghq.com"
    assert (configuration.api_key, configuration.app_key) == (API_KEY, APP_KEY)


def test_reads_process_environment_when_not_given_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DD_SITE", "ap1.datadoghq.com")
    monkeypatch.setenv("DD_API_KEY", API_KEY)
    assert Configuration().base_url == "https://api.ap1.datadoghq.com"
    assert Configuration().api_key == API_KEY


def test_unknown_site_lists_the_known_ones() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Configuration(site="datadoghq.fr", environ={})
    message = str(caught.value)
    assert "datadoghq.fr" in message
    assert all(site in message for site in SITES)


def test_unknown_site_from_environment_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"datadoghq\.moon"):
        Configuration(environ={"DD_SITE": "datadoghq.moon"})


@pytest.mark.parametrize(
    "host",
    ["http://127.0.0.1:8126", "http://localhost:9", "http://[::1]:80", "https://proxy.example.com"],
)
def test_host_replaces_the_base_url(host: str) -> None:
    assert Configuration(host=host + "/", environ={}).base_url == host


@pytest.mark.parametrize("host", ["http://example.com", "http://10.0.0.1:80", "http://192.168.1.2"])
def test_plain_http_is_refused_off_loopback(host: str) -> None:
    with pytest.raises(ConfigurationError, match="unencrypted"):
        Configuration(host=host, environ={})


@pytest.mark.parametrize("host", ["ftp://127.0.0.1", "127.0.0.1:80", "https://"])
def test_host_must_be_an_http_url(host: str) -> None:
    with pytest.raises(ConfigurationError):
        Configuration(host=host, environ={})


def test_setting_host_or_site_later_is_validated() -> None:
    configuration = Configuration(environ={})
    configuration.host = "http://127.0.0.1:1234"
    assert configuration.base_url == "http://127.0.0.1:1234"
    with pytest.raises(ConfigurationError):
        configuration.host = "http://example.com"
    assert configuration.base_url == "http://127.0.0.1:1234"
    configuration.host = None
    configuration.site = "datadoghq.eu"
    assert configuration.base_url == "https://api.datadoghq.eu"


def test_keys_never_appear_in_repr_or_str() -> None:
    configuration = Configuration(api_key=API_KEY, app_key=APP_KEY, environ={})
    for text in (repr(configuration), str(configuration)):
        assert API_KEY not in text and APP_KEY not in text
        assert "api_key=<set>" in text


def test_missing_key_names_what_to_set() -> None:
    configuration = Configuration(api_key=API_KEY, environ={})
    assert configuration.auth_headers(("DD-API-KEY",), "create_dora_deployment") == {
        "DD-API-KEY": API_KEY
    }
    with pytest.raises(ConfigurationError, match="DD_APP_KEY") as caught:
        configuration.auth_headers(("DD-API-KEY", "DD-APPLICATION-KEY"), "get_dora_deployment")
    assert API_KEY not in str(caught.value)


def test_a_timeout_is_always_set() -> None:
    assert Configuration(environ={}).timeout.read == 30.0
    with pytest.raises(ConfigurationError, match="forever"):
        Configuration(timeout=None, environ={})


def test_unstable_operations_know_every_preview_operation_of_the_spec() -> None:
    expected = {op.name for op in OPERATIONS.values() if op.unstable}
    assert expected == {
        "create_deployment_gate",
        "create_deployment_rule",
        "delete_deployment_gate",
        "delete_deployment_rule",
        "get_deployment_gate",
        "get_deployment_gate_rules",
        "get_deployment_gates_evaluation_result",
        "get_deployment_rule",
        "list_deployment_gate_evaluations",
        "list_deployment_gates",
        "list_deployment_rule_evaluations",
        "trigger_deployment_gates_evaluation",
        "update_deployment_gate",
        "update_deployment_rule",
    }
    assert set(Configuration(environ={}).unstable_operations) == expected == set(PREVIEW_OPERATIONS)


@pytest.mark.parametrize(
    "key",
    [
        "get_deployment_gates_evaluation_result",
        "v2.get_deployment_gates_evaluation_result",
        "v2.GetDeploymentGatesEvaluationResult",
        "getDeploymentGatesEvaluationResult",
    ],
)
def test_unstable_keys_accept_official_spellings(key: str) -> None:
    operations = UnstableOperations()
    operations[key] = True
    assert operations["get_deployment_gates_evaluation_result"] is True
    assert operations["trigger_deployment_gates_evaluation"] is False


def test_unknown_unstable_key_lists_the_known_ones() -> None:
    operations = UnstableOperations()
    with pytest.raises(KeyError) as caught:
        operations["get_dora_deployment"] = True
    assert "trigger_deployment_gates_evaluation" in str(caught.value)
    with pytest.raises(KeyError):
        operations["no_such_operation"]


def test_disabled_preview_operation_says_the_line_that_enables_it() -> None:
    operations = UnstableOperations()
    with pytest.raises(UnstableOperationDisabledError) as caught:
        operations.check("trigger_deployment_gates_evaluation")
    assert 'configuration.unstable_operations["trigger_deployment_gates_evaluation"] = True' in str(
        caught.value
    )
    operations.check("get_dora_deployment")  # stable operations pass silently


def test_enabled_preview_operation_warns_once_per_process_in_plain_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("datadog_deployments.unstable._announced", set())
    first, second = UnstableOperations(), UnstableOperations()
    first["get_deployment_gates_evaluation_result"] = True
    second["get_deployment_gates_evaluation_result"] = True
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            first.check("get_deployment_gates_evaluation_result")
            second.check("get_deployment_gates_evaluation_result")
    assert [w.category for w in caught] == [PreviewOperationWarning]
    message = str(caught[0].message)
    assert message.startswith("get_deployment_gates_evaluation_result is a preview operation: ")
    assert "**" not in message and "](" not in message and "\n" not in message
    assert "Datadog support (https://docs.datadoghq.com/help/)" in message
    assert caught[0].filename == __file__  # it points at the caller's line, not ours


def test_the_preview_warning_is_silenced_the_standard_way(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("datadog_deployments.unstable._announced", set())
    operations = UnstableOperations()
    operations["trigger_deployment_gates_evaluation"] = True
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("ignore", PreviewOperationWarning)
        operations.check("trigger_deployment_gates_evaluation")
    assert caught == []
    assert capfd.readouterr().err == ""


def test_a_plain_script_writes_nothing_to_stderr_but_the_warning(tmp_path: Path) -> None:
    script = (
        "import logging, warnings\n"
        "from datadog_deployments.unstable import UnstableOperations\n"
        "operations = UnstableOperations()\n"
        "operations['trigger_deployment_gates_evaluation'] = True\n"
        "for _ in range(3):\n"
        "    operations.check('trigger_deployment_gates_evaluation')\n"
    )
    (tmp_path / "script.py").write_text(script, encoding="utf-8")
    shown = subprocess.run(
        [sys.executable, "script.py"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    lines = [line for line in shown.stderr.splitlines() if line.strip()]
    assert "script.py:6: PreviewOperationWarning: trigger_deployment_gates_evaluation" in lines[0]
    assert len(lines) == 2 and shown.stdout == ""  # the warning and its source line, once
    silenced = subprocess.run(
        [sys.executable, "-W", "ignore::UserWarning", "script.py"],
        cwd=tmp_path,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert silenced.stderr == "" and silenced.returncode == 0


def test_enabling_one_of_several_preview_operations_is_refused_naming_the_other() -> None:
    operations = UnstableOperations()
    operations["trigger_deployment_gates_evaluation"] = True
    with pytest.raises(UnstableOperationDisabledError) as caught:
        operations.require(
            "trigger_deployment_gates_evaluation", "get_deployment_gates_evaluation_result"
        )
    assert "get_deployment_gates_evaluation_result" in str(caught.value)
    assert "trigger_deployment_gates_evaluation" not in str(caught.value)


def test_configuration_accepts_unstable_operations_argument() -> None:
    configuration = Configuration(
        unstable_operations={"v2.trigger_deployment_gates_evaluation": True}, environ={}
    )
    assert configuration.unstable_operations["trigger_deployment_gates_evaluation"] is True


def test_keys_are_stripped_of_surrounding_whitespace() -> None:
    configuration = Configuration(
        environ={"DD_API_KEY": API_KEY + "\n", "DD_APP_KEY": f" {APP_KEY} "}
    )
    assert (configuration.api_key, configuration.app_key) == (API_KEY, APP_KEY)
    configuration.api_key = "   "
    assert configuration.api_key is None


@pytest.mark.parametrize("bad", ["abc\ndef", "abc def", "kéy", "tab\tinside"])
def test_keys_that_cannot_travel_in_a_header_are_refused_without_showing_them(bad: str) -> None:
    with pytest.raises(ConfigurationError, match="DD_API_KEY") as from_env:
        Configuration(environ={"DD_API_KEY": bad})
    with pytest.raises(ConfigurationError, match=r"app_key") as from_argument:
        Configuration(app_key=bad, environ={})
    for error in (from_env.value, from_argument.value):
        assert bad not in str(error) and "value not shown" in str(error)


def test_base_url_changes_only_through_site_or_host() -> None:
    configuration = Configuration(environ={})
    with pytest.raises(AttributeError):
        configuration.base_url = "http://example.com"  # type: ignore[misc]


@pytest.mark.parametrize(
    "host",
    ["https://user:pass@proxy.example.com", "https://proxy.example.com/?x=1", "https://h/#f"],
)
def test_host_with_credentials_query_or_fragment_is_refused(host: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Configuration(host=host, environ={})
    assert "pass" not in str(caught.value).replace("password", "")


def test_unknown_preview_operation_in_the_constructor_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="get_deployment_gates_evaluation_result"):
        Configuration(unstable_operations={"typo": True}, environ={})
