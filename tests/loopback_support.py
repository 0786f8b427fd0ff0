"""A tiny scripted HTTP server on 127.0.0.1 for tests the fake Datadog does not cover yet
(pages, OAuth, operations that exist only in a regenerated temporary tree).

    with Loopback(lambda request: (200, {"data": []})) as server:
        ... Configuration(host=server.url) ...
        server.requests[0].query  # {"filter[env]": ["prod"]}

Subprocesses (the regeneration test) import it from the tests folder.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Seen:
    method: str
    path: str  # without the query
    raw_path: str  # as sent
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any  # decoded JSON, or None


Responder = Callable[[Seen], tuple[int, Any]]


class Loopback:
    def __init__(self, respond: Responder) -> None:
        self.respond = respond
        self.requests: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                seen = Seen(
                    self.command,
                    parts.path,
                    self.path,
                    parse_qs(parts.query, keep_blank_values=True),
                    dict(self.headers.items()),
                    json.loads(raw) if raw else None,
                )
                server.requests.append(seen)
                status, document = server.respond(seen)
                payload = b"" if document is None else json.dumps(document).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> Loopback:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
