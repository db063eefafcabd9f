"""Over HTTP, ages and years as people say them (issue 22, session 7): a birth year with a sign ("78年属马的"), "六十出头",
work named without years ("以前做过淘宝客服"), and a posting's "65岁以下都可以"; each keeps out of the page and off the
employer's list what it breaks, and keeps what it does not."""

from __future__ import annotations

import httpx

from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import page, seekers_of


def test_a_birth_year_and_work_named_without_years_keep_out_what_they_break(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    young = post_job(api, boss, title="超市理货员", description="理货上架，年龄18-45岁，8:00-17:00", location=near)
    clerk = post_job(api, boss, title="超市文员", description="录入单据，一年以上文员工作经验", location=near)
    cashier = post_job(api, boss, title="超市收银员", description="收银，年龄50岁以下，无经验可培训", location=near)
    words = "78年属马的，以前做过淘宝客服，想找个超市的活"  # 48 this year; 客服 is no years of 文员
    seeker = post_seeker(api, desired_job="超市收银 理货 文员", experience=words, expected_salary=None)
    shown = page(api, seeker)
    assert [i["job"]["id"] for i in shown["items"]] == [cashier]
    assert shown["excluded"] == 2
    assert seeker not in seekers_of(api, young) and seeker not in seekers_of(api, clerk)
    assert seeker in seekers_of(api, cashier)


def test_a_little_over_sixty_is_kept_from_a_post_up_to_sixty_and_offered_one_up_to_sixty_five(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    gate = post_job(api, boss, title="小区门卫", description="看大门，登记来访，60岁以内，白班", location=near)
    parking = post_job(api, boss, title="停车场收费员", description="收费看车，年龄65岁以下都可以，白班", location=near)
    words = "六十出头了，身体还行，想找个看大门的活"
    seeker = post_seeker(api, desired_job="门卫 看大门", experience=words, expected_salary=None)
    shown = page(api, seeker)
    assert [i["job"]["id"] for i in shown["items"]] == [parking]
    assert shown["excluded"] == 1
    assert seeker not in seekers_of(api, gate) and seeker in seekers_of(api, parking)
    seventy = post_seeker(api, desired_job="门卫 看大门", experience="七十了，身体还硬朗", expected_salary=None)
    assert page(api, seventy)["items"] == []  # "65岁以下都可以" is a ceiling, not "all welcome"
