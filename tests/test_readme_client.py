"""The README's client sections stay true: the operations table is the spec's, and the `py`
snippets of "Every operation, as a method" run against the fake server."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timezone
from pathlib import Path

from datadog_deployments import ApiClient, Configuration, DeploymentGatesApi, DORAMetricsApi
from datadog_deployments.testing import FakeDatadog
from datadog_deployments_api.methods import TAGS
from datadog_deployments_api.spec_index import OPERATIONS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Every operation, as a method", 1)[1].split("\n## ", 1)[0]
SNIPPETS = re.findall(r"```py\n(.*?)```", SECTION, flags=re.DOTALL)
ROW = re.compile(r"^\| `(\w+Api)` \| `(\w+)` \| `(\w+) (\S+)` \| (.*) \|$", re.MULTILINE)


def test_the_operations_table_is_the_spec() -> None:
    rows = {m.group(2): m.groups() for m in ROW.finditer(SECTION)}
    assert set(rows) == {op.name for op in OPERATIONS.values()}
    for op in OPERATIONS.values():
        cls, _, method, path, notes = rows[op.name]
        assert cls == TAGS[op.tag][1] + "Api"
        assert (method, path) == (op.method, op.path)
        assert ("preview" in notes) == (op.unstable is not None), op.name
        assert ("deprecated" in notes) == op.deprecated, op.name
        assert (f"`{op.name}_with_pagination`" in notes) == (op.pagination is not None), op.name


def test_the_client_snippets_run_against_the_fake_server() -> None:
    assert len(SNIPPETS) >= 2
    with FakeDatadog() as fake:
        fake.add_gate("checkout-api", "staging")
        preview = dict.fromkeys(Configuration(environ={}).unstable_operations, True)
        configuration = Configuration(
            host=fake.url,
            api_key=fake.api_key,
            app_key=fake.app_key,
            unstable_operations=preview,
            environ={},
        )
        with ApiClient(configuration) as api_client, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for index, snippet in enumerate(SNIPPETS):
                namespace = {
                    "api_client": api_client,
                    "datetime": datetime,
                    "timezone": timezone,
                    "DeploymentGatesApi": DeploymentGatesApi,
                    "DORAMetricsApi": DORAMetricsApi,
                }
                exec(compile(snippet, f"README.md py snippet {index + 1}", "exec"), namespace)
        operations = {r.operation for r in fake.requests}
    assert {
        "CreateDeploymentGate",
        "CreateDeploymentRule",
        "CreateDORADeployment",
        "ListDeploymentGates",
        "ListDORADeployments",
    } <= operations
