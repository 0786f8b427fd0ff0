"""`make demo` (tools/demo.sh) runs only commands ddeploy's parser accepts.

The demo runs for about 15 s against the fake server, too long for `make test`; its commands
are read from the script here and parsed by the real parser, so a new rule of the parser (the
1 s floor of --poll-interval, say) cannot leave the demo broken unnoticed.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from datadog_deployments.cli.parser import Parser, build_parser

DEMO = Path(__file__).parent.parent / "tools" / "demo.sh"
HOST = "--host http://127.0.0.1:8126"
VALUE = "demo0123456789abcdef"  # any shell variable: an ID, a time, a file name


def demo_invocations() -> list[list[str]]:
    """Every ddeploy command the demo runs (arrays and `expect` lines), variables filled in."""
    text = DEMO.read_text(encoding="utf-8").replace("\\\n", " ")
    text = text.replace('"${host[@]}"', HOST)
    text = re.sub(r'"\$\{?[A-Za-z_]\w*\}?"', VALUE, text)
    text = re.sub(r"\$\{?[A-Za-z_]\w*\}?", VALUE, text)
    commands = [match for match in re.findall(r"^\s*\w+=\((ddeploy [^)]*)\)", text, re.M)]
    for line in text.splitlines():
        words = line.split()
        if words[:1] == ["expect"]:
            words = words[2:]
        if words[:1] == ["ddeploy"]:
            commands.append(" ".join(words))
    invocations = []
    for command in commands:
        tokens = shlex.split(command)
        for stop in (">", "2>&1", "&"):  # redirections and background: the shell's, not ours
            if stop in tokens:
                tokens = tokens[: tokens.index(stop)]
        tokens = [token for token in tokens if not token.startswith(">")]
        invocations.append(tokens[1:])
    return invocations


INVOCATIONS = demo_invocations()


def test_the_demo_is_read_whole() -> None:
    commands = {" ".join(args[:2]) for args in INVOCATIONS}
    assert {"dora send", "dora get", "gate evaluate", "gate wait", "gates export"} <= commands
    assert {"gates plan", "dora mark-failed", "fake-server --port"} <= commands
    assert any("--poll-interval" in args for args in INVOCATIONS)


@pytest.mark.parametrize(
    "arguments", [args for args in INVOCATIONS if args[0] != "fake-server"], ids=" ".join
)
def test_each_demo_command_parses(arguments: list[str]) -> None:
    try:
        build_parser().parse_command(arguments)
    except SystemExit:
        pytest.fail(f"ddeploy {' '.join(arguments)}: {Parser.last_error}")


def test_the_fake_server_command_of_the_demo_parses() -> None:
    from datadog_deployments.testing.cli import build_parser as fake_parser

    (arguments,) = [args for args in INVOCATIONS if args[0] == "fake-server"]
    fake_parser().parse_args(arguments[1:])
