"""Access tokens: short JWTs (HS256) naming a user and the version of their credentials."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt

from app.services.errors import NotAuthenticated

ISSUER = "jobcircle"
ALGORITHM = "HS256"
MAX_ROW_ID = 2**63 - 1  # BIGINT; larger ids overflow the database driver (a 500 before)


@dataclass(frozen=True, slots=True)
class Claims:
    user_id: int
    version: int  # the user's token_version when issued; a bump revokes the token
    expires_at: float = math.inf  # epoch seconds


@dataclass(frozen=True, slots=True)
class TokenIssuer:
    secret: bytes
    ttl: timedelta

    def issue(self, user_id: int, version: int, now: datetime | None = None) -> tuple[str, datetime]:
        issued = now or datetime.now(UTC)
        expires = issued + self.ttl
        claims = {"iss": ISSUER, "sub": str(user_id), "ver": version, "iat": issued, "exp": expires}
        return jwt.encode(claims, self.secret, algorithm=ALGORITHM), expires

    def verify(self, token: str) -> Claims:
        try:
            claims = jwt.decode(
                token,
                self.secret,
                algorithms=[ALGORITHM],
                issuer=ISSUER,
                options={"require": ["exp", "iat", "sub", "iss"]},
            )
            return Claims(_row_id(claims["sub"]), _row_id(claims.get("ver", 0), low=0), float(claims["exp"]))
        except jwt.ExpiredSignatureError as error:
            raise NotAuthenticated("the token has expired; sign in again") from error
        except (jwt.InvalidTokenError, ValueError, TypeError) as error:  # forged, malformed, wrong issuer or algorithm
            raise NotAuthenticated("the token is not valid") from error


def _row_id(value: object, *, low: int = 1) -> int:
    """A claim that names a row: an integer both databases can hold (a signed 64-bit column), else invalid."""
    number = int(str(value))
    if not low <= number <= MAX_ROW_ID:
        raise ValueError(f"claim {number} is outside {low}..{MAX_ROW_ID}")
    return number
