"""The oracle: check a wire payload against independent readings of openapi.yaml.

1. The strict pydantic models in oracle_models.py (datamodel-code-generator: no coercion, no
   unknown fields). The payload is validated from JSON text, so a uuid string is read as in
   JSON mode while strict typing still applies.
2. The spec's own JSON Schema, under openapi-schema-validator's OpenAPI 3.0 validator. The
   pydantic models type every optional field `X | None = None`, so they accept null where the
   spec does not allow it (`"env": null`); this check rejects that.
3. The generated attrs models in datadog_deployments_api.models (openapi-python-client),
   which the client uses; they check little by themselves.

A payload is wire-valid for a schema when 1 and 2 accept it, the attrs model decodes it, and
pydantic and attrs read it the same way: model_dump(mode="json", exclude_unset=True,
by_alias=True) equals to_dict() (date-times compared as instants, see wire_form).

    obj = assert_wire_valid("DORADeploymentRequest", payload)   # the decoded attrs object
    rejection = assert_wire_invalid("DORADeploymentRequest", bad_payload)
    rejection.pydantic_error    # pydantic.ValidationError, or None when only 2 rejected it
    rejection.schema_errors     # ((keyword, path, message), ...) from 2
"""

from __future__ import annotations

import enum
import functools
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Protocol, cast

import datadog_deployments_api.models as attrs_models
import openapi_schema_validator
import oracle_models
import pydantic
import spec_tools

__all__ = [
    "AttrsModel",
    "WireRejection",
    "assert_wire_invalid",
    "assert_wire_valid",
    "attrs_class",
    "attrs_decode",
    "oracle_class",
    "oracle_decode",
    "schema_errors",
    "wire_form",
]


class AttrsModel(Protocol):
    """What the generated attrs model classes offer (their from_dict is a classmethod)."""

    def to_dict(self) -> dict[str, Any]: ...


def oracle_class(schema_name: str) -> type[pydantic.BaseModel]:
    """The strict pydantic model of components/schemas/<schema_name>."""
    cls = getattr(oracle_models, schema_name, None)
    if not (isinstance(cls, type) and issubclass(cls, pydantic.BaseModel)):
        raise LookupError(f"oracle_models has no pydantic model for schema {schema_name!r}")
    return cls


def attrs_class(schema_name: str) -> type[Any]:
    """The generated attrs model (or str Enum) of components/schemas/<schema_name>.

    A schema the generator inlines (DORACustomTags, the DeploymentGatesRule oneOf) has no class;
    check it through a schema that contains it.
    """
    cls = getattr(attrs_models, schema_name, None)
    if not isinstance(cls, type):
        raise LookupError(
            f"datadog_deployments_api.models has no class for schema {schema_name!r}"
            " (the generator inlines it): check it through a schema that contains it"
        )
    return cls


def oracle_decode(schema_name: str, payload: Any) -> Any:
    """Validate payload under the strict pydantic model; return its JSON-mode dump.

    Raises pydantic.ValidationError when the oracle rejects the payload.
    """
    model = oracle_class(schema_name).model_validate_json(json.dumps(payload))
    return model.model_dump(mode="json", exclude_unset=True, by_alias=True)


def attrs_decode(schema_name: str, payload: Any) -> tuple[Any, Any]:
    """Decode payload with the attrs model; return (the object, its to_dict() encoding)."""
    cls = attrs_class(schema_name)
    if issubclass(cls, enum.Enum):
        member = cls(payload)
        return member, member.value
    obj = cls.from_dict(payload)
    return obj, cast(AttrsModel, obj).to_dict()


_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)")


def wire_form(value: Any) -> Any:
    """value with every RFC 3339 date-time string written one way (UTC, "+00:00").

    A date-time is the same instant however it is spelled: the attrs models write
    `datetime.isoformat()` ("+00:00"), pydantic and the docs write "Z".
    """
    if isinstance(value, dict):
        return {key: wire_form(item) for key, item in value.items()}
    if isinstance(value, list):
        return [wire_form(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.fullmatch(value):
        moment = datetime.fromisoformat(value[:-1] + "+00:00" if value[-1] in "Zz" else value)
        return moment.astimezone(timezone.utc).isoformat()
    return value


@functools.cache
def _schema_validator(schema_name: str) -> Any:
    spec = spec_tools.load_spec()
    if schema_name not in spec["components"]["schemas"]:
        raise LookupError(f"openapi.yaml has no schema {schema_name!r}")
    root = {"components": spec["components"], "$ref": f"#/components/schemas/{schema_name}"}
    return openapi_schema_validator.OAS30Validator(
        root, format_checker=openapi_schema_validator.oas30_format_checker
    )


def schema_errors(schema_name: str, payload: Any) -> tuple[tuple[str, tuple[Any, ...], str], ...]:
    """(keyword, path in payload, message) of each way payload breaks the spec's JSON Schema."""
    return tuple(
        (str(error.validator), tuple(error.absolute_path), str(error.message))
        for error in _schema_validator(schema_name).iter_errors(payload)
    )


def assert_wire_valid(schema_name: str, payload: Any) -> Any:
    """Assert the oracle accepts payload and reads it as the attrs model does.

    Returns the decoded attrs object. Fails (AssertionError) when the pydantic oracle or the
    JSON Schema rejects the payload, the attrs model cannot decode it, or pydantic and attrs
    read it differently.
    """
    try:
        oracle_dump = oracle_decode(schema_name, payload)
    except pydantic.ValidationError as error:
        raise AssertionError(f"oracle rejects a {schema_name} payload: {error}") from error
    errors = schema_errors(schema_name, payload)
    if errors:
        raise AssertionError(f"oracle rejects a {schema_name} payload (JSON Schema): {errors}")
    try:
        obj, attrs_dump = attrs_decode(schema_name, payload)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise AssertionError(
            f"attrs {schema_name}.from_dict fails on a payload the oracle accepts: {error!r}"
        ) from error
    if wire_form(oracle_dump) != wire_form(attrs_dump):
        raise AssertionError(
            f"{schema_name}: oracle and attrs model disagree\n"
            f"  oracle: {json.dumps(oracle_dump, sort_keys=True)}\n"
            f"  attrs:  {json.dumps(attrs_dump, sort_keys=True)}"
        )
    return obj


@dataclass(frozen=True)
class WireRejection:
    """Why the oracle rejects a payload."""

    pydantic_error: pydantic.ValidationError | None
    schema_errors: tuple[tuple[str, tuple[Any, ...], str], ...]

    def pydantic_locations(self) -> list[tuple[str, tuple[Any, ...]]]:
        """(error type, location) of each pydantic error."""
        if self.pydantic_error is None:
            return []
        return [(item["type"], tuple(item["loc"])) for item in self.pydantic_error.errors()]

    def schema_locations(self) -> list[tuple[str, tuple[Any, ...]]]:
        """(JSON Schema keyword, path) of each JSON Schema error."""
        return [(keyword, path) for keyword, path, _ in self.schema_errors]


def assert_wire_invalid(schema_name: str, payload: Any) -> WireRejection:
    """Assert the oracle (pydantic or the JSON Schema) rejects payload; return why."""
    pydantic_error = None
    try:
        oracle_decode(schema_name, payload)
    except pydantic.ValidationError as error:
        pydantic_error = error
    rejection = WireRejection(pydantic_error, schema_errors(schema_name, payload))
    if rejection.pydantic_error is None and not rejection.schema_errors:
        raise AssertionError(
            f"oracle accepts a {schema_name} payload it should reject: {payload!r}"
        )
    return rejection
