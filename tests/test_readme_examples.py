"""The README's library examples run as printed, against the fake server."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from datadog_deployments.testing import FakeDatadog
from datadog_deployments.unstable import PreviewOperationWarning
from datadog_deployments_api.spec_index import OPERATIONS

README = Path(__file__).resolve().parent.parent / "README.md"
# Each python block, and the output it prints when the README shows it (a ```text block right
# after a line "prints").
EXAMPLES = re.findall(
    r"```python\n(.*?)```(?:\n\nprints\n\n```text\n(.*?)```)?",
    README.read_text(encoding="utf-8"),
    flags=re.DOTALL,
)
BLOCKS = [code for code, _ in EXAMPLES]


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_python_block_runs(
    index: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, printed = EXAMPLES[index]
    with FakeDatadog() as fake:
        fake.add_gate("checkout-api", "production")
        fake.add_deployment(
            {
                "service": "checkout-api",
                "env": "production",
                "started_at": 1763798400000000000,
                "finished_at": 1763798460000000000,
            },
            "7d41c0a9e2b35f68",
        )
        monkeypatch.setenv("DD_API_KEY", fake.api_key)
        monkeypatch.setenv("DD_APP_KEY", fake.app_key)
        # The one change a reader makes to try it locally: point the configuration at the fake.
        local = re.sub(r"Configuration\(", f"Configuration(host={fake.url!r}, ", code, count=1)
        local = local.replace(", )", ")")
        assert local != code, "the example builds no Configuration"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            exec(
                compile(local, f"README.md python block {index + 1}", "exec"),
                {"__name__": "__main__"},
            )
        operations = {r.operation for r in fake.requests}
    # What a reader sees too: PreviewOperationWarning (once per operation and process), no other.
    used = [OPERATIONS[op] for op in operations if op is not None]
    preview = {operation.name for operation in used if operation.unstable is not None}
    assert all(w.category is PreviewOperationWarning for w in caught), [str(w) for w in caught]
    assert {str(w.message).split()[0] for w in caught} <= preview
    if printed:
        assert capsys.readouterr().out == printed
    else:
        assert "TriggerDeploymentGatesEvaluation" in operations
        assert capsys.readouterr().out.startswith("True")


def test_the_readme_has_a_sync_and_an_async_example() -> None:
    assert any("with ApiClient(" in block for block in BLOCKS)
    assert any("async with AsyncApiClient(" in block for block in BLOCKS)
