"""The weekend as a person's only free days, said as weekdays taken and the weekend offered ("平时要上班，周末可以";
issue 22, session 15): a full-time post is then out as for "周末两天有空". The wordings are the helper's own."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
FULL_TIME = posting_facts("仓库管理员", "物流公司仓库管理，早8点半到下午5点半")


def free_days(said: str) -> frozenset[int]:
    return seeker_limits(seeker_facts("服务员", "", [said], today=TODAY)).free_days


@pytest.mark.parametrize(
    "said",
    [
        "平时得上班，周末能来",
        "工作日在单位上班，双休日都可以",
        "周一到周五没时间，礼拜六礼拜天能干",
        "平常在单位上班，周末想找份兼职",
        "周一到周五上班，周末想找点活干",
    ],
)
def test_weekdays_taken_and_the_weekend_offered_is_the_weekend_only(said: str) -> None:
    assert free_days(said) == {6, 7}
    assert not seeker_limits(seeker_facts("服务员", "", [said], today=TODAY)).fits(FULL_TIME, TODAY)


@pytest.mark.parametrize(
    "said",
    [
        "我女儿平时要上学，周末可以",  # the daughter's weekdays
        "平时得上班，周末能来吗？",  # asked
        "平时得上班，周末可以带孩子过来玩",  # the weekend offered for something else
        "平时得上班，周末能来，晚上下班也行",  # weekday evenings offered too
        "平时得上班，周末也不行",  # the weekend refused too
    ],
)
def test_weekdays_taken_of_another_asked_or_beside_other_hours_name_no_free_days(said: str) -> None:
    assert free_days(said) != {6, 7}
