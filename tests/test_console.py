"""The staff console in a real headless Chromium: a clerk signs in through the form, uploads a sheet, fixes its
errors from errors.xlsx, retries a failed upload, reviews held postings, finds their districts' postings by employer
name and closes one, creates a fair and adds an employer picked by name, and lists their seekers; an employer who
signs in is told the console is for staff. Every control is labelled and reachable by keyboard, and no script or
style is refused by the page's policy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openpyxl
import pytest
from sqlalchemy import create_engine, update

from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from app.models import Upload
from matching.geo import GeoPoint
from tests.browser_kit import launched, needs_chromium
from tests.console_kit import Console
from tests.factories import employer, fair_body, job_body, loc, seeker_body
from tests.live import live_server
from tests.uploads_kit import HEADERS, csv_bytes, numbered, row

DISTRICT, COMMUNITY, POINT = "340102", "340102001001", GeoPoint(31.867892, 117.303457)  # 瑶海区
FOREIGN_COMMUNITY, FOREIGN_POINT = "340122100004", GeoPoint(32.244871, 117.394778)  # 长丰县
CLERK = {"phone": "13955100001", "password": "console-pass-2026"}

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def console_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Screening holds discriminatory postings for review, so the review queue has work."""
    data = tmp_path_factory.mktemp("console")
    return Settings(
        data_dir=data, embedder="hashing", push_scheduler=False, sync_interval_s=0.2, screening_mode="review"
    )


@pytest.fixture(scope="module")
def server(console_settings: Settings) -> Iterator[httpx.Client]:
    upgrade(console_settings.database_url)
    with live_server(create_app(console_settings)) as admin:
        clerk = {**CLERK, "role": "operator", "name": "瑶海区就业服务中心", "districts": [DISTRICT]}
        assert admin.post("/v1/users", json=clerk).status_code == 201
        yield admin


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as chromium:
        yield chromium


@pytest.fixture
def console(browser: Any, server: httpx.Client) -> Iterator[Console]:
    tab = Console(browser, str(server.base_url), CLERK)
    yield tab
    tab.close()


def upload_in_page(console: Console, path: Path) -> dict[str, str]:
    page = console.page
    page.set_input_files("#upload-file", str(path))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#upload-result[data-status=done]", timeout=60_000)
    return {key: page.inner_text(f"[data-count={key}]") for key in ("total", "created", "rejected")}


def test_an_operator_uploads_fixes_the_errors_from_errors_xlsx_and_uploads_again(
    console: Console, server: httpx.Client, tmp_path: Path
) -> None:
    console.sign_in()
    rows = numbered(4, **{"单位名称": "瑶海上传测试厂"})
    rows[1] = row("", **{"外部编号": "fix-title", "单位名称": "瑶海上传测试厂"})
    rows[3] = row("仓库管理员", **{"薪资下限": "abc", "外部编号": "fix-salary", "单位名称": "瑶海上传测试厂"})
    sheet = tmp_path / "岗位.csv"
    sheet.write_bytes(csv_bytes(rows))
    before = server.get("/v1/jobs", params={"limit": 1}).json()["total"]

    assert upload_in_page(console, sheet) == {"total": "4", "created": "2", "rejected": "2"}
    shown = console.page.locator("#upload-errors tbody tr")
    assert shown.count() == 2
    assert [shown.nth(i).locator("td").first.inner_text() for i in range(2)] == ["3", "5"]  # sheet rows, header = 1
    console.shot("upload-errors", tmp_path)

    with console.page.expect_download() as caught:
        console.page.click("#errors-download")
    fixed = tmp_path / "errors.xlsx"
    caught.value.save_as(fixed)
    workbook = openpyxl.load_workbook(fixed)
    values = list(workbook.active.iter_rows(values_only=True))
    assert list(values[0]) == [*HEADERS, "错误原因"]
    assert [r[HEADERS.index("外部编号")] for r in values[1:]] == ["fix-title", "fix-salary"]
    assert all(r[len(HEADERS)] for r in values[1:])  # each row says why
    sheet_rows = workbook.active
    sheet_rows.cell(row=2, column=HEADERS.index("职位名称") + 1, value="电焊工")
    sheet_rows.cell(row=3, column=HEADERS.index("薪资下限") + 1, value="5000")
    workbook.save(fixed)

    assert upload_in_page(console, fixed) == {"total": "2", "created": "2", "rejected": "0"}
    assert "没有错误" in console.page.inner_text("#upload-result")
    console.shot("upload-done", tmp_path)
    assert server.get("/v1/jobs", params={"limit": 1}).json()["total"] == before + 4

    first, _ = sorted(u["id"] for u in server.get("/v1/uploads").json()["items"])  # a clerk back later
    console.page.click(f"[data-open-upload='{first}']")
    console.page.wait_for_selector("#upload-errors tbody tr")
    assert console.page.locator("#upload-errors tbody tr").count() == 2


def test_a_failed_upload_is_retried_from_the_list(
    console: Console, server: httpx.Client, console_settings: Settings, tmp_path: Path
) -> None:
    console.sign_in()
    sheet = tmp_path / "重试.csv"
    sheet.write_bytes(csv_bytes(numbered(3, **{"单位名称": "瑶海重试测试厂"})))
    assert upload_in_page(console, sheet)["created"] == "3"
    [upload_id] = [u["id"] for u in server.get("/v1/uploads").json()["items"] if u["filename"] == "重试.csv"]
    engine = create_engine(console_settings.database_url)  # as if its worker had died after the first row
    try:
        with engine.begin() as connection:
            failed = {"status": "failed", "failure": "worker lost", "rows_done": 1, "created": 1}
            connection.execute(update(Upload).where(Upload.id == upload_id).values(**failed))
    finally:
        engine.dispose()
    console.page.reload()
    console.page.wait_for_selector(f"[data-retry-upload='{upload_id}']")
    console.page.click(f"[data-retry-upload='{upload_id}']")
    console.page.wait_for_selector("#upload-result[data-status=done]", timeout=60_000)
    done = server.get(f"/v1/uploads/{upload_id}").json()
    assert (done["status"], done["progress"]["done"]) == ("done", 3)
    console.page.wait_for_selector(f"[data-retry-upload='{upload_id}']", state="detached")  # the list says done too


def test_an_employer_who_signs_in_is_told_the_console_is_for_staff(console: Console, server: httpx.Client) -> None:
    member = {"phone": "13955100002", "password": "employer-pass-2026", "name": "瑶海示例厂人事"}
    created = server.post(
        "/v1/users", json={**member, "role": "employer", "employer_id": employer(server, "非工作人员厂")}
    )
    assert created.status_code == 201, created.text
    page = console.page
    page.wait_for_selector("body[data-ready=signin]")
    page.fill("#signin-phone", member["phone"])
    page.fill("#signin-password", member["password"])
    page.click("#signin button[type=submit]")
    page.wait_for_selector("body[data-ready=not-staff]")
    assert "此控制台供工作人员使用" in page.inner_text("#content")
    assert "用人单位" in page.inner_text("#who") and page.locator("#nav a").count() == 0  # no section to open
    page.click("#signout")
    page.wait_for_selector("body[data-ready=signin]")


def held_posting(server: httpx.Client, title: str) -> int:
    body = job_body(employer(server, f"{title}单位"), title=title, description="仓库搬运，限男性，吃苦耐劳")
    response = server.post("/v1/jobs", json=body)
    assert response.status_code == 201 and response.json()["status"] == "review", response.text
    return int(response.json()["id"])


def test_a_clerk_approves_a_held_posting_and_rejecting_needs_a_reason(
    console: Console, server: httpx.Client, tmp_path: Path
) -> None:
    approved, rejected = held_posting(server, "搬运工"), held_posting(server, "理货员")
    console.sign_in()
    console.open("review")
    page = console.page
    page.wait_for_selector(f"article[data-job='{approved}']")
    assert "性别歧视" in page.inner_text(f"article[data-job='{approved}'] .holds")
    assert "搬运工单位" in page.inner_text(f"article[data-job='{approved}']")  # the employer's name, not its number
    console.shot("review", tmp_path)

    page.click(f"[data-approve='{approved}']")
    page.wait_for_selector(f"article[data-job='{approved}']", state="detached")
    assert "已通过" in page.inner_text("#review-message")
    assert server.get(f"/v1/jobs/{approved}").json()["status"] == "open"

    page.click(f"[data-reject='{rejected}']")  # no reason given
    assert "驳回须填写原因" in page.inner_text(f"article[data-job='{rejected}']")
    assert server.get(f"/v1/jobs/{rejected}").json()["status"] == "review"
    page.fill(f"#reject-note-{rejected}", "“限男性”与岗位无关，请删除后重新提交")
    page.click(f"[data-reject='{rejected}']")
    page.wait_for_selector(f"article[data-job='{rejected}']", state="detached")
    after = server.get(f"/v1/jobs/{rejected}").json()
    assert after["status"] == "closed" and after["review"]["note"].startswith("“限男性”")


def test_the_operator_closes_a_posting_and_creates_a_fair(
    console: Console, server: httpx.Client, tmp_path: Path
) -> None:
    job_id = server.post("/v1/jobs", json=job_body(employer(server, "关闭测试厂"), title="待关闭的保洁员")).json()["id"]
    foreign = job_body(employer(server, "长丰测试厂"), title="长丰的保洁员", location=loc(FOREIGN_POINT))
    foreign_id = server.post("/v1/jobs", json=foreign).json()["id"]
    neighbour_id = server.post(
        "/v1/jobs", json=job_body(employer(server, "瑶海保洁公司"), title="瑶海的保洁员")
    ).json()["id"]
    console.sign_in()
    console.open("postings")
    page = console.page
    page.fill("#postings-q", "保洁")
    page.fill("#postings-employer", "关闭测试")  # a name, picked from the suggestions: no employer number needed
    page.wait_for_selector("#postings-employer-options option[value='关闭测试厂']", state="attached")
    page.fill("#postings-employer", "关闭测试厂")
    page.click("#postings-search button[type=submit]")
    page.wait_for_selector("#postings-list [data-total='1']")
    assert "关闭测试厂" in page.inner_text(f"tr[data-job='{job_id}']")
    page.fill("#postings-employer", "")
    page.click("#postings-search button[type=submit]")
    page.wait_for_selector(f"tr[data-job='{neighbour_id}']")  # every employer's 保洁 posting in 瑶海区 …
    assert page.locator(f"tr[data-job='{foreign_id}']").count() == 0  # … and not 长丰县's, which they cannot change
    console.shot("postings", tmp_path)
    page.click(f"[data-edit='{job_id}']")
    page.fill("#job-title", "待关闭的保洁员（白班）")
    page.fill("#job-salary-min", "9000")  # above the maximum: the API's 422, shown in Chinese
    page.click("#posting-form button[type=submit]")
    page.wait_for_selector("#editor-message .notice.error")
    assert "填写有误" in page.inner_text("#editor-message")
    page.fill("#job-salary-min", "5000")
    page.click("#posting-form button[type=submit]")
    page.wait_for_selector("#posting-form", state="detached")
    edited = server.get(f"/v1/jobs/{job_id}").json()
    assert (edited["title"], edited["salary"]["min"]) == ("待关闭的保洁员（白班）", 5000)
    page.wait_for_selector(f"tr[data-job='{job_id}'] td:has-text('白班')")
    page.click(f"[data-close='{job_id}']")
    page.click(f"[data-close='{job_id}']")  # 确认关闭？
    page.wait_for_selector(f"tr[data-job='{job_id}'] .tag.closed")
    assert server.get(f"/v1/jobs/{job_id}").json()["status"] == "closed"

    console.open("fairs")
    page.fill("#fair-name-new", "瑶海区春风行动专场")
    page.select_option("#fair-kind-new", "spring_action")
    page.fill("#fair-organiser-new", "瑶海区人社局")
    page.fill("#fair-venue-new", "明光路街道社区服务中心")
    page.fill("#fair-starts-new", "2030-03-01T09:00")
    page.fill("#fair-ends-new", "2030-03-01T08:00")  # ends before it starts: the API's 422, shown in Chinese
    page.click("#fair-create-form button[type=submit]")
    page.wait_for_selector("#fair-create-form .notice.error")
    assert "填写有误" in page.inner_text("#fair-create-form .notice.error")
    page.fill("#fair-ends-new", "2030-03-01T16:00")
    page.click("#fair-create-form button[type=submit]")
    page.wait_for_selector("#fairs-list td:has-text('瑶海区春风行动专场')")
    [fair] = [f for f in server.get("/v1/fairs").json()["items"] if f["name"] == "瑶海区春风行动专场"]
    assert fair["starts_at"].startswith("2030-03-01T01:00") and fair["kind"] == "spring_action"  # 09:00 in Beijing

    page.click(f"[data-edit-fair='{fair['id']}']")
    page.fill(f"#fair-ends-{fair['id']}", "2030-03-01T17:00")
    held: list[Any] = []  # the save's answer, held until the clerk has opened the editor again
    page.route(f"**/v1/fairs/{fair['id']}", lambda route: held.append(route))
    page.click("#fair-edit-form button[type=submit]")
    while not held:
        page.wait_for_timeout(50)
    page.click(f"[data-edit-fair='{fair['id']}']")
    held.pop().continue_()
    page.unroute(f"**/v1/fairs/{fair['id']}")
    # the creation's notice is already there: wait for the save's own
    page.wait_for_selector("#fairs-message .notice.ok:has-text('已保存')")
    assert page.locator("#fair-employer-form").count() == 1  # the late answer did not close the editor opened since
    page.click(f"[data-edit-fair='{fair['id']}']")
    employer(server, "参会测试厂")
    picker = f"#fair-employer-{fair['id']}"
    page.fill(picker, "参会")
    page.click("#fair-employer-form button[type=submit]")  # a part of a name is not a choice
    page.wait_for_selector("#fair-employer-form .notice.error")
    assert "请从下拉列表中选择" in page.inner_text("#fair-employer-form .notice.error")
    page.wait_for_selector(f"{picker}-options option[value='参会测试厂']", state="attached")
    page.fill(picker, "参会测试厂")
    page.click("#fair-employer-form button[type=submit]")
    page.wait_for_selector("#fair-employer-form .notice.ok")
    assert "已添加「参会测试厂」" in page.inner_text("#fair-employer-form .notice.ok")
    console.shot("fairs", tmp_path)
    fair = server.get(f"/v1/fairs/{fair['id']}").json()
    assert fair["ends_at"].startswith("2030-03-01T09:00") and fair["employers"] == 1


def test_seekers_of_the_district_are_listed_and_employment_is_registered(
    console: Console, server: httpx.Client, tmp_path: Path
) -> None:
    for i, (point, community) in enumerate([(POINT, COMMUNITY)] * 3 + [(FOREIGN_POINT, FOREIGN_COMMUNITY)]):
        body = seeker_body(point, name=f"控制台求职者{i}", phone=f"1370000000{i}", community_code=community)
        assert server.post("/v1/jobseekers", json={**body, "employment_status": "unemployed"}).status_code == 201
    console.sign_in()
    console.open("seekers")
    page = console.page
    page.fill("#seekers-q", "控制台求职者")
    page.click("#seekers-search button[type=submit]")
    page.wait_for_selector("#seekers-list [data-total='3']")
    assert "控制台求职者3" not in page.inner_text("#seekers-list")  # another district's person
    console.shot("seekers", tmp_path)

    first = page.locator("#seekers-list tbody tr").first
    seeker_id = first.get_attribute("data-seeker")
    first.locator("button[data-register]").click()
    page.wait_for_selector("body[data-ready=employment]")
    assert page.input_value("#employment-seeker") == seeker_id
    page.fill("#employment-started", "2026-11-02")
    page.fill("#employment-wage", "4500")
    page.click("#employment-form button[type=submit]")
    page.wait_for_selector("#employment-message .notice")
    assert "已登记" in page.inner_text("#employment-message")
    page.wait_for_selector("#employment-list tbody tr")
    console.shot("employment", tmp_path)
    registered = server.get("/v1/employments", params={"jobseeker_id": seeker_id}).json()["items"]
    assert [e["kind"] for e in registered] == ["stable"]


def test_the_keyboard_reaches_sign_in_and_every_control_has_a_label(console: Console, server: httpx.Client) -> None:
    server.post("/v1/jobs", json=job_body(employer(server, "标签测试厂"), title="标签测试岗位"))
    server.post("/v1/fairs", json=fair_body(POINT, name="标签测试招聘会"))
    page = console.page
    page.wait_for_selector("body[data-ready=signin]")
    active = "document.activeElement.id || document.activeElement.textContent"
    assert page.evaluate(active) == "signin-phone"  # the form opens ready to type
    reached = []
    for _ in range(6):
        page.keyboard.press("Tab")
        reached.append(page.evaluate(active))
    assert reached[:2] == ["signin-password", "登录"] and "跳到主要内容" in reached  # the skip link, after a wrap
    page.focus(".skip")
    page.keyboard.press("Enter")
    assert page.evaluate(active) == "content"
    page.focus("#signin-phone")
    page.keyboard.type(CLERK["phone"])
    page.keyboard.press("Tab")
    page.keyboard.type(CLERK["password"])
    page.keyboard.press("Enter")
    page.wait_for_selector("body[data-ready=upload]")
    sections = ("upload", "postings", "fairs", "review", "seekers", "employment")
    for section in (*sections, "cases", "migrants", "subsidies", "stations"):
        console.open(section)
        page.wait_for_load_state("networkidle")
        assert console.unlabelled() == [], section
    console.open("fairs")
    page.locator("[data-edit-fair]").first.click()  # the edit and add-employer forms too
    assert console.unlabelled() == []
    console.open("postings")
    page.locator("[data-edit]").first.click()
    page.wait_for_selector("#posting-form")
    assert console.unlabelled() == []
    page.click("#nav a[href='/dashboard']")  # the same token: the dashboard opens signed in
    page.wait_for_selector("body[data-ready]", timeout=30_000)
    assert page.get_attribute("body", "data-ready") == "1"
