"""Change the spec, regenerate, use it: an operation added to a copy of openapi.yaml is a
method of the overlay's API class after `tools/generate.py`, with no overlay code, and it
talks HTTP to a server on 127.0.0.1. The regenerated package goes to a temporary folder and
is used from a subprocess that puts it first on sys.path."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 120

SUMMARY_PATH = "/api/v2/dora/summaries/{service}"
COPY_PATH = "/api/v2/dora/deployment_copies"


def _new_operations(spec: dict[str, Any]) -> None:
    """A read with a path and a bracketed query parameter, and a write with a body."""
    schemes = spec["components"]["securitySchemes"]
    security: list[dict[str, list[str]]] = [{"apiKeyAuth": [], "appKeyAuth": []}]
    security += [{name: []} for name, s in schemes.items() if s.get("type") == "oauth2"]
    ok = {"description": "OK", "content": {"application/json": {"schema": {}}}}
    spec["paths"][SUMMARY_PATH] = {
        "get": {
            "operationId": "GetDORAServiceSummary",
            "summary": "Get the DORA summary of a service",
            "tags": ["DORA Metrics"],
            "security": security,
            "parameters": [
                {"name": "service", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "filter[env]", "in": "query", "schema": {"type": "string"}},
                {
                    "name": "filter[from]",
                    "in": "query",
                    "schema": {"type": "string", "format": "date-time"},
                },
            ],
            "responses": {
                "200": {
                    **ok,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/DORADeploymentFetchResponse"}
                        }
                    },
                },
                "403": {"description": "Forbidden"},
            },
        }
    }
    spec["paths"][COPY_PATH] = {
        "post": {
            "operationId": "CreateDORADeploymentCopy",
            "summary": "Send a copy of a deployment event",
            "tags": ["DORA Metrics"],
            "security": [{"apiKeyAuth": []}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/DORADeploymentRequest"}
                    }
                },
            },
            "responses": {
                "202": {
                    **ok,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/DORADeploymentResponse"}
                        }
                    },
                },
            },
        }
    }


USE_IT = textwrap.dedent(
    """
    import asyncio, json, pydoc, sys, warnings
    generated, overlays, tests = sys.argv[1:4]
    sys.path[:0] = [generated, overlays, tests]

    import datadog_deployments_api
    from datadog_deployments import (
        ApiClient, AsyncApiClient, Configuration, DORAMetricsApi, InvalidParameterError,
    )
    from loopback_support import Loopback

    assert datadog_deployments_api.__file__.startswith(generated), datadog_deployments_api.__file__
    FETCHED = {"data": {"id": "d1", "type": "dora_deployment",
                        "attributes": {"service": "s", "started_at": 1, "finished_at": 2}}}

    def respond(request):
        if request.method == "GET":
            return 200, FETCHED
        return 202, {"data": {"id": request.body["data"]["attributes"]["id"],
                              "type": "dora_deployment"}}

    out = {"help": pydoc.plain(pydoc.render_doc(DORAMetricsApi))}
    with Loopback(respond) as server:
        configuration = Configuration(
            host=server.url, api_key="k" * 32, app_key="a" * 40, environ={}
        )
        with ApiClient(configuration) as client:
            api = DORAMetricsApi(client)
            got = api.get_dora_service_summary("checkout api", filter_env="prod")
            sent = api.create_dora_deployment_copy(
                service="s", started_at=1, finished_at=2, id="copy-0000-0000-0001"
            )
            try:
                api.create_dora_deployment_copy(service="s", started_at=1, finished_at=2, servce=1)
            except TypeError as error:
                out["unknown_keyword"] = str(error)
            try:
                api.create_dora_deployment_copy({"data": {"atributes": {}}})
            except InvalidParameterError as error:
                out["unknown_key"] = str(error)

        async def run():
            async with AsyncApiClient(configuration) as client:
                return await DORAMetricsApi(client).get_dora_service_summary(
                    "x", filter_from="2025-01-01T00:00:00Z"
                )

        again = asyncio.run(run())
        out["requests"] = [
            {"method": r.method, "raw_path": r.raw_path, "body": r.body,
             "keys": sorted(h.upper() for h in r.headers if h.upper().startswith("DD-"))}
            for r in server.requests
        ]
    out["got"] = got.to_dict()
    out["again"] = again.to_dict()
    out["sent"] = sent.to_dict()
    print(json.dumps(out))
    """
)


def test_an_operation_added_to_the_spec_is_a_method_after_regenerating(tmp_path: Path) -> None:
    spec = yaml.safe_load((REPO / "openapi.yaml").read_text(encoding="utf-8"))
    _new_operations(spec)
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generate = subprocess.run(
        [sys.executable, str(REPO / "tools" / "generate.py"), "--spec", str(changed),
         "--output", str(tmp_path / "tree"), "--no-oracle"],
        capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    assert generate.returncode == 0, generate.stdout + generate.stderr
    generated = tmp_path / "tree" / "generated"
    used = subprocess.run(
        [sys.executable, "-c", USE_IT, str(generated), str(REPO / "overlays"), str(REPO / "tests")],
        capture_output=True, text=True, timeout=TIMEOUT, cwd=tmp_path,
    )  # fmt: skip
    assert used.returncode == 0, used.stderr
    out = json.loads(used.stdout)

    assert "get_dora_service_summary(self, service: 'str', *, filter_env" in out["help"]
    assert "Get the DORA summary of a service." in out["help"]
    assert "create_dora_deployment_copy(self, body:" in out["help"]
    assert "servce" in out["unknown_keyword"]
    assert "data.atributes" in out["unknown_key"]

    get, post, again = out["requests"]
    assert get["method"] == "GET"
    assert get["raw_path"] == "/api/v2/dora/summaries/checkout%20api?filter%5Benv%5D=prod"
    assert get["keys"] == ["DD-API-KEY", "DD-APPLICATION-KEY"]
    assert post["method"] == "POST" and post["raw_path"] == COPY_PATH
    assert post["keys"] == ["DD-API-KEY"]
    assert post["body"] == {
        "data": {
            "attributes": {
                "service": "s",
                "started_at": 1,
                "finished_at": 2,
                "id": "copy-0000-0000-0001",
            }
        }
    }
    assert again["raw_path"] == "/api/v2/dora/summaries/x?filter%5Bfrom%5D=2025-01-01T00%3A00%3A00Z"
    assert (
        out["got"]["data"]["attributes"]["service"]
        == "s"
        == out["again"]["data"]["attributes"]["service"]
    )
    assert out["sent"]["data"]["id"] == "copy-0000-0000-0001"
