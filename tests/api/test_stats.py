"""Statistics: community numbers and the standard, groups, fairs, trends, headlines, exports."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import httpx
import pytest
from openpyxl import load_workbook

from app.config import Settings
from app.main import create_app
from matching.embedding import Embedder
from tests.live import live_server
from tests.stats_kit import Town, build_town


@pytest.fixture
def town_api(settings: Settings, fake_embedder: Embedder) -> Iterator[tuple[httpx.Client, Town]]:
    half = settings.model_copy(update={"standard_employment_rate": 0.5})
    with live_server(create_app(half, embedder=fake_embedder)) as client:
        yield client, build_town(client)


def by_code(api: httpx.Client, town: Town, **params: str) -> dict[str, dict[str, object]]:
    page = api.get("/v1/stats/communities", params={**town.period, "active": "true", "limit": "2000", **params})
    assert page.status_code == 200, page.text
    return {row["code"]: row for row in page.json()["items"]}


def test_community_numbers_and_the_standard(town_api: tuple[httpx.Client, Town]) -> None:
    api, town = town_api
    rows = by_code(api, town)
    a, b = rows[town.a], rows[town.b]
    assert {
        k: a[k]
        for k in (
            "seekers",
            "households",
            "employed",
            "employment_rate",
            "zero_employment_households",
            "hires",
            "hires_stable",
            "hires_flexible",
            "claimable_stable",
            "claimable_flexible",
            "matched_seekers",
            "intentions",
            "jobs_nearby",
            "standard_met",
            "unmet",
        )
    } == {
        "seekers": 4,
        "households": 2,
        "employed": 2,
        "employment_rate": 0.5,
        "zero_employment_households": 0,
        "hires": 3,
        "hires_stable": 2,
        "hires_flexible": 1,
        "claimable_stable": 1,
        "claimable_flexible": 1,
        "matched_seekers": 2,
        "intentions": 1,
        "jobs_nearby": 2,
        "standard_met": True,
        "unmet": [],
    }
    assert (b["seekers"], b["employed"], b["zero_employment_households"], b["jobs_nearby"]) == (2, 0, 1, 0)
    assert b["standard_met"] is False
    assert b["unmet"] == ["就业率 0% 低于 50%", "零就业家庭 1 户", "3公里内岗位 0 个，少于 1 个"]
    assert set(by_code(api, town, district=town.a[:6])) >= {town.a} and town.b not in by_code(
        api, town, district=town.a[:6]
    )
    assert list(by_code(api, town, standard_met="false")) == [town.b]


def test_seekers_registered_after_the_period_are_not_counted(town_api: tuple[httpx.Client, Town]) -> None:
    api, town = town_api
    earlier = {"from": f"{town.year - 1}-01-01", "to": f"{town.year - 1}-12-31"}
    rows = {r["code"]: r for r in api.get("/v1/stats/communities", params={**earlier, "limit": "2000"}).json()["items"]}
    assert rows[town.a]["seekers"] == 0 and rows[town.a]["standard_met"] is None


def test_groups_report_flags_a_group_hired_below_four_fifths(town_api: tuple[httpx.Client, Town]) -> None:
    api, town = town_api
    groups = {g["group"]: g for g in api.get("/v1/stats/groups", params=town.period).json()["items"]}
    everyone, veterans = groups["all"], groups["veteran"]
    assert (everyone["seekers"], everyone["shown"], everyone["hired"]) == (6, 3, 2)
    assert (veterans["seekers"], veterans["shown"], veterans["hired"]) == (2, 1, 0)
    assert (veterans["exposure_ratio"], veterans["hire_ratio"], veterans["flagged"]) == (1.0, 0.0, True)
    assert groups["disabled"]["seekers"] == 0 and groups["disabled"]["flagged"] is False


def test_overview_adds_up_the_communities(town_api: tuple[httpx.Client, Town]) -> None:
    api, town = town_api
    overview = api.get("/v1/stats/overview", params=town.period).json()
    assert {
        k: overview[k]
        for k in (
            "seekers",
            "open_jobs",
            "communities_with_seekers",
            "communities_meeting_standard",
            "standard_share",
            "hires",
            "intentions",
            "employment_rate",
            "zero_employment_households",
            "fair_employers",
        )
    } == {
        "seekers": 6,
        "open_jobs": 2,
        "communities_with_seekers": 2,
        "communities_meeting_standard": 1,
        "standard_share": 0.5,
        "hires": 3,
        "intentions": 1,
        "employment_rate": 0.3333,
        "zero_employment_households": 1,
        "fair_employers": 1,
    }
    assert api.get("/v1/stats/overview", params={**town.period, "district": town.a[:6]}).json()["seekers"] == 4


def test_every_total_has_one_definition(town_api: tuple[httpx.Client, Town]) -> None:
    """The overview, the communities' rows plus the unassigned, the groups' 全体 and the funnel agree."""
    api, town = town_api
    overview = api.get("/v1/stats/overview", params=town.period).json()
    page = api.get("/v1/stats/communities", params={**town.period, "limit": "2000"}).json()
    everyone = api.get("/v1/stats/groups", params=town.period).json()["items"][0]
    for key in ("seekers", "intentions", "hires", "employed", "matched_seekers"):
        assert overview[key] == sum(r[key] for r in page["items"]) + page["unassigned"][key], key
    assert (everyone["seekers"], everyone["employment_rate"]) == (overview["seekers"], overview["employment_rate"])
    window = {"from": f"{town.year}-01-01T00:00:00+08:00", "to": f"{town.year + 1}-01-01T00:00:00+08:00"}
    steps = {s["type"]: s for s in api.get("/v1/stats/funnel", params=window).json()["steps"]}
    assert overview["intentions"] == steps["intention"]["pairs"]
    measures = {d["measure"] for d in api.get("/v1/stats/definitions").json()}
    assert {"seekers", "intentions", "hires", "employment_rate"} <= measures


def test_fairs_count_employers_intentions_and_hires_against_targets(town_api: tuple[httpx.Client, Town]) -> None:
    api, town = town_api
    report = api.get("/v1/stats/fairs", params=town.period).json()
    fair = report["items"][0]
    assert (fair["id"], fair["status"], fair["employers"], fair["jobs"], fair["intentions"], fair["hires"]) == (
        town.fair["id"],
        "held",
        1,
        1,
        1,
        1,
    )
    targets = {t["measure"]: t for t in report["targets"]}
    assert targets["fairs_held"]["achieved"] == 1 and targets["fairs_held"]["yearly_target"] == 76
    assert targets["intentions"]["period_target"] == 1260  # a whole year


def test_trend_sums_to_the_funnel(town_api: tuple[httpx.Client, Town]) -> None:
    api, town = town_api
    trend = api.get("/v1/stats/trend", params={**town.period, "interval": "month"}).json()
    assert len(trend["points"]) == 12
    totals = {k: sum(p[k] for p in trend["points"]) for k in ("impression", "intention", "hired")}
    assert totals == {"impression": 3, "intention": 1, "hired": 1}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_open_and_match_the_api(town_api: tuple[httpx.Client, Town], fmt: str) -> None:
    api, town = town_api
    params = {**town.period, "active": "true", "limit": "2000"}
    items = api.get("/v1/stats/communities", params=params).json()["items"]
    download = api.get("/v1/stats/communities", params={**params, "format": fmt})
    assert download.status_code == 200
    assert f'filename="communities.{fmt}"' in download.headers["content-disposition"]
    if fmt == "xlsx":
        sheet = load_workbook(io.BytesIO(download.content), read_only=True).active
        assert sheet is not None
        table = [[("" if v is None else v) for v in row] for row in sheet.iter_rows(values_only=True)]
    else:
        table = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    header, rows = table[0], table[1:]
    assert header[:3] == ["code", "name", "county"] and len(rows) == len(items)
    for row, item in zip(rows, items, strict=True):
        got = dict(zip(header, row, strict=True))
        for key in ("code", "seekers", "employed", "hires", "claimable_stable", "zero_employment_households"):
            assert str(got[key]) == str(item[key])
        assert str(got["unmet"]) == "；".join(item["unmet"])  # type: ignore[arg-type]


def test_bad_periods_are_422(town_api: tuple[httpx.Client, Town]) -> None:
    api, _ = town_api
    backwards = api.get("/v1/stats/overview", params={"from": "2026-05-01", "to": "2026-04-01"})
    assert backwards.status_code == 422 and backwards.json()["errors"][0]["field"] == "from"
    assert api.get("/v1/stats/communities", params={"district": "34"}).status_code == 422
    assert api.get("/v1/stats/trend", params={"interval": "hour"}).status_code == 422


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_never_hands_a_live_formula_to_excel(town_api: tuple[httpx.Client, Town], fmt: str) -> None:
    """A fair named like a DDE payload comes out as text an official can open safely."""
    api, town = town_api
    payload = "=cmd|' /C calc'!A0"
    assert api.patch(f"/v1/fairs/{town.fair['id']}", json={"name": payload}).status_code == 200
    download = api.get("/v1/stats/fairs", params={**town.period, "format": fmt})
    assert download.status_code == 200
    if fmt == "xlsx":
        sheet = load_workbook(io.BytesIO(download.content)).active
        assert sheet is not None
        header = [c.value for c in sheet[1]]
        cell = sheet.cell(row=2, column=header.index("name") + 1)
        assert (cell.value, cell.data_type) == (payload, "s")
    else:
        header, row = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))[:2]
        assert row[header.index("name")] == "'" + payload
