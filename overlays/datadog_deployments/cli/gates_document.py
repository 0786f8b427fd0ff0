"""The gates-as-code document: what `gates export` writes and `gates plan|apply` read back.

    gates:
      - service: checkout-api
        env: production
        identifier: default
        dry_run: false
        rules:
          - name: Service monitors
            type: monitor
            dry_run: false
            options: {duration: 300, query: "service:checkout-api"}

Stable and diff-friendly: gates sorted by (service, env, identifier), rules by name, option
keys sorted, every field written (defaults included), so an export of the same gates is the same
bytes. What only the server knows (IDs, who and when) is left out unless asked; then it sits
under each gate's and rule's `server:` key, which the readers ignore, so an export with server
fields plans and applies like one without. No I/O here but the file read.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .outcome import UsageError
from .rule_checks import is_text, rule_problems, unknown_keys

DEFAULT_IDENTIFIER = "default"
GATE_KEYS = ("service", "env", "identifier", "dry_run", "rules", "server")
SERVER_FIELDS = ("id", "created_at", "created_by", "updated_at", "updated_by")
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024  # thousands of gates; refuses /dev/zero and the like
FORMATS = ("yaml", "json")


class GateKey(NamedTuple):
    """What names a gate: a gate's service, env and identifier never change (only dry_run)."""

    service: str
    env: str
    identifier: str

    def __str__(self) -> str:
        return f"{self.service} / {self.env} / {self.identifier}"


@dataclass(frozen=True)
class RuleSpec:
    name: str
    type: str
    dry_run: bool
    options: Mapping[str, Any]
    id: str | None = None  # set on rules read from Datadog
    server: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def settings(self) -> dict[str, Any]:
        """What the file manages about the rule (its name identifies it, so not here)."""
        return {"type": self.type, "dry_run": self.dry_run, "options": dict(self.options)}


@dataclass(frozen=True)
class GateSpec:
    key: GateKey
    dry_run: bool
    rules: tuple[RuleSpec, ...]
    id: str | None = None  # set on gates read from Datadog
    server: Mapping[str, Any] = field(default_factory=dict, compare=False)


class DocumentError(UsageError):
    """The gates document is not valid; `problems` names each with its path in the file."""

    def __init__(self, source: str, problems: list[str]) -> None:
        more = f"; and {len(problems) - 8} more" if len(problems) > 8 else ""
        super().__init__(f"{source}: {'; '.join(problems[:8])}{more}")
        self.problems = problems


# ---- canonical forms ---------------------------------------------------------------------------
def canonical(value: Any) -> Any:
    """Mappings with sorted keys and no null values; lists kept in order (order can matter)."""
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in sorted(value.items()) if v is not None}
    if isinstance(value, (list, tuple)):
        return [canonical(item) for item in value]
    return value


def canonical_options(options: Mapping[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = canonical(options)
    monitors = result.get("monitor_ids")
    if isinstance(monitors, list):  # YAML reads an unquoted 12345 as a number: the API wants text
        result["monitor_ids"] = [
            {**monitor, "id": str(monitor["id"])}
            if isinstance(monitor, dict) and isinstance(monitor.get("id"), int)
            else monitor
            for monitor in monitors
        ]
    return result


def sorted_gates(gates: Iterable[GateSpec]) -> list[GateSpec]:
    return sorted(
        (
            GateSpec(g.key, g.dry_run, tuple(sorted(g.rules, key=_rule_order)), g.id, g.server)
            for g in gates
        ),
        key=lambda gate: gate.key,
    )


def _rule_order(rule: RuleSpec) -> tuple[str, str]:
    return (rule.name, rule.id or "")


# ---- reading -----------------------------------------------------------------------------------
def parse(document: Any, source: str) -> list[GateSpec]:
    """The gates of a parsed document, or a DocumentError naming every problem by its path."""
    problems: list[str] = []
    if isinstance(document, dict):
        problems += unknown_keys(document, ("gates",), "the document")
        gates = document.get("gates")
    else:
        gates = None
    if not isinstance(gates, list):
        raise DocumentError(source, [*problems, "want an object with a 'gates' list"])
    specs: list[GateSpec] = []
    seen: dict[GateKey, str] = {}
    for index, gate in enumerate(gates):
        where = f"gates[{index}]"
        spec = _gate(gate, where, problems)
        if spec is None:
            continue
        if spec.key in seen:
            problems.append(f"{where}: the same gate ({spec.key}) as {seen[spec.key]}")
            continue
        seen[spec.key] = where
        specs.append(spec)
    if problems:
        raise DocumentError(source, problems)
    return specs


def _gate(gate: Any, where: str, problems: list[str]) -> GateSpec | None:
    if not isinstance(gate, dict):
        problems.append(f"{where}: want an object with service, env and rules")
        return None
    before = len(problems)
    problems += unknown_keys(gate, GATE_KEYS, where)
    for name in ("service", "env"):
        if not is_text(gate.get(name)):
            problems.append(f"{where}.{name}: missing or empty")
    identifier = gate.get("identifier", DEFAULT_IDENTIFIER)
    if not is_text(identifier):
        problems.append(f"{where}.identifier: must be a non-empty string (default: default)")
    dry_run = gate.get("dry_run", False)
    if not isinstance(dry_run, bool):
        problems.append(f"{where}.dry_run: must be true or false")
    if "server" in gate and not isinstance(gate["server"], dict):
        problems.append(f"{where}.server: must be an object (what export --server-fields wrote)")
    rules = gate.get("rules", [])
    if not isinstance(rules, list):
        problems.append(f"{where}.rules: must be a list")
        rules = []
    specs: list[RuleSpec] = []
    names: dict[str, str] = {}
    for index, rule in enumerate(rules):
        at = f"{where}.rules[{index}]"
        if isinstance(rule, dict):
            server = rule.get("server")
            rule = {k: v for k, v in rule.items() if k != "server"}
            if server is not None and not isinstance(server, dict):
                problems.append(f"{at}.server: must be an object")
        found = rule_problems(rule, at, stored=True)
        if found:
            problems += found
            continue
        name = str(rule["name"])
        if name in names:
            problems.append(
                f"{at}.name: {name!r} is also the name of {names[name]}; rules are matched by "
                "name, so names must differ within a gate"
            )
            continue
        names[name] = at
        specs.append(
            RuleSpec(
                name=name,
                type=str(rule["type"]),
                dry_run=bool(rule.get("dry_run", False)),
                options=canonical_options(rule.get("options", {})),
            )
        )
    if len(problems) > before:
        return None
    key = GateKey(str(gate["service"]), str(gate["env"]), str(identifier))
    return GateSpec(key, bool(dry_run), tuple(specs))


def read_text(path: str, what: str = "-f") -> str:
    """A document from a regular file or stdin ('-'), bounded in size."""
    try:
        if path == "-":
            text = sys.stdin.read(MAX_DOCUMENT_BYTES + 1)
        else:
            # non-blocking, so a FIFO with no writer is refused instead of hanging
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with open(descriptor, "rb") as file:
                if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                    raise UsageError(f"{what} {path}: not a regular file")
                data = file.read(MAX_DOCUMENT_BYTES + 1)
            text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise UsageError(f"{what} {path}: cannot read it: {reason}") from None
    if len(text) > MAX_DOCUMENT_BYTES:
        raise UsageError(f"{what} {path}: larger than {MAX_DOCUMENT_BYTES // 2**20} MiB")
    return text


def parse_text(text: str, source: str) -> Any:
    """JSON, else YAML (a superset of JSON) when PyYAML is installed."""
    stripped = text.lstrip()
    if source.lower().endswith(".json") or stripped.startswith("{"):
        try:
            return json.loads(text)
        except RecursionError:
            raise UsageError(f"{source}: nested too deeply") from None
        except ValueError as error:
            if source.lower().endswith(".json"):
                raise UsageError(f"{source}: not valid JSON: {error}") from None
    try:
        import yaml
    except ImportError:
        raise UsageError(
            f"{source}: reading YAML needs PyYAML: pip install 'datadog-deployments[yaml]' "
            "(or use JSON)"
        ) from None
    try:
        return yaml.safe_load(text)
    except RecursionError:
        raise UsageError(f"{source}: nested too deeply") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise UsageError(
            f"{source}: not valid YAML{at}: {getattr(error, 'problem', None) or 'malformed'}"
        ) from None


def load(path: str) -> list[GateSpec]:
    source = "stdin" if path == "-" else path
    return parse(parse_text(read_text(path), source), source)


# ---- writing -----------------------------------------------------------------------------------
def to_document(gates: Iterable[GateSpec], *, server_fields: bool = False) -> dict[str, Any]:
    """The document of these gates, canonical: the same gates always give the same document."""
    out: list[dict[str, Any]] = []
    for gate in sorted_gates(gates):
        item: dict[str, Any] = {
            "service": gate.key.service,
            "env": gate.key.env,
            "identifier": gate.key.identifier,
            "dry_run": gate.dry_run,
            "rules": [_rule_document(rule, server_fields) for rule in gate.rules],
        }
        if server_fields:
            item["server"] = _server(gate.id, gate.server)
        out.append(item)
    return {"gates": out}


def _rule_document(rule: RuleSpec, server_fields: bool) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": rule.name,
        "type": rule.type,
        "dry_run": rule.dry_run,
        "options": canonical_options(rule.options),
    }
    if server_fields:
        item["server"] = _server(rule.id, rule.server)
    return item


def _server(identifier: str | None, server: Mapping[str, Any]) -> dict[str, Any]:
    fields = {"id": identifier, **{k: server[k] for k in SERVER_FIELDS if k in server}}
    return canonical(fields)  # type: ignore[no-any-return]


def dump(document: Mapping[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    try:
        import yaml
    except ImportError:
        raise UsageError(
            "writing YAML needs PyYAML: pip install 'datadog-deployments[yaml]' "
            "(or pass --format json)"
        ) from None
    from .servertext import guard_lines

    class Dumper(yaml.SafeDumper):
        pass

    def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        # A string that holds a workflow command marker is double-quoted: its line breaks are
        # then escapes (\n), so no line of the document can start with `::` in a CI log.
        style = '"' if any(marker in value for marker in _COMMAND_MARKERS) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    options: dict[str, Any] = {
        "sort_keys": False, "allow_unicode": True, "default_flow_style": False, "width": 100
    }  # fmt: skip
    text: str = yaml.dump(dict(document), Dumper=Dumper, **options)
    if guard_lines(text) != text:  # a long quoted string folded before a marker: do not fold
        text = yaml.dump(dict(document), Dumper=Dumper, **{**options, "width": float("inf")})
    return text


# What makes a line a workflow command for a CI runner (see servertext.guard_lines).
_COMMAND_MARKERS = ("::", "##[", "##vso[")


def format_for(path: str | None, fmt: str | None) -> str:
    """--format wins; else the file's extension; else YAML."""
    if fmt:
        return fmt
    if path and path.lower().endswith(".json"):
        return "json"
    return "yaml"


# ---- from the API's answers --------------------------------------------------------------------
def gate_from_api(
    gate_id: str, attributes: Mapping[str, Any], rules: Iterable[RuleSpec]
) -> GateSpec:
    """A GateSpec from a gate's JSON:API attributes (as to_dict() gives them) and its rules."""
    key = GateKey(
        str(attributes["service"]),
        str(attributes["env"]),
        str(attributes.get("identifier") or DEFAULT_IDENTIFIER),
    )
    server = {k: attributes[k] for k in SERVER_FIELDS if attributes.get(k) is not None}
    return GateSpec(key, attributes.get("dry_run") is True, tuple(rules), gate_id, server)


def rule_from_api(rule_id: str | None, attributes: Mapping[str, Any]) -> RuleSpec:
    options = attributes.get("options")
    server = {k: attributes[k] for k in SERVER_FIELDS if attributes.get(k) is not None}
    return RuleSpec(
        name=str(attributes["name"]),
        type=str(attributes["type"]),
        dry_run=attributes.get("dry_run") is True,
        options=canonical_options(options if isinstance(options, Mapping) else {}),
        id=rule_id,
        server=server,
    )
