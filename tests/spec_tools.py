"""Read openapi.yaml: its operations, the schema of each body, and every example it carries."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
JSON = "application/json"


@functools.cache
def _load() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(spec, dict)
    return spec


def load_spec() -> dict[str, Any]:
    """The parsed spec (shared; do not mutate)."""
    return _load()


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref ("#/a/b/c") until a node without $ref."""
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"non-local $ref {ref}"
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def schema_name(schema: dict[str, Any]) -> str:
    """The components/schemas name a body schema refers to."""
    ref = schema.get("$ref", "")
    prefix = "#/components/schemas/"
    assert ref.startswith(prefix), f"body schema is not a named schema: {schema}"
    return str(ref[len(prefix) :])


@dataclass(frozen=True)
class SpecOperation:
    method: str  # upper case
    path: str
    operation: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.operation["operationId"])


def operations(spec: dict[str, Any]) -> list[SpecOperation]:
    return [
        SpecOperation(method.upper(), path, item[method])
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def operation(spec: dict[str, Any], method: str, path: str) -> SpecOperation:
    for op in operations(spec):
        if (op.method, op.path) == (method.upper(), path):
            return op
    raise LookupError(f"openapi.yaml has no operation {method} {path}")


def body_schema(spec: dict[str, Any], op: SpecOperation, status: int | None) -> str:
    """The schema name of an operation's JSON request body (status None) or response."""
    if status is None:
        body = resolve(spec, op.operation["requestBody"])
    else:
        body = resolve(spec, op.operation["responses"][str(status)])
    return schema_name(body["content"][JSON]["schema"])


@dataclass(frozen=True)
class SpecExample:
    """An `example` of a request or response body in openapi.yaml."""

    where: str  # JSON-pointer-like location, for test ids
    schema: str
    body: Any


def body_examples(spec: dict[str, Any]) -> Iterator[SpecExample]:
    """Every example of a request body, an operation's response or a components response."""
    for op in operations(spec):
        base = op.operation_id
        request = op.operation.get("requestBody")
        if request is not None and "$ref" not in request:
            media = request["content"][JSON]
            if "example" in media:
                yield SpecExample(f"{base}/request", schema_name(media["schema"]), media["example"])
        for status, response in op.operation["responses"].items():
            if "$ref" in response:
                continue  # a components response: covered below
            media = response.get("content", {}).get(JSON, {})
            if "example" in media:
                yield SpecExample(
                    f"{base}/{status}", schema_name(media["schema"]), media["example"]
                )
    for name, response in spec["components"].get("responses", {}).items():
        media = response.get("content", {}).get(JSON, {})
        if "example" in media:
            yield SpecExample(
                f"components/responses/{name}", schema_name(media["schema"]), media["example"]
            )


def all_examples(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON pointer, node) of every mapping in the spec that has an `example` key."""
    if isinstance(node, dict):
        if "example" in node:
            yield pointer, node
        for key, value in node.items():
            escaped = str(key).replace("~", "~0").replace("/", "~1")
            yield from all_examples(value, f"{pointer}/{escaped}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from all_examples(value, f"{pointer}/{index}")
