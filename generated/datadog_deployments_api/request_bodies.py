"""The request body of each operation that takes one: where keyword attributes go, and the
keys it may hold. Written by tools/generate.py from openapi.yaml (template:
tools/templates/request_bodies.py.jinja); read by datadog_deployments.bodies.

`keys`: None where any value goes; a dict of key -> subtree for an object ("*": any key);
the items' subtree for an array. oneOf alternatives are merged.
"""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Body:
    attributes_path: tuple[
        str, ...
    ]  # where keyword attributes go; () for the top level
    required: tuple[str, ...]  # attributes the schema requires
    constants: dict[tuple[str, ...], Any]  # set when the body is built from keywords
    resource_id: tuple[str, ...] | None  # set from the last path parameter, then
    keys: Any


BODIES: dict[str, Body] = {
    "TriggerDeploymentGatesEvaluation": Body(
        attributes_path=("data", "attributes"),
        required=("service", "env"),
        constants={("data", "type"): "deployment_gates_evaluation_request"},
        resource_id=None,
        keys={
            "data": {
                "type": None,
                "attributes": {
                    "service": None,
                    "env": None,
                    "identifier": None,
                    "version": None,
                    "primary_tag": None,
                    "configuration": {
                        "dry_run": None,
                        "rules": {
                            "type": None,
                            "name": None,
                            "dry_run": None,
                            "options": {
                                "query": None,
                                "duration": None,
                                "excluded_resources": None,
                                "allowed_resources": None,
                            },
                        },
                    },
                },
            }
        },
    ),
    "CreateDORADeployment": Body(
        attributes_path=("data", "attributes"),
        required=("service", "started_at", "finished_at"),
        constants={},
        resource_id=None,
        keys={
            "data": {
                "attributes": {
                    "custom_tags": None,
                    "env": None,
                    "finished_at": None,
                    "git": {"commit_sha": None, "repository_url": None},
                    "id": None,
                    "service": None,
                    "started_at": None,
                    "team": None,
                    "version": None,
                }
            }
        },
    ),
}
