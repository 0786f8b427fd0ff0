"""Shared fixtures: the parsed spec, and the documentation read from ../shared/docs/."""

from __future__ import annotations

from typing import Any

import docs_pages
import pytest
import spec_tools


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return spec_tools.load_spec()


@pytest.fixture(scope="session")
def docs() -> docs_pages.Docs:
    """The documentation's facts and examples; skips the test when the docs folder is absent."""
    reason = docs_pages.docs_missing_reason()
    if reason is not None:
        pytest.skip(reason)
    return docs_pages.read_docs()


from cli_support import fake as fake  # noqa: E402 - the fake server for ddeploy tests
from client_support import rig as rig  # noqa: E402 - the fake-server fixture for client tests
