"""Principals of recently verified bearer tokens, reused for a few seconds without reading the account again."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from sqlalchemy.orm import Session

from app.models.user import User
from app.services.identity.principal import Principal
from app.vocabulary import Role


class VerifiedTokens:
    """token -> the principal its account gave, kept `ttl_s` at most (never past the token's own expiry).

    The bound: a token revoked (sign-out, password change), an account disabled, or a role, district or employer
    changed is honoured by a process that verified the token within the last `ttl_s` seconds once those seconds
    pass; every other check stays as it was. An account not yet linked to its profile or employer is not kept:
    linking is the one change a client makes and then uses at once.
    """

    def __init__(self, ttl_s: float, capacity: int = 10_000, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self._capacity = capacity
        self._clock = clock
        self._tokens: OrderedDict[str, tuple[Principal, float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, token: str) -> Principal | None:
        with self._lock:
            held = self._tokens.get(token)
            if held is None:
                return None
            if held[1] <= self._clock():
                del self._tokens[token]
                return None
            return held[0]

    def clear(self) -> None:
        with self._lock:
            self._tokens.clear()

    def put(self, token: str, principal: Principal, token_left_s: float) -> None:
        """`token_left_s`: how long the token itself is still valid."""
        if self.ttl_s <= 0 or _unlinked(principal):
            return
        with self._lock:
            self._tokens[token] = (principal, self._clock() + min(self.ttl_s, token_left_s))
            self._tokens.move_to_end(token)
            while len(self._tokens) > self._capacity:
                self._tokens.popitem(last=False)


def _unlinked(principal: Principal) -> bool:
    return (principal.role is Role.JOBSEEKER and principal.seeker_id is None) or (
        principal.role is Role.EMPLOYER and principal.employer_id is None
    )


def mark_account_writes(session: Session, _context: object, _instances: object) -> None:
    """A session `before_flush` hook: flags a transaction that changes or deletes an account row, so that the
    process that commits it forgets every verified token at once (`accounts_changed`)."""
    if any(isinstance(row, User) for row in (*session.dirty, *session.deleted)):
        session.info["accounts_changed"] = True


def accounts_changed(session: Session) -> bool:
    return bool(session.info.get("accounts_changed"))
