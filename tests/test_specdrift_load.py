"""The fast YAML reader gives exactly what yaml.safe_load gives, or hands over to PyYAML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.specdrift import synthetic
from tools.specdrift.load import fast_yaml, load_document, parse_text, parse_yaml
from tools.specdrift.model import InputError

REPO = Path(__file__).resolve().parent.parent

TRICKY = """\
plain: text with spaces
quoted: "200"
single: '0x1F'
int: 42
hex: 0x1F
octal: 0o17
underscore: 1_000
float: 1.5e3
inf: .inf
bools: [true, false, yes, no, on, off, True]
nulls: [null, ~, Null]
empty_value:
date: 2024-05-01
stamp: 2024-05-01T10:20:30Z
explicit_str: !!str 123
explicit_int: !!int "7"
binary: !!binary aGVsbG8=
200: unquoted status
anchored: &shared {a: 1, b: [x, y]}
again: *shared
block: |
  line one
  line two
folded: >-
  folded
  text
flow: {k: [1, {n: v}]}
empty_map: {}
empty_list: []
"""


def test_fast_reader_matches_safe_load_on_tricky_yaml() -> None:
    assert fast_yaml(TRICKY) == yaml.safe_load(TRICKY)
    loaded = fast_yaml(TRICKY)
    assert loaded["again"] is loaded["anchored"]  # aliases share, as with PyYAML


def test_fast_reader_matches_safe_load_on_our_spec_and_a_synthetic_one() -> None:
    text = (REPO / "openapi.yaml").read_text(encoding="utf-8")
    assert fast_yaml(text) == yaml.safe_load(text)
    big = synthetic.to_block_yaml(synthetic.build(yaml.safe_load(text), 50))
    assert fast_yaml(big) == yaml.load(big, Loader=yaml.CSafeLoader)


@pytest.mark.parametrize(
    "text",
    [
        "base: &b {a: 1}\nchild:\n  <<: *b\n  c: 2\n",  # merge keys
        "set: !!set {a, b}\n",  # explicit collection tag
    ],
)
def test_what_the_fast_reader_does_not_handle_goes_to_pyyaml(text: str) -> None:
    assert parse_yaml(text) == yaml.safe_load(text)


def test_a_collection_as_a_key_fails_as_with_pyyaml() -> None:
    text = "? [a, b]\n: complex key\n"
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError):
        parse_yaml(text)


def test_several_documents_or_bad_yaml_are_input_errors() -> None:
    with pytest.raises(InputError, match="not valid YAML"):
        parse_text("paths: {}\n---\npaths: {}\n", "two.yaml")
    with pytest.raises(InputError, match="not valid YAML"):
        parse_text("paths: {a: [}\n", "bad.yaml")


def test_json_and_yaml_read_alike(tmp_path: Path) -> None:
    ours: dict[str, Any] = load_document(str(REPO / "openapi.yaml"))
    (tmp_path / "spec.json").write_text(json.dumps(ours), encoding="utf-8")
    assert load_document(str(tmp_path / "spec.json")) == ours
