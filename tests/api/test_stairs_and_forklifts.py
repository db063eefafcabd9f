"""Over HTTP (issue 22, session 7): a person with a bad back is offered neither a forklift driver's nor a mover's post;
one whose knees fail on stairs is offered neither the stairwell nor the movers, and a clerk's post stays for both.
Session 20: an estate's cleaner (小区保洁员) now carries the bins by its kind (three blind labellers' majority,
`matching/facts/kind_labelled.py`), so the bad back no longer keeps the stairwell post either."""

from __future__ import annotations

import httpx

from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import page


def _posts(api: httpx.Client) -> dict[str, int]:
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    return {
        "stairs": post_job(
            api,
            boss,
            title="小区保洁员",
            description="楼道要一层层拖，没有电梯的老楼要爬楼梯，早7点到下午3点",
            location=near,
        ),
        "forklift": post_job(api, boss, title="叉车司机", description="仓库叉车司机，长白班", location=near),
        "movers": post_job(api, boss, title="搬运工", description="负责货物装卸搬运，日结", location=near),
        "clerk": post_job(api, boss, title="物业文员", description="负责文件整理、录入，双休", location=near),
    }


def test_a_bad_back_keeps_the_clerk_but_not_loads_nor_the_estate_cleaner(api: httpx.Client):
    jobs = _posts(api)
    words = "做过五年保洁，腰椎间盘突出，重东西搬不了"
    seeker = post_seeker(api, desired_job="保洁 文员", experience=words, expected_salary=None)
    shown = {i["job"]["id"] for i in page(api, seeker)["items"]}
    assert jobs["clerk"] in shown
    assert not {jobs["stairs"], jobs["forklift"], jobs["movers"]} & shown


def test_knees_that_fail_on_stairs_keep_the_clerk_only(api: httpx.Client):
    jobs = _posts(api)
    words = "做过五年保洁，膝盖不行了，上下楼梯疼得很"
    seeker = post_seeker(api, desired_job="保洁 文员", experience=words, expected_salary=None)
    shown = {i["job"]["id"] for i in page(api, seeker)["items"]}
    assert jobs["clerk"] in shown
    assert not {jobs["stairs"], jobs["forklift"], jobs["movers"]} & shown
