"""The console's casework sections in a real headless Chromium: a district clerk opens a 一人一策 case for a
hard-to-employ person, plans a job referral, logs a visit, registers the job found and closes the case, and the
community's zero-employment households fall by one; records a migrant worker's 1+3+1 to complete and sees it counted;
registers a 见习 placement and reads the unit's subsidy statement, its amounts equal to a hand computation, on the
page and in the downloaded workbook; sets a person's free times for 零工; and gives a fair its livestream. Every
control is labelled."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openpyxl
import pytest

from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from tests.assist_kit import person, today
from tests.browser_kit import launched, needs_chromium
from tests.console_kit import Console
from tests.factories import employer, loc, post_job, post_seeker
from tests.live import live_server
from tests.stats_kit import A_CODE, centre

DISTRICT = A_CODE[:6]  # 瑶海区
CLERK = {"phone": "13955100031", "password": "casework-pass-2026"}
PHONES = itertools.count(13_700_000_100)

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """瑶海区 with 电焊 jobs at 填海巷社区's centre, for the referrals and the 1+3+1 to be matched from."""
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("casework"), embedder="hashing", push_scheduler=False, sync_interval_s=0.2
    )
    upgrade(settings.database_url)
    with live_server(create_app(settings)) as admin:
        clerk = {**CLERK, "role": "operator", "name": "填海巷社区工作站", "districts": [DISTRICT]}
        assert admin.post("/v1/users", json=clerk).status_code == 201
        owner = employer(admin, "填海巷机械厂")
        for title in ("电焊工", "焊工学徒", "二保焊工", "氩弧焊工"):
            post_job(admin, owner, title=title, location=loc(centre(A_CODE)))
        yield admin


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as chromium:
        yield chromium


@pytest.fixture
def console(browser: Any, server: httpx.Client) -> Iterator[Console]:
    tab = Console(browser, str(server.base_url), CLERK)
    tab.sign_in()
    yield tab
    tab.close()


def named(api: httpx.Client, name: str, groups: list[str], **extra: Any) -> int:
    return person(api, groups, name=name, phone=str(next(PHONES)), **extra)


def pick_seeker(console: Console, finder: str, name: str, seeker: int) -> None:
    console.page.fill(f"#{finder}-q", name)
    console.page.click(f"#{finder} button[type=submit]")
    console.page.click(f"#{finder}-found [data-pick='{seeker}']")


def zero_households(console: Console) -> int:
    return int(console.page.get_attribute(f"#clearance tr[data-community='{A_CODE}'] [data-zero]", "data-zero") or "")


def test_a_case_from_opening_to_employment_lowers_the_zero_employment_count(
    console: Console, server: httpx.Client, tmp_path: Path
) -> None:
    seeker = named(server, "援助测试甲", ["hard_to_employ"], household="TH-1")
    page = console.page
    console.open("cases")
    page.wait_for_selector(f"#clearance tr[data-community='{A_CODE}']")
    before = zero_households(console)
    assert before >= 1  # 援助测试甲's 户: no one in work

    pick_seeker(console, "case-seeker", "援助测试甲", seeker)
    assert "援助测试甲" in page.inner_text("#case-open-who")
    page.select_option("#case-open-need", "childcare")
    page.fill("#case-open-note", "孩子上小学，只能做白班")
    page.click("#case-open-form button[type=submit]")
    page.wait_for_selector("#case-detail[data-status=open]")
    case = int(page.get_attribute("#case-detail", "data-case") or "")
    assert "需照料子女：孩子上小学，只能做白班" in page.inner_text("#case-detail")

    page.click("#case-needs summary")  # 动态管理: the person's situation changed
    assert page.is_checked("#need-childcare") and page.input_value("#need-note-childcare") == "孩子上小学，只能做白班"
    page.fill("#need-note-transport", "没有车，只能坐公交")  # a note ticks its need
    page.click("#case-needs-form button[type=submit]")
    page.wait_for_selector("#case-message .notice.ok")
    assert "交通不便：没有车，只能坐公交" in page.inner_text("#case-detail")
    assert [n["kind"] for n in server.get(f"/v1/cases/{case}").json()["needs"]] == ["childcare", "transport"]

    page.select_option("#step-kind", "job_referral")
    page.fill("#step-note", "推荐附近白班的焊工岗位")
    page.click("#case-step-form button[type=submit]")
    page.wait_for_selector("#case-detail tr[data-step]")
    assert page.locator("#case-detail tr[data-step] .jobs li").count() == 3  # chosen by matching, sent to the inbox
    page.select_option("#contact-channel", "visit")
    page.fill("#contact-note", "上门了解，愿意去第一家面试")
    page.click("#case-contact-form button[type=submit]")
    page.wait_for_selector("#case-detail[data-status=in_progress] tr[data-contact]")
    assert "填海巷社区工作站" in page.inner_text("#case-detail tr[data-contact]")  # who made the contact, by name
    step = page.get_attribute("#case-detail tr[data-step]", "data-step")
    page.fill(f"#step-outcome-{step}", "已面试，录用")
    page.click(f"[data-step-done='{step}']")
    page.wait_for_selector(f"#case-detail tr[data-step='{step}'][data-step-status=done]")
    assert console.unlabelled() == []
    console.shot("cases", tmp_path)

    page.click("#case-close-form button[type=submit]")  # as employed, with no employment registered yet
    page.wait_for_selector("#case-close-form .notice.error")
    page.click("#close-register")
    page.wait_for_selector("body[data-ready=employment]")
    assert page.input_value("#employment-seeker") == str(seeker)
    page.fill("#employment-started", today())
    page.fill("#employment-wage", "4500")
    page.click("#employment-form button[type=submit]")
    page.click("#employment-back")
    page.wait_for_selector(f"body[data-ready=cases] #case-detail[data-case='{case}']")
    page.click("#case-close-form button[type=submit]")
    page.wait_for_selector("#case-detail[data-status=closed_employed]")
    page.wait_for_selector(f"#clearance tr[data-community='{A_CODE}'] [data-zero='{before - 1}']")
    console.shot("case-closed", tmp_path)

    closed = server.get(f"/v1/cases/{case}").json()
    assert closed["employment_id"] is not None and closed["closed_on"] == today()
    assert [a["action"] for a in closed["actions"]] == ["open", "update", "plan_step", "contact", "step_done", "close"]


def test_a_migrant_workers_one_three_one_is_recorded_to_complete_and_counted(
    console: Console, server: httpx.Client, tmp_path: Path
) -> None:
    worker = named(server, "农民工测试乙", ["migrant_worker"])
    page = console.page
    console.open("migrants")
    page.wait_for_selector(f"#coverage tr[data-district='{DISTRICT}']")
    complete = f"#coverage tr[data-district='{DISTRICT}'] td:nth-child(3)"
    before = int(page.inner_text(complete))

    pick_seeker(console, "migrant-seeker", "农民工测试乙", worker)
    page.wait_for_selector(f"#migrant-record[data-seeker='{worker}'][data-complete=false]")
    page.fill("#guidance-note", "面谈：想做焊工，有三年经验")
    page.click("#guidance-form button[type=submit]")
    page.wait_for_selector("#record-guidance")
    page.click("#send-jobs")
    page.wait_for_selector("#migrant-record tr[data-sent-job] >> nth=2")
    page.fill("#training-provider", "瑶海区职业技能培训中心")
    page.fill("#training-course", "焊工（中级）")
    page.click("#training-form button[type=submit]")
    page.wait_for_selector("#migrant-record[data-complete=true]")
    page.wait_for_selector(f"{complete}:text-is('{before + 1}')")
    page.wait_for_selector(f"#migrants-list tr[data-record='{worker}']")
    console.shot("migrants", tmp_path)

    record = server.get(f"/v1/one-three-one/{worker}").json()
    assert record["complete"] and len(record["jobs"]) == 3 and record["training"]["course"] == "焊工（中级）"


def test_a_placement_gives_the_statement_computed_by_hand_on_the_page_and_in_the_workbook(
    console: Console, server: httpx.Client, tmp_path: Path
) -> None:
    intern = post_seeker(
        server, name="见习测试丙", phone=str(next(PHONES)), graduation_date="2026-06-30", community_code=A_CODE
    )
    employer(server, "瑶海见习测试基地")
    page = console.page
    console.open("subsidies")
    pick_seeker(console, "placement-seeker", "见习测试丙", intern)
    page.fill("#placement-unit", "瑶海见习测试基地")
    page.wait_for_selector("#placement-unit-options option[value='瑶海见习测试基地']", state="attached")
    page.fill("#placement-started", "2026-08-01")
    page.fill("#placement-ended", "2026-10-31")
    page.fill("#placement-pay", "2200")
    page.click("#placement-form button[type=submit]")
    page.wait_for_selector("#placements-list tr[data-placement]")
    placement = page.get_attribute("#placements-list tr[data-placement]", "data-placement")
    page.click(f"[data-edit-placement='{placement}']")  # the unit signs its intern for 12 months
    page.fill("#placement-edit-contract", "12")
    page.fill("#placement-edit-signed", "2026-11-02")
    page.click("#placement-edit-form button[type=submit]")
    page.wait_for_selector("#subsidies-message .notice.ok")
    assert "享受吸纳就业补贴" in page.inner_text("#subsidies-message")

    page.fill("#statement-unit", "瑶海见习测试基地")
    page.wait_for_selector("#statement-unit-options option[value='瑶海见习测试基地']", state="attached")
    page.fill("#statement-month", "2026-08")
    page.fill("#statement-through", "2026-11")
    page.click("#statement-form button[type=submit]")
    page.wait_for_selector("#statement-total")
    # 3 months × 1,400 (见习补贴) + 100 (insurance) + 200 (带教费) + 1,000 (a 12-month contract: 吸纳就业补贴)
    hand = [1400.0, 100.0, 200.0, 1400.0, 1400.0, 1000.0]
    assert sum(hand) == 5500
    shown = [
        float(a) for a in page.locator("#statement [data-amount]").evaluate_all("s => s.map((x) => x.dataset.amount)")
    ]
    assert shown == hand and page.inner_text("#statement-total") == "5500.00"
    first = page.inner_text("#statement tr[data-line='1']")
    assert "1400.00 元/人·月" in first and "subsidy_internship_monthly_yuan" in first  # the rate and its setting
    assert console.unlabelled() == []
    console.shot("subsidies", tmp_path)

    with page.expect_download() as caught:
        page.click("#statement-download")
    saved = tmp_path / "statement.xlsx"
    caught.value.save_as(saved)
    assert caught.value.suggested_filename.endswith("_2026-08_2026-11.xlsx")
    workbook = openpyxl.load_workbook(saved)
    lines = list(workbook["明细"].iter_rows(min_row=2, values_only=True))
    assert [row[8] for row in lines] == hand  # 金额（元）
    assert lines[0][9] == "subsidy_internship_monthly_yuan"  # 依据（设置项）
    totals = {row[0]: row[3] for row in workbook["汇总"].iter_rows(min_row=2, values_only=True) if row and row[0]}
    assert (totals["见习补贴"], totals["吸纳就业补贴"], totals["合计"]) == (4200, 1000, 5500)


def test_a_clerk_sets_a_persons_free_times_for_gigs(console: Console, server: httpx.Client, tmp_path: Path) -> None:
    seeker = named(server, "零工测试丁", [], job_types=["gig"])
    body = {
        "name": "填海巷零工驿站",
        "kind": "gig",
        "location": loc(centre(A_CODE)),
        "opening_hours": "每天 06:00-18:00",
    }
    created = server.post("/v1/stations", json=body)
    assert created.status_code == 201, created.text
    station = created.json()["id"]
    page = console.page
    console.open("seekers")
    page.fill("#seekers-q", "零工测试丁")
    page.click("#seekers-search button[type=submit]")
    page.click(f"[data-free-times='{seeker}']")
    page.wait_for_selector(f"body[data-ready=stations] #free-times-form[data-seeker='{seeker}']")
    page.click("#add-weekly")  # 周一至周五 08:00-12:00 as it comes
    page.click("#free-times-form button[type=submit]")
    page.wait_for_selector("#free-message .notice.ok")
    assert "每周一、二、三、四、五 08:00-12:00" in page.inner_text("#free-message")
    assert console.unlabelled() == []
    free = server.get(f"/v1/jobseekers/{seeker}").json()["free_times"]
    assert free == {"weekly": [{"days": [1, 2, 3, 4, 5], "start": "08:00", "end": "12:00"}], "dates": []}

    page.click(f"[data-station-seekers='{station}']")  # the 驿站 nearby: the person among those around it, masked
    page.wait_for_selector("#station-seekers td:has-text('每周一、二、三、四、五 08:00-12:00')")
    assert "零工测试丁" not in page.inner_text("#station-seekers") and "零**" in page.inner_text("#station-seekers")
    console.shot("free-times", tmp_path)


def test_a_livestream_fair_carries_its_platform_room_and_times(console: Console, server: httpx.Client) -> None:
    page = console.page
    console.open("fairs")
    page.fill("#fair-name-new", "瑶海区直播带岗专场")
    page.select_option("#fair-kind-new", "livestream")
    page.fill("#fair-organiser-new", "瑶海区人社局")
    page.fill("#fair-starts-new", "2030-03-01T19:00")
    page.fill("#fair-ends-new", "2030-03-01T21:00")
    page.fill("#fair-live-platform-new", "抖音")
    page.fill("#fair-live-room-new", "12345")
    page.fill("#fair-live-url-new", "https://live.douyin.com/12345")
    page.fill("#fair-live-starts-new", "2030-03-01T19:00")
    page.fill("#fair-live-ends-new", "2030-03-01T21:00")
    page.click("#fair-create-form button[type=submit]")
    page.wait_for_selector("#fairs-list [data-live]:has-text('抖音 直播间 12345')")
    [fair] = [f for f in server.get("/v1/fairs").json()["items"] if f["name"] == "瑶海区直播带岗专场"]
    assert fair["livestream"]["room"] == "12345" and fair["livestream"]["starts_at"].startswith("2030-03-01T11:00")
    page.click(f"[data-edit-fair='{fair['id']}']")
    assert page.input_value(f"#fair-live-room-{fair['id']}") == "12345"
    assert console.unlabelled() == []
