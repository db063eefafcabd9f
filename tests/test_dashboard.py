"""The officials' dashboard in a real headless Chromium, on the demo data: the page loads, the charts
and the map render (checked in the screenshots' pixels), and every number shown equals the API's."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
from PIL import Image

from app.cli.demo import DEMO_PHONE, load_demo
from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from tests.live import live_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MET, UNMET = (46, 157, 91), (214, 69, 65)  # --met and --unmet in dashboard.css
INTENTION = (245, 183, 0)  # the trend's 达成意向 line
SHOTS = Path(os.environ.get("JOBCIRCLE_SCREENSHOTS", "")) if os.environ.get("JOBCIRCLE_SCREENSHOTS") else None

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and os.environ.get("JOBCIRCLE_REQUIRE_CHROMIUM") != "1",
    reason="needs Debian's chromium (bash .ci/run installs it)",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """The demo data plus its made-up activity, loaded by `jobcircle demo`'s own code."""
    data = tmp_path_factory.mktemp("demo")
    settings = Settings(data_dir=data, embedder="hashing", push_scheduler=False, sync_interval_s=0.2)
    upgrade(settings.database_url)
    load_demo(settings)
    with live_server(create_app(settings)) as client:
        yield client


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


def open_dashboard(browser: Any, demo: httpx.Client, query: str = "") -> Any:
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # a resource or style the page's content security policy refused shows up on the console
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    token = demo.headers["Authorization"].removeprefix("Bearer ")  # signed in as the demo client's admin
    page.add_init_script(f"sessionStorage.setItem('jobcircle.token', {token!r})")
    page.goto(f"{demo.base_url}/dashboard{query}")
    page.wait_for_selector("body[data-ready]", timeout=30_000)
    assert page.get_attribute("body", "data-ready") == "1", page.inner_text("#headline")
    assert errors == []
    return page


def shot(page: Any, selector: str | None, name: str, tmp_path: Path) -> Image.Image:
    path = (SHOTS or tmp_path) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    if selector is None:
        page.screenshot(path=str(path), full_page=True)
    else:
        page.locator(selector).screenshot(path=str(path))
    return Image.open(path).convert("RGB")


def pixels_near(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 12) -> int:
    distance = np.abs(np.asarray(image, dtype=np.int16) - np.array(colour, dtype=np.int16)).max(axis=2)
    return int((distance <= tolerance).sum())


def shown(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.1f}%" if percent else f"{int(value):,}"


def test_headline_numbers_equal_the_api(browser: Any, demo: httpx.Client, tmp_path: Path) -> None:
    page = open_dashboard(browser, demo)
    overview = demo.get("/v1/stats/overview").json()
    for key in (
        "seekers",
        "open_jobs",
        "communities_meeting_standard",
        "intentions",
        "hires",
        "zero_employment_households",
        "fairs_held",
    ):
        assert page.inner_text(f"[data-stat={key}]") == shown(overview[key]), key
    for key in ("standard_share", "employment_rate"):
        assert page.inner_text(f"[data-stat={key}]") == shown(overview[key], percent=True), key
    assert overview["seekers"] > 0 and overview["hires"] > 0
    whole = shot(page, None, "dashboard", tmp_path)
    assert whole.width == 1400 and whole.height > 1000
    page.close()


def test_charts_render_and_match_the_api(browser: Any, demo: httpx.Client, tmp_path: Path) -> None:
    page = open_dashboard(browser, demo)
    trend = demo.get("/v1/stats/trend").json()
    for series in ("impression", "view", "apply", "intention", "hired"):
        total = sum(p[series] for p in trend["points"])
        assert page.get_attribute(f"#trend path[data-series={series}]", "data-total") == str(total)
    assert pixels_near(shot(page, "#trend", "trend", tmp_path), INTENTION) > 50
    period = demo.get("/v1/stats/overview").json()["period"]
    funnel = demo.get("/v1/stats/funnel", params={"from": f"{period['from']}T00:00:00+08:00"}).json()
    for step in funnel["steps"]:
        if step["type"] != "dismiss":
            assert page.get_attribute(f"#funnel rect[data-step={step['type']}]", "data-seekers") == str(step["seekers"])
    page.close()


def test_map_colours_communities_by_the_standard_and_drills_down(
    browser: Any, demo: httpx.Client, tmp_path: Path
) -> None:
    page = open_dashboard(browser, demo, "?district=340102")
    rows = demo.get("/v1/stats/communities", params={"district": "340102", "limit": 2000}).json()["items"]
    met = [r for r in rows if r["standard_met"] is True]
    unmet = [r for r in rows if r["standard_met"] is False]
    assert met and unmet, "the demo data should show both colours"
    assert page.locator("#map circle").count() == len(rows)
    assert page.locator("#map circle[data-met=true]").count() == len(met)
    assert page.locator("#map circle[data-met=false]").count() == len(unmet)
    image = shot(page, "#map", "map", tmp_path)
    assert pixels_near(image, MET) > 20 and pixels_near(image, UNMET) > 20
    target = max(unmet, key=lambda r: r["seekers"])
    page.click(f"#map circle[data-code='{target['code']}']")
    page.wait_for_selector(f"#detail dl[data-community='{target['code']}']")
    detail = page.inner_text("#detail")
    assert target["name"] in detail and "未达到" in detail
    assert f"登记求职者\n{target['seekers']}" in detail or f"登记求职者\t{target['seekers']}" in detail
    shot(page, None, "dashboard-drilldown", tmp_path)
    page.close()


def test_serve_demo_prints_a_staff_account_that_opens_the_dashboard_and_the_console(
    browser: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`serve --demo --port 9123`: the hints name the real port, the demo account's password is printed once,
    and a clerk signs in to the dashboard, then the console, with it through each page's own form."""
    (tmp_path / "data").mkdir()
    settings = Settings(data_dir=tmp_path / "data", embedder="hashing", push_scheduler=False, sync_interval_s=0.2)
    upgrade(settings.database_url)
    assert load_demo(settings, "http://127.0.0.1:9123") == 0
    printed = " ".join(capsys.readouterr().err.split())  # rich wraps long lines
    assert "http://127.0.0.1:9123/dashboard" in printed and ":8000" not in printed
    assert "http://127.0.0.1:9123/console" in printed and "http://127.0.0.1:9123/kiosk" in printed
    password = printed.split(f"phone {DEMO_PHONE}, password ")[1].split()[0]
    assert load_demo(settings, "http://127.0.0.1:9123") == 0
    assert password not in capsys.readouterr().err  # shown once
    with live_server(create_app(settings), admin=False) as client:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{client.base_url}/dashboard")
        page.wait_for_selector("body[data-ready='signin']", timeout=30_000)
        page.fill("#signin input[name=phone]", DEMO_PHONE)
        page.fill("#signin input[name=password]", password)
        page.click("#signin button[type=submit]")
        page.wait_for_selector("body[data-ready='1']", timeout=30_000)
        assert page.locator("[data-stat=seekers]").inner_text() == str(
            client.get(
                "/v1/stats/overview",
                headers={
                    "Authorization": f"Bearer {client.post('/v1/auth/login', json={'phone': DEMO_PHONE, 'password': password}).json()['access_token']}"
                },
            ).json()["seekers"]
        )
        page.close()
        page = browser.new_page(viewport={"width": 1024, "height": 768})  # a fresh tab: the console's own sign-in
        page.goto(f"{client.base_url}/console")
        page.wait_for_selector("body[data-ready='signin']")
        page.fill("#signin-phone", DEMO_PHONE)
        page.fill("#signin-password", password)
        page.click("#signin button[type=submit]")
        page.wait_for_selector("body[data-ready='upload']")
        assert "演示管理员" in page.inner_text("#whoami")
        page.close()
    assert load_demo(settings.model_copy(update={"environment": "production"})) == 2
