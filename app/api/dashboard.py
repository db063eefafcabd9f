"""The officials' dashboard: one static page and its assets; its numbers come from /v1/stats."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

ASSETS = Path(__file__).resolve().parent.parent / "dashboard"

router = APIRouter(tags=["dashboard"])


@router.get("/dashboard", response_class=FileResponse, include_in_schema=False)
def dashboard() -> FileResponse:
    """Headline numbers, trend and funnel charts, the community map, drill-down and filters."""
    return FileResponse(ASSETS / "index.html", media_type="text/html; charset=utf-8")


def assets() -> StaticFiles:
    return StaticFiles(directory=ASSETS)
