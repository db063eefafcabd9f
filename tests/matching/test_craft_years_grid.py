"""Issue 22 s12: years of a craft a posting asks ("练过一年以上毛笔字的", "钢琴弹了三年以上", "两年以上国画功底"),
held against the person's years in it ("写了五年毛笔字") and not met by years of other work ("干保洁干了六年") nor by
none ("25届本科"). Decoys: a craft preferred, the pupils' years, a course's fee. Every wording is made up for this
grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits

CRAFTS = ["毛笔字", "书法", "国画", "钢琴", "古筝", "素描"]
ASKED = [  # (frame, years)
    ("练过一年以上{}的", "1"),
    ("要学过两年以上{}", "2"),
    ("{}练过三年以上", "3"),
    ("有两年以上{}功底", "2"),
    ("{}基础三年以上", "3"),
]


def years_asked(description: str) -> list[str]:
    return [f.value or "" for f in posting_facts("助教", description) if f.code == "experience_min"]


@pytest.mark.parametrize(("frame", "craft"), list(itertools.product(ASKED, CRAFTS)))
def test_years_of_a_craft_asked(frame: tuple[str, str], craft: str) -> None:
    words, years = frame
    assert years_asked(f"周末班助教，{words.format(craft)}，一次一百。") == [years]


@pytest.mark.parametrize(
    "words",
    [
        "练过一年以上毛笔字的优先",  # preferred, not asked
        "招收学过两年以上钢琴的孩子",  # the pupils' years
        "适合学过一年以上书法的学员",
        "国画课一年学费两千",  # a fee
        "会写毛笔字",  # a skill, no years
    ],
)
def test_words_that_ask_no_years_of_a_craft(words: str) -> None:
    assert years_asked(f"周末班助教，{words}。") == []


POSTING = ("书法班助教", "周末上午，练过一年以上毛笔字的，一次一百。")


@pytest.mark.parametrize(
    "seeker",
    ["25届本科，小学教育专业，实习过半年", "干保洁干了六年，五十岁", "在超市做了三年收银"],
)
def test_years_of_other_work_do_not_meet_a_craft(seeker: str) -> None:
    assert not seeker_limits(seeker_facts("", seeker)).fits(posting_facts(*POSTING))


@pytest.mark.parametrize("seeker", ["毛笔字写了五年，退休在家", "练了十年书法", "书法练了三年多"])
def test_years_in_the_craft_meet_it(seeker: str) -> None:
    assert seeker_limits(seeker_facts("", seeker)).fits(posting_facts(*POSTING))
