"""Issue 22 s12: a posting's hours stated once — a half day that is the only range its text names ("早上7点到11点",
"上午8:00-12:00"), and a range in Chinese numerals with no part of the day ("八点半到十一点半", "九点到三点") — are
its hours, which a person's own window is held against. Decoys: a half day beside the other half in the next
sentence, a shop's opening hours, a delivery window, a price, an interview, a lunch break. Every wording is made up
for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits


def hours_of(description: str) -> list[str]:
    return [f.value or "" for f in posting_facts("保洁", description) if f.code == "hours"]


HALF_DAYS = [  # (words, hours)
    ("早上7点到11点", "07:00-11:00"),
    ("上午8点半到11点半", "08:30-11:30"),
    ("早晨6:30-10:30", "06:30-10:30"),
    ("上午8:00-12:00", "08:00-12:00"),
    ("下午2点到5点", "14:00-17:00"),
    ("下午1:30-5:30", "13:30-17:30"),
]
FRAMES = ["{}打扫楼道，活不累。", "每天{}，周末双休。", "银行网点保洁，{}，包午饭。", "工作时间{}，扫地拖地"]


@pytest.mark.parametrize(("frame", "said"), list(itertools.product(FRAMES, HALF_DAYS)))
def test_a_lone_half_day_is_the_days_hours(frame: str, said: tuple[str, str]) -> None:
    words, hours = said
    assert hours_of(frame.format(words)) == [hours]


@pytest.mark.parametrize("line", ["上午8点-12点", "工作时间：上午8:00-12:00", "下午2点到5点。"])
def test_a_half_day_on_a_line_alone_is_a_timetables_line(line: str) -> None:
    assert [f for f in posting_facts("", line) if f.code == "hours"] == []  # its other half on the next line


def test_a_half_day_beside_its_other_half_is_not_the_day() -> None:
    assert "08:00-12:00" not in hours_of("上午8:00-12:00。下午2:00-5:30。")
    assert "08:00-12:00" not in hours_of("上午8点到12点。下午两点到五点半。")


BARE = [  # (words, hours): no part of the day; a start before seven is the afternoon's
    ("八点半到十一点半", "08:30-11:30"),
    ("九点到三点", "09:00-15:00"),
    ("两点到五点", "14:00-17:00"),
    ("七点到十一点", "07:00-11:00"),
    ("十点到四点半", "10:00-16:30"),
]
BARE_FRAMES = ["网点开门前后打扫，{}，周末不开门。", "每天{}，活不重。", "上班{}，包午饭。", "{}，中间不休息。"]


@pytest.mark.parametrize(("frame", "said"), list(itertools.product(BARE_FRAMES, BARE)))
def test_a_bare_worded_range_is_the_postings_hours(frame: str, said: tuple[str, str]) -> None:
    words, hours = said
    assert hours_of(frame.format(words)) == [hours]


BARE_DECOYS = [
    "营业时间{}，店里招人看店。",  # a shop's opening hours
    "配送时间{}，送货上门。",  # a delivery window
    "{}半价，招店员。",  # a price
    "面试时间{}，带身份证。",  # an interview
    "{}吃饭，招洗碗工。",  # a break
    "{}的课，招助教。",  # a class
]


@pytest.mark.parametrize(("frame", "said"), list(itertools.product(BARE_DECOYS, BARE)))
def test_a_bare_range_of_something_else_is_no_hours(frame: str, said: tuple[str, str]) -> None:
    assert hours_of(frame.format(said[0])) == []


def test_a_window_is_held_against_hours_stated_once() -> None:
    limits = seeker_limits(seeker_facts("", "每天上午能出来，十点到一点，下午要接孩子"))
    assert not limits.fits(posting_facts("保洁", "银行保洁，八点半到十一点半，周末不开门。"))
    assert not limits.fits(posting_facts("保洁", "早上7点到11点打扫楼道。"))
    assert limits.fits(posting_facts("保洁", "每天十点到十二点半打扫，活不重。"))


@pytest.mark.parametrize(
    ("words", "hours"),
    [
        ("凌晨四点半到上午十点", "04:30-10:00"),
        ("凌晨三点到早上八点", "03:00-08:00"),
        ("凌晨五点到中午十二点", "05:00-12:00"),
        ("凌晨四点到十点", "04:00-10:00"),
    ],
)
def test_a_worded_range_from_the_small_hours(words: str, hours: str) -> None:
    facts = posting_facts("早餐店帮工", f"{words}，包包子、炸油条，礼拜天休。")
    assert [f.value for f in facts if f.code == "hours"] == [hours]
    if hours < "05:00":
        assert any(f.code == "night" for f in facts)  # a start before five is a night's
