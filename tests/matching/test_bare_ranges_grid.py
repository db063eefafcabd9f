"""Issue 22 s12: a person's hours said as a bare range, with no verb — theirs where the clause offers it (可以, 能, 有空,
方便), a profile's line names it (时间：, 空闲时间是) or the range is the whole clause; not a child's school day, a
spouse's shift, a shop's opening hours, a price, a past job or a question. Composed: parts of the day × ranges ×
frames. Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits
from tests.matching.test_window_grid import window_of

RANGES = [  # (words, window)
    ("早上八点半到十一点半", "08:30-11:30"),
    ("上午九点到十一点", "09:00-11:00"),
    ("下午一点到五点", "13:00-17:00"),
    ("晚上七点到十一点", "19:00-23:00"),
    ("九点到三点", "09:00-15:00"),
    ("早上八点到下午两点半", "08:00-14:30"),
]
OFFERED = ["{}", "{}可以", "{}都可以", "{}都方便", "{}有空", "{}能干", "时间：{}", "空闲时间是{}", "平时{}"]


@pytest.mark.parametrize(("frame", "said"), list(itertools.product(OFFERED, RANGES)))
def test_a_bare_range_offered_is_the_window(frame: str, said: tuple[str, str]) -> None:
    words, window = said
    assert window_of(frame.format(words)) == window


DECOYS = [
    "孩子{}上学",
    "孩子上学是{}",
    "我老公{}上班",
    "店里营业时间{}",
    "超市{}开门",
    "以前上班{}",
    "{}可以吗？",
    "如果{}也行的话",
]


@pytest.mark.parametrize(("frame", "said"), list(itertools.product(DECOYS, RANGES)))
def test_a_range_of_someone_or_something_else_is_no_window(frame: str, said: tuple[str, str]) -> None:
    assert window_of(frame.format(said[0])) is None


@pytest.mark.parametrize(
    "words", ["价格9到15块", "一般干9到15天", "我老公8点到5点上班", "9点到3点可以吗？", "店里营业9点到9点"]
)
def test_digits_that_are_no_hours_of_the_person_are_no_window(words: str) -> None:
    assert window_of(words) is None


@pytest.mark.parametrize("words", ["时间：9:00-15:00", "只能9点到3点", "9点到3点都可以"])
def test_ranges_in_digits_stay_read(words: str) -> None:
    assert window_of(words) == "09:00-15:00"


def test_a_bare_morning_keeps_an_afternoon_post_out() -> None:
    job = posting_facts("保洁", "工作时间13:00-17:00，周边小区")
    assert not seeker_limits(seeker_facts("保洁", "早上八点半到十一点半")).fits(job)
    assert seeker_limits(seeker_facts("保洁", "下午一点到五点")).fits(job)
