"""驾龄 read from when a licence was got, as people say it (issue 22 s11): a relative year after the licence and a
comma ("有驾照，去年拿的"), a class before it ("C1是去年拿的"), "才拿一年"; and a posting asking more years is out.
Wording is this module's own, not any persona set's."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("words", "years"),
    [
        ("有驾照，去年拿的", 1),
        ("C1是前年拿的，开过网约车", 2),
        ("B2本子是大前年考的", 3),
        ("驾照才拿一年", 1),
        ("驾驶证刚拿半年", 0),
        ("有C1，2021年考的", 5),
        # already read: kept so
        ("前年才拿的C1本子", 2),
        ("本子拿了两年", 2),
        ("刚拿本", 0),
    ],
)
def test_when_a_licence_was_got_is_its_years_held(words: str, years: int) -> None:
    assert seeker_limits(seeker_facts("司机", words, today=TODAY)).driving_years == years


@pytest.mark.parametrize("words", ["老公有驾照，去年拿的", "去年拿的毕业证，驾照还没考", "本来去年想考驾照"])
def test_other_years_near_a_licence_are_not_its_years(words: str) -> None:
    assert seeker_limits(seeker_facts("司机", words, today=TODAY)).driving_years is None


def test_a_licence_of_last_year_is_short_of_three_years_asked() -> None:
    job = posting_facts("网约车司机", "C1驾照，驾龄三年以上，时间自由")
    assert not seeker_limits(seeker_facts("司机", "有C1驾照，去年拿的", today=TODAY)).fits(job, TODAY)
