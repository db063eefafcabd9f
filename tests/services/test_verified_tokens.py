"""`VerifiedTokens`: a verified token's principal reused for seconds, never past them or the token's own end."""

from __future__ import annotations

from app.services.identity.principal import Principal
from app.services.identity.verified import VerifiedTokens
from app.vocabulary import Role

STAFF = Principal(user_id=1, role=Role.OPERATOR, districts=("340102",))


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_principal_is_kept_for_the_ttl_and_no_longer() -> None:
    clock = Clock()
    tokens = VerifiedTokens(5.0, clock=clock)
    tokens.put("t", STAFF, token_left_s=3600)
    clock.now += 4.9
    assert tokens.get("t") == STAFF
    clock.now += 0.2
    assert tokens.get("t") is None


def test_never_past_the_tokens_own_expiry() -> None:
    clock = Clock()
    tokens = VerifiedTokens(5.0, clock=clock)
    tokens.put("t", STAFF, token_left_s=1.0)
    clock.now += 1.0
    assert tokens.get("t") is None


def test_accounts_about_to_be_linked_are_not_kept() -> None:
    tokens = VerifiedTokens(5.0)
    tokens.put("s", Principal(user_id=2, role=Role.JOBSEEKER), token_left_s=3600)
    tokens.put("e", Principal(user_id=3, role=Role.EMPLOYER), token_left_s=3600)
    tokens.put("linked", Principal(user_id=4, role=Role.JOBSEEKER, seeker_id=9), token_left_s=3600)
    assert tokens.get("s") is None and tokens.get("e") is None and tokens.get("linked") is not None


def test_zero_keeps_nothing_and_clear_forgets_all() -> None:
    off = VerifiedTokens(0.0)
    off.put("t", STAFF, token_left_s=3600)
    assert off.get("t") is None
    on = VerifiedTokens(5.0)
    on.put("t", STAFF, token_left_s=3600)
    on.clear()
    assert on.get("t") is None
