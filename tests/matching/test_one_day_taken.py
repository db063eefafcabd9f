"""Issue 22, session 14 (h-fix10seek): a single weekday refused by a duty that takes it every week ("每周三要带孩子
看病", "礼拜二要去医院复查") or a single rest day wished ("周一休", "周一要休息") is `day_refused`; part of the day
("周五下午要接孩子"), a place's day off ("我们店周一休"), a day not rested ("周一不休") and someone else's are not.
The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts


def refused(text: str) -> set[str]:
    return {f.value or "" for f in seeker_facts("", text) if f.code == "day_refused"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("每周三要带孩子看病", "3"),
        ("每个礼拜二要去医院复查", "2"),
        ("星期四要做透析", "4"),
        ("每周五得陪我妈去医院", "5"),
        ("周一休", "1"),
        ("周一要休息", "1"),
        ("想找个周二休的，别的无所谓", "2"),
        ("每周四都得去医院做理疗", "4"),
    ],
)
def test_one_day_taken_is_refused(text: str, day: str) -> None:
    assert refused(text) == {day}


@pytest.mark.parametrize(
    "text",
    [
        "周五下午要接孩子",
        "我们店周一休",
        "周一不休也行",
        "我老公每周三要去医院",
        "周三要去面试，别的时间都行",
        "以前每周三要带孩子看病，现在不用了",
        "每周一休息半天",
    ],
)
def test_no_day_is_refused(text: str) -> None:
    assert refused(text) == set()
