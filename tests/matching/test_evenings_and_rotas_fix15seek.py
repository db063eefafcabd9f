"""Two seeker-side classes of rev5 (issue 22, session 15): evenings refused with a family reason in the next breath
("晚上不行，要照顾老人": H3) end the day by seven, and a weekday refused keeps out a rota that names no days (H5: its
rest days turn). The wordings are the helper's own."""

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


EVENINGS = ["晚上不方便，得回家给孙子做饭", "晚上不行，我要陪老伴"]


@pytest.mark.parametrize("said", EVENINGS)
@pytest.mark.parametrize(
    ("title", "posting"), [("服务员", "火锅店服务员，中午11点到晚上9点"), ("保洁", "商场保洁，下午3点到晚上10点")]
)
def test_evenings_refused_for_family_keep_out_a_post_into_the_evening(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize("said", EVENINGS)
def test_evenings_refused_for_family_keep_a_day_post(said: str) -> None:
    assert shown(said, "保洁", "写字楼保洁，早7点到下午4点")


SUNDAY = "礼拜天要做礼拜，那天不行"


@pytest.mark.parametrize(
    "posting", ["纺织厂挡车工，两班倒", "停车场收费，三班倒，坐岗亭", "仓库理货，做一休一，一班12小时"]
)
def test_a_weekday_refused_keeps_out_a_rota_that_names_no_days(posting: str) -> None:
    assert not shown(SUNDAY, "普工", posting)


@pytest.mark.parametrize(
    "posting",
    [
        "纺织厂挡车工，两班倒，每月休四天",  # rest days counted: which may be arranged
        "纺织厂挡车工，两班倒，周一到周六，周日休息",  # the days named leave Sunday free
        "纺织厂挡车工，长白班，早8点到晚6点",  # no rota
    ],
)
def test_a_rota_that_counts_its_rest_days_or_names_them_or_no_rota_stays(posting: str) -> None:
    assert shown(SUNDAY, "普工", posting)
