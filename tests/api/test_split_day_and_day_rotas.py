"""Over HTTP (issue 22, session 6): a person whose noon is taken is offered a day split by a long lunch break and
not a straight day, and is told the parts; one who refuses nights is offered a rota whose shifts all end by 22:00,
and not one that turns through the night."""

from __future__ import annotations

import httpx

from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import page


def test_a_person_whose_noon_is_taken_gets_the_split_day_and_its_parts(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    split = post_job(
        api, boss, title="社区保洁", description="道路保洁，工作时间9:00-11:30，13:30-17:30", location=near
    )
    straight = post_job(api, boss, title="物业保洁", description="楼道保洁，工作时间9:00-17:30", location=near)
    words = "做过三年保洁。12点到1点要接孩子放学回家吃饭"
    seeker = post_seeker(api, desired_job="保洁", experience=words, expected_salary=None)
    shown = page(api, seeker)
    assert [i["job"]["id"] for i in shown["items"]] == [split]
    assert "工作时间 09:00-11:30、13:30-17:30 · 在你能上班的时间内" in shown["items"][0]["explanation"]
    assert straight not in [i["job"]["id"] for i in shown["items"]]


def test_one_who_refuses_nights_gets_a_rota_by_day_and_not_one_through_the_night(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    by_day = post_job(
        api, boss, title="咖啡店店员", description="点单做咖啡，早班7:00-15:00、晚班14:00-22:00轮换", location=near
    )
    through = post_job(api, boss, title="便利店店员", description="收银理货，两班倒，8:00-20:00", location=near)
    seeker = post_seeker(api, desired_job="店员", experience="做过奶茶店，不上夜班", expected_salary=None)
    shown = page(api, seeker)
    assert [i["job"]["id"] for i in shown["items"]] == [by_day]
    assert "白天轮班 · 不上夜班" in shown["items"][0]["explanation"]
    assert through not in [i["job"]["id"] for i in shown["items"]]
