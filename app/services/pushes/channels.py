"""Outbound channels: WeChat subscribe messages and a signed webhook, each saying how a failure ends."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

import httpx

# WeChat error codes (developers.weixin.qq.com, 订阅消息 / 全局返回码).
TOKEN_INVALID = frozenset({40001, 40014, 42001})  # fetch a new access token and try once more
REVOKED = frozenset({43101})  # the user refused or used up the subscription: stop pushing to them
PERMANENT = frozenset({40003, 40037, 41030, 47003})  # bad openid, template, page or data: retrying cannot help
TOKEN_MARGIN_S = 300.0  # renew this long before WeChat says the token expires


class Outcome(StrEnum):
    RETRY = "retry"  # try again later, up to the attempt limit
    DEAD = "dead"  # will never succeed as it is
    REVOKED = "revoked"  # the recipient withdrew consent for this channel


class DeliveryFailed(Exception):
    def __init__(self, outcome: Outcome, reason: str) -> None:
        super().__init__(reason)
        self.outcome = outcome
        self.reason = reason


@dataclass(frozen=True, slots=True, kw_only=True)
class Message:
    """What one push says, whatever carries it."""

    request_id: str
    audience: str
    recipient_id: int
    openid: str | None
    title: str  # e.g. "电焊工 等3个岗位"
    summary: str  # the first item's explanation
    items: list[dict[str, Any]]
    planned_at: str  # local date and time, for the message


class Channel(Protocol):
    def deliver(self, message: Message) -> None:
        """Return when delivered; raise DeliveryFailed otherwise."""


class WeChatSubscribe:
    """`message/subscribe/send` with a cached access token (cgi-bin/token), over one httpx client."""

    def __init__(
        self, client: httpx.Client, base_url: str, appid: str, secret: str, template_id: str, page: str
    ) -> None:
        self._client = client
        self._base = base_url.rstrip("/")
        self._appid, self._secret, self._template, self._page = appid, secret, template_id, page
        self._token: tuple[str, float] | None = None
        self._lock = threading.Lock()

    def deliver(self, message: Message) -> None:
        if not message.openid:
            raise DeliveryFailed(Outcome.REVOKED, "no WeChat openid on the profile")
        for fresh in (False, True):
            code, text = self._send(message, self._access_token(renew=fresh))
            if code == 0:
                return
            if code not in TOKEN_INVALID:
                break
        if code in REVOKED:
            raise DeliveryFailed(Outcome.REVOKED, f"wechat {code}: {text}")
        raise DeliveryFailed(Outcome.DEAD if code in PERMANENT else Outcome.RETRY, f"wechat {code}: {text}")

    def _send(self, message: Message, token: str) -> tuple[int, str]:
        body = {
            "touser": message.openid,
            "template_id": self._template,
            "lang": "zh_CN",
            "page": f"{self._page}?push={message.request_id}",
            "data": {
                "thing1": {"value": _thing(message.title)},
                "thing2": {"value": _thing(message.summary)},
                "time3": {"value": message.planned_at},
            },
        }
        reply = _json(self._post(f"{self._base}/cgi-bin/message/subscribe/send", body, token))
        return int(reply.get("errcode", -1)), str(reply.get("errmsg", ""))

    def _post(self, url: str, body: dict[str, Any], token: str) -> httpx.Response:
        try:
            return self._client.post(
                url, params={"access_token": token}, content=json.dumps(body, ensure_ascii=False).encode()
            )
        except httpx.HTTPError as error:
            raise DeliveryFailed(Outcome.RETRY, f"wechat unreachable: {error!r}") from error

    def _access_token(self, *, renew: bool) -> str:
        with self._lock:
            if self._token is None or renew or self._token[1] <= time.monotonic():
                self._token = self._fetch_token()
            return self._token[0]

    def _fetch_token(self) -> tuple[str, float]:
        try:
            reply = _json(
                self._client.get(
                    f"{self._base}/cgi-bin/token",
                    params={"grant_type": "client_credential", "appid": self._appid, "secret": self._secret},
                )
            )
        except httpx.HTTPError as error:
            raise DeliveryFailed(Outcome.RETRY, f"wechat token unreachable: {error!r}") from error
        if "access_token" not in reply:
            raise DeliveryFailed(Outcome.RETRY, f"wechat token {reply.get('errcode')}: {reply.get('errmsg')}")
        expires_s = float(reply.get("expires_in", 7200))
        return str(reply["access_token"]), time.monotonic() + max(expires_s - TOKEN_MARGIN_S, 1.0)


class SignedWebhook:
    """POST the message as JSON with `X-Jobcircle-Signature: sha256=HMAC(secret, timestamp + "." + body)`.
    `X-Jobcircle-Delivery` is the same on every retry, so a receiver can drop repeats."""

    def __init__(self, client: httpx.Client, url: str, secret: str) -> None:
        self._client, self._url, self._secret = client, url, secret.encode()

    def deliver(self, message: Message) -> None:
        body = json.dumps(
            {
                "request_id": message.request_id,
                "audience": message.audience,
                "recipient_id": message.recipient_id,
                "title": message.title,
                "items": message.items,
            },
            ensure_ascii=False,
        ).encode()
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Jobcircle-Delivery": message.request_id,
            "X-Jobcircle-Timestamp": timestamp,
            "X-Jobcircle-Signature": sign(self._secret, timestamp, body),
        }
        try:
            response = self._client.post(self._url, content=body, headers=headers)
        except httpx.HTTPError as error:
            raise DeliveryFailed(Outcome.RETRY, f"webhook unreachable: {error!r}") from error
        if response.is_success:
            return
        if response.status_code == 410:
            raise DeliveryFailed(Outcome.REVOKED, "webhook 410: the recipient is gone")
        retry = response.status_code >= 500 or response.status_code in (408, 429)
        raise DeliveryFailed(Outcome.RETRY if retry else Outcome.DEAD, f"webhook {response.status_code}")


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _thing(text: str) -> str:
    """WeChat's `thing` fields take at most 20 characters."""
    return text if len(text) <= 20 else text[:19] + "…"


def _json(response: httpx.Response) -> dict[str, Any]:
    if response.status_code >= 500:
        raise DeliveryFailed(Outcome.RETRY, f"HTTP {response.status_code}")
    try:
        reply = response.json()
    except ValueError as error:
        raise DeliveryFailed(Outcome.RETRY, f"HTTP {response.status_code}: not JSON") from error
    return reply if isinstance(reply, dict) else {}
