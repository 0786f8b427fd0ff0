"""Every example body, in openapi.yaml and in the documentation, is wire-valid and round-trips.

Wire-valid: the strict oracle accepts it and reads it as the generated attrs model does
(tests/oracle.py). Round-trip: Model.from_dict(example).to_dict() == example.
"""

from __future__ import annotations

import copy
from typing import Any

import docs_pages
import openapi_schema_validator
import pytest
import spec_tools
from oracle import assert_wire_invalid, assert_wire_valid, attrs_class, wire_form

ERROR_SCHEMAS = {"APIErrorResponse", "JSONAPIErrorResponse", "DeploymentGatesErrorResponse"}


def _spec_example_params() -> list[Any]:
    return [
        pytest.param(example, id=example.where)
        for example in spec_tools.body_examples(spec_tools.load_spec())
    ]


def _docs_example_params() -> list[Any]:
    reason = docs_pages.docs_missing_reason()
    if reason is not None:
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="docs-absent")]
    return [pytest.param(example, id=example.id) for example in docs_pages.read_docs().examples]


def _check_round_trip(schema: str, body: Any) -> None:
    obj = assert_wire_valid(schema, body)
    assert isinstance(obj, attrs_class(schema))
    assert wire_form(obj.to_dict()) == wire_form(body)


# ---- examples in openapi.yaml --------------------------------------------------------------


def test_spec_has_body_examples() -> None:
    where = {example.where for example in spec_tools.body_examples(spec_tools.load_spec())}
    # Both request bodies, every success response, and the shared error responses.
    assert {"CreateDORADeployment/request", "TriggerDeploymentGatesEvaluation/request"} <= where
    assert len(where) >= 14


@pytest.mark.parametrize("example", _spec_example_params())
def test_spec_body_example_round_trips(example: spec_tools.SpecExample) -> None:
    _check_round_trip(example.schema, example.body)


@pytest.mark.parametrize(
    ("pointer", "node"),
    [pytest.param(p, n, id=p) for p, n in spec_tools.all_examples(spec_tools.load_spec())],
)
def test_every_spec_example_fits_its_schema(pointer: str, node: dict[str, Any]) -> None:
    """A third reading: each `example` (body, parameter or schema) under a JSON Schema validator."""
    spec = spec_tools.load_spec()
    # A media type's or a parameter's example is of its `schema`; a schema's, of itself.
    target = f"{pointer}/schema" if "schema" in node else pointer
    root = {"components": spec["components"], "paths": spec["paths"], "$ref": f"#{target}"}
    validator = openapi_schema_validator.OAS30Validator(
        root, format_checker=openapi_schema_validator.oas30_format_checker
    )
    errors = [error.message for error in validator.iter_errors(node["example"])]
    assert not errors, f"{pointer}: {errors}"


# ---- examples in the documentation ---------------------------------------------------------

# Placeholders the December pages print where the definition has no example ("Placeholders are
# not facts", their README) and that break a rule the same page states: (file, body path) ->
# the valid value openapi.yaml's example carries instead (judgment call 18).
PLACEHOLDERS = {
    ("2026-12/create-dora-deployment.txt", ("data", "attributes", "id")): (
        "deployment-2023-08-31-0001"
    ),
    ("2026-12/create-dora-failure.txt", ("data", "attributes", "id")): "incident-2023-08-31-0001",
    ("2026-12/create-dora-incident.txt", ("data", "attributes", "id")): "incident-2023-08-31-0001",
}


def _with_placeholders_replaced(example: docs_pages.DocExample) -> Any:
    body = copy.deepcopy(example.body)
    for (source, path), value in PLACEHOLDERS.items():
        if source == example.source and example.status is None:
            node = body
            for key in path[:-1]:
                node = node[key]
            assert node[path[-1]] == "string", f"{source}: the placeholder is gone; drop it here"
            node[path[-1]] = value
    return body


def _schema_of(example: docs_pages.DocExample) -> str:
    spec = spec_tools.load_spec()
    op = spec_tools.operation(spec, example.method, example.path)
    return spec_tools.body_schema(spec, op, example.status)


@pytest.mark.parametrize("example", _docs_example_params())
def test_docs_example_round_trips(example: docs_pages.DocExample) -> None:
    """Every documented body, of either generation, is wire-valid (placeholders replaced)."""
    schema = _schema_of(example)
    if example.status is not None and example.status >= 400:
        assert schema in ERROR_SCHEMAS, f"{example.id}: {schema} is not an error model"
    _check_round_trip(schema, _with_placeholders_replaced(example))


def test_placeholders_break_the_rule_they_are_replaced_for() -> None:
    docs = docs_pages.read_docs() if docs_pages.docs_missing_reason() is None else None
    if docs is None:
        pytest.skip("documentation folder absent")
    replaced = {ex.source: ex for ex in docs.examples if ex.status is None and ex.december}
    for source, path in PLACEHOLDERS:
        example = replaced[source]
        rejection = assert_wire_invalid(_schema_of(example), example.body)
        assert ("string_too_short", path) in rejection.pydantic_locations()


def _superseded(example: docs_pages.DocExample, docs: docs_pages.Docs) -> bool:
    """A seed-page example for a body a December page also shows an example of."""
    return not example.december and any(
        other.december
        and (other.method, other.path, other.status)
        == (example.method, example.path, example.status)
        for other in docs.examples
    )


@pytest.mark.parametrize("example", _docs_example_params())
def test_docs_example_is_the_spec_example(example: docs_pages.DocExample) -> None:
    """openapi.yaml carries each current documented example, unchanged, on the same body.

    The December pages supersede the seed pages: a seed example they replace only has to be
    wire-valid (above); the DORA fetch example of the seed page, in int64 nanoseconds, is one.
    """
    docs = docs_pages.read_docs()
    if _superseded(example, docs):
        assert example.source in (*docs_pages.PAGE_FILES, docs_pages.COMPANION_FILE)
        return
    spec = spec_tools.load_spec()
    op = spec_tools.operation(spec, example.method, example.path)
    if example.status is None:
        media = spec_tools.resolve(spec, op.operation["requestBody"])["content"][spec_tools.JSON]
    else:
        response = op.operation["responses"][str(example.status)]
        media = spec_tools.resolve(spec, response)["content"][spec_tools.JSON]
    assert media.get("example") == _with_placeholders_replaced(example)


def test_every_seed_example_is_superseded() -> None:
    """The seed pages' examples all have a December counterpart (so none is compared above)."""
    if docs_pages.docs_missing_reason() is not None:
        pytest.skip("documentation folder absent")
    docs = docs_pages.read_docs()
    seeds = [ex for ex in docs.examples if not ex.december]
    assert seeds and all(_superseded(ex, docs) for ex in seeds)
