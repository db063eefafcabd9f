"""Access tokens: short JWTs (HS256) naming a user and the version of their credentials."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt

from app.services.errors import NotAuthenticated

ISSUER = "jobcircle"
ALGORITHM = "HS256"


@dataclass(frozen=True, slots=True)
class Claims:
    user_id: int
    version: int  # the user's token_version when issued; a bump revokes the token


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
            return Claims(int(claims["sub"]), int(claims.get("ver", 0)))
        except jwt.ExpiredSignatureError as error:
            raise NotAuthenticated("the token has expired; sign in again") from error
        except (jwt.InvalidTokenError, ValueError) as error:  # forged, malformed, wrong issuer or algorithm
            raise NotAuthenticated("the token is not valid") from error
