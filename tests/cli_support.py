"""Running the real ``ddeploy`` console script in a subprocess against a FakeDatadog.

Every run is checked for the keys: neither stdout nor stderr may ever contain them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from client_support import API_KEY, APP_KEY
from datadog_deployments.testing import FakeDatadog, GateScript

_SCRIPT = shutil.which("ddeploy", path=str(Path(sys.executable).parent))
DDEPLOY = [_SCRIPT] if _SCRIPT else [sys.executable, "-m", "datadog_deployments"]
QUICK = GateScript()  # a verdict at the first poll: no test waits for nothing
PROGRESS = GateScript(in_progress_for=0.2)  # in_progress first, the verdict at the second poll
FAST = ("--poll-interval", "1")  # the floor
KEYS = (API_KEY, APP_KEY)


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    @property
    def outcome(self) -> str:
        """The last line of stderr: every run ends with its outcome line."""
        lines = self.stderr.strip().splitlines()
        return lines[-1] if lines else ""


def clean_environ(**extra: str) -> dict[str, str]:
    """The test process's environment without Datadog, GitHub or DD_ settings, plus `extra`."""
    prefixes = ("DD_", "DATADOG_", "GITHUB_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    env.update({"DD_API_KEY": API_KEY, "DD_APP_KEY": APP_KEY, "NO_COLOR": "1"})
    env.update(extra)
    return env


def ddeploy(
    *args: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    stdin: str | None = None,
    timeout: float = 30,
) -> Run:
    done = subprocess.run(
        [*DDEPLOY, *args],
        env=dict(env) if env is not None else clean_environ(),
        cwd=cwd,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    run = Run(done.returncode, done.stdout, done.stderr)
    assert_no_keys(run.stdout, run.stderr)
    return run


def assert_no_keys(*texts: str) -> None:
    for text in texts:
        for key in KEYS:
            assert key not in text, "a key appeared in the output"


class Fake:
    """A FakeDatadog on the real clock with the test keys, and `--host` for ddeploy."""

    def __init__(self, fake: FakeDatadog) -> None:
        self.dd = fake
        self.host = ("--host", fake.url)

    def gate(
        self, *args: str, env: Mapping[str, str] | None = None, cwd: Path | None = None
    ) -> Run:
        return ddeploy("gate", *args, *self.host, env=env, cwd=cwd)

    def dora(
        self, *args: str, env: Mapping[str, str] | None = None, cwd: Path | None = None
    ) -> Run:
        return ddeploy("dora", *args, *self.host, env=env, cwd=cwd)


@pytest.fixture
def fake() -> Iterator[Fake]:
    with FakeDatadog(api_key=API_KEY, app_key=APP_KEY, default_script=QUICK) as dd:
        yield Fake(dd)


def github_outputs(path: Path) -> dict[str, str]:
    """GITHUB_OUTPUT's name=value lines (and name<<DELIMITER blocks) as a dict."""
    values: dict[str, str] = {}
    lines = iter(path.read_text(encoding="utf-8").splitlines())
    for line in lines:
        if "<<" in line and "=" not in line.split("<<", 1)[0]:
            name, delimiter = line.split("<<", 1)
            block = []
            for inner in lines:
                if inner == delimiter:
                    break
                block.append(inner)
            values[name] = "\n".join(block)
        else:
            name, _, value = line.partition("=")
            values[name] = value
    return values
