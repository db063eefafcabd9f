"""Over HTTP (issue 22, session 7): one who refuses nights is offered a rota whose text says it has no night shift
and an early cleaning shift from 5:30, not a guard rota in bare numbers round the clock; one who cannot work weekends
is not offered a rota or a weekend part-time job, and is offered a weekday one."""

from __future__ import annotations

import httpx

from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import page


def test_one_who_refuses_nights_gets_a_rota_without_nights_and_an_early_start(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    no_nights = post_job(
        api, boss, title="仓管员", description="两班倒但没有夜班：早班7-15点，中班15-23点", location=near
    )
    early = post_job(api, boss, title="仓库保洁", description="仓库保洁，早上5点半到岗，下午1点半下班", location=near)
    round_the_clock = post_job(
        api, boss, title="仓库门岗", description="仓库门岗，两班轮换（8-20/20-8），坐岗亭", location=near
    )
    seeker = post_seeker(api, desired_job="仓库", experience="在仓库干过三年，熬不了夜", expected_salary=None)
    ids = [i["job"]["id"] for i in page(api, seeker)["items"]]
    assert set(ids) == {no_nights, early}
    assert round_the_clock not in ids


def test_one_who_cannot_work_weekends_gets_the_weekday_job_only(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    weekdays = post_job(
        api, boss, title="超市收银", description="上午8点半到下午2点半，周一到周五（周末有专门的周末班）", location=near
    )
    rota = post_job(
        api, boss, title="超市收银员", description="早晚班轮换，早班7:00-15:00，晚班15:00-22:00", location=near
    )
    weekend = post_job(
        api, boss, title="超市周末收银", description="周末兼职收银，周六日9:00-15:00，时薪18元", location=near
    )
    seeker = post_seeker(
        api, desired_job="收银", experience="做过两年收银，孩子周末没人看，周六日不行", expected_salary=None
    )
    ids = [i["job"]["id"] for i in page(api, seeker)["items"]]
    assert ids == [weekdays]
    assert rota not in ids and weekend not in ids
