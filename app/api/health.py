"""What operators poll: liveness, readiness (database, model, index) and the Prometheus scrape."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse

from app.api.deps import RuntimeDep
from app.metrics import EXPOSITION_TYPE
from app.services import health as health_service

router = APIRouter(tags=["health"])
READY_EXAMPLE = {
    "status": "ok",
    "database": "ok",
    "model": {"name": "m3e-small", "dim": 512},
    "index": {"jobs": 950, "seekers": 1280},
}
READY_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "ready", "content": {"application/json": {"example": READY_EXAMPLE}}},
    503: {
        "description": "a part is not ready",
        "content": {
            "application/json": {"example": {**READY_EXAMPLE, "status": "degraded", "database": "unavailable"}}
        },
    },
}


# HEAD too: load balancers and uptime checkers often probe with it. Undocumented, as the GET says it all.
@router.get(
    "/livez", summary="存活检查", responses={200: {"content": {"application/json": {"example": {"status": "ok"}}}}}
)
@router.head("/livez", include_in_schema=False)
async def livez() -> dict[str, str]:
    """Always 200 while the process runs; touches nothing (no database, no thread), so a busy server still answers.
    A failing liveness probe means: restart this process."""
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="就绪检查（数据库、模型、索引）",
    responses=READY_RESPONSES,
)
@router.head("/readyz", include_in_schema=False)
@router.get(
    "/healthz",
    operation_id="health-healthz",  # the function is /readyz's: its default id would be the same
    summary="就绪检查（/readyz 的旧地址）",
    responses=READY_RESPONSES,
)
@router.head("/healthz", include_in_schema=False)
def readyz(runtime: RuntimeDep) -> JSONResponse:
    """503 while a part is not ready: send this replica no traffic until it is 200 again."""
    report = health_service.check(runtime.sessions, runtime.matcher)
    return JSONResponse(report, status_code=200 if report["status"] == "ok" else 503)


@router.get("/metrics", include_in_schema=False)
async def metrics(runtime: RuntimeDep) -> Response:
    """Counts, latencies and the index's state in Prometheus' text format: no personal data, so no sign-in.
    In the event loop: it reads memory only, and must answer while every request thread is busy."""
    return Response(health_service.scrape(runtime.feed), media_type=EXPOSITION_TYPE)
