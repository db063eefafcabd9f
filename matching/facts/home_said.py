"""A home-only limit said in young people's words, and when those words do not mean it (issue 22, session 13; the
fourth reviewer's class 1). "出门上班不行" is home only when said bare; a time, a weather or a distance before it
("周末出门上班不行", "下雨天出门上班不行", "太远出门上班不行") makes it that time's limit, not the home's, and a
sentence that offers outside work ("不想只在家搞钱，出去上班也行") says no home limit at all."""

from __future__ import annotations

import re

from matching.facts.cues import CLAUSE_STOP, SENTENCE_STOP, stop_after, stop_before

# what narrows going out to a time, a weather or a distance: read in the clause before 出门
_QUALIFIED = re.compile(
    r"周[一二三四五六日天末]|星期|礼拜|早上|早晨|上午|中午|下午|晚上|夜里|半夜|天黑|白天|平时|工作日|"
    r"雨|雪|冬天|夏天|天冷|天热|远|的话|如果|要是|有时|偶尔"
)
# outside work offered, or home work said to be not the only wish
_OUT_FINE = re.compile(r"出(?:去|门)(?:上班|工作|干活|做事|找活)?(?:也|都)?(?:行|可以|中|成|没问题)")
_NOT_ONLY = re.compile(r"不(?:想|要|愿意?)(?:只|光|一直)|不只|不光")


def home_not_meant(text: str, start: int, end: int) -> bool:
    """Whether the home-only words at `start`–`end` are narrowed or taken back by their sentence."""
    low = stop_before(text, start, CLAUSE_STOP)
    said = text[start:end]
    if "出门" in said and _QUALIFIED.search(text, low, start + said.index("出门")):
        return True  # "周末出门上班不行": the weekend's limit
    sentence_low = stop_before(text, start, SENTENCE_STOP)
    if _NOT_ONLY.search(text, max(low, start - 6), start):
        return True  # "不想只在家搞钱"
    high = stop_after(text, end, SENTENCE_STOP)
    return _OUT_FINE.search(text, sentence_low, high) is not None  # "…，出去上班也行": one way among others
