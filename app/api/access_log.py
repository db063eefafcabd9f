"""ASGI middleware: one log line per request, and its id in the `X-Request-Id` response header.

Pure ASGI rather than `@app.middleware("http")`: Starlette's BaseHTTPMiddleware runs each request in a task of
its own and streams the response through memory channels, which cost every request about as much CPU as the
rest of the framework's work on a signed-in read (bench/README.md, "the floor").
"""

from __future__ import annotations

import logging
import time
import uuid

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("jobcircle.http")

REQUEST_ID_HEADER = "x-request-id"
REQUEST_ID_MAX = 200  # a longer one sent by a client is cut, not echoed whole into logs


class AccessLog:
    """Logs `GET /v1/... 200 3.1ms id=... user=7` when the response has been sent (user: who signed in, if anyone)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = (Headers(scope=scope).get(REQUEST_ID_HEADER) or uuid.uuid4().hex[:16])[:REQUEST_ID_MAX]
        started = time.perf_counter()
        status = 500  # what the client gets when the app fails before it starts a response

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            user = scope.get("state", {}).get("user_id")
            logger.info(
                "%s %s %d %.1fms id=%s%s",
                scope["method"],
                scope["path"],
                status,
                (time.perf_counter() - started) * 1000,
                request_id,
                "" if user is None else f" user={user}",
            )
