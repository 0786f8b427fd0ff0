"""The public face of the fake: :class:`FakeDatadog`."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, overload

from datadog_deployments_api.spec_index import OPERATIONS

from ..timestamps import to_unix_nanos
from .app import App
from .dora import TimeFormat
from .faults import Fault, PendingFault
from .recording import RecordedRequest
from .server import HOST, Listener
from .state import DEFAULT_IDENTIFIER, Evaluation, Gate, GateScript, MonitorAlert, Rule, RuleScript

DEFAULT_API_KEY = "fake-api-key"
DEFAULT_APP_KEY = "fake-app-key"
DEFAULT_ACCESS_TOKEN = "fake-access-token"
_BY_NAME = {op.name: op.operation_id for op in OPERATIONS.values()}


@overload
def operation_id(operation: str) -> str: ...
@overload
def operation_id(operation: None) -> None: ...
def operation_id(operation: str | None) -> str | None:
    """The operationId of an operation named either way: ``trigger_deployment_gates_evaluation``
    (the Python method name) or ``TriggerDeploymentGatesEvaluation``."""
    if operation is None or operation in OPERATIONS:
        return operation
    found = _BY_NAME.get(operation)
    if found is None:
        known = ", ".join(sorted(_BY_NAME))
        raise ValueError(f"unknown operation {operation!r}; known: {known}")
    return found


def _event_attributes(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """Seeded DORA attributes: datetimes and ISO strings in the times become nanoseconds."""
    stored = dict(attributes)
    for name in ("started_at", "finished_at"):
        if stored.get(name) is not None and not isinstance(stored[name], int):
            stored[name] = to_unix_nanos(stored[name])
    return stored


class FakeDatadog:
    """A local stand-in for the Datadog API's DORA Metrics and Deployment Gates operations.

    It serves real HTTP/1.1 (keep-alive) on 127.0.0.1, checks the ``DD-API-KEY`` and
    ``DD-APPLICATION-KEY`` headers against :attr:`api_key` and :attr:`app_key` (or an
    ``Authorization: Bearer`` token against :attr:`access_token`), validates
    bodies, stores deployment events, runs scripted gate evaluations, records every request and
    misbehaves on demand::

        from datadog_deployments.testing import FakeDatadog, Fault, GateScript

        with FakeDatadog() as dd:
            dd.add_gate("checkout", "prod", script=GateScript(in_progress_for=0, verdict="fail"))
            dd.inject(Fault.status(503), operation="TriggerDeploymentGatesEvaluation")
            run_my_deploy_script(base_url=dd.url, api_key=dd.api_key, app_key=dd.app_key)
            assert len(dd.requests_for("TriggerDeploymentGatesEvaluation")) == 2

    ``port=0`` picks a free port. ``clock`` (seconds, default ``time.monotonic``) times the
    gate scripts; a :class:`ManualClock` makes them instant. ``epoch`` is the Unix time the
    clock's current reading stands for (default: now), for the dates in answers.
    ``default_script`` scripts the evaluations of inline configurations and of gates added
    without a script. ``log_requests`` logs each request to stderr. ``max_recorded`` keeps only
    the last N recorded requests (0: record none), for long runs such as benchmarks.
    ``dora_times`` is how DORA reads write ``started_at``/``finished_at``: ``"unix"`` (int64, as
    sent) or ``"rfc3339"`` (date-time strings). ``max_items`` bounds each collection (gates,
    evaluations, deployments, failures): the oldest evaluations and events go first; a gate
    beyond it is refused.

    Wherever an operation is named (``inject``, ``requests_for``), its Python method name
    (``trigger_deployment_gates_evaluation``) and its operationId both work.
    """

    def __init__(
        self,
        *,
        port: int = 0,
        api_key: str = DEFAULT_API_KEY,
        app_key: str = DEFAULT_APP_KEY,
        access_token: str = DEFAULT_ACCESS_TOKEN,
        clock: Callable[[], float] = time.monotonic,
        default_script: GateScript | None = None,
        log_requests: bool = False,
        max_recorded: int | None = None,
        epoch: float | None = None,
        dora_times: TimeFormat = "unix",
        max_items: int = 10_000,
    ) -> None:
        self._port = port
        self._log_requests = log_requests
        self._app = App(
            api_key=api_key,
            app_key=app_key,
            access_token=access_token,
            clock=clock,
            default_script=default_script or GateScript(),
            max_recorded=max_recorded,
            epoch=epoch,
            dora_times=dora_times,
            max_items=max_items,
        )
        self._listener: Listener | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # ---- configuration ----------------------------------------------------------------------
    @property
    def api_key(self) -> str:
        return self._app.keys["DD-API-KEY"]

    @property
    def app_key(self) -> str:
        return self._app.keys["DD-APPLICATION-KEY"]

    @property
    def access_token(self) -> str:
        """The OAuth token accepted as ``Authorization: Bearer <token>`` instead of the two keys
        by every operation that takes an application key."""
        return self._app.access_token

    @property
    def clock(self) -> Callable[[], float]:
        return self._app.clock

    @property
    def default_script(self) -> GateScript:
        return self._app.store.default_script

    @default_script.setter
    def default_script(self, script: GateScript) -> None:
        self._app.store.default_script = script

    @property
    def dora_times(self) -> TimeFormat:
        return self._app.store.dora_times

    @dora_times.setter
    def dora_times(self, form: TimeFormat) -> None:
        self._app.store.dora_times = form

    # ---- life cycle -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._listener is not None

    @property
    def port(self) -> int:
        if self._listener is None:
            raise RuntimeError("the fake server is not running: call start() first")
        return self._listener.port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``, the base URL to give the client."""
        return f"http://{HOST}:{self.port}"

    def start(self) -> FakeDatadog:
        """Listen and serve in a background thread; returns self."""
        with self._lock:
            if self._listener is not None:
                raise RuntimeError("the fake server is already running")
            listener = Listener(self._port, self._app, log_requests=self._log_requests)
            self._thread = threading.Thread(
                target=listener.run, name=f"fake-datadog:{listener.port}", daemon=True
            )
            self._listener = listener
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection. Does nothing if not running."""
        with self._lock:
            listener, thread = self._listener, self._thread
            self._listener = self._thread = None
        if listener is None or thread is None:
            return
        listener.wake()
        thread.join()
        listener.close()

    def serve_forever(self) -> None:
        """Serve in the foreground until Ctrl-C (or :meth:`stop` from another thread)."""
        if not self.running:
            self.start()
        thread = self._thread
        try:
            while thread is not None and thread.is_alive():
                thread.join(0.25)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def __enter__(self) -> FakeDatadog:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # ---- gates ------------------------------------------------------------------------------
    def add_gate(
        self,
        service: str,
        env: str,
        identifier: str = DEFAULT_IDENTIFIER,
        script: GateScript | None = None,
        *,
        rules: Iterable[RuleScript | Mapping[str, Any]] | None = None,
        dry_run: bool = False,
        gate_id: str | None = None,
    ) -> Gate:
        """Register (or replace) the gate of a service, env and identifier, with its rules.

        ``rules`` (:class:`RuleScript`, or mappings of its fields) become the gate's stored
        rules, each with its scripted result; without them the script's rules do, else one
        monitor rule named "Check service monitors". Evaluations follow ``script`` in time (the
        :attr:`default_script` at trigger time when None); the verdict is the script's when one
        is given, else it follows the rules (fail when a rule that is not dry-run fails)."""
        return self._app.store.gates.seed_gate(
            service, env, identifier, script, rules=rules, dry_run=dry_run, gate_id=gate_id
        )

    def add_rule(self, gate_id: str, rule: RuleScript | Mapping[str, Any]) -> Rule:
        """Add a rule to a stored gate (as the API would), with its scripted result (none
        for a mapping without ``status``: the rule then ends as the gate's script says)."""
        scripted = RuleScript.of(rule)
        return self._app.store.gates.create_rule(
            gate_id, scripted.name, scripted.type, scripted.options, scripted.dry_run,
            outcome=scripted if isinstance(rule, RuleScript) or "status" in rule else None,
        )  # fmt: skip

    def script_rule(
        self,
        gate_id: str,
        name: str,
        status: str = "fail",
        *,
        reason: str | None = None,
        monitors: Sequence[MonitorAlert | Mapping[str, Any] | str | int] = (),
        faulty_resources: Sequence[str] = (),
    ) -> Rule:
        """Decide how a stored rule (e.g. one created through the API) ends in the next
        evaluations: ``status``, ``reason``, and what failed (monitors in alert, or faulty
        APM resources; made up when not given)."""
        rule = next((r for r in self._app.store.gates.rules(gate_id) if r.name == name), None)
        if rule is None:
            raise LookupError(f"gate {gate_id} has no rule named {name!r}")
        outcome = RuleScript(
            name, status, reason, rule.dry_run, rule.type, rule.options, monitors, faulty_resources
        )
        return self._app.store.gates.script_rule(gate_id, name, outcome)

    def gate(self, service: str, env: str, identifier: str = DEFAULT_IDENTIFIER) -> Gate | None:
        """The stored gate of a service, env and identifier, with its rules (None: none)."""
        return self._app.store.gates.find_gate(service, env, identifier)

    @property
    def gates(self) -> list[Gate]:
        """Every stored gate with its rules, oldest first (snapshots)."""
        return self._app.store.gates.gates()

    def start_evaluation(
        self,
        service: str,
        env: str,
        identifier: str = DEFAULT_IDENTIFIER,
        *,
        evaluation_id: str | None = None,
        script: GateScript | None = None,
        version: str | None = None,
        ago: float = 0.0,
    ) -> Evaluation:
        """Start an evaluation as if another job had triggered it ``ago`` seconds back
        (registering the gate with ``script`` first when given), optionally under a chosen ID;
        returns it."""
        if script is not None:
            self.add_gate(service, env, identifier, script)
        attributes: dict[str, Any] = {"service": service, "env": env, "identifier": identifier}
        if version is not None:
            attributes["version"] = version
        evaluation = self._app.store.gates.start_evaluation(attributes, evaluation_id, ago=ago)
        if evaluation is None:
            raise LookupError(f"no gate for {service}/{env}/{identifier}: add_gate() it first")
        return evaluation

    @property
    def evaluations(self) -> list[Evaluation]:
        """The evaluations triggered so far, oldest first."""
        return self._app.store.gates.evaluations()

    def polls(self, evaluation_id: str) -> int:
        """How many times an evaluation's result was asked for (404s included)."""
        return self._app.store.gates.polls(evaluation_id)

    # ---- DORA -------------------------------------------------------------------------------
    def add_deployment(
        self, attributes: Mapping[str, Any], deployment_id: str | None = None
    ) -> str:
        """Store a deployment event as if it had been sent (no validation; ``started_at`` and
        ``finished_at`` may also be datetimes or ISO 8601 strings); returns its ID (its own
        ``id`` attribute or ``deployment_id`` when given)."""
        return self._app.store.dora.put("deployment", _event_attributes(attributes), deployment_id)

    def add_failure(self, attributes: Mapping[str, Any], failure_id: str | None = None) -> str:
        """Store a failure (incident) event as :meth:`add_deployment` does; returns its ID."""
        return self._app.store.dora.put("failure", _event_attributes(attributes), failure_id)

    def mark_failed(
        self,
        deployment_id: str,
        change_failure: bool = True,
        remediation: Mapping[str, Any] | None = None,
    ) -> None:
        """Mark a stored deployment as a change failure (or back to stable), as the PATCH
        operations do."""
        if not self._app.store.dora.mark(deployment_id, change_failure, remediation):
            raise LookupError(f"no deployment event {deployment_id!r}")

    @property
    def deployments(self) -> dict[str, dict[str, Any]]:
        """The stored DORA deployment events: ID -> attributes as sent (a copy)."""
        return {e.event_id: e.attributes for e in self._app.store.dora.all("deployment")}

    @property
    def failures(self) -> dict[str, dict[str, Any]]:
        """The stored DORA failure (incident) events: ID -> attributes as sent (a copy)."""
        return {e.event_id: e.attributes for e in self._app.store.dora.all("failure")}

    @property
    def change_failures(self) -> dict[str, dict[str, Any]]:
        """The deployments marked through the PATCH operations (or :meth:`mark_failed`):
        ID -> ``{"change_failure": bool | None, "remediation": dict | None}``."""
        return {
            e.event_id: {"change_failure": e.change_failure, "remediation": e.remediation}
            for e in self._app.store.dora.all("deployment")
            if e.change_failure is not None or e.remediation is not None
        }

    # ---- seeding ----------------------------------------------------------------------------
    def seed(self, source: Mapping[str, Any] | str | os.PathLike[str]) -> None:
        """Load gates, rules, evaluations and DORA events from a mapping or a JSON (or, with
        PyYAML installed, YAML) file; see :mod:`datadog_deployments.testing.seeding`."""
        from .seeding import apply_seed, load_seed

        apply_seed(self, source if isinstance(source, Mapping) else load_seed(source))

    # ---- faults -----------------------------------------------------------------------------
    def inject(self, fault: Fault, times: int | None = 1, operation: str | None = None) -> None:
        """Queue ``fault`` for the next ``times`` requests (None: every one until cleared) to
        ``operation`` (its method name or operationId; None: any request). Faults apply in
        injection order."""
        self._app.faults.add(fault, times, operation_id(operation))

    @property
    def pending_faults(self) -> list[PendingFault]:
        """The faults not used up yet."""
        return self._app.faults.pending()

    def clear_faults(self) -> None:
        self._app.faults.clear()

    # ---- recorded requests ------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        return self._app.recorder.all()

    def requests_for(self, operation: str) -> list[RecordedRequest]:
        """The requests routed to one operation (named by method name or operationId)."""
        wanted = operation_id(operation)
        return [r for r in self._app.recorder.all() if r.operation == wanted]

    def clear_requests(self) -> None:
        self._app.recorder.clear()

    def reset(self) -> None:
        """Forget requests, faults, deployment events, gates and evaluations (keys, clock and
        default script stay)."""
        self._app.recorder.clear()
        self._app.faults.clear()
        self._app.store.reset()
