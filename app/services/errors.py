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


class TooLarge(InvalidField):
    """A field within the rules but beyond a size limit (HTTP 413)."""

    code = "too_large"
