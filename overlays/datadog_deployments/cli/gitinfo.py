"""The current checkout's HEAD commit and origin URL, for `dora send`'s git defaults."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass

_USERINFO = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@")


@dataclass(frozen=True)
class Checkout:
    commit_sha: str | None
    repository_url: str | None
    problem: str | None = None  # why something is missing, for --verbose


def strip_credentials(url: str) -> str:
    """A repository URL without user or token: CI checkouts often embed one in the origin.

    'https://ci-token:s3cr3t@gitlab.com/org/repo.git' -> 'https://gitlab.com/org/repo.git';
    scp-like 'git@github.com:org/repo' carries no secret and stays as it is.
    """
    return _USERINFO.sub(r"\1", url.strip())


def _git(*args: str, cwd: str | None) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def read_checkout(cwd: str | None = None) -> Checkout:
    """HEAD and origin of the work tree at `cwd`; None fields when there is none."""
    head = _git("rev-parse", "--is-inside-work-tree", "HEAD", cwd=cwd)
    if head is None:
        return Checkout(None, None, "not inside a git work tree with a commit (or no git)")
    lines = head.splitlines()
    if len(lines) != 2 or lines[0] != "true":
        return Checkout(None, None, "not inside a git work tree")
    origin = _git("remote", "get-url", "origin", cwd=cwd)
    if not origin:
        return Checkout(lines[1], None, "the checkout has no 'origin' remote")
    return Checkout(lines[1], strip_credentials(origin))
