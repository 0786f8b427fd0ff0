"""What ddeploy writes: no key in any form it was sent, server text neutralised before a
terminal or a GitHub file, a spinner that never wraps, and why git details are missing."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import termios
from pathlib import Path

from cli_support import DDEPLOY, FAST, PROGRESS, Fake, clean_environ, github_outputs
from client_support import API_KEY, APP_KEY
from datadog_deployments.testing import Fault

RESULT = "GetDeploymentGatesEvaluationResult"
EID = "22292c84-46ac-4e89-95a0-9a9bc1ee01c1"
ANSI_OR_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What a runner takes for a workflow command: a line starting (after spaces) with these.
WORKFLOW_COMMAND = re.compile(r"^\s*(::|##\[|##vso\[)", re.M)


def hostile_result(url: str) -> dict[str, object]:
    rules = [
        {
            "name": "\x1b]0;pwned\x07\x1b[2J::add-mask::{x}",
            "status": "fail",
            "reason": "error rate up\n::error file=a::fake annotation\r\n##[warning]x\x1b[31m red",
            "dry_run": False,
        },
        {"name": "ok [click](javascript:alert(1)) <img src=x>", "status": "pass"},
    ]
    attributes = {
        "dry_run": False,
        "evaluation_id": EID,
        "evaluation_url": url,
        "gate_id": "ebf43df4-b21b-4b7c-83bd-ec75533d58f7",
        "gate_status": "fail",
        "rules": rules,
    }
    data = {"id": EID, "type": "deployment_gates_evaluation_result_response"}
    return {"data": {**data, "attributes": attributes}}


def test_server_text_is_neutralised_everywhere_ddeploy_writes(fake: Fake, tmp_path: Path) -> None:
    outputs, summary = tmp_path / "output", tmp_path / "summary.md"
    env = clean_environ(GITHUB_OUTPUT=str(outputs), GITHUB_STEP_SUMMARY=str(summary))
    fake.dd.add_gate("checkout-api", "production")
    for url in ("javascript:alert(document.cookie)", "https://app.datadoghq.com/x?a=(b)\n::x"):
        eid = fake.dd.start_evaluation("checkout-api", "production").evaluation_id
        fake.dd.inject(Fault.status(200, body=hostile_result(url)), operation=RESULT)
        run = fake.gate("get", eid, env=env)
        assert run.code == 1, run.stderr
        for text in (run.stderr, run.stdout):
            assert not ANSI_OR_CONTROL.search(text.replace("\n", "")), text
            assert not WORKFLOW_COMMAND.search(text), text
        assert "\\::add-mask::{x}" in run.stderr  # shown, escaped, not obeyed
        # one line: the runner reads a command only at the start of a line
        assert "error rate up ::error file=a::fake annotation ##[warning]x red" in run.stderr
    markdown = summary.read_text(encoding="utf-8")
    assert not ANSI_OR_CONTROL.search(markdown.replace("\n", ""))
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown) and "<img" not in markdown
    assert "\\[click\\](javascript:alert(1)) &lt;img src=x&gt;" in markdown
    assert "javascript:alert(document.cookie)" in markdown  # as text, never as a link
    assert "](https://app.datadoghq.com/x?a=%28b%29%20::x)" in markdown  # one line, quoted
    values = github_outputs(outputs)
    assert not ANSI_OR_CONTROL.search("".join(values.values()))
    assert values["url"] == "https://app.datadoghq.com/x?a=%28b%29%20::x"


def test_a_key_is_redacted_in_every_form_it_was_sent(fake: Fake, tmp_path: Path) -> None:
    """DD_API_KEY ends in a newline (a secret file): the stripped key is what goes out, and
    what a server quoting it back must not get printed. A bearer token is covered too."""
    token = "bearer-token-0123456789abcdef"
    outputs, summary = tmp_path / "output", tmp_path / "summary.md"
    env = clean_environ(
        DD_API_KEY=API_KEY + "\n",
        DD_BEARER_TOKEN=token,
        GITHUB_OUTPUT=str(outputs),
        GITHUB_STEP_SUMMARY=str(summary),
    )
    quoted = f'{{"errors": ["keys {API_KEY} / {APP_KEY} / Bearer {token} are not allowed"]}}'
    fake.dd.inject(Fault.status(400, body=quoted.encode()), operation=RESULT)
    run = fake.gate("get", "x", "--json", "--verbose", env=env)
    assert run.code == 4
    # gate get accepts OAuth: the token goes alone (the library's rule)
    assert fake.dd.requests[0].headers.get("Authorization") == f"Bearer {token}"
    assert "keys **** / **** / Bearer **** are not allowed" in run.outcome
    written = run.stdout + run.stderr + outputs.read_text() + summary.read_text()
    for secret in (API_KEY, APP_KEY, token):
        assert secret not in written
    assert run.json()["message"].startswith("Datadog rejected the request")
    # dora send takes the API key only: it goes out stripped, and is not printed back
    fake.dd.inject(Fault.status(400, body=quoted.encode()), operation="CreateDORADeployment")
    run = fake.dora("send", "--service", "web", "--started-at", "1", "--no-git", "--json", env=env)
    assert run.code == 4
    assert fake.dd.requests[-1].headers.get("DD-API-KEY") == API_KEY  # sent stripped
    assert "keys **** / **** / Bearer **** are not allowed" in run.outcome
    written = run.stdout + run.stderr + outputs.read_text() + summary.read_text()
    for secret in (API_KEY, APP_KEY, token):
        assert secret not in written


def test_the_spinner_fits_a_narrow_terminal(fake: Fake) -> None:
    fake.dd.add_gate("checkout-api", "production", script=PROGRESS)
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 50, 0, 0))
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
    frames = [
        re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", part)
        for line in stderr.split("\n")
        for part in line.split("\r")
        if "waiting for the verdict" in part or "⠋" in part or "…" in part
    ]
    assert frames, stderr
    assert all(len(frame) < 50 for frame in frames), frames  # never wraps to a new line
    assert any(frame.endswith("…") for frame in frames)  # cut, and says so


def test_dora_send_says_why_git_details_are_missing_without_verbose(
    fake: Fake, tmp_path: Path
) -> None:
    run = fake.dora("send", "--service", "web", "--started-at", "1763805600", cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert "no git commit or repository URL from the checkout: not inside a git work tree" in (
        run.stderr
    )
    assert "change lead time needs them" in run.stderr
    quiet = fake.dora("send", "--service", "web", "--started-at", "1763805600", "--no-git",
                      cwd=tmp_path)  # fmt: skip
    assert "git" not in quiet.stderr  # asked for no git: nothing to explain
