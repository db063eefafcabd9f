"""Issue 22 s14 (rev4's lesser posting classes): a single weekday rest in a post ("周一休", "每周二休息": a six-day
week, weekends worked) and a driving class read by what it is — a language's level beside it is no licence ("英语B1
以上…C1即可"), and a class alone after a driver's title is the licence asked ("货车司机｜A2", title 货车司机 over
"要求A2"). Each × a few frames, with decoys. Every wording is made up for this grid."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits

TODAY = date(2026, 12, 6)


def shown(title: str, post: str, seeker: str) -> bool:
    """Whether the page keeps the post for the person: its bits admitted and its facts fitting."""
    facts, limits = posting_facts(title, post), seeker_limits(seeker_facts("", seeker, [], today=TODAY))
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


def codes(title: str, text: str) -> set[str]:
    return {f.code for f in posting_facts(title, text)}


DAYS = ["周一", "周二", "星期三", "礼拜四", "每周一", "每个礼拜二", "每星期三"]
RESTS = ["休", "休息", "歇"]
FRAMES = ["{}，早9晚6", "饭店服务员，{}，包吃住", "{}"]


@pytest.mark.parametrize(("day", "rest", "frame"), list(itertools.product(DAYS, RESTS, FRAMES)))
def test_a_single_weekday_rest_is_a_week_with_its_weekend_worked(day: str, rest: str, frame: str) -> None:
    post = frame.format(day + rest)
    assert "weekends_worked" in codes("服务员", post)
    assert not shown("服务员", post, "周末不行，要带孩子")


@pytest.mark.parametrize(
    "text",
    [
        "上周一休息了一天，现在正常上班",
        "周一休市，其余时间正常营业，双休",
        "周一至周五上班，双休",
        "下周二休假回来再面试",
    ],
)
def test_a_rest_that_is_no_rota_reads_no_weekend_work(text: str) -> None:
    assert "weekends_worked" not in codes("文员", text)


# a language's level in the letters of a licence class
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("英语B1以上，给外宾开车，C1即可", {"driving_C1"}),
        ("英语B1以上，C1驾照", {"driving_C1"}),
        ("英文水平B2，持C1驾照", {"driving_C1"}),
        ("日语N2、英语C1，A2驾照", {"driving_A2"}),
        ("英语B2以上，会开车", {"driving"}),
    ],
)
def test_a_language_level_is_no_licence(text: str, want: set[str]) -> None:
    assert {c for c in codes("司机", text) if c.startswith("driving")} == want


@pytest.mark.parametrize(("title", "text"), [("翻译", "英语C1以上"), ("外贸专员", "英语B2及以上，能出差")])
def test_a_language_level_alone_reads_no_licence(title: str, text: str) -> None:
    assert not {c for c in codes(title, text) if c.startswith("driving")}


ALONE = [
    ("货车司机｜A2", ""),
    ("货车司机", "A2"),
    ("货车司机", "要求A2"),
    ("货车司机", "A2即可，跑长途"),
    ("大巴驾驶员", "须A1，跑城际"),
    ("校车司机", "B1，早晚接送学生"),
]


@pytest.mark.parametrize(("title", "text"), ALONE)
def test_a_class_alone_after_a_drivers_title_is_the_licence_asked(title: str, text: str) -> None:
    assert {c for c in codes(title, text) if c.startswith("driving_")} <= {"driving_A1", "driving_A2", "driving_B1"}
    assert {c for c in codes(title, text) if c.startswith("driving_")}
    assert not shown(title, text, "有C1驾照，开了十年车")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("货车司机", "在A2仓库装卸"),
        ("货车司机", "A2座位"),
        ("文员", "要求B1"),
        ("仓管", "A2"),
        ("货车司机", "A2区停车场旁"),
    ],
)
def test_a_class_that_is_no_licence_is_not_read(title: str, text: str) -> None:
    assert not {c for c in codes(title, text) if c.startswith("driving_")}
