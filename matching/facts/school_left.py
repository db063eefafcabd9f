"""Where a person's schooling stopped, said as a grade or a few years rather than a level: "读到初二", "高一就辍学了",
"只上了几年小学". A grade left before the last one is the level below (初二: primary; 高一: junior high)."""

from __future__ import annotations

import re

from matching.facts.cues import someone_else, someone_named_first, text_before

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
# schooling taken up again later: "高一就辍学了，后来自考了大专", "读到初二，后来读了夜校中专" (the later level stands)
_LATER = re.compile(r"(?:后来|之后|又|再|自考|夜校|函授|成人).{0,8}?(?:中专|中技|技校|职高|高中|大专|专科|本科|研究生)")


def _not_own(text: str, start: int, end: int) -> bool:
    """Said of another ("我妈高一就辍学了", "只上了几年小学的是我妈") or followed later by schooling taken up again."""
    if someone_else(text_before(text, start, 8)):
        return True
    rest = text[end:]
    if rest.startswith("的是") and someone_named_first(rest[2:]):
        return True
    return bool(_LATER.search(rest))


def school_left(text: str) -> list[tuple[str, str]]:
    """The level a person's schooling stopped below, with its words: (level, words); none said of others."""
    out: list[tuple[str, str]] = []
    for m in _GRADE_LEFT.finditer(text):
        if not _not_own(text, m.start(), m.end()):
            out.append((_BELOW[m.group("lvl") or m.group("lvl2")], m.group(0)))
    for m in _SOME_PRIMARY.finditer(text):
        if not _not_own(text, m.start(), m.end()):
            out.append(("primary", m.group(0)))
    return out
