"""ApiClient and AsyncApiClient: one connection pool each, and the retry loop around it.

Both loops are thin: what to send comes from `operations.prepare`, whether and how long to
wait from `RetryPolicy` (through `_Attempts`), and what an answer means from
`operations.interpret`.

The httpx client a client creates for itself is used for its configuration (timeouts, TLS,
default headers, proxies from the environment) and its transport, to which each request goes
directly: it has no cookies, auth, hooks or redirects to apply, and skipping that layer halves
the client's CPU per call (benchmarks/README.md). An `http_client` passed in is used whole,
with everything it was configured with.
"""

from __future__ import annotations

import functools
import logging
import random
import ssl
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, NoReturn

import httpx

from ._version import __version__
from .configuration import Configuration
from .errors import (
    ConnectError,
    ConnectionLostError,
    RequestTimeoutError,
    ResponseDecodeError,
    TransportError,
)
from .operations import PreparedRequest, interpret, prepare
from .retries import Answer, Failure, FailureKind, RetryPolicy

logger = logging.getLogger("datadog_deployments")

USER_AGENT = (
    f"datadog-deployments/{__version__} "
    f"(python {sys.version.split()[0]}; httpx {httpx.__version__})"
)
DEFAULT_HEADERS = {"Accept": "application/json", "User-Agent": USER_AGENT}

_ERRORS: dict[FailureKind, type[TransportError]] = {
    FailureKind.NOT_CONNECTED: ConnectError,
    FailureKind.TIMED_OUT: RequestTimeoutError,
    FailureKind.CONNECTION_LOST: ConnectionLostError,
}


def failure_kind(exc: httpx.TransportError) -> FailureKind:
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return FailureKind.NOT_CONNECTED
    if isinstance(exc, httpx.TimeoutException):
        return FailureKind.TIMED_OUT
    return FailureKind.CONNECTION_LOST


def _aiohttp_transport(verify: str | bool) -> httpx.AsyncBaseTransport | None:
    """aiohttp's pool behind the httpx API when aiohttp is installed; else None (httpx's)."""
    try:
        from .aiohttp_transport import AiohttpTransport
    except ModuleNotFoundError as exc:
        if exc.name not in ("aiohttp", "yarl"):
            raise
        return None
    return AiohttpTransport(verify=verify)


class _Attempts:
    """The retry bookkeeping of one call, shared by the sync and async loops."""

    def __init__(
        self, client: _BaseClient, request: PreparedRequest, policy: RetryPolicy | None
    ) -> None:
        self._client = client
        self._request = request
        self._policy = policy if policy is not None else client.configuration.retry
        self._started = client.clock()
        self.count = 0

    def answered(self, response: httpx.Response) -> float | None:
        """Seconds to wait before trying again, or None when this answer is final."""
        return self._next(Answer(response.status_code, response.headers), response.status_code)

    def failed(self, exc: httpx.TransportError) -> float:
        """Seconds to wait before trying again; raises the package's error when giving up."""
        kind = failure_kind(exc)
        wait = self._next(Failure(kind), kind.value)
        if wait is None:
            name = self._request.operation.name
            # A local protocol error quotes the offending header, which may be a key.
            why = "" if isinstance(exc, httpx.LocalProtocolError) else f": {exc}"
            raise _ERRORS[kind](
                f"{name}: {kind.value} ({type(exc).__name__}{why}) "
                f"after {self.count} attempt(s) to {self._client.configuration.base_url}",
                operation=name,
                attempts=self.count,
            ) from exc
        return wait

    def _next(self, outcome: Answer | Failure, what: object) -> float | None:
        self.count += 1
        client, op = self._client, self._request.operation
        if logger.isEnabledFor(logging.DEBUG):  # no key is in the line: only method, URL, outcome
            url = client.configuration.base_url + self._request.path
            logger.debug("HTTP Request: %s %s -> %s (attempt %d)", op.method, url, what, self.count)
        wait = self._policy.delay(
            method=op.method,
            attempt=self.count,
            elapsed=client.clock() - self._started,
            outcome=outcome,
            rand=client.rand,
        )
        if wait is not None:
            logger.info("%s %s: %s; retry %d in %.2fs", op.method, op.name, what, self.count, wait)
        return wait


# httpx validates a URL character by character in Python: a sixth of a call's CPU. Polls and
# retries repeat the same URL, so the last few parsed ones are kept (httpx.URL is immutable).
_CACHED = 256


@functools.lru_cache(maxsize=_CACHED)
def _url(url: str) -> httpx.URL:
    return httpx.URL(url)


def _own_transport(http: httpx.Client | httpx.AsyncClient, url: str) -> Any:
    """The transport our own httpx client picks for `url` (a proxy from the environment
    included), or None if this httpx does not say: requests then go through the client."""
    pick = getattr(http, "_transport_for_url", None)
    return None if pick is None else pick(httpx.URL(url))


class _BaseClient:
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        configuration: Configuration | None,
        clock: Callable[[], float],
        rand: Callable[[], float],
    ) -> None:
        self.configuration = configuration if configuration is not None else Configuration()
        self.clock = clock
        self.rand = rand
        # Set for a client we create: where requests go directly, and what they carry.
        self._base_url = self.configuration.base_url
        self._default_headers: dict[str, str] = {}
        self._extensions: dict[str, Any] = {}
        self._headers: dict[tuple[tuple[str, str], ...], httpx.Headers] = {}

    def _adopt(self, http: httpx.Client | httpx.AsyncClient) -> Any:
        """Note what a request sent directly to our own client's transport must carry."""
        self._default_headers = {
            name.decode("latin-1"): value.decode("latin-1") for name, value in http.headers.raw
        }
        self._extensions = {"timeout": http.timeout.as_dict()}
        return _own_transport(http, self._base_url)

    def _direct_request(self, request: PreparedRequest) -> httpx.Request:
        """The request for our own transport; refused, as httpx would, once the client closed."""
        if self._http.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        key = tuple(request.headers.items())
        headers = self._headers.get(key)
        if headers is None:  # once per operation and set of keys
            if len(self._headers) >= _CACHED:
                self._headers.clear()
            headers = httpx.Headers({**self._default_headers, **request.headers})
            self._headers[key] = headers
        return httpx.Request(
            request.operation.method,
            _url(self._base_url + request.path),
            headers=headers,
            content=request.content,
            extensions=self._extensions,
        )

    def _client_request(
        self, http: httpx.Client | httpx.AsyncClient, request: PreparedRequest
    ) -> httpx.Request:
        """A request for an http_client passed in: always to the configuration's base URL."""
        return http.build_request(
            request.operation.method,
            self._base_url + request.path,
            headers=request.headers,
            content=request.content,
        )

    def _undecodable(
        self, request: PreparedRequest, response: httpx.Response, exc: httpx.DecodingError
    ) -> NoReturn:
        """A body whose Content-Encoding does not decode: still the error its status means."""
        if not 200 <= response.status_code < 300:
            interpret(
                request.operation,
                response.status_code,
                response.reason_phrase,
                response.headers,
                b"",
            )
        raise ResponseDecodeError(
            f"the body does not decode as its Content-Encoding says ({exc})",
            status=response.status_code,
            headers=response.headers,
            body="",
            operation=request.operation.name,
        ) from exc

    def _http_options(self) -> dict[str, Any]:
        cfg = self.configuration
        verify: ssl.SSLContext | bool = cfg.verify_ssl
        if cfg.ssl_ca_cert:
            verify = ssl.create_default_context(cafile=cfg.ssl_ca_cert)
        return {
            "base_url": cfg.base_url,
            "timeout": cfg.timeout,
            "verify": verify,
            "headers": DEFAULT_HEADERS,
            # Plain http is for loopback only: never hand keys in clear to an HTTP(S)_PROXY.
            "trust_env": not cfg.base_url.startswith("http://"),
        }

    def _finish(self, request: PreparedRequest, response: httpx.Response) -> Any:
        return interpret(
            request.operation,
            response.status_code,
            response.reason_phrase,
            response.headers,
            response.content,
        )


class ApiClient(_BaseClient):
    """A synchronous client owning one connection pool. Use it as a context manager.

    `clock`, `sleep` and `rand` exist so tests and schedulers can drive retries without
    waiting for real.
    """

    _http: httpx.Client

    def __init__(
        self,
        configuration: Configuration | None = None,
        *,
        http_client: httpx.Client | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        super().__init__(configuration, clock, rand)
        self.sleep = sleep
        self._transport: httpx.BaseTransport | None = None
        if http_client is None:
            http_client = httpx.Client(**self._http_options())
            self._transport = self._adopt(http_client)
        self._http = http_client

    def _send(self, request: PreparedRequest) -> httpx.Response:
        if self._transport is None:
            response = self._http.send(self._client_request(self._http, request), stream=True)
        else:
            http_request = self._direct_request(request)
            response = self._transport.handle_request(http_request)
            response.request = http_request
        try:
            response.read()
        except httpx.DecodingError as exc:
            self._undecodable(request, response, exc)
        finally:
            response.close()
        return response

    def call(
        self,
        operation_id: str,
        path_values: Mapping[str, object] | None = None,
        body: Any = None,
        *,
        query: Mapping[str, object] | None = None,
        retry: RetryPolicy | None = None,
    ) -> Any:
        """Run one operation of the spec and return the decoded answer.

        `operation_id`: the operation's Python name (`get_dora_deployment`) or its operationId.
        `query`: query parameters by Python (`filter_env`) or wire (`filter[env]`) name.
        `retry` replaces the configuration's retry policy for this call.
        """
        request = prepare(self.configuration, operation_id, path_values, body, query)
        attempts = _Attempts(self, request, retry)
        while True:
            try:
                response = self._send(request)
            except httpx.TransportError as exc:
                self.sleep(attempts.failed(exc))
                continue
            wait = attempts.answered(response)
            if wait is None:
                return self._finish(request, response)
            self.sleep(wait)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncApiClient(_BaseClient):
    """The asyncio twin of ApiClient: `async with AsyncApiClient(configuration) as api_client`.

    With aiohttp installed (the `async` extra), the client it creates sends over aiohttp's
    connection pool (see `aiohttp_transport`); otherwise over httpx's own. `sleep` defaults
    to `asyncio.sleep`.
    """

    _http: httpx.AsyncClient

    def __init__(
        self,
        configuration: Configuration | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rand: Callable[[], float] = random.random,
    ) -> None:
        super().__init__(configuration, clock, rand)
        if sleep is None:
            import asyncio  # here, so that sync programs do not pay for importing it

            sleep = asyncio.sleep
        self.sleep = sleep
        self._transport: httpx.AsyncBaseTransport | None = None
        if http_client is None:
            options = self._http_options()
            transport = _aiohttp_transport(options["verify"])
            if transport is not None:
                options["transport"] = transport
            http_client = httpx.AsyncClient(**options)
            self._transport = self._adopt(http_client)
        self._http = http_client

    async def _send(self, request: PreparedRequest) -> httpx.Response:
        if self._transport is None:
            http_request = self._client_request(self._http, request)
            response = await self._http.send(http_request, stream=True)
        else:
            http_request = self._direct_request(request)
            response = await self._transport.handle_async_request(http_request)
            response.request = http_request
        try:
            await response.aread()
        except httpx.DecodingError as exc:
            self._undecodable(request, response, exc)
        finally:
            await response.aclose()
        return response

    async def call(
        self,
        operation_id: str,
        path_values: Mapping[str, object] | None = None,
        body: Any = None,
        *,
        query: Mapping[str, object] | None = None,
        retry: RetryPolicy | None = None,
    ) -> Any:
        """Run one operation of the spec and return the decoded answer.

        `operation_id`: the operation's Python name (`get_dora_deployment`) or its operationId.
        `query`: query parameters by Python (`filter_env`) or wire (`filter[env]`) name.
        `retry` replaces the configuration's retry policy for this call.
        """
        request = prepare(self.configuration, operation_id, path_values, body, query)
        attempts = _Attempts(self, request, retry)
        while True:
            try:
                response = await self._send(request)
            except httpx.TransportError as exc:
                await self.sleep(attempts.failed(exc))
                continue
            wait = attempts.answered(response)
            if wait is None:
                return self._finish(request, response)
            await self.sleep(wait)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncApiClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
