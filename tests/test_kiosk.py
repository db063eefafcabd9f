"""The self-service job kiosk (/kiosk) in a real headless Chromium: a person types what work and a place, picks the
place from the suggestions and sees the jobs within 3 km as a list and a map, 零工 first when asked; an unknown
place is said plainly; the page fits a 768 px portrait tablet with touch-sized, labelled, keyboard-reachable controls."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from datetime import time as dt_time
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from matching.gazetteer import Gazetteer
from matching.geo import GeoPoint
from tests.browser_kit import SHOTS, launched, needs_chromium
from tests.factories import employer, fair_body, post_job
from tests.live import live_server

pytestmark = needs_chromium

MINGGUANG = Gazetteer.load().locate_name("明光路")
BEIJING = timezone(timedelta(hours=8))
TOUCH_PX = 48
KIOSK = {"width": 1080, "height": 1920}
TABLET = {"width": 768, "height": 1024}


@dataclass(frozen=True)
class Town:
    client: httpx.Client
    gigs: list[int]
    full_time: list[int]
    far: int


def _at(centre: GeoPoint, north_km: float, east_km: float) -> dict[str, object]:
    return {"lat": centre.lat + north_km / 110.57, "lon": centre.lon + east_km / 94.6, "crs": "wgs84"}


def _gig(api: httpx.Client, owner: int, title: str, where: dict[str, object], day_yuan: int) -> int:
    salary = {"min": day_yuan, "max": day_yuan + 50, "unit": "day"}
    return post_job(
        api, owner, title=title, description="日结，当天结算", job_type="gig", salary=salary, location=where
    )


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Town]:
    """Jobs around 明光路街道's centre: three 零工 and two full-time within 3 km, one 零工 4.5 km out."""
    assert MINGGUANG is not None
    centre = MINGGUANG.place.point
    data = tmp_path_factory.mktemp("kiosk")
    settings = Settings(data_dir=data, embedder="hashing", push_scheduler=False, sync_interval_s=0.2)
    upgrade(settings.database_url)
    with live_server(create_app(settings)) as api:
        logistics, housekeeping = employer(api, "瑶海物流中心"), employer(api, "明光路家政服务部")
        full_time = [
            post_job(
                api,
                logistics,
                title="仓库搬运工",
                description="搬运装卸，缴五险",
                salary={"min": 5000, "max": 6500, "unit": "month"},
                location=_at(centre, 0.3, 0.1),
                address="合肥市瑶海区明光路88号",
            ),
            post_job(
                api,
                logistics,
                title="物流分拣员",
                description="分拣搬运",
                location=_at(centre, -0.2, -1.0),
                fair_id=_fair(api, centre),
            ),
        ]
        gigs = [
            _gig(api, logistics, "搬运零工", _at(centre, 0.6, 0.4), 180),
            _gig(api, logistics, "临时装卸工", _at(centre, -0.5, 1.3), 200),
            _gig(api, housekeeping, "家政保洁钟点工", _at(centre, -1.9, -0.6), 150),
        ]
        far = _gig(api, logistics, "搬运零工", _at(centre, 4.5, 0.0), 180)
        _wait_until_indexed(api, {*gigs, *full_time})
        yield Town(api, gigs, full_time, far)


def _fair(api: httpx.Client, centre: GeoPoint) -> int:
    day = (datetime.now(BEIJING) + timedelta(days=3)).date()
    opens = datetime.combine(day, dt_time(9), BEIJING)
    body = fair_body(
        centre,
        name="明光路春风行动招聘会",
        venue="明光路街道便民服务中心",
        starts_at=opens.isoformat(),
        ends_at=(opens + timedelta(hours=3)).isoformat(),
    )
    response = api.post("/v1/fairs", json=body)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def _wait_until_indexed(api: httpx.Client, ids: set[int]) -> None:
    for _ in range(100):
        page = api.post("/v1/matches/search", json={"text": "搬运", "place": "明光路街道", "limit": 50}).json()
        if ids <= {item["job"]["id"] for item in page["items"]}:
            return
        time.sleep(0.1)
    raise AssertionError("the postings never reached the index")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as chromium:
        yield chromium


@dataclass
class Kiosk:
    page: Any
    errors: list[str]


def open_kiosk(browser: Any, town: Town, viewport: dict[str, int] = KIOSK) -> Kiosk:
    page = browser.new_page(viewport=viewport, device_scale_factor=1)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # a script or style the page's content security policy refused shows up on the console
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(f"{town.client.base_url}/kiosk")
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    return Kiosk(page, errors)


def find_gigs_near_mingguang(kiosk: Kiosk, kind: str = "prefer") -> None:
    """As a person does it: types the work, types the place, picks it from the suggestions, asks 零工 first."""
    page = kiosk.page
    page.fill("#want", "搬运")
    page.locator("#place").press_sequentially("明光路", delay=30)
    page.click("#place-options button[data-search='明光路街道']")
    assert page.input_value("#place") == "明光路街道"
    page.check(f"input[name=kind][value={kind}]")
    page.click("#go")
    page.wait_for_selector("body[data-state='results']", timeout=30_000)


def shown_jobs(page: Any) -> list[tuple[int, str]]:
    rows = page.locator("#jobs li.job")
    return [
        (int(rows.nth(i).get_attribute("data-job")), rows.nth(i).get_attribute("data-kind"))
        for i in range(rows.count())
    ]


def screenshot(page: Any, name: str, tmp_path: Path) -> None:
    path = (SHOTS or tmp_path) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)


def test_finds_gigs_first_within_three_km_and_maps_each(browser: Any, town: Town, tmp_path: Path) -> None:
    kiosk = open_kiosk(browser, town)
    find_gigs_near_mingguang(kiosk)
    page = kiosk.page
    shown = shown_jobs(page)
    kinds = [kind for _, kind in shown]
    assert kinds == ["gig"] * 3 + ["full_time"] * 2
    assert {job for job, _ in shown} == {*town.gigs, *town.full_time} and town.far not in dict(shown)
    distances = [float(t.removesuffix(" km")) for t in page.locator("#jobs .distance").all_inner_texts()]
    assert all(d <= 3.0 for d in distances) and len(distances) == len(shown)
    assert page.locator("#map .job-dot").count() == len(shown)
    dots = page.locator("#map .job-dot")
    assert [int(dots.nth(i).get_attribute("data-job")) for i in range(dots.count())] == [job for job, _ in shown]
    asked = {"text": "搬运", "place": "明光路街道", "radius_km": 3, "limit": 20, "prefer_job_type": "gig"}
    api_page = town.client.post("/v1/matches/search", json=asked).json()
    assert [job for job, _ in shown] == [item["job"]["id"] for item in api_page["items"]]  # the API's own order
    first = page.locator("#jobs li.job").first.inner_text()
    assert "零工" in first and ("瑶海物流中心" in first or "明光路家政服务部" in first)
    assert "元/天" in first and "km" in first and "怎么应聘" in first
    assert "明光路街道" in page.inner_text("#results-title")
    at_fair = page.locator(f"#jobs li[data-job='{town.full_time[1]}'] .fair")
    page.wait_for_function("e => e.textContent.startsWith('招聘会：')", arg=at_fair.element_handle())
    assert (
        "明光路春风行动招聘会" in at_fair.inner_text() and "09:00 在「明光路街道便民服务中心」" in at_fair.inner_text()
    )
    screenshot(page, "kiosk", tmp_path)
    only = open_kiosk(browser, town)
    find_gigs_near_mingguang(only, kind="only")
    assert {kind for _, kind in shown_jobs(only.page)} == {"gig"} and len(shown_jobs(only.page)) == 3
    assert kiosk.errors == [] and only.errors == []
    page.close()
    only.page.close()


def test_an_unknown_place_is_said_plainly_with_suggestions(browser: Any, town: Town, tmp_path: Path) -> None:
    kiosk = open_kiosk(browser, town)
    page = kiosk.page
    page.fill("#want", "保洁")
    page.fill("#place", "火星基地")
    page.click("#go")
    page.wait_for_selector("body[data-state='error']", timeout=30_000)
    message = page.inner_text("#message")
    assert "没有找到「火星基地」这个地方" in message and "明光路" in message
    assert page.locator("#results").is_hidden()
    page.fill("#place", "团结社区")  # a name many villages share: which one?
    page.click("#go")
    page.wait_for_selector("#message button[data-search$='团结社区']", timeout=30_000)
    assert "有几个同名或相近的地方" in page.inner_text("#message")
    page.locator("#message button[data-search$='团结社区']").first.click()  # picking one searches there
    page.wait_for_selector("body[data-state='results']", timeout=30_000)
    assert "团结社区" in page.inner_text("#results-title")
    page.fill("#place", "明光")
    page.click("#go")
    page.wait_for_selector("#message .options button", timeout=30_000)  # a bare 明光 is a county-sized place
    assert "较大的区县" in page.inner_text("#message")
    screenshot(page, "kiosk-wide-place", tmp_path)
    assert kiosk.errors == []
    page.close()


def test_fits_a_768_px_tablet_with_touch_sized_controls(browser: Any, town: Town, tmp_path: Path) -> None:
    kiosk = open_kiosk(browser, town, TABLET)
    page = kiosk.page
    find_gigs_near_mingguang(kiosk)
    assert page.evaluate("document.documentElement.scrollWidth") <= TABLET["width"]
    targets = page.locator("input[type=text], button, .choices label")
    heights = {t.evaluate("e => e.id || e.textContent.trim()"): t.bounding_box()["height"] for t in targets.all()}
    assert heights and all(h >= TOUCH_PX for h in heights.values()), heights
    body_px = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert body_px >= 20
    screenshot(page, "kiosk-768", tmp_path)
    page.click("#restart")
    assert page.input_value("#want") == "" and page.input_value("#place") == ""
    assert page.locator("#results").is_hidden() and page.locator("#jobs li").count() == 0
    assert page.is_checked("input[name=kind][value=all]")
    assert kiosk.errors == []
    page.close()


LABEL_OF = """e => {
  const text = (n) => (n && n.textContent || "").trim();
  if (e.getAttribute("aria-label")) return e.getAttribute("aria-label");
  if (e.labels && e.labels.length) return text(e.labels[0]);
  if (e.getAttribute("aria-labelledby")) return text(document.getElementById(e.getAttribute("aria-labelledby")));
  return e.tagName === "BUTTON" ? text(e) : "";
}"""


def test_every_control_is_labelled_and_reached_by_tab(browser: Any, town: Town, tmp_path: Path) -> None:
    kiosk = open_kiosk(browser, town)
    page = kiosk.page
    reached = []
    for _ in range(6):  # from the top of a fresh page
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id || document.activeElement.value"))
    assert reached[:5] == ["restart", "want", "place", "all", "go"], reached  # the radio group: one stop
    page.fill("#place", "三里")
    page.wait_for_selector("#place-options button")
    screenshot(page, "kiosk-suggestions", tmp_path)
    controls = page.locator("input, button, select, textarea").all()
    labels = {
        c.get_attribute("id") or c.get_attribute("value") or c.inner_text(): c.evaluate(LABEL_OF) for c in controls
    }
    assert len(labels) >= 8 and all(labels.values()), labels
    assert {labels["want"], labels["place"], labels["go"], labels["restart"]} == {
        "我想找……",
        "在哪里附近",
        "查找 3 公里内的工作",
        "重新开始",
    }
    page.fill("#place", "")
    page.focus("#want")
    page.keyboard.type("保洁")
    page.keyboard.press("Tab")
    page.keyboard.type("明光路")
    page.keyboard.press("Enter")  # the form submits from the keyboard, too
    page.wait_for_selector("body[data-state='results']", timeout=30_000)
    assert kiosk.errors == []
    page.close()
