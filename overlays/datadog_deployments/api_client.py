"""ApiClient and AsyncApiClient: one connection pool each, and the retry loop around it.

Both loops are thin: what to send comes from `operations.prepare`, whether and how long to
wait from `RetryPolicy` (through `_Attempts`), and what an answer means from
`operations.interpret`.

The httpx client a client creates for itself is used for its configuration (timeouts, TLS,
default headers, proxies from the environment) and its transport, to which each request goes
directly: it has no cookies, auth, hooks or redirects to apply, and skipping that layer halves
the client's CPU per call (benchmarks/README.md). An `http_client` passed in is used whole,
with everything it was configured with, except redirects: they are never followed, so that
keys go nowhere but the configured host.

Each attempt runs under the deadline and size limit of `limits`: the whole exchange, body
included, within the time left, and the body decompressed here within max_response_bytes.
"""

from __future__ import annotations

import functools
import logging
import os
import random
import re
import ssl
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, NoReturn, TypeVar

import httpx

from ._version import __version__
from .configuration import Configuration
from .errors import (
    ApiException,
    ConfigurationError,
    ConnectError,
    ConnectionLostError,
    InvalidParameterError,
    RequestTimeoutError,
    ResponseDecodeError,
    ResponseTooLargeError,
    TransportError,
)
from .limits import BodyReader, BodyTooLarge, deadline, install_deadline, within
from .operations import PreparedRequest, interpret, prepare
from .retries import IDEMPOTENT_METHODS, Answer, Failure, FailureKind, RetryPolicy
from .sites import is_plain_http

logger = logging.getLogger("datadog_deployments")

USER_AGENT = (
    f"datadog-deployments/{__version__} "
    f"(python {sys.version.split()[0]}; httpx {httpx.__version__})"
)
# Only the encodings limits.BodyReader decodes within the size limit.
DEFAULT_HEADERS = {
    "Accept": "application/json",
    "Accept-Encoding": "gzip, deflate",
    "User-Agent": USER_AGENT,
}

# Header names that carry a credential: DD-API-KEY, DD-APPLICATION-KEY, Authorization...
_CREDENTIAL = re.compile(r"key|auth|token|secret|cookie", re.IGNORECASE)
_Final = TypeVar("_Final", ApiException, TransportError, ResponseDecodeError, ResponseTooLargeError)

_ERRORS: dict[FailureKind, type[TransportError]] = {
    FailureKind.NOT_CONNECTED: ConnectError,
    FailureKind.TIMED_OUT: RequestTimeoutError,
    FailureKind.CONNECTION_LOST: ConnectionLostError,
}


# Mistakes in what we would send (a header value httpx refuses, a scheme it cannot speak):
# repeating the request cannot help, and the caller must hear of it as their parameter.
_LOCAL_ERRORS = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


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
    """The retry bookkeeping and the budget of one call, shared by the sync and async loops."""

    def __init__(
        self, client: _BaseClient, request: PreparedRequest, policy: RetryPolicy | None
    ) -> None:
        self._client = client
        self._request = request
        self._policy = policy if policy is not None else client.configuration.retry
        self._started = client.clock()
        self.count = 0

    def seconds(self) -> float:
        """How long the next attempt may take, all of it: the configured timeout, or less
        when the call's budget ends sooner."""
        left = self._policy.max_elapsed - (self._client.clock() - self._started)
        return max(0.0, min(self._client.request_seconds(), left))

    def answered(self, response: httpx.Response) -> float | None:
        """Seconds to wait before trying again, or None when this answer is final."""
        return self._next(Answer(response.status_code, response.headers), response.status_code)

    def failed(self, exc: httpx.TransportError) -> float:
        """Seconds to wait before trying again; raises the package's error when giving up."""
        name = self._request.operation.name
        if isinstance(exc, _LOCAL_ERRORS):
            # A local protocol error quotes the offending header, which may be a key.
            raise InvalidParameterError(
                f"{name}: httpx refused to send the request ({type(exc).__name__})"
            ) from None
        kind = failure_kind(exc)
        wait = self._next(Failure(kind), kind.value)
        if wait is None:
            error = _ERRORS[kind](
                f"{name}: {kind.value} ({type(exc).__name__}: {exc}) "
                f"after {self.count} attempt(s) to {self._client.configuration.base_url}",
                operation=name,
            )
            raise self._client.final(error, self._request, self.count) from exc
        return wait

    def finish(self, response: httpx.Response, body: bytes) -> Any:
        """The decoded answer, or its ApiException saying how many times it was sent."""
        try:
            return interpret(
                self._request.operation,
                response.status_code,
                response.reason_phrase,
                response.headers,
                body,
            )
        except ApiException as exc:
            raise self._client.final(exc, self._request, self.count) from None
        except ResponseDecodeError as exc:
            raise self._client.final(exc, self._request, self.count) from exc.__cause__

    def _next(self, outcome: Answer | Failure, what: object) -> float | None:
        self.count += 1
        client, request = self._client, self._request
        op = request.operation
        if logger.isEnabledFor(logging.DEBUG):  # no key is in the line: only method, URL, outcome
            url = client.configuration.base_url + request.path
            logger.debug("HTTP Request: %s %s -> %s (attempt %d)", op.method, url, what, self.count)
        wait = self._policy.delay(
            method=op.method,
            attempt=self.count,
            elapsed=client.clock() - self._started,
            outcome=outcome,
            rand=client.rand,
            repeatable=request.repeatable,
        )
        if wait is not None:
            logger.info("%s %s: %s; retry %d in %.2fs", op.method, op.name, what, self.count, wait)
        elif self.count > 1 and op.method not in IDEMPOTENT_METHODS:
            # A write sent more than once: say so, whatever the outcome (the ID was the same).
            logger.info("%s: sent %d times; last answer %s", op.name, self.count, what)
        return wait


# httpx validates a URL character by character in Python: a sixth of a call's CPU. Polls and
# retries repeat the same URL, so the last few parsed ones are kept (httpx.URL is immutable).
_CACHED = 256


@functools.lru_cache(maxsize=_CACHED)
def _url(url: str) -> httpx.URL:
    return httpx.URL(url)


_PROXY_VARIABLES = ("ALL_PROXY", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY")
_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)


def _open(make: Callable[[], _Http]) -> _Http:
    """Our own httpx client; a proxy variable it cannot use becomes a ConfigurationError
    naming the variable, never showing its value (a proxy URL may hold a user and password)."""
    try:
        return make()
    except (httpx.InvalidURL, ValueError, ImportError) as exc:
        present = [n for n in os.environ if n.upper() in _PROXY_VARIABLES and os.environ[n]]
        if not present:
            raise
        bad = [n for n in present if not _usable_proxy(n, os.environ[n])] or present
        raise ConfigurationError(
            f"proxy variable {' or '.join(sorted(bad))} is not a proxy URL httpx can use "
            f"({type(exc).__name__}; the value is not shown: it may hold a password)"
        ) from None


def _environment_proxies(options: dict[str, Any]) -> dict[str, httpx.AsyncBaseTransport | None]:
    """What httpx.AsyncClient mounts for the proxy variables when it picks the transport:
    a proxying transport per pattern, None (direct) where NO_PROXY says so; nothing for plain
    http, which is for loopback and never goes through a proxy."""
    if not options["trust_env"]:
        return {}
    from httpx._utils import get_environment_proxies

    return {
        pattern: None
        if url is None
        else httpx.AsyncHTTPTransport(verify=options["verify"], proxy=httpx.Proxy(url))
        for pattern, url in get_environment_proxies().items()
    }


def _usable_proxy(name: str, value: str) -> bool:
    if name.upper() == "NO_PROXY":
        return value.isprintable()
    try:
        return httpx.URL(value if "://" in value else f"http://{value}").scheme in (
            "http",
            "https",
        )
    except httpx.InvalidURL:
        return False


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
        self._headers: dict[tuple[tuple[str, str], ...], httpx.Headers] = {}
        self._timeout: tuple[httpx.Timeout, float, dict[str, Any]] | None = None

    def _adopt(self, http: httpx.Client | httpx.AsyncClient) -> Any:
        """Note what a request sent directly to our own client's transport must carry."""
        self._default_headers = {
            name.decode("latin-1"): value.decode("latin-1") for name, value in http.headers.raw
        }
        return _own_transport(http, self._base_url)

    def request_seconds(self) -> float:
        """The configured timeout as a deadline for a whole request: its largest part."""
        return self._timeouts()[0]

    def _timeouts(self) -> tuple[float, dict[str, Any]]:
        timeout = self.configuration.timeout
        if self._timeout is None or self._timeout[0] is not timeout:
            parts = timeout.as_dict()
            seconds = max(v for v in parts.values() if v is not None)
            self._timeout = (timeout, seconds, {"timeout": parts})
        return self._timeout[1], self._timeout[2]

    def _extensions(self, seconds: float) -> dict[str, Any]:
        """httpx's per-wait timeouts, none beyond the attempt's deadline."""
        full, extensions = self._timeouts()
        if seconds >= full:
            return extensions  # the usual case: shared, never changed
        parts = extensions["timeout"].items()
        return {"timeout": {k: seconds if v is None else min(v, seconds) for k, v in parts}}

    def _direct_request(self, request: PreparedRequest, seconds: float) -> httpx.Request:
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
            extensions=self._extensions(seconds),
        )

    def _client_request(
        self, http: httpx.Client | httpx.AsyncClient, request: PreparedRequest, seconds: float
    ) -> httpx.Request:
        """A request for an http_client passed in: always to the configuration's base URL,
        asking only for the encodings limits.BodyReader decodes."""
        return http.build_request(
            request.operation.method,
            self._base_url + request.path,
            headers={**request.headers, "Accept-Encoding": DEFAULT_HEADERS["Accept-Encoding"]},
            content=request.content,
            timeout=httpx.Timeout(**self._extensions(seconds)["timeout"]),
        )

    def _reader(self, response: httpx.Response) -> BodyReader:
        return BodyReader(
            self.configuration.max_response_bytes, response.headers.get("content-encoding")
        )

    def _unreadable(
        self, request: PreparedRequest, response: httpx.Response, exc: Exception, attempts: int
    ) -> NoReturn:
        """A body over the size limit, or one whose Content-Encoding does not decode (still
        the error its status means)."""
        name = request.operation.name
        if isinstance(exc, BodyTooLarge):
            too_large = ResponseTooLargeError(
                limit=self.configuration.max_response_bytes,
                status=response.status_code,
                headers=response.headers,
                operation=name,
            )
            raise self.final(too_large, request, attempts) from None
        if not 200 <= response.status_code < 300:
            try:
                interpret(
                    request.operation,
                    response.status_code,
                    response.reason_phrase,
                    response.headers,
                    b"",
                )
            except ApiException as error:
                raise self.final(error, request, attempts) from exc
        undecodable = ResponseDecodeError(
            f"the body does not decode as its Content-Encoding says ({exc})",
            status=response.status_code,
            headers=response.headers,
            body="",
            operation=name,
        )
        raise self.final(undecodable, request, attempts) from exc

    def final(self, error: _Final, request: PreparedRequest, attempts: int) -> _Final:
        """What every error that ends a call carries: how many times the request was sent,
        the write's idempotency ID, and none of the credentials it carried in its message."""
        if isinstance(error, ApiException):
            error.after(attempts)
        else:
            error.attempts = attempts
        error.idempotency_id = request.idempotency_id
        error.redact(self._credentials(request))
        return error

    def _credentials(self, request: PreparedRequest) -> list[str]:
        """Every credential the request carried, in each form a server could quote it."""
        headers = [*request.headers.items(), *self._http.headers.items()]
        values = [v for k, v in headers if _CREDENTIAL.search(k)]
        return values + [v.split(None, 1)[1] for v in values if " " in v.strip()]

    @staticmethod
    def _invalid_url(request: PreparedRequest, exc: httpx.InvalidURL) -> NoReturn:
        raise InvalidParameterError(
            f"{request.operation.name}: the request's URL is invalid ({exc})"
        ) from None

    def _http_options(self) -> dict[str, Any]:
        cfg = self.configuration
        verify: ssl.SSLContext | bool = cfg.verify_ssl
        if cfg.ssl_ca_cert:
            verify = ssl.create_default_context(cafile=cfg.ssl_ca_cert)
        elif is_plain_http(cfg.base_url):
            # No TLS can happen here (plain http to loopback, no proxy, no redirect), yet httpx
            # builds its context when the client is made: loading the CA bundle costs ~18 ms of
            # a cold start. A context that trusts no certificate costs nothing, and would fail
            # closed if it were ever used.
            verify = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return {
            "base_url": cfg.base_url,
            "timeout": cfg.timeout,
            "verify": verify,
            "headers": DEFAULT_HEADERS,
            # Plain http is for loopback only: never hand keys in clear to an HTTP(S)_PROXY.
            "trust_env": not is_plain_http(cfg.base_url),
        }


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
            options = self._http_options()
            http_client = _open(lambda: httpx.Client(**options))
            self._transport = self._adopt(http_client)
            install_deadline(self._transport)
        self._http = http_client

    def _send(self, request: PreparedRequest, attempts: _Attempts) -> tuple[httpx.Response, bytes]:
        """One attempt, all of it (connect, send, headers, body) within its deadline."""
        seconds = attempts.seconds()
        with deadline(seconds) as at:
            if self._transport is None:
                http_request = self._client_request(self._http, request, seconds)
                response = self._http.send(http_request, stream=True, follow_redirects=False)
            else:
                http_request = self._direct_request(request, seconds)
                response = self._transport.handle_request(http_request)
                response.request = http_request
            try:
                reader = self._reader(response)
                for chunk in response.iter_raw():
                    reader.feed(chunk)
                    if time.monotonic() > at:  # an http_client of the caller's own
                        raise httpx.ReadTimeout("the request's deadline passed")
                return response, reader.body()
            except (httpx.DecodingError, BodyTooLarge) as exc:
                self._unreadable(request, response, exc, attempts.count + 1)
            finally:
                response.close()

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
                response, content = self._send(request, attempts)
            except httpx.TransportError as exc:
                self.sleep(attempts.failed(exc))
                continue
            except httpx.InvalidURL as exc:
                self._invalid_url(request, exc)
            wait = attempts.answered(response)
            if wait is None:
                return attempts.finish(response, content)
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

            def make() -> httpx.AsyncClient:
                if transport is None:
                    return httpx.AsyncClient(**options)
                # httpx reads no proxy variable for a client given a transport: route as it
                # would, so that the aiohttp path honours HTTP(S)_PROXY and NO_PROXY too.
                mounts = _environment_proxies(options)
                return httpx.AsyncClient(**options, transport=transport, mounts=mounts)

            http_client = _open(make)
            self._transport = self._adopt(http_client)
        self._http = http_client

    async def _send(
        self, request: PreparedRequest, attempts: _Attempts
    ) -> tuple[httpx.Response, bytes]:
        """One attempt, all of it (connect, send, headers, body) within its deadline."""
        seconds = attempts.seconds()
        try:
            result: tuple[httpx.Response, bytes] = await within(
                seconds, self._exchange(request, attempts, seconds)
            )
        except TimeoutError as exc:  # asyncio.TimeoutError too, from Python 3.11
            raise httpx.ReadTimeout(f"the request's deadline ({seconds:.3g}s) passed") from exc
        return result

    async def _exchange(
        self, request: PreparedRequest, attempts: _Attempts, seconds: float
    ) -> tuple[httpx.Response, bytes]:
        if self._transport is None:
            http_request = self._client_request(self._http, request, seconds)
            response = await self._http.send(http_request, stream=True, follow_redirects=False)
        else:
            http_request = self._direct_request(request, seconds)
            response = await self._transport.handle_async_request(http_request)
            response.request = http_request
        try:
            reader = self._reader(response)
            async for chunk in response.aiter_raw():
                reader.feed(chunk)
            return response, reader.body()
        except (httpx.DecodingError, BodyTooLarge) as exc:
            self._unreadable(request, response, exc, attempts.count + 1)
        finally:
            await response.aclose()

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
                response, content = await self._send(request, attempts)
            except httpx.TransportError as exc:
                await self.sleep(attempts.failed(exc))
                continue
            except httpx.InvalidURL as exc:
                self._invalid_url(request, exc)
            wait = attempts.answered(response)
            if wait is None:
                return attempts.finish(response, content)
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
