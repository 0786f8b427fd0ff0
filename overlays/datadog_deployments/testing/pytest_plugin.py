"""pytest plugin (entry point ``pytest11``): the ``fake_datadog`` fixture.

Installed with the package, so any test can ask for it::

    def test_my_deploy_script(fake_datadog):
        fake_datadog.add_gate("checkout", "prod")
        assert my_deploy(base_url=fake_datadog.url, api_key=fake_datadog.api_key, ...) == 0
        assert fake_datadog.requests_for("TriggerDeploymentGatesEvaluation")

Disable it with ``-p no:datadog_deployments``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from . import FakeDatadog


@pytest.fixture
def fake_datadog() -> Iterator[FakeDatadog]:
    """A started :class:`~datadog_deployments.testing.FakeDatadog` on a free port, stopped after
    the test. Default keys and the real monotonic clock; construct your own ``FakeDatadog`` for
    a manual clock."""
    with FakeDatadog() as fake:
        yield fake
