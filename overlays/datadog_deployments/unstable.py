"""Opt-in switches for preview operations, known from the spec's x-unstable markers."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, MutableMapping

from datadog_deployments_api.spec_index import OPERATIONS

from .errors import UnstableOperationDisabledError

logger = logging.getLogger("datadog_deployments")

# Names as the official Python client spells them: snake case of the operationId.
PREVIEW_OPERATIONS: dict[str, str] = {
    op.name: op.unstable for op in OPERATIONS.values() if op.unstable is not None
}

_announced: set[str] = set()  # once per operation per process, whatever the configuration


def _normalize(key: str) -> str:
    # Accept "v2.get_x", and the camel/Pascal spellings other Datadog clients use.
    name = key.removeprefix("v2.")
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


class UnstableOperations(MutableMapping[str, bool]):
    """`configuration.unstable_operations["get_deployment_gates_evaluation_result"] = True`."""

    def __init__(self) -> None:
        self._enabled = dict.fromkeys(PREVIEW_OPERATIONS, False)

    def _key(self, key: str) -> str:
        name = _normalize(key)
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

    def check(self, name: str) -> None:
        """Raise unless the preview operation `name` is enabled; log once when it is."""
        if name not in self._enabled:
            return
        if not self._enabled[name]:
            raise UnstableOperationDisabledError(
                f"{name} is a preview operation and is disabled; enable it with: "
                f'configuration.unstable_operations["{name}"] = True'
            )
        if name not in _announced:
            _announced.add(name)
            logger.warning("Using preview operation %s: %s", name, PREVIEW_OPERATIONS[name])
