"""WeChat mini-program sign-in: a wx.login() code exchanged for the user's openid (code2Session)."""

from __future__ import annotations

import logging

import httpx

from app.services.errors import InvalidField, NotAuthenticated, Unavailable

logger = logging.getLogger(__name__)


class WeChatUnavailable(Unavailable):
    """WeChat could not be asked (a 503, not a 401: the user's code may be fine); the client may retry."""


def openid_for_code(client: httpx.Client, base_url: str, appid: str, secret: str, code: str) -> str:
    if not appid or not secret:
        raise InvalidField("code", "WeChat sign-in is not configured (JOBCIRCLE_WECHAT_APPID/SECRET)")
    params = {"appid": appid, "secret": secret, "js_code": code, "grant_type": "authorization_code"}
    try:
        response = client.get(f"{base_url.rstrip('/')}/sns/jscode2session", params=params)
        body = response.json()
    except (httpx.HTTPError, ValueError) as error:
        logger.warning("code2Session failed: %s", type(error).__name__)
        raise WeChatUnavailable("WeChat could not be reached; try again") from error
    if not isinstance(body, dict) or body.get("errcode") or not body.get("openid"):
        errcode = body.get("errcode") if isinstance(body, dict) else None
        logger.info("code2Session refused the code: errcode=%s", errcode)  # never log the code or the openid
        raise NotAuthenticated("the WeChat login code is invalid or used; call wx.login() again")
    return str(body["openid"])
