"""Issue 22: how long a day a person can work, said as a bound ("一天别超过十个钟头") or as a length refused ("十二个
小时的班吃不消", "长班干不了"), and the day a posting's rota implies when its hours are unsaid ("两班倒": 12 hours).
A grid of frames × numbers × units; every wording is made up for it, none a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits

NUMBERS = [("八", 8), ("10", 10), ("十", 10), ("十一", 11), ("12", 12), ("十二", 12)]
UNITS = ["个小时", "个钟头", "小时"]
# a bound: the day may be as long as the number
BOUNDS = ["一天别超过{}", "每天不能超过{}", "一天最好不要超过{}", "上班不超过{}"]
# a length refused: the day must be shorter than the number
REFUSED = ["{}的班吃不消", "{}的班受不了", "一天干{}干不了", "干不了{}的", "{}的活我扛不住"]


def longest_of(words: str) -> int | None:
    longest = seeker_limits(seeker_facts("", words)).longest_day
    return None if longest is None else longest // 60


@pytest.mark.parametrize(
    ("frame", "number", "unit"), [(f, n, u) for f, n, u in itertools.product(BOUNDS, NUMBERS, UNITS)]
)
def test_a_bound_caps_the_day_at_its_number(frame: str, number: tuple[str, int], unit: str) -> None:
    words, hours = number
    assert longest_of("身体还行，" + frame.format(words + unit)) == hours


@pytest.mark.parametrize(
    ("frame", "number", "unit"), [(f, n, u) for f, n, u in itertools.product(REFUSED, NUMBERS, UNITS)]
)
def test_a_length_refused_caps_the_day_below_it(frame: str, number: tuple[str, int], unit: str) -> None:
    words, hours = number
    assert longest_of("身体还行，" + frame.format(words + unit)) == hours - 1


@pytest.mark.parametrize(
    ("words", "hours"),
    [
        ("十几个小时的班干不了", 10),
        ("干不了十几个钟头的", 10),
        ("长班干不了", 10),
        ("长班吃不消", 10),
        ("上不了长班", 10),
        ("只想上半天班", 5),
        ("上半天班就行", 5),
        ("一天最多干八小时", 8),  # the older reading, kept
        ("每天不能超过九个小时，十二个小时的活我扛不住", 9),  # both hold: the shorter
        ("说实话十二个钟头的班都吃不消", 11),
    ],
)
def test_long_shifts_and_half_days(words: str, hours: int) -> None:
    assert longest_of(words) == hours


@pytest.mark.parametrize(
    "words",
    [
        "一天超过十个小时也没事",
        "路上别超过一个小时",  # the commute
        "通勤不要超过两个小时",
        "一周别超过四十个小时",  # a week's hours
        "老公说十二个小时的班吃不消",  # someone else's day
        "以前干过十二个小时的班",
        "十二个小时的班也能干",
        "长班也行",
        "单休、做六休一都能接受",
    ],
)
def test_no_cap_where_none_is_said(words: str) -> None:
    assert longest_of(words) is None


def day_hours(description: str) -> int | None:
    said = [int(f.value) for f in posting_facts("普工", description) if f.code == "day_hours" and f.value]
    return said[0] if said else None


@pytest.mark.parametrize(
    ("description", "hours"),
    [
        ("流水线作业，两班倒，包吃住", 12),
        ("二班倒，月休四天", 12),
        ("三班倒，有夜班补贴", 8),
        ("长白班，不用上夜班", 11),
        ("做一休一，节假日三倍", 12),
        ("两班倒，每天工作8小时", 8),  # the posting's own number wins
        ("两班倒，一个班11个钟头", 11),
        ("每天10个钟头，包住", 10),
    ],
)
def test_a_rota_implies_its_day_when_hours_are_unsaid(description: str, hours: int) -> None:
    assert day_hours(description) == hours


@pytest.mark.parametrize(
    "description",
    [
        "两班倒，白班8:00-17:00，夜班20:00-5:00",  # its hours are said: they are the day
        "不是两班倒，长期白班",  # the rota denied
    ],
)
def test_no_rota_day_where_the_hours_are_said_or_the_rota_denied(description: str) -> None:
    assert day_hours(description) is None


@pytest.mark.parametrize(
    ("seeker", "description", "fits"),
    [
        ("一天别超过十个钟头", "两班倒，包住", False),
        ("一天别超过十个钟头", "三班倒，包住", True),
        ("十二个小时的班吃不消", "长白班，包住", True),
        ("十二个小时的班吃不消", "两班倒，包住", False),
        ("长班干不了", "上班时间早上七点半到晚上九点", False),
    ],
)
def test_the_cap_against_a_rota(seeker: str, description: str, fits: bool) -> None:
    assert seeker_limits(seeker_facts("", seeker)).fits(posting_facts("普工", description)) is fits
