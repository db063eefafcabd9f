"""Where a person's schooling stopped, said as a grade or a few years rather than a level: "读到初二", "高一就辍学了",
"只上了几年小学". A grade left before the last one is the level below (初二: primary; 高一: junior high)."""

from __future__ import annotations

import re

from matching.facts.cues import someone_else, text_before

# a grade reached and left: "读到初二", "念到高一"; the last grade (初三, 高三) only where the words say it was left
# ("初三没读完", "高三辍学"), as one may have finished it. Not "在上初一" (a pupil now) nor "初二的学生" (others).
_GRADE_LEFT = re.compile(
    r"(?:读|念|上)到(?P<lvl>[初高])(?P<g>[一二])(?![年级]?的)"
    r"|(?P<lvl2>[初高])(?P<g2>[一二三])(?:上学期|下学期|那年|的时候)?(?:就|便|时)?"
    r"(?:不(?:读|念|上)了|没(?:读|念|上)(?:了|完)|辍学|退学|休学)"
)
# a few years of primary school: "只上了几年小学", "念过两年小学", "小学上了三年"
_SOME_PRIMARY = re.compile(
    r"(?:上|读|念)(?:了|过)(?:几|[一二两三四五])年(?:的)?小学|小学(?:只|就)?(?:上|读|念)(?:了|过)(?:几|[一二两三四五])年"
)
_BELOW = {"初": "primary", "高": "junior_high"}


def school_left(text: str) -> list[tuple[str, str]]:
    """The level a person's schooling stopped below, with its words: (level, words); none said of others."""
    out: list[tuple[str, str]] = []
    for m in _GRADE_LEFT.finditer(text):
        if not someone_else(text_before(text, m.start(), 8)):
            out.append((_BELOW[m.group("lvl") or m.group("lvl2")], m.group(0)))
    for m in _SOME_PRIMARY.finditer(text):
        if not someone_else(text_before(text, m.start(), 8)):
            out.append(("primary", m.group(0)))
    return out
