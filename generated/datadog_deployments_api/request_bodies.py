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
    resource_id: tuple[str, ...] | None  # set from the last path parameter
    unix_times: tuple[
        str, ...
    ]  # attributes the spec calls Unix timestamps: datetimes become ns
    keys: Any


BODIES: dict[str, Body] = {
    "CreateDeploymentGate": Body(
        attributes_path=("data", "attributes"),
        required=("env", "service"),
        constants={("data", "type"): "deployment_gate"},
        resource_id=None,
        unix_times=(),
        keys={
            "data": {
                "attributes": {
                    "dry_run": None,
                    "env": None,
                    "identifier": None,
                    "service": None,
                },
                "type": None,
            }
        },
    ),
    "CreateDeploymentRule": Body(
        attributes_path=("data", "attributes"),
        required=("name", "options", "type"),
        constants={("data", "type"): "deployment_rule"},
        resource_id=None,
        unix_times=(),
        keys={
            "data": {
                "attributes": {
                    "dry_run": None,
                    "name": None,
                    "options": {
                        "duration": None,
                        "fail_on_no_data": None,
                        "fail_on_no_groups_found": None,
                        "query": None,
                        "warmup": None,
                        "monitor_ids": {"groups": None, "id": None},
                        "allowed_resources": None,
                        "excluded_resources": None,
                    },
                    "type": None,
                },
                "type": None,
            }
        },
    ),
    "UpdateDeploymentRule": Body(
        attributes_path=("data", "attributes"),
        required=("dry_run", "name", "options"),
        constants={("data", "type"): "deployment_rule"},
        resource_id=None,
        unix_times=(),
        keys={
            "data": {
                "attributes": {
                    "dry_run": None,
                    "name": None,
                    "options": {
                        "duration": None,
                        "fail_on_no_data": None,
                        "fail_on_no_groups_found": None,
                        "query": None,
                        "warmup": None,
                        "monitor_ids": {"groups": None, "id": None},
                        "allowed_resources": None,
                        "excluded_resources": None,
                    },
                },
                "type": None,
            }
        },
    ),
    "UpdateDeploymentGate": Body(
        attributes_path=("data", "attributes"),
        required=("dry_run",),
        constants={("data", "type"): "deployment_gate"},
        resource_id=("data", "id"),
        unix_times=(),
        keys={"data": {"attributes": {"dry_run": None}, "id": None, "type": None}},
    ),
    "TriggerDeploymentGatesEvaluation": Body(
        attributes_path=("data", "attributes"),
        required=("service", "env"),
        constants={("data", "type"): "deployment_gates_evaluation_request"},
        resource_id=None,
        unix_times=(),
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
        unix_times=("finished_at", "started_at"),
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
    "ListDORADeployments": Body(
        attributes_path=("data", "attributes"),
        required=(),
        constants={("data", "type"): "dora_deployments_list_request"},
        resource_id=None,
        unix_times=(),
        keys={
            "data": {
                "attributes": {
                    "from": None,
                    "limit": None,
                    "query": None,
                    "sort": None,
                    "to": None,
                },
                "type": None,
            }
        },
    ),
    "PatchDORADeploymentByVersion": Body(
        attributes_path=("data", "attributes"),
        required=("change_failure", "env", "service", "version"),
        constants={("data", "type"): "dora_deployment_patch_request"},
        resource_id=None,
        unix_times=(),
        keys={
            "data": {
                "attributes": {
                    "change_failure": None,
                    "env": None,
                    "remediation": {"id": None, "type": None, "version": None},
                    "service": None,
                    "version": None,
                },
                "type": None,
            }
        },
    ),
    "PatchDORADeployment": Body(
        attributes_path=("data", "attributes"),
        required=(),
        constants={("data", "type"): "dora_deployment_patch_request"},
        resource_id=("data", "id"),
        unix_times=(),
        keys={
            "data": {
                "attributes": {
                    "change_failure": None,
                    "remediation": {"id": None, "type": None, "version": None},
                },
                "id": None,
                "type": None,
            }
        },
    ),
    "CreateDORAFailure": Body(
        attributes_path=("data", "attributes"),
        required=("started_at",),
        constants={},
        resource_id=None,
        unix_times=("finished_at", "started_at"),
        keys={
            "data": {
                "attributes": {
                    "custom_tags": None,
                    "env": None,
                    "finished_at": None,
                    "git": {"commit_sha": None, "repository_url": None},
                    "id": None,
                    "name": None,
                    "services": None,
                    "severity": None,
                    "started_at": None,
                    "team": None,
                    "version": None,
                }
            }
        },
    ),
    "ListDORAFailures": Body(
        attributes_path=("data", "attributes"),
        required=(),
        constants={("data", "type"): "dora_failures_list_request"},
        resource_id=None,
        unix_times=(),
        keys={
            "data": {
                "attributes": {
                    "from": None,
                    "limit": None,
                    "query": None,
                    "sort": None,
                    "to": None,
                },
                "type": None,
            }
        },
    ),
    "CreateDORAIncident": Body(
        attributes_path=("data", "attributes"),
        required=("started_at",),
        constants={},
        resource_id=None,
        unix_times=("finished_at", "started_at"),
        keys={
            "data": {
                "attributes": {
                    "custom_tags": None,
                    "env": None,
                    "finished_at": None,
                    "git": {"commit_sha": None, "repository_url": None},
                    "id": None,
                    "name": None,
                    "services": None,
                    "severity": None,
                    "started_at": None,
                    "team": None,
                    "version": None,
                }
            }
        },
    ),
}
