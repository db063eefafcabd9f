"""A gig's hours said only by its meal times ("周末饭点兼职", "中午饭点帮忙", "晚饭点传菜"): a restaurant's rush, lunch
11:00-13:30 and dinner 17:00-20:00, the meal named or both where none is. Read only where the text gives no hours of
its own and the 饭点 is when the work is done, not a meal given ("饭点管饭") or a time the post avoids."""

from __future__ import annotations

import re

from matching.facts.fact import Fact, Family, as_evidence

LUNCH, DINNER = "11:00-13:30", "17:00-20:00"
_MEAL_TIME = re.compile(
    r"(?P<meal>中午|午饭|午|晚上|晚饭|晚)?饭点(?:时间|时段|高峰)?(?:的)?"
    r"(?=\s*(?:兼职|小时工|临时工|帮忙|帮工|上班|过来|来|干|做|传菜|洗碗|送餐|配送|跑单|服务员|收银))"
)

# a meal named in the rest of the clause or the next one ("饭点帮工，中午", "饭点帮忙（晚上来）"; rev4)
_LUNCH_NAMED, _DINNER_NAMED = re.compile(r"中午|午饭|午市|午餐"), re.compile(r"晚上|晚饭|晚市|晚餐")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_CLAUSE_BREAK = re.compile(r"[，,、（(）)\s]+")


def _meal_after(text: str, at: int) -> str:
    rest = _SENTENCE_END.split(text[at : at + 16])[0]
    near = "".join([part for part in _CLAUSE_BREAK.split(rest) if part][:2])
    lunch, dinner = _LUNCH_NAMED.search(near), _DINNER_NAMED.search(near)
    return "中午" if lunch and not dinner else "晚" if dinner and not lunch else ""


def meal_hours(text: str, found: list[Fact]) -> list[Fact]:
    """The rush hours a 饭点 job is worked in, where no hours were read."""
    if any(f.code == "hours" for f in found):
        return []
    m = _MEAL_TIME.search(text)
    if m is None:
        return []
    meal = m.group("meal") or _meal_after(text, m.end())
    spans = (
        [LUNCH] if meal.startswith("午") or meal == "中午" else [DINNER] if meal.startswith("晚") else [LUNCH, DINNER]
    )
    return [Fact(Family.SCHEDULE, "hours", as_evidence(m.group(0)), 0.7, span) for span in spans]
