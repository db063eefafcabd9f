"""Over HTTP (issue 22, session 21): one who must leave at half past four for the school gate is not offered a
restaurant's dishwasher whose text names no hours (its kind works to nine at night, `matching.facts.kind_hours`), and
is offered the same kind where the text states hours that end in time."""

from __future__ import annotations

import httpx

from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import page


def test_one_who_leaves_at_half_past_four_is_not_offered_a_silent_dishwasher(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    silent = post_job(api, boss, title="饭店洗碗工", description="包吃，月薪3200", location=near)
    stated = post_job(api, boss, title="食堂洗碗工", description="上班时间9:00-14:00，包午饭", location=near)
    seeker = post_seeker(
        api, desired_job="洗碗", experience="在饭店洗过碗，下午四点半要去接孩子放学", expected_salary=None
    )
    ids = [i["job"]["id"] for i in page(api, seeker)["items"]]
    assert stated in ids
    assert silent not in ids
