"""Random and mutated response bodies: only the package's documented errors ever escape.

The decoders are exercised through `operations.interpret`, the one place every answer of the
sync and async clients goes through.
"""

from __future__ import annotations

import json
from typing import Any

import spec_tools
from datadog_deployments.errors import ApiException, ResponseDecodeError
from datadog_deployments.operations import interpret
from datadog_deployments_api.spec_index import OPERATIONS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from oracle import wire_form

SPEC = spec_tools.load_spec()
EXAMPLES = [example.body for example in spec_tools.body_examples(SPEC)]
OPERATION_IDS = sorted(OPERATIONS)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(["pass", "fail", "in_progress", "paused", "dora_deployment", "not-a-uuid"]),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)


@st.composite
def mutated_examples(draw: st.DrawFn) -> Any:
    """A documented example with one node replaced, removed, or given an unknown sibling."""
    document = json.loads(json.dumps(draw(st.sampled_from(EXAMPLES))))
    parent: Any = document
    path: list[Any] = []
    while isinstance(parent, (dict, list)) and parent and draw(st.booleans()):
        key = draw(
            st.sampled_from(sorted(parent) if isinstance(parent, dict) else range(len(parent)))
        )
        path.append(key)
        parent = parent[key]
    if not path:
        return draw(json_values)
    holder = document
    for key in path[:-1]:
        holder = holder[key]
    action = draw(st.sampled_from(["replace", "remove", "extra"]))
    if action == "replace":
        holder[path[-1]] = draw(json_values)
    elif action == "remove" and isinstance(holder, dict):
        del holder[path[-1]]
    elif isinstance(holder, dict):
        holder[draw(st.text(min_size=1, max_size=8))] = draw(json_values)
    return document


bodies = st.one_of(
    st.binary(max_size=64),
    json_values.map(lambda value: json.dumps(value).encode()),
    mutated_examples().map(lambda value: json.dumps(value).encode()),
    mutated_examples().map(
        lambda value: json.dumps(value).encode()[: max(1, len(json.dumps(value)) // 2)]
    ),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    operation_id=st.sampled_from(OPERATION_IDS),
    status=st.one_of(
        st.sampled_from([200, 202, 400, 401, 403, 404, 429, 500]), st.integers(100, 599)
    ),
    content=bodies,
)
def test_only_documented_errors_escape(operation_id: str, status: int, content: bytes) -> None:
    operation = OPERATIONS[operation_id]
    try:
        decoded = interpret(
            operation, status, "Reason", {"Content-Type": "application/json"}, content
        )
    except ApiException as error:
        assert not 200 <= status < 300
        assert error.status == status and error.body == content.decode("utf-8", "replace")
    except ResponseDecodeError as error:
        assert 200 <= status < 300 and error.body == content.decode("utf-8", "replace")
    else:
        assert 200 <= status < 300
        if decoded is not None:
            assert hasattr(decoded, "to_dict")


SUCCESS_BODIES = [
    (operation, status, example.body)
    for operation in OPERATIONS.values()
    for status, schema in operation.responses.items()
    for example in spec_tools.body_examples(SPEC)
    if 200 <= status < 300 and example.schema == schema
]


@given(
    case=st.sampled_from(SUCCESS_BODIES), extra=st.dictionaries(st.text(min_size=1), json_values)
)
def test_unknown_fields_in_a_success_body_are_kept(
    case: tuple[Any, int, dict[str, Any]], extra: dict[str, Any]
) -> None:
    operation, status, example = case
    extra = {k: v for k, v in extra.items() if k not in example}
    decoded = interpret(operation, status, "OK", {}, json.dumps({**example, **extra}).encode())
    assert wire_form(decoded.to_dict()) == wire_form({**example, **extra})
