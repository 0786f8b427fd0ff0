"""specdrift on a synthetic upstream spec the size of Datadog's: thousands of operations."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from tools.specdrift import cli, synthetic
from tools.specdrift.load import load_document

REPO = Path(__file__).resolve().parent.parent
OURS: dict[str, Any] = load_document(str(REPO / "openapi.yaml"))
OPERATIONS = 2000


@pytest.mark.timeout(30)
def test_a_4mb_upstream_is_read_whole_and_only_our_part_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = synthetic.build(OURS, OPERATIONS)  # our schemas renamed: only structure can match
    schemas = spec["components"]["schemas"]
    # Drift outside what our operations reach: must not show.
    schemas["Resource7Attributes"]["properties"]["name"]["type"] = "integer"
    del schemas["Resource8Data"]["properties"]["id"]
    spec["paths"]["/api/v2/area3/resource3/{resource_id}"]["get"]["security"] = []
    # Drift inside: must show, once, at the renamed schema.
    del schemas["UpstreamDORADeploymentObjectAttributes"]["properties"]["team"]
    gates = spec["paths"]["/api/v2/deployment_gates"]["get"]
    gates["deprecated"] = True
    gates["x-pagination"]["cursorPath"] = "meta.page.after"
    gates["security"].pop()  # the OAuth alternative
    path = tmp_path / "upstream.yaml"
    path.write_text(synthetic.to_block_yaml(spec), encoding="utf-8")
    assert path.stat().st_size > 4_000_000

    start = time.perf_counter()
    code = cli.main(["upstream", str(path), "--format", "json"])
    elapsed = time.perf_counter() - start
    data = json.loads(capsys.readouterr().out)

    assert code == 1
    got = [(d["operation"], d["kind"], d["ours"], d["theirs"]) for d in data["differences"]]
    removed = [row for row in got if row[1] == "response-property-removed"]
    assert removed == [
        (
            name,  # the two operations that read deployment events
            "response-property-removed",
            "#/components/schemas/DORADeploymentObjectAttributes/properties/team",
            "#/components/schemas/UpstreamDORADeploymentObjectAttributes",
        )
        for name in ("ListDORADeployments", "GetDORADeployment")
    ]
    assert sorted((row[0], row[1]) for row in got if row not in removed) == [
        ("ListDeploymentGates", "deprecation-changed"),
        ("ListDeploymentGates", "pagination-changed"),
        ("ListDeploymentGates", "security-changed"),
    ]
    listed = {(u["operation_id"], tuple(u["tags"])) for u in data["uncovered"]}
    assert len(listed) == 2 * synthetic.OUR_TAG_EXTRAS
    assert {tags for _, tags in listed} == {("DORA Metrics",), ("Deployment Gates",)}
    assert elapsed < 5, f"{elapsed:.1f} s for {path.stat().st_size / 1e6:.1f} MB"
