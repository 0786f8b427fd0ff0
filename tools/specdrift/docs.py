"""Read API documentation pages saved as text into a partial OpenAPI document.

A page gives: the method and path, and the API host of every site (glued together on one line);
a preview note; path/query parameters; the request body table (when the page has one); each
response, named by its description ("OK", "Bad Request", ...), with its field table and an
example; and a curl example whose -H lines tell which key headers are sent.

The field tables are flat: "name [required]", type, description, one after the other, with the
nesting lost. The reader rebuilds it: a field goes to the deepest open object that is known to
have it (from the example JSON printed under the table, or our own spec's shape for the same
body) and that it follows in alphabetical order (the order the pages list fields in); failing
that, to the deepest known one, then to the deepest one it follows alphabetically.

Whitespace, wrapping and non-breaking spaces do not matter: every line is stripped and blank
lines are dropped before reading; names, URLs and examples are read across line breaks.

What a page cannot show (nullable, constraints, operationId, OAuth alternatives: the curl example
sends keys only) is not compared (see cli.py); what
it does not tell for an operation is listed in the operation's `x-specdrift-unknown`. A page
that cannot be read raises InputError naming the file and line.
"""

from __future__ import annotations

import http
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.specdrift.compare import UNKNOWN, operations, path_key
from tools.specdrift.model import InputError
from tools.specdrift.refs import Resolver, View, join

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
HEADINGS = {
    "Overview",
    "Arguments",
    "Path Parameters",
    "Query Parameters",
    "Header Parameters",
    "Request",
    "Response",
    "Code Example",
}
PARAMETER_HEADINGS = {
    "Path Parameters": "path",
    "Query Parameters": "query",
    "Header Parameters": "header",
}
KEY_HEADERS = ("DD-API-KEY", "DD-APPLICATION-KEY")

# How the pages name responses (see shared/docs/README.md); standard reason phrases besides.
_PAGE_STATUS_NAMES = {
    "ok": "200",
    "ok, but delayed due to an incident": "202",
    "ok - but delayed due to incident": "202",
    "not authorized": "403",
    "deployment gate not found": "404",
    "deployment rule not found": "404",
}
_STRING_FORMATS = ("uuid", "date-time", "date", "email", "uri", "url", "binary", "byte", "password")
_SCALARS: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "boolean": {"type": "boolean"},
    "integer": {"type": "integer"},
    "int64": {"type": "integer", "format": "int64"},
    "int32": {"type": "integer", "format": "int32"},
    "number": {"type": "number"},
    "double": {"type": "number", "format": "double"},
    "float": {"type": "number", "format": "float"},
    "object": {"type": "object"},
    "enum": {"type": "string"},
    **{f: {"type": "string", "format": f} for f in _STRING_FORMATS},
}
_COMPOSITES = {"<oneOf>": "oneOf", "<anyOf>": "anyOf"}
# Query parameter names hold brackets: filter[env], page[size].
_NAME_RE = re.compile(
    r"(?P<name>[A-Za-z_$@][\w$@.\-]*(?:\[[\w.\-]+\])*|Option \d+)(?P<req>\s*\[required\])?"
)
_TYPE_RE = re.compile(r"(?P<open>\[*)(?P<base><\w+>|[a-z][\w-]*)(?P<close>\]*)")
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def build_status_names(extra: dict[str, str] | None = None) -> dict[str, str]:
    names = {_name_key(s.phrase): str(s.value) for s in http.HTTPStatus}
    names.update(_PAGE_STATUS_NAMES)
    names.update({_name_key(k): v for k, v in (extra or {}).items()})
    return names


def parse_status_names(pairs: list[str]) -> dict[str, str]:
    """--status "Conflict=409" arguments, for response names the built-in table lacks."""
    result: dict[str, str] = {}
    for pair in pairs:
        name, sep, code = pair.rpartition("=")
        if not sep or not name.strip() or not re.fullmatch(r"[1-5]\d\d|default", code.strip()):
            raise InputError(f"--status {pair!r}: expected NAME=CODE, like 'Conflict=409'")
        result[name.strip()] = code.strip()
    return result


def _name_key(name: str) -> str:
    return " ".join(name.split()).lower().rstrip(".").strip()


@dataclass
class Token:
    line: int
    text: str


@dataclass
class Entry:
    """One row of a field table."""

    name: str
    required: bool
    type_text: str
    line: int
    description: list[str] = field(default_factory=list)
    children: list[Entry] = field(default_factory=list)

    @property
    def depth(self) -> int:
        return len(self.type_text) - len(self.type_text.lstrip("["))

    @property
    def base(self) -> str:
        return self.type_text.strip("[]")

    @property
    def is_container(self) -> bool:
        return self.base == "object" or self.base in _COMPOSITES


@dataclass
class PagesRead:
    document: dict[str, Any]
    lines: dict[str, str]  # pointer -> "page.txt:LINE"
    notes: list[str]
    source: str


class _Page:
    def __init__(self, path: Path, text: str, ours: Resolver, names: dict[str, str]) -> None:
        self.path = path
        self.name = path.name
        self.text = text
        self.ours = ours
        self.names = names
        self.tokens = _tokens(text)
        self.lines: dict[str, str] = {}
        self.notes: list[str] = []

    def fail(self, line: int | None, message: str) -> InputError:
        where = f"{self.path}:{line}" if line else str(self.path)
        return InputError(f"{where}: {message}")

    def at(self, pointer: str, line: int) -> None:
        self.lines[pointer] = f"{self.name}:{line}"

    # -- the page as a whole ----------------------------------------------------------------------

    def read(self) -> tuple[str, str, dict[str, Any]]:
        start, verb, path, hosts = self._endpoint()
        method = verb.lower()
        op_ptr = join("#", "paths", path, method)
        self.at(op_ptr, self.tokens[start].line)
        op: dict[str, Any] = {"servers": [{"url": f"https://{host}"} for host in hosts]}
        unknown: list[str] = ["x-pagination"]  # the layout cannot show how a list pages
        header = " ".join(t.text for t in self.tokens[:start])
        if re.search(r"\bin (preview|beta)\b", header, re.IGNORECASE):
            op["x-unstable"] = "preview (documentation page)"
        self._check_dd_site(hosts)

        ours_op = self._ours_operation(method, path)
        sections = self._sections(start + 1)
        overview = " ".join(t.text for t in sections.get("Overview", []))
        if re.search(r"\bthis endpoint is deprecated\b", overview, re.IGNORECASE):
            op["deprecated"] = True
        parameters: list[dict[str, Any]] = []
        for heading, location in PARAMETER_HEADINGS.items():
            if heading in sections:
                parameters += self._parameters(sections[heading], location, op_ptr, len(parameters))
        if parameters:
            op["parameters"] = parameters
        if "Request" in sections:
            body = self._request(sections["Request"], op_ptr, ours_op)
            if body is not None:
                op["requestBody"] = body
        else:
            unknown.append("requestBody")
            if ours_op is not None and "requestBody" in ours_op[0]:
                self.notes.append(f"{self.name}: no Request section; request body not compared")
        if "Response" not in sections:
            raise self.fail(None, "no 'Response' section found")
        op["responses"] = self._responses(sections["Response"], op_ptr, ours_op)
        keys = self._key_headers()
        if keys:
            op["security"] = [{key: [] for key in keys}]
        else:
            unknown.append("security")
        if unknown:
            op[UNKNOWN] = unknown
        return method, path, op

    def _endpoint(self) -> tuple[int, str, str, list[str]]:
        for i, token in enumerate(self.tokens):
            first, _, rest = token.text.partition(" ")
            if first not in METHODS or not (rest or _next_text(self.tokens, i)).startswith(
                "https://"
            ):
                continue
            glued = rest
            j = i + 1
            while j < len(self.tokens) and self.tokens[j].text not in HEADINGS:
                if " " in self.tokens[j].text:  # wrapped URLs hold no spaces
                    break
                glued += self.tokens[j].text
                j += 1
            glued = "".join(glued.split())
            pieces = [p for p in glued.split("https://") if p]
            hosts, paths = [], set()
            for piece in pieces:
                m = re.fullmatch(r"([A-Za-z0-9.-]+)(/\S*)", piece)
                if not m:
                    raise self.fail(token.line, f"cannot read the URL line near {piece[:60]!r}")
                hosts.append(m.group(1))
                paths.add(m.group(2))
            if len(paths) != 1:
                raise self.fail(token.line, f"the URL line names several paths: {sorted(paths)}")
            return i, first, paths.pop(), hosts
        raise self.fail(None, "no 'METHOD https://host/path' line: not an API reference page")

    def _check_dd_site(self, hosts: list[str]) -> None:
        sites = [h.removeprefix("api.") for h in hosts]
        for found in sorted(set(re.findall(r'DD_SITE="([^"]*)"', self.text))):
            glued = "".join(found.split())
            if not _splits_into(glued, sites):
                self.notes.append(
                    f"{self.name}: the DD_SITE list {glued!r} is not the sites of the URL line "
                    f"({', '.join(sites)}); the URL line is used"
                )

    def _key_headers(self) -> list[str]:
        found = re.findall(r'-H\s*"([A-Za-z-]+):', self.text)
        return [h for h in KEY_HEADERS if h in found]

    def _ours_operation(self, method: str, path: str) -> tuple[dict[str, Any], str] | None:
        key = path_key(method, path)
        for op in operations(self.ours.doc):
            if path_key(op.method, op.path) == key:
                return op.op, op.pointer
        return None

    def _sections(self, start: int) -> dict[str, list[Token]]:
        sections: dict[str, list[Token]] = {}
        current: list[Token] | None = None
        for token in self.tokens[start:]:
            if token.text in HEADINGS and token.text not in sections:
                current = sections.setdefault(token.text, [])
                continue
            if current is not None:
                current.append(token)
        return sections

    # -- parameters and bodies --------------------------------------------------------------------

    def _parameters(
        self, tokens: list[Token], location: str, op_ptr: str, offset: int
    ) -> list[dict[str, Any]]:
        tokens = _skip_header(tokens, ("Name", "Type", "Description"))
        entries, _ = self._entries(tokens, 0)
        if tokens and not entries:
            raise self.fail(tokens[0].line, "a parameter table with no readable row")
        result = []
        for i, entry in enumerate(entries):
            schema = self._leaf(entry)
            param = {
                "name": entry.name,
                "in": location,
                "required": entry.required or location == "path",
                "schema": schema,
            }
            if "description" in schema:
                param["description"] = schema.pop("description")
            self.at(join(op_ptr, "parameters", offset + i), entry.line)
            result.append(param)
        return result

    def _request(
        self, tokens: list[Token], op_ptr: str, ours_op: tuple[dict[str, Any], str] | None
    ) -> dict[str, Any] | None:
        at = next((i for i, t in enumerate(tokens) if t.text.startswith("Body Data")), None)
        if at is None:
            return None
        required = "(required)" in tokens[at].text
        rest = _skip_header(tokens[at + 1 :], ("Expand All",))
        rest = _skip_header(rest, ("Field", "Type", "Description"))
        entries, end = self._entries(rest, 0)
        if not entries:
            raise self.fail(tokens[at].line, "a request body table with no readable field")
        example = None
        if end < len(rest) and _is_example_start(rest[end].text):
            example, _ = self._example(rest, end)
        guide = None
        ptr = join(op_ptr, "requestBody", "content", "application/json", "schema")
        if ours_op is not None and "requestBody" in ours_op[0]:
            guide = self._guide_body(ours_op[0]["requestBody"], join(ours_op[1], "requestBody"))
        schema = self._tree(entries, guide, example, ptr)
        media: dict[str, Any] = {"schema": schema}
        if example is not None:
            media["example"] = example
        self.at(join(op_ptr, "requestBody"), tokens[at].line)
        return {"required": required, "content": {"application/json": media}}

    def _guide_body(self, body: Any, pointer: str) -> View | None:
        node, ptr = self.ours.deref(body, pointer)
        schema = (node.get("content") or {}).get("application/json", {}).get("schema")
        if schema is None:
            return None
        return self.ours.view(schema, join(ptr, "content", "application/json", "schema"))

    # -- responses --------------------------------------------------------------------------------

    def _status(self, tokens: list[Token], i: int) -> tuple[str, int] | None:
        """The status of the response named at tokens[i] (the name may wrap), and its length."""
        for k in (3, 2, 1):
            if i + k <= len(tokens):
                code = self.names.get(_name_key(" ".join(t.text for t in tokens[i : i + k])))
                if code is not None:
                    return code, k
        return None

    def _responses(
        self, tokens: list[Token], op_ptr: str, ours_op: tuple[dict[str, Any], str] | None
    ) -> dict[str, Any]:
        responses: dict[str, Any] = {}
        i = 0
        while i < len(tokens):
            if tokens[i].text == "Expand All":
                i += 1
                continue
            found = self._status(tokens, i)
            if found is None:
                raise self.fail(
                    tokens[i].line,
                    f"expected a response name (like 'OK' or 'Bad Request'), found "
                    f"{tokens[i].text[:60]!r}; if it names a status, pass --status 'NAME=CODE'",
                )
            code, k = found
            name_token = tokens[i]
            name = " ".join(t.text for t in tokens[i : i + k])
            if code in responses:
                raise self.fail(name_token.line, f"two responses map to status {code}")
            i += k
            description: list[str] = []
            while i < len(tokens) and not _is_table_start(tokens, i):
                if _is_example_start(tokens[i].text):
                    break
                other = self._status(tokens, i)
                if other is not None and other[0] != code:
                    break  # the previous response had no body
                description.append(tokens[i].text)
                i += 1
            ptr = join(op_ptr, "responses", code)
            self.at(ptr, name_token.line)
            response: dict[str, Any] = {"description": name}
            entries: list[Entry] = []
            has_table = i < len(tokens) and _is_table_start(tokens, i)
            if has_table:
                i = _after_table_header(tokens, i)
                entries, i = self._entries(tokens, i, stop_at_response=self._status)
                if not entries:
                    raise self.fail(name_token.line, f"the {name!r} table has no readable field")
            example = None
            if i < len(tokens) and _is_example_start(tokens[i].text):
                example, i = self._example(tokens, i)
            if has_table or example is not None:
                guide = None
                if ours_op is not None:
                    ours_resp = (ours_op[0].get("responses") or {}).get(code)
                    if ours_resp is not None:
                        guide = self._guide_body(ours_resp, join(ours_op[1], "responses", code))
                schema_ptr = join(ptr, "content", "application/json", "schema")
                schema = self._tree(entries, guide, example, schema_ptr)
                if description:
                    schema["description"] = " ".join(description)
                media: dict[str, Any] = {"schema": schema}
                if example is not None:
                    media["example"] = example
                response["content"] = {"application/json": media}
            responses[code] = response
        if not responses:
            raise self.fail(None, "the Response section lists no response")
        return responses

    # -- field tables -----------------------------------------------------------------------------

    def _entries(
        self, tokens: list[Token], i: int, stop_at_response: Any = None
    ) -> tuple[list[Entry], int]:
        """Rows from tokens[i] on, up to an example, the next response, or the end."""
        entries: list[Entry] = []
        while i < len(tokens):
            text = tokens[i].text
            entry, used = self._entry(tokens, i)
            if entry is not None:
                entries.append(entry)
                i += used
                continue
            if _is_example_start(text):
                break
            if stop_at_response is not None:
                found = stop_at_response(tokens, i)
                if found is not None:
                    after = i + found[1]
                    ahead = [t.text for t in tokens[after : after + 4]]
                    if after >= len(tokens) or "Expand All" in ahead or "Field" in ahead:
                        break
            if entries:
                entries[-1].description.append(text)
            i += 1
        return entries, i

    def _entry(self, tokens: list[Token], i: int) -> tuple[Entry | None, int]:
        m = _NAME_RE.fullmatch(tokens[i].text)
        if m is None or i + 1 >= len(tokens):
            return None, 0
        required = bool(m.group("req"))
        j = i + 1
        if tokens[j].text == "[required]" and not required and j + 1 < len(tokens):
            required, j = True, j + 1
        t = _TYPE_RE.fullmatch(tokens[j].text)
        if t is None or len(t.group("open")) != len(t.group("close")):
            return None, 0
        base = t.group("base")
        if base not in _SCALARS and base not in _COMPOSITES:
            if m.group("req") or tokens[j].text.startswith("["):
                self.notes.append(
                    f"{self.name}:{tokens[i].line}: field {m.group('name')!r} has a type this "
                    f"reader does not know ({tokens[j].text!r}); read as description text"
                )
            return None, 0
        entry = Entry(m.group("name"), required, tokens[j].text, tokens[i].line)
        return entry, j + 1 - i

    def _example(self, tokens: list[Token], i: int) -> tuple[Any, int]:
        """Parse the JSON example starting at tokens[i]; returns it (or None) and the next index."""
        depth, in_string, escaped = 0, False, False
        parts: list[str] = []
        j = i
        while j < len(tokens):
            text = tokens[j].text
            parts.append(text)
            for ch in text:
                if in_string:
                    if escaped:
                        escaped = False
                    elif ch == "\\":
                        escaped = True
                    elif ch == '"':
                        in_string = False
                elif ch == '"':
                    in_string = True
                elif ch in "{[":
                    depth += 1
                elif ch in "}]":
                    depth -= 1
            j += 1
            if depth <= 0 and not in_string:
                break
        for glue in ("\n", " "):  # a string value wrapped over lines parses when glued by a space
            try:
                return json.loads(glue.join(parts)), j
            except ValueError:
                pass
        self.notes.append(f"{self.name}:{tokens[i].line}: example is not valid JSON; not used")
        return None, j

    def _leaf(self, entry: Entry) -> dict[str, Any]:
        text = " ".join(entry.description)
        values: list[Any] | None = None
        default: str | None = None
        m = re.search(r"\s*\bdefault:\s*(\S+)\s*$", text)
        if m:
            default, text = m.group(1), text[: m.start()]
        m = re.search(r"\s*Allowed enum values:\s*(.*)$", text)
        if m:
            pieces = [p.strip() for p in m.group(1).split(",")]
            if pieces and " " in pieces[-1]:
                pieces[-1] = pieces[-1].split()[0]
            values = [p for p in pieces if p]
            text = text[: m.start()]
        text = re.sub(r"\s*•.*$", "", text).strip()
        inner: dict[str, Any]
        if entry.base in _COMPOSITES:
            inner = {_COMPOSITES[entry.base]: []}
        else:
            inner = dict(_SCALARS[entry.base])
        if values is not None:
            if all(re.fullmatch(r"-?\d+", v) for v in values):
                inner["type"] = "integer"
                values = [int(v) for v in values]
            inner["enum"] = values
        if default is not None:
            inner["default"] = _typed(default, inner.get("type"))
        schema = inner
        for _ in range(entry.depth):
            schema = {"type": "array", "items": schema}
        if text:
            schema["description"] = text
        return schema

    def _tree(
        self, entries: list[Entry], guide: View | None, example: Any, pointer: str
    ) -> dict[str, Any]:
        """Rebuild the nesting of a flat field table, then turn it into a schema."""
        root = Entry("", False, "object", 0)
        stack: list[_Frame] = [_Frame(root, guide, _first_object(example))]
        for entry in entries:
            option = entry.name.startswith("Option ")
            chosen = None
            for tier in range(4):
                for k in range(len(stack) - 1, -1, -1):
                    frame = stack[k]
                    if option != (frame.entry.base in _COMPOSITES):
                        continue
                    if frame.accepts(entry.name, tier):
                        chosen = k
                        break
                if chosen is not None:
                    break
            if chosen is None:
                raise self.fail(entry.line, f"cannot place field {entry.name!r} in the table")
            del stack[chosen + 1 :]
            parent = stack[chosen]
            parent.add(entry)
            if entry.is_container:
                stack.append(parent.child_frame(entry, self.ours))
        return self._schema(root, pointer)

    def _schema(self, entry: Entry, pointer: str) -> dict[str, Any]:
        if entry.line:
            self.at(pointer, entry.line)
        schema: dict[str, Any] = self._leaf(entry) if entry.line else {"type": "object"}
        inner: dict[str, Any] = schema
        inner_ptr = pointer
        for _ in range(entry.depth):
            inner, inner_ptr = inner["items"], join(inner_ptr, "items")
        if entry.base in _COMPOSITES:
            keyword = _COMPOSITES[entry.base]
            inner[keyword] = [
                self._schema(c, join(inner_ptr, keyword, n)) for n, c in enumerate(entry.children)
            ]
        elif entry.base == "object" and entry.children:
            inner["properties"] = {
                c.name: self._schema(c, join(inner_ptr, "properties", c.name))
                for c in entry.children
            }
            required = [c.name for c in entry.children if c.required]
            if required:
                inner["required"] = required
        return schema


@dataclass
class _Frame:
    """An object (or oneOf) of the table being filled, with what guides its nesting."""

    entry: Entry
    spec: View | None
    example: dict[str, Any] | None
    names: list[str] = field(default_factory=list)

    def accepts(self, name: str, tier: int) -> bool:
        if name in self.names:
            return False
        in_example = self.example is not None and name in self.example
        in_spec = self.spec is not None and name in self.spec.properties
        in_order = not self.names or name.casefold() > self.names[-1].casefold()
        if name.startswith("Option "):
            in_order = True
        known = in_example or in_spec
        return (known and in_order, known, in_order, True)[tier]

    def add(self, entry: Entry) -> None:
        self.names.append(entry.name)
        self.entry.children.append(entry)

    def child_frame(self, entry: Entry, ours: Resolver) -> _Frame:
        spec: View | None = None
        example: Any = None
        if entry.name.startswith("Option ") and self.spec is not None:
            # Which of our members a page's "Option N" is cannot be told from N (the order of
            # members carries no meaning): the option is guided by all members' fields at once.
            keyword = _COMPOSITES.get(self.entry.base, "oneOf")
            members = self.spec.raw.get(keyword) or []
            views = [
                ours.view(member, join(self.spec.pointer, keyword, i))
                for i, member in enumerate(members)
            ]
            if views:
                spec = View(pointer=views[0].pointer, raw={"type": "object"})
                for view in views:
                    for name, found in view.properties.items():
                        spec.properties.setdefault(name, found)
            example = self.example
        else:
            if self.spec is not None and entry.name in self.spec.properties:
                node, ptr = self.spec.properties[entry.name]
                spec = ours.view(node, ptr)
                for _ in range(entry.depth):
                    if "items" not in spec.raw:
                        spec = None
                        break
                    spec = ours.view(spec.raw["items"], join(spec.pointer, "items"))
            if self.example is not None:
                example = self.example.get(entry.name)
        return _Frame(entry, spec, _first_object(example))


def _first_object(value: Any) -> dict[str, Any] | None:
    while isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, dict) else None


def _typed(text: str, kind: Any) -> Any:
    if kind == "integer" and re.fullmatch(r"-?\d+", text):
        return int(text)
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def _tokens(text: str) -> list[Token]:
    tokens = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = _SPACES.sub(" ", raw).strip()
        if line:
            tokens.append(Token(number, line))
    return tokens


def _next_text(tokens: list[Token], i: int) -> str:
    return tokens[i + 1].text if i + 1 < len(tokens) else ""


def _skip_header(tokens: list[Token], header: tuple[str, ...]) -> list[Token]:
    texts = tuple(t.text for t in tokens[: len(header)])
    return tokens[len(header) :] if texts == header else tokens


def _is_table_start(tokens: list[Token], i: int) -> bool:
    if tokens[i].text == "Expand All":
        return True
    return tuple(t.text for t in tokens[i : i + 3]) == ("Field", "Type", "Description")


def _after_table_header(tokens: list[Token], i: int) -> int:
    if tokens[i].text == "Expand All":
        i += 1
    if tuple(t.text for t in tokens[i : i + 3]) == ("Field", "Type", "Description"):
        i += 3
    return i


def _is_example_start(text: str) -> bool:
    return text[:1] in "{[" and _TYPE_RE.fullmatch(text) is None and text != "[required]"


def _splits_into(glued: str, sites: list[str]) -> bool:
    """Whether `glued` is every site of `sites` written one after the other, in some order."""

    def walk(rest: str, left: tuple[str, ...]) -> bool:
        if not rest:
            return not left
        return any(
            rest.startswith(site) and walk(rest[len(site) :], left[:i] + left[i + 1 :])
            for i, site in enumerate(left)
        )

    return walk(glued, tuple(sites))


def _page_files(sources: list[str], notes: list[str]) -> list[Path]:
    files: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix == ".txt")
            skipped = sorted(p.name for p in path.iterdir() if p.is_file() and p.suffix != ".txt")
            if skipped:
                notes.append(f"{path}: not read (not .txt pages): {', '.join(skipped)}")
            if not found:
                raise InputError(f"{path}: holds no documentation page (*.txt)")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{source}: no such file or folder")
    return files


def read_pages(
    sources: list[str], ours: dict[str, Any], status_names: dict[str, str] | None = None
) -> PagesRead:
    """Read every page into one partial OpenAPI document of the operations they describe."""
    notes: list[str] = []
    files = _page_files(sources, notes)
    names = build_status_names(status_names)
    resolver = Resolver(ours, "our spec")
    paths: dict[str, dict[str, Any]] = {}
    lines: dict[str, str] = {}
    schemes = {header: {"type": "apiKey", "in": "header", "name": header} for header in KEY_HEADERS}
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"{file}: cannot read: {error}") from None
        page = _Page(file, text, resolver, names)
        method, path, op = page.read()
        if method in paths.get(path, {}):
            raise InputError(f"{file}: a second page for {method.upper()} {path}")
        paths.setdefault(path, {})[method] = op
        lines.update(page.lines)
        notes += page.notes
    document = {
        "openapi": "3.0.3",
        "paths": paths,
        "components": {"securitySchemes": schemes},
    }
    shown = sources[0] if len(sources) == 1 else ", ".join(sources)
    return PagesRead(document, lines, notes, shown)
