"""Request-validation 422s speak Chinese: each field named by its Chinese title, each reason in Chinese; English
(pydantic's own words) only when the client asks for it with Accept-Language."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from app.api.validation import chinese_reason, wants_english
from tests.factories import HEFEI, employer, job_body, loc

EN = {"Accept-Language": "en-US,en;q=0.9,zh-CN;q=0.5"}
JOB_TYPES = "full_time、part_time、gig、internship、public_welfare"


def rejected(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "validation_error"
    errors: list[dict[str, Any]] = response.json()["errors"]
    return errors


def only(response: httpx.Response, field: str) -> dict[str, Any]:
    [error] = [e for e in rejected(response) if e["field"] == field]
    return error


def test_a_missing_field_is_named_by_its_title_and_required(api: httpx.Client) -> None:
    body = {k: v for k, v in job_body(employer(api)).items() if k != "title"}
    response = api.post("/v1/jobs", json=body)
    assert only(response, "title") == {"field": "title", "title": "岗位名称", "reason": "必填"}
    assert response.json()["message"] == "岗位名称：必填"


def test_a_too_long_string_says_the_limit(api: httpx.Client) -> None:
    response = api.post("/v1/jobs", json=job_body(employer(api), title="焊" * 101))
    assert only(response, "title") == {"field": "title", "title": "岗位名称", "reason": "最多 100 个字符"}


def test_an_empty_string_cannot_be_empty(api: httpx.Client) -> None:
    assert only(api.post("/v1/jobs", json=job_body(employer(api), title="  ")), "title")["reason"] == "不能为空"


def test_a_bad_choice_lists_the_allowed_values(api: httpx.Client) -> None:
    response = api.post("/v1/jobs", json=job_body(employer(api), job_type="fulltime"))
    assert only(response, "job_type") == {
        "field": "job_type",
        "title": "岗位类别",
        "reason": f"须是以下之一：{JOB_TYPES}",
    }


def test_a_nested_field_is_named_with_its_parent(api: httpx.Client) -> None:
    response = api.post("/v1/jobs", json=job_body(employer(api), location={**loc(HEFEI), "crs": "gcj"}))
    error = only(response, "location.crs")
    assert error["title"] == "位置·坐标系" and error["reason"] == "须是以下之一：wgs84、gcj02、bd09"
    latitude = only(
        api.post("/v1/jobs", json=job_body(employer(api), location={"lat": 91, "lon": 117})), "location.lat"
    )
    assert latitude["title"] == "位置·纬度" and latitude["reason"] == "须小于或等于 90"


def test_a_wrong_type_says_what_it_should_be(api: httpx.Client) -> None:
    response = api.post("/v1/jobs", json=job_body(employer(api), headcount="三个"))
    assert only(response, "headcount") == {"field": "headcount", "title": "招聘人数", "reason": "须是整数"}


def test_an_unknown_field_a_bad_date_and_a_query_parameter(api: httpx.Client) -> None:
    extra = api.post("/v1/jobs", json=job_body(employer(api), colour="红"))
    assert only(extra, "colour")["reason"] == "不认识的字段，请删除"
    date = api.post("/v1/jobs", json=job_body(employer(api), valid_until="明天"))
    assert only(date, "valid_until")["title"] == "有效期至" and "不是有效时间" in only(date, "valid_until")["reason"]
    page = api.get("/v1/jobs", params={"limit": 0})
    assert only(page, "limit") == {"field": "limit", "title": "每页条数", "reason": "须大于或等于 1"}
    path = api.get("/v1/jobs/0")
    assert only(path, "job_id") == {"field": "job_id", "title": "岗位编号", "reason": "须大于 0"}


def test_a_schema_check_of_our_own_is_in_chinese(api: httpx.Client) -> None:
    response = api.post("/v1/jobs", json=job_body(employer(api), salary={"min": 9000, "max": 8000}))
    assert only(response, "salary") == {"field": "salary", "title": "薪资", "reason": "薪资下限不能高于上限"}


def test_a_body_that_is_not_json_is_named_as_the_body(api: httpx.Client) -> None:
    response = api.post("/v1/jobs", content=b'{"title": ', headers={"Content-Type": "application/json"})
    [error] = rejected(response)
    assert error["field"] == "body" and error["title"] == "请求体" and "JSON" in error["reason"]


def test_english_when_the_client_asks_for_it(api: httpx.Client) -> None:
    body = {k: v for k, v in job_body(employer(api), job_type="fulltime").items() if k != "title"}
    response = api.post("/v1/jobs", json=body, headers=EN)
    assert only(response, "title") == {"field": "title", "reason": "Field required"}
    assert only(response, "job_type")["reason"].startswith("Input should be 'full_time'")
    long = api.post("/v1/jobs", json=job_body(employer(api), title="焊" * 101, headcount="三个"), headers=EN)
    assert only(long, "title")["reason"] == "String should have at most 100 characters"
    assert only(long, "headcount")["reason"].startswith("Input should be a valid integer")
    assert long.json()["message"].startswith("title: String should have at most 100 characters")


def test_domain_errors_keep_their_shape(api: httpx.Client) -> None:
    """A business rule's 422 (raised by a service) is already Chinese and names no title."""
    response = api.post("/v1/jobs", json=job_body(employer(api), job_type="internship"))
    assert rejected(response) == [{"field": "internship_months", "reason": "见习岗位须写明期限（3–12个月）"}]


@pytest.mark.parametrize(
    ("header", "english"),
    [
        ("", False),
        ("en", True),
        ("en-US", True),
        ("EN-gb,en;q=0.9", True),
        ("zh-CN,zh;q=0.9,en;q=0.8", False),
        ("en;q=0.5,zh;q=0.8", False),
        ("zh;q=0.3,en-US;q=0.7", True),
        ("fr-FR,en;q=0.5", True),
        ("fr-FR", False),
        ("*", False),
        ("en;q=bad", True),  # an unreadable q counts as 1
        ("en;q=0,zh;q=0.1", False),
    ],
)
def test_accept_language_picks_the_better_of_chinese_and_english(header: str, english: bool) -> None:
    assert wants_english(header) is english


def test_an_untranslated_check_still_answers_in_chinese() -> None:
    reason = chinese_reason({"type": "some_new_check", "msg": "Input is odd", "loc": ("body", "x")})
    assert reason == "取值不对（Input is odd）"
