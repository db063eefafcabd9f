"""The API docs, /docs (Swagger UI) and /redoc (ReDoc), served with their own copies of the viewers: no network needed."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from app.api.security_headers import docs_policy

ASSETS = Path(__file__).resolve().parent.parent / "docs_assets"
ASSETS_URL = "/docs/assets"
# validatorUrl: Swagger UI would otherwise send the document to validator.swagger.io
SWAGGER_PARAMETERS = {"validatorUrl": None, "docExpansion": "list", "filter": True}

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    """Swagger UI: every operation, tried out from the page."""
    root, app = _root(request), _app(request)
    page = get_swagger_ui_html(
        openapi_url=f"{root}{app.openapi_url}",
        title=f"{app.title} · 接口文档",
        swagger_js_url=f"{root}{ASSETS_URL}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{ASSETS_URL}/swagger-ui.css",
        swagger_favicon_url=f"{root}{ASSETS_URL}/favicon-32x32.png",
        swagger_ui_parameters=SWAGGER_PARAMETERS,
    )
    # The page starts Swagger UI from one inline script; the policy allows that script (by its hash) and no other.
    page.headers["Content-Security-Policy"] = docs_policy(bytes(page.body).decode())
    return page


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    """ReDoc: the same document, for reading."""
    root, app = _root(request), _app(request)
    return get_redoc_html(
        openapi_url=f"{root}{app.openapi_url}",
        title=f"{app.title} · 接口文档",
        redoc_js_url=f"{root}{ASSETS_URL}/redoc.standalone.js",
        redoc_favicon_url=f"{root}{ASSETS_URL}/favicon-32x32.png",
        with_google_fonts=False,
    )


def assets() -> StaticFiles:
    return StaticFiles(directory=ASSETS)


def _app(request: Request) -> FastAPI:
    app: FastAPI = request.app
    return app


def _root(request: Request) -> str:
    """Behind a proxy that serves the API under a prefix, the page's links carry it too."""
    return str(request.scope.get("root_path", "")).rstrip("/")
