"""A person free only at the weekend against a posting's days (issue 22, session 15; rev5's H2): a full-time post
that names none of its days works the weekdays, so it is out; one that names weekend work, or is part-time or an odd
job with no days said, stays. The wordings are the helper's own."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts("服务员", "", [said], today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


WEEKENDS = ["只有礼拜六礼拜天有空，平常在厂里上班", "我只有周六周日两天能出来干", "周末两天有时间"]


@pytest.mark.parametrize("said", WEEKENDS)
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("洗碗工", "饭馆招洗碗工，上午十点到晚上八点，管饭"),
        ("仓库管理员", "物流公司仓库管理，早8点半到下午5点半"),
        ("保安", "小区保安，12小时白班，月薪3800"),
        ("服务员", "火锅店服务员，周一到周六上班"),
    ],
)
def test_a_post_that_works_the_weekdays_is_out_for_a_weekend_only_person(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize("said", WEEKENDS)
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("服务员", "奶茶店周末兼职，每天下午1点到晚上9点"),
        ("保洁", "写字楼周末班保洁，早7点到下午4点"),
        ("导购", "商场促销，周末全天，一天150"),
        ("发传单", "兼职发传单，按小时算，时间自己定"),
        ("搬运", "搬家公司招零工，日结"),
        ("手工", "可以在家做的缝纫活，按件给钱"),
    ],
)
def test_weekend_work_and_part_time_with_no_days_stay_for_a_weekend_only_person(
    said: str, title: str, posting: str
) -> None:
    assert shown(said, title, posting)


@pytest.mark.parametrize("said", ["礼拜天不行，要去教堂", "什么时候都行", "周六周日也可以来"])
def test_a_post_silent_on_its_days_stays_for_one_who_refuses_sunday_or_offers_the_weekend_as_well(said: str) -> None:
    assert shown(said, "仓库管理员", "物流公司仓库管理，早8点半到下午5点半")
