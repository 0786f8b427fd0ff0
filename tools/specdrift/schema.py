"""Structural comparison of two schemas, walking the $ref graph of both documents in step.

Schema names never matter: a pair of schemas is compared by what they say (type, format,
properties, required, enum, ...), reached from the same place in the same operation on both
sides. A schema renamed upstream with the same structure is therefore no difference.

Whether a difference breaks the client depends on the direction data flows: `ctx` is
"request" (the client sends it), "parameter" (sent too), or "response" (the client parses it).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from tools.specdrift.model import Kind, Profile
from tools.specdrift.refs import Resolver, View, is_nullable, join, schema_type

# kind, breaking, where, ours pointer, theirs pointer, detail
Emit = Callable[[Kind, bool, str, str, str, str], None]

CONSTRAINTS = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)


def canon(value: Any) -> str:
    """A stable text form of a JSON value, for comparing and printing."""
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def words(text: Any) -> str:
    return " ".join(str(text).split()) if text is not None else ""


def where_of(label: str, path: str) -> str:
    return f"{label}: {path}" if path else label


def child(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


class SchemaComparer:
    """Compares schema pairs for one operation; each pair is compared once per direction."""

    def __init__(self, ours: Resolver, theirs: Resolver, profile: Profile, emit: Emit) -> None:
        self.ours = ours
        self.theirs = theirs
        self.profile = profile
        self.emit = emit
        self._done: set[tuple[str, str, str]] = set()

    def compare(
        self, o_node: Any, o_ptr: str, t_node: Any, t_ptr: str, ctx: str, label: str, path: str
    ) -> None:
        ov = self.ours.view(o_node, o_ptr)
        tv = self.theirs.view(t_node, t_ptr)
        key = (ov.pointer, tv.pointer, ctx)
        if key in self._done:  # shared schemas and recursive structures: once is enough
            return
        self._done.add(key)
        o, t = ov.raw, tv.raw
        where = where_of(label, path)
        response = ctx == "response"

        ot, tt = schema_type(o), schema_type(t)
        if ot != tt:
            self.emit(
                Kind.TYPE_CHANGED,
                True,
                where,
                join(ov.pointer, "type"),
                join(tv.pointer, "type"),
                f"{ot or 'any'} -> {tt or 'any'}",
            )
            return

        of, tf = o.get("format"), t.get("format")
        if of != tf:
            # A response format we rely on must stay; a request format we do not enforce breaks.
            breaking = of is not None if response else tf is not None
            self.emit(
                Kind.FORMAT_CHANGED,
                breaking,
                where,
                join(ov.pointer, "format"),
                join(tv.pointer, "format"),
                f"{of or 'none'} -> {tf or 'none'}",
            )

        if self.profile.nullable:
            on, tn = is_nullable(o), is_nullable(t)
            if on != tn:
                self.emit(
                    Kind.NULLABLE_CHANGED,
                    tn if response else on,
                    where,
                    join(ov.pointer, "nullable"),
                    join(tv.pointer, "nullable"),
                    f"{'nullable' if on else 'not nullable'} -> "
                    f"{'nullable' if tn else 'not nullable'}",
                )

        self._enum(ov, tv, response, where)

        if ("default" in o or "default" in t) and canon(o.get("default")) != canon(
            t.get("default")
        ):
            self.emit(
                Kind.DEFAULT_CHANGED,
                False,
                where,
                join(ov.pointer, "default"),
                join(tv.pointer, "default"),
                f"{_show(o, 'default')} -> {_show(t, 'default')}",
            )

        if self.profile.constraints:
            for name in CONSTRAINTS:
                if name not in o and name not in t:
                    continue  # the usual case, without a JSON dump
                if canon(o.get(name)) != canon(t.get(name)):
                    self.emit(
                        Kind.CONSTRAINT_CHANGED,
                        False,
                        where,
                        join(ov.pointer, name),
                        join(tv.pointer, name),
                        f"{name}: {_show(o, name)} -> {_show(t, name)}",
                    )
        self._texts(ov, tv, where)

        if ot == "object" or ov.properties or tv.properties:
            self._properties(ov, tv, ctx, label, path)
            self._additional(ov, tv, ctx, label, path)
        if "items" in o and "items" in t:
            self.compare(
                o["items"],
                join(ov.pointer, "items"),
                t["items"],
                join(tv.pointer, "items"),
                ctx,
                label,
                f"{path}[]",
            )
        for keyword in ("oneOf", "anyOf"):
            if keyword in o or keyword in t:
                self._variants(ov, tv, keyword, ctx, label, path)

    def _enum(self, ov: View, tv: View, response: bool, where: str) -> None:
        o_enum, t_enum = ov.raw.get("enum"), tv.raw.get("enum")
        if o_enum is None and t_enum is None:
            return
        o_ptr, t_ptr = join(ov.pointer, "enum"), join(tv.pointer, "enum")
        if not isinstance(t_enum, list):
            self.emit(
                Kind.ENUM_VALUES_ADDED, response, where, o_ptr, tv.pointer, "no longer an enum"
            )
            return
        if not isinstance(o_enum, list):
            values = ", ".join(_values(t_enum))
            self.emit(
                Kind.ENUM_VALUES_REMOVED,
                not response,
                where,
                ov.pointer,
                t_ptr,
                f"now limited to {values}",
            )
            return
        ours = {canon(v): v for v in o_enum if v is not None}
        theirs = {canon(v): v for v in t_enum if v is not None}
        added = [theirs[k] for k in theirs if k not in ours]
        removed = [ours[k] for k in ours if k not in theirs]
        if added:
            detail = ", ".join(_values(added))
            # A new value in a response breaks only single-value enums (type constants): the
            # generated multi-value enums keep unknown values (tools/templates/str_enum.py.jinja).
            breaks = response and len(ours) <= 1
            self.emit(Kind.ENUM_VALUES_ADDED, breaks, where, o_ptr, t_ptr, detail)
        if removed:
            detail = ", ".join(_values(removed))
            self.emit(Kind.ENUM_VALUES_REMOVED, not response, where, o_ptr, t_ptr, detail)

    def _texts(self, ov: View, tv: View, where: str) -> None:
        # Pages print no description for some schemas (array items): nothing to compare there.
        silent = self.profile.partial and "description" not in tv.raw
        if self.profile.descriptions and not silent:
            od, td = words(ov.raw.get("description")), words(tv.raw.get("description"))
            if od != td:
                self.emit(
                    Kind.DESCRIPTION_CHANGED,
                    False,
                    where,
                    join(ov.pointer, "description"),
                    join(tv.pointer, "description"),
                    f"{od!r} -> {td!r}",
                )
        if self.profile.examples and canon(ov.raw.get("example")) != canon(tv.raw.get("example")):
            self.emit(
                Kind.EXAMPLE_CHANGED,
                False,
                where,
                join(ov.pointer, "example"),
                join(tv.pointer, "example"),
                f"{_show(ov.raw, 'example')} -> {_show(tv.raw, 'example')}",
            )

    def _properties(self, ov: View, tv: View, ctx: str, label: str, path: str) -> None:
        response = ctx == "response"
        added_kind = Kind.RESPONSE_PROPERTY_ADDED if response else Kind.REQUEST_PROPERTY_ADDED
        removed_kind = Kind.RESPONSE_PROPERTY_REMOVED if response else Kind.REQUEST_PROPERTY_REMOVED
        for name, (_, o_ptr) in ov.properties.items():
            if name in tv.properties:
                continue
            was_required = name in ov.required
            # The client reads every field it models; it always sends the ones it requires.
            self.emit(
                removed_kind,
                True if response else was_required,
                where_of(label, child(path, name)),
                o_ptr,
                tv.pointer,
                "required" if was_required else "optional",
            )
        for name, (_, t_ptr) in tv.properties.items():
            if name in ov.properties:
                continue
            now_required = name in tv.required
            self.emit(
                added_kind,
                False if response else now_required,
                where_of(label, child(path, name)),
                ov.pointer,
                t_ptr,
                "required" if now_required else "optional",
            )
        for name, (o_node, o_ptr) in ov.properties.items():
            if name not in tv.properties:
                continue
            t_node, t_ptr = tv.properties[name]
            o_req, t_req = name in ov.required, name in tv.required
            if o_req != t_req:
                self.emit(
                    Kind.REQUIRED_CHANGED,
                    o_req if response else t_req,
                    where_of(label, child(path, name)),
                    ov.required_pointer,
                    tv.required_pointer,
                    f"{'required' if o_req else 'optional'} -> "
                    f"{'required' if t_req else 'optional'}",
                )
            self.compare(o_node, o_ptr, t_node, t_ptr, ctx, label, child(path, name))

    def _additional(self, ov: View, tv: View, ctx: str, label: str, path: str) -> None:
        if not self.profile.constraints:
            return
        o_add, t_add = ov.raw.get("additionalProperties"), tv.raw.get("additionalProperties")
        o_kind, t_kind = _additional_kind(o_add), _additional_kind(t_add)
        if o_kind == t_kind == "schema":
            self.compare(
                o_add,
                join(ov.pointer, "additionalProperties"),
                t_add,
                join(tv.pointer, "additionalProperties"),
                ctx,
                label,
                child(path, "*"),
            )
        elif o_kind != t_kind:
            self.emit(
                Kind.CONSTRAINT_CHANGED,
                False,
                where_of(label, path),
                join(ov.pointer, "additionalProperties"),
                join(tv.pointer, "additionalProperties"),
                f"additionalProperties: {o_kind} -> {t_kind}",
            )

    def _variants(self, ov: View, tv: View, keyword: str, ctx: str, label: str, path: str) -> None:
        o_list = _as_list(ov.raw.get(keyword))
        t_list = _as_list(tv.raw.get(keyword))
        o_keys = self._variant_keys(self.ours, ov, keyword, o_list)
        t_keys = self._variant_keys(self.theirs, tv, keyword, t_list)
        if o_keys is None or t_keys is None:  # no discriminator: pair them by their fields
            o_keys, t_keys = self._keys_by_shape(ov, tv, keyword, o_list, t_list)
        response = ctx == "response"
        t_index = {k: i for i, k in enumerate(t_keys)}
        o_index = {k: i for i, k in enumerate(o_keys)}
        for i, key in enumerate(o_keys):
            o_ptr = join(ov.pointer, keyword, i)
            if key not in t_index:
                self.emit(
                    Kind.VARIANT_REMOVED,
                    not response,
                    where_of(label, f"{path}<{key}>"),
                    o_ptr,
                    join(tv.pointer, keyword),
                    f"{keyword} variant {key}",
                )
                continue
            j = t_index[key]
            self.compare(
                o_list[i],
                o_ptr,
                t_list[j],
                join(tv.pointer, keyword, j),
                ctx,
                label,
                f"{path}<{key}>",
            )
        for j, key in enumerate(t_keys):
            if key not in o_index:
                self.emit(
                    Kind.VARIANT_ADDED,
                    response,
                    where_of(label, f"{path}<{key}>"),
                    join(ov.pointer, keyword),
                    join(tv.pointer, keyword, j),
                    f"{keyword} variant {key}",
                )

    def _keys_by_shape(
        self, ov: View, tv: View, keyword: str, o_list: list[Any], t_list: list[Any]
    ) -> tuple[list[str], list[str]]:
        """Name variants by our position, pairing each of theirs with the most alike of ours.

        Alike: the most property names in common (relative to both), or the same type for a
        member without properties; ties go to the nearer position. The order of members carries
        no meaning, so a reordered oneOf pairs as before; a member with nothing in common with
        any of ours is new ("+N", its position on their side).
        """
        o_shapes = [
            _shape(self.ours.view(m, join(ov.pointer, keyword, i))) for i, m in enumerate(o_list)
        ]
        t_shapes = [
            _shape(self.theirs.view(m, join(tv.pointer, keyword, j))) for j, m in enumerate(t_list)
        ]
        pairs = sorted(
            (
                (-_likeness(o_shapes[i], t_shapes[j]), abs(i - j), i, j)
                for i in range(len(o_list))
                for j in range(len(t_list))
            ),
        )
        o_keys = [str(i) for i in range(len(o_list))]
        t_keys = [f"+{j}" for j in range(len(t_list))]
        taken_o: set[int] = set()
        taken_t: set[int] = set()
        for score, _, i, j in pairs:
            if score == 0 or i in taken_o or j in taken_t:
                continue
            taken_o.add(i)
            taken_t.add(j)
            t_keys[j] = str(i)
        return o_keys, t_keys

    def _variant_keys(
        self, resolver: Resolver, view: View, keyword: str, members: list[Any]
    ) -> list[str] | None:
        """Name each variant by the one value of its discriminating property, when all have one."""
        disc = view.raw.get("discriminator")
        prop = disc.get("propertyName") if isinstance(disc, dict) else None
        keys: list[str] = []
        for i, member in enumerate(members):
            sub = resolver.view(member, join(view.pointer, keyword, i))
            names = [prop] if isinstance(prop, str) else ["type", "kind"]
            key = None
            for name in names:
                if name in sub.properties:
                    node, ptr = sub.properties[name]
                    values = resolver.view(node, ptr).raw.get("enum")
                    if isinstance(values, list) and len(values) == 1:
                        key = str(values[0])
                        break
            if key is None:
                return None
            keys.append(key)
        return keys if len(set(keys)) == len(keys) else None


def _shape(view: View) -> frozenset[str]:
    if view.properties:
        return frozenset(view.properties)
    return frozenset({f"<{schema_type(view.raw)}>"})  # a format change stays a format change


def _likeness(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 1.0


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _additional_kind(value: Any) -> str:
    if value is None or value is True or value == {}:
        return "any"
    if value is False:
        return "none"
    return "schema"


def _values(values: list[Any]) -> list[str]:
    return [v if isinstance(v, str) else canon(v) for v in values]


def _show(raw: dict[str, Any], key: str) -> str:
    return canon(raw[key]) if key in raw else "none"
