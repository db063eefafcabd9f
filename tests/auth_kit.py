"""Accounts and tokens for tests: a user of any role, straight in the database, and its bearer header."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import httpx
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.config import Settings
from app.keys import load_keys
from app.models.user import User
from app.services.identity.tokens import TokenIssuer
from tests.factories import post_seeker


def add_user(
    settings: Settings,
    role: str,
    *,
    employer_id: int | None = None,
    seeker_id: int | None = None,
    districts: Sequence[str] = (),
    wechat_openid: str | None = None,
) -> int:
    engine = create_engine(settings.database_url)
    try:
        with Session(engine) as session, session.begin():
            user = User(
                role=role,
                name=f"test {role}",
                employer_id=employer_id,
                seeker_id=seeker_id,
                districts=list(districts),
                wechat_openid=wechat_openid,
            )
            session.add(user)
            session.flush()
            return user.id
    finally:
        engine.dispose()


def bearer(settings: Settings, user_id: int, version: int = 0) -> dict[str, str]:
    issuer = TokenIssuer(load_keys(settings).jwt_secret, timedelta(hours=1))
    return {"Authorization": f"Bearer {issuer.issue(user_id, version)[0]}"}


def headers_for(settings: Settings, role: str, **fields: object) -> dict[str, str]:
    """A new user of this role (employer_id=…, seeker_id=…, districts=…) and its bearer header."""
    return bearer(settings, add_user(settings, role, **fields))  # type: ignore[arg-type]


def wechat_seeker(api: httpx.Client, settings: Settings, openid: str, push: dict[str, object], **fields: object) -> int:
    """A profile whose owner signed in with WeChat as `openid` (the account row code2Session's answer makes),
    with its push settings then chosen: the openid is bound by the server, never sent by a client."""
    seeker = post_seeker(api, **fields)
    add_user(settings, "jobseeker", seeker_id=seeker, wechat_openid=openid)
    response = api.patch(f"/v1/jobseekers/{seeker}", json={"push": push})
    assert response.status_code == 200, response.text
    return seeker
