"""The oracle covers every operation: each body the spec shows an example of is wire-valid, and
the same body with an unknown field, a required field missing or a value of the wrong type is
rejected, where it is wrong. Generated from openapi.yaml, so a new operation is covered as soon
as it has examples (and test_every_operation_has_its_bodies_covered says when one has none).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import spec_tools
from oracle import assert_wire_invalid, assert_wire_valid

SPEC = spec_tools.load_spec()
SCALARS = {"string": 12345, "integer": "12345", "boolean": "true"}
ERROR_TYPES = {"string": "string_type", "integer": "int_type", "boolean": "bool_type"}


@dataclass(frozen=True)
class Body:
    operation_id: str
    status: int | None  # None: the request body
    schema: str
    example: Any

    @property
    def id(self) -> str:
        return f"{self.operation_id}/{'request' if self.status is None else self.status}"


def _bodies() -> list[Body]:
    found = []
    for op in spec_tools.operations(SPEC):
        request = op.operation.get("requestBody")
        if request is not None:
            media = spec_tools.resolve(SPEC, request)["content"][spec_tools.JSON]
            found.append(
                Body(
                    op.operation_id,
                    None,
                    spec_tools.schema_name(media["schema"]),
                    media.get("example"),
                )
            )
        for status, response in op.operation["responses"].items():
            media = spec_tools.resolve(SPEC, response).get("content", {}).get(spec_tools.JSON)
            if int(status) < 300 and media is not None:
                found.append(
                    Body(
                        op.operation_id,
                        int(status),
                        spec_tools.schema_name(media["schema"]),
                        media.get("example"),
                    )
                )
    return found


BODIES = _bodies()


def _schema(node: dict[str, Any]) -> dict[str, Any]:
    return spec_tools.resolve(SPEC, node)


def _objects(body: Body) -> Iterator[tuple[tuple[Any, ...], dict[str, Any], dict[str, Any]]]:
    """(location, value, schema) of the body's object and of `data` (or its first item), then
    `data.attributes`: the JSON:API levels every body has, walked through properties only."""
    schema = _schema({"$ref": f"#/components/schemas/{body.schema}"})
    yield (), body.example, schema
    data_schema = schema.get("properties", {}).get("data")
    data = body.example.get("data")
    if data_schema is None or data is None:
        return
    data_schema = _schema(data_schema)
    location: tuple[Any, ...] = ("data",)
    if data_schema.get("type") == "array":
        data_schema, data, location = _schema(data_schema["items"]), data[0], ("data", 0)
    yield location, data, data_schema
    attributes = data_schema.get("properties", {}).get("attributes")
    if attributes is not None and "attributes" in data:
        yield (*location, "attributes"), data["attributes"], _schema(attributes)


def _with(payload: Any, location: tuple[Any, ...], change: Any) -> Any:
    result = copy.deepcopy(payload)
    node = result
    for key in location[:-1]:
        node = node[key]
    change(node, location[-1])
    return result


def _cases(kind: str) -> list[Any]:
    cases = []
    for body in BODIES:
        if body.example is None:
            continue
        for location, value, schema in _objects(body):
            if kind == "extra":
                cases.append(pytest.param(body, location, None, id=f"{body.id}:{location}"))
            for name in schema.get("required", []) if kind == "missing" else []:
                if name in value:
                    where = (*location, name)
                    cases.append(pytest.param(body, where, None, id=f"{body.id}:{where}"))
            for name, prop in schema.get("properties", {}).items() if kind == "type" else []:
                prop = _schema(prop)
                plain = prop.get("type") in SCALARS and not {"format", "enum"} & set(prop)
                if plain and name in value:
                    where = (*location, name)
                    cases.append(pytest.param(body, where, prop["type"], id=f"{body.id}:{where}"))
    return cases


@pytest.mark.parametrize("body", BODIES, ids=[body.id for body in BODIES])
def test_every_example_is_wire_valid(body: Body) -> None:
    assert body.example is not None, f"{body.id}: openapi.yaml shows no example of this body"
    assert_wire_valid(body.schema, body.example)


def test_every_operation_has_its_bodies_covered() -> None:
    covered = {body.operation_id for body in BODIES if body.example is not None}
    assert covered == {op.operation_id for op in spec_tools.operations(SPEC)} - {
        # The deletes send no body and answer 202 Accepted / 204 No Content with none.
        "DeleteDORADeployment",
        "DeleteDORAFailure",
        "DeleteDeploymentGate",
        "DeleteDeploymentRule",
    }
    assert len(covered) == 21


@pytest.mark.parametrize(("body", "location", "_"), _cases("extra"))
def test_an_unknown_field_is_rejected(body: Body, location: tuple[Any, ...], _: None) -> None:
    bad = _with(body.example, (*location, "x_unknown"), lambda node, key: node.__setitem__(key, 1))
    rejection = assert_wire_invalid(body.schema, bad)
    assert ("extra_forbidden", (*location, "x_unknown")) in rejection.pydantic_locations()


@pytest.mark.parametrize(("body", "location", "_"), _cases("missing"))
def test_a_missing_required_field_is_rejected(
    body: Body, location: tuple[Any, ...], _: None
) -> None:
    bad = _with(body.example, location, lambda node, key: node.__delitem__(key))
    rejection = assert_wire_invalid(body.schema, bad)
    assert ("missing", location) in rejection.pydantic_locations()
    assert ("required", location[:-1]) in rejection.schema_locations()


@pytest.mark.parametrize(("body", "location", "kind"), _cases("type"))
def test_a_value_of_the_wrong_type_is_rejected(
    body: Body, location: tuple[Any, ...], kind: str
) -> None:
    bad = _with(body.example, location, lambda node, key: node.__setitem__(key, SCALARS[kind]))
    rejection = assert_wire_invalid(body.schema, bad)
    assert (ERROR_TYPES[kind], location) in rejection.pydantic_locations()
    assert ("type", location) in rejection.schema_locations()


def test_the_generated_cases_reach_every_operation() -> None:
    """The three kinds of bad body are tried on every operation that has a body."""
    with_body = {body.operation_id for body in BODIES}
    for kind in ("extra", "missing", "type"):
        reached = {case.values[0].operation_id for case in _cases(kind)}
        assert reached == with_body, (kind, with_body - reached)


READ_EVENT: dict[str, Any] = {
    "data": {
        "attributes": {"service": "shopist", "started_at": "2023-08-31T14:26:14Z"},
        "id": "d-1",
        "type": "dora_deployment",
    }
}


@pytest.mark.parametrize(
    "value", ["2023-08-31T14:26:14Z", "2023-08-31T16:26:14+02:00", 1693491974000000000]
)
def test_a_dora_read_time_may_be_a_date_time_or_int64(value: Any) -> None:
    body = copy.deepcopy(READ_EVENT)
    body["data"]["attributes"]["started_at"] = value
    assert_wire_valid("DORADeploymentFetchResponse", body)


@pytest.mark.parametrize(
    "value",
    ["1693491974", "2023-08-31T14:26:14", "yesterday", 1693491974.5, True, None],
    ids=["numeric-string", "no-offset", "words", "float", "bool", "null"],
)
def test_a_dora_read_time_of_any_other_form_is_rejected(value: Any) -> None:
    body = copy.deepcopy(READ_EVENT)
    body["data"]["attributes"]["started_at"] = value
    rejection = assert_wire_invalid("DORADeploymentFetchResponse", body)
    # pydantic alone would read a numeric string or a float as a moment: the spec's own
    # schema check is what refuses them, at the field, as matching neither form.
    assert rejection.schema_locations() == [("oneOf", ("data", "attributes", "started_at"))]
