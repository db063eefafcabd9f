"""Issue 22: posting hours written loosely, in the shapes real postings use that the reader left (dotted clocks, 一 or
a run of dashes between clocks, "早九点晚六点"), and the colloquial ones of small employers ("七点干到七点",
"下午到，晚上十点前卸完"). Every wording is made up here in those shapes; none is a real posting's."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits


def hours_of(description: str) -> list[str]:
    return [f.value or "" for f in posting_facts("店员", description) if f.code == "hours"]


@pytest.mark.parametrize(
    ("description", "hours"),
    [
        ("上班时间：8.30-17.30，午休一小时", "08:30-17:30"),
        ("工作时间9.00~18.00", "09:00-18:00"),
        ("工作时间：8.30~5.30，周末双休", "08:30-17:30"),  # a bare end before the start: the afternoon
        ("作息：7.30-11.30 1.30-5.30", "07:30-17:30/11:30-13:30"),  # the later half after noon
        ("上班时间：8:00一17:00", "08:00-17:00"),
        ("工作时间：10:00---21:00，做一休一", "10:00-21:00"),
        ("上班时间7.30——16.30", "07:30-16:30"),
        ("工作时间：早九点晚六点，午休一个半小时", "09:00-18:00"),
        ("每天早上七点干到晚上七点", "07:00-19:00"),
        ("晚上八点做到第二天早上六点", "20:00-06:00"),
        ("货一般下午到，晚上九点前肯定卸完", "14:00-21:00"),
        ("每天上午开工，十二点前干完就走", "08:00-12:00"),
    ],
)
def test_loose_hours_are_read(description: str, hours: str) -> None:
    assert hours_of(description) == [hours]


@pytest.mark.parametrize(
    "description",
    [
        "报名时间3.10-3.20",  # a date
        "时薪12.50-15.00元",  # a price
        "薪资4.50-5.00万",
        "版本1.10-1.20兼容",
        "最早九点晚六点前到店都行",  # not the day's ends
    ],
)
def test_numbers_that_are_not_hours(description: str) -> None:
    assert hours_of(description) == []


def test_loose_hours_count_against_a_window() -> None:
    limits = seeker_limits(seeker_facts("", "孩子小，下午三点前得往回赶"))
    assert not limits.fits(posting_facts("店员", "工作时间：8.30-17.30"))
    assert limits.fits(posting_facts("店员", "工作时间：8.30-14.30"))
