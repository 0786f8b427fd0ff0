"""Write a documentation page, as text, from our own spec, in the layout of the upstream pages.

The docs-reader tests render a page per operation from openapi.yaml (our own descriptions, no
upstream prose), then mangle or edit it and check what the reader makes of it.
"""

from __future__ import annotations

import json
from typing import Any

from tools.specdrift.refs import Resolver, View, join, schema_type

NBSP = "\u00a0"


def doc_type(res: Resolver, view: View) -> str:
    raw = view.raw
    kind = schema_type(raw)
    if kind == "array":
        return "[" + doc_type(res, res.view(raw["items"], join(view.pointer, "items"))) + "]"
    if kind in ("oneOf", "anyOf"):
        return f"<{kind}>"
    if "enum" in raw:
        return "enum"
    if kind in ("string", "integer", "number") and "format" in raw:
        return str(raw["format"])
    return str(kind)


def _description(view: View) -> list[str]:
    text = " ".join(str(view.raw.get("description", "")).split())
    if "enum" in view.raw:
        text += " Allowed enum values: " + ",".join(str(v) for v in view.raw["enum"])
    lines = [text.strip(), ""]
    if "default" in view.raw:
        lines += [f"default: {_value(view.raw['default'])}", ""]
    return lines


def _value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _fields(res: Resolver, view: View) -> list[str]:
    lines: list[str] = []
    for keyword in ("oneOf", "anyOf"):
        for i, member in enumerate(view.raw.get(keyword) or ()):
            sub = res.view(member, join(view.pointer, keyword, i))
            lines += [f"Option {i + 1}", "", doc_type(res, sub), "", *_description(sub)]
            lines += _fields(res, sub)
    for name in sorted(view.properties):
        node, ptr = view.properties[name]
        sub = res.view(node, ptr)
        mark = f"{NBSP}[required]" if name in view.required else ""
        lines += [name + mark, "", doc_type(res, sub), "", *_description(sub)]
        inner = sub
        while "items" in inner.raw:
            inner = res.view(inner.raw["items"], join(inner.pointer, "items"))
        if inner.properties or "oneOf" in inner.raw or "anyOf" in inner.raw:
            lines += _fields(res, inner)
    return lines


def _table(res: Resolver, media: dict[str, Any], pointer: str) -> list[str]:
    view = res.view(media["schema"], join(pointer, "schema"))
    lines = ["Expand All", "", "Field", "", "Type", "", "Description", ""]
    lines += _fields(res, view)
    if "example" in media:
        lines += [json.dumps(media["example"], indent=2), ""]
    return lines


def render_page(spec: dict[str, Any], path: str, method: str) -> str:
    res = Resolver(spec, "spec")
    op = spec["paths"][path][method]
    op_ptr = join("#", "paths", path, method)
    sites = spec["servers"][0]["variables"]["site"]["enum"]
    hosts = [f"api.{site}" for site in sites]
    lines = [op["summary"], ""]
    if "x-unstable" in op:
        lines += ["Note: This endpoint is in preview and may be subject to change.", ""]
    lines += [method.upper() + NBSP + " " + "".join(f"https://{h}{path}" for h in hosts), ""]
    lines += ["Overview", ""]
    if op.get("deprecated"):
        lines += ["Note: This endpoint is deprecated.", ""]
    lines += [" ".join(op.get("description", "").split()), ""]
    params = list(enumerate(op.get("parameters") or []))
    if params:
        lines += ["Arguments", ""]
    for location, heading in (("path", "Path Parameters"), ("query", "Query Parameters")):
        here = [(i, param) for i, param in params if param["in"] == location]
        if here:
            lines += [heading, "", "Name", "", "Type", "", "Description", ""]
        for i, param in here:
            schema = res.view(param["schema"], join(op_ptr, "parameters", i, "schema"))
            mark = f"{NBSP}[required]" if param.get("required") else ""
            text = param["description"]
            values = schema.raw.get("enum")
            if "items" in schema.raw:
                values = res.view(schema.raw["items"], join(schema.pointer, "items")).raw.get(
                    "enum"
                )
            if values:
                text += " Allowed enum values: " + ",".join(str(v) for v in values)
            lines += [param["name"] + mark, "", doc_type(res, schema), "", text, ""]
            if "default" in schema.raw:
                lines += [f"default: {_value(schema.raw['default'])}", ""]
    if "requestBody" in op:
        body, body_ptr = res.deref(op["requestBody"], join(op_ptr, "requestBody"))
        lines += [
            "Request",
            "",
            "Body Data (required)" if body.get("required") else "Body Data",
            "",
        ]
        media = body["content"]["application/json"]
        lines += _table(res, media, join(body_ptr, "content", "application/json"))
    lines += ["Response", ""]
    for code, raw in op["responses"].items():
        response, ptr = res.deref(raw, join(op_ptr, "responses", code))
        lines += [response["description"], ""]
        media = (response.get("content") or {}).get("application/json")
        if media is None:
            continue
        schema = res.view(media["schema"], join(ptr, "content", "application/json", "schema"))
        lines += [" ".join(str(schema.raw.get("description", "")).split()), ""]
        lines += _table(res, media, join(ptr, "content", "application/json"))
    schemes = spec["components"]["securitySchemes"]
    # The curl example sends the keys; an OAuth alternative does not show on the pages.
    headers = sorted(
        {
            schemes[n]["name"]
            for req in op.get("security", [])
            for n in req
            if schemes[n]["type"] == "apiKey"
        }
    )
    curl = f'curl -X {method.upper()} "' + '"'.join(f"https://{h}" for h in hosts) + f'{path}"'
    curl += ' \\ -H "Accept: application/json"'
    curl += "".join(f' \\ -H "{h}: ${{{h.replace("-", "_")}}}"' for h in headers)
    lines += ["Code Example", "", curl, "", "Instructions", ""]
    lines += [f'DD_SITE="{"".join(sites)}"{NBSP}DD_API_KEY="<DD_API_KEY>" python3 "example.py"', ""]
    return "\n".join(lines)
