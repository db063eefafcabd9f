"""Readiness: database, model and index."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.api.deps import RuntimeDep
from app.services import health as health_service

router = APIRouter(tags=["health"])


@router.get("/healthz", responses={503: {"description": "a part is not ready"}})
def healthz(runtime: RuntimeDep) -> JSONResponse:
    report = health_service.check(runtime.sessions, runtime.matcher)
    return JSONResponse(report, status_code=200 if report["status"] == "ok" else 503)
