"""Opt-in switches for preview operations, known from the spec's x-unstable markers.

Using an enabled preview operation issues a `PreviewOperationWarning` (a UserWarning), once per
operation per process, through the `warnings` module: silence it the standard way, e.g.
`warnings.filterwarnings("ignore", category=PreviewOperationWarning)` or
`python -W ignore::UserWarning`. Nothing is written to stderr otherwise.
"""

from __future__ import annotations

import re
import sys
import warnings
from collections.abc import Iterator, MutableMapping
from types import FrameType

from datadog_deployments_api.spec_index import OPERATIONS

from .errors import UnstableOperationDisabledError


class PreviewOperationWarning(UserWarning):
    """An enabled preview operation was used: Datadog may change it without notice."""


# Names as the official Python client spells them: snake case of the operationId.
PREVIEW_OPERATIONS: dict[str, str] = {
    op.name: op.unstable for op in OPERATIONS.values() if op.unstable is not None
}

_announced: set[str] = set()  # once per operation per process, whatever the configuration


def snake_name(key: str) -> str:
    """An operation's Python name from the spellings people use: the name itself,
    "v2.get_x", or the operationId (Pascal or camel case)."""
    name = key.removeprefix("v2.")
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def plain_text(note: str) -> str:
    """The spec's Markdown note as one line of plain text: no **, links as "text (url)"."""
    text = re.sub(r"\[([^\]]*)\]\(([^)\s]*)\)", r"\1 (\2)", note)
    text = re.sub(r"(\*\*|__|`)", "", text)
    return " ".join(text.split())


def _inside(frame: FrameType) -> bool:
    module = str(frame.f_globals.get("__name__", ""))
    # ddeploy (cli/) calls the library as a user would: its frames are the caller's.
    return module.startswith(("datadog_deployments.", "datadog_deployments_api.")) and (
        not module.startswith("datadog_deployments.cli")
    )


def first_frame_outside() -> int:
    """The stacklevel that points a warning at the caller's code, not the library's."""
    frame: FrameType | None = sys._getframe(1)
    level = 1
    while frame is not None and _inside(frame):
        frame = frame.f_back
        level += 1
    return level


class UnstableOperations(MutableMapping[str, bool]):
    """`configuration.unstable_operations["get_deployment_gates_evaluation_result"] = True`."""

    def __init__(self) -> None:
        self._enabled = dict.fromkeys(PREVIEW_OPERATIONS, False)

    def _key(self, key: str) -> str:
        name = snake_name(key)
        if name not in self._enabled:
            known = ", ".join(sorted(self._enabled))
            raise KeyError(f"{key!r} is not a preview operation; known preview operations: {known}")
        return name

    def __getitem__(self, key: str) -> bool:
        return self._enabled[self._key(key)]

    def __setitem__(self, key: str, value: bool) -> None:
        self._enabled[self._key(key)] = bool(value)

    def __delitem__(self, key: str) -> None:
        self._enabled[self._key(key)] = False

    def __iter__(self) -> Iterator[str]:
        return iter(self._enabled)

    def __len__(self) -> int:
        return len(self._enabled)

    def __repr__(self) -> str:
        return f"UnstableOperations({self._enabled!r})"

    def require(self, *names: str) -> None:
        """Raise, naming every one still disabled, unless all these preview operations are
        enabled: for a helper that needs several, before it sends anything."""
        disabled = [name for name in names if self._enabled.get(name) is False]
        if disabled:
            lines = "; ".join(f'configuration.unstable_operations["{n}"] = True' for n in disabled)
            raise UnstableOperationDisabledError(
                f"{', '.join(disabled)}: preview operation{'s' if len(disabled) > 1 else ''} "
                f"disabled; enable with: {lines}"
            )

    def check(self, name: str) -> None:
        """Raise unless the preview operation `name` is enabled; warn once when it is."""
        if name not in self._enabled:
            return
        self.require(name)
        if name not in _announced:
            _announced.add(name)
            warnings.warn(
                f"{name} is a preview operation: {plain_text(PREVIEW_OPERATIONS[name])}",
                PreviewOperationWarning,
                stacklevel=first_frame_outside(),
            )
