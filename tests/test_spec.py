"""openapi.yaml: valid, its four operations as documented, and spec_index.py in agreement."""

from __future__ import annotations

import importlib
import re
import textwrap
from typing import Any

import docs_pages
import pytest
import spec_tools
from datadog_deployments_api import spec_index
from openapi_spec_validator import validate

API_KEY = "DD-API-KEY"
APP_KEY = "DD-APPLICATION-KEY"

# operationId: (method, path, tag, preview, key headers, documented response codes)
EXPECTED: dict[str, tuple[str, str, str, bool, set[str], set[int]]] = {
    "GetDORADeployment": (
        "GET", "/api/v2/dora/deployments/{deployment_id}", "DORA Metrics", False,
        {API_KEY, APP_KEY}, {200, 400, 403, 429},
    ),
    "CreateDORADeployment": (
        "POST", "/api/v2/dora/deployment", "DORA Metrics", False,
        {API_KEY}, {200, 202, 400, 403, 429},
    ),
    "GetDeploymentGatesEvaluationResult": (
        "GET", "/api/v2/deployments/gates/evaluation/{id}", "Deployment Gates", True,
        {API_KEY, APP_KEY}, {200, 400, 401, 403, 404, 429, 500},
    ),
    "TriggerDeploymentGatesEvaluation": (
        "POST", "/api/v2/deployments/gates/evaluation", "Deployment Gates", True,
        {API_KEY, APP_KEY}, {202, 400, 401, 403, 404, 429, 500},
    ),
}  # fmt: skip

EXPECTED_SITES = {
    "datadoghq.com",
    "us3.datadoghq.com",
    "us5.datadoghq.com",
    "datadoghq.eu",
    "ap1.datadoghq.com",
    "ap2.datadoghq.com",
    "ddog-gov.com",
    "us2.ddog-gov.com",
}


def _key_headers(spec: dict[str, Any], op: spec_tools.SpecOperation) -> set[str]:
    """The header names of the operation's security requirement (one requirement: all of it)."""
    security = op.operation.get("security", spec.get("security"))
    assert security is not None and len(security) == 1, (
        f"{op.operation_id}: expected exactly one security requirement, got {security!r}"
    )
    schemes = spec["components"]["securitySchemes"]
    headers = set()
    for name in security[0]:
        scheme = schemes[name]
        assert (scheme["type"], scheme["in"]) == ("apiKey", "header"), scheme
        headers.add(scheme["name"])
    return headers


def _statuses(op: spec_tools.SpecOperation) -> set[int]:
    return {int(code) for code in op.operation["responses"]}


def _site_enum(spec: dict[str, Any]) -> list[str]:
    return list(spec["servers"][0]["variables"]["site"]["enum"])


# ---- the spec on its own -------------------------------------------------------------------


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.0.")
    validate(spec)


def test_spec_has_exactly_the_four_operations(spec: dict[str, Any]) -> None:
    found = {op.operation_id: (op.method, op.path) for op in spec_tools.operations(spec)}
    assert found == {name: facts[:2] for name, facts in EXPECTED.items()}


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_operation_facts(spec: dict[str, Any], operation_id: str) -> None:
    method, path, tag, preview, headers, statuses = EXPECTED[operation_id]
    op = spec_tools.operation(spec, method, path)
    assert op.operation_id == operation_id
    assert op.operation["tags"] == [tag]
    assert ("x-unstable" in op.operation) is preview
    if preview:
        assert "preview" in op.operation["x-unstable"]
    assert _key_headers(spec, op) == headers
    assert _statuses(op) == statuses


def test_tags_are_declared(spec: dict[str, Any]) -> None:
    declared = {tag["name"] for tag in spec["tags"]}
    assert declared == {facts[2] for facts in EXPECTED.values()}


def test_servers_site_variable(spec: dict[str, Any]) -> None:
    assert len(spec["servers"]) == 1
    server = spec["servers"][0]
    assert server["url"] == "https://api.{site}"
    site = server["variables"]["site"]
    assert site["default"] == "datadoghq.com"
    assert len(site["enum"]) == len(set(site["enum"]))
    assert set(site["enum"]) == EXPECTED_SITES


def test_every_response_has_a_json_body_schema(spec: dict[str, Any]) -> None:
    for op in spec_tools.operations(spec):
        for status in _statuses(op):
            name = spec_tools.body_schema(spec, op, status)
            assert name in spec["components"]["schemas"], (op.operation_id, status)


# ---- the spec against the documentation ----------------------------------------------------


def _doc_operation(docs: docs_pages.Docs, method: str, path: str) -> docs_pages.DocOperation:
    return next(op for op in docs.operations if (op.method, op.path) == (method, path))


def test_docs_cover_the_four_operations(docs: docs_pages.Docs, spec: dict[str, Any]) -> None:
    documented = {(op.method, op.path) for op in docs.operations}
    assert documented == {(op.method, op.path) for op in spec_tools.operations(spec)}


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_spec_matches_documented_operation(
    docs: docs_pages.Docs, spec: dict[str, Any], operation_id: str
) -> None:
    method, path = EXPECTED[operation_id][:2]
    doc = _doc_operation(docs, method, path)
    op = spec_tools.operation(spec, method, path)
    assert _statuses(op) == doc.statuses, f"response codes per {doc.source}"
    assert _key_headers(spec, op) == doc.auth_headers, f"key headers per {doc.source}"
    assert ("x-unstable" in op.operation) is doc.preview, f"preview per {doc.source}"
    permissions = set(op.operation.get("x-permission", {}).get("permissions", []))
    assert permissions == doc.permissions, f"permissions per {doc.source}"
    if doc.operation_id is not None:
        assert op.operation_id == doc.operation_id
    if doc.tag is not None:
        assert op.operation["tags"] == [doc.tag]


def test_site_enum_is_every_documented_host(docs: docs_pages.Docs, spec: dict[str, Any]) -> None:
    pages = [op for op in docs.operations if op.source in docs_pages.PAGE_FILES]
    assert len(pages) == len(docs_pages.PAGE_FILES)
    for page in pages:
        assert page.sites == set(_site_enum(spec)), f"hosts listed on {page.source}"


def test_every_documented_response_has_an_example(docs: docs_pages.Docs) -> None:
    # The reader takes a page's response codes from the examples that follow each field table;
    # this guards against a reader that silently finds too little.
    for op in docs.operations:
        with_example = {
            ex.status for ex in docs.examples if (ex.method, ex.path) == (op.method, op.path)
        }
        if op.source in docs_pages.PAGE_FILES:
            assert with_example == op.statuses and 200 in with_example, op.source
        else:
            assert None in with_example, f"{op.source}: {op.path} has no request example"
            assert with_example & {200, 202}, f"{op.source}: {op.path} has no success example"


def _rewrap(text: str) -> str:
    """The page as another renderer might give it: prose paragraphs re-wrapped at 40 columns,
    long tokens (the glued host list) broken, different indentation and blank-line runs."""
    out = []
    for paragraph in re.split(r"\n[ \t]*\n", text):
        if paragraph.lstrip().startswith("{"):
            out.append(paragraph)  # a JSON block: strings must not be broken
        else:
            out.append(
                textwrap.fill(
                    paragraph, width=40, break_long_words=True, break_on_hyphens=False,
                    initial_indent="  ", subsequent_indent=" ",
                )
            )  # fmt: skip
    return "\n \n\n".join(out)


@pytest.mark.parametrize("page", docs_pages.PAGE_FILES)
def test_page_reader_tolerates_rewrapping(docs: docs_pages.Docs, page: str) -> None:
    text = (docs_pages.DOCS_DIR / page).read_text(encoding="utf-8")
    original = docs_pages.read_page(page, docs.codes, text)
    rewrapped = docs_pages.read_page(page, docs.codes, _rewrap(text))
    assert rewrapped[0] == original[0]
    assert [(e.status, e.body) for e in rewrapped[1]] == [(e.status, e.body) for e in original[1]]


# ---- generated spec_index.py against the spec ----------------------------------------------


def test_spec_index_server_and_sites(spec: dict[str, Any]) -> None:
    assert spec["servers"][0]["url"] == spec_index.SERVER_URL_TEMPLATE
    assert spec["servers"][0]["variables"]["site"]["default"] == spec_index.DEFAULT_SITE
    assert list(spec_index.SITES) == _site_enum(spec)
    schemes = spec["components"]["securitySchemes"]
    assert {name: scheme["name"] for name, scheme in schemes.items()} == spec_index.AUTH_HEADERS


def test_spec_index_operations(spec: dict[str, Any]) -> None:
    assert set(spec_index.OPERATIONS) == set(EXPECTED)
    for op in spec_tools.operations(spec):
        entry = spec_index.OPERATIONS[op.operation_id]
        assert entry.operation_id == op.operation_id
        assert (entry.method, entry.path) == (op.method, op.path)
        assert entry.tag == op.operation["tags"][0]
        assert set(entry.auth_headers) == _key_headers(spec, op)
        permissions = op.operation.get("x-permission", {}).get("permissions", [])
        assert list(entry.permissions) == permissions
        assert entry.unstable == op.operation.get("x-unstable")
        # The generated module the overlay calls for this operation exists.
        package = entry.tag.lower().replace(" ", "_")
        module = importlib.import_module(f"datadog_deployments_api.api.{package}.{entry.name}")
        assert callable(module.sync_detailed) and callable(module.asyncio_detailed)
