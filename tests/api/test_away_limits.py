"""Over HTTP, a refusal of work away from home (issue 22, review 8): a person who will not travel never gets a
posting asking for trips, on their page, on the employer's list of seekers, in their push or in the employer's
digest; one who cannot travel often is shown a posting that only names trips, and told so."""

from __future__ import annotations

import httpx

from app.config import Settings
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import PUSH, page, pushed, seekers_of


def test_a_seeker_who_will_not_travel_never_gets_a_posting_asking_for_trips(api: httpx.Client, settings: Settings):
    travels, stays = employer(api, "贸易公司"), employer(api, "代账公司")
    near = loc(north_of(HEFEI, 0.5))
    trips = post_job(api, travels, title="会计", description="负责账务处理，需经常出差到各地分公司", location=near)
    desk = post_job(api, stays, title="会计", description="负责代账客户的账务处理，双休", location=near)
    seeker = post_seeker(
        api, desired_job="会计", experience="有初级会计证，做过两年代账，不想出差", expected_salary=None, push=PUSH
    )
    served = page(api, seeker)
    assert [i["job"]["id"] for i in served["items"]] == [desk]
    assert "不出差" in served["honoured"]
    assert seeker not in seekers_of(api, trips) and seeker in seekers_of(api, desk)
    items = pushed(settings, seeker)
    assert {job for audience, job in items if audience == "seeker"} == {desk}
    assert {job for audience, job in items if audience == "employer"} == {desk}  # the trading firm's digest


def test_one_who_cannot_travel_often_is_shown_occasional_trips_and_told(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    often = post_job(api, boss, title="招聘专员", description="负责招聘，需要长期出差", location=near)
    sometimes = post_job(api, boss, title="人事专员", description="负责招聘，偶尔出差", location=near)
    seeker = post_seeker(
        api, desired_job="招聘专员", experience="我在人事部门干过一年，大专，不想经常出差", expected_salary=None
    )
    items = page(api, seeker)["items"]
    assert {i["job"]["id"] for i in items} == {sometimes}
    assert "需出差 · 你的资料里写了「不想经常出差」" in str(items[0])
    assert seeker not in seekers_of(api, often) and seeker in seekers_of(api, sometimes)
