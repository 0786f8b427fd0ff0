"""A lean HTTP/1.1 server on 127.0.0.1 answering the two benchmarked GETs with fixed bodies.

The fake server (datadog_deployments.testing) is thread-per-connection and records, validates
and scripts every request: under load its own CPU, not the client's, sets the pace (see
benchmarks/README.md). This one is a single asyncio protocol that serves the example bodies of
openapi.yaml with keep-alive, checks that both key headers are present, and reports its own CPU
time at `GET /_bench/cpu`, so the benchmark can show it is not the bottleneck. A connection
that opens with the HTTP/2 preface is served as HTTP/2 over cleartext (h2c with prior
knowledge, through the h2 library), for the transport study in benchmarks/transports.py.

    python -m benchmarks.server [--port 0]   # prints "PORT <n>" once listening
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import time

from .expected import KEYS, RFC3339_DEPLOYMENT_ID, load_examples

HOST = "127.0.0.1"
_DORA_PREFIX = b"GET /api/v2/dora/deployments/"
_DORA_RFC3339_PREFIX = _DORA_PREFIX + RFC3339_DEPLOYMENT_ID.encode()
_GATE_PREFIX = b"GET /api/v2/deployments/gates/evaluation/"
_CPU = b"GET /_bench/cpu "
# Headers are compared lowercased and without the space after the colon; the keys are lowercase.
_KEY_LINES = tuple(f"{name}:{value}".lower().encode() for name, value in KEYS.items())
_MAX_HEAD = 65536


def _response(status: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


_EXAMPLES = load_examples()
_DORA = _response("200 OK", json.dumps(_EXAMPLES["dora"], separators=(",", ":")).encode())
_DORA_RFC3339 = _response(
    "200 OK", json.dumps(_EXAMPLES["dora_rfc3339"], separators=(",", ":")).encode()
)
_GATE = _response("200 OK", json.dumps(_EXAMPLES["gate"], separators=(",", ":")).encode())
_NOT_FOUND = _response("404 Not Found", b'{"errors":["Not Found"]}')
_FORBIDDEN = _response("403 Forbidden", b'{"errors":["Forbidden"]}')


def answer(head: bytes) -> bytes:
    """The response for one request head (request line and headers, without the blank line)."""
    if head.startswith(_CPU):
        cpu = json.dumps({"cpu": time.process_time(), "pid": os.getpid()}).encode()
        return _response("200 OK", cpu)
    if head.startswith(_DORA_RFC3339_PREFIX):
        body = _DORA_RFC3339
    elif head.startswith(_DORA_PREFIX):
        body = _DORA
    elif head.startswith(_GATE_PREFIX):
        body = _GATE
    else:
        return _NOT_FOUND
    lowered = head.lower().replace(b": ", b":")
    if not all(line in lowered for line in _KEY_LINES):
        return _FORBIDDEN
    return body


_H2_PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"


class _Http2:
    """One HTTP/2 connection: each request's pseudo-headers and headers become an HTTP/1.1
    style head for `answer`, whose status line and body are sent back as HTTP/2."""

    def __init__(self, transport: asyncio.Transport) -> None:
        import h2.config
        import h2.connection

        config = h2.config.H2Configuration(client_side=False, header_encoding=None)
        self._connection = h2.connection.H2Connection(config=config)
        self._connection.initiate_connection()
        self._transport = transport

    def received(self, data: bytes) -> None:
        import h2.events

        for event in self._connection.receive_data(data):
            if isinstance(event, h2.events.RequestReceived):
                fields = dict(event.headers)
                lines = [fields[b":method"] + b" " + fields[b":path"] + b" HTTP/2"]
                lines += [k + b": " + v for k, v in event.headers if not k.startswith(b":")]
                head, _, body = answer(b"\r\n".join(lines)).partition(b"\r\n\r\n")
                status = head.split(b" ", 2)[1]
                self._connection.send_headers(
                    event.stream_id,
                    [
                        (b":status", status),
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                )
                self._connection.send_data(event.stream_id, body, end_stream=True)
        self._transport.write(self._connection.data_to_send())


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self._buffer = b""
        self._transport: asyncio.Transport | None = None
        self._http2: _Http2 | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        if self._http2 is not None:
            self._http2.received(data)
            return
        buffer = self._buffer + data
        if len(buffer) < len(_H2_PREFACE) and _H2_PREFACE.startswith(buffer):
            self._buffer = buffer  # perhaps the start of the HTTP/2 preface: wait for the rest
            return
        if buffer.startswith(_H2_PREFACE) and self._transport is not None:
            self._http2 = _Http2(self._transport)
            self._http2.received(buffer)
            return
        answers = []
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            buffer = buffer[end + 4 :]
            # The benchmarked requests are GETs without a body; skip one if a client sends it.
            marker = head.lower().find(b"content-length:")
            if marker >= 0:
                size = int(head[marker + 15 :].split(b"\r\n", 1)[0])
                buffer = buffer[size:]
            answers.append(answer(head))
        if len(buffer) > _MAX_HEAD and self._transport is not None:
            self._transport.close()
            return
        self._buffer = buffer
        if answers and self._transport is not None:
            self._transport.write(b"".join(answers))


async def serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Protocol, HOST, port, backlog=256)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    actual = server.sockets[0].getsockname()[1]
    print(f"PORT {actual}", flush=True)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    asyncio.run(serve(args.port))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
