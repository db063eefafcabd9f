"""ASGI middleware: one log line and the metrics per request, and its id in the `X-Request-Id` response header.

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

from app.metrics import HTTP_REQUEST_SECONDS, HTTP_REQUESTS, IN_FLIGHT, UNMATCHED_ROUTE

logger = logging.getLogger("jobcircle.http")

REQUEST_ID_HEADER = "x-request-id"
REQUEST_ID_MAX = 200  # a longer one sent by a client is cut, not echoed whole into logs


class AccessLog:
    """Logs `GET /v1/... 200 3.1ms id=... user=7` when the response has been sent (user: who signed in, if anyone),
    with the same as fields for a JSON line; counts and times the request under its route template."""

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

        IN_FLIGHT.enter()
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            IN_FLIGHT.leave()
            elapsed_s = time.perf_counter() - started
            method, route = scope["method"], route_template(scope)
            HTTP_REQUESTS.labels(method, route, str(status)).inc()
            HTTP_REQUEST_SECONDS.labels(method, route).observe(elapsed_s)
            user = scope.get("state", {}).get("user_id")
            fields = {
                "method": method,
                "route": route,
                "path": scope["path"],
                "status": status,
                "duration_ms": round(elapsed_s * 1000, 1),
                "request_id": request_id,
                "user_id": user,  # the account's number only: names and phones never enter the log
            }
            logger.info(
                "%s %s %d %.1fms id=%s%s",
                method,
                scope["path"],
                status,
                elapsed_s * 1000,
                request_id,
                "" if user is None else f" user={user}",
                extra=fields,
            )


def route_template(scope: Scope) -> str:
    """`/v1/jobs/{job_id}`, never the path itself: one label value per route, however many ids are asked for."""
    route = scope.get("route")  # set by the router on the scope every middleware shares
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else UNMATCHED_ROUTE
