"""The two limits every request runs under, for the sync and async loops alike: a deadline
for the whole exchange and a cap on the size of the answer's body.

A read timeout bounds each read, not a request: a server that sends one byte a second never
lets it expire. So the deadline is a point in time, and what waits is told how long is left:

- sync: `DeadlineBackend` wraps httpcore's network backend; every connect, read and write
  waits at most the time left until the deadline of the request running in this thread
  (a context variable set by the client), and fails at once when it has passed. That is
  what interrupts httpcore while it waits for headers, however slowly they trickle in.
- async: an asyncio timeout around the whole exchange (`within`); cancellation interrupts
  httpcore and aiohttp wherever they wait.

The body is read in raw chunks and decompressed here, chunk by chunk, with zlib told how much
room is left (`BodyReader`): neither an endless body nor a compression bomb can make the
client hold more than the limit plus one chunk.
"""

from __future__ import annotations

import zlib
from contextvars import ContextVar
from math import inf
from time import monotonic
from typing import Any

import httpx

# When the request running in this context must be over (time.monotonic); inf: no deadline.
_DEADLINE: ContextVar[float] = ContextVar("datadog_deployments_deadline", default=inf)


class deadline:  # lower case: used like a function, `with deadline(seconds) as at:`
    """Run the sync request in the block under a deadline `seconds` from now."""

    __slots__ = ("_at", "_token")

    def __init__(self, seconds: float) -> None:
        self._at = monotonic() + seconds

    def __enter__(self) -> float:
        self._token = _DEADLINE.set(self._at)
        return self._at

    def __exit__(self, *exc_info: object) -> None:
        _DEADLINE.reset(self._token)


def _left(timeout: float | None, error: str) -> float | None:
    """The wait allowed now: the given timeout, or less when the deadline is nearer."""
    at = _DEADLINE.get()
    if at == inf:
        return timeout
    left = at - monotonic()
    if left <= 0:
        import httpcore

        raise getattr(httpcore, error)("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


# The two classes below follow httpcore's NetworkStream and NetworkBackend without deriving
# from them: httpcore is imported with the first connection pool, not with this package.


class DeadlineStream:
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, _left(timeout, "ReadTimeout"))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout, "WriteTimeout"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> DeadlineStream:
        timeout = _left(timeout, "ConnectTimeout")
        return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend:
    """httpcore's sync backend, with every wait cut short at the request's deadline."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> DeadlineStream:
        timeout = _left(timeout, "ConnectTimeout")
        return DeadlineStream(
            self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> DeadlineStream:
        timeout = _left(timeout, "ConnectTimeout")
        return DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install_deadline(transport: object) -> bool:
    """Put DeadlineBackend under an httpx transport's connection pool (a proxy's included);
    False when this httpx keeps its pool elsewhere (the deadline then still bounds each
    wait at the start of a request and the body between chunks)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None or not callable(getattr(backend, "connect_tcp", None)):
        return False
    if not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return True


async def within(seconds: float, exchange: Any) -> Any:
    """Await `exchange` for at most `seconds`; past that, cancel it and raise TimeoutError."""
    import asyncio  # here, so that sync programs do not pay for importing it

    timeout = getattr(asyncio, "timeout", None)
    if timeout is None:  # Python 3.10, where asyncio.TimeoutError is not TimeoutError
        try:
            return await asyncio.wait_for(exchange, seconds)
        except asyncio.TimeoutError:
            raise TimeoutError from None
    async with timeout(seconds):
        return await exchange


# --- the body ------------------------------------------------------------------------------


class BodyTooLarge(Exception):
    """The body grew past the limit; the client turns this into ResponseTooLargeError."""


# Output per zlib call: a compressed chunk that inflates a thousandfold still costs only this.
_PIECE = 256 * 1024


class _Inflate:
    """gzip or deflate, producing at most the room it is given per call."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._wbits = zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS
        # deflate comes with a zlib header or, from some servers, without: the first two
        # bytes tell (RFC 1950), so they wait until both are here.
        self._head = b""
        self._zlib: Any = None if not self._gzip else zlib.decompressobj(self._wbits)
        self._fed = False

    def decode(self, data: bytes, room: int) -> bytes:
        self._fed = self._fed or bool(data)
        if self._zlib is None:
            self._head += data
            if len(self._head) < 2:
                return b""
            data, cmf, flg = self._head, self._head[0], self._head[1]
            self._head = b""
            zlib_header = cmf & 0x0F == 8 and (cmf << 8 | flg) % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        pieces = []
        while data:
            try:
                piece = self._zlib.decompress(data, min(room + 1, _PIECE))
            except zlib.error as exc:
                raise httpx.DecodingError(str(exc)) from exc
            room -= len(piece)
            if room < 0:
                raise BodyTooLarge
            pieces.append(piece)
            data = self._zlib.unconsumed_tail
            if not data and self._zlib.eof and self._zlib.unused_data and self._gzip:
                data = self._zlib.unused_data  # another gzip member follows
                self._zlib = zlib.decompressobj(self._wbits)
        return b"".join(pieces)

    def finish(self) -> None:
        if self._fed and (self._zlib is None or not self._zlib.eof):
            raise httpx.DecodingError("the compressed body ends before its end marker")


class BodyReader:
    """A body's raw chunks in, its decoded bytes out, never holding more than `limit`."""

    def __init__(self, limit: int, content_encoding: str | None) -> None:
        self.limit = limit
        self._chunks: list[bytes] = []
        self._size = 0
        self._raw = 0
        self._decoders: list[_Inflate] = []
        if content_encoding:
            for encoding in reversed(content_encoding.lower().split(",")):
                encoding = encoding.strip()
                if encoding in ("gzip", "x-gzip", "deflate"):
                    self._decoders.append(_Inflate(encoding))
                elif encoding not in ("", "identity"):
                    raise httpx.DecodingError(f"unsupported Content-Encoding {encoding!r}")

    def feed(self, raw: bytes) -> None:
        self._raw += len(raw)
        if self._raw > self.limit:
            raise BodyTooLarge
        data = raw
        for decoder in self._decoders:
            data = decoder.decode(data, self.limit - self._size)
        if data:
            self._size += len(data)
            if self._size > self.limit:
                raise BodyTooLarge
            self._chunks.append(data)

    def body(self) -> bytes:
        for decoder in self._decoders:
            decoder.finish()
        chunks = self._chunks
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
