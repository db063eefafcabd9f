"""Domain errors; one handler in app.api maps each to its HTTP status."""

from __future__ import annotations


class AppError(Exception):
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(AppError):
    code = "not_found"

    def __init__(self, entity: str, entity_id: int | str) -> None:
        super().__init__(f"{entity} {entity_id} does not exist")


class InvalidField(AppError):
    """A well-formed request whose value breaks a rule only the service can check."""

    code = "validation_error"

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class Conflict(AppError):
    code = "conflict"


class Gone(AppError):
    """It existed, and is deliberately no longer kept (e.g. an uploaded file past its retention; HTTP 410)."""

    code = "gone"


class TooLarge(InvalidField):
    """A field within the rules but beyond a size limit (HTTP 413)."""

    code = "too_large"


class NotAuthenticated(AppError):
    """No credentials, or credentials that are expired, forged or revoked (HTTP 401)."""

    code = "not_authenticated"


class Forbidden(AppError):
    """Authenticated, but this principal may not do this to this object (HTTP 403)."""

    code = "forbidden"

    def __init__(self, message: str = "you may not access this resource") -> None:
        super().__init__(message)


class Unavailable(AppError):
    """A service this one depends on could not be asked; the client may retry (HTTP 503)."""

    code = "unavailable"


class RateLimited(AppError):
    code = "rate_limited"

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"too many requests; retry after {retry_after_s} s")
        self.retry_after_s = retry_after_s
