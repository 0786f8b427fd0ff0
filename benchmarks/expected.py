"""The bodies the benchmark server sends, and what every client must decode them into.

Both bodies are the documented examples in openapi.yaml. Each client's decoded answer is
reduced to the same plain tuple of facts (`dora_facts`, `gate_facts`) and compared with the
facts of the raw example before any timing, so a client that decodes wrongly cannot post a
fast time.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

DORA_PATH = "/api/v2/dora/deployments/{deployment_id}"
GATE_PATH = "/api/v2/deployments/gates/evaluation/{id}"
DEPLOYMENT_ID = "4242fcdd31586083"
# The official client's model declares started_at/finished_at as date-time and refuses the
# documented example's integer nanoseconds (ApiTypeError); it is timed on the same body with
# RFC 3339 times, served under this deployment ID.
RFC3339_DEPLOYMENT_ID = "rfc3339-times"
EVALUATION_ID = "e9d2f04f-4f4b-494b-86e5-52f03e10c8e9"
# Lowercase: the lean server compares header lines lowercased.
API_KEY = "bench-api-key-0123456789abcdef"
APP_KEY = "bench-app-key-0123456789abcdef"
KEYS = {"DD-API-KEY": API_KEY, "DD-APPLICATION-KEY": APP_KEY}
# run.py reads the examples from openapi.yaml (with PyYAML) and hands them to the server and
# the workers as a JSON file named by this variable, so the workers import no YAML library.
EXAMPLES_ENV = "DDBENCH_EXAMPLES"


def examples_from_spec(spec: Path) -> dict[str, dict[str, Any]]:
    """The 200 examples of the two GETs in openapi.yaml."""
    import yaml

    paths = yaml.safe_load(spec.read_text())["paths"]

    def example(path: str) -> dict[str, Any]:
        content = paths[path]["get"]["responses"]["200"]["content"]["application/json"]
        body: dict[str, Any] = content["example"]
        return body

    dora = example(DORA_PATH)
    attributes = dora["data"]["attributes"]
    times = {k: _rfc3339(attributes[k]) for k in ("started_at", "finished_at")}
    dora_rfc3339 = {"data": {**dora["data"], "attributes": {**attributes, **times}}}
    return {"dora": dora, "dora_rfc3339": dora_rfc3339, "gate": example(GATE_PATH)}


def _rfc3339(nanoseconds: int | str) -> str:
    if isinstance(nanoseconds, str):  # the example already gives an RFC 3339 time
        return nanoseconds
    seconds, rest = divmod(nanoseconds, 10**9)
    text = datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{rest:09d}Z" if rest else f"{text}Z"


def _nanoseconds(value: Any) -> Any:
    """A timestamp as integer nanoseconds: an integer, a decoded datetime or RFC 3339 text
    (whole seconds or microseconds, as the examples give)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(value, datetime):
        delta = value - datetime(1970, 1, 1, tzinfo=timezone.utc)
        return (delta.days * 86400 + delta.seconds) * 10**9 + delta.microseconds * 1000
    return value


def _unset_as_none(value: Any) -> Any:
    """Ours says UNSET for a field the body leaves out; the official client None."""
    return None if type(value).__name__ == "Unset" else value


def load_examples() -> dict[str, dict[str, Any]]:
    examples: dict[str, dict[str, Any]] = json.loads(Path(os.environ[EXAMPLES_ENV]).read_text())
    return examples


def _value(x: Any) -> Any:
    """An enum member's wire value, or the value itself."""
    return getattr(x, "value", x)


def _type(data: Any) -> Any:
    """The JSON:API `type`: ours names the attribute `type_`, the official client `type`."""
    return data.type_ if hasattr(data, "type_") else data.type


def dora_facts_from_dict(body: dict[str, Any]) -> tuple[Any, ...]:
    data = body["data"]
    a = data["attributes"]
    return (
        data["id"],
        data["type"],
        a["service"],
        a["env"],
        _nanoseconds(a["started_at"]),
        _nanoseconds(a.get("finished_at")),
        a["team"],
        a["version"],
        a["git"]["commit_sha"],
        a["git"]["repository_id"],
        list(a["custom_tags"]),
    )


def gate_facts_from_dict(body: dict[str, Any]) -> tuple[Any, ...]:
    data = body["data"]
    a = data["attributes"]
    return (
        data["id"],
        data["type"],
        a["gate_status"],
        str(a["evaluation_id"]),
        str(a["gate_id"]),
        a["dry_run"],
        a["evaluation_url"],
        [(r["name"], r["status"], r["reason"], r["dry_run"]) for r in a["rules"]],
    )


def dora_facts(model: Any) -> tuple[Any, ...]:
    """The facts of a typed DORA fetch response (ours or the official client's)."""
    data = model.data
    a = data.attributes
    return (
        data.id,
        _value(_type(data)),
        a.service,
        a.env,
        _nanoseconds(a.started_at),
        _nanoseconds(_unset_as_none(a.finished_at)),
        a.team,
        a.version,
        a.git.commit_sha,
        a.git.repository_id,
        list(a.custom_tags),
    )


def gate_facts(model: Any) -> tuple[Any, ...]:
    """The facts of a typed gate evaluation result (ours or the official client's)."""
    data = model.data
    a = data.attributes
    return (
        str(data.id),
        _value(_type(data)),
        _value(a.gate_status),
        str(a.evaluation_id),
        str(a.gate_id),
        a.dry_run,
        a.evaluation_url,
        [(r.name, _value(r.status), r.reason, r.dry_run) for r in a.rules],
    )


def check(what: str, got: tuple[Any, ...], expected: tuple[Any, ...]) -> None:
    if got != expected:
        raise SystemExit(f"{what}: decoded {got!r}, expected {expected!r}")
