"""Sign-in (staff by phone and password, jobseekers by WeChat), accounts and API keys."""

from __future__ import annotations

from typing import Annotated

import anyio
from fastapi import APIRouter, Depends, Query, Request, Response, status

from app.api.deps import PrincipalDep, RuntimeDep, SessionDep, in_worker
from app.api.errors import CONFLICT_RESPONSE, ERROR_RESPONSES
from app.runtime import Runtime
from app.schemas.auth import (
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyOut,
    PasswordChange,
    PasswordLogin,
    StaffFilter,
    StaffName,
    Token,
    UserCreate,
    UserOut,
    WeChatLogin,
)
from app.schemas.common import ErrorBody, Page, PathId
from app.services.identity import accounts
from app.services.identity.accounts import Credentials, WeChatApp
from app.services.identity.ratelimit import limit_login

router = APIRouter(tags=["auth"], responses=ERROR_RESPONSES)
Limit = Annotated[int, Query(ge=1, le=100)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


async def get_credentials(runtime: RuntimeDep) -> Credentials:
    return Credentials(runtime.issuer, runtime.vault)


async def get_wechat_app(runtime: RuntimeDep) -> WeChatApp:
    s = runtime.settings
    return WeChatApp(s.wechat_base_url, s.wechat_appid, s.wechat_secret, s.push_timeout_s)


CredentialsDep = Annotated[Credentials, Depends(get_credentials)]


@router.post("/v1/auth/login", summary="手机号密码登录", response_model=Token)
async def login(
    payload: PasswordLogin, request: Request, session: SessionDep, creds: CredentialsDep, runtime: RuntimeDep
) -> Token:
    """Staff and employer members: phone and password for a bearer token. Many attempts on one phone from
    elsewhere slow a sign-in by up to a few seconds; they never refuse the right password."""
    delay_s = _limit_login(runtime, request, payload.phone)
    if delay_s > 0:
        await anyio.sleep(delay_s)  # in the event loop: a slowed attempt holds no worker thread
    return await in_worker(accounts.login_with_password, session, creds, payload.phone, payload.password)


@router.post(
    "/v1/auth/wechat",
    summary="微信小程序登录",
    response_model=Token,
    responses={503: {"model": ErrorBody, "description": "WeChat could not be reached; try again"}},
)
def login_wechat(
    payload: WeChatLogin,
    request: Request,
    session: SessionDep,
    creds: CredentialsDep,
    wechat: Annotated[WeChatApp, Depends(get_wechat_app)],
    runtime: RuntimeDep,
) -> Token:
    """Jobseekers in the mini-program: the `wx.login()` code for a bearer token (code2Session)."""
    _limit_login(runtime, request, None)
    return accounts.login_with_wechat(session, creds, wechat, payload.code)


@router.get("/v1/auth/me", summary="查看当前账号", response_model=UserOut)
def me(principal: PrincipalDep, session: SessionDep, creds: CredentialsDep) -> UserOut:
    return accounts.get_me(session, creds.vault, principal)


@router.post("/v1/auth/password", summary="修改密码", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
def change_password(payload: PasswordChange, principal: PrincipalDep, session: SessionDep) -> Response:
    """Every token and API key issued before stops working."""
    accounts.change_password(session, principal, payload)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/v1/users",
    summary="创建账号",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses=CONFLICT_RESPONSE,
)
def create_user(payload: UserCreate, principal: PrincipalDep, session: SessionDep, creds: CredentialsDep) -> UserOut:
    """Admins create operators and admins; admins and operators create employer members."""
    return accounts.create_user(session, creds.vault, principal, payload)


@router.get("/v1/users", summary="账号列表", response_model=Page[UserOut])
def list_users(
    principal: PrincipalDep, session: SessionDep, creds: CredentialsDep, limit: Limit = 20, offset: Offset = 0
) -> Page[UserOut]:
    return accounts.list_users(session, creds.vault, principal, limit, offset)


@router.get("/v1/staff", summary="工作人员名称", response_model=Page[StaffName])
def staff_names(
    query: Annotated[StaffFilter, Query()], principal: PrincipalDep, session: SessionDep
) -> Page[StaffName]:
    """Staff: the names of staff accounts by number (who made a case's contacts and actions), without phones."""
    return accounts.staff_names(session, principal, query.id)


@router.post(
    "/v1/users/{user_id}/deactivate",
    summary="停用账号",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=CONFLICT_RESPONSE,
)
def deactivate_user(user_id: PathId, principal: PrincipalDep, session: SessionDep) -> Response:
    """The account can no longer sign in and its tokens and keys stop working at once."""
    accounts.deactivate_user(session, principal, user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/v1/auth/api-keys", summary="创建 API 密钥", status_code=status.HTTP_201_CREATED, response_model=ApiKeyCreated
)
def create_api_key(payload: ApiKeyCreate, principal: PrincipalDep, session: SessionDep) -> ApiKeyCreated:
    """For operator integrations; the key acts as you and is shown only in this response."""
    return accounts.create_api_key(session, principal, payload.name)


@router.get("/v1/auth/api-keys", summary="API 密钥列表", response_model=Page[ApiKeyOut])
def list_api_keys(
    principal: PrincipalDep, session: SessionDep, limit: Limit = 20, offset: Offset = 0
) -> Page[ApiKeyOut]:
    return accounts.list_api_keys(session, principal, limit, offset)


@router.delete(
    "/v1/auth/api-keys/{key_id}",
    summary="吊销 API 密钥",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
)
def revoke_api_key(key_id: PathId, principal: PrincipalDep, session: SessionDep) -> Response:
    accounts.revoke_api_key(session, principal, key_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def _limit_login(runtime: Runtime, request: Request, phone: str | None) -> float:
    """Before the password is checked: walls per client address (429 with Retry-After), a delay per phone."""
    ip = getattr(request.state, "client_ip", None) or (request.client.host if request.client else "unknown")
    return limit_login(request.app.state.limiter, runtime.settings, ip, phone)
