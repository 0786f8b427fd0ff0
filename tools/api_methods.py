"""What tools/generate.py derives from openapi.yaml for the overlay's API classes.

Three things, all from the spec and nothing typed out per operation:

* extra `spec_index` fields per operation: summary, security alternatives, parameters (with
  their Python names), idempotency, pagination;
* `methods/<tag>.py`: each tag's operations as typed methods, a sync and an async class, rendered
  from tools/templates/api_methods.py.jinja. The overlay's API classes inherit them and supply
  `_operation` and `_paginate`, which do the work (datadog_deployments.api_base);
* `request_bodies.py`: for each request body, where keyword attributes go and which keys it
  may hold, so that a misspelt key is refused before anything is sent.

Names: an operation's method is snake_case(operationId); a parameter's Python name replaces
what is not a letter, digit or underscore with "_" (`filter[env]` -> `filter_env`, CONVENTIONS)
and appends "_" to Python keywords (`from` -> `from_`).
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).resolve().parent / "templates"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
BEARER = "Authorization"  # the header an OAuth access token travels in
# Names the generated signatures use for their own arguments.
RESERVED = {"self", "body", "max_items", "max_requests", "page_size"}
# An integer the spec describes as a Unix timestamp also takes a datetime (sent as nanoseconds:
# the DORA API infers the unit from the magnitude).
UNIX_TIMESTAMP = re.compile(r"\bunix timestamp\b", re.IGNORECASE)


def is_unix_timestamp(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "integer" and bool(
        UNIX_TIMESTAMP.search(str(schema.get("description", "")))
    )


def python_name(wire: str) -> str:
    name = re.sub(r"\W+", "_", wire).strip("_") or "value"
    if name[0].isdigit():
        name = "_" + name
    return name + "_" if keyword.iskeyword(name) else name


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, METHOD, operation) in spec_index order."""
    found = []
    for path, item in sorted(spec["paths"].items()):
        for method in HTTP_METHODS:
            if method in item:
                found.append((path, method.upper(), item[method]))
    return found


def parameters(spec: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]) -> list[Any]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, raw)
        merged[(param["in"], param["name"])] = param
    return list(merged.values())


# --- spec_index --------------------------------------------------------------------------------


def security(spec: dict[str, Any], op: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """Each alternative as the headers it sends; OAuth travels as Authorization: Bearer."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    alternatives = []
    for requirement in op.get("security", spec.get("security", [])):
        headers = set()
        for name in requirement:
            scheme = schemes[name]
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                headers.add(scheme["name"])
            elif scheme.get("type") == "oauth2" or scheme.get("scheme") == "bearer":
                headers.add(BEARER)
            else:
                raise SystemExit(f"generate: security scheme {name!r} is not supported")
        alternatives.append(tuple(sorted(headers)))
    return tuple(alternatives)


def _pointer(pointer: str) -> tuple[str, ...]:
    return tuple(part for part in pointer.split("/") if part)


def _dotted(path: str | None) -> tuple[str, ...]:
    return tuple(path.split(".")) if path else ()


def _limit_max(
    spec: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any], wire: str
) -> Any:
    """The largest page size the spec allows for a limit parameter (query or body attribute)."""
    if wire.startswith("body."):
        node: dict[str, Any] | None = _body_schema(spec, op)
        for part in wire.split(".")[1:]:
            node = resolve(spec, node).get("properties", {}).get(part) if node else None
        return resolve(spec, node).get("maximum") if node else None
    for param in parameters(spec, path_item, op):
        if param["in"] == "query" and param["name"] == wire:
            return resolve(spec, param.get("schema", {})).get("maximum")
    return None


def pagination(
    spec: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]
) -> dict[str, Any] | None:
    """x-pagination as spec_index data; body parameters (`body.data.attributes.x`) keep their
    path into the request body, query parameters their wire name."""
    raw = op.get("x-pagination")
    if not raw:
        return None
    limit = raw.get("limitParam")
    fields = {
        "kind": "cursor" if raw.get("cursorParam") else "window",
        "results_path": _dotted(raw.get("resultsPath")),
        "limit_param": limit,
        "limit_max": _limit_max(spec, path_item, op, limit) if limit else None,
        "cursor_param": raw.get("cursorParam"),
        "cursor_path": _dotted(raw.get("cursorPath")),
        "window_from_param": raw.get("windowFromParam"),
        "window_to_param": raw.get("windowToParam"),
        "window_sort_param": raw.get("windowSortParam"),
        "window_sort": raw.get("windowSort"),
        "window_time_path": _dotted(raw.get("windowTimePath")),
    }
    args = ", ".join(f"{key}={value!r}" for key, value in fields.items())
    return {"__source__": f"Pagination({args})"}


def index_fields(spec: dict[str, Any], path: str, op: dict[str, Any]) -> dict[str, Any]:
    path_item = spec["paths"][path]
    params = parameters(spec, path_item, op)
    query = [p for p in params if p["in"] == "query"]
    return {
        "summary": " ".join(str(op.get("summary", "")).split()),
        "deprecated": bool(op.get("deprecated", False)),
        "security": security(spec, op),
        "idempotency_key": _pointer(op.get("x-idempotency-key", "")),
        "repeatable": bool(op.get("x-repeatable", False)),
        "path_parameters": {python_name(p["name"]): p["name"] for p in params if p["in"] == "path"},
        "query_parameters": {python_name(p["name"]): p["name"] for p in query},
        "query_comma_separated": tuple(
            p["name"]
            for p in query
            if resolve(spec, p.get("schema", {})).get("type") == "array"
            and p.get("explode") is False
        ),
        "pagination": pagination(spec, path_item, op),
    }


PAGINATION_FIELDS = """\
    kind: str  # "cursor": follow a cursor; "window": move a time window
    results_path: tuple[str, ...]  # the items, in a page
    limit_param: str | None  # query name, or "body.<path>" into the request body
    limit_max: int | None  # the largest page size the spec allows
    cursor_param: str | None  # query name of the cursor
    cursor_path: tuple[str, ...]  # the next cursor, in a page
    window_from_param: str | None  # "body.<path>" of the window's start
    window_to_param: str | None  # "body.<path>" of the window's end
    window_sort_param: str | None  # "body.<path>" of the sort order
    window_sort: str | None  # the order the window moves in (newest first)
    window_time_path: tuple[str, ...]  # the item's time that moves the window"""


def record_class(name: str, doc: str, fields: str) -> str:
    """A plain class for spec_index records: fields as annotated slots and a keyword-only
    __init__ written out. (A dataclass would generate the same code at import time, which
    costs more than building the table itself.)"""
    names = [line.split(":", 1)[0].strip() for line in fields.splitlines() if ":" in line]
    names = [n for n in names if n.isidentifier()]
    annotations = {
        line.split(":", 1)[0].strip(): line.split(":", 1)[1].split("  #")[0].strip()
        for line in fields.splitlines()
        if ":" in line and line.split(":", 1)[0].strip().isidentifier()
    }
    init_args = ", ".join(f"{n}: {annotations[n]}" for n in names)
    body = "\n".join(f"        self.{n} = {n}" for n in names)
    return "\n".join(
        [
            f"class {name}:",
            f'    """{doc}"""',
            "",
            f"    __slots__ = {tuple(names)!r}",
            "",
            fields,
            "",
            f"    def __init__(self, *, {init_args}) -> None:",
            body,
            "",
            f"    def replace(self, **changes: Any) -> {name}:",
            '        """A copy with some fields changed."""',
            "        values = {n: getattr(self, n) for n in self.__slots__}",
            "        return type(self)(**{**values, **changes})",
            "",
            "    def __eq__(self, other: object) -> bool:",
            "        return type(other) is type(self) and all(",
            "            getattr(self, n) == getattr(other, n) for n in self.__slots__",
            "        )",
            "",
            "    __hash__ = None  # type: ignore[assignment]",
            "",
            "    def __repr__(self) -> str:",
            "        fields = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)",
            "        return f'{type(self).__name__}({fields})'",
        ]
    )


INDEX_FIELDS = """\
    summary: str  # one line, from the spec
    deprecated: bool
    # Each alternative: the headers it sends ("Authorization" is an OAuth bearer token).
    security: tuple[tuple[str, ...], ...]
    idempotency_key: tuple[str, ...]  # x-idempotency-key as a path into the body; () if none
    repeatable: bool  # x-repeatable: a write that is harmless to repeat
    path_parameters: dict[str, str]  # Python name -> name in the path template
    query_parameters: dict[str, str]  # Python name -> wire name (filter_env -> filter[env])
    query_comma_separated: tuple[str, ...]  # array query parameters sent as a,b (explode: false)
    pagination: Pagination | None"""


# --- types for the generated signatures --------------------------------------------------------


@dataclass
class Typing:
    """Turns schemas into annotations; records the model names the module must import."""

    spec: dict[str, Any]
    models: set[str]  # the class names the generated models/ package defines
    used: set[str] = field(default_factory=set)

    def model(self, name: str | None) -> str | None:
        if name is not None and name in self.models:
            self.used.add(name)
            return name
        return None

    def annotation(self, node: dict[str, Any], accept_mappings: bool = True) -> str:
        parts = self._annotation(node, accept_mappings).split(" | ")
        # Models first, then the mapping that may stand for any of them, then None.
        parts.sort(key=lambda part: (part == "Mapping[str, Any]", part == "None"))
        if resolve(self.spec, node).get("nullable") and "None" not in parts:
            parts.append("None")
        return " | ".join(dict.fromkeys(parts))

    def _annotation(self, node: dict[str, Any], accept_mappings: bool) -> str:
        name = self.model(_ref_name(node))
        target = resolve(self.spec, node)
        for combinator in ("oneOf", "anyOf"):
            if combinator in target:
                parts = [self.annotation(alt, accept_mappings) for alt in target[combinator]]
                if name:
                    parts.insert(0, name)
                return " | ".join(dict.fromkeys(" | ".join(parts).split(" | ")))
        kind = target.get("type")
        if "enum" in target:
            literal = "Literal[" + ", ".join(repr(v) for v in target["enum"]) + "]"
            return f"{name} | {literal}" if name else literal
        if kind == "object" or "properties" in target:
            if accept_mappings:
                return f"{name} | Mapping[str, Any]" if name else "Mapping[str, Any]"
            return name or "dict[str, Any]"
        if kind == "array":
            return f"Sequence[{self.annotation(target.get('items', {}), accept_mappings)}]"
        if kind == "string":
            fmt = target.get("format")
            if fmt == "date-time":
                return "datetime | str"
            if fmt == "uuid":
                return "UUID | str"
            return "str"
        if is_unix_timestamp(target):
            return "int | datetime"
        return {"integer": "int", "number": "float", "boolean": "bool"}.get(kind, "Any")


# --- request bodies ----------------------------------------------------------------------------


def _body_schema(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    body = op.get("requestBody")
    if body is None:
        return None
    schema = resolve(spec, body).get("content", {}).get("application/json", {}).get("schema")
    return schema if isinstance(schema, dict) else None


def _merge(one: Any, other: Any) -> Any:
    """Two key trees as one that allows what either allows."""
    if not isinstance(one, dict) or not isinstance(other, dict):
        return None
    merged = dict(one)
    for key, sub in other.items():
        merged[key] = _merge(merged[key], sub) if key in merged else sub
    return merged


def key_tree(spec: dict[str, Any], node: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """The keys a JSON value may hold: None for anything, a dict of key -> subtree for an
    object (key "*" when it takes any key), the items' tree for an array."""
    name = _ref_name(node)
    if name in seen:
        return None
    seen = (*seen, name) if name else seen
    target = resolve(spec, node)
    alternatives = target.get("oneOf") or target.get("anyOf") or target.get("allOf")
    if alternatives:
        trees = [key_tree(spec, alt, seen) for alt in alternatives]
        if any(not isinstance(tree, dict) for tree in trees):
            return None
        merged: Any = {}
        for tree in trees:
            merged = _merge(merged, tree)
        return merged
    if target.get("type") == "array":
        return key_tree(spec, target.get("items", {}), seen)
    if target.get("type") == "object" or "properties" in target:
        props = target.get("properties")
        if not props:
            return None
        tree = {key: key_tree(spec, sub, seen) for key, sub in props.items()}
        if target.get("additionalProperties") not in (None, False):
            tree["*"] = None
        return tree
    return None


@dataclass
class Body:
    """How keyword attributes become a request body, and what the body may hold."""

    schema: str
    attributes_path: tuple[str, ...]  # where the keyword attributes go; () for the top level
    attributes: dict[str, Any]  # wire name -> schema of each attribute
    required: tuple[str, ...]
    constants: dict[tuple[str, ...], Any]  # set when the body is built from keywords
    resource_id: tuple[str, ...] | None  # set from the last path parameter
    keys: Any
    unix_times: tuple[str, ...]  # attributes that are Unix timestamps

    def source(self) -> str:
        return (
            f"Body(attributes_path={self.attributes_path!r}, required={self.required!r}, "
            f"constants={self.constants!r}, resource_id={self.resource_id!r}, "
            f"unix_times={self.unix_times!r}, keys={self.keys!r})"
        )


def _single_value(spec: dict[str, Any], node: dict[str, Any]) -> Any:
    target = resolve(spec, node)
    if isinstance(target.get("enum"), list) and len(target["enum"]) == 1:
        return target["enum"][0]
    return target.get("default")


def body(spec: dict[str, Any], op: dict[str, Any], has_path_parameters: bool) -> Body | None:
    schema = _body_schema(spec, op)
    if schema is None:
        return None
    top = resolve(spec, schema)
    data = top.get("properties", {}).get("data")
    data_target = resolve(spec, data) if data else {}
    attrs = data_target.get("properties", {}).get("attributes")
    constants: dict[tuple[str, ...], Any] = {}
    resource_id = None
    if attrs is not None:
        path: tuple[str, ...] = ("data", "attributes")
        holder = resolve(spec, attrs)
        for key, sub in data_target.get("properties", {}).items():
            value = _single_value(spec, sub) if key != "attributes" else None
            if key == "id":
                if key in data_target.get("required", []) and has_path_parameters:
                    resource_id = ("data", "id")
            elif value is not None:
                constants[("data", key)] = value
    else:
        path, holder = (), top
    properties = dict(holder.get("properties", {}))
    return Body(
        schema=_ref_name(schema) or "",
        attributes_path=path,
        attributes=properties,
        required=tuple(holder.get("required", ())),
        constants=constants,
        resource_id=resource_id,
        keys=key_tree(spec, schema),
        unix_times=tuple(k for k, v in properties.items() if is_unix_timestamp(resolve(spec, v))),
    )


# --- the methods modules -----------------------------------------------------------------------


@dataclass
class Argument:
    name: str  # Python
    wire: str
    annotation: str
    required: bool


@dataclass
class Method:
    name: str
    operation_id: str
    doc: list[str]
    path: list[Argument]
    query: list[Argument]
    attributes: list[Argument]
    body_type: str | None
    returns: str
    pages: Method | None = None  # the `<name>_with_pagination` twin of a list
    item: str = "Any"  # what a page's items decode into, for pages

    @property
    def signature(self) -> list[str]:
        parts = [f"{a.name}: {a.annotation}" for a in self.path]
        if self.body_type and not self.item_only:
            accepted = dict.fromkeys([self.body_type, "Mapping[str, Any]", "None"])
            parts.append(f"body: {' | '.join(accepted)} = None")
        keyword_only = [
            *(f"{a.name}: {a.annotation}" for a in self.query if a.required),
            *(f"{a.name}: {a.annotation} | None = None" for a in self.query if not a.required),
            *(f"{a.name}: {a.annotation} | Omitted = OMITTED" for a in self.attributes),
        ]
        if self.item_only:
            keyword_only += [
                "page_size: int | None = None",
                "max_items: int | None = None",
                "max_requests: int | None = DEFAULT_MAX_REQUESTS",
            ]
        if keyword_only:
            parts += ["*", *keyword_only]
        return parts

    @property
    def item_only(self) -> bool:
        """True for the pages twin: no body argument, paging arguments instead."""
        return self.name.endswith("_with_pagination")

    def _literal(self, arguments: list[Argument]) -> str:
        return "{" + ", ".join(f"{a.wire!r}: {a.name}" for a in arguments) + "}"

    @property
    def path_dict(self) -> str:
        return self._literal(self.path)

    @property
    def query_dict(self) -> str:
        return self._literal(self.query)

    @property
    def attributes_dict(self) -> str:
        return self._literal(self.attributes)


def _doc(op: dict[str, Any], name: str, body: Body | None, attributes: list[Argument]) -> list[str]:
    summary = " ".join(str(op.get("summary") or op["operationId"]).split()).rstrip(".") + "."
    lines = [summary]
    notes = []
    if op.get("x-unstable"):
        notes.append(
            f'Preview operation: enable it with configuration.unstable_operations["{name}"] = True.'
        )
    if op.get("deprecated"):
        notes.append("Deprecated.")
    if body is not None and attributes:
        required = [a.name for a in attributes if a.wire in body.required]
        text = "Pass `body`, or the attributes as keywords"
        notes.append(text + (f" (required: {', '.join(required)})." if required else "."))
    if notes:
        lines += ["", *notes]
    return lines


def _pages_doc(op: dict[str, Any], name: str) -> list[str]:
    return [
        f"Iterate over every item of {name}, page after page.",
        "",
        "`page_size` items per request; stops after `max_items` items, or after",
        "`max_requests` requests (then `.truncated` is True). With an AsyncApiClient: `async for`.",
    ]


def _unique(name: str, taken: set[str]) -> str:
    while name in taken or name in RESERVED:
        name += "_"
    taken.add(name)
    return name


def _paged_names(raw: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(query parameters, body attributes) the pages helper sets itself."""
    query, attributes = set(), set()
    for key in ("cursorParam", "limitParam", "windowFromParam", "windowToParam", "windowSortParam"):
        value = raw.get(key)
        if not value:
            continue
        if value.startswith("body."):
            attributes.add(value.rsplit(".", 1)[-1])
        else:
            query.add(value)
    return query, attributes


def methods(
    spec: dict[str, Any], typing_for: Any, responses: dict[str, str | None]
) -> dict[str, list[Method]]:
    """Each tag's methods, in spec_index order. `responses` maps operationId -> success model;
    `typing_for(tag)` gives the Typing that collects the tag's imports."""
    from openapi_python_client.utils import snake_case

    by_tag: dict[str, list[Method]] = {}
    for path, _method, op in operations(spec):
        tag = op["tags"][0]
        typing = typing_for(tag)
        params = parameters(spec, spec["paths"][path], op)
        taken: set[str] = set()
        path_params = sorted(
            (p for p in params if p["in"] == "path"),
            key=lambda p: path.index("{" + p["name"] + "}"),
        )
        path_args = [
            Argument(
                _unique(python_name(p["name"]), taken),
                p["name"],
                typing.annotation(p.get("schema", {})),
                True,
            )
            for p in path_params
        ]
        query_args = [
            Argument(
                _unique(python_name(p["name"]), taken),
                p["name"],
                typing.annotation(p.get("schema", {})),
                bool(p.get("required")),
            )
            for p in params
            if p["in"] == "query"
        ]
        request = body(spec, op, bool(path_args))
        attributes = []
        body_type = None
        if request is not None:
            body_type = typing.model(request.schema) or "Mapping[str, Any]"
            attributes = [
                Argument(_unique(python_name(wire), taken), wire, typing.annotation(sub), False)
                for wire, sub in request.attributes.items()
            ]
        name = snake_case(op["operationId"])
        returns = typing.model(responses.get(op["operationId"])) or "None"
        method = Method(
            name=name,
            operation_id=op["operationId"],
            doc=_doc(op, name, request, attributes),
            path=path_args,
            query=query_args,
            attributes=attributes,
            body_type=body_type,
            returns=returns,
        )
        raw = op.get("x-pagination")
        if raw and returns != "None":
            paged_query, paged_attributes = _paged_names(raw)
            window_ends = {
                str(raw.get(key, "")).rsplit(".", 1)[-1]
                for key in ("windowFromParam", "windowToParam")
            }
            method.pages = Method(
                name=f"{name}_with_pagination",
                operation_id=op["operationId"],
                doc=_pages_doc(op, name),
                path=path_args,
                query=[a for a in query_args if a.wire not in paged_query],
                # The window's ends stay arguments (the helper moves the end from there); the
                # limit and the sort order are the helper's.
                attributes=[
                    a for a in attributes if a.wire not in paged_attributes or a.wire in window_ends
                ],
                body_type=None,
                returns=returns,
                item=_item_type(spec, typing, responses.get(op["operationId"]), raw),
            )
        by_tag.setdefault(tag, []).append(method)
    return by_tag


def _item_type(
    spec: dict[str, Any], typing: Typing, schema: str | None, raw: dict[str, Any]
) -> str:
    node: dict[str, Any] | None = {"$ref": f"#/components/schemas/{schema}"} if schema else None
    for part in _dotted(raw.get("resultsPath")):
        node = resolve(spec, node).get("properties", {}).get(part) if node else None
    if node is None:
        return "Any"
    items = resolve(spec, node).get("items", {})
    return typing.model(_ref_name(items)) or "Any"


def module_name(tag: str) -> str:
    return re.sub(r"\W+", "_", tag).strip("_").lower()


def class_prefix(tag: str) -> str:
    """ "DORA Metrics" -> "DORAMetrics", "Deployment Gates" -> "DeploymentGates"."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"\W+", tag) if word)


def _docstring(lines: list[str], indent: str = "        ") -> str:
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    body = text.replace("\n", "\n" + indent).replace(indent + "\n", "\n")
    closing = "\n" + indent if len(lines) > 1 else ""
    return f'"""{body}{closing}"""'


def render(
    spec: dict[str, Any], models: set[str], responses: dict[str, str | None]
) -> dict[str, str]:
    """Relative path (under the package) -> source, for methods/ and request_bodies.py."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["pyrepr"] = repr
    environment.filters["docstring"] = _docstring
    typings: dict[str, Typing] = {}

    def typing_for(tag: str) -> Typing:
        return typings.setdefault(tag, Typing(spec, models))

    by_tag = methods(spec, typing_for, responses)
    descriptions = {t["name"]: t.get("description", "") for t in spec.get("tags", [])}
    order = [t["name"] for t in spec.get("tags", []) if t["name"] in by_tag]
    order += [tag for tag in by_tag if tag not in order]
    files: dict[str, str] = {}
    for tag in order:
        files[f"methods/{module_name(tag)}.py"] = environment.get_template(
            "api_methods.py.jinja"
        ).render(
            tag=tag,
            description=" ".join(str(descriptions.get(tag, "")).split()),
            prefix=class_prefix(tag),
            methods=by_tag[tag],
            models=sorted(typings[tag].used),
        )
    files["methods/__init__.py"] = environment.get_template("api_methods_init.py.jinja").render(
        tags=[(tag, module_name(tag), class_prefix(tag)) for tag in order]
    )
    bodies = {}
    for path, _method, op in operations(spec):
        request = body(spec, op, "{" in path)
        if request is not None:
            bodies[op["operationId"]] = request.source()
    files["request_bodies.py"] = environment.get_template("request_bodies.py.jinja").render(
        bodies=bodies
    )
    return files
