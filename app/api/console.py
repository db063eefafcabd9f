"""The staff console: one static page and its scripts; everything it shows comes from the /v1 API."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

ASSETS = Path(__file__).resolve().parent.parent / "console"

router = APIRouter(tags=["console"])


@router.get("/console", response_class=FileResponse, include_in_schema=False)
def console() -> FileResponse:
    """Uploads with their errors, postings, fairs, the review queue, seekers, employment registration, cases,
    1+3+1, placements with their subsidy statements, stations and free times."""
    return FileResponse(ASSETS / "index.html", media_type="text/html; charset=utf-8")


def assets() -> StaticFiles:
    return StaticFiles(directory=ASSETS)
