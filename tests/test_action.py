"""action.yml, run the way a GitHub runner runs a composite action: its steps' bash scripts,
with the inputs evaluated into each step's `env`, a GITHUB_OUTPUT file per step, and the
action's outputs read from the steps' outputs. The runner is emulated; ddeploy and the fake
server are real. The install step runs with a stand-in interpreter (the `python` input) that
records what it is asked, and whose venv's `ddeploy` is the real one pointed at the fake
(`--host`): a real `pip install` needs a package index and takes about 20 s.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest
import yaml
from cli_support import DDEPLOY, Fake, assert_no_keys, clean_environ, github_outputs
from datadog_deployments.testing import Fault

ROOT = Path(__file__).parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*(inputs|steps)\.([A-Za-z0-9_-]+)(?:\.outputs\.([\w-]+))?\s*\}\}")
TRIGGER = "TriggerDeploymentGatesEvaluation"

STAND_IN_PYTHON = """#!/bin/sh
echo "python $*" >> "$ACTION_LOG"
if [ "$1" = -m ] && [ "$2" = venv ]; then
  mkdir -p "$3/bin"
  printf '#!/bin/sh\\necho "venv-python $*" >> "$ACTION_LOG"\\n' > "$3/bin/python"
  printf '#!/bin/sh\\nexec %s "$@" --host %s\\n' "$DDEPLOY_COMMAND" "$FAKE_URL" > "$3/bin/ddeploy"
  chmod +x "$3/bin/python" "$3/bin/ddeploy"
fi
"""


def run_action(
    with_: dict[str, str], tmp_path: Path, env: dict[str, str]
) -> tuple[int, dict[str, str], str]:
    """(the failing step's exit code or 0, the action's outputs, stderr of the steps)."""
    inputs = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
    for name, spec in ACTION["inputs"].items():
        assert name in with_ or not spec.get("required"), f"missing required input {name}"
    inputs.update(with_)
    steps: dict[str, dict[str, str]] = {}

    def evaluate(text: str) -> str:
        def value(match: re.Match[str]) -> str:
            if match.group(1) == "inputs":
                return str(inputs[match.group(2)])
            return steps.get(match.group(2), {}).get(match.group(3) or "", "")

        return EXPRESSION.sub(value, text)

    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir(exist_ok=True)
    stderr = []
    for index, step in enumerate(ACTION["runs"]["steps"]):
        assert step["shell"] == "bash"
        outputs = tmp_path / f"output-{index}"
        outputs.write_text("")
        script = tmp_path / f"step-{index}.sh"
        script.write_text(step["run"])  # never expression-expanded: inputs come as env only
        assert "${{" not in step["run"]
        step_env = {
            **env,
            "GITHUB_OUTPUT": str(outputs),
            "GITHUB_ACTION_PATH": str(ROOT),
            "RUNNER_TEMP": str(runner_temp),
            **{name: evaluate(str(value)) for name, value in step.get("env", {}).items()},
        }
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            env=step_env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert_no_keys(done.stdout, done.stderr, outputs.read_text())
        stderr.append(done.stderr)
        if "id" in step:
            steps[step["id"]] = github_outputs(outputs)
        if done.returncode != 0:
            break
    action_outputs = {name: evaluate(spec["value"]) for name, spec in ACTION["outputs"].items()}
    return done.returncode, action_outputs, "".join(stderr)


@pytest.fixture
def runner_env(tmp_path: Path, fake: Fake) -> dict[str, str]:
    python = tmp_path / "python"
    python.write_text(STAND_IN_PYTHON)
    python.chmod(0o755)
    return {
        **clean_environ(),
        "ACTION_LOG": str(tmp_path / "action.log"),
        "DDEPLOY_COMMAND": shlex.join(DDEPLOY),
        "FAKE_URL": fake.dd.url,
        "STAND_IN": str(python),
    }


def test_the_action_declares_its_inputs_and_outputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert set(ACTION["inputs"]) >= {
        "service", "env", "identifier", "version", "primary-tag", "rules", "timeout",
        "poll-interval", "on-timeout", "on-error",
    }  # fmt: skip
    assert {name: spec["value"] for name, spec in ACTION["outputs"].items()} == {
        name: f"${{{{ steps.gate.outputs.{name} }}}}"
        for name in ("outcome", "exit_code", "verdict", "evaluation_id", "url")
    }


def test_the_action_installs_from_its_checkout_and_evaluates(
    fake: Fake, tmp_path: Path, runner_env: dict[str, str]
) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps([{"type": "monitor", "name": "M", "options": {"query": "q"}}]))
    fake.dd.add_gate("web", "prod", "canary")
    code, outputs, stderr = run_action(
        {
            "service": "web", "env": "prod", "identifier": "canary", "version": "1.2.3",
            "primary-tag": "region:eu1", "rules": str(rules), "timeout": "60",
            "poll-interval": "1", "python": runner_env["STAND_IN"],
        },
        tmp_path,
        runner_env,
    )  # fmt: skip
    assert code == 0, stderr
    log = (tmp_path / "action.log").read_text().splitlines()
    venv = tmp_path / "runner-temp" / "ddeploy-venv"
    assert log == [
        f"python -m venv {venv}",
        f"venv-python -m pip install --quiet --disable-pip-version-check {ROOT}[yaml]",
    ]
    (evaluation,) = fake.dd.evaluations
    assert outputs == {
        "outcome": "pass",
        "exit_code": "0",
        "verdict": "pass",
        "evaluation_id": evaluation.evaluation_id,
        "url": outputs["url"],
    }
    assert outputs["url"].startswith("https://app.datadoghq.com/")
    (request,) = fake.dd.requests_for(TRIGGER)
    assert request.json is not None
    attributes = request.json["data"]["attributes"]
    assert (attributes["identifier"], attributes["version"]) == ("canary", "1.2.3")
    assert attributes["primary_tag"] == "region:eu1"
    assert attributes["configuration"]["rules"][0]["name"] == "M"


def test_the_action_fails_open_only_when_datadog_could_not_answer(
    fake: Fake, tmp_path: Path, runner_env: dict[str, str]
) -> None:
    base = {"python": runner_env["STAND_IN"], "on-error": "pass", "timeout": "2"}
    code, outputs, _ = run_action(
        {**base, "service": "nosuch", "env": "prod"}, tmp_path, runner_env
    )
    assert code == 4 and outputs["outcome"] == "error" and outputs["exit_code"] == "4"
    fake.dd.inject(Fault.status(503), times=None, operation=TRIGGER)
    code, outputs, _ = run_action({**base, "service": "web", "env": "prod"}, tmp_path, runner_env)
    assert code == 0 and outputs["outcome"] == "unavailable" and outputs["exit_code"] == "0"


def test_inputs_are_never_run_as_shell(
    fake: Fake, tmp_path: Path, runner_env: dict[str, str]
) -> None:
    hostile = '$(touch pwned); `touch pwned`" && touch pwned'
    code, outputs, _ = run_action(
        {"service": hostile, "env": "prod", "python": runner_env["STAND_IN"]},
        tmp_path,
        {**runner_env, "HOME": str(tmp_path)},
    )
    assert code == 4 and outputs["outcome"] == "error"  # no gate for that odd service name
    assert not list(tmp_path.rglob("pwned")) and not Path("pwned").exists()
    (request,) = fake.dd.requests_for(TRIGGER)
    assert request.json is not None and request.json["data"]["attributes"]["service"] == hostile
