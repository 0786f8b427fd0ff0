"""Generated models read well: repr/str show what is set, `.type` reads as in the official client.

Both come from template overrides (tools/templates/model.py.jinja, types.py.jinja), so every
model class is checked, not only the ones in the snapshots.
"""

from __future__ import annotations

import copy
import enum
import json
import pickle
import re
import subprocess
import sys
from typing import Any, cast

import attrs
import datadog_deployments
import datadog_deployments_api.models as models
import pytest
import spec_tools
from datadog_deployments_api import types
from datadog_deployments_api.models import (
    DeploymentGatesEvaluationRequestData,
    DeploymentGatesEvaluationResultResponse,
    DORADeploymentFetchResponse,
    DORADeploymentObject,
    DORADeploymentObjectAttributes,
    JSONAPIErrorItem,
)
from datadog_deployments_api.types import UNSET, value_or_none
from hypothesis import given
from hypothesis import strategies as st

RESULT = {
    "data": {
        "id": "e9d2f04f-4f4b-494b-86e5-52f03e10c8e9",
        "type": "deployment_gates_evaluation_result_response",
        "attributes": {
            "dry_run": False,
            "evaluation_id": "e9d2f04f-4f4b-494b-86e5-52f03e10c8e9",
            "evaluation_url": "https://app.datadoghq.com/ci/deployment-gates/evaluations",
            "gate_id": "e140302e-0cba-40d2-978c-6780647f8f1c",
            "gate_status": "fail",
            "rules": [
                {"dry_run": False, "name": "Monitors", "reason": "", "status": "pass"},
                {"dry_run": False, "name": "FDD", "reason": "error rate up", "status": "skipped"},
            ],
        },
    },
    "meta": {"trace": "abc"},
}

RESULT_REPR = (
    "DeploymentGatesEvaluationResultResponse(data=DeploymentGatesEvaluationResultResponseData("
    "id='e9d2f04f-4f4b-494b-86e5-52f03e10c8e9', "
    "type='deployment_gates_evaluation_result_response', "
    "attributes=DeploymentGatesEvaluationResultResponseAttributes(dry_run=False, "
    "evaluation_id='e9d2f04f-4f4b-494b-86e5-52f03e10c8e9', "
    "evaluation_url='https://app.datadoghq.com/ci/deployment-gates/evaluations', "
    "gate_id=UUID('e140302e-0cba-40d2-978c-6780647f8f1c'), gate_status='fail', "
    "rules=[DeploymentGateRuleResponse(dry_run=False, name='Monitors', reason='', status='pass'), "
    "DeploymentGateRuleResponse(dry_run=False, name='FDD', reason='error rate up', "
    "status='skipped')])), additional_properties={'meta': {'trace': 'abc'}})"
)

RESULT_STR = """\
DeploymentGatesEvaluationResultResponse(
    data=DeploymentGatesEvaluationResultResponseData(
        id='e9d2f04f-4f4b-494b-86e5-52f03e10c8e9',
        type='deployment_gates_evaluation_result_response',
        attributes=DeploymentGatesEvaluationResultResponseAttributes(
            dry_run=False,
            evaluation_id='e9d2f04f-4f4b-494b-86e5-52f03e10c8e9',
            evaluation_url='https://app.datadoghq.com/ci/deployment-gates/evaluations',
            gate_id=UUID('e140302e-0cba-40d2-978c-6780647f8f1c'),
            gate_status='fail',
            rules=[
                DeploymentGateRuleResponse(
                    dry_run=False,
                    name='Monitors',
                    reason='',
                    status='pass',
                ),
                DeploymentGateRuleResponse(
                    dry_run=False,
                    name='FDD',
                    reason='error rate up',
                    status='skipped',
                ),
            ],
        ),
    ),
    additional_properties={'meta': {'trace': 'abc'}},
)"""


def model_classes() -> list[type[Any]]:
    classes = [getattr(models, name) for name in models.__all__]
    return [cls for cls in classes if attrs.has(cls)]


def test_repr_shows_nested_set_fields_unknown_fields_and_enum_values() -> None:
    # "skipped" is not a documented rule status: an unknown enum value reads as its string.
    result = DeploymentGatesEvaluationResultResponse.from_dict(RESULT)
    assert repr(result) == RESULT_REPR


def test_str_breaks_a_long_model_into_indented_lines() -> None:
    result = DeploymentGatesEvaluationResultResponse.from_dict(RESULT)
    assert str(result) == RESULT_STR
    # Only a single value too long for the line (the URL) goes past 80 columns.
    assert [line for line in RESULT_STR.splitlines() if len(line) > 80] == [
        "            evaluation_url='https://app.datadoghq.com/ci/deployment-gates/evaluations',"
    ]


def test_unset_fields_are_left_out() -> None:
    event = DORADeploymentObjectAttributes.from_dict({"service": "checkout-api", "started_at": 1})
    assert repr(event) == "DORADeploymentObjectAttributes(service='checkout-api', started_at=1)"
    assert str(event) == repr(event)  # short enough for one line
    assert repr(JSONAPIErrorItem()) == "JSONAPIErrorItem()"


def test_unknown_fields_that_are_not_identifiers_show_as_a_mapping() -> None:
    error = JSONAPIErrorItem.from_dict({"status": "400", "new-field": 1})
    assert repr(error) == "JSONAPIErrorItem(status='400', additional_properties={'new-field': 1})"


def test_text_from_the_server_is_escaped_in_repr_and_str() -> None:
    hostile = "ok\x1b[2J\r\nrule\x07"
    error = JSONAPIErrorItem.from_dict({"detail": hostile, hostile: hostile})
    for text in (repr(error), str(error)):
        assert "\x1b" not in text and "\r" not in text and "\x07" not in text
        assert r"ok\x1b[2J\r\nrule\x07" in text


def test_unset_reads_as_unset_and_stays_the_one_instance() -> None:
    assert repr(UNSET) == "UNSET" and str(UNSET) == "UNSET"
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    # A copied model still encodes as the original: to_dict tests `is not UNSET`.
    error = JSONAPIErrorItem.from_dict({"status": "400", "extra": [1]})
    assert copy.deepcopy(error).to_dict() == error.to_dict() == {"status": "400", "extra": [1]}


@pytest.mark.parametrize("cls", model_classes(), ids=lambda cls: cls.__name__)
def test_every_model_gets_the_readable_repr(cls: type[Any]) -> None:
    """Every field is listed (`type_` as `type`), and repr/str are the template's, not attrs'."""
    names = {f.name for f in attrs.fields(cls)} - {"additional_properties"}
    shown = {"type_" if name == "type" else name for name in cls._repr_fields}
    assert shown == names
    assert len(cls._repr_fields) == len(set(cls._repr_fields))
    assert cls.__repr__.__qualname__ == f"{cls.__name__}.__repr__"
    assert cls.__str__.__qualname__ == f"{cls.__name__}.__str__"


EXAMPLES = [
    example
    for example in spec_tools.body_examples(spec_tools.load_spec())
    if attrs.has(getattr(models, example.schema, object))
]

# Python string literals as repr() writes them.
STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")

json_leaves = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10)
)
json_values = st.recursive(
    json_leaves,
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)


@given(
    example=st.sampled_from(EXAMPLES),
    extra=st.dictionaries(st.text(min_size=1, max_size=8), json_values, max_size=3),
)
def test_any_documented_body_reads_cleanly(example: spec_tools.SpecExample, extra: Any) -> None:
    body = {**example.body, **{k: v for k, v in extra.items() if k not in example.body}}
    model = getattr(models, example.schema).from_dict(json.loads(json.dumps(body)))
    for text in (repr(model), str(model)):
        for key in extra:
            if key not in example.body:
                assert repr(key) in text
        # What is left once the strings are out (the server's text may say anything).
        frame = STRINGS.sub("", text)
        assert " object at 0x" not in frame and "<" not in frame  # nor <Enum.X: 'x'>
        assert "UNSET" not in frame and "Unset" not in frame
        assert "additional_properties={}" not in frame and "type_=" not in frame
    # Reading is all repr/str do: the model still encodes and decodes to itself. (A date-time
    # may be re-spelled on the way out: "Z" becomes "+00:00".)
    cls = type(model)
    assert cls.from_dict(model.to_dict()) == model
    assert cls.from_dict(model.to_dict()).to_dict() == model.to_dict()


def test_type_reads_and_writes_as_type_and_type_() -> None:
    wire = {"id": "x", "type": "dora_deployment", "attributes": {"service": "s", "started_at": 1}}
    event = DORADeploymentObject.from_dict(wire)
    assert event.type == "dora_deployment" and isinstance(event.type, enum.Enum)
    assert event.type is event.type_
    event.type = cast(Any, "written through .type")  # the setter writes the one field
    assert event.type_ == "written through .type"
    event.type_ = models.DORADeploymentType.DORA_DEPLOYMENT
    assert event.type is models.DORADeploymentType.DORA_DEPLOYMENT and event.to_dict() == wire
    assert repr(event).startswith("DORADeploymentObject(id='x', type='dora_deployment', ")


def test_type_underscore_stays_the_constructor_keyword_and_the_wire_name_is_type() -> None:
    data = DeploymentGatesEvaluationRequestData(
        type_=models.DeploymentGatesEvaluationRequestType.DEPLOYMENT_GATES_EVALUATION_REQUEST,
        attributes=models.DeploymentGatesEvaluationRequestAttributes(
            service="checkout-api", env="production"
        ),
    )
    wire = data.to_dict()
    assert wire["type"] == "deployment_gates_evaluation_request" and "type_" not in wire
    again = DeploymentGatesEvaluationRequestData.from_dict(wire)
    assert again == data and again.to_dict() == wire
    assert again.type == data.type_


def test_models_without_a_type_field_have_no_type_attribute() -> None:
    assert not hasattr(JSONAPIErrorItem(), "type")
    assert not hasattr(DORADeploymentFetchResponse, "type")


def test_value_or_none_reads_an_optional_field_as_x_or_none() -> None:
    attributes = DORADeploymentObjectAttributes.from_dict({"service": "s", "started_at": 1})
    assert value_or_none(attributes.version) is None
    attributes.version = ""
    assert value_or_none(attributes.version) == ""  # sent but empty is not "absent"
    assert value_or_none(0) == 0 and value_or_none(False) is False


def test_the_package_people_import_exports_the_unset_names() -> None:
    assert datadog_deployments.UNSET is types.UNSET
    assert datadog_deployments.Unset is types.Unset
    assert datadog_deployments.value_or_none is types.value_or_none
    assert {"UNSET", "Unset", "value_or_none"} <= set(datadog_deployments.__all__)


def test_the_formatting_code_loads_on_the_first_repr_not_with_the_models() -> None:
    code = (
        "import sys\n"
        "from datadog_deployments_api.models import JSONAPIErrorItem\n"
        "error = JSONAPIErrorItem(status='400')\n"
        "assert 'datadog_deployments_api.readable' not in sys.modules\n"
        "print(repr(error))\n"
        "assert 'datadog_deployments_api.readable' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "JSONAPIErrorItem(status='400')\n"
