"""The public face of the fake: :class:`FakeDatadog`."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from datadog_deployments_api.spec_index import OPERATIONS

from .app import App
from .faults import Fault, PendingFault
from .recording import RecordedRequest
from .server import HOST, Listener
from .state import DEFAULT_IDENTIFIER, Evaluation, Gate, GateScript

DEFAULT_API_KEY = "fake-api-key"
DEFAULT_APP_KEY = "fake-app-key"


def _known_operation(operation: str | None) -> None:
    if operation is not None and operation not in OPERATIONS:
        known = ", ".join(sorted(OPERATIONS))
        raise ValueError(f"unknown operation {operation!r}; known: {known}")


class FakeDatadog:
    """A local stand-in for the Datadog API's DORA Metrics and Deployment Gates operations.

    It serves real HTTP/1.1 (keep-alive) on 127.0.0.1, checks the ``DD-API-KEY`` and
    ``DD-APPLICATION-KEY`` headers against :attr:`api_key` and :attr:`app_key`, validates
    bodies, stores deployment events, runs scripted gate evaluations, records every request and
    misbehaves on demand::

        from datadog_deployments.testing import FakeDatadog, Fault, GateScript

        with FakeDatadog() as dd:
            dd.add_gate("checkout", "prod", script=GateScript(in_progress_for=0, verdict="fail"))
            dd.inject(Fault.status(503), operation="TriggerDeploymentGatesEvaluation")
            run_my_deploy_script(base_url=dd.url, api_key=dd.api_key, app_key=dd.app_key)
            assert len(dd.requests_for("TriggerDeploymentGatesEvaluation")) == 2

    ``port=0`` picks a free port. ``clock`` (seconds, default ``time.monotonic``) times the
    gate scripts; a :class:`ManualClock` makes them instant. ``default_script`` scripts the
    evaluations of inline configurations and of gates added without a script.
    ``log_requests`` logs each request to stderr. ``max_recorded`` keeps only the last N
    recorded requests (0: record none), for long runs such as benchmarks.
    """

    def __init__(
        self,
        *,
        port: int = 0,
        api_key: str = DEFAULT_API_KEY,
        app_key: str = DEFAULT_APP_KEY,
        clock: Callable[[], float] = time.monotonic,
        default_script: GateScript | None = None,
        log_requests: bool = False,
        max_recorded: int | None = None,
    ) -> None:
        self._port = port
        self._log_requests = log_requests
        self._app = App(
            api_key=api_key,
            app_key=app_key,
            clock=clock,
            default_script=default_script or GateScript(),
            max_recorded=max_recorded,
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
    def clock(self) -> Callable[[], float]:
        return self._app.clock

    @property
    def default_script(self) -> GateScript:
        return self._app.store.default_script

    @default_script.setter
    def default_script(self, script: GateScript) -> None:
        self._app.store.default_script = script

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
    ) -> Gate:
        """Register (or replace) the gate of a service, env and identifier. Its evaluations
        follow ``script`` (the :attr:`default_script` at trigger time when None)."""
        return self._app.store.add_gate(service, env, identifier, script)

    def start_evaluation(
        self,
        service: str,
        env: str,
        identifier: str = DEFAULT_IDENTIFIER,
        *,
        evaluation_id: str | None = None,
        script: GateScript | None = None,
    ) -> Evaluation:
        """Start an evaluation as if another job had triggered it (registering the gate with
        ``script`` first when given), optionally under a chosen ID; returns it."""
        if script is not None:
            self.add_gate(service, env, identifier, script)
        attributes = {"service": service, "env": env, "identifier": identifier}
        evaluation = self._app.store.start_evaluation(attributes, evaluation_id)
        if evaluation is None:
            raise LookupError(f"no gate for {service}/{env}/{identifier}: add_gate() it first")
        return evaluation

    def add_deployment(self, attributes: dict[str, Any], deployment_id: str | None = None) -> str:
        """Store a deployment event as if it had been sent (no validation); returns its ID."""
        return self._app.store.put_deployment(dict(attributes), deployment_id)

    @property
    def evaluations(self) -> list[Evaluation]:
        """The evaluations triggered so far, oldest first."""
        return self._app.store.evaluations()

    def polls(self, evaluation_id: str) -> int:
        """How many times an evaluation's result was asked for (404s included)."""
        return self._app.store.polls(evaluation_id)

    @property
    def deployments(self) -> dict[str, dict[str, Any]]:
        """The stored DORA deployment events: ID -> attributes as sent (a copy)."""
        return self._app.store.deployments()

    # ---- faults -----------------------------------------------------------------------------
    def inject(self, fault: Fault, times: int | None = 1, operation: str | None = None) -> None:
        """Queue ``fault`` for the next ``times`` requests (None: every one until cleared) to
        ``operation`` (an operationId; None: any request). Faults apply in injection order."""
        _known_operation(operation)
        self._app.faults.add(fault, times, operation)

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
        """The requests routed to one operation (by operationId)."""
        _known_operation(operation)
        return [r for r in self._app.recorder.all() if r.operation == operation]

    def clear_requests(self) -> None:
        self._app.recorder.clear()

    def reset(self) -> None:
        """Forget requests, faults, deployment events, gates and evaluations (keys, clock and
        default script stay)."""
        self._app.recorder.clear()
        self._app.faults.clear()
        self._app.store.reset()
