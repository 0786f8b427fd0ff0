"""A local fake of Datadog's DORA Metrics and Deployment Gates APIs, for tests.

It speaks real HTTP on 127.0.0.1, so any client (this package's, ``curl``, a deploy script)
can talk to it. It serves every operation of openapi.yaml and keeps what it is told: gates
and rules, evaluations of the stored rules, DORA deployments and failures. It needs only the
standard library and the operation table generated from openapi.yaml
(``datadog_deployments_api.spec_index``), which it follows for paths, methods and key headers.
Seed it with :meth:`FakeDatadog.add_gate` and friends, or a file (:mod:`.seeding`).

Example, with a manual clock so that a gate that takes a minute answers at once::

    import httpx
    from datadog_deployments.testing import FakeDatadog, GateScript, ManualClock, RuleScript

    clock = ManualClock()
    with FakeDatadog(clock=clock) as dd:
        dd.add_gate(
            "checkout", "prod",
            script=GateScript(
                in_progress_for=60, verdict="fail",
                rules=[RuleScript("Check service monitors", "fail", reason="monitor alerting")],
            ),
        )
        keys = {"DD-API-KEY": dd.api_key, "DD-APPLICATION-KEY": dd.app_key}
        body = {"data": {"type": "deployment_gates_evaluation_request",
                         "attributes": {"service": "checkout", "env": "prod"}}}
        eid = httpx.post(f"{dd.url}/api/v2/deployments/gates/evaluation",
                         json=body, headers=keys).json()["data"]["id"]
        result = f"{dd.url}/api/v2/deployments/gates/evaluation/{eid}"

        def status() -> str:
            return httpx.get(result, headers=keys).json()["data"]["attributes"]["gate_status"]

        assert status() == "in_progress"
        clock.advance(60)
        assert status() == "fail"

With pytest, the ``fake_datadog`` fixture gives a started :class:`FakeDatadog` per test.
From a shell: ``python -m datadog_deployments.testing --port 8126``.
"""

from .clock import ManualClock
from .fake import DEFAULT_ACCESS_TOKEN, DEFAULT_API_KEY, DEFAULT_APP_KEY, FakeDatadog, operation_id
from .faults import DropStage, Fault, PendingFault
from .recording import Headers, RecordedRequest
from .seeding import SeedError
from .state import Evaluation, Gate, GateScript, MonitorAlert, Rule, RuleEvaluation, RuleScript

__all__ = [
    "DEFAULT_ACCESS_TOKEN",
    "DEFAULT_API_KEY",
    "DEFAULT_APP_KEY",
    "DropStage",
    "Evaluation",
    "FakeDatadog",
    "Fault",
    "Gate",
    "GateScript",
    "Headers",
    "ManualClock",
    "MonitorAlert",
    "PendingFault",
    "RecordedRequest",
    "Rule",
    "RuleEvaluation",
    "RuleScript",
    "SeedError",
    "operation_id",
]
