"""The self-service job kiosk (自助求职机): one static page and its assets; it asks /v1/places and /v1/matches."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

ASSETS = Path(__file__).resolve().parent.parent / "kiosk"

router = APIRouter(tags=["kiosk"])


@router.get("/kiosk", response_class=FileResponse, include_in_schema=False)
def kiosk() -> FileResponse:
    """Anonymous: what work, where; today's jobs within 3 km as a list and a map, 零工 first when asked."""
    return FileResponse(ASSETS / "index.html", media_type="text/html; charset=utf-8")


def assets() -> StaticFiles:
    return StaticFiles(directory=ASSETS)
