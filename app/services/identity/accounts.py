"""Accounts: sign-in by password or WeChat, the principal behind a token or API key, users and keys."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

import httpx
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models.employer import Employer
from app.models.job import Job
from app.models.user import ApiKey, User
from app.schemas.auth import (
    ApiKeyCreated,
    ApiKeyOut,
    PasswordChange,
    StaffName,
    Token,
    UserCreate,
    UserOut,
)
from app.schemas.common import Page
from app.schemas.validators import mask_phone
from app.services.errors import (
    Conflict,
    Forbidden,
    InvalidField,
    NotAuthenticated,
    NotFound,
)
from app.services.identity.access import covers_place, require_staff
from app.services.identity.principal import Principal
from app.services.identity.tokens import TokenIssuer
from app.services.identity.verified import VerifiedTokens
from app.services.identity.wechat_login import openid_for_code
from app.services.paging import paged
from app.services.privacy.pii import phone_lookup, seal_user_phone, user_phone
from app.services.privacy.vault import Vault
from app.vocabulary import Role

logger = logging.getLogger(__name__)
LAST_USED_STEP = timedelta(minutes=1)  # how far behind an API key's last_used_at may be

API_KEY_PREFIX = "jc_"
HASHER = PasswordHasher()  # argon2id, the library's RFC 9106 low-memory profile


@dataclass(frozen=True, slots=True)
class WeChatApp:
    base_url: str
    appid: str
    secret: str
    timeout_s: float


@dataclass(frozen=True, slots=True)
class Credentials:
    """What signing in needs: the token issuer and the vault that finds and hides phones."""

    issuer: TokenIssuer
    vault: Vault


def login_with_password(session: Session, creds: Credentials, phone: str, password: str) -> Token:
    user = session.scalar(select(User).where(User.phone_hash == phone_lookup(creds.vault, phone)))
    if user is None or user.password_hash is None:
        _verify(_dummy_hash(), password)
        raise NotAuthenticated("phone or password is wrong")
    if not _verify(user.password_hash, password) or not user.active:
        raise NotAuthenticated("phone or password is wrong")
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = HASHER.hash(password)
    return issue_token(creds, user)


def login_with_openid(session: Session, creds: Credentials, openid: str) -> Token:
    """A jobseeker's first WeChat sign-in creates their account; their profile comes later."""
    user = session.scalar(select(User).where(User.wechat_openid == openid))
    if user is None:
        user = User(role=Role.JOBSEEKER, name="", wechat_openid=openid, districts=[])
        session.add(user)
        session.flush()
        logger.info("jobseeker account %d created on first WeChat sign-in", user.id)
    if not user.active:
        raise NotAuthenticated("this account is disabled")
    return issue_token(creds, user)


def login_with_wechat(session: Session, creds: Credentials, wechat: WeChatApp, code: str) -> Token:
    with httpx.Client(timeout=wechat.timeout_s) as client:
        openid = openid_for_code(client, wechat.base_url, wechat.appid, wechat.secret, code)
    return login_with_openid(session, creds, openid)


def issue_token(creds: Credentials, user: User) -> Token:
    token, expires_at = creds.issuer.issue(user.id, user.token_version)
    return Token(access_token=token, expires_at=expires_at, user=user_out(creds.vault, user))


def principal_for_token(
    session: Session, issuer: TokenIssuer, token: str, verified: VerifiedTokens | None = None
) -> Principal:
    """The token's principal from its account row; kept in `verified` (when given) for the next few requests."""
    claims = issuer.verify(token)
    user = session.get(User, claims.user_id)
    if user is None or not user.active or user.token_version != claims.version:
        raise NotAuthenticated("the token has been revoked; sign in again")
    principal = principal_of(user)
    if verified is not None:
        verified.put(token, principal, claims.expires_at - time.time())
    return principal


def principal_for_api_key(session: Session, key: str) -> Principal:
    prefix, _, secret = key.removeprefix(API_KEY_PREFIX).partition("_")
    row = session.scalar(select(ApiKey).where(ApiKey.prefix == prefix)) if prefix and secret else None
    if row is None or row.revoked_at is not None or not hmac.compare_digest(row.secret_sha256, _sha256(secret)):
        raise NotAuthenticated("the API key is not valid")
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        raise NotAuthenticated("the API key's account is disabled")
    now = datetime.now(UTC)
    if row.last_used_at is None or now - row.last_used_at >= LAST_USED_STEP:
        row.last_used_at = now  # to the minute: a write on every read would queue the key's reads behind writers
    return principal_of(user, via_api_key=True)


def principal_of(user: User, *, via_api_key: bool = False) -> Principal:
    return Principal(
        user_id=user.id,
        role=Role(user.role),
        seeker_id=user.seeker_id,
        employer_id=user.employer_id,
        districts=tuple(user.districts or ()),
        via_api_key=via_api_key,
    )


def _require_person(principal: Principal, action: str) -> None:
    """Accounts and keys are made by a person signed in, never by an integration's key: a leaked key must not
    outlive its revocation by minting others."""
    if principal.via_api_key:
        raise Forbidden(f"an API key may not {action}; sign in as the account")


def create_user(session: Session, vault: Vault, principal: Principal, payload: UserCreate) -> UserOut:
    """Admins create anyone; operators create members of employers (employers they register at fairs)."""
    _require_person(principal, "create accounts")
    if not (principal.is_admin or (principal.role is Role.OPERATOR and payload.role is Role.EMPLOYER)):
        raise Forbidden("only admins create staff accounts; operators may create employer members")
    if not principal.is_admin and payload.employer_id is not None:
        _require_employer_of_area(session, principal, payload.employer_id)
    return user_out(vault, add_user(session, vault, payload))


def _require_employer_of_area(session: Session, principal: Principal, employer_id: int) -> None:
    """An operator makes logins only for employers of their districts: every posting the employer has lies
    there (one with none yet was just registered at their desk). A member may change all of its employer's
    postings, so anything wider is an admin's call."""
    divisions = session.scalars(select(Job.division_code).where(Job.employer_id == employer_id)).all()
    if not all(covers_place(principal, code) for code in divisions):
        raise Forbidden(f"employer {employer_id} has postings outside your districts; an admin creates its members")


def add_user(session: Session, vault: Vault, payload: UserCreate) -> User:
    if session.scalar(select(User.id).where(User.phone_hash == phone_lookup(vault, payload.phone))) is not None:
        raise Conflict("an account with this phone already exists")
    if payload.employer_id is not None and session.get(Employer, payload.employer_id) is None:
        raise InvalidField("employer_id", f"employer {payload.employer_id} does not exist")
    user = User(
        role=payload.role,
        name=payload.name,
        password_hash=HASHER.hash(payload.password),
        employer_id=payload.employer_id,
        districts=list(payload.districts),
    )
    seal_user_phone(vault, user, payload.phone)
    session.add(user)
    session.flush()
    logger.info("%s account %d created", payload.role, user.id)
    return user


def get_me(session: Session, vault: Vault, principal: Principal) -> UserOut:
    return user_out(vault, load_user(session, principal.user_id))


def list_users(session: Session, vault: Vault, principal: Principal, limit: int, offset: int) -> Page[UserOut]:
    if not principal.is_admin:
        raise Forbidden("only admins list accounts")
    total, rows = paged(session, User, [], [User.id], limit, offset)
    return Page(items=[user_out(vault, u) for u in rows], total=total, limit=limit, offset=offset)


def staff_names(session: Session, principal: Principal, ids: list[int]) -> Page[StaffName]:
    """Staff read their colleagues' names (a case's contacts and actions say who); accounts of employers and
    jobseekers are people's and are not listed: an id that is not staff is simply absent."""
    require_staff(principal, "read staff names")
    rows = session.scalars(
        select(User).where(User.id.in_(ids), User.role.in_([Role.OPERATOR, Role.ADMIN])).order_by(User.id)
    ).all()
    items = [StaffName(id=u.id, name=u.name, role=Role(u.role)) for u in rows]
    return Page(items=items, total=len(items), limit=len(ids), offset=0)


def deactivate_user(session: Session, principal: Principal, user_id: int) -> None:
    _require_person(principal, "disable accounts")
    if not principal.is_admin:
        raise Forbidden("only admins disable accounts")
    if user_id == principal.user_id:
        raise Conflict("you cannot disable your own account; ask another admin")
    user = load_user(session, user_id)
    user.active = False
    user.token_version += 1  # every token issued so far stops working at once


def change_password(session: Session, principal: Principal, payload: PasswordChange) -> None:
    _require_person(principal, "change the password")
    user = load_user(session, principal.user_id)
    if user.password_hash is None or not _verify(user.password_hash, payload.old_password):
        raise InvalidField("old_password", "is wrong")
    user.password_hash = HASHER.hash(payload.new_password)
    user.token_version += 1
    # A password is changed when it may have leaked: whatever it could mint goes with it, keys included.
    session.execute(
        update(ApiKey)
        .where(ApiKey.user_id == user.id, ApiKey.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )


def link_seeker(session: Session, user_id: int, seeker_id: int) -> None:
    """A jobseeker's account and the one profile they filled; the row lock makes two first profiles sent at
    once end in one link and a 409, not a profile nobody owns."""
    user = load_user(session, user_id, lock=True)
    if user.seeker_id is not None and user.seeker_id != seeker_id:
        raise Conflict("this account already has a jobseeker profile")
    user.seeker_id = seeker_id


def wechat_openid_of(session: Session, user_id: int | None) -> str | None:
    """The openid WeChat's code2Session gave this account when it signed in; None for other accounts."""
    return None if user_id is None else session.scalar(select(User.wechat_openid).where(User.id == user_id))


def bound_wechat_openid(session: Session, seeker_id: int) -> str | None:
    """The openid of the WeChat account that owns this profile, if one does."""
    return session.scalar(select(User.wechat_openid).where(User.seeker_id == seeker_id, User.wechat_openid.isnot(None)))


def create_api_key(session: Session, principal: Principal, name: str) -> ApiKeyCreated:
    """Operator integrations (a fair's kiosk, a district system) call with a key acting as its owner."""
    _require_person(principal, "create API keys")
    if not principal.is_staff:
        raise Forbidden("API keys are for operators and admins")
    prefix, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    row = ApiKey(user_id=principal.user_id, name=name, prefix=prefix, secret_sha256=_sha256(secret))
    session.add(row)
    session.flush()
    return ApiKeyCreated(**api_key_out(row).model_dump(), key=f"{API_KEY_PREFIX}{prefix}_{secret}")


def list_api_keys(session: Session, principal: Principal, limit: int, offset: int) -> Page[ApiKeyOut]:
    total, rows = paged(session, ApiKey, [ApiKey.user_id == principal.user_id], [ApiKey.id], limit, offset)
    return Page(items=[api_key_out(r) for r in rows], total=total, limit=limit, offset=offset)


def revoke_api_key(session: Session, principal: Principal, key_id: int) -> None:
    row = session.get(ApiKey, key_id)
    if row is None or (row.user_id != principal.user_id and not principal.is_admin):
        raise NotFound("api key", key_id)  # someone else's key is as if absent
    row.revoked_at = row.revoked_at or datetime.now(UTC)


def load_user(session: Session, user_id: int, *, lock: bool = False) -> User:
    user = session.get(User, user_id, with_for_update=lock)
    if user is None:
        raise NotFound("user", user_id)
    return user


def user_out(vault: Vault, user: User) -> UserOut:
    phone = user_phone(vault, user)
    phone = mask_phone(phone) if phone else None
    return UserOut(
        id=user.id,
        role=Role(user.role),
        name=user.name,
        phone=phone,
        seeker_id=user.seeker_id,
        employer_id=user.employer_id,
        districts=list(user.districts or ()),
        active=user.active,
    )


def api_key_out(row: ApiKey) -> ApiKeyOut:
    return ApiKeyOut(
        id=row.id,
        name=row.name,
        prefix=row.prefix,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    """Verified against when the phone is unknown, so a wrong phone takes as long as a wrong password."""
    return HASHER.hash(secrets.token_urlsafe(16))


def _sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()
