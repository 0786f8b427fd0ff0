"""JSON pointers and local $ref resolution, plus the merged view of a schema (allOf folded in)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tools.specdrift.model import InputError


def escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def join(pointer: str, *tokens: str | int) -> str:
    """Extend a pointer in URI-fragment form ("#/a/b") by raw (unescaped) tokens."""
    return pointer + "".join("/" + escape(t) for t in tokens)


def lookup(doc: Any, pointer: str) -> Any:
    """The node a local pointer ("#/components/schemas/X") names; KeyError when there is none."""
    if not pointer.startswith("#"):
        raise KeyError(pointer)
    node = doc
    for raw in pointer[1:].split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(pointer)
    return node


@dataclass
class View:
    """A resolved schema with its allOf members merged: what the structural compare looks at."""

    pointer: str  # where the schema itself lives (after following $ref)
    raw: dict[str, Any]
    properties: dict[str, tuple[Any, str]] = field(default_factory=dict)  # name -> (node, pointer)
    required: set[str] = field(default_factory=set)
    required_pointer: str = ""


class Resolver:
    """Follows local $refs in one document. Remote refs are an input error: say so, plainly."""

    def __init__(self, doc: dict[str, Any], source: str) -> None:
        self.doc = doc
        self.source = source
        self._views: dict[str, View] = {}

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise InputError(f"{self.source}: {pointer}: only local $refs are supported: {ref}")
            if ref in seen:
                raise InputError(f"{self.source}: {pointer}: $ref cycle through {ref}")
            seen.add(ref)
            try:
                node = lookup(self.doc, ref)
            except (KeyError, IndexError, ValueError):
                raise InputError(f"{self.source}: {pointer}: $ref to nothing: {ref}") from None
            pointer = ref
        return node, pointer

    def view(self, node: Any, pointer: str) -> View:
        node, pointer = self.deref(node, pointer)
        cached = self._views.get(pointer)
        if cached is not None and cached.raw is node:
            return cached
        raw: dict[str, Any] = node if isinstance(node, dict) else {}
        view = View(pointer=pointer, raw=raw, required_pointer=join(pointer, "required"))
        self._merge(view, raw, pointer, depth=0)
        self._views[pointer] = view
        return view

    def _merge(self, view: View, raw: dict[str, Any], pointer: str, depth: int) -> None:
        if depth > 20:
            raise InputError(f"{self.source}: {pointer}: allOf nested too deep")
        members = raw.get("allOf")
        if isinstance(members, list):
            merged = {k: v for k, v in raw.items() if k != "allOf"}
            for i, member in enumerate(members):
                sub, sub_ptr = self.deref(member, join(pointer, "allOf", i))
                if not isinstance(sub, dict):
                    continue
                self._merge(view, sub, sub_ptr, depth + 1)
                for key, value in sub.items():
                    if key not in ("properties", "required", "allOf"):
                        merged.setdefault(key, value)
            if "properties" in merged or view.properties:
                merged.setdefault("type", "object")
            view.raw = merged
        props = raw.get("properties")
        if isinstance(props, dict):
            base = join(pointer, "properties")
            for name, sub in props.items():
                view.properties.setdefault(str(name), (sub, join(base, name)))
        req = raw.get("required")
        if isinstance(req, list):
            view.required.update(str(r) for r in req)
            if depth == 0 or not view.required_pointer:
                view.required_pointer = join(pointer, "required")


def schema_type(raw: dict[str, Any]) -> str | None:
    """The schema's type, inferred where the keyword is missing; None for "anything"."""
    declared = raw.get("type")
    if isinstance(declared, list):
        kinds = sorted(str(t) for t in declared if t != "null")
        return "|".join(kinds) if kinds else "null"
    if isinstance(declared, str):
        return declared
    if "oneOf" in raw:
        return "oneOf"
    if "anyOf" in raw:
        return "anyOf"
    if "properties" in raw or "additionalProperties" in raw:
        return "object"
    if "items" in raw:
        return "array"
    values = [v for v in raw.get("enum") or () if v is not None]
    if values and all(isinstance(v, str) for v in values):
        return "string"
    return None


def is_nullable(raw: dict[str, Any]) -> bool:
    declared = raw.get("type")
    if isinstance(declared, list) and "null" in declared:
        return True
    return raw.get("nullable") is True
