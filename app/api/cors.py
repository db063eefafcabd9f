"""CORS for the configured front-end origins only; any other origin gets no CORS header at all."""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Settings

METHODS = ("GET", "POST", "PATCH", "DELETE")
REQUEST_HEADERS = ("Authorization", "Content-Type", "Idempotency-Key", "X-API-Key", "X-Request-ID")
RESPONSE_HEADERS = ("Retry-After", "Location", "Idempotent-Replayed", "Content-Disposition", "X-Request-ID")


class ListedOriginsCors(CORSMiddleware):
    """Starlette's CORS, except that an unlisted origin is passed through untouched.

    Starlette would still send it Access-Control-Allow-Credentials and, on a preflight, the
    allowed methods and headers; browsers ignore those without a matching allow-origin, but an
    unlisted origin should learn nothing.
    """

    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        origins = list(settings.cors_origins)
        # "*" passes the validator only in development; it never comes with credentials.
        super().__init__(
            app,
            allow_origins=origins,
            allow_methods=METHODS,
            allow_headers=REQUEST_HEADERS,
            allow_credentials="*" not in origins,
            expose_headers=RESPONSE_HEADERS,
        )
        self.listed = frozenset(origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        origin = Headers(scope=scope).get("origin") if scope["type"] == "http" else None
        if origin is None or origin in self.listed or "*" in self.listed:
            await super().__call__(scope, receive, send)
            return

        async def vary_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Vary"] = ", ".join([*headers.getlist("Vary"), "Origin"])  # a cache must not share it
            await send(message)

        await self.app(scope, receive, vary_send)
