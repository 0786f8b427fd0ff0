"""Seed a fake from one document: gates with rules, past evaluations, DORA events.

The document (a mapping, or a JSON file; YAML too when PyYAML is installed) has up to four
lists, each optional::

    {
      "gates": [
        {"service": "checkout", "env": "prod", "identifier": "default", "dry_run": false,
         "script": {"verdict": "fail", "in_progress_for": 5},
         "rules": [
           {"name": "p99 latency", "type": "monitor",
            "options": {"query": "service:checkout env:prod tag:p99"},
            "status": "fail", "reason": "p99 above 800 ms",
            "monitors": [{"id": "12345678", "state": "Alert"}]},
           {"name": "fdd", "type": "faulty_deployment_detection", "options": {},
            "dry_run": true}
         ]}
      ],
      "evaluations": [{"service": "checkout", "env": "prod", "version": "v41", "ago": 3600}],
      "deployments": [{"id": "deploy-checkout-0041", "service": "checkout", "env": "prod",
                       "version": "v41", "started_at": "2026-11-30T10:00:00Z",
                       "finished_at": "2026-11-30T10:05:00Z", "change_failure": true,
                       "remediation": {"type": "rollback", "version": "v40"}}],
      "failures": [{"services": ["checkout"], "env": "prod", "severity": "SEV-2",
                    "started_at": "2026-11-30T10:20:00Z"}]
    }

A gate's ``script`` takes :class:`~.scripts.GateScript`'s fields, a rule
:class:`~.scripts.RuleScript`'s. Evaluations are started in order, ``ago`` seconds back, on
gates seeded before them. DORA times may be integers (as the API takes them) or ISO 8601;
``change_failure``/``remediation`` on a deployment mark it as the PATCH operations would.
Unknown keys are refused, naming the key.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .scripts import GateScript, RuleScript

if TYPE_CHECKING:
    from .fake import FakeDatadog

SECTIONS = ("gates", "evaluations", "deployments", "failures")
_GATE_KEYS = {"service", "env", "identifier", "dry_run", "gate_id", "script", "rules"}
_EVALUATION_KEYS = {"service", "env", "identifier", "version", "ago", "evaluation_id"}


class SeedError(ValueError):
    """A seed document the fake cannot load; the message names the place."""


def load_seed(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a seed file: JSON, or YAML (``.yaml``/``.yml``) when PyYAML is installed."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as error:
        raise SeedError(f"cannot read the seed file {file}: {error.strerror}") from None
    if file.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml  # type: ignore[import-untyped,unused-ignore]
        except ImportError:
            raise SeedError("a YAML seed file needs PyYAML (pip install pyyaml)") from None
        try:
            doc = yaml.safe_load(text)
        except yaml.YAMLError as error:
            raise SeedError(f"{file} is not valid YAML: {error}") from None
    else:
        try:
            doc = json.loads(text)
        except ValueError as error:
            raise SeedError(f"{file} is not valid JSON: {error}") from None
    if not isinstance(doc, dict):
        raise SeedError(f"{file} must hold an object with {', '.join(SECTIONS)}")
    return doc


def _items(doc: Mapping[str, Any], section: str) -> list[dict[str, Any]]:
    items = doc.get(section) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise SeedError(f"{section} must be a list of objects")
    return items


def _unknown(where: str, given: Mapping[str, Any], known: set[str]) -> None:
    extra = sorted(set(given) - known)
    if extra:
        raise SeedError(f"{where}: unknown key(s) {', '.join(extra)}")


def apply_seed(fake: FakeDatadog, doc: Mapping[str, Any]) -> None:
    """Load ``doc`` into ``fake`` (see the module's documentation for the format)."""
    _unknown("seed", doc, set(SECTIONS))
    where = "seed"
    try:
        for n, gate in enumerate(_items(doc, "gates")):
            where = f"gates[{n}]"
            _unknown(where, gate, _GATE_KEYS)
            script = gate.get("script")
            fake.add_gate(
                gate["service"],
                gate["env"],
                gate.get("identifier", "default"),
                GateScript(**script) if script is not None else None,
                rules=[RuleScript.of(r) for r in gate["rules"]] if "rules" in gate else None,
                dry_run=bool(gate.get("dry_run", False)),
                gate_id=gate.get("gate_id"),
            )
        for n, evaluation in enumerate(_items(doc, "evaluations")):
            where = f"evaluations[{n}]"
            _unknown(where, evaluation, _EVALUATION_KEYS)
            fake.start_evaluation(
                evaluation["service"],
                evaluation["env"],
                evaluation.get("identifier", "default"),
                evaluation_id=evaluation.get("evaluation_id"),
                version=evaluation.get("version"),
                ago=float(evaluation.get("ago", 0)),
            )
        for n, event in enumerate(_items(doc, "deployments")):
            where = f"deployments[{n}]"
            attributes = dict(event)
            change_failure = attributes.pop("change_failure", None)
            remediation = attributes.pop("remediation", None)
            deployment_id = fake.add_deployment(attributes)
            if change_failure is not None or remediation is not None:
                fake.mark_failed(deployment_id, change_failure is not False, remediation)
        for n, event in enumerate(_items(doc, "failures")):
            where = f"failures[{n}]"
            fake.add_failure(event)
    except SeedError:
        raise
    except KeyError as error:
        raise SeedError(f"{where}: {error.args[0]!r} is required") from None
    except (TypeError, ValueError, LookupError) as error:
        raise SeedError(f"{where}: {error}") from None
