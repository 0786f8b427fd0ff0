"""Read an OpenAPI document, YAML or JSON, from a local path or an https URL.

Speed: Datadog's full v2 spec is about 4 MB of YAML. On a synthetic spec of that size (see
`python -m tools.specdrift.bench`), PyYAML's pure-Python SafeLoader takes ~10 s and even its C
loader ~4 s: libyaml parses in a fraction of that, but the node tree and the constructor run
in Python. So YAML is read from libyaml's event stream straight into dicts and lists
(`fast_yaml`, ~0.5 s), resolving each distinct plain scalar once with PyYAML's own resolver and
constructors, so values come out exactly as yaml.safe_load gives them. Anything that reader
does not handle (merge keys, explicit collection tags, several documents) goes to the C loader.
JSON is read as JSON (<0.1 s).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import yaml

from tools.specdrift.model import InputError

FETCH_TIMEOUT_SECONDS = 60.0

# PyYAML built without libyaml has no CSafeLoader.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)
_STR = "tag:yaml.org,2002:str"


def parse_yaml(text: str, *, pure_python: bool = False, loader: str = "events") -> Any:
    """safe_load's result. loader: "events" (fast_yaml), "c" (CSafeLoader), or pure Python."""
    if pure_python or _FAST_LOADER is None:
        return yaml.load(text, Loader=yaml.SafeLoader)  # a safe loader
    if loader == "events":
        try:
            return fast_yaml(text)
        except _Unsupported:
            pass
    return yaml.load(text, Loader=_FAST_LOADER)  # a safe loader


class _Unsupported(Exception):
    pass


def fast_yaml(text: str) -> Any:
    """Build safe_load's value from libyaml's events; _Unsupported for what it does not handle."""
    resolver: Any = yaml.resolver.Resolver()  # typed loosely in types-PyYAML
    constructor = yaml.constructor.SafeConstructor()
    plain: dict[str, Any] = {}  # each distinct plain scalar, resolved once
    anchors: dict[str, Any] = {}
    stack: list[Any] = []
    keys: list[Any] = []
    no_key = object()
    root: Any = no_key
    documents = 0

    def construct(tag: str, value: str) -> Any:
        if tag == _STR:
            return value
        build = constructor.yaml_constructors.get(tag)
        if build is None or tag == "tag:yaml.org,2002:merge":
            raise _Unsupported(tag)
        return build(constructor, yaml.nodes.ScalarNode(tag, value))

    def add(value: Any) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        if type(top) is list:
            top.append(value)
        elif keys[-1] is no_key:
            try:
                hash(value)
            except TypeError:
                raise _Unsupported("a collection as a mapping key") from None
            keys[-1] = value
        else:
            top[keys[-1]] = value
            keys[-1] = no_key

    events: Iterable[Any] = yaml.parse(text, Loader=_FAST_LOADER)
    for event in events:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            tag = event.tag
            if tag is None or tag == "!":
                if event.implicit[0]:
                    value = plain.get(event.value, plain)
                    if value is plain:
                        resolved = resolver.resolve(yaml.ScalarNode, event.value, (True, False))
                        value = plain[event.value] = construct(resolved, event.value)
                else:
                    value = event.value
            else:
                value = construct(tag, event.value)
            if event.anchor is not None:
                anchors[event.anchor] = value
            add(value)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if event.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                raise _Unsupported(event.tag)
            container: Any = {} if kind is yaml.MappingStartEvent else []
            if event.anchor is not None:
                anchors[event.anchor] = container
            add(container)
            stack.append(container)
            keys.append(no_key)
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
            keys.pop()
        elif kind is yaml.AliasEvent:
            if event.anchor not in anchors:
                raise _Unsupported(f"alias to unknown anchor {event.anchor}")
            add(anchors[event.anchor])
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Unsupported("several documents")
    return None if root is no_key else root


def parse_text(text: str, source: str) -> dict[str, Any]:
    """Parse a document's text: JSON if it is JSON, YAML otherwise. InputError if neither."""
    stripped = text.lstrip("\ufeff \t\r\n")
    try:
        if stripped.startswith("{"):
            data = json.loads(stripped)
        else:
            if _FAST_LOADER is None:
                print("specdrift: libyaml is missing; the YAML load will be slow", file=sys.stderr)
            data = parse_yaml(stripped)
    except (ValueError, yaml.YAMLError) as error:
        raise InputError(f"{source}: not valid YAML or JSON: {_first_line(error)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        raise InputError(f"{source}: not an OpenAPI document (no `paths` mapping)")
    return _normalize_keys(data)


def fetch(url: str, transport: httpx.BaseTransport | None = None) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "https":
        raise InputError(f"{url}: only https URLs are fetched")
    try:
        with httpx.Client(
            transport=transport, timeout=FETCH_TIMEOUT_SECONDS, follow_redirects=True
        ) as client:
            response = client.get(url)
    except httpx.HTTPError as error:
        raise InputError(f"{url}: could not fetch: {error}") from None
    if response.status_code != 200:
        raise InputError(f"{url}: could not fetch: HTTP {response.status_code}")
    return response.text


def read_source(source: str, transport: httpx.BaseTransport | None = None) -> str:
    """The text behind a path or an https URL."""
    if "://" in source:
        return fetch(source, transport)
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{source}: cannot read: {error}") from None


def load_document(source: str, transport: httpx.BaseTransport | None = None) -> dict[str, Any]:
    return parse_text(read_source(source, transport), source)


def _normalize_keys(data: dict[str, Any]) -> dict[str, Any]:
    """YAML may load unquoted status codes (200) as ints: responses are keyed by strings."""
    for item in data["paths"].values():
        if not isinstance(item, dict):
            continue
        for op in item.values():
            responses = op.get("responses") if isinstance(op, dict) else None
            if isinstance(responses, dict) and any(not isinstance(k, str) for k in responses):
                op["responses"] = {str(k): v for k, v in responses.items()}
    return data


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
