"""ASGI middleware: POST with an Idempotency-Key header replays the first response for the same request."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import error_response
from app.services import idempotency
from app.services.errors import AppError, InvalidField

KEY = re.compile(r"^[\x21-\x7e]{1,200}$")  # printable ASCII, no spaces, as in the IETF draft's examples


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope) if scope["type"] == "http" else None
        key = headers.get(idempotency.HEADER) if headers is not None and scope["method"] == "POST" else None
        if key is None or headers is None:
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        path = scope["path"]
        runtime = scope["app"].state.runtime
        sessions, vault, slots = runtime.sessions, runtime.vault, scope["app"].state.db_slots
        try:
            if not KEY.match(key):
                raise InvalidField(idempotency.HEADER, "must be 1 to 200 printable ASCII characters, e.g. a UUID")
            async with slots:
                replay = await run_in_threadpool(
                    idempotency.begin,
                    sessions,
                    vault,
                    key,
                    path,
                    _request_hash(scope, headers, body),
                    runtime.settings.idempotency_pending_s,
                )
        except AppError as error:
            await error_response(error)(scope, receive, send)
            return
        if replay is not None:
            await _send(send, replay.status_code, replay.content_type, replay.body, replayed=True)
            return
        captured = _Captured()
        scope.setdefault("state", {})["idempotency"] = (key, path)  # the request's session marks it committed
        try:
            await self.app(scope, _replaying(body), captured.send)
        finally:
            async with slots:  # taken after the request's own session gave its slot back: never two at once
                if captured.status is not None and captured.status < 500:
                    # Stored before the client sees it: a retry sent the moment the answer arrives replays it.
                    await run_in_threadpool(
                        idempotency.finish,
                        sessions,
                        vault,
                        key,
                        path,
                        idempotency.Replay(captured.status, captured.content_type, b"".join(captured.body)),
                    )
                else:
                    await run_in_threadpool(idempotency.abandon, sessions, key, path)
        for message in captured.messages:
            await send(message)


class _Captured:
    """The response, held back until it is stored (API responses here are small JSON bodies)."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.status: int | None = None
        self.content_type: str | None = None
        self.body: list[bytes] = []

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = int(message["status"])
            self.content_type = Headers(raw=message.get("headers", [])).get("content-type")
        elif message["type"] == "http.response.body":
            self.body.append(bytes(message.get("body", b"")))
        self.messages.append(message)


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        chunks.append(bytes(message.get("body", b"")))
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replaying(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _request_hash(scope: Scope, headers: Headers, body: bytes) -> str:
    """The same request, byte for byte, except a multipart body's random boundary, from the same credential: the
    stored answer may hold a profile, so another caller reusing the key gets a 422, never that answer."""
    content_type = headers.get("content-type", "")
    boundary = re.search(r"boundary=\"?([^\";]+)", content_type)
    if boundary:
        body = body.replace(boundary[1].encode(), b"BOUNDARY")
        content_type = content_type.replace(boundary[1], "BOUNDARY")
    digest = hashlib.sha256()
    for part in (
        scope["method"].encode(),
        scope["path"].encode(),
        scope.get("query_string", b""),
        content_type.encode(),
        headers.get("authorization", "").encode(),
        headers.get("x-api-key", "").encode(),
        body,
    ):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


async def _send(send: Send, status: int, content_type: str | None, body: bytes, *, replayed: bool = False) -> None:
    headers: list[Any] = [(b"content-length", str(len(body)).encode())]
    if content_type:
        headers.append((b"content-type", content_type.encode()))
    if replayed:
        headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
