"""What --on-error pass covers (only "Datadog could not answer"), exit 6 for bugs, and every
input checked before use: run as a subprocess against the fake server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import DDEPLOY, FAST, Fake, assert_no_keys, clean_environ, ddeploy
from datadog_deployments.cli.context import check_host
from datadog_deployments.cli.dora import parse_time
from datadog_deployments.cli.outcome import UsageError
from datadog_deployments.cli.rules import load_rules
from datadog_deployments.testing import Fault

TRIGGER = "TriggerDeploymentGatesEvaluation"
RESULT = "GetDeploymentGatesEvaluationResult"
ONE_EVALUATION = ("--service", "checkout-api", "--env", "production")
FAIL_OPEN = ("--on-error", "pass", "--on-timeout", "pass")  # gate evaluate and wait
ON_ERROR = ("--on-error", "pass")
UNKNOWN_ID = "00000000-0000-0000-0000-000000000000"


def test_on_error_pass_never_covers_a_refusal(fake: Fake) -> None:
    """404 (no gate, unknown evaluation), 403 (wrong key): the job's own mistakes."""
    no_gate = fake.gate("evaluate", "--service", "nosuch", "--env", "prod", *FAIL_OPEN, "--json")
    wrong_key = fake.gate(
        "get", UNKNOWN_ID, *ON_ERROR, env=clean_environ(DD_APP_KEY="wrong-app-key-123456")
    )
    unknown_get = fake.gate("get", UNKNOWN_ID, "--on-error", "pass")
    # waiting on an unknown ID: a 404 on every poll until --timeout is still a refusal
    unknown_wait = fake.gate("wait", UNKNOWN_ID, *FAIL_OPEN, "--timeout", "2.5", *FAST)
    for run, status in ((no_gate, 404), (wrong_key, 403), (unknown_get, 404), (unknown_wait, 404)):
        assert run.code == 4, run.stderr
        assert run.outcome.startswith("ddeploy: ERROR: "), run.outcome
        assert f"HTTP {status}" in run.outcome
        assert run.outcome.endswith("(exit 4: Datadog refused the request or answered unusably)")
    assert no_gate.json()["failed_open"] is False and no_gate.json()["outcome"] == "error"
    assert "still so at --timeout 2.5s" in unknown_wait.outcome


def test_when_every_poll_fails_until_the_deadline_datadog_is_unavailable(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production")
    fake.dd.inject(Fault.status(503), times=None, operation=RESULT)
    run = fake.gate("evaluate", *ONE_EVALUATION, "--timeout", "2", *FAST, "--on-timeout", "pass")
    assert run.code == 4  # not a silent timeout: --on-timeout pass does not apply
    assert run.outcome.startswith("ddeploy: DATADOG UNAVAILABLE: Datadog could not answer")
    assert "no poll got an answer; last: HTTP 503" in run.outcome
    (evaluation,) = fake.dd.evaluations
    assert f"to pick it up again: ddeploy gate wait {evaluation.evaluation_id}" in run.outcome
    assert run.outcome.endswith("(exit 4: Datadog could not answer)")
    fake.dd.clear_faults()
    fake.dd.inject(Fault.drop(), times=None, operation=RESULT)  # network failures: the same
    run = fake.gate("evaluate", *ONE_EVALUATION, "--timeout", "2", *FAST, "--on-error", "pass")
    assert run.code == 0
    assert "no poll got an answer; last: ConnectionLostError" in run.outcome
    assert "exit 0 because of --on-error pass; otherwise exit 4" in run.outcome


def test_a_bug_in_ddeploy_has_its_own_exit_code_and_never_fails_open(fake: Fake) -> None:
    """A bug is injected into the real command (there is no known one to trigger)."""
    probe = (
        "import sys\n"
        "from datadog_deployments.cli import gate\n"
        "from datadog_deployments.cli.main import main\n"
        "def broken(ctx):\n"
        "    return {}['no such key in ddeploy']\n"
        "gate.evaluate = broken\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    command = [sys.executable, "-c", probe, "gate", "evaluate", *ONE_EVALUATION, *fake.host]
    for extra in ((*FAIL_OPEN, "--json"), ("--verbose",)):
        done = subprocess.run(
            [*command, *extra], env=clean_environ(), capture_output=True, text=True, timeout=30
        )
        assert_no_keys(done.stdout, done.stderr)
        assert done.returncode == 6, done.stderr
        last = done.stderr.strip().splitlines()[-1]
        assert last.startswith("ddeploy: INTERNAL ERROR: unexpected KeyError: ")
        assert last.endswith("(exit 6: internal error in ddeploy)")
        if "--json" in extra:
            document = json.loads(done.stdout)
            assert (document["outcome"], document["exit_code"]) == ("internal", 6)
            assert document["failed_open"] is False
            assert "Traceback" not in done.stderr
        else:
            assert "Traceback (most recent call last)" in done.stderr
    assert fake.dd.requests == []


@pytest.mark.parametrize(
    ("name", "content", "named"),
    [
        ("list-type.json", '{"rules":[{"type":[],"name":"x"}]}', "rules[0].type ('x'): unknown"),
        ("map-type.yaml", "rules:\n  - {type: {a: 1}, name: x}\n", "rules[0].type ('x'): unknown"),
        ("date.yaml", "- {type: monitor, name: 2025-01-01, options: {query: q}}", "rules[0].name"),
        ("deep.json", '{"rules": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ("deep.yaml", "rules: " + "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("block.yaml", "".join(" " * i + "a:\n" for i in range(900)), "nested too deeply"),
        ("nan.json", '[{"type":"monitor","name":"m","options":{"query":NaN}}]', "not valid JSON"),
        ("bad-utf8.json", b"\xff\xfe{}", "cannot read it"),
    ],
)
def test_a_malformed_rules_file_is_a_usage_error_naming_the_path_inside_it(
    tmp_path: Path, name: str, content: str | bytes, named: str
) -> None:
    rules = tmp_path / name
    if isinstance(content, bytes):
        rules.write_bytes(content)
    else:
        rules.write_text(content)
    with pytest.raises(UsageError) as caught:
        load_rules(str(rules))
    assert caught.value.message.startswith(f"--rules {rules}: ")
    assert named in caught.value.message


def test_a_malformed_rules_file_is_exit_2_even_when_failing_open(
    fake: Fake, tmp_path: Path
) -> None:
    for name, content in (
        ("list-type.json", '{"rules":[{"type":[],"name":"x"}]}'),
        ("deep.yaml", "rules: " + "[" * 100_000 + "]" * 100_000),
    ):
        rules = tmp_path / name
        rules.write_text(content)
        run = fake.gate("evaluate", *ONE_EVALUATION, "--rules", str(rules), *FAIL_OPEN)
        assert run.code == 2, run.stderr
        assert run.outcome.startswith(f"ddeploy: USAGE ERROR: --rules {rules}: ")
        assert "Traceback" not in run.stderr
    assert fake.dd.requests == []


@pytest.mark.parametrize(
    ("host", "said"),
    [
        ("http://127.0.0.1:1?", "give only the scheme, host and port"),
        ("http://127.0.0.1:1/#x", "without user:password@, ?query or #fragment"),
        ("http://127.0.0.1:1/a b", "without spaces or control characters"),
        ("http://127.0.0.1:1/<a>", "give only the scheme, host and port"),
        ("http://127.0.0.1:1/api", "give only the scheme, host and port"),
        ("http://127.0.0.1:99999", "Port out of range"),
        ("ftp://127.0.0.1", "must be an http(s) URL"),
        ("http://user:pw@127.0.0.1", "no user or password in the URL (value not shown)"),
        ("http://127.1:8126", "refusing plain http to 127.1"),  # the library's rule, too
    ],
)
def test_a_host_with_a_query_fragment_or_stray_character_is_refused(host: str, said: str) -> None:
    with pytest.raises(UsageError, match=re.escape(said)):
        check_host(host)
    assert check_host("http://127.0.0.1:8126/") == "http://127.0.0.1:8126/"


def test_the_cli_and_the_library_refuse_the_same_hosts() -> None:
    """check_host is the library's checked_host plus the CLI's own rules: never looser."""
    from datadog_deployments.errors import ConfigurationError
    from datadog_deployments.sites import checked_host

    hosts = [
        "http://127.1",
        "HTTP://LOCALHOST:1",
        "https://[::1]:1",
        "http://0x7f.1",
        "https://a_b",
    ]
    for host in hosts:
        try:
            checked_host(host)
        except ConfigurationError:
            with pytest.raises(UsageError):
                check_host(host)


def test_a_host_with_a_path_is_refused_before_anything_is_sent(fake: Fake) -> None:
    """A path in --host used to end as "no deployment gate for service ..." (a 404)."""
    run = ddeploy(
        "gate", "evaluate", *ONE_EVALUATION, "--host", fake.dd.url + "/api", "--json", *ON_ERROR
    )
    assert run.code == 2, run.stderr
    assert "argument --host:" in run.outcome
    assert "give only the scheme, host and port" in run.outcome
    assert run.json()["outcome"] == "usage"
    run = ddeploy("gate", "get", UNKNOWN_ID, "--host", fake.dd.url + "\n", *ON_ERROR)
    assert run.code == 2, run.stderr
    assert "argument --host: host must be a URL without spaces or control characters" in run.outcome
    assert fake.dd.requests == []


@pytest.mark.parametrize("text", ["1e30", "-1", "0001-01-01", "9999-12-31", "nan", "inf", ""])
def test_times_outside_what_datadog_takes_are_refused(text: str) -> None:
    with pytest.raises(UsageError, match=r"--started-at '.*' is (not a time|out of range)"):
        parse_time(text, "--started-at")


def test_bad_environment_and_flags_are_exit_2_even_when_failing_open(fake: Fake) -> None:
    runs = {
        # the default site is https, so proxy variables apply: this one cannot be used
        "cannot use the proxy from ALL_PROXY": ddeploy(
            "gate",
            "get",
            UNKNOWN_ID,
            *ON_ERROR,
            env=clean_environ(ALL_PROXY="socks5://127.0.0.1:9"),
        ),
        # a control character (httpx's InvalidURL is no ValueError); user:pass is not shown
        "cannot use the proxy from HTTPS_PROXY (value not shown)": ddeploy(
            "gate",
            "get",
            UNKNOWN_ID,
            *ON_ERROR,
            env=clean_environ(HTTPS_PROXY="http://user:s3cr3t@127.0.0.1:9\n"),
        ),
        "--started-at '1e30' is": fake.dora(
            "send", "--service", "web", "--started-at", "1e30", *ON_ERROR
        ),
        # a budget too small to even ask: the job's setup, not an outage
        "--timeout 0.001s ran out before ddeploy could ask Datadog": fake.gate(
            "evaluate", *ONE_EVALUATION, "--timeout", "0.001", *FAIL_OPEN
        ),
    }
    for said, run in runs.items():
        assert run.code == 2, (said, run.stderr)
        assert said in run.outcome, run.outcome
        assert run.outcome.endswith("(exit 2: usage or configuration error)")
        assert "s3cr3t" not in run.stderr + run.stdout
    assert fake.dd.requests == []


def test_a_key_that_cannot_travel_names_its_variable(fake: Fake) -> None:
    env = clean_environ(DD_APP_KEY="has a space 12345")
    run = fake.gate("get", UNKNOWN_ID, env=env)
    assert run.code == 2
    assert "DD_APP_KEY is not a valid Datadog key" in run.outcome
    assert "has a space" not in run.stderr
    env = {k: v for k, v in clean_environ().items() if k != "DD_API_KEY"}
    env["DATADOG_API_KEY"] = "tab\tinside-123456"
    run = fake.dora("send", "--service", "web", "--started-at", "1763805600", env=env)
    assert run.code == 2 and "DATADOG_API_KEY is not a valid Datadog key" in run.outcome
    assert fake.dd.requests == []


def test_poll_interval_has_a_floor_of_one_second(fake: Fake) -> None:
    run = fake.gate("evaluate", *ONE_EVALUATION, "--poll-interval", "0.000001")
    assert run.code == 2
    assert "at least 1 second" in run.stderr
    assert fake.dd.requests == []


def test_rules_are_read_from_regular_files_only_and_up_to_a_size(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as file:
        file.truncate(200 * 1024 * 1024)  # sparse: 200 MB that take no disk
    for path, said in (
        ("/dev/zero", "not a regular file"),
        (str(big), "more than 1024 KiB"),
        (str(tmp_path), "cannot read it: Is a directory"),
    ):
        with pytest.raises(UsageError, match=re.escape(f"--rules {path}: {said}")):
            load_rules(path)


def test_rules_from_a_fifo_or_an_endless_stdin_never_hang(fake: Fake, tmp_path: Path) -> None:
    fifo = tmp_path / "rules.fifo"
    os.mkfifo(fifo)  # nobody ever writes: opening it for reading would block
    run = fake.gate("evaluate", *ONE_EVALUATION, "--rules", str(fifo))
    assert run.code == 2 and f"--rules {fifo}: not a regular file" in run.outcome
    writer = subprocess.Popen(["sleep", "30"], stdout=subprocess.PIPE)
    try:
        reader = subprocess.run(
            [*DDEPLOY, "gate", "evaluate", *ONE_EVALUATION, *fake.host, "--rules", "-",
             "--timeout", "2"],
            stdin=writer.stdout, capture_output=True, text=True, env=clean_environ(), timeout=20,
        )  # fmt: skip
    finally:
        writer.kill()
        writer.wait()
        if writer.stdout is not None:
            writer.stdout.close()
    assert reader.returncode == 2
    assert "--rules -: nothing complete to read within --timeout" in reader.stderr
    with open("/dev/zero", "rb") as zeros:
        endless = subprocess.run(
            [*DDEPLOY, "gate", "evaluate", *ONE_EVALUATION, *fake.host, "--rules", "-"],
            stdin=zeros, capture_output=True, text=True, env=clean_environ(), timeout=20,
        )  # fmt: skip
    assert endless.returncode == 2 and "--rules -: more than 1024 KiB" in endless.stderr
    assert fake.dd.requests == []


def test_an_unreadable_event_from_the_server_is_an_api_error_not_a_crash(fake: Fake) -> None:
    body = {
        "data": {
            "id": "0123456789abcdef",
            "type": "dora_deployment",
            "attributes": {"service": "web", "started_at": 1e30, "finished_at": 1e30},
        }
    }
    sent = fake.dora("send", "--service", "web", "--started-at", "1763805600", "--no-git",
                     "--id", "0123456789abcdef")  # fmt: skip
    assert sent.code == 0, sent.stderr
    fake.dd.inject(Fault.status(200, body=body), operation="GetDORADeployment")
    run = fake.dora("get", "0123456789abcdef", "--on-error", "pass")
    assert run.code == 4, run.stderr
    assert "cannot be read" in run.outcome
    assert "INTERNAL" not in run.outcome and "Traceback" not in run.stderr


def test_an_oauth_token_alone_works_where_the_api_takes_it(fake: Fake) -> None:
    """DD_BEARER_TOKEN: sent alone to what accepts it, never shown; dora send needs the key."""
    token = fake.dd.access_token
    env = {k: v for k, v in clean_environ().items() if k not in ("DD_API_KEY", "DD_APP_KEY")}
    env["DD_BEARER_TOKEN"] = token
    fake.dd.add_gate("checkout-api", "production")
    run = fake.gate("evaluate", *ONE_EVALUATION, *FAST, "--verbose", "--json", env=env)
    assert run.code == 0, run.stderr
    assert "an OAuth access token from DD_BEARER_TOKEN (value not shown)" in run.stderr
    assert token not in run.stdout + run.stderr
    for request in fake.dd.requests:
        assert request.headers.get("authorization") == f"Bearer {token}"
        assert "dd-api-key" not in request.headers and "dd-application-key" not in request.headers
    sent = len(fake.dd.requests)
    run = fake.dora("send", "--service", "web", "--started-at", "1", "--no-git", env=env)
    assert run.code == 2
    assert "dora send needs an API key: set DD_API_KEY (or DATADOG_API_KEY)" in run.outcome
    assert "DD_BEARER_TOKEN is set, but create_dora_deployment takes keys only" in run.outcome
    assert len(fake.dd.requests) == sent


def test_a_server_failure_says_how_often_it_was_tried_and_why_not_more() -> None:
    from datadog_deployments.cli.failures import could_not_answer, explain
    from datadog_deployments.errors import ServiceException

    def failure(operation: str, attempts: int) -> ServiceException:
        error = ServiceException(
            status=503, reason="Service Unavailable", headers={}, body="{}", operation=operation
        )
        error.after(attempts)
        return error

    create = failure("create_deployment_rule", 1)
    why = explain(create, "https://api.datadoghq.com", None)
    assert why.case == "unavailable" and could_not_answer(create)  # still fails open
    assert "retries ran out" not in why.message and "not retried" in why.message
    read = explain(failure("get_deployment_gate", 7), "https://api.datadoghq.com", None)
    assert "after 7 attempts, the retries ran out" in read.message
    once = explain(failure("get_deployment_gate", 1), "https://api.datadoghq.com", None)
    assert "after 1 attempt" in once.message and "retries ran out" not in once.message
