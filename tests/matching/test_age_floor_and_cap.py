"""Issue 22, session 12 (the lead, from the second reviewer's class 1): a posting's floor and cap said apart
("要年满18周岁以上，50岁以上勿扰") are one range, 18 to 50, not two alternatives each of which admits: before, the floor
alone let a 55-year-old through. Alternatives stay alternatives: "男55女50" is two caps, either of which admits."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 6)


def shown(words: str, description: str, title: str = "普工") -> bool:
    limits = seeker_limits(seeker_facts("", words, today=TODAY))
    facts = posting_facts(title, description)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize(
    "description",
    [
        "要年满18周岁以上，50岁以上勿扰",  # the reviewer's
        "18岁以上，50岁以下",  # the reviewer's
        "须年满18周岁，45岁以下",  # the reviewer's
        "年满十八周岁，五十岁以内",
        "18-45岁，须年满18周岁",
    ],
)
def test_a_floor_and_a_cap_said_apart_keep_out_one_above_the_cap(description: str) -> None:
    assert not shown("我今年55了", description)


@pytest.mark.parametrize(
    ("words", "description"),
    [
        ("我今年40", "要年满18周岁以上，50岁以上勿扰"),
        ("我今年40", "须年满18周岁，45岁以下"),
        ("我今年52", "男55岁以下，女50岁以下"),  # two caps, for men and women: either admits
        ("我今年30", "年满18周岁"),
    ],
)
def test_ages_inside_stay_in(words: str, description: str) -> None:
    assert shown(words, description)


def test_a_floor_still_keeps_out_one_below_it() -> None:
    assert not shown("我今年16", "须年满18周岁，45岁以下")


def test_a_floor_above_a_cap_is_another_groups_and_admits_its_own() -> None:
    """Two readings whose floor lies above the cap ("45岁以下" for the line, "60岁以上" for the retired) are alternatives."""
    facts = posting_facts("普工", "45岁以下") + posting_facts("普工", "须年满60周岁")
    for words, fits in (("我今年62", True), ("我今年40", True), ("我今年52", False)):
        limits = seeker_limits(seeker_facts("", words, today=TODAY))
        assert limits.fits(facts, TODAY) is fits, words
