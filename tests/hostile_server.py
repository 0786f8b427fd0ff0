"""A hostile HTTP/1.1 server on 127.0.0.1 for the fault tests: it reads each request whole,
records it, then plays a scenario on the raw socket (drips, floods, resets, bombs).

Every scenario is bounded: it stops when the client goes away, when the server is closed,
or after `HostileServer.limit` seconds, whichever comes first.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Seen:
    """One request as it arrived."""

    method: str
    target: str
    headers: dict[str, str]  # names in lower case
    body: bytes

    def has_key(self, *keys: str) -> bool:
        """Whether any of these secrets arrived anywhere in the request."""
        text = " ".join([self.target, *self.headers.values()]) + self.body.decode("latin-1")
        return any(key in text for key in keys)


@dataclass
class Wire:
    """The scenario's side of one exchange: write, drip, and know when to stop."""

    connection: socket.socket
    request: Seen
    number: int  # 0 for the first request the server saw
    stop: threading.Event
    until: float  # time.monotonic() past which the scenario must end

    def send(self, data: bytes) -> bool:
        """Write everything; False once the client has gone or time is up."""
        if self.stop.is_set() or time.monotonic() > self.until:
            return False
        try:
            self.connection.sendall(data)
        except OSError:
            return False
        return True

    def drip(self, data: bytes, every: float) -> bool:
        """Write one byte at a time, `every` seconds apart."""
        for index in range(len(data)):
            if not self.send(data[index : index + 1]) or self.stop.wait(every):
                return False
        return True

    def reset(self) -> None:
        """Abort the connection: the client sees a reset, not a clean close."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()


Scenario = Callable[[Wire], None]


def answer(
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    reason: str = "X",
) -> bytes:
    """A complete HTTP/1.1 answer that closes the connection."""
    fields = {"Content-Length": str(len(body)), "Connection": "close", **(headers or {})}
    head = "".join(f"{k}: {v}\r\n" for k, v in fields.items())
    return f"HTTP/1.1 {status} {reason}\r\n{head}\r\n".encode("latin-1") + body


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


_ZEROS = bytes(1 << 20)  # made once, so that it does not count in a test's memory


def gzip_bomb(wire: Wire, inflated: int = 1 << 30) -> None:
    """A 200 whose gzip body inflates to `inflated` bytes of zeros (1 GiB: about 1 MB sent).
    Compressed as it is sent, so the work stops when the client does."""
    if not wire.send(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    ):
        return
    block = _ZEROS
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    for _ in range(inflated // len(block)):
        if not wire.send(chunk(compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH))):
            return
    wire.send(chunk(compressor.flush()) + b"0\r\n\r\n")


class HostileServer:
    """`with HostileServer(scenario) as server:` then point a client at `server.url`.

    `scenario(wire)` plays each exchange; `requests` lists what arrived, oldest first.
    """

    def __init__(self, scenario: Scenario, *, limit: float = 10.0) -> None:
        self.scenario = scenario
        self.limit = limit
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.socket()
        self._listener.bind((HOST, 0))
        self._listener.listen(64)
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://{HOST}:{self.port}"
        self._threads: list[threading.Thread] = []
        self._connections: list[socket.socket] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> HostileServer:
        self._acceptor.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self._acceptor.join(5)
        for thread in self._threads:
            thread.join(5)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._connections.append(connection)
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(self.limit)
            try:
                request = _read_request(connection)
            except (OSError, ValueError):
                return
            if request is None:
                return
            with self._lock:
                number = len(self.requests)
                self.requests.append(request)
            wire = Wire(connection, request, number, self._stop, time.monotonic() + self.limit)
            with contextlib.suppress(OSError):
                self.scenario(wire)


def _read_request(connection: socket.socket) -> Seen | None:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = connection.recv(65536)
        if not piece:
            return None
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, Any] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        piece = connection.recv(65536)
        if not piece:
            return None
        body += piece
    return Seen(method, target, headers, body[:length])


@dataclass
class VirtualSleep:
    """A real clock that sleeps by jumping forward: retries wait without waiting, while a
    server's drip still takes real time."""

    offset: float = 0.0
    waits: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return time.monotonic() + self.offset

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.offset += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
