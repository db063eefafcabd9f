"""Request dependencies: the per-request transaction and the matching objects."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Annotated, TypeVar, TypeVarTuple, Unpack

import anyio
import anyio.to_thread
from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from app.runtime import Runtime
from app.services import idempotency
from app.services.engine.matcher import Matcher
from app.services.errors import NotAuthenticated
from app.services.funnel.employments import EmploymentRules
from app.services.identity.accounts import (
    API_KEY_PREFIX,
    principal_for_api_key,
    principal_for_token,
)
from app.services.identity.principal import Principal
from app.services.identity.ratelimit import RateLimiter, limit_user
from app.services.identity.verified import accounts_changed
from app.services.privacy.vault import Vault
from app.services.stats.reports import StatsRules
from app.services.subsidies.rules import SubsidyRules

T = TypeVar("T")
Args = TypeVarTuple("Args")


async def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


async def db_slot(request: Request) -> AsyncIterator[None]:
    """One of the connections the pool can hand out, held from before the session opens until after it closes."""
    async with request.app.state.db_slots:
        yield


async def get_session(
    request: Request,
    runtime: Annotated[Runtime, Depends(get_runtime)],
    _slot: Annotated[None, Depends(db_slot, scope="function")],
) -> AsyncIterator[Session]:
    """Commit or roll back once per request, before the response is sent (scope="function").

    The session opens here in the event loop (it touches no connection until first used) and is finished in one
    worker-thread hop: each hop costs a request about 0.1 ms of CPU (bench/README.md). After a commit that touched
    an indexed row, this process catches up with the change feed at once, so the caller's next request already
    sees its own write. A request sent with an Idempotency-Key marks its key committed in the same transaction.
    """
    session = runtime.sessions()
    session.info["idempotency"] = request.scope.get("state", {}).get("idempotency")
    try:
        yield session
    except BaseException:
        with anyio.CancelScope(shield=True):  # a cancelled request still gives its connection back
            await anyio.to_thread.run_sync(_finish, session, False, runtime)
        raise
    if session.info.get("finished"):
        return  # committed and closed by `in_worker_finishing`, in the route's own hop
    with anyio.CancelScope(shield=True):
        await anyio.to_thread.run_sync(_finish, session, True, runtime)


def _finish(session: Session, commit: bool, runtime: Runtime) -> None:
    try:
        if commit:
            if session.info.get("idempotency"):
                idempotency.mark_committed(session, *session.info["idempotency"])
            session.commit()
        else:
            session.rollback()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
    if commit and session.info.get("index_changed"):
        runtime.feed.catch_up()
    if commit and accounts_changed(session):
        runtime.verified.clear()  # this process honours its own sign-outs and role changes at once


async def in_worker(call: Callable[[Unpack[Args]], T], *args: *Args) -> T:
    """A sync service call run in a worker thread, for an `async def` route on a hot path: it then takes one
    thread hop where a `def` route takes two (FastAPI checks a `def` route's returned model in a second hop)."""
    return await anyio.to_thread.run_sync(call, *args)


async def in_worker_finishing(runtime: Runtime, session: Session, call: Callable[[Unpack[Args]], T], *args: *Args) -> T:
    """`in_worker` for a route whose whole work is that call: the session is committed and closed in the same hop
    (after the call returns, before any response), which spares the session dependency's own hop."""

    def run() -> T:
        result = call(*args)
        _finish(session, True, runtime)
        session.info["finished"] = True
        return result

    return await anyio.to_thread.run_sync(run)


async def get_matcher(runtime: Annotated[Runtime, Depends(get_runtime)]) -> Matcher:
    return runtime.matcher


async def get_stats_rules(runtime: Annotated[Runtime, Depends(get_runtime)]) -> StatsRules:
    return StatsRules.from_settings(runtime.settings)


async def get_employment_rules(runtime: Annotated[Runtime, Depends(get_runtime)]) -> EmploymentRules:
    return EmploymentRules.from_settings(runtime.settings)


async def get_subsidy_rules(runtime: Annotated[Runtime, Depends(get_runtime)]) -> SubsidyRules:
    return SubsidyRules.from_settings(runtime.settings)


async def get_vault(runtime: Annotated[Runtime, Depends(get_runtime)]) -> Vault:
    return runtime.vault


SessionDep = Annotated[Session, Depends(get_session, scope="function")]
MatcherDep = Annotated[Matcher, Depends(get_matcher)]
RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
StatsRulesDep = Annotated[StatsRules, Depends(get_stats_rules)]
EmploymentRulesDep = Annotated[EmploymentRules, Depends(get_employment_rules)]
SubsidyRulesDep = Annotated[SubsidyRules, Depends(get_subsidy_rules)]
VaultDep = Annotated[Vault, Depends(get_vault)]


_bearer = HTTPBearer(auto_error=False, description="a token from /v1/auth/login or /v1/auth/wechat, or an API key")
_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="an operator integration's API key")


async def get_caller(
    request: Request,
    session: SessionDep,
    runtime: RuntimeDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    api_key: Annotated[str | None, Depends(_api_key)],
) -> Principal | None:
    """Who is asking on a public route: None when nobody signed in; a credential sent is checked all the same.

    A bearer token verified in the last few seconds is taken from `runtime.verified` in the event loop (no thread
    hop, no read); the bound that keeps is `VerifiedTokens`'s."""
    credential = api_key or (bearer.credentials if bearer else "")
    if not credential:
        return None
    principal = None if credential.startswith(API_KEY_PREFIX) else runtime.verified.get(credential)
    if principal is None:
        principal = await anyio.to_thread.run_sync(_verify, session, runtime, credential)
    limiter = request.app.state.limiter
    if isinstance(limiter, RateLimiter):  # in memory: no I/O
        limit_user(limiter, runtime.settings, principal.user_id)
    else:
        await anyio.to_thread.run_sync(limit_user, limiter, runtime.settings, principal.user_id)
    request.state.user_id = principal.user_id  # for the access log
    return principal


def _verify(session: Session, runtime: Runtime, credential: str) -> Principal:
    if credential.startswith(API_KEY_PREFIX):
        return principal_for_api_key(session, credential)
    return principal_for_token(session, runtime.issuer, credential, runtime.verified)


CallerDep = Annotated[Principal | None, Depends(get_caller)]


async def get_principal(caller: CallerDep) -> Principal:
    """Who is asking, from a bearer token or an API key; every route but the public ones needs one."""
    if caller is None:
        raise NotAuthenticated("sign in first: send `Authorization: Bearer <token>` or `X-API-Key: <key>`")
    return caller


PrincipalDep = Annotated[Principal, Depends(get_principal)]
