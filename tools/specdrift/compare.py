"""Compare the operations our spec declares with the other side, plus servers and security.

Operations are matched by method and path (path parameter names aside: `{id}` and
`{deployment_id}` match, and the parameter shows as renamed). Only what our operations reach
is compared; everything else in the other document is ignored, except that upstream
operations under the tags we cover are listed for information.

An operation of the other side may carry `x-specdrift-unknown`, a list of aspects its source
does not tell ("security", "requestBody"): those are not compared. The documentation reader
sets it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from tools.specdrift.model import (
    DOCUMENT,
    Difference,
    Kind,
    OperationInfo,
    Profile,
    Report,
)
from tools.specdrift.refs import Resolver, join
from tools.specdrift.schema import Emit, SchemaComparer, canon, words

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
UNKNOWN = "x-specdrift-unknown"
MAX_SERVER_EXPANSIONS = 10_000


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    item: dict[str, Any]
    op: dict[str, Any]

    @property
    def pointer(self) -> str:  # computed on use: an upstream spec has thousands of operations
        return join("#", "paths", self.path, self.method)

    @property
    def item_pointer(self) -> str:
        return join("#", "paths", self.path)

    @property
    def operation_id(self) -> str:
        return str(self.op.get("operationId") or f"{self.method.upper()} {self.path}")

    def info(self) -> OperationInfo:
        tags = tuple(str(t) for t in self.op.get("tags") or ())
        return OperationInfo(self.operation_id, self.method.upper(), self.path, tags)


def operations(doc: dict[str, Any]) -> Iterator[Operation]:
    for path, item in doc.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield Operation(method, str(path), item, op)


def path_key(method: str, path: str) -> tuple[str, str]:
    return method.lower(), re.sub(r"\{[^}/]*\}", "{}", path.rstrip("/") or "/")


def compare_documents(
    ours: dict[str, Any],
    theirs: dict[str, Any],
    *,
    ours_source: str,
    theirs_source: str,
    profile: Profile,
    theirs_lines: dict[str, str] | None = None,
) -> Report:
    report = Report(ours_source=ours_source, theirs_source=theirs_source)
    comparison = _Comparison(ours, theirs, ours_source, theirs_source, profile, theirs_lines or {})
    comparison.run(report)
    return report


class _Comparison:
    def __init__(
        self,
        ours: dict[str, Any],
        theirs: dict[str, Any],
        ours_source: str,
        theirs_source: str,
        profile: Profile,
        theirs_lines: dict[str, str],
    ) -> None:
        self.ours = ours
        self.theirs = theirs
        self.o_res = Resolver(ours, ours_source)
        self.t_res = Resolver(theirs, theirs_source)
        self.profile = profile
        self.lines = theirs_lines
        self.diffs: list[Difference] = []

    # -- plumbing -------------------------------------------------------------------------------

    def _line(self, pointer: str) -> str | None:
        while pointer:
            if pointer in self.lines:
                return self.lines[pointer]
            pointer = pointer.rpartition("/")[0]
        return None

    def emitter(self, operation: str) -> Emit:
        seen: set[tuple[Kind, str, str, str, str]] = set()

        def emit(
            kind: Kind, breaking: bool, where: str, ours: str, theirs: str, detail: str
        ) -> None:
            key = (kind, where, ours, theirs, detail)
            if key in seen:
                return
            seen.add(key)
            line = self._line(theirs)
            self.diffs.append(
                Difference(kind, breaking, operation, where, ours, theirs, detail, line)
            )

        return emit

    # -- the whole comparison -------------------------------------------------------------------

    def run(self, report: Report) -> None:
        theirs_by_key: dict[tuple[str, str], Operation] = {}
        theirs_by_id: dict[str, Operation] = {}
        for other in operations(self.theirs):
            theirs_by_key.setdefault(path_key(other.method, other.path), other)
            theirs_by_id.setdefault(other.operation_id, other)

        document = self.emitter(DOCUMENT)
        if "servers" in self.theirs:
            self._servers(self.ours.get("servers"), "#/servers", self.theirs, "#/servers", document)
        self._schemes(document)

        matched: set[tuple[str, str]] = set()
        our_tags: set[str] = set()
        for o_op in operations(self.ours):
            report.operations.append(o_op.info())
            our_tags.update(o_op.info().tags)
            key = path_key(o_op.method, o_op.path)
            t_op = theirs_by_key.get(key)
            emit = self.emitter(o_op.operation_id)
            if t_op is None:
                if self.profile.partial:
                    report.notes.append(
                        f"{o_op.operation_id}: {report.theirs_source} has nothing for "
                        f"{o_op.method.upper()} {o_op.path}; not compared"
                    )
                    continue
                moved = theirs_by_id.get(o_op.operation_id)
                detail = "no operation with this method and path upstream"
                if moved is not None:
                    detail += f"; {moved.operation_id} is at {moved.method.upper()} {moved.path}"
                emit(Kind.OPERATION_REMOVED, True, "operation", o_op.pointer, "#/paths", detail)
                continue
            matched.add(key)
            self._operation(o_op, t_op, emit)

        if not self.profile.partial:
            for other in operations(self.theirs):
                tags = other.op.get("tags") or ()
                if not our_tags.intersection(str(t) for t in tags):
                    continue
                if path_key(other.method, other.path) not in matched:
                    report.uncovered.append(other.info())
        report.differences = self.diffs

    # -- one operation --------------------------------------------------------------------------

    def _operation(self, o_op: Operation, t_op: Operation, emit: Emit) -> None:
        unknown = set(t_op.op.get(UNKNOWN) or ())
        schemas = SchemaComparer(self.o_res, self.t_res, self.profile, emit)
        o_id, t_id = o_op.op.get("operationId"), t_op.op.get("operationId")
        if self.profile.operation_ids and t_id is not None and o_id != t_id:
            emit(
                Kind.OPERATION_ID_CHANGED,
                False,
                "operation",
                join(o_op.pointer, "operationId"),
                join(t_op.pointer, "operationId"),
                f"{o_id} -> {t_id}",
            )
        o_unstable, t_unstable = "x-unstable" in o_op.op, "x-unstable" in t_op.op
        if o_unstable != t_unstable:
            emit(
                Kind.STABILITY_CHANGED,
                t_unstable,  # a stable operation going back to preview may change under us
                "operation",
                join(o_op.pointer, "x-unstable"),
                join(t_op.pointer, "x-unstable"),
                f"{_stability(o_unstable)} -> {_stability(t_unstable)}",
            )
        o_deprecated = bool(o_op.op.get("deprecated"))
        t_deprecated = bool(t_op.op.get("deprecated"))
        if o_deprecated != t_deprecated:
            emit(
                Kind.DEPRECATION_CHANGED,
                False,  # a warning: the operation still works (its removal is another class)
                "operation",
                join(o_op.pointer, "deprecated"),
                join(t_op.pointer, "deprecated"),
                f"{_deprecation(o_deprecated)} -> {_deprecation(t_deprecated)}",
            )
        if "x-pagination" not in unknown:
            self._pagination(o_op, t_op, emit)
        if self.profile.descriptions:
            for key in ("summary", "description"):
                if key in t_op.op and words(o_op.op.get(key)) != words(t_op.op.get(key)):
                    emit(
                        Kind.DESCRIPTION_CHANGED,
                        False,
                        f"operation {key}",
                        join(o_op.pointer, key),
                        join(t_op.pointer, key),
                        f"{words(o_op.op.get(key))!r} -> {words(t_op.op.get(key))!r}",
                    )
        if "security" not in unknown:
            self._security(o_op, t_op, emit)
        if any("servers" in x for x in (o_op.op, o_op.item, t_op.op, t_op.item)):
            o_servers, o_ptr = _effective_servers(self.ours, o_op)
            t_servers, t_ptr = _effective_servers(self.theirs, t_op)
            self._servers(o_servers, o_ptr, {"servers": t_servers}, t_ptr, emit)
        self._parameters(o_op, t_op, schemas, emit)
        if "requestBody" not in unknown:
            self._request_body(o_op, t_op, schemas, emit)
        self._responses(o_op, t_op, schemas, emit)

    def _pagination(self, o_op: Operation, t_op: Operation, emit: Emit) -> None:
        """x-pagination: how a list pages (cursor and limit parameters, where the next cursor
        and the items are). Our paging helpers follow ours: a key changed or gone breaks them."""
        ours, theirs = o_op.op.get("x-pagination"), t_op.op.get("x-pagination")
        ours = ours if isinstance(ours, dict) else {}
        theirs = theirs if isinstance(theirs, dict) else {}
        for key in sorted(set(ours) | set(theirs)):
            if ours.get(key) == theirs.get(key):
                continue
            emit(
                Kind.PAGINATION_CHANGED,
                key in ours,
                f"pagination {key}",
                join(o_op.pointer, "x-pagination", *([key] if key in ours else [])),
                join(t_op.pointer, "x-pagination", *([key] if key in theirs else [])),
                f"{_show(ours.get(key))} -> {_show(theirs.get(key))}",
            )

    # -- parameters -----------------------------------------------------------------------------

    def _params(self, res: Resolver, op: Operation) -> dict[tuple[str, str], tuple[Any, str]]:
        found: dict[tuple[str, str], tuple[Any, str]] = {}
        for owner, ptr in ((op.item, op.item_pointer), (op.op, op.pointer)):
            for i, raw in enumerate(owner.get("parameters") or ()):
                node, node_ptr = res.deref(raw, join(ptr, "parameters", i))
                if isinstance(node, dict) and "name" in node:
                    found[(str(node.get("in")), str(node["name"]))] = (node, node_ptr)
        return found

    def _parameters(
        self, o_op: Operation, t_op: Operation, schemas: SchemaComparer, emit: Emit
    ) -> None:
        ours, theirs = self._params(self.o_res, o_op), self._params(self.t_res, t_op)
        pairs: list[tuple[tuple[str, str], tuple[str, str]]] = [(k, k) for k in ours if k in theirs]
        left_o = [k for k in ours if k not in theirs]
        left_t = [k for k in theirs if k not in ours]
        for k in list(left_o):  # same name, another location
            match = next((m for m in left_t if m[1] == k[1]), None)
            if match is not None:
                pairs.append((k, match))
                left_o.remove(k)
                left_t.remove(match)
        o_path = _template_names(o_op.path)
        t_path = _template_names(t_op.path)
        for k in list(left_o):  # a path parameter renamed: same place in the template
            if k[0] == "path" and k[1] in o_path:
                position = o_path.index(k[1])
                if position < len(t_path) and ("path", t_path[position]) in left_t:
                    match = ("path", t_path[position])
                    pairs.append((k, match))
                    left_o.remove(k)
                    left_t.remove(match)
        for k in left_o:
            node, ptr = ours[k]
            required = bool(node.get("required"))
            emit(
                Kind.PARAMETER_REMOVED,
                required,
                f"parameter {k[0]} {k[1]}",
                ptr,
                join(t_op.pointer, "parameters"),
                "required" if required else "optional",
            )
        for k in left_t:
            node, ptr = theirs[k]
            required = bool(node.get("required"))
            emit(
                Kind.PARAMETER_ADDED,
                required,
                f"parameter {k[0]} {k[1]}",
                join(o_op.pointer, "parameters"),
                ptr,
                "required" if required else "optional",
            )
        for o_key, t_key in pairs:
            self._parameter(ours[o_key], theirs[t_key], o_key, t_key, schemas, emit)

    def _parameter(
        self,
        ours: tuple[Any, str],
        theirs: tuple[Any, str],
        o_key: tuple[str, str],
        t_key: tuple[str, str],
        schemas: SchemaComparer,
        emit: Emit,
    ) -> None:
        (o_node, o_ptr), (t_node, t_ptr) = ours, theirs
        label = f"parameter {o_key[0]} {o_key[1]}"
        if o_key[1] != t_key[1]:
            emit(
                Kind.PARAMETER_CHANGED,
                False,  # a path parameter's name is not on the wire
                label,
                join(o_ptr, "name"),
                join(t_ptr, "name"),
                f"name: {o_key[1]} -> {t_key[1]}",
            )
        if o_key[0] != t_key[0]:
            emit(
                Kind.PARAMETER_CHANGED,
                True,
                label,
                join(o_ptr, "in"),
                join(t_ptr, "in"),
                f"location: {o_key[0]} -> {t_key[0]}",
            )
        o_req, t_req = bool(o_node.get("required")), bool(t_node.get("required"))
        if o_req != t_req:
            emit(
                Kind.PARAMETER_CHANGED,
                t_req,
                label,
                join(o_ptr, "required"),
                join(t_ptr, "required"),
                f"required: {str(o_req).lower()} -> {str(t_req).lower()}",
            )

        def remap(kind: Kind, breaking: bool, where: str, o: str, t: str, detail: str) -> None:
            if kind in (Kind.TYPE_CHANGED, Kind.FORMAT_CHANGED):
                detail = f"{'type' if kind is Kind.TYPE_CHANGED else 'format'}: {detail}"
                kind = Kind.PARAMETER_CHANGED
            emit(kind, breaking, where, o, t, detail)

        o_schema, o_sptr = _parameter_schema(o_node, o_ptr)
        t_schema, t_sptr = _parameter_schema(t_node, t_ptr)
        if o_schema is not None and t_schema is not None:
            saved = schemas.emit
            schemas.emit = remap
            try:
                schemas.compare(o_schema, o_sptr, t_schema, t_sptr, "parameter", label, "")
            finally:
                schemas.emit = saved
        if self.profile.descriptions and words(o_node.get("description")) != words(
            t_node.get("description")
        ):
            emit(
                Kind.DESCRIPTION_CHANGED,
                False,
                label,
                join(o_ptr, "description"),
                join(t_ptr, "description"),
                f"{words(o_node.get('description'))!r} -> {words(t_node.get('description'))!r}",
            )

    # -- bodies ---------------------------------------------------------------------------------

    def _request_body(
        self, o_op: Operation, t_op: Operation, schemas: SchemaComparer, emit: Emit
    ) -> None:
        o_raw, t_raw = o_op.op.get("requestBody"), t_op.op.get("requestBody")
        o_ptr, t_ptr = join(o_op.pointer, "requestBody"), join(t_op.pointer, "requestBody")
        label = "request body"
        if o_raw is None and t_raw is None:
            return
        if t_raw is None:
            emit(Kind.REQUEST_BODY_REMOVED, True, label, o_ptr, t_op.pointer, "")
            return
        t_body, t_ptr = self.t_res.deref(t_raw, t_ptr)
        t_req = bool(t_body.get("required"))
        if o_raw is None:
            detail = "required" if t_req else "optional"
            emit(Kind.REQUEST_BODY_ADDED, t_req, label, o_op.pointer, t_ptr, detail)
            return
        o_body, o_ptr = self.o_res.deref(o_raw, o_ptr)
        o_req = bool(o_body.get("required"))
        if o_req != t_req:
            emit(
                Kind.REQUIRED_CHANGED,
                t_req,
                label,
                join(o_ptr, "required"),
                join(t_ptr, "required"),
                f"{'required' if o_req else 'optional'} -> {'required' if t_req else 'optional'}",
            )
        self._content(o_body, o_ptr, t_body, t_ptr, "request", label, schemas, emit)

    def _responses(
        self, o_op: Operation, t_op: Operation, schemas: SchemaComparer, emit: Emit
    ) -> None:
        o_all = {str(k): v for k, v in (o_op.op.get("responses") or {}).items()}
        t_all = {str(k): v for k, v in (t_op.op.get("responses") or {}).items()}
        o_base, t_base = join(o_op.pointer, "responses"), join(t_op.pointer, "responses")
        for code in o_all:
            if code not in t_all:
                emit(
                    Kind.RESPONSE_STATUS_REMOVED,
                    False,
                    f"response {code}",
                    join(o_base, code),
                    t_base,
                    "",
                )
        for code in t_all:
            if code not in o_all:
                # A new success status brings a body the client has no model for.
                emit(
                    Kind.RESPONSE_STATUS_ADDED,
                    code.startswith("2"),
                    f"response {code}",
                    o_base,
                    join(t_base, code),
                    "",
                )
        for code in o_all:
            if code not in t_all:
                continue
            o_resp, o_ptr = self.o_res.deref(o_all[code], join(o_base, code))
            t_resp, t_ptr = self.t_res.deref(t_all[code], join(t_base, code))
            label = f"response {code}"
            if self.profile.descriptions:
                o_desc, t_desc = words(o_resp.get("description")), words(t_resp.get("description"))
                if o_desc != t_desc:
                    emit(
                        Kind.DESCRIPTION_CHANGED,
                        False,
                        label,
                        join(o_ptr, "description"),
                        join(t_ptr, "description"),
                        f"{o_desc!r} -> {t_desc!r}",
                    )
            self._content(o_resp, o_ptr, t_resp, t_ptr, "response", label, schemas, emit)

    def _content(
        self,
        ours: dict[str, Any],
        o_ptr: str,
        theirs: dict[str, Any],
        t_ptr: str,
        ctx: str,
        label: str,
        schemas: SchemaComparer,
        emit: Emit,
    ) -> None:
        o_content = ours.get("content") or {}
        t_content = theirs.get("content") or {}
        o_cptr, t_cptr = join(o_ptr, "content"), join(t_ptr, "content")
        response = ctx == "response"
        for media in o_content:
            if media not in t_content:
                emit(
                    Kind.MEDIA_TYPE_REMOVED,
                    True,  # the client sends, or expects, a body in that form
                    f"{label} {media}",
                    join(o_cptr, media),
                    t_cptr if t_content else t_ptr,
                    "",
                )
        for media in t_content:
            if media not in o_content:
                emit(
                    Kind.MEDIA_TYPE_ADDED,
                    False if response else not o_content,
                    f"{label} {media}",
                    o_cptr if o_content else o_ptr,
                    join(t_cptr, media),
                    "",
                )
        for media, o_media in o_content.items():
            if media not in t_content:
                continue
            t_media = t_content[media]
            where = label if media == "application/json" else f"{label} {media}"
            o_mptr, t_mptr = join(o_cptr, media), join(t_cptr, media)
            if isinstance(o_media, dict) and isinstance(t_media, dict):
                if "schema" in o_media and "schema" in t_media:
                    schemas.compare(
                        o_media["schema"],
                        join(o_mptr, "schema"),
                        t_media["schema"],
                        join(t_mptr, "schema"),
                        ctx,
                        where,
                        "",
                    )
                if self.profile.examples:
                    for key in ("example", "examples"):
                        if canon(o_media.get(key)) != canon(t_media.get(key)):
                            emit(
                                Kind.EXAMPLE_CHANGED,
                                False,
                                where,
                                join(o_mptr, key),
                                join(t_mptr, key),
                                f"{key} differs",
                            )

    # -- security -------------------------------------------------------------------------------

    def _security(self, o_op: Operation, t_op: Operation, emit: Emit) -> None:
        o_sec, o_ptr = _effective_security(self.ours, o_op)
        t_sec, t_ptr = _effective_security(self.theirs, t_op)
        o_alts = _requirements(self.o_res, o_sec)
        t_alts = _requirements(self.t_res, t_sec)
        if not self.profile.oauth:
            o_alts = {alt for alt in o_alts if not any(_is_token(sig) for sig in alt)}
        if o_alts == t_alts:
            return
        sent = frozenset(itertools.chain.from_iterable(o_alts))  # the client sends every key
        breaking = bool(t_alts) and not any(alt <= sent for alt in t_alts)
        emit(
            Kind.SECURITY_CHANGED,
            breaking,
            "security",
            o_ptr,
            t_ptr,
            f"{_show_requirements(o_alts)} -> {_show_requirements(t_alts)}",
        )

    def _schemes(self, emit: Emit) -> None:
        o_schemes = self.ours.get("components", {}).get("securitySchemes") or {}
        t_schemes = self.theirs.get("components", {}).get("securitySchemes") or {}
        used = {
            name
            for op in operations(self.ours)
            for alt in (_effective_security(self.ours, op)[0] or [])
            for name in alt
        }
        base = "#/components/securitySchemes"
        for name in sorted(used):
            if name not in o_schemes or name not in t_schemes:
                continue
            o_sig = _scheme_signature(self.o_res, name, [])
            t_sig = _scheme_signature(self.t_res, name, [])
            if o_sig != t_sig:
                emit(
                    Kind.SECURITY_CHANGED,
                    True,
                    f"security scheme {name}",
                    join(base, name),
                    join(base, name),
                    f"{o_sig} -> {t_sig}",
                )

    # -- servers --------------------------------------------------------------------------------

    def _servers(
        self, ours: Any, o_ptr: str, theirs_holder: dict[str, Any], t_ptr: str, emit: Emit
    ) -> None:
        o_urls = server_urls(ours)
        t_urls = server_urls(theirs_holder.get("servers"))
        o_sites, t_sites = {_site(u) for u in o_urls}, {_site(u) for u in t_urls}
        removed = sorted(o_sites - t_sites)
        added = sorted(t_sites - o_sites)
        if removed:
            emit(Kind.SERVER_SITES_REMOVED, True, "servers", o_ptr, t_ptr, ", ".join(removed))
        if added:
            emit(Kind.SERVER_SITES_ADDED, False, "servers", o_ptr, t_ptr, ", ".join(added))
        o_shapes, t_shapes = {_shape(u) for u in o_urls}, {_shape(u) for u in t_urls}
        if o_shapes != t_shapes:
            emit(
                Kind.SERVER_CHANGED,
                True,
                "servers",
                o_ptr,
                t_ptr,
                f"{', '.join(sorted(o_shapes))} -> {', '.join(sorted(t_shapes))}",
            )


def _stability(unstable: bool) -> str:
    return "preview" if unstable else "stable"


def _deprecation(deprecated: bool) -> str:
    return "deprecated" if deprecated else "current"


def _show(value: Any) -> str:
    return "none" if value is None else str(value)


def _template_names(path: str) -> list[str]:
    return re.findall(r"\{([^}/]*)\}", path)


def _parameter_schema(node: dict[str, Any], ptr: str) -> tuple[Any, str]:
    if "schema" in node:
        return node["schema"], join(ptr, "schema")
    content = node.get("content")
    if isinstance(content, dict) and content:
        media, body = next(iter(content.items()))
        if isinstance(body, dict) and "schema" in body:
            return body["schema"], join(ptr, "content", media, "schema")
    return None, ptr


def _effective_security(doc: dict[str, Any], op: Operation) -> tuple[Any, str]:
    if "security" in op.op:
        return op.op["security"], join(op.pointer, "security")
    return doc.get("security") or [], "#/security"


def _scheme_signature(res: Resolver, name: str, scopes: Any) -> str:
    schemes = res.doc.get("components", {}).get("securitySchemes") or {}
    if name not in schemes:
        return f"undefined scheme {name}"
    scheme, _ = res.deref(schemes[name], join("#/components/securitySchemes", name))
    kind = scheme.get("type")
    if kind == "apiKey":
        return f"{scheme.get('in')} {scheme.get('name')}"  # "header DD-API-KEY"
    if kind == "http":
        return f"http {str(scheme.get('scheme', '')).lower()}"
    if kind in ("oauth2", "openIdConnect"):
        listed = ",".join(sorted(str(s) for s in scopes or ()))
        return f"{kind}[{listed}]" if listed else str(kind)
    return str(kind)


def _is_token(signature: str) -> bool:
    return signature.startswith(("oauth2", "openIdConnect"))


def _requirements(res: Resolver, security: Any) -> set[frozenset[str]]:
    alternatives: set[frozenset[str]] = set()
    for requirement in security or ():
        if isinstance(requirement, dict):
            alternatives.add(
                frozenset(_scheme_signature(res, str(n), s) for n, s in requirement.items())
            )
    return alternatives


def _show_requirements(alternatives: set[frozenset[str]]) -> str:
    if not alternatives:
        return "no authentication"
    shown = sorted(" + ".join(sorted(alt)) or "anonymous" for alt in alternatives)
    return " | ".join(f"({s})" for s in shown)


def _effective_servers(doc: dict[str, Any], op: Operation) -> tuple[Any, str]:
    if "servers" in op.op:
        return op.op["servers"], join(op.pointer, "servers")
    if "servers" in op.item:
        return op.item["servers"], join(op.item_pointer, "servers")
    return doc.get("servers"), "#/servers"


def server_urls(servers: Any) -> set[str]:
    """Every concrete base URL a `servers` list allows: variables take each enum value."""
    urls: set[str] = set()
    for server in servers or ():
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            continue
        template: str = server["url"]
        variables = server.get("variables") or {}
        names = re.findall(r"\{([^}]*)\}", template)
        choices: list[list[str]] = []
        for name in names:
            var = variables.get(name) or {}
            values = var.get("enum") or ([var["default"]] if "default" in var else [])
            choices.append([str(v) for v in values] or ["{" + name + "}"])
        for count, combo in enumerate(itertools.product(*choices)):
            if count >= MAX_SERVER_EXPANSIONS:
                break
            url = template
            for name, value in zip(names, combo, strict=True):
                url = url.replace("{" + name + "}", value, 1)
            urls.add(url.rstrip("/"))
    return urls


def _site(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host.removeprefix("api.")


def _shape(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{{host}}{parts.path}"
