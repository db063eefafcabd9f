"""Over HTTP, review 9's findings outside the body and the clock (issue 22): a computer skill in everyday words, a
rota after a list of things the job does not ask, a major for one who left school early, and someone else's licence,
each as the served page shows it."""

from __future__ import annotations

import httpx

from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import page, seekers_of


def shown(api: httpx.Client, seeker: int) -> set[int]:
    return {i["job"]["id"] for i in page(api, seeker)["items"]}


def test_a_seeker_without_a_computer_is_not_shown_a_post_asking_for_computer_skills(api: httpx.Client):
    boss = employer(api, "贸易公司")
    near = loc(north_of(HEFEI, 0.5))
    office = post_job(api, boss, title="文员", description="有一定的电脑技能，工作细心", location=near)
    suite = post_job(api, boss, title="行政文员", description="会使用平常的办公软件，沟通能力强", location=near)
    front = post_job(api, boss, title="前台", description="接待来访客人，整理报刊，早九晚五", location=near)
    seeker = post_seeker(api, desired_job="文员", experience="电脑不太会，不会Excel", expected_salary=None)
    assert shown(api, seeker) == {front}
    assert seeker not in seekers_of(api, office) and seeker not in seekers_of(api, suite)


def test_a_rota_after_a_list_of_things_not_asked_keeps_out_one_who_cannot_rotate(api: httpx.Client):
    boss = employer(api, "电子厂")
    near = loc(north_of(HEFEI, 0.5))
    rota = post_job(
        api, boss, title="质检员", description="巡检成品，不要求穿工服、不用戴口罩、不用坐流水线、两班倒", location=near
    )
    days = post_job(api, boss, title="质检员", description="巡检成品，长白班，不用坐流水线", location=near)
    seeker = post_seeker(api, desired_job="质检员", experience="倒不了班，两班倒不行", expected_salary=None)
    assert shown(api, seeker) == {days}
    assert seeker not in seekers_of(api, rota)


def test_a_post_requiring_a_major_is_not_shown_to_one_who_left_school_early(api: httpx.Client):
    boss = employer(api, "物流公司")
    near = loc(north_of(HEFEI, 0.5))
    data = post_job(api, boss, title="仓管文员", description="需要统计学、大数据等相关专业，细心", location=near)
    store = post_job(api, boss, title="仓管员", description="负责收货发货，点数入库", location=near)
    primary = post_seeker(api, desired_job="仓管", experience="小学文化，认字不多", expected_salary=None)
    dropped = post_seeker(api, desired_job="仓管", experience="初中没念完，在仓库干过", expected_salary=None)
    graduate = post_seeker(api, desired_job="仓管", experience="大专毕业，学的统计", expected_salary=None)
    assert shown(api, primary) == {store} and shown(api, dropped) == {store}
    assert data in shown(api, graduate)


def test_a_husbands_licence_hides_no_post_requiring_another(api: httpx.Client):
    boss = employer(api, "仓储公司")
    near = loc(north_of(HEFEI, 0.5))
    forklift = post_job(api, boss, title="叉车工", description="仓库叉车作业，持叉车证上岗", location=near)
    seeker = post_seeker(api, desired_job="仓库叉车工", experience="老公有驾照，可以接送我上下班", expected_salary=None)
    assert forklift in shown(api, seeker)  # an unsaid licence demotes, never hides
    # session 21: 「周末要去上课」 refuses weekends, which a silent 叉车工 post works by its kind (`kind_hours`), so the
    # exam is said without a day
    sitting = post_seeker(api, desired_job="仓库叉车工", experience="平时自学，准备考会计证", expected_salary=None)
    assert forklift in shown(api, sitting)
    weekends = post_seeker(api, desired_job="仓库叉车工", experience="周末要去上课考会计证", expected_salary=None)
    assert forklift not in shown(api, weekends)  # the kind works weekends; the exam is not what hides it
