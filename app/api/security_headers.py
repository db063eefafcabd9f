"""ASGI middleware: security headers on every response, and a content security policy on every HTML page.

Every response says `nosniff` and sends no referrer. An HTML page may only be framed by nobody and may only
load what the service itself serves. The API docs (/docs, /redoc) load their viewers from the service too
(app/docs_assets); their policy differs only in what the viewers need: Swagger UI's one inline start-up script,
allowed by its hash (the page sets that policy itself, see docs_policy), and ReDoc's search worker, made from a blob.
"""

from __future__ import annotations

import base64
import hashlib
import re

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

EVERY_RESPONSE = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
DOCS_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def docs_policy(page: str) -> str:
    """DOCS_POLICY, allowing the page's own inline scripts (and only those) by their SHA-256."""
    hashes = [hashlib.sha256(script.encode()).digest() for script in INLINE_SCRIPT.findall(page)]
    sources = "".join(f" 'sha256-{base64.b64encode(digest).decode()}'" for digest in hashes)
    return DOCS_POLICY.replace("script-src 'self'", f"script-src 'self'{sources}", 1)


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = str(scope.get("path", "")).startswith(DOCS_PATHS)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in EVERY_RESPONSE.items():
                    headers.setdefault(name, value)
                if headers.get("content-type", "").startswith("text/html"):
                    headers.setdefault("Content-Security-Policy", DOCS_POLICY if docs else PAGE_POLICY)
                    headers.setdefault("X-Frame-Options", "DENY")
            await send(message)

        await self.app(scope, receive, send_with_headers)
