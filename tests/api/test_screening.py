"""Posting screening over HTTP: a discriminatory posting is rejected with its phrase and rule, or held for review."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.config import Settings
from app.main import create_app
from matching.embedding import Embedder
from tests.auth_kit import headers_for
from tests.factories import employer, job_body, match_ids, post_job, post_seeker
from tests.live import live_server
from tests.uploads_kit import csv_bytes, numbered, row, upload_done


@pytest.fixture
def review_api(settings: Settings, fake_embedder: Embedder) -> Iterator[httpx.Client]:
    """The same database, served with screening_mode=review: discriminatory postings wait for an operator."""
    held = settings.model_copy(update={"screening_mode": "review"})
    with live_server(create_app(held, embedder=fake_embedder)) as client:
        yield client


def create(api: httpx.Client, **overrides: Any) -> httpx.Response:
    return api.post("/v1/jobs", json=job_body(employer(api), **overrides))


def test_a_discriminatory_posting_is_rejected_naming_field_rule_and_phrase(api: httpx.Client) -> None:
    response = create(api, description="仓库搬运，限男性，吃苦耐劳")
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "discriminatory_requirement"
    [error] = body["errors"]
    assert error["field"] == "description"
    assert "性别歧视" in error["reason"] and "“限男性”" in error["reason"] and "就业促进法" in error["reason"]
    assert api.get("/v1/jobs").json()["total"] == 0


def test_the_field_named_is_where_the_phrase_is(api: httpx.Client) -> None:
    title = create(api, title="女普工")
    assert title.status_code == 422 and title.json()["errors"][0]["field"] == "title"
    tags = create(api, tags=["包住", "本地户口优先"])
    assert tags.status_code == 422 and tags.json()["errors"][0]["field"] == "tags"
    assert "户籍地域歧视" in tags.json()["errors"][0]["reason"]


def test_neutral_wording_is_published(api: httpx.Client) -> None:
    response = create(api, description="男女不限，民族不限，户籍不限，婚否不限；女装店导购")
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "open" and response.json()["screening_warnings"] == []


def test_a_patch_that_adds_a_requirement_is_rejected_and_changes_nothing(api: httpx.Client) -> None:
    job_id = post_job(api, employer(api))
    response = api.patch(f"/v1/jobs/{job_id}", json={"description": "已婚已育优先"})
    assert response.status_code == 422
    assert "婚育歧视" in response.json()["errors"][0]["reason"]
    assert api.get(f"/v1/jobs/{job_id}").json()["description"] == job_body(0)["description"]


def test_an_age_limit_is_published_with_a_stored_warning(api: httpx.Client) -> None:
    response = create(api, description="电焊工，年龄18-45岁，有焊工证")
    assert response.status_code == 201, response.text
    [warning] = response.json()["screening_warnings"]
    assert (warning["field"], warning["rule"], warning["phrase"]) == ("description", "age", "年龄18-45岁")
    assert api.get(f"/v1/jobs/{response.json()['id']}").json()["screening_warnings"] == [warning]


def test_an_internship_for_16_to_24_year_olds_gets_no_age_warning(api: httpx.Client) -> None:
    internship = create(api, job_type="internship", internship_months=6, description="就业见习，年龄16-24岁")
    assert internship.status_code == 201, internship.text
    assert internship.json()["screening_warnings"] == []
    full_time = create(api, description="年龄16-24岁")
    assert [w["rule"] for w in full_time.json()["screening_warnings"]] == ["age"]


def test_review_mode_holds_the_posting_out_of_matches_until_approved(review_api: httpx.Client) -> None:
    seeker = post_seeker(review_api)
    held = create(review_api, description="熟练气保焊、二保焊，男性优先")
    assert held.status_code == 201, held.text
    job_id = held.json()["id"]
    assert held.json()["status"] == "review"
    assert [h["phrase"] for h in held.json()["screening_holds"]] == ["男性优先"]
    assert job_id not in match_ids(review_api, seeker)
    queue = review_api.get("/v1/reviews/jobs").json()
    assert queue["total"] == 1 and queue["items"][0]["id"] == job_id

    approved = review_api.post(f"/v1/jobs/{job_id}/review", json={"decision": "approve", "note": "复核后允许"})
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "open" and approved.json()["review"]["decision"] == "approve"
    assert job_id in match_ids(review_api, seeker)
    assert review_api.get("/v1/reviews/jobs").json()["total"] == 0
    again = review_api.patch(f"/v1/jobs/{job_id}", json={"description": "熟练气保焊，男性优先，包住"})
    assert again.json()["status"] == "open"  # the phrase an operator approved does not hold it again


def test_review_mode_reject_closes_with_the_reason(review_api: httpx.Client) -> None:
    job_id = create(review_api, description="限本地户口").json()["id"]
    assert review_api.post(f"/v1/jobs/{job_id}/review", json={"decision": "reject"}).status_code == 422
    rejected = review_api.post(f"/v1/jobs/{job_id}/review", json={"decision": "reject", "note": "请删除户籍要求"})
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["status"] == "closed" and rejected.json()["review"]["note"] == "请删除户籍要求"
    assert review_api.post(f"/v1/jobs/{job_id}/review", json={"decision": "approve"}).status_code == 409


def test_held_and_rejected_postings_are_shown_only_to_their_employer_and_staff(
    review_api: httpx.Client, settings: Settings
) -> None:
    employer_id = employer(review_api)
    own = headers_for(settings, "employer", employer_id=employer_id)
    strangers = {
        "anonymous": {"Authorization": ""},
        "seeker": headers_for(settings, "jobseeker"),
        "other employer": headers_for(settings, "employer", employer_id=employer(review_api, name="别家厂")),
    }
    shown = review_api.post("/v1/jobs", json=job_body(employer_id)).json()["id"]
    held = review_api.post("/v1/jobs", json=job_body(employer_id, description="限男性")).json()["id"]
    rejected = review_api.post("/v1/jobs", json=job_body(employer_id, description="限本地户口")).json()["id"]
    review_api.post(f"/v1/jobs/{rejected}/review", json={"decision": "reject", "note": "请删除户籍要求"})

    def listed(headers: dict[str, str]) -> set[int]:
        page = review_api.get("/v1/jobs", params={"employer_id": employer_id}, headers=headers).json()
        return {item["id"] for item in page["items"]}

    for who, headers in strangers.items():
        assert listed(headers) == {shown}, who
        assert [review_api.get(f"/v1/jobs/{j}", headers=headers).status_code for j in (shown, held, rejected)] == [
            200,
            404,
            404,
        ], who
        if who != "anonymous":  # a write or a candidates list says no more than a read: absent, not forbidden
            for j, answer in ((shown, 403), (held, 404), (rejected, 404)):
                assert review_api.patch(f"/v1/jobs/{j}", json={"title": "改"}, headers=headers).status_code == answer
                assert review_api.post(f"/v1/jobs/{j}/close", headers=headers).status_code == answer
                assert review_api.get(f"/v1/jobs/{j}/matches", headers=headers).status_code == answer, (who, j)
    for headers in (own, {}):  # the employer's member; the client's own admin token
        assert listed(headers) == {shown, held, rejected}
        statuses = [review_api.get(f"/v1/jobs/{j}", headers=headers).json()["status"] for j in (shown, held, rejected)]
        assert statuses == ["open", "review", "closed"]  # a rejection reads as closed, with the review's note


def test_review_mode_releases_a_held_posting_whose_text_is_fixed(review_api: httpx.Client) -> None:
    job_id = create(review_api, description="限男性").json()["id"]
    fixed = review_api.patch(f"/v1/jobs/{job_id}", json={"description": "男女不限"})
    assert fixed.status_code == 200 and fixed.json()["status"] == "open"


def test_an_upload_reports_the_discriminatory_row(api: httpx.Client) -> None:
    rows = numbered(4)
    rows[2] = row("保安", **{"岗位描述": "夜班保安，限男性，退伍军人优先", "外部编号": "guard"})
    body = upload_done(api, csv_bytes(rows))
    assert (body["counts"]["created"], body["counts"]["rejected"]) == (3, 1)
    [error] = body["errors"]
    assert error["row"] == 4 and error["column"] == "岗位描述" and error["value"] == "限男性"
    assert "性别歧视" in error["reason"]


def test_an_upload_in_review_mode_stores_the_row_held(review_api: httpx.Client) -> None:
    rows = numbered(3)
    rows[1] = row("保安", **{"岗位描述": "夜班保安，限男性", "外部编号": "guard"})
    body = upload_done(review_api, csv_bytes(rows))
    assert (body["counts"]["created"], body["counts"]["rejected"]) == (3, 0)
    warnings = review_api.get(f"/v1/uploads/{body['id']}/errors", params={"severity": "warning"}).json()["items"]
    assert any(w["row"] == 3 and w["value"] == "限男性" and "人工审核" in w["reason"] for w in warnings)
    held = review_api.get("/v1/reviews/jobs").json()["items"]
    assert [j["external_id"] for j in held] == ["guard"]


def test_an_edited_row_reopens_a_closed_posting_but_not_one_rejected_on_review(review_api: httpx.Client) -> None:
    rows = [
        row("保安", **{"岗位描述": "夜班保安，限男性", "外部编号": "guard"}),
        row("电工", **{"岗位描述": "持证电工", "外部编号": "wire"}),
    ]
    upload_done(review_api, csv_bytes(rows))
    jobs = {j["external_id"]: j["id"] for j in review_api.get("/v1/jobs").json()["items"]}
    rejected = review_api.post(
        f"/v1/jobs/{jobs['guard']}/review", json={"decision": "reject", "note": "请删除性别要求"}
    )
    assert rejected.status_code == 200, rejected.text
    assert review_api.post(f"/v1/jobs/{jobs['wire']}/close").status_code == 200

    edited = [
        row("保安", **{"岗位描述": "夜班保安，男女不限", "外部编号": "guard"}),
        row("电工", **{"岗位描述": "持证电工，包住", "外部编号": "wire"}),
    ]
    body = upload_done(review_api, csv_bytes(edited))
    assert body["counts"]["updated"] == 2, body
    for external_id, job_id in jobs.items():
        job = review_api.get(f"/v1/jobs/{job_id}").json()
        assert job["status"] == {"guard": "closed", "wire": "open"}[external_id], (external_id, job["status"])
        assert job["description"] == {"guard": "夜班保安，男女不限", "wire": "持证电工，包住"}[external_id]
    assert review_api.get(f"/v1/jobs/{jobs['guard']}").json()["review"]["decision"] == "reject"
    assert review_api.get("/v1/reviews/jobs").json()["total"] == 0


@pytest.mark.parametrize("role", ["jobseeker", "employer"])
def test_only_staff_learn_whether_a_job_to_review_exists(api: httpx.Client, settings: Settings, role: str) -> None:
    fields = {"employer_id": employer(api)} if role == "employer" else {}
    headers = headers_for(settings, role, **fields)
    response = api.post("/v1/jobs/999999/review", json={"decision": "approve"}, headers=headers)
    assert response.status_code == 403, response.text
    assert api.post("/v1/jobs/999999/review", json={"decision": "approve"}).status_code == 404  # staff: it is missing
