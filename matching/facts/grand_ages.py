"""A grandparent's age from their grandchild's (issue 22, session 18; dev12's dev half): "大孙子今年上高一了",
"俺孙女都十八了", "外孙考上大学了". Two generations lie between them, each at least `GENERATION` years, so the person is
at least the grandchild's age plus twice that: a floor, valued "N-" ("49岁以上"), which a sign of the birth year
("属羊") narrows to the ages of that sign above it. Only where the person states no age of their own, and only their
own grandchild ("我孙子", "大孙子"; not "我妈的孙子", "邻居家孙子")."""

from __future__ import annotations

import re

from matching.facts.cues import someone_else, text_before
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.numerals import CN_NUMERAL, cn_number

# the youngest a parent is in these texts' generations: a floor, not a guess of the usual age
GENERATION = 17
_GRANDCHILD = r"(?:(?:我|俺)(?:家)?的?|(?<![的家])(?:大|小|二))?(?:外孙(?:子|女|儿|娃)?|孙(?:子|女|儿|娃))儿?"
# the grade the grandchild is in, and its youngest age (a 高一 pupil is 15)
_GRADES = {
    "幼儿园": 3,
    "小学": 6,
    "一年级": 6,
    "初中": 12,
    "初一": 12,
    "初二": 13,
    "初三": 14,
    "高中": 15,
    "高一": 15,
    "高二": 16,
    "高三": 17,
    "大学": 18,
    "大一": 18,
    "大二": 19,
    "大三": 20,
    "大四": 21,
}
_GRADE = "|".join(sorted(_GRADES, key=len, reverse=True))
_SAID = re.compile(
    rf"(?P<who>{_GRANDCHILD})(?:今年|现在|已经|都|也|才)*"
    rf"(?:(?:上|读|念|考上|考进|进)了?(?P<grade>{_GRADE})|(?P<age>[1-9]\d?|{CN_NUMERAL})(?:岁|周岁)?(?:了|啦)?(?=[，,。；;！!\s]|$))"
)
# an age said right after a grandchild is theirs, not the person's ("我外孙都十八了": `ages`)
GRANDCHILD_BEFORE = re.compile(rf"{_GRANDCHILD}(?:今年|现在|已经|都|也|才|有)*$")


def grandparent_floor(text: str) -> list[Fact]:
    """The least age the person's grandchild makes them ("49-" for one in 高一), as an `age` fact quoting the words."""
    for m in _SAID.finditer(text):
        if someone_else(text_before(text, m.start(), 6), circle=True):  # "我妈的孙子", "邻居家孙子"
            continue
        youngest = _GRADES[m.group("grade")] if m.group("grade") else cn_number(m.group("age"))
        if youngest is None or youngest > 50:
            continue
        floor = youngest + 2 * GENERATION
        return [Fact(Family.EDUCATION, "age", as_evidence(m.group(0)), 0.6, f"{floor}-")]
    return []
