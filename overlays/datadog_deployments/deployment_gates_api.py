"""DeploymentGatesApi: every Deployment Gates operation of the spec, as a method, sync or async.

The methods are generated from openapi.yaml (`datadog_deployments_api.methods.deployment_gates`);
this module adds the helpers that give them meaning: wait for an evaluation's verdict, and
trigger then wait in one call.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast, overload
from uuid import UUID

from datadog_deployments_api.methods.deployment_gates import (
    AsyncDeploymentGatesMethods,
    DeploymentGatesMethods,
)

from .api_base import ApiBase
from .api_client import ApiClient, AsyncApiClient
from .errors import (
    ApiException,
    DatadogDeploymentsError,
    ResponseDecodeError,
    TransportError,
    printable,
)
from .polling import (
    DEFAULT_NOT_FOUND_GRACE,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_TIMEOUT,
    GatePoll,
    PollEvent,
    ProgressCallback,
)
from .retries import MIN_ATTEMPT_TIME, NO_RETRY, RetryPolicy

if TYPE_CHECKING:
    from datadog_deployments_api.models import (
        DeploymentGatesEvaluationResponse,
        DeploymentGatesEvaluationResultResponse,
    )

logger = logging.getLogger("datadog_deployments.polling")

_GET_RESULT = "GetDeploymentGatesEvaluationResult"
_TRIGGER = "TriggerDeploymentGatesEvaluation"
# What evaluate_deployment_gate runs: both must be enabled before the trigger goes out.
_EVALUATE = ("trigger_deployment_gates_evaluation", "get_deployment_gates_evaluation_result")
# What a poll may run into and still be worth repeating; GatePoll decides per case.
_POLL_ERRORS = (ApiException, TransportError, ResponseDecodeError)


def evaluation_request(
    service: str,
    env: str,
    identifier: str | None = None,
    version: str | None = None,
    primary_tag: str | None = None,
    inline_configuration: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The trigger body; `inline_configuration` is the rules object (dry_run, rules).

    Built from the spec like every other write's (`bodies.request_body`): the envelope, the
    JSON:API type and the known keys come from openapi.yaml, not from here."""
    from datadog_deployments_api.spec_index import OPERATIONS

    from .bodies import request_body

    given = {
        "service": service,
        "env": env,
        "identifier": identifier,
        "version": version,
        "primary_tag": primary_tag,
        "configuration": inline_configuration,
    }
    attributes = {k: v for k, v in given.items() if v is not None}
    return request_body(OPERATIONS[_TRIGGER], {}, None, attributes)


def evaluation_id(response: DeploymentGatesEvaluationResponse) -> str:
    from datadog_deployments_api.types import Unset

    if isinstance(response.data, Unset):
        raise DatadogDeploymentsError("the trigger was accepted but named no evaluation ID")
    return str(response.data.attributes.evaluation_id or response.data.id)


def _trigger_retry(client: ApiClient | AsyncApiClient, timeout: float) -> RetryPolicy:
    """The trigger's retries (a trigger is harmless to repeat) end by the caller's deadline."""
    policy = client.configuration.retry
    return replace(policy, max_elapsed=min(policy.max_elapsed, timeout))


class _Waiting:
    """One wait between its polls, shared by the sync and async loops (which only do the I/O):
    what the next poll may take, and what its outcome means."""

    def __init__(
        self,
        client: ApiClient | AsyncApiClient,
        id: UUID | str,
        timeout: float,
        poll_interval: float,
        not_found_grace: float,
        started: float | None,
        on_poll: ProgressCallback | None,
    ) -> None:
        self._clock = client.clock
        self._on_poll = on_poll
        self.path = {"id": id}
        begun = self._clock() if started is None else started
        self._poll = GatePoll(str(id), begun, timeout, poll_interval, not_found_grace)

    def retry(self) -> RetryPolicy:
        """One attempt per poll (the wait repeats it), bounded by what is left of the wait
        rather than by the configuration's per-attempt timeout: a hanging poll ends with the
        wait. The last poll, on the deadline, still gets the time any attempt needs."""
        left = self._poll.left(self._clock())
        return replace(NO_RETRY, max_elapsed=max(left, MIN_ATTEMPT_TIME))

    def record(self, outcome: Any) -> PollEvent:
        """Account for one poll and report it; raises what ends the wait."""
        event = self._poll.record(outcome, self._clock())
        _report(event, self._on_poll)
        return event


def _evaluation(
    client: ApiClient | AsyncApiClient, timeout: float, *attributes: Any
) -> tuple[float, dict[str, Any], RetryPolicy]:
    """What evaluate sends, refused before anything is sent if a preview operation it runs is
    not enabled: the clock reading the wait starts from, the trigger body, its retries."""
    client.configuration.unstable_operations.require(*_EVALUATE)
    return client.clock(), evaluation_request(*attributes), _trigger_retry(client, timeout)


def _report(event: PollEvent, on_poll: ProgressCallback | None) -> None:
    logger.info(
        "gate evaluation %s: poll %d at %.1fs: %s%s",
        event.evaluation_id,
        event.poll,
        event.elapsed,
        printable(event.status),  # the server's text, maybe a gate_status newer than the spec
        "" if event.done else f"; next poll in {event.wait:.1f}s",
    )
    if on_poll is not None:
        on_poll(event)


class DeploymentGatesApi(ApiBase, DeploymentGatesMethods):
    """Deployment Gates: gates, their rules, evaluations and their verdicts (preview API).

    `DeploymentGatesApi(api_client)`. With an AsyncApiClient every method is awaited, and the
    `..._with_pagination` iterators are used with `async for`. The operations are in preview:
    enable each with `configuration.unstable_operations["<method name>"] = True`.
    """

    @overload
    def __new__(cls, api_client: ApiClient) -> SyncDeploymentGatesApi: ...
    @overload
    def __new__(cls, api_client: AsyncApiClient) -> AsyncDeploymentGatesApi: ...
    def __new__(cls, api_client: ApiClient | AsyncApiClient) -> DeploymentGatesApi:
        if cls is DeploymentGatesApi:
            cls = (
                AsyncDeploymentGatesApi
                if isinstance(api_client, AsyncApiClient)
                else SyncDeploymentGatesApi
            )
        return object.__new__(cls)

    def wait_for_deployment_gates_evaluation_result(
        self,
        id: UUID | str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        not_found_grace: float = DEFAULT_NOT_FOUND_GRACE,
        on_poll: ProgressCallback | None = None,
        started: float | None = None,
    ) -> DeploymentGatesEvaluationResultResponse:
        """Poll until gate_status is pass or fail and return that result.

        Raises GateTimeoutError (with `last_result`) at the deadline, EvaluationNotFoundError
        when a 404 outlives `not_found_grace`, and the ApiException of a 400/401/403 at once.
        `on_poll` sees every poll; `started` is the api client's clock reading at the trigger.
        """
        client = cast(ApiClient, self.api_client)  # the async twin has its own
        waiting = _Waiting(client, id, timeout, poll_interval, not_found_grace, started, on_poll)
        while True:
            try:
                outcome = client.call(_GET_RESULT, waiting.path, retry=waiting.retry())
            except _POLL_ERRORS as exc:
                outcome = exc
            event = waiting.record(outcome)
            if event.done and event.result is not None:
                return event.result
            client.sleep(event.wait)

    def evaluate_deployment_gate(
        self,
        *,
        service: str,
        env: str,
        identifier: str | None = None,
        version: str | None = None,
        primary_tag: str | None = None,
        inline_configuration: Mapping[str, Any] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_poll: ProgressCallback | None = None,
    ) -> DeploymentGatesEvaluationResultResponse:
        """Trigger an evaluation and wait for its verdict (see the wait method for errors).

        Both preview operations it runs must be enabled; if one is not, nothing is sent.
        """
        client = cast(ApiClient, self.api_client)  # the async twin has its own
        started, body, retry = _evaluation(
            client, timeout, service, env, identifier, version, primary_tag, inline_configuration
        )
        triggered: DeploymentGatesEvaluationResponse = client.call(_TRIGGER, body=body, retry=retry)
        return self.wait_for_deployment_gates_evaluation_result(
            evaluation_id(triggered),
            timeout=timeout,
            poll_interval=poll_interval,
            on_poll=on_poll,
            started=started,
        )


class SyncDeploymentGatesApi(DeploymentGatesApi):
    api_client: ApiClient


# The async methods replace the sync ones of the same names: mypy sees the bases disagree.
class AsyncDeploymentGatesApi(AsyncDeploymentGatesMethods, DeploymentGatesApi):  # type: ignore[misc]
    api_client: AsyncApiClient

    async def wait_for_deployment_gates_evaluation_result(  # type: ignore[override]
        self,
        id: UUID | str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        not_found_grace: float = DEFAULT_NOT_FOUND_GRACE,
        on_poll: ProgressCallback | None = None,
        started: float | None = None,
    ) -> DeploymentGatesEvaluationResultResponse:
        """Poll until gate_status is pass or fail and return that result (see the sync one)."""
        client = self.api_client
        waiting = _Waiting(client, id, timeout, poll_interval, not_found_grace, started, on_poll)
        while True:
            try:
                outcome = await client.call(_GET_RESULT, waiting.path, retry=waiting.retry())
            except _POLL_ERRORS as exc:
                outcome = exc
            event = waiting.record(outcome)
            if event.done and event.result is not None:
                return event.result
            await client.sleep(event.wait)

    async def evaluate_deployment_gate(  # type: ignore[override]
        self,
        *,
        service: str,
        env: str,
        identifier: str | None = None,
        version: str | None = None,
        primary_tag: str | None = None,
        inline_configuration: Mapping[str, Any] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_poll: ProgressCallback | None = None,
    ) -> DeploymentGatesEvaluationResultResponse:
        """Trigger an evaluation and wait for its verdict (see the sync one)."""
        client = self.api_client
        started, body, retry = _evaluation(
            client, timeout, service, env, identifier, version, primary_tag, inline_configuration
        )
        triggered: DeploymentGatesEvaluationResponse = await client.call(
            _TRIGGER, body=body, retry=retry
        )
        return await self.wait_for_deployment_gates_evaluation_result(
            evaluation_id(triggered),
            timeout=timeout,
            poll_interval=poll_interval,
            on_poll=on_poll,
            started=started,
        )
