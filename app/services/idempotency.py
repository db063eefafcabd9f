"""Idempotency keys: a POST sent again with the same key gets the first response, not a second effect.

The stored response is encrypted like any phone number: a profile's response holds the person's numbers.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.models import IdempotencyKey
from app.models.base import utcnow
from app.services.errors import Conflict, InvalidField
from app.services.privacy.vault import Vault

KEY_TTL = timedelta(hours=24)
PENDING_S = 60.0  # longer than any request runs: a key pending longer was left by a process that died
HEADER = "Idempotency-Key"
BODY_CONTEXT = "idempotency_keys.body"


@dataclass(frozen=True, slots=True)
class Replay:
    status_code: int
    content_type: str | None
    body: bytes


def begin(
    sessions: sessionmaker[Session],
    vault: Vault,
    key: str,
    path: str,
    request_hash: str,
    pending_s: float = PENDING_S,
) -> Replay | None:
    """None: this request is the first with the key and must end with `finish` or `abandon`.
    A replay of a finished request returns its response; the key with another body is refused.

    A key left "being processed" longer than `pending_s` belongs to a process that died mid-request: if that
    request's transaction never committed, nothing happened and this request takes the key over; if it did,
    its effect stands and only its answer was lost, so it is not done twice (409, saying so)."""
    now = utcnow()
    try:
        with sessions.begin() as session:
            # Expired keys go, this one included: the table holds one day of keys, and the key is free again.
            session.execute(delete(IdempotencyKey).where(IdempotencyKey.created_at < now - KEY_TTL))
            row = session.scalar(select(IdempotencyKey).where(IdempotencyKey.key == key, IdempotencyKey.path == path))
            if row is None:
                session.add(IdempotencyKey(key=key, path=path, request_hash=request_hash))
                return None
            if row.request_hash != request_hash:
                raise InvalidField(HEADER, "this key was already used with a different request; use a new key")
            if (
                row.status_code is None
                and row.committed_at is not None
                and row.created_at < now - timedelta(seconds=pending_s)
            ):
                raise Conflict(
                    f"the first request with this {HEADER} took effect but its answer was lost when its server "
                    "stopped; look the result up instead of sending it again"
                )
            if row.status_code is None:
                taken = session.execute(
                    update(IdempotencyKey)
                    .where(
                        IdempotencyKey.id == row.id,
                        IdempotencyKey.status_code.is_(None),
                        IdempotencyKey.committed_at.is_(None),
                        IdempotencyKey.created_at < now - timedelta(seconds=pending_s),
                    )
                    .values(created_at=now)
                )
                if taken.rowcount == 1:  # type: ignore[attr-defined]  # CursorResult of an UPDATE
                    return None  # its first request died before anything was committed: this one goes ahead
                raise Conflict(f"a request with this {HEADER} is still being processed; retry shortly")
            return Replay(row.status_code, row.content_type, _open(vault, row.body))
    except IntegrityError as error:  # a concurrent first request inserted the key between our read and write
        raise Conflict(f"a request with this {HEADER} is still being processed; retry shortly") from error


def mark_committed(session: Session, key: str, path: str) -> None:
    """In the request's own transaction, just before it commits: from now on its effect stands."""
    session.execute(
        update(IdempotencyKey)
        .where(IdempotencyKey.key == key, IdempotencyKey.path == path)
        .values(committed_at=utcnow())
    )


def finish(sessions: sessionmaker[Session], vault: Vault, key: str, path: str, replay: Replay) -> None:
    with sessions.begin() as session:
        row = session.scalar(select(IdempotencyKey).where(IdempotencyKey.key == key, IdempotencyKey.path == path))
        if row is not None:
            row.status_code, row.content_type = replay.status_code, replay.content_type
            row.body = _seal(vault, replay.body)


def abandon(sessions: sessionmaker[Session], key: str, path: str) -> None:
    """The first request failed on our side (5xx): nothing was stored, so the client may retry the key."""
    with sessions.begin() as session:
        session.execute(delete(IdempotencyKey).where(IdempotencyKey.key == key, IdempotencyKey.path == path))


def forget_seeker(session: Session, seeker_id: int) -> None:
    """Erasing a person also erases the stored answers that may hold their profile: their PATCHes, and every
    finished profile creation (an answer's owner is inside its sealed body; creations only lose a day's replay)."""
    under = f"/v1/jobseekers/{seeker_id}"
    session.execute(
        delete(IdempotencyKey).where(
            IdempotencyKey.status_code.is_not(None),
            or_(
                IdempotencyKey.path == "/v1/jobseekers",
                IdempotencyKey.path == under,
                IdempotencyKey.path.startswith(f"{under}/"),
            ),
        )
    )


def _seal(vault: Vault, body: bytes) -> bytes:
    return vault.encrypt(base64.b64encode(body).decode(), BODY_CONTEXT).encode()


def _open(vault: Vault, sealed: bytes | None) -> bytes:
    """Kept a day at most: rotated keys stay in pii_keys at least that long (see app.services.privacy.key_rotation)."""
    return base64.b64decode(vault.decrypt(sealed.decode(), BODY_CONTEXT)) if sealed else b""
