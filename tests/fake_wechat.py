"""A local stand-in for api.weixin.qq.com speaking the real shapes: cgi-bin/token, then
message/subscribe/send. It records every delivered message and fails on request."""

from __future__ import annotations

import os
import signal
import threading
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request


@dataclass
class FakeWeChat:
    appid: str = "wx-test-app"
    secret: str = "wx-test-secret"
    delivered: list[dict[str, Any]] = field(default_factory=list)
    # openid -> errcode returned for it (43101: the user revoked the subscription)
    errcode_for: dict[str, int] = field(default_factory=dict)
    fail_first: int = 0  # the first N sends answer -1 (system busy)
    expire_token_once: bool = False  # the first send answers 42001 (token expired)
    kill_pid_at: int | None = None  # SIGKILL this pid when the n-th message arrives, before answering
    kill_at: int = 0
    tokens_issued: int = 0
    sends: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.get("/cgi-bin/token")
        def token(grant_type: str, appid: str, secret: str) -> dict[str, Any]:
            if grant_type != "client_credential" or (appid, secret) != (self.appid, self.secret):
                return {"errcode": 40013, "errmsg": "invalid appid"}
            with self.lock:
                self.tokens_issued += 1
                return {"access_token": f"token-{self.tokens_issued}", "expires_in": 7200}

        @app.get("/sns/jscode2session")
        def code2session(appid: str, secret: str, js_code: str, grant_type: str) -> dict[str, Any]:
            """Codes look like `code-<openid>`; anything else is refused as WeChat does (40029)."""
            if grant_type != "authorization_code" or (appid, secret) != (self.appid, self.secret):
                return {"errcode": 40013, "errmsg": "invalid appid"}
            if not js_code.startswith("code-"):
                return {"errcode": 40029, "errmsg": "invalid code"}
            return {"openid": js_code.removeprefix("code-"), "session_key": "not-used"}

        @app.post("/cgi-bin/message/subscribe/send")
        async def send(request: Request, access_token: str) -> dict[str, Any]:
            body = await request.json()
            with self.lock:
                self.sends += 1
                if not access_token.startswith("token-"):
                    return {"errcode": 40001, "errmsg": "invalid credential"}
                if self.expire_token_once:
                    self.expire_token_once = False
                    return {"errcode": 42001, "errmsg": "access_token expired"}
                if self.fail_first > 0:
                    self.fail_first -= 1
                    return {"errcode": -1, "errmsg": "system error"}
                code = self.errcode_for.get(body["touser"], 0)
                if code:
                    return {"errcode": code, "errmsg": "refused"}
                self.delivered.append(body)
                if self.kill_pid_at is not None and len(self.delivered) == self.kill_at:
                    os.kill(self.kill_pid_at, signal.SIGKILL)  # the sender dies waiting for this answer
            return {"errcode": 0, "errmsg": "ok", "msgid": len(self.delivered)}

        return app

    def request_ids(self) -> list[str]:
        return [str(m["page"]).split("push=")[1] for m in self.delivered]
