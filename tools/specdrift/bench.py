"""Time the loaders and a whole comparison on a synthetic spec the size of Datadog's (~4 MB).

    python -m tools.specdrift.bench [--operations N]

Prints the file sizes; the load time with PyYAML's pure-Python SafeLoader, with its C loader
(libyaml), with load.fast_yaml (libyaml's events), and as JSON; and the end-to-end time of
`upstream` on the YAML and the JSON file.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from tools.specdrift import synthetic
from tools.specdrift.cli import DEFAULT_SPEC, run
from tools.specdrift.load import load_document, parse_yaml


def _timed(label: str, action: object) -> float:
    assert callable(action)
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    print(f"  {label:<38} {elapsed:7.2f} s")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--operations", type=int, default=1900, help="1900 makes ~4 MB of YAML")
    args = parser.parse_args(argv)
    ours = load_document(str(DEFAULT_SPEC))
    spec = synthetic.build(ours, args.operations)
    with tempfile.TemporaryDirectory(prefix="specdrift-bench-") as scratch:
        yaml_path = Path(scratch) / "upstream.yaml"
        json_path = Path(scratch) / "upstream.json"
        yaml_path.write_text(synthetic.to_block_yaml(spec), encoding="utf-8")
        json_path.write_text(json.dumps(spec), encoding="utf-8")
        text = yaml_path.read_text(encoding="utf-8")
        ops = sum(len(item) for item in spec["paths"].values())
        print(f"synthetic upstream: {ops} operations, {len(spec['components']['schemas'])} schemas")
        sizes = [p.stat().st_size / 1e6 for p in (yaml_path, json_path)]
        print(f"  YAML {sizes[0]:.1f} MB, JSON {sizes[1]:.1f} MB")
        _timed("YAML load, pure Python (SafeLoader)", lambda: parse_yaml(text, pure_python=True))
        _timed("YAML load, C (CSafeLoader, libyaml)", lambda: parse_yaml(text, loader="c"))
        _timed("YAML load, libyaml events (fast_yaml)", lambda: parse_yaml(text))
        _timed("JSON load", lambda: json.loads(json_path.read_text(encoding="utf-8")))
        _timed("end to end: upstream <yaml>", lambda: run(["upstream", str(yaml_path)]))
        _timed("end to end: upstream <json>", lambda: run(["upstream", str(json_path)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
