"""Subsidy statements a finance office could check: 见习 placements and the operator's service subsidies,
each amount set against a hand computation, the workbook against the JSON, and who may read which."""

from __future__ import annotations

import io
import itertools
from datetime import date
from typing import Any

import httpx
import openpyxl
import pytest

from app.config import Settings
from tests.api.test_openapi import assert_conforms
from tests.auth_kit import headers_for
from tests.factories import employer, post_seeker
from tests.stats_kit import employ

A_COMMUNITY, A_DISTRICT = "340102001001", "340102"  # 瑶海区
B_DISTRICT = "340122"  # 长丰县
# 金安's rates as the settings' defaults (app/config.py): what the hand computations below are written in.
MONTHLY, INSURANCE, GUIDANCE, ABSORPTION = 1400.00, 100.00, 200.00, 1000.00
STABLE, FLEXIBLE, ASSISTANCE = 300.00, 100.00, 500.00
PHONES = itertools.count(10_000_000)


def graduate(api: httpx.Client, **fields: Any) -> int:
    """Graduated in June 2026: eligible for 就业见习 until June 2028."""
    body = {"graduation_date": "2026-06-30", "community_code": A_COMMUNITY, **fields}
    return post_seeker(api, phone=f"138{next(PHONES):08d}", **body)


def place(api: httpx.Client, seeker: int, unit: int, **fields: Any) -> dict[str, Any]:
    body = {
        "jobseeker_id": seeker,
        "employer_id": unit,
        "started_on": "2026-08-01",
        "ended_on": "2026-10-31",
        "monthly_pay_yuan": 2200,
        **fields,
    }
    response = api.post("/v1/placements", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def statement(api: httpx.Client, **params: Any) -> dict[str, Any]:
    response = api.get("/v1/subsidies/statements", params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def amounts(body: dict[str, Any]) -> list[tuple[str, str, float]]:
    return [(line["month"], line["item"], line["amount_yuan"]) for line in body["lines"]]


def test_a_placement_and_its_contract_give_the_amounts_computed_by_hand(api: httpx.Client) -> None:
    unit = employer(api, "金安区示例见习基地")
    placement = place(api, graduate(api), unit)
    assert placement["months_served"] == 3 and placement["eligibility"] == "符合见习条件：毕业2年内"
    signed = api.patch(
        f"/v1/placements/{placement['id']}", json={"contract_months": 12, "contract_signed_on": "2026-11-02"}
    )
    assert signed.status_code == 200, signed.text
    assert signed.json()["absorption"] is True

    body = statement(api, unit=unit, month="2026-08", through="2026-11")

    # 3 months × 1,400 + 100 insurance + 200 guidance + 1,000 absorption (a 12-month contract)
    assert 3 * 1400 + 100 + 200 + 1000 == 5500
    assert body["total_yuan"] == 5500.00
    assert amounts(body) == [
        ("2026-08", "internship_monthly", MONTHLY),
        ("2026-08", "internship_insurance", INSURANCE),
        ("2026-08", "internship_guidance", GUIDANCE),
        ("2026-09", "internship_monthly", MONTHLY),
        ("2026-10", "internship_monthly", MONTHLY),
        ("2026-11", "absorption", ABSORPTION),
    ]
    assert {(t["item"], t["lines"], t["amount_yuan"]) for t in body["totals"]} == {
        ("internship_monthly", 3, 4200.00),
        ("internship_insurance", 1, 100.00),
        ("internship_guidance", 1, 200.00),
        ("absorption", 1, 1000.00),
    }
    first = body["lines"][0]
    assert first["placement_id"] == placement["id"] and first["jobseeker_name"] == "王建国"
    assert (first["rule"], first["rate_yuan"]) == ("subsidy_internship_monthly_yuan", 1400.00)
    assert first["note"] == "2026-08在岗31天（满15天计1个月）"
    assert {r["setting"]: r["value"] for r in body["rules"]} == {  # the unit's rates and conditions, no other
        "subsidy_internship_monthly_yuan": 1400.00,
        "subsidy_internship_insurance_yuan": 100.00,
        "subsidy_internship_guidance_yuan": 200.00,
        "subsidy_absorption_yuan": 1000.00,
        "internship_min_pay_monthly_yuan": 2000.00,
        "internship_min_days_in_month": 15,
        "absorption_min_contract_months": 12,
        "absorption_within_days": 30,
    }
    assert amounts(statement(api, unit=unit, month="2026-11")) == [("2026-11", "absorption", ABSORPTION)]


def test_an_eleven_month_contract_earns_no_absorption_subsidy(api: httpx.Client) -> None:
    unit = employer(api, "短合同单位")
    placement = place(api, graduate(api), unit, contract_months=11, contract_signed_on="2026-10-20")
    assert placement["absorption"] is False
    assert placement["absorption_note"] == "劳动合同11个月，不足12个月，不享受吸纳就业补贴"
    body = statement(api, unit=unit, month="2026-08", through="2026-12")
    # 3 months × 1,400 + 100 + 200, and nothing for the contract
    assert body["total_yuan"] == 3 * 1400 + 100 + 200 == 4500
    assert "absorption" not in {line["item"] for line in body["lines"]}


def test_a_partial_month_counts_from_fifteen_days(api: httpx.Client) -> None:
    """10 Aug – 9 Nov: August has 22 days (counted), November 9 (not): 3 months, not 4."""
    unit = employer(api, "部分月份单位")
    placement = place(api, graduate(api), unit, started_on="2026-08-10", ended_on="2026-11-09")
    assert [(m["month"], m["days"], m["counted"]) for m in placement["months"]] == [
        ("2026-08", 22, True),
        ("2026-09", 30, True),
        ("2026-10", 31, True),
        ("2026-11", 9, False),
    ]
    body = statement(api, unit=unit, month="2026-08", through="2026-11")
    assert [m for m, item, _ in amounts(body) if item == "internship_monthly"] == ["2026-08", "2026-09", "2026-10"]


def test_the_workbook_holds_the_json_lines_totals_and_rates(api: httpx.Client) -> None:
    unit = employer(api, '=HYPERLINK("http://evil","点我")')
    placement = place(api, graduate(api, name="=1+2"), unit)
    api.patch(f"/v1/placements/{placement['id']}", json={"contract_months": 24, "contract_signed_on": "2026-10-15"})
    params = {"unit": unit, "month": "2026-08", "through": "2026-10"}
    body = statement(api, **params)
    response = api.get("/v1/subsidies/statements.xlsx", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["明细", "汇总", "标准"]

    lines = list(book["明细"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[3], r[8]) for r in lines] == amounts(body)
    assert book["明细"]["I2"].number_format == "#,##0.00"
    assert {r[5] for r in lines} == {"=1+2"} and book["明细"]["F2"].data_type == "s"  # text, never a formula

    by_item = {t["item"]: t["amount_yuan"] for t in body["totals"]}
    totals = {r[1]: r[3] for r in book["汇总"].iter_rows(min_row=2, values_only=True) if r[1] in by_item}
    assert totals == by_item
    grand = next(r for r in book["汇总"].iter_rows(values_only=True) if r[0] == "合计")
    assert grand[3] == body["total_yuan"] == 3 * 1400 + 100 + 200 + 1000
    about = {r[0]: r[1] for r in book["汇总"].iter_rows(values_only=True) if r and r[0]}
    assert about["见习单位"].startswith("=HYPERLINK") and book["汇总"]["A1"].data_type == "s"

    rates = {r[0]: r[2] for r in book["标准"].iter_rows(min_row=2, values_only=True)}
    assert rates == {r["setting"]: r["value"] for r in body["rules"]}
    assert rates["internship_min_days_in_month"] == 15


def test_the_operators_service_subsidies_keep_the_yearly_caps(api: httpx.Client) -> None:
    plain, hard = graduate(api), graduate(api, priority_groups=["hard_to_employ"])
    stable = [employ(api, plain, "stable", date(2026, 3, d)) for d in (2, 9)]
    flexible = [employ(api, plain, "flexible", date(2026, 4, d)) for d in (1, 2, 3, 4)]
    assisted = [employ(api, hard, "flexible", date(2026, 5, d)) for d in (6, 7)]
    body = statement(api, district=A_DISTRICT, month="2026-03", through="2026-05")

    # stable once (300), flexible three times (3 × 100), the hard-to-employ person's two flexible jobs (2 × 100)
    # and 就业援助 once a year (500): the second stable job and the fourth flexible one are not paid
    assert body["total_yuan"] == 300 + 3 * 100 + 2 * 100 + 500 == 1300
    paid = [(line["employment_id"], line["item"]) for line in body["lines"]]
    assert paid == [
        (stable[0]["id"], "service_stable"),
        *((e["id"], "service_flexible") for e in flexible[:3]),
        (assisted[0]["id"], "service_flexible"),
        (assisted[0]["id"], "service_assistance"),
        (assisted[1]["id"], "service_flexible"),
    ]
    assert {(t["item"], t["amount_yuan"]) for t in body["totals"]} == {
        ("service_stable", STABLE),
        ("service_flexible", 5 * FLEXIBLE),
        ("service_assistance", ASSISTANCE),
    }
    assert {r["setting"]: r["value"] for r in body["rules"]} == {
        "subsidy_stable_yuan": 300.00,
        "subsidy_flexible_yuan": 100.00,
        "subsidy_assistance_yuan": 500.00,
        "claims_stable_per_year": 1,
        "claims_flexible_per_year": 3,
        "claims_assistance_per_year": 1,
    }
    # a month's statement still knows the year: May's first assistance was paid, a later one in June is not
    employ(api, hard, "flexible", date(2026, 6, 1))
    june = statement(api, district=A_DISTRICT, month="2026-06")
    assert [line["item"] for line in june["lines"]] == ["service_flexible"]


def test_staff_of_another_district_employers_and_seekers_are_refused(api: httpx.Client, settings: Settings) -> None:
    unit, other = employer(api, "见习单位甲"), employer(api, "见习单位乙")
    seeker = graduate(api)
    placement = place(api, seeker, unit)
    params = {"unit": unit, "month": "2026-08"}
    foreign = headers_for(settings, "operator", districts=[B_DISTRICT])
    local = headers_for(settings, "operator", districts=[A_DISTRICT])

    def get(headers: dict[str, str], path: str = "/v1/subsidies/statements", **extra: Any) -> httpx.Response:
        return api.get(path, params={**params, **extra}, headers=headers)

    assert get(foreign, district=A_DISTRICT).status_code == 403
    assert get(foreign, "/v1/subsidies/statements.xlsx", district=A_DISTRICT).status_code == 403
    assert get(foreign).json()["lines"] == []  # their own district: none of this unit's interns
    assert get(local).json()["total_yuan"] == 1400 + 100 + 200
    assert api.get(f"/v1/placements/{placement['id']}", headers=foreign).status_code == 404
    body = {"jobseeker_id": seeker, "employer_id": unit, "started_on": "2026-08-01", "ended_on": "2026-10-31"}
    assert api.post("/v1/placements", json={**body, "monthly_pay_yuan": 2200}, headers=foreign).status_code == 404

    member = headers_for(settings, "employer", employer_id=unit)
    assert get(member).json()["total_yuan"] == 1400 + 100 + 200  # a unit reads its own statement
    assert get(member, unit=other).status_code == 403
    assert api.get("/v1/subsidies/statements", params={"month": "2026-08"}, headers=member).status_code == 403
    assert api.post("/v1/placements", json={**body, "monthly_pay_yuan": 2200}, headers=member).status_code == 403
    person = headers_for(settings, "jobseeker", seeker_id=seeker)
    assert get(person).status_code == 403


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"monthly_pay_yuan": 1999}, "monthly_pay_yuan", "见习人员月生活补助不得低于 2000 元"),
        ({"ended_on": "2026-07-31"}, "ended_on", "must not be before started_on"),
        ({"ended_on": "2027-08-31"}, "ended_on", "见习期限最长12个月，而不是13个月"),
        ({"contract_months": 12}, "contract_signed_on", "give both or neither"),
        ({"employer_id": 987654321}, "employer_id", "employer 987654321 does not exist"),
    ],
)
def test_bad_placements_are_422_naming_the_rule(
    api: httpx.Client, changes: dict[str, Any], field: str, reason: str
) -> None:
    body = {
        "jobseeker_id": graduate(api),
        "employer_id": employer(api),
        "started_on": "2026-08-01",
        "ended_on": "2026-10-31",
        "monthly_pay_yuan": 2200,
        **changes,
    }
    response = api.post("/v1/placements", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [{"field": field, "reason": reason}]
    assert api.get("/v1/placements", params={"jobseeker_id": body["jobseeker_id"]}).json()["total"] == 0


def test_a_seeker_not_eligible_for_internships_is_422_with_the_verdict(api: httpx.Client) -> None:
    seeker = post_seeker(api, graduation_date="2020-06-30", birth_date="1990-05-01", employment_status="employed")
    body = {"jobseeker_id": seeker, "employer_id": employer(api), "started_on": "2026-08-01"}
    response = api.post("/v1/placements", json={**body, "ended_on": "2026-10-31", "monthly_pay_yuan": 2200})
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [
        {"field": "jobseeker_id", "reason": "不符合见习条件：毕业超过2年；年龄超过24岁、非失业人员"}
    ]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"month": "2026-13"}, "month"),
        ({"month": "2026-11", "through": "2026-10"}, "through"),
        ({"month": "11/2026"}, "month"),
        ({"month": "2026-11", "district": "34x102"}, "district"),
        ({"month": "2026-11", "unit": 0}, "unit"),
    ],
)
def test_bad_statement_queries_are_422(api: httpx.Client, params: dict[str, Any], field: str) -> None:
    for path in ("/v1/subsidies/statements", "/v1/subsidies/statements.xlsx"):
        response = api.get(path, params=params)
        assert response.status_code == 422, response.text
        assert [e["field"] for e in response.json()["errors"]] == [field]


def test_an_erased_intern_leaves_the_statement_whole_and_no_words_of_theirs(api: httpx.Client) -> None:
    seeker = post_seeker(api, experience="2026年6月毕业，学的数控", community_code=A_COMMUNITY)
    unit = employer(api, "删除测试单位")
    placement = place(api, seeker, unit)
    assert placement["eligibility"] == "符合见习条件：毕业2年内（按简历中「2026年6月毕业」判断）"
    exported = api.get(f"/v1/jobseekers/{seeker}/export").json()["placements"]
    assert [(p["id"], p["months_served"]) for p in exported] == [(placement["id"], 3)]  # in the person's copy
    assert api.delete(f"/v1/jobseekers/{seeker}").status_code == 204
    kept = api.get(f"/v1/placements/{placement['id']}").json()
    assert (kept["jobseeker_id"], kept["eligibility"]) == (None, "符合见习条件：毕业2年内")
    body = statement(api, unit=unit, month="2026-08", through="2026-10")
    assert body["total_yuan"] == 3 * 1400 + 100 + 200
    assert {(line["jobseeker_id"], line["jobseeker_name"]) for line in body["lines"]} == {(None, None)}


def test_placements_and_statements_conform_to_the_documented_schema(api: httpx.Client) -> None:
    doc = api.get("/openapi.json").json()
    unit = employer(api, "文档单位")
    body = {"jobseeker_id": graduate(api), "employer_id": unit, "started_on": "2026-08-01", "ended_on": "2026-10-31"}
    assert_conforms(
        doc, "post", "/v1/placements", 201, api.post("/v1/placements", json={**body, "monthly_pay_yuan": 2200})
    )
    assert_conforms(
        doc, "post", "/v1/placements", 422, api.post("/v1/placements", json={**body, "monthly_pay_yuan": 1})
    )
    params = {"unit": unit, "month": "2026-08"}
    assert_conforms(doc, "get", "/v1/subsidies/statements", 200, api.get("/v1/subsidies/statements", params=params))
    operations = {(m, p): op for p, ops in doc["paths"].items() for m, op in ops.items()}
    for method, path in [("post", "/v1/placements"), ("get", "/v1/subsidies/statements.xlsx")]:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in operations[(method, path)]["summary"])  # 中文 summary
    assert doc["components"]["schemas"]["PlacementCreate"]["title"] == "就业见习登记"
    assert doc["components"]["schemas"]["PlacementCreate"]["examples"]
