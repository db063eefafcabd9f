"""A seeker-side class of rev5 (issue 22, session 15): a weekday refused keeps out a rota that names no days (H5: its
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
