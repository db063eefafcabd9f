"""ASGI middleware: requests per client address a minute, and the largest request body, streamed or not.

Pure ASGI rather than BaseHTTPMiddleware: a body is counted as it arrives and never buffered here,
so an upload streams through and an oversized one is cut off at the cap, not after it has landed.
"""

from __future__ import annotations

from collections.abc import Sequence
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import error_response
from app.config import Settings
from app.services.errors import AppError, TooLarge
from app.services.identity.ratelimit import RateLimiter

# Probes and the scraper poll from one address, and must get answers while others wait.
UNLIMITED_PATHS = frozenset({"/livez", "/readyz", "/healthz", "/metrics"})
UPLOAD_PATH = "/v1/uploads"  # multipart sheets: capped at upload_max_bytes, the service says which file is too big
MULTIPART_SLACK_BYTES = 64 * 1024  # boundaries, part headers and the small form fields around the file

Network = IPv4Network | IPv6Network


class RequestLimits:
    """Reads the limiter from app.state.limiter on each request, the one the auth dependency uses."""

    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.ip_limit_per_min = settings.rate_limit_ip_per_min
        self.body_max_bytes = settings.body_max_bytes
        self.upload_max_bytes = settings.upload_max_bytes + MULTIPART_SLACK_BYTES
        self.trusted_proxies = [ip_network(p, strict=False) for p in settings.trusted_proxies]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        ip = client_ip(scope, headers, self.trusted_proxies)
        scope.setdefault("state", {})["client_ip"] = ip  # request.state.client_ip, for the login limits
        cap_bytes = self._cap_bytes(scope)
        try:
            if scope["path"] not in UNLIMITED_PATHS:
                limiter: RateLimiter = scope["app"].state.limiter
                limiter.check(f"ip:{ip}", self.ip_limit_per_min)
            if _declared_length(headers) > cap_bytes:
                raise _too_large(cap_bytes)
        except AppError as error:
            await _refuse(error)(scope, receive, send)
            return
        await _CappedBody(self.app, cap_bytes).run(scope, receive, send)

    def _cap_bytes(self, scope: Scope) -> int:
        is_upload = scope["method"] == "POST" and scope["path"].rstrip("/") == UPLOAD_PATH
        return self.upload_max_bytes if is_upload else self.body_max_bytes


def client_ip(scope: Scope, headers: Headers, trusted_proxies: Sequence[Network]) -> str:
    """The peer, or, when the peer is a trusted proxy, the nearest untrusted address it forwarded for."""
    peer = scope["client"][0] if scope.get("client") else "unknown"
    if not _is_trusted(peer, trusted_proxies):
        return peer
    forwarded = [a.strip() for a in ",".join(headers.getlist("x-forwarded-for")).split(",") if a.strip()]
    # Read from the right: each trusted proxy appended the address it saw; anything further left
    # was written by the client and may be invented.
    for address in reversed(forwarded):
        if not _is_trusted(address, trusted_proxies):
            return address
    return forwarded[0] if forwarded else peer


def _is_trusted(address: str, trusted_proxies: Sequence[Network]) -> bool:
    try:
        ip = ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted_proxies)


def _declared_length(headers: Headers) -> int:
    try:
        return int(headers.get("content-length", "0"))
    except ValueError:
        return 0  # the server refuses a malformed length itself; a streamed body is counted anyway


def _too_large(cap_bytes: int) -> TooLarge:
    return TooLarge("body", f"the request body must be at most {cap_bytes} bytes")


def _refuse(error: AppError) -> JSONResponse:
    response = error_response(error)
    if isinstance(error, TooLarge):
        response.headers["Connection"] = "close"  # stop reading: the rest of the body would be read only to be dropped
    return response


class _BodyOverCap(Exception):
    """Raised into the app from receive(); whatever the app makes of it, the client gets a 413."""


class _CappedBody:
    """One request: counts body bytes as the app reads them and answers 413 once they pass the cap."""

    def __init__(self, app: ASGIApp, cap_bytes: int) -> None:
        self.app = app
        self.cap_bytes = cap_bytes
        self.received_bytes = 0
        self.over_cap = False
        self.response_started = False

    async def run(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def counted_receive() -> Message:
            if self.over_cap:
                return {"type": "http.disconnect"}
            message = await receive()
            self.received_bytes += len(message.get("body", b""))
            if self.received_bytes > self.cap_bytes:
                self.over_cap = True
                raise _BodyOverCap()
            return message

        async def guarded_send(message: Message) -> None:
            if self.over_cap:
                return  # the app's answer to a truncated body (often a 400) is replaced by ours
            self.response_started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except _BodyOverCap:
            pass
        except Exception:
            if not self.over_cap:
                raise
        if self.over_cap and not self.response_started:
            await _refuse(_too_large(self.cap_bytes))(scope, receive, send)
