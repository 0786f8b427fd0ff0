"""An httpx async transport over aiohttp's connection pool; AsyncApiClient's default when
aiohttp is installed (`pip install 'datadog-deployments[async]'`).

Why: httpx's own async pool (httpcore) examines every pooled connection, with a system call
each, on every request; at 50 concurrent requests that work, not the network, sets the pace
(benchmarks/README.md has the profile). aiohttp hands out an idle connection in constant time
and parses HTTP in C.

Only what AsyncApiClient needs: HTTP/1.1, no cookies, no redirects, no proxies (httpx keeps
routing proxied URLs to its own transports). The body streams, raw, as aiohttp receives it:
AsyncApiClient decompresses and counts it against its size limit, and bounds the whole
exchange with its deadline. aiohttp's exceptions become httpx's, by what they say about the
request, so that the retry rules see the same failures as with httpx's pool:

- the connection never opened: `httpx.ConnectError`, or `httpx.ConnectTimeout`;
- sent, but no answer in time: `httpx.ReadTimeout`;
- sent, and the connection broke: `httpx.ReadError`.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator

import aiohttp
import httpx
import yarl

DEFAULT_LIMITS = httpx.Limits(max_connections=100, keepalive_expiry=5.0)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """`httpx.AsyncClient(transport=AiohttpTransport())`. The aiohttp session opens on the
    first request, inside the event loop that runs it."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        limits: httpx.Limits = DEFAULT_LIMITS,
    ) -> None:
        self._ssl = httpx.create_ssl_context(verify=verify)
        self._limits = limits
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 0,
            ssl=self._ssl,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,  # httpx.Response decodes Content-Encoding itself
        )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._open()
        timeout = request.extensions.get("timeout", {})
        pool, connect = timeout.get("pool"), timeout.get("connect")
        try:
            response = await session.request(
                request.method,
                yarl.URL(str(request.url), encoded=True),  # already percent-encoded
                headers=request.headers,
                data=request.content or None,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=None if pool is None or connect is None else pool + connect,
                    sock_connect=connect,
                    sock_read=timeout.get("read"),
                ),
            )
        except _AIOHTTP_ERRORS as exc:
            raise _httpx_error(exc, request) from exc
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response, request),
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
            },
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


class _Body(httpx.AsyncByteStream):
    """An aiohttp response's raw body, chunk by chunk as it arrives."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except _AIOHTTP_ERRORS as exc:
            raise _httpx_error(exc, self._request) from exc

    async def aclose(self) -> None:
        # A body read to its end leaves the connection reusable; any other is closed, so
        # that what the server still sends is never read.
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


_AIOHTTP_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError)


def _httpx_error(exc: Exception, request: httpx.Request) -> httpx.TransportError:
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # before ServerTimeoutError: a subclass
        return httpx.ConnectTimeout(str(exc) or "connect timed out", request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(str(exc), request=request)
    if isinstance(exc, (aiohttp.ServerTimeoutError, asyncio.TimeoutError)):
        return httpx.ReadTimeout(str(exc) or "read timed out", request=request)
    return httpx.ReadError(f"{type(exc).__name__}: {exc}", request=request)
