"""ddeploy dora send | get, run as a subprocess against the fake server."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from cli_support import Fake, clean_environ, github_outputs
from client_support import COMMIT
from datadog_deployments.testing import Fault

STARTED_NS = 1763805600_000_000_000  # 2025-11-22T10:00:00Z
EVENT = (
    "--service", "checkout-api", "--env", "production", "--version", "2.4.0", "--team", "payments",
    "--custom-tag", "department:payments", "--custom-tag", "tier:1",
)  # fmt: skip


def git_checkout(path: Path, origin: str) -> str:
    """A work tree with one commit and an origin remote; returns HEAD."""

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
            cwd=path,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.strip()

    git("init", "-q")
    git("commit", "-q", "--allow-empty", "-m", "first")
    git("remote", "add", "origin", origin)
    return git("rev-parse", "HEAD")


def test_send_prints_the_stored_id_and_sends_every_field(fake: Fake, tmp_path: Path) -> None:
    run = fake.dora(
        "send", *EVENT, "--started-at", "2025-11-22T10:00:00Z", "--finished-at", "1763805660000",
        "--git-commit-sha", COMMIT, "--git-repository-url", "https://github.com/org/checkout-api",
        cwd=tmp_path,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    deployment_id = run.stdout.strip()
    assert run.stdout == deployment_id + "\n"
    # The ID was assigned by the client before sending, so that a retry repeats it.
    sent = fake.dd.requests_for("CreateDORADeployment")[0].json
    assert sent["data"]["attributes"]["id"] == deployment_id
    assert fake.dd.deployments[deployment_id] == {
        "service": "checkout-api",
        "started_at": STARTED_NS,
        "finished_at": STARTED_NS + 60_000_000_000,  # milliseconds, sent as nanoseconds
        "env": "production",
        "version": "2.4.0",
        "team": "payments",
        "git": {"commit_sha": COMMIT, "repository_url": "https://github.com/org/checkout-api"},
        "custom_tags": ["department:payments", "tier:1"],
    }
    assert f"ddeploy: OK: deployment event stored as {deployment_id} (exit 0: success)" in (
        run.outcome
    )


def test_send_defaults_finished_at_to_now_and_takes_unix_seconds_and_own_id(
    fake: Fake, tmp_path: Path
) -> None:
    started = int(time.time()) - 60
    run = fake.dora(
        "send", "--service", "web", "--started-at", str(started), "--id", "deploy-2025-11-22-0001",
        "--json", cwd=tmp_path,
    )  # fmt: skip
    assert run.code == 0, run.stderr
    document = run.json()
    assert document["deployment_id"] == "deploy-2025-11-22-0001"
    stored = fake.dd.deployments["deploy-2025-11-22-0001"]
    assert stored["started_at"] == started * 10**9
    assert abs(stored["finished_at"] - time.time_ns()) < 30 * 10**9
    assert "git" not in stored  # tmp_path is not a git work tree


def test_send_reads_head_and_origin_without_credentials(fake: Fake, tmp_path: Path) -> None:
    head = git_checkout(tmp_path, "https://ci-token:s3cr3t-t0ken@gitlab.example.com/org/web.git")
    run = fake.dora("send", "--service", "web", "--started-at", "1763805600", cwd=tmp_path)
    assert run.code == 0, run.stderr
    stored = fake.dd.deployments[run.stdout.strip()]
    assert stored["git"] == {
        "commit_sha": head,
        "repository_url": "https://gitlab.example.com/org/web.git",
    }
    assert "s3cr3t-t0ken" not in run.stderr + run.stdout
    run = fake.dora(
        "send", "--service", "web", "--started-at", "1763805600", "--no-git", cwd=tmp_path
    )
    assert "git" not in fake.dd.deployments[run.stdout.strip()]


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (("--started-at", "yesterday"), "--started-at 'yesterday' is not a time"),
        (("--started-at", "1763805660", "--finished-at", "1763805600"), "is before --started-at"),
        (("--started-at", "1763805600", "--id", "short"), "--id 'short' must be 16 to 128"),
        (("--started-at", "1763805600", "--custom-tag", "novalue"), "is not KEY:VALUE"),
        (
            ("--started-at", "1763805600", "--no-git", "--git-commit-sha", COMMIT),
            "--git-commit-sha and --git-repository-url go together",
        ),
    ],
)
def test_send_usage_errors(fake: Fake, tmp_path: Path, args: tuple[str, ...], problem: str) -> None:
    run = fake.dora("send", "--service", "web", *args, cwd=tmp_path)
    assert run.code == 2
    assert problem in run.outcome
    assert fake.dd.requests == []


def test_send_needs_only_the_api_key(fake: Fake, tmp_path: Path) -> None:
    env = {k: v for k, v in clean_environ().items() if k != "DD_APP_KEY"}
    run = fake.dora("send", "--service", "web", "--started-at", "1763805600", env=env, cwd=tmp_path)
    assert run.code == 0, run.stderr
    env = {k: v for k, v in clean_environ().items() if k != "DD_API_KEY"}
    run = fake.dora("send", "--service", "web", "--started-at", "1763805600", env=env, cwd=tmp_path)
    assert run.code == 2 and "set DD_API_KEY (or DATADOG_API_KEY)" in run.outcome


def test_get_prints_the_event_on_stdout_and_as_json(fake: Fake, tmp_path: Path) -> None:
    sent = fake.dora(
        "send", *EVENT, "--started-at", "1763805600", "--finished-at", "1763805660",
        "--git-commit-sha", COMMIT, "--git-repository-url", "git@github.com:org/checkout-api.git",
        cwd=tmp_path,
    )  # fmt: skip
    deployment_id = sent.stdout.strip()
    run = fake.dora("get", deployment_id)
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["id", deployment_id]
    assert ["service", "checkout-api"] in [line.split() for line in lines]
    assert "finished_at  2025-11-22T10:01:00Z (60s later)" in run.stdout
    assert f"git          {COMMIT} github.com/org/checkout-api" in run.stdout
    document = fake.dora("get", deployment_id, "--json").json()
    assert document["deployment"]["started_at"] == "2025-11-22T10:00:00Z"  # sent as ns
    assert document["deployment"]["git"]["repository_id"] == "github.com/org/checkout-api"
    assert document["started_at"] == "2025-11-22T10:00:00Z"
    assert document["duration_seconds"] == 60


def test_get_unknown_id_is_exit_4_and_fail_open_is_opt_in(fake: Fake, tmp_path: Path) -> None:
    run = fake.dora("get", "0123456789abcdef")
    assert run.code == 4
    assert "no deployment event with ID 0123456789abcdef (HTTP 404" in run.outcome
    outputs = tmp_path / "output"
    env = clean_environ(GITHUB_OUTPUT=str(outputs))
    run = fake.dora("get", "0123456789abcdef", "--on-error", "pass", env=env)
    assert run.code == 4  # a 404 never fails open: the ID is wrong, Datadog is fine
    assert github_outputs(outputs) == {
        "outcome": "error",
        "exit_code": "4",
        "deployment_id": "0123456789abcdef",
    }
    fake.dd.inject(Fault.status(502), times=None, operation="GetDORADeployment")
    run = fake.dora("get", "0123456789abcdef", "--on-error", "pass", "--timeout", "2", env=env)
    assert run.code == 0
    assert github_outputs(outputs)["outcome"] == "unavailable"
    assert "exit 0 because of --on-error pass; otherwise exit 4" in run.outcome


@pytest.mark.parametrize(
    "command", [("send", "--service", "checkout-api"), ("failure", "send", "--team", "payments")]
)
def test_a_send_that_fails_still_names_the_event_id_and_a_rerun_with_it_stores_one_event(
    fake: Fake, tmp_path: Path, command: tuple[str, ...]
) -> None:
    """Issue 11: the ID is chosen before the first attempt, so a failed send can be repeated."""
    operation = "CreateDORADeployment" if command[0] == "send" else "CreateDORAFailure"

    def stored() -> list[str]:
        return list(fake.dd.deployments if command[0] == "send" else fake.dd.failures)

    fake.dd.inject(Fault.status(503), times=None, operation=operation)
    outputs = tmp_path / "outputs"
    env = clean_environ(GITHUB_OUTPUT=str(outputs))
    sent = (*command, "--started-at", "1763805600", "--no-git", "--timeout", "1.5", "--json")
    run = fake.dora(*sent, env=env, cwd=tmp_path)
    assert run.code == 4, run.stderr
    name = "deployment_id" if command[0] == "send" else "failure_id"
    event_id = run.json()[name]
    assert isinstance(event_id, str) and 16 <= len(event_id) <= 128
    assert github_outputs(outputs)[name] == event_id
    assert f"--id {event_id}" in run.outcome
    attempts = fake.dd.requests_for(operation)
    assert attempts and {r.json["data"]["attributes"]["id"] for r in attempts} == {event_id}
    assert stored() == []

    fake.dd.clear_faults()
    again = fake.dora(*sent[:-1], "--id", event_id, env=env, cwd=tmp_path)
    assert again.code == 0, again.stderr
    assert again.stdout.strip() == event_id
    assert stored() == [event_id]
