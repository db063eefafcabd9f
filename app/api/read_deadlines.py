"""Deadlines on reading a request, which uvicorn does not have: a client that opens a connection and sends its
headers (or its body) a byte at a time would otherwise hold the connection, and a slot of the server's, for as
long as it likes. `jobcircle serve` runs uvicorn with `DeadlineProtocol`.

- Headers: the whole head of a request must arrive within `header_timeout_s` of its first byte (or of the
  connection opening, for the first request); otherwise the answer is 408 and the connection closes.
- Body: no gap between two pieces longer than `body_idle_timeout_s`, and once that long has passed since the
  head, at least `min_body_rate_bps` on average; otherwise 408 and the connection closes. The application's
  `receive()` then sees `http.disconnect`, as if the client had gone.
Keep-alive idle time between requests stays uvicorn's own `timeout_keep_alive`.

The deadlines come from the settings (JOBCIRCLE_HEADER_TIMEOUT_S, ...), read once in each server process:
uvicorn hands the protocol class to its worker processes by name, so the class cannot carry them itself.
"""

from __future__ import annotations

import asyncio
import functools
import time
from dataclasses import dataclass
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.config import Settings

TIMEOUT_BODY = "请求发送过慢，连接已关闭（Request Timeout）".encode()
TIMEOUT_RESPONSE = (
    b"HTTP/1.1 408 Request Timeout\r\n"
    b"content-type: text/plain; charset=utf-8\r\n"
    b"content-length: " + str(len(TIMEOUT_BODY)).encode("ascii") + b"\r\n"
    b"connection: close\r\n"
    b"\r\n" + TIMEOUT_BODY
)


@dataclass(frozen=True)
class ReadDeadlines:
    header_timeout_s: float
    body_idle_timeout_s: float
    min_body_rate_bps: float


@functools.cache
def configured_deadlines() -> ReadDeadlines:
    settings = Settings()
    return ReadDeadlines(settings.header_timeout_s, settings.body_idle_timeout_s, settings.min_body_rate_bps)


class DeadlineProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with the read deadlines above."""

    deadlines: ReadDeadlines | None = None  # None: the settings'; a subclass may fix its own

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limits = self.deadlines or configured_deadlines()
        self.header_timeout_s = limits.header_timeout_s
        self.body_idle_timeout_s = limits.body_idle_timeout_s
        self.min_body_rate_bps = limits.min_body_rate_bps
        self._deadline: asyncio.TimerHandle | None = None
        self._body_started = 0.0
        self._body_bytes = 0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.header_timeout_s)  # a connection that never sends a byte is a slow head too

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._deadline is None:  # the first byte of a later request on a kept-alive connection
            self._arm(self.header_timeout_s)

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()
        self._body_started, self._body_bytes = time.monotonic(), 0
        self._arm(self.body_idle_timeout_s)  # disarmed at once by a request without a body

    def on_body(self, body: bytes) -> None:
        self._body_bytes += len(body)
        elapsed = time.monotonic() - self._body_started
        if elapsed > self.body_idle_timeout_s and self._body_bytes < self.min_body_rate_bps * elapsed:
            self._time_out()
            return
        self._arm(self.body_idle_timeout_s)
        super().on_body(body)

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()

    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._time_out)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _time_out(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        cycle = self.cycle
        if cycle is None or not cycle.response_started:
            self.transport.write(TIMEOUT_RESPONSE)
        if cycle is not None:  # the application, if waiting for the body, hears that the client has gone
            cycle.disconnected = True
            cycle.message_event.set()
        self.transport.close()
