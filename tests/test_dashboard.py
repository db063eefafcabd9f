"""The officials' dashboard in a real headless Chromium, on the demo data: the page loads, the charts
and the map render (checked in the screenshots' pixels), and every number shown equals the API's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
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
from tests.browser_kit import SHOTS, launched, needs_chromium
from tests.live import live_server

MET, UNMET = (46, 157, 91), (214, 69, 65)  # --met and --unmet in dashboard.css
INTENTION = (245, 183, 0)  # the trend's 达成意向 line

pytestmark = needs_chromium


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
    with launched() as chromium:
        yield chromium


def open_dashboard(browser: Any, demo: httpx.Client, query: str = "", width: int = 1400) -> Any:
    page = browser.new_page(viewport={"width": width, "height": 1000}, device_scale_factor=1)
    errors: list[str] = []
    page.errors = errors  # checked again after clicks, by no_errors()
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


def no_errors(page: Any) -> None:
    """No script error and nothing the content security policy refused, since the page opened."""
    assert page.errors == []


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
    return f"{value * 100:.1f}".removesuffix(".0") + "%" if percent else f"{int(value):,}"


def times(ratio: float) -> str:
    """A ratio as the page words it: 0.75 倍, 2.4 倍, 1 倍."""
    return f"{ratio:.2f}".rstrip("0").rstrip(".") + " 倍"


def intention_pairs(demo: httpx.Client, period: dict[str, str]) -> int:
    """The funnel's 达成意向 in seeker-job pairs over the overview's period (local days)."""
    end = date.fromisoformat(period["to"]) + timedelta(days=1)
    params = {"from": f"{period['from']}T00:00:00+08:00", "to": f"{end}T00:00:00+08:00"}
    steps = demo.get("/v1/stats/funnel", params=params).json()["steps"]
    return int(next(s["pairs"] for s in steps if s["type"] == "intention"))


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
    assert page.inner_text("[data-stat=employment_rate]") == shown(overview["employment_rate"], percent=True)
    assert page.inner_text("[data-stat=standard_share]") == f"达标率 {shown(overview['standard_share'], percent=True)}"
    assert overview["seekers"] > 0 and overview["hires"] > 0
    for definition in demo.get("/v1/stats/definitions").json():  # each total says what it counts
        assert definition["text"] in page.inner_text("#definitions")
        if page.locator(f".card:has([data-stat={definition['measure']}])").count():
            assert page.get_attribute(f".card:has([data-stat={definition['measure']}])", "title") == definition["text"]
    whole = shot(page, None, "dashboard", tmp_path)
    assert whole.width == 1400 and whole.height > 1000
    page.close()


@pytest.mark.parametrize("width", [1400, 1024])
def test_the_cards_fit_one_row_without_cutting_a_number(
    browser: Any, demo: httpx.Client, width: int, tmp_path: Path
) -> None:
    page = open_dashboard(browser, demo, width=width)
    cards = page.eval_on_selector_all(
        ".card",
        """cards => cards.map(c => { const v = c.querySelector('.value'), r = c.getBoundingClientRect();
             return { top: r.top, right: r.right, lines: Math.round(v.getBoundingClientRect().height
               / parseFloat(getComputedStyle(v).lineHeight)), fits: v.scrollWidth <= v.clientWidth }; })""",
    )
    assert len(cards) == 8
    assert len({c["top"] for c in cards}) == 1, "one row"
    assert all(c["lines"] == 1 and c["fits"] for c in cards), cards
    assert max(c["right"] for c in cards) <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing pushes the page sideways
    shot(page, "#headline", f"cards-{width}", tmp_path)
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
            assert page.get_attribute(f"#funnel rect[data-step={step['type']}]", "data-pairs") == str(step["pairs"])
    page.close()


def test_the_time_axis_spans_the_data_not_the_year(browser: Any, demo: httpx.Client) -> None:
    """The demo has eight weeks of activity in a period from 1 January: the axis starts and ends with the data."""
    page = open_dashboard(browser, demo)
    days = [
        p
        for p in demo.get("/v1/stats/trend", params={"interval": "day"}).json()["points"]
        if any(p[k] for k in ("impression", "view", "apply", "intention", "hired"))
    ]
    first, last = date.fromisoformat(days[0]["period"]), date.fromisoformat(days[-1]["period"])
    ticks = [
        date.fromisoformat(t) for t in page.eval_on_selector_all("#trend .tick", "ts => ts.map(t => t.dataset.period)")
    ]
    assert len(ticks) >= 3
    assert first - timedelta(days=6) <= ticks[0] <= first  # the first bucket holds the first day (a week's Monday)
    assert ticks[-1] <= last and (last - ticks[-1]).days <= 6
    assert page.get_attribute("#trend", "data-first") == str(first) and page.get_attribute(
        "#trend", "data-last"
    ) == str(last)
    span_days = (last - first).days + 1
    expected = "按日" if span_days <= 45 else "按周" if span_days <= 280 else "按月"
    assert page.inner_text("#trend-interval").startswith(expected)
    page.close()


def test_cards_tables_and_funnel_give_one_number_each(browser: Any, demo: httpx.Client) -> None:
    """登记求职者: card == 全体 row == communities' total (rows + those with no community); 达成意向: card ==
    the funnel's pairs == communities' total; 实现就业: card == communities' total; and the same on the page."""
    overview = demo.get("/v1/stats/overview").json()
    page_of = demo.get("/v1/stats/communities", params={"limit": 2000}).json()
    rows, rest = page_of["items"], page_of["unassigned"]
    everyone = demo.get("/v1/stats/groups").json()["items"][0]
    assert everyone["group"] == "all"
    assert rest["seekers"] > 0, "the demo has a seeker with no registered community: the case that used to differ"
    assert overview["seekers"] == everyone["seekers"] == sum(r["seekers"] for r in rows) + rest["seekers"]
    assert overview["intentions"] == intention_pairs(demo, overview["period"])
    assert overview["intentions"] == sum(r["intentions"] for r in rows) + rest["intentions"]
    assert overview["hires"] == sum(r["hires"] for r in rows) + rest["hires"]
    assert overview["employment_rate"] == everyone["employment_rate"]

    page = open_dashboard(browser, demo)
    card = lambda key: page.inner_text(f"[data-stat={key}]")  # noqa: E731
    assert card("seekers") == page.inner_text("#groups tr[data-group=all] td:nth-child(2)")
    assert card("seekers") == page.inner_text("#communities [data-total=seekers]") == shown(overview["seekers"])
    assert card("intentions") == page.get_attribute("#funnel rect[data-step=intention]", "data-pairs")
    assert card("intentions") == page.inner_text("#communities [data-total=intentions]")
    assert card("hires") == page.inner_text("#communities [data-total=hires]")
    assert card("employment_rate") == page.inner_text("#groups tr[data-group=all] td:nth-child(4)")
    page.close()


def test_groups_compare_in_words(browser: Any, demo: httpx.Client) -> None:
    page = open_dashboard(browser, demo)
    sentences = page.inner_text("#group-sentences")
    names = {"veteran": "退役军人", "migrant_worker": "农民工", "college_graduate": "高校毕业生"}
    for group in demo.get("/v1/stats/groups").json()["items"]:
        if group["group"] in names and group["employment_ratio"] is not None:
            assert f"{names[group['group']]}就业率为全体的 {times(group['employment_ratio'])}" in sentences
    assert " / " not in page.inner_text("#groups")  # no bare "1.333 / 1.6"
    assert all(
        t.endswith("%") and ".0%" not in t
        for t in page.eval_on_selector_all(
            "#groups td.num:nth-child(4)", "cells => cells.map(c => c.textContent).filter(t => t !== '—')"
        )
    )
    page.close()


def test_map_colours_communities_by_the_standard_and_drills_down(
    browser: Any, demo: httpx.Client, tmp_path: Path
) -> None:
    page = open_dashboard(browser, demo, "?district=340102")
    rows = demo.get("/v1/stats/communities", params={"district": "340102", "limit": 2000}).json()["items"]
    met = [r for r in rows if r["standard_met"] is True]
    unmet = [r for r in rows if r["standard_met"] is False]
    assert met and unmet, "the demo data should show both colours"
    assert page.locator("#map circle.community").count() == len(rows)
    assert page.locator("#map circle.community[data-met=true]").count() == len(met)
    assert page.locator("#map circle.community[data-met=false]").count() == len(unmet)
    assert page.locator("#map path.county[data-county='340102']").count() == 1
    assert "瑶海区" in page.eval_on_selector_all("#map .county-name", "ns => ns.map(n => n.textContent)")
    assert page.locator("#map .community-label").count() >= 1  # the busiest communities are named
    assert page.get_attribute(f"#map circle[data-code='{met[0]['code']}']", "tabindex") == "0"
    assert met[0]["name"][:2] in page.inner_html(f"#map circle[data-code='{met[0]['code']}'] title")
    image = shot(page, "#map", "map", tmp_path)
    assert pixels_near(image, MET) > 20 and pixels_near(image, UNMET) > 20
    target = max(unmet, key=lambda r: r["seekers"])
    assert page.locator("#detail .watchlist li").count() == min(len(unmet), 10)  # before a click: what misses it
    page.click(f"#map circle[data-code='{target['code']}']")
    page.wait_for_selector(f"#detail dl[data-community='{target['code']}']")
    page.mouse.move(0, 0)  # the hover label goes, as it would when the official looks at the detail
    detail = page.inner_text("#detail")
    assert target["name"] in detail and "未达到" in detail
    assert f"登记求职者\n{target['seekers']}" in detail or f"登记求职者\t{target['seekers']}" in detail
    shot(page, None, "dashboard-drilldown", tmp_path)
    no_errors(page)
    page.close()


def dot_box(page: Any) -> dict[str, float]:
    """The extent of the communities with data, in the map's own units, and the map's size."""
    return dict(
        page.eval_on_selector(
            "#map",
            """svg => { const dots = [...svg.querySelectorAll('circle.community')].filter(c => c.getAttribute('r') > 3);
                 const xs = dots.map(c => +c.getAttribute('cx')), ys = dots.map(c => +c.getAttribute('cy'));
                 const [,, w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
                 return { left: Math.min(...xs) / w, right: Math.max(...xs) / w, top: Math.min(...ys) / h,
                          bottom: Math.max(...ys) / h, dots: dots.length }; }""",
        )
    )


def test_the_map_zooms_to_the_data_with_county_outlines(browser: Any, demo: httpx.Client, tmp_path: Path) -> None:
    """Province-wide, the demo's seekers are all in 合肥: the map fits them, not the 1,451 communities of Anhui."""
    page = open_dashboard(browser, demo)
    rows = demo.get("/v1/stats/communities", params={"limit": 2000}).json()["items"]
    active = [r for r in rows if r["seekers"] or r["jobs_nearby"]]
    west, south, east, north = map(float, page.get_attribute("#map", "data-bounds").split(","))
    assert page.get_attribute("#map", "data-fitted") == "data"
    assert west <= min(r["lon"] for r in active) and east >= max(r["lon"] for r in active)
    assert south <= min(r["lat"] for r in active) and north >= max(r["lat"] for r in active)
    assert (east - west) < 1.5 * (
        max(r["lon"] for r in active) - min(r["lon"] for r in active)
    ) + 0.06  # a margin, no more
    box = dot_box(page)
    assert box["dots"] == sum(1 for r in rows if r["seekers"])
    spread = max(box["right"] - box["left"], box["bottom"] - box["top"])
    assert spread > 0.4, box  # the seekers' communities spread over the map, not a corner of it
    assert 0.25 < (box["left"] + box["right"]) / 2 < 0.75 and 0.25 < (box["top"] + box["bottom"]) / 2 < 0.75, box
    counties = page.eval_on_selector_all("#map path.county", "ps => ps.map(p => p.dataset.county)")
    assert {"340102", "340103", "340104"} <= set(counties) and len(counties) < 40  # 合肥's districts, not all 105
    names = page.eval_on_selector_all("#map .county-name", "ns => ns.map(n => n.textContent)")
    assert {"瑶海区", "庐阳区", "蜀山区", "包河区"} <= set(names)
    assert page.locator("#map circle.job, #map rect.job").count() == 0  # jobs only on demand
    page.check("#show-jobs")
    page.wait_for_selector("#map rect.job")
    assert page.get_attribute("#map", "data-jobs") == str(demo.get("/v1/stats/overview").json()["open_jobs"])
    assert page.locator("#map circle.reach").count() == box["dots"]
    shot(page, "#map", "map-jobs", tmp_path)
    page.uncheck("#show-jobs")
    assert page.locator("#map rect.job").count() == 0
    busiest = max(rows, key=lambda r: r["seekers"])
    page.focus(f"#map circle[data-code='{busiest['code']}']")  # the keyboard gets the name a mouse hovers for
    assert busiest["name"][:2] in page.text_content("#map .tip")
    no_errors(page)
    page.close()


def test_job_points_are_counts_on_a_grid(demo: httpx.Client) -> None:
    points = demo.get("/v1/stats/job-points").json()
    assert points["radius_km"] == 3
    assert sum(p["jobs"] for p in points["items"]) == demo.get("/v1/stats/overview").json()["open_jobs"]
    assert all(set(p) == {"lat", "lon", "jobs"} for p in points["items"])  # no title, employer or id
    assert all(round(p["lat"] / 0.005, 6).is_integer() for p in points["items"])


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


def test_a_period_without_activity_says_so(browser: Any, demo: httpx.Client) -> None:
    """Years before the demo: no seekers and no events, so no trend to draw; the map still fits the open jobs."""
    page = open_dashboard(browser, demo, "?from=2020-01-01&to=2020-12-31")
    assert page.inner_text("[data-stat=seekers]") == "0"
    assert page.text_content("#trend .empty") == "统计期内暂无数据" and page.locator("#trend .tick").count() == 0
    assert page.get_attribute("#map", "data-fitted") == "data"  # communities with open jobs within 3 km, today
    assert page.locator("#detail .watchlist").count() == 0
    no_errors(page)
    page.close()


def test_with_no_data_the_map_shows_all_of_anhui(browser: Any, tmp_path: Path) -> None:
    """A new installation: communities seeded, nobody registered, no jobs. The map falls back to the province."""
    (tmp_path / "data").mkdir()
    settings = Settings(data_dir=tmp_path / "data", embedder="hashing", push_scheduler=False, sync_interval_s=0.2)
    upgrade(settings.database_url)
    with live_server(create_app(settings)) as empty:
        page = open_dashboard(browser, empty)
        assert page.get_attribute("#map", "data-fitted") == "province"
        west, south, east, north = map(float, page.get_attribute("#map", "data-bounds").split(","))
        assert west < 115 and east > 119.5 and south < 29.5 and north > 34.5  # Anhui: 114.9-119.7 E, 29.4-34.7 N
        assert page.locator("#map path.city").count() == 16 and page.locator("#map path.county").count() == 105
        assert page.locator("#map .county-name").count() == 16  # zoomed out: the cities are named
        assert page.inner_text("[data-stat=seekers]") == "0"
        shot(page, "#map", "map-no-data", tmp_path)
        no_errors(page)
        page.close()


def test_every_control_is_labelled_and_the_keyboard_reaches_the_filters(browser: Any, demo: httpx.Client) -> None:
    """Basic accessibility: each control names itself to a screen reader, and Tab alone reaches every filter."""
    page = open_dashboard(browser, demo)
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea, button')]
             .filter(c => c.type !== 'hidden' && !(c.labels && c.labels.length)
                          && !c.getAttribute('aria-label') && !c.textContent.trim())
             .map(c => c.outerHTML.slice(0, 80))"""
    )
    assert unlabelled == []
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert {"district", "from", "to", "group", "show-jobs"} <= set(reached), reached
    page.focus("#district")
    page.keyboard.press("ArrowDown")  # a district chosen by keyboard, the query sent with Enter
    page.keyboard.press("Enter")
    page.wait_for_selector("body[data-ready='1']")
    no_errors(page)
    page.close()
