"""The one place where errors become HTTP responses: 404, 409, 422 with fields, never a bare 500."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException

from app.api.validation import field_errors, wants_english
from app.schemas.common import ErrorBody, FieldError
from app.services.errors import (
    AppError,
    Conflict,
    Forbidden,
    Gone,
    InvalidField,
    NotAuthenticated,
    NotFound,
    RateLimited,
    TooLarge,
    Unavailable,
)

logger = logging.getLogger(__name__)

STATUS = {
    NotAuthenticated: 401,
    Forbidden: 403,
    NotFound: 404,
    Conflict: 409,
    Gone: 410,
    TooLarge: 413,
    InvalidField: 422,
    RateLimited: 429,
    Unavailable: 503,
}  # subclasses before their bases
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "no valid bearer token or API key"},
    403: {"model": ErrorBody, "description": "your role or scope does not reach this resource"},
    404: {"model": ErrorBody, "description": "no such resource"},
    422: {"model": ErrorBody, "description": "a field is missing or wrong; `errors` names it and why"},
    429: {
        "model": ErrorBody,
        "description": "too many requests from this address or account; wait `Retry-After` seconds",
    },
}
CONFLICT_RESPONSE: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorBody, "description": "conflicts with data already stored"},
}
GONE_RESPONSE: dict[int | str, dict[str, Any]] = {
    410: {"model": ErrorBody, "description": "the uploaded file is past its retention and was deleted"}
}


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(IntegrityError, _integrity_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(StaleDataError, _stale)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)


def _body(status: int, code: str, message: str, errors: Sequence[FieldError] = ()) -> JSONResponse:
    # exclude_none: a domain error's fields carry no title, and their shape stays {field, reason}
    content = ErrorBody(code=code, message=message, errors=list(errors)).model_dump(exclude_none=True)
    return JSONResponse(status_code=status, content=content)


def status_of(error: AppError) -> int:
    return next((s for cls, s in STATUS.items() if isinstance(error, cls)), 400)


def _app_error(_: Request, error: AppError) -> JSONResponse:
    return error_response(error)


def error_response(error: AppError) -> JSONResponse:
    """A domain error as the client sees it, wherever it is raised (a route, or a middleware before one)."""
    status = status_of(error)
    fields = [FieldError(field=error.field, reason=error.reason)] if isinstance(error, InvalidField) else []
    response = _body(status, error.code, error.message, fields)
    if isinstance(error, NotAuthenticated):
        response.headers["WWW-Authenticate"] = "Bearer"
    if isinstance(error, RateLimited):
        response.headers["Retry-After"] = str(error.retry_after_s)
    return response


def _validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
    """In Chinese, each field named by its title; in English when the client asks (app/api/validation.py)."""
    fields = field_errors(request, error.errors())
    if all(f.title for f in fields):
        return _body(422, "validation_error", "；".join(f"{f.title}：{f.reason}" for f in fields), fields)
    summary = "; ".join(f"{f.field}: {f.reason}" for f in fields)
    return _body(422, "validation_error", summary, fields)


def _http_error(request: Request, error: HTTPException) -> JSONResponse:
    """Framework errors (unknown path, wrong method, a body that is not UTF-8 JSON) in the same envelope."""
    if error.status_code == 400:  # FastAPI's "error parsing the body": the body field is wrong, like any other
        return _unparsable_body(wants_english(request.headers.get("accept-language", "")))
    code = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "http_error")
    response = _body(error.status_code, code, str(error.detail))
    response.headers.update(error.headers or {})
    return response


def _unparsable_body(english: bool) -> JSONResponse:
    if english:
        return _body(
            422,
            "validation_error",
            "body: could not be parsed; send UTF-8 JSON (or multipart for uploads)",
            [FieldError(field="body", reason="could not be parsed; send UTF-8 JSON")],
        )
    reason = "无法解析，请发送 UTF-8 编码的 JSON"
    return _body(
        422,
        "validation_error",
        f"请求体：{reason}（上传文件用 multipart）",
        [FieldError(field="body", title="请求体", reason=reason)],
    )


def _integrity_error(_: Request, error: IntegrityError) -> JSONResponse:
    logger.info("integrity conflict: %s", error.orig)
    return _body(409, "conflict", "the request conflicts with data already stored")


def _stale(request: Request, error: StaleDataError) -> JSONResponse:
    """Another request deleted (or changed) the row between this one reading and writing it."""
    logger.info("concurrent change on %s %s: %s", request.method, request.url.path, error)
    return _body(409, "conflict", "another request changed or deleted this record meanwhile; read it again")


def _unexpected(request: Request, error: Exception) -> JSONResponse:
    logger.exception("unhandled error on %s %s", request.method, request.url.path)
    return _body(500, "internal_error", "an unexpected error occurred; it has been logged")
