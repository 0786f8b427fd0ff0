"""A large synthetic upstream spec: our operations among thousands of others.

The size and shape are those of Datadog's published v2 spec (a few MB, thousands of operations,
many tags, shared schemas), so tests and `bench` can check that the comparison reads it whole,
stays fast, and looks only at what our spec covers.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import yaml

OUR_TAG_EXTRAS = 4
_PLAIN = re.compile(
    r"[A-Za-z_][\w.()/-]*(?: [\w.()/-]+)*"
)  # synthetic operations placed under each of our tags: the "uncovered" list


def to_block_yaml(value: Any) -> str:
    """Block-style YAML, quickly, that safe_load reads back as value.

    Strings are plain where that reads back as the same string, as in a hand-written spec;
    other scalars are JSON, which is valid YAML. yaml.dump takes seconds on a 4 MB spec even
    with the C emitter; this takes a fraction.
    """
    out: list[str] = []
    resolver: Any = yaml.resolver.Resolver()
    plain: dict[str, str] = {}

    def scalar(item: Any) -> str:
        if not isinstance(item, str):
            return json.dumps(item)
        text = plain.get(item)
        if text is None:
            safe = _PLAIN.fullmatch(item) is not None and (
                resolver.resolve(yaml.ScalarNode, item, (True, False)) == "tag:yaml.org,2002:str"
            )
            text = plain[item] = item if safe else json.dumps(item)
        return text

    def emit(node: Any, indent: str) -> None:
        for key, item in node.items() if isinstance(node, dict) else enumerate(node):
            head = f"{indent}{scalar(str(key))}:" if isinstance(node, dict) else f"{indent}-"
            if isinstance(item, (dict, list)) and item:
                out.append(head)
                emit(item, indent + "  ")
            else:
                out.append(f"{head} {scalar(item)}")

    emit(value, "")
    return "\n".join(out) + "\n"


def rename_schemas(doc: dict[str, Any], prefix: str) -> dict[str, str]:
    """Rename every component schema of doc (in place) and rewrite the $refs; returns the map."""
    schemas = doc.get("components", {}).get("schemas", {})
    mapping = {name: prefix + name for name in schemas}
    doc["components"]["schemas"] = {mapping[n]: s for n, s in schemas.items()}
    pattern = re.compile(r"^#/components/schemas/(.+)$")

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("$ref",) and isinstance(value, str):
                    m = pattern.match(value)
                    if m and m.group(1) in mapping:
                        node[key] = f"#/components/schemas/{mapping[m.group(1)]}"
                elif key == "mapping" and isinstance(value, dict):
                    for k, v in value.items():
                        m = pattern.match(v) if isinstance(v, str) else None
                        if m and m.group(1) in mapping:
                            value[k] = f"#/components/schemas/{mapping[m.group(1)]}"
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(doc)
    return mapping


def _schemas(i: int) -> dict[str, Any]:
    name = f"Resource{i}"
    return {
        f"{name}Attributes": {
            "description": f"Attributes of resource {i}.",
            "type": "object",
            "required": ["name", "created_at"],
            "properties": {
                "name": {"type": "string", "description": "Name.", "example": f"resource-{i}"},
                "created_at": {"type": "string", "format": "date-time"},
                "count": {"type": "integer", "format": "int64", "minimum": 0},
                "ratio": {"type": "number", "format": "double"},
                "enabled": {"type": "boolean", "default": True},
                "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 100},
                "status": {"$ref": f"#/components/schemas/{name}Status"},
            },
        },
        f"{name}Status": {"type": "string", "enum": ["active", "paused", "deleted"]},
        f"{name}Data": {
            "type": "object",
            "required": ["id", "type"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "type": {"type": "string", "enum": [f"resource_{i}"], "default": f"resource_{i}"},
                "attributes": {"$ref": f"#/components/schemas/{name}Attributes"},
            },
        },
        f"{name}Response": {
            "type": "object",
            "properties": {"data": {"$ref": f"#/components/schemas/{name}Data"}},
        },
    }


def build(ours: dict[str, Any], operations: int = 3000, rename: bool = True) -> dict[str, Any]:
    """Our spec (schemas renamed, so only structure can match) plus `operations` others."""
    spec = copy.deepcopy(ours)
    if rename:
        rename_schemas(spec, "Upstream")
    our_tags = sorted(
        {t for item in ours["paths"].values() for op in item.values() for t in op["tags"]}
    )
    schemas = spec["components"]["schemas"]
    extras = {tag: 0 for tag in our_tags}
    spec["tags"] = list(spec.get("tags", [])) + [{"name": f"Area {a}"} for a in range(60)]
    for i in range(operations):
        schemas.update(_schemas(i))
        tag = f"Area {i % 60}"
        if i % 97 == 0:
            for our_tag, count in extras.items():
                if count < OUR_TAG_EXTRAS:
                    tag, extras[our_tag] = our_tag, count + 1
                    break
        path = f"/api/v2/area{i % 60}/resource{i}/{{resource_id}}"
        response = {
            "200": {
                "description": "OK",
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/Resource{i}Response"}
                    }
                },
            },
            "403": {"$ref": "#/components/responses/NotAuthorized"},
            "429": {"$ref": "#/components/responses/TooManyRequests"},
        }
        spec["paths"][path] = {
            "get" if i % 2 else "patch": {
                "operationId": f"Resource{i}Operation",
                "summary": f"Operate on resource {i}",
                "description": f"Synthetic operation number {i}, for size.",
                "tags": [tag],
                "parameters": [
                    {
                        "name": "resource_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {"name": "page[size]", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": response,
                "security": [{"apiKeyAuth": [], "appKeyAuth": []}],
            }
        }
    return spec
