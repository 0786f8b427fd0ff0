"""openapi.yaml: valid, its 25 operations as documented, and spec_index.py in agreement."""

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
KEYS = {API_KEY, APP_KEY}
DORA = "DORA Metrics"
GATES = "Deployment Gates"
GATE_ERRORS = {400, 401, 403, 429, 500}
DORA_ERRORS = {400, 403, 429}

# Statuses openapi.yaml documents beyond the pages (its judgment call 19): reading or marking
# a DORA event that does not exist answers a JSON:API 404.
BEYOND_THE_PAGES: dict[str, set[int]] = {
    "GetDORADeployment": {404},
    "GetDORAFailure": {404},
    "PatchDORADeployment": {404},
    "PatchDORADeploymentByVersion": {404},
}

# Transcribed from the December pages and their README, independently of openapi.yaml:
# operationId: (method, path, tag, preview, key headers, response codes, OAuth scope)
EXPECTED: dict[str, tuple[str, str, str, bool, set[str], set[int], str | None]] = {
    "CreateDORADeployment": (
        "POST", "/api/v2/dora/deployment", DORA, False, {API_KEY}, {200, 202} | DORA_ERRORS, None,
    ),
    "CreateDORAFailure": (
        "POST", "/api/v2/dora/failure", DORA, False, {API_KEY}, {200, 202} | DORA_ERRORS, None,
    ),
    "CreateDORAIncident": (
        "POST", "/api/v2/dora/incident", DORA, False, {API_KEY}, {200, 202} | DORA_ERRORS, None,
    ),
    "DeleteDORADeployment": (
        "DELETE", "/api/v2/dora/deployment/{deployment_id}", DORA, False, KEYS,
        {202} | DORA_ERRORS, "dora_metrics_write",
    ),
    "DeleteDORAFailure": (
        "DELETE", "/api/v2/dora/failure/{failure_id}", DORA, False, KEYS,
        {202} | DORA_ERRORS, "dora_metrics_write",
    ),
    "GetDORADeployment": (
        "GET", "/api/v2/dora/deployments/{deployment_id}", DORA, False, KEYS,
        {200} | DORA_ERRORS, "dora_metrics_read",
    ),
    "GetDORAFailure": (
        "GET", "/api/v2/dora/failures/{failure_id}", DORA, False, KEYS,
        {200} | DORA_ERRORS, "dora_metrics_read",
    ),
    "ListDORADeployments": (
        "POST", "/api/v2/dora/deployments", DORA, False, KEYS, {200} | DORA_ERRORS,
        "dora_metrics_read",
    ),
    "ListDORAFailures": (
        "POST", "/api/v2/dora/failures", DORA, False, KEYS, {200} | DORA_ERRORS,
        "dora_metrics_read",
    ),
    "PatchDORADeployment": (
        "PATCH", "/api/v2/dora/deployments/{deployment_id}", DORA, False, KEYS,
        {202} | DORA_ERRORS, "dora_metrics_write",
    ),
    "PatchDORADeploymentByVersion": (
        "PATCH", "/api/v2/dora/deployments", DORA, False, KEYS, {202} | DORA_ERRORS,
        "dora_metrics_write",
    ),
    "ListDeploymentGates": (
        "GET", "/api/v2/deployment_gates", GATES, True, KEYS, {200} | GATE_ERRORS,
        "deployment_gates_read",
    ),
    "CreateDeploymentGate": (
        "POST", "/api/v2/deployment_gates", GATES, True, KEYS, {200} | GATE_ERRORS,
        "deployment_gates_write",
    ),
    "GetDeploymentGate": (
        "GET", "/api/v2/deployment_gates/{id}", GATES, True, KEYS, {200, 404} | GATE_ERRORS,
        "deployment_gates_read",
    ),
    "UpdateDeploymentGate": (
        "PUT", "/api/v2/deployment_gates/{id}", GATES, True, KEYS, {200, 404} | GATE_ERRORS,
        "deployment_gates_write",
    ),
    "DeleteDeploymentGate": (
        "DELETE", "/api/v2/deployment_gates/{id}", GATES, True, KEYS, {204, 404} | GATE_ERRORS,
        "deployment_gates_write",
    ),
    "GetDeploymentGateRules": (
        "GET", "/api/v2/deployment_gates/{gate_id}/rules", GATES, True, KEYS,
        {200} | GATE_ERRORS, "deployment_gates_read",
    ),
    "CreateDeploymentRule": (
        "POST", "/api/v2/deployment_gates/{gate_id}/rules", GATES, True, KEYS,
        {200} | GATE_ERRORS, "deployment_gates_write",
    ),
    "GetDeploymentRule": (
        "GET", "/api/v2/deployment_gates/{gate_id}/rules/{id}", GATES, True, KEYS,
        {200, 404} | GATE_ERRORS, "deployment_gates_read",
    ),
    "UpdateDeploymentRule": (
        "PUT", "/api/v2/deployment_gates/{gate_id}/rules/{id}", GATES, True, KEYS,
        {200, 404} | GATE_ERRORS, "deployment_gates_write",
    ),
    "DeleteDeploymentRule": (
        "DELETE", "/api/v2/deployment_gates/{gate_id}/rules/{id}", GATES, True, KEYS,
        {204, 404} | GATE_ERRORS, "deployment_gates_write",
    ),
    "ListDeploymentGateEvaluations": (
        "GET", "/api/v2/deployment_gates/evaluations", GATES, True, KEYS,
        {200, 400, 401, 403, 429}, "deployment_gates_read",
    ),
    "ListDeploymentRuleEvaluations": (
        "GET", "/api/v2/deployment_gates/evaluations/rules", GATES, True, KEYS,
        {200, 400, 401, 403, 429}, "deployment_gates_read",
    ),
    "TriggerDeploymentGatesEvaluation": (
        "POST", "/api/v2/deployments/gates/evaluation", GATES, True, KEYS,
        {202, 404} | GATE_ERRORS, "deployment_gates_evaluate",
    ),
    "GetDeploymentGatesEvaluationResult": (
        "GET", "/api/v2/deployments/gates/evaluation/{id}", GATES, True, KEYS,
        {200, 404} | GATE_ERRORS, "deployment_gates_evaluate",
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
    "uk1.datadoghq.com",
}

# Writes whose body carries a caller-chosen ID, and the write that is harmless to repeat.
IDEMPOTENCY_KEYS = {
    "CreateDORADeployment": "/data/attributes/id",
    "CreateDORAFailure": "/data/attributes/id",
    "CreateDORAIncident": "/data/attributes/id",
}
# Writes harmless to repeat: the trigger, and the two DORA searches (POST only for a body).
REPEATABLE = {"TriggerDeploymentGatesEvaluation", "ListDORADeployments", "ListDORAFailures"}
CURSOR_LISTS = {
    "ListDeploymentGates",
    "ListDeploymentGateEvaluations",
    "ListDeploymentRuleEvaluations",
}
WINDOW_SEARCHES = {"ListDORADeployments", "ListDORAFailures"}


def _security(spec: dict[str, Any], op: spec_tools.SpecOperation) -> list[dict[str, list[str]]]:
    security = op.operation.get("security", spec.get("security"))
    assert isinstance(security, list) and security, f"{op.operation_id}: no security"
    return security


def _key_headers(spec: dict[str, Any], op: spec_tools.SpecOperation) -> set[str]:
    """The header names of the operation's key requirement (the one made of apiKey schemes)."""
    schemes = spec["components"]["securitySchemes"]
    keyed = [
        requirement
        for requirement in _security(spec, op)
        if all(schemes[name]["type"] == "apiKey" for name in requirement)
    ]
    assert len(keyed) == 1, f"{op.operation_id}: expected one key requirement, got {keyed!r}"
    headers = set()
    for name in keyed[0]:
        scheme = schemes[name]
        assert scheme["in"] == "header", scheme
        headers.add(scheme["name"])
    return headers


def _oauth_scope(spec: dict[str, Any], op: spec_tools.SpecOperation) -> str | None:
    """The scope of the operation's OAuth alternative, or None when it has none."""
    schemes = spec["components"]["securitySchemes"]
    oauth = [
        requirement
        for requirement in _security(spec, op)
        if any(schemes[name]["type"] == "oauth2" for name in requirement)
    ]
    if not oauth:
        return None
    assert len(oauth) == 1 and list(oauth[0]) == ["AuthZ"], oauth
    (scope,) = oauth[0]["AuthZ"]
    return scope


def _statuses(op: spec_tools.SpecOperation) -> set[int]:
    return {int(code) for code in op.operation["responses"]}


def _page_statuses(op: spec_tools.SpecOperation) -> set[int]:
    """The statuses the spec documents that a page should list too."""
    return _statuses(op) - BEYOND_THE_PAGES.get(op.operation_id, set())


def _site_enum(spec: dict[str, Any]) -> list[str]:
    return list(spec["servers"][0]["variables"]["site"]["enum"])


def _permissions(op: spec_tools.SpecOperation) -> set[str]:
    return set(op.operation.get("x-permission", {}).get("permissions", []))


# ---- the spec on its own -------------------------------------------------------------------


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.0.")
    validate(spec)


def test_spec_has_exactly_the_25_operations(spec: dict[str, Any]) -> None:
    found = {op.operation_id: (op.method, op.path) for op in spec_tools.operations(spec)}
    assert len(EXPECTED) == 25
    assert found == {name: facts[:2] for name, facts in EXPECTED.items()}


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_operation_facts(spec: dict[str, Any], operation_id: str) -> None:
    method, path, tag, preview, headers, statuses, scope = EXPECTED[operation_id]
    op = spec_tools.operation(spec, method, path)
    assert op.operation_id == operation_id
    assert op.operation["tags"] == [tag]
    assert ("x-unstable" in op.operation) is preview
    if preview:
        assert "preview" in op.operation["x-unstable"]
    assert _key_headers(spec, op) == headers
    assert _oauth_scope(spec, op) == scope
    if scope is not None:
        assert len(_security(spec, op)) == 2  # the keys, or a token
    assert _statuses(op) == statuses | BEYOND_THE_PAGES.get(operation_id, set())
    assert op.operation.get("deprecated", False) is (operation_id == "CreateDORAIncident")


def test_oauth_scheme_lists_every_scope_used(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["AuthZ"]
    assert scheme["type"] == "oauth2"
    scopes = set(scheme["flows"]["authorizationCode"]["scopes"])
    assert scopes == {facts[6] for facts in EXPECTED.values() if facts[6] is not None}


def test_the_oauth_scope_is_the_permission_where_one_is_documented(spec: dict[str, Any]) -> None:
    for op in spec_tools.operations(spec):
        if _permissions(op):
            assert {_oauth_scope(spec, op)} == _permissions(op), op.operation_id


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


def test_every_response_body_has_a_json_schema(spec: dict[str, Any]) -> None:
    for op in spec_tools.operations(spec):
        for status in _statuses(op):
            response = spec_tools.resolve(spec, op.operation["responses"][str(status)])
            if status in (202, 204) and "content" not in response:
                assert response["description"] in ("Accepted", "No Content"), op.operation_id
                continue
            name = spec_tools.body_schema(spec, op, status)
            assert name in spec["components"]["schemas"], (op.operation_id, status)


def test_vendor_extensions_for_safe_retries(spec: dict[str, Any]) -> None:
    for op in spec_tools.operations(spec):
        key = op.operation.get("x-idempotency-key")
        assert key == IDEMPOTENCY_KEYS.get(op.operation_id), op.operation_id
        if key is not None:
            # The pointer names a string property of the request body that takes a chosen ID.
            node = spec_tools.resolve(spec, op.operation["requestBody"])["content"]
            node = spec_tools.resolve(spec, node[spec_tools.JSON]["schema"])
            for part in key.strip("/").split("/"):
                node = spec_tools.resolve(spec, node["properties"][part])
            assert (node["type"], node["minLength"], node["maxLength"]) == ("string", 16, 128)
        assert op.operation.get("x-repeatable", False) is (op.operation_id in REPEATABLE)


def test_pagination_extensions_name_real_parameters(spec: dict[str, Any]) -> None:
    paged = {}
    for op in spec_tools.operations(spec):
        pagination = op.operation.get("x-pagination")
        if pagination is None:
            continue
        paged[op.operation_id] = pagination
        assert pagination["resultsPath"] == "data"
        if op.operation_id in CURSOR_LISTS:
            names = {param["name"] for param in op.operation["parameters"]}
            assert {pagination["cursorParam"], pagination["limitParam"]} <= names
            assert pagination["cursorPath"] == "meta.page.next_cursor"
        else:
            body = spec_tools.resolve(spec, op.operation["requestBody"])["content"]
            root = spec_tools.resolve(spec, body[spec_tools.JSON]["schema"])
            for key in ("limitParam", "windowFromParam", "windowToParam", "windowSortParam"):
                path = pagination[key].split(".")
                assert path[0] == "body", pagination[key]
                node = root
                for part in path[1:]:
                    node = spec_tools.resolve(spec, node["properties"][part])
            assert pagination["windowTimePath"] == "attributes.started_at"
            assert pagination["windowSort"] == "-started_at"
    assert set(paged) == CURSOR_LISTS | WINDOW_SEARCHES


# ---- the spec against the December pages (the current reference) ----------------------------


def test_december_pages_cover_every_operation(docs: docs_pages.Docs, spec: dict[str, Any]) -> None:
    documented = {(op.method, op.path) for op in docs.december}
    assert len(docs.december) == 25
    assert documented == {(op.method, op.path) for op in spec_tools.operations(spec)}
    table = docs_pages.december_table()
    assert {row[2] for row in table.values()} == set(EXPECTED)
    for file, (method, path, operation_id, preview) in table.items():
        op = spec_tools.operation(spec, method, path)
        assert op.operation_id == operation_id, file
        assert ("x-unstable" in op.operation) is preview, file


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_spec_matches_the_december_page(
    docs: docs_pages.Docs, spec: dict[str, Any], operation_id: str
) -> None:
    method, path = EXPECTED[operation_id][:2]
    doc = docs.current(method, path)
    op = spec_tools.operation(spec, method, path)
    assert doc.operation_id == operation_id
    assert _page_statuses(op) == doc.statuses, f"response codes per {doc.source}"
    assert _key_headers(spec, op) == doc.auth_headers, f"key headers per {doc.source}"
    assert ("x-unstable" in op.operation) is doc.preview, f"preview per {doc.source}"
    assert _permissions(op) == doc.permissions, f"permissions per {doc.source}"
    assert op.operation.get("deprecated", False) is doc.deprecated, f"deprecated per {doc.source}"
    assert ("requestBody" in op.operation) is doc.has_request_body, doc.source


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_parameters_match_the_december_page(
    docs: docs_pages.Docs, spec: dict[str, Any], operation_id: str
) -> None:
    method, path = EXPECTED[operation_id][:2]
    doc = docs.current(method, path)
    op = spec_tools.operation(spec, method, path)
    ours = op.operation.get("parameters", [])
    assert [(p["name"], p["in"]) for p in ours] == [(p.name, p.location) for p in doc.parameters]
    for param, page in zip(ours, doc.parameters, strict=True):
        schema = spec_tools.resolve(spec, param["schema"])
        assert param["required"] is (page.required or page.location == "path"), page.name
        is_list = page.type_text.startswith("[")
        assert (schema["type"] == "array") is is_list, page.name
        item = spec_tools.resolve(spec, schema["items"]) if is_list else schema
        assert item["type"] == page.type_text.strip("[]"), page.name
        if page.enum:
            assert tuple(item["enum"]) == page.enum, page.name
        if page.default is not None:
            assert str(schema["default"]) == page.default, page.name


@pytest.mark.parametrize("operation_id", sorted(CURSOR_LISTS))
def test_cursor_pagination_is_what_the_december_page_says(
    docs: docs_pages.Docs, spec: dict[str, Any], operation_id: str
) -> None:
    """The page names the cursor parameter and where the next cursor comes back."""
    method, path = EXPECTED[operation_id][:2]
    pagination = spec_tools.operation(spec, method, path).operation["x-pagination"]
    text = docs_pages.squash(
        (docs_pages.DOCS_DIR / docs.current(method, path).source).read_text(encoding="utf-8")
    )
    assert pagination["cursorPath"] in text  # "meta.page.next_cursor"
    names = {param.name for param in docs.current(method, path).parameters}
    assert {pagination["cursorParam"], pagination["limitParam"]} <= names


@pytest.mark.parametrize(
    ("operation_id", "name"),
    [
        ("GetDeploymentGatesEvaluationResult", "id"),
        ("ListDeploymentGateEvaluations", "filter[evaluation_id]"),
        ("ListDeploymentGateEvaluations", "filter[gate_id]"),
        ("ListDeploymentRuleEvaluations", "filter[gate_evaluation_id]"),
        ("ListDeploymentRuleEvaluations", "filter[evaluation_id]"),
        ("ListDeploymentRuleEvaluations", "filter[gate_id]"),
        ("ListDeploymentRuleEvaluations", "filter[rule_id]"),
    ],
)
def test_ids_the_readme_calls_uuids_are_uuids(
    spec: dict[str, Any], operation_id: str, name: str
) -> None:
    method, path = EXPECTED[operation_id][:2]
    params = spec_tools.operation(spec, method, path).operation["parameters"]
    (param,) = [p for p in params if p["name"] == name]
    assert param["schema"] == {"type": "string", "format": "uuid"}


def test_window_filters_are_date_times(spec: dict[str, Any]) -> None:
    for operation_id in ("ListDeploymentGateEvaluations", "ListDeploymentRuleEvaluations"):
        method, path = EXPECTED[operation_id][:2]
        params = spec_tools.operation(spec, method, path).operation["parameters"]
        for param in params:
            if param["name"] in ("filter[from]", "filter[to]"):
                assert param["schema"] == {"type": "string", "format": "date-time"}


def test_site_enum_is_every_host_of_the_december_pages(
    docs: docs_pages.Docs, spec: dict[str, Any]
) -> None:
    for page in docs.december:
        assert page.sites == set(_site_enum(spec)), f"hosts listed on {page.source}"


def test_december_responses_with_a_body_have_an_example(
    docs: docs_pages.Docs, spec: dict[str, Any]
) -> None:
    # The reader takes response names from their own paragraphs and examples from the JSON
    # after them; this guards against a reader that silently finds too little. A response
    # with no body (Accepted of the DORA deletes and patches, No Content) shows no example.
    for doc in docs.december:
        op = spec_tools.operation(spec, doc.method, doc.path)
        with_body = {
            status
            for status in _page_statuses(op)
            if "content" in spec_tools.resolve(spec, op.operation["responses"][str(status)])
        }
        with_example = {
            ex.status for ex in docs.examples if ex.source == doc.source and ex.status is not None
        }
        assert with_example == with_body, doc.source
        assert 200 in with_body or 202 in with_body or doc.method in ("DELETE", "PATCH")
        if doc.has_request_body:
            assert any(ex.source == doc.source and ex.status is None for ex in docs.examples)


# ---- the seed pages, where the December pages did not supersede them -----------------------


def test_seed_pages_agree_with_the_spec(docs: docs_pages.Docs, spec: dict[str, Any]) -> None:
    seeds = [op for op in docs.operations if not op.december]
    assert len(seeds) == 4
    for doc in seeds:
        op = spec_tools.operation(spec, doc.method, doc.path)
        assert _page_statuses(op) == doc.statuses, doc.source
        assert _key_headers(spec, op) == doc.auth_headers, doc.source
        assert ("x-unstable" in op.operation) is doc.preview, doc.source
        if doc.source in docs_pages.PAGE_FILES:
            # Eight sites then; the December pages add uk1.datadoghq.com.
            assert doc.sites == set(_site_enum(spec)) - {"uk1.datadoghq.com"}, doc.source


def _rewrap(text: str) -> str:
    """The page as another renderer might give it: prose paragraphs re-wrapped at 40 columns,
    long tokens (the glued host list) broken, different indentation and blank-line runs."""
    out = []
    for paragraph in re.split(r"\n[ \t]*\n", text):
        if paragraph.lstrip().startswith(("{", "[")):
            out.append(paragraph)  # a JSON block: strings must not be broken
        else:
            out.append(
                textwrap.fill(
                    paragraph, width=40, break_long_words=True, break_on_hyphens=False,
                    initial_indent="  ", subsequent_indent=" ",
                )
            )  # fmt: skip
    return "\n \n\n".join(out)


def _all_pages() -> list[str]:
    if docs_pages.docs_missing_reason() is not None:
        return list(docs_pages.PAGE_FILES)
    december = [f"{docs_pages.DECEMBER}/{name}" for name in docs_pages.december_files()]
    return [*docs_pages.PAGE_FILES, *december]


@pytest.mark.parametrize("page", _all_pages())
def test_page_reader_tolerates_rewrapping(docs: docs_pages.Docs, page: str) -> None:
    codes = docs.december_codes if page.startswith(docs_pages.DECEMBER) else docs.codes
    text = (docs_pages.DOCS_DIR / page).read_text(encoding="utf-8")
    original = docs_pages.read_page(page, codes, text)
    rewrapped = docs_pages.read_page(page, codes, _rewrap(text))
    assert rewrapped[0] == original[0]
    assert [(e.status, e.body) for e in rewrapped[1]] == [(e.status, e.body) for e in original[1]]


# ---- generated spec_index.py against the spec ----------------------------------------------


def test_spec_index_server_and_sites(spec: dict[str, Any]) -> None:
    assert spec["servers"][0]["url"] == spec_index.SERVER_URL_TEMPLATE
    assert spec["servers"][0]["variables"]["site"]["default"] == spec_index.DEFAULT_SITE
    assert list(spec_index.SITES) == _site_enum(spec)
    schemes = spec["components"]["securitySchemes"]
    headers = {name: s["name"] for name, s in schemes.items() if s["type"] == "apiKey"}
    assert headers == spec_index.AUTH_HEADERS


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
