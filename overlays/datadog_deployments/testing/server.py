"""HTTP/1.1 on 127.0.0.1: sockets, parsing and writing; the logic lives in :mod:`.app`.

A slow or hostile client cannot hold a thread or make the fake allocate without bound: every
read waits at most `Listener.read_timeout`, a whole request (headers and body) must arrive
within `Listener.request_time_limit`, and a body above `Listener.max_body` is answered 413
without being read. Unreadable framing is a 400; only a bug in the fake itself is a 500.
"""

from __future__ import annotations

import contextlib
import io
import selectors
import socket
import socketserver
import sys
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .app import App
from .responses import Response, api_error, reason

HOST = "127.0.0.1"
_MAX_LINE = 65536


class _BadFraming(Exception):
    """The request body's framing (Content-Length or chunks) cannot be read."""


class _TooLarge(Exception):
    """The request body is larger than the fake accepts."""


class _DeadlineReader(io.RawIOBase):
    """The connection's reads, each bounded by the read timeout and by the request's deadline
    (a client sending one byte every few seconds must not hold the thread forever)."""

    def __init__(self, connection: socket.socket, handler: _Handler) -> None:
        super().__init__()
        self._connection = connection
        self._handler = handler

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        listener = self._handler.server
        left = self._handler.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request took longer than the fake allows")
        self._connection.settimeout(min(left, listener.read_timeout))
        return self._connection.recv_into(buffer)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive; every answer carries a Content-Length
    disable_nagle_algorithm = True
    server: Listener
    connection_number = 0

    deadline = 0.0

    def setup(self) -> None:
        super().setup()
        self.deadline = time.monotonic() + self.server.request_time_limit
        self._reader = io.BufferedReader(_DeadlineReader(self.connection, self))
        self.rfile = self._reader
        self.connection_number = self.server.track(self.connection)

    def handle_one_request(self) -> None:
        # Waiting for the next request on a kept-alive connection: read_timeout; then the
        # request itself gets request_time_limit in all.
        self.deadline = time.monotonic() + self.server.read_timeout
        if self._reader.peek(1):
            self.deadline = time.monotonic() + self.server.request_time_limit
        super().handle_one_request()

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.forget(self.connection)

    def log_message(self, format: str, *args: object) -> None:
        if self.server.log_requests:
            super().log_message(format, *args)

    def _exchange(self) -> None:
        app = self.server.app
        exchange = app.begin(self.command, self.path, self.headers.items(), self.connection_number)
        try:
            body = self._read_body() if exchange.read_body else b""
        except _BadFraming:
            self.close_connection = True
            self._write(api_error(400, "Bad Request: unreadable body framing"))
            return
        except _TooLarge:
            self.close_connection = True
            limit = self.server.max_body
            self._write(api_error(413, f"Payload Too Large: the fake accepts {limit} bytes"))
            return
        try:
            response = app.finish(exchange, body)
        except Exception:  # a bug in the fake itself: say so loudly, and answer
            traceback.print_exc()
            self.close_connection = True
            response = api_error(500, "fake-datadog internal error (see its stderr)")
        if response is None:  # an injected drop: no answer at all
            self.close_connection = True
            return
        self._write(response)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _exchange

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length = self.headers.get("Content-Length")
        if not length:
            return b""
        try:
            size = int(length)
        except ValueError:
            raise _BadFraming from None
        if size < 0:
            raise _BadFraming
        if size > self.server.max_body:
            raise _TooLarge
        body = self.rfile.read(size)
        if len(body) != size:
            raise _BadFraming
        return body

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(_MAX_LINE)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise _BadFraming from None
            if size == 0:
                while self.rfile.readline(_MAX_LINE) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            total += size
            if size < 0 or total > self.server.max_body:
                raise _TooLarge if size >= 0 else _BadFraming
            chunks.append(self.rfile.read(size))
            self.rfile.readline(_MAX_LINE)

    def _write(self, response: Response) -> None:
        """Status line, headers and body in one write (one packet for small answers)."""
        lines = [f"HTTP/1.1 {response.status} {reason(response.status)}"]
        if not any(name.lower() == "content-type" for name, _ in response.headers):
            lines.append(f"Content-Type: {response.content_type}")
        lines.append(f"Content-Length: {len(response.body)}")
        lines += [f"{name}: {value}" for name, value in response.headers]
        if self.close_connection:
            lines.append("Connection: close")
        elif self.request_version == "HTTP/1.0":
            lines.append("Connection: keep-alive")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head if self.command == "HEAD" else head + response.body)
        if self.server.log_requests:
            self.log_request(response.status, len(response.body))


class Listener(ThreadingHTTPServer):
    """A thread-per-connection HTTP server bound to 127.0.0.1 that knows its open connections,
    so that :meth:`close` ends idle keep-alive connections too."""

    daemon_threads = True
    request_queue_size = 128
    read_timeout = 10.0  # seconds one read may wait (and a kept-alive connection may idle)
    request_time_limit = 30.0  # seconds a whole request may take to arrive
    max_body = 1 << 20  # bytes; the API's own bodies are a few KiB

    def __init__(self, port: int, app: App, *, log_requests: bool) -> None:
        self.app = app
        self.log_requests = log_requests
        self._connections: set[socket.socket] = set()
        self._count = 0
        self._lock = threading.Lock()
        super().__init__((HOST, port), _Handler)
        self._wake_reader, self._wake_writer = socket.socketpair()

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, which can be slow: skip it.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = HOST, self.server_address[1]

    @property
    def port(self) -> int:
        return self.server_address[1]

    def track(self, connection: socket.socket) -> int:
        with self._lock:
            self._connections.add(connection)
            self._count += 1
            return self._count

    def forget(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # the client went away: nothing to report
        super().handle_error(request, client_address)

    def run(self) -> None:
        """Accept connections until :meth:`wake` is called."""
        self.socket.setblocking(False)
        with selectors.DefaultSelector() as selector:
            selector.register(self.socket, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while True:
                events = selector.select()
                if any(key.fileobj is self._wake_reader for key, _ in events):
                    return
                try:
                    request, address = self.socket.accept()
                except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                    continue
                request.setblocking(True)
                try:
                    self.process_request(request, address)
                except Exception:
                    self.handle_error(request, address)
                    self.shutdown_request(request)

    def wake(self) -> None:
        """Make :meth:`run` return."""
        self._wake_writer.send(b"x")

    def close(self) -> None:
        """Stop listening and end every open connection (call after :meth:`run` returned)."""
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)
        self.server_close()
        self._wake_reader.close()
        self._wake_writer.close()
