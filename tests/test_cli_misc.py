"""ddeploy as a whole: help, entry points, fake-server, a terminal, --verbose, start-up cost."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import (
    DDEPLOY,
    FAST,
    KEYS,
    PROGRESS,
    Fake,
    assert_no_keys,
    clean_environ,
    ddeploy,
)
from datadog_deployments import __version__
from datadog_deployments.cli.exit_codes import DETAILS, FAIL_OPEN_REMARKS, ExitCode
from datadog_deployments.cli.main import main
from datadog_deployments.testing import Fault

COMMANDS = [
    [],
    ["gate"],
    ["gate", "evaluate"],
    ["gate", "wait"],
    ["gate", "get"],
    ["dora"],
    ["dora", "send"],
    ["dora", "get"],
    ["fake-server"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "ddeploy")
def test_help_on_every_command_shows_examples(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--help"]) == 0
    shown = capsys.readouterr().out
    assert "examples:" in shown
    assert re.search(rf"^  ddeploy {' '.join(command)}", shown, re.M)


def test_top_level_help_has_the_exit_code_table_and_the_script_runs() -> None:
    run = ddeploy("--help")
    assert run.code == 0
    for code, detail in DETAILS.items():
        assert f"  {int(code)}  {detail}" in run.stdout
    version = subprocess.run(
        [sys.executable, "-m", "datadog_deployments", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == f"ddeploy {__version__}"


def test_the_readme_documents_every_exit_code() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Exit codes") :]
    rows = re.findall(r"^\| (\d+) \| (.*) \|$", table, re.M)
    assert [int(code) for code, _ in rows] == [int(code) for code in DETAILS]
    for code, meaning in rows:
        # The README says what --help says (exit_codes.DETAILS), then may say more.
        said = meaning.replace("`", "")
        exit_code = ExitCode(int(code))
        assert said.startswith(DETAILS[exit_code]), (code, said, DETAILS[exit_code])
        remark = FAIL_OPEN_REMARKS.get(exit_code)
        assert remark is None or remark in said, (code, said, remark)


def test_verbose_shows_requests_and_tracebacks_but_never_a_key(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production")
    run = fake.gate(
        "evaluate", "--service", "checkout-api", "--env", "production", *FAST, "--verbose"
    )
    assert run.code == 0
    assert "datadog_deployments: HTTP Request: POST http://127.0.0.1:" in run.stderr
    assert "an application key from DD_APP_KEY (value not shown)" in run.stderr
    fake.dd.inject(Fault.status(400), operation="TriggerDeploymentGatesEvaluation")
    run = fake.gate("evaluate", "--service", "checkout-api", "--env", "production", "-v")
    assert run.code == 4
    assert "Traceback (most recent call last)" in run.stderr
    assert "BadRequestException" in run.stderr
    # the keys go out in headers and are recorded by the fake; the checks in ddeploy() ran
    assert all(r.headers.get("DD-API-KEY") == KEYS[0] for r in fake.dd.requests)


def test_a_key_that_leaks_into_an_answer_is_redacted(fake: Fake) -> None:
    body = f'{{"errors": ["key {KEYS[0]} is not allowed"]}}'.encode()
    fake.dd.inject(Fault.status(400, body=body), operation="GetDeploymentGatesEvaluationResult")
    run = fake.gate("get", "x", "--json", "-v")
    assert run.code == 4
    assert "key **** is not allowed" in run.outcome
    assert run.json()["outcome"] == "error"


def test_fake_server_command_serves_until_stopped(tmp_path: Path) -> None:
    server = subprocess.Popen(
        [*DDEPLOY, "fake-server", "--port", "0", "--in-progress", "0", "--failing-gate",
         "web:prod=monitor 'web p99' is alerting"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = server.stdout.readline().rsplit(" ", 1)[1].strip()
        env = clean_environ(DD_API_KEY="fake-api-key", DD_APP_KEY="fake-app-key")
        run = subprocess.run(
            [*DDEPLOY, "gate", "evaluate", "--service", "web", "--env", "prod", "--host", url,
             *FAST],
            env=env, capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert run.returncode == 1, run.stderr
        assert "monitor 'web p99' is alerting" in run.stderr
    finally:
        server.terminate()
        assert server.wait(timeout=10) == 0
        for stream in (server.stdout, server.stderr):
            if stream is not None:
                stream.close()


def test_on_a_terminal_a_spinner_line_is_redrawn(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", script=PROGRESS)
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [*DDEPLOY, "gate", "evaluate", "--service", "checkout-api", "--env", "production",
             *fake.host, *FAST],
            env={**clean_environ(), "TERM": "xterm"},
            stdout=subprocess.PIPE, stderr=follower, timeout=30, check=False,
        )  # fmt: skip
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    stderr = b"".join(chunks).decode()
    assert done.returncode == 0
    assert "waiting for the verdict: in_progress" in stderr
    assert "\r" in stderr and "\x1b[K" in stderr
    assert not re.search(r"^\d{4}-\d\d-\d\dT.*poll", stderr, re.M)  # no plain lines on a tty
    assert_no_keys(stderr, done.stdout.decode())


def test_start_up_loads_only_what_the_command_needs(fake: Fake, tmp_path: Path) -> None:
    """--help loads no HTTP client; a request loads neither YAML nor the fake server."""
    probe = (
        "import sys\n"
        "from datadog_deployments.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "heavy = ('httpx', 'yaml', 'datadog_deployments.testing', 'http.server')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "sys.exit(code)\n"
    )
    help_run = subprocess.run(
        [sys.executable, "-c", probe, "gate", "--help"], capture_output=True, text=True
    )
    assert help_run.stdout.splitlines()[-1] == "[]"
    get_run = subprocess.run(
        [sys.executable, "-c", probe, "dora", "get", "0123456789abcdef", *fake.host, "-q"],
        capture_output=True,
        text=True,
        env=clean_environ(),
    )
    assert get_run.returncode == 4
    assert get_run.stdout.splitlines()[-1] == "['httpx']"
