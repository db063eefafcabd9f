"""The API docs in a real headless Chromium with every request off the service's own origin refused: Swagger UI
(/docs) and ReDoc (/redoc) still render every operation, in Chinese, and nothing tried to reach a CDN."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from tests.browser_kit import SHOTS, launched, needs_chromium
from tests.live import live_server

CREATE_JOB_SUMMARY = "发布岗位"  # POST /v1/jobs

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    data = tmp_path_factory.mktemp("docs")
    settings = Settings(data_dir=data, embedder="hashing", push_scheduler=False, sync_interval_s=0.2)
    upgrade(settings.database_url)
    with live_server(create_app(settings), admin=False) as client:
        yield client


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as chromium:
        yield chromium


class Offline:
    """A page whose requests off `origin` are refused (as on an intranet with no route out) and remembered."""

    def __init__(self, browser: Any, origin: str) -> None:
        self.origin, self.refused, self.errors = origin, list[str](), list[str]()
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        # what the page's content security policy refused shows up on the console
        self.page.on("console", lambda m: self.errors.append(m.text) if "Content Security Policy" in m.text else None)

    def _route(self, route: Any) -> None:
        url: str = route.request.url
        if url == self.origin or url.startswith(f"{self.origin}/"):
            route.continue_()
        else:
            self.refused.append(url)
            route.abort("internetdisconnected")


def shot(page: Any, name: str, tmp_path: Path) -> None:
    path = (SHOTS or tmp_path) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=False)


def operation_count(server: httpx.Client) -> int:
    return sum(len(ops) for ops in server.get("/openapi.json").json()["paths"].values())


def test_swagger_ui_renders_every_operation_offline(browser: Any, server: httpx.Client, tmp_path: Path) -> None:
    offline = Offline(browser, str(server.base_url).rstrip("/"))
    offline.page.goto(f"{server.base_url}/docs")
    offline.page.wait_for_selector(".opblock", timeout=30_000)
    assert offline.page.locator(".opblock").count() == operation_count(server)
    assert offline.page.get_by_text(CREATE_JOB_SUMMARY, exact=True).count() == 1
    assert offline.page.get_by_text("岗位发布：一点发布、全市共享").count() >= 1  # a tag's description
    shot(offline.page, "docs-offline", tmp_path)
    assert offline.refused == []
    assert offline.errors == []
    offline.page.close()


def test_redoc_renders_offline(browser: Any, server: httpx.Client, tmp_path: Path) -> None:
    offline = Offline(browser, str(server.base_url).rstrip("/"))
    offline.page.goto(f"{server.base_url}/redoc")
    offline.page.wait_for_selector("[data-section-id]", timeout=30_000)
    offline.page.locator("h2", has_text=CREATE_JOB_SUMMARY).first.wait_for(timeout=30_000)
    assert offline.page.get_by_text("岗位发布：一点发布、全市共享").count() >= 1
    assert offline.page.locator("label", has_text="用人单位").count() >= 1  # the menu shows the tags' Chinese names
    shot(offline.page, "redoc-offline", tmp_path)
    assert offline.refused == []
    assert offline.errors == []
    offline.page.close()


def test_both_viewers_show_a_get_operations_response_example(browser: Any, server: httpx.Client) -> None:
    """查看岗位 has no body: the example a reader copies is JobOut's, shown as its 200 response."""
    origin = str(server.base_url).rstrip("/")
    swagger = Offline(browser, origin)
    swagger.page.goto(f"{origin}/docs#/jobs/jobs-get_job")
    block = swagger.page.locator("#operations-jobs-jobs-get_job")
    block.wait_for(timeout=30_000)
    if not block.locator(".responses-wrapper").count():
        block.locator(".opblock-summary").first.click()
    block.locator(".responses-wrapper").get_by_text("合肥市瑶海区明光路街道").first.wait_for(timeout=30_000)
    assert block.get_by_text('"employer_id": 12').count() >= 1
    swagger.page.close()
    redoc = Offline(browser, origin)
    redoc.page.goto(f"{origin}/redoc#tag/jobs/operation/jobs-get_job")
    section = redoc.page.locator('[data-section-id="tag/jobs/operation/jobs-get_job"]')
    section.get_by_text("合肥市瑶海区明光路街道").first.wait_for(timeout=30_000)
    assert redoc.errors == []
    redoc.page.close()
