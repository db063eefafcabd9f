"""Rotas against a person's days and hours (issue 22, session 15): a weekday refused keeps out a rota that names no
days (rev5's H5: its rest days turn); days on and off with its one shift shown is judged by that shift, for one whose
day is limited (rev5's F4). The wordings are the helper's own."""

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


LATE_START = "早上七点半以后才能上班"


def test_days_on_and_off_with_its_one_shift_shown_is_judged_by_that_shift() -> None:
    assert shown(LATE_START, "理货", "超市理货，做一休一，早8点到晚8点")  # rev5's F4


@pytest.mark.parametrize(
    "posting",
    [
        "超市理货，做一休一，早6点到晚6点",  # the shift starts before the person can
        "超市理货，做一休一",  # no hours shown
        "超市理货，两班倒，早8点到晚8点",  # shifts that turn within the day, one shown
    ],
)
def test_a_rota_whose_shift_starts_early_or_is_unshown_or_turns_within_the_day_is_out(posting: str) -> None:
    assert not shown(LATE_START, "理货", posting)
