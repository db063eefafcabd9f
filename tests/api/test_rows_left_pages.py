"""Over HTTP (issue 22, session 8): asthma keeps a spray painter's post off the page only under the disability consent
(health, PIPL art. 28); a person who cannot climb stairs still sees a warehouse mover's post; a door post with an hour
a day on one's feet reaches one who cannot stand long."""

from __future__ import annotations

import httpx

from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import page


def _posts(api: httpx.Client) -> dict[str, int]:
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    return {
        "paint": post_job(api, boss, title="喷漆工", description="家具厂喷漆，长白班，包住", location=near),
        "stairs": post_job(
            api,
            boss,
            title="小区保洁员",
            description="楼道要一层层拖，老楼没电梯要爬楼梯，早7点到下午3点",
            location=near,
        ),
        "movers": post_job(api, boss, title="仓库搬运工", description="仓库内负责货物装卸搬运，长白班", location=near),
        "door": post_job(
            api, boss, title="写字楼门岗", description="每天站岗1小时，其余时间在岗亭坐着登记，长白班", location=near
        ),
    }


def _shown(api: httpx.Client, words: str, **overrides: object) -> set[int]:
    seeker = post_seeker(api, desired_job="普工 保洁 门岗", experience=words, expected_salary=None, **overrides)
    return {i["job"]["id"] for i in page(api, seeker)["items"]}


def test_asthma_keeps_paint_off_the_page_only_under_consent(api: httpx.Client):
    jobs = _posts(api)
    consent = {"precise_location": True, "disability": True}
    assert jobs["paint"] not in _shown(api, "有哮喘，做过三年普工", sensitive_consent=consent, phone="13805518801")
    assert jobs["paint"] in _shown(api, "有哮喘，做过三年普工", phone="13805518802")


def test_stairs_keep_out_the_stairwell_not_the_warehouse(api: httpx.Client):
    jobs = _posts(api)
    shown = _shown(api, "爬不了楼，做过保洁和仓库")
    assert jobs["movers"] in shown and jobs["stairs"] not in shown


def test_an_hour_on_ones_feet_reaches_one_who_cannot_stand_long(api: httpx.Client):
    jobs = _posts(api)
    assert jobs["door"] in _shown(api, "不能长时间站岗，做过门卫")
