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


def meal_hours(text: str, found: list[Fact]) -> list[Fact]:
    """The rush hours a 饭点 job is worked in, where no hours were read."""
    if any(f.code == "hours" for f in found):
        return []
    m = _MEAL_TIME.search(text)
    if m is None:
        return []
    meal = m.group("meal") or ""
    spans = (
        [LUNCH] if meal.startswith("午") or meal == "中午" else [DINNER] if meal.startswith("晚") else [LUNCH, DINNER]
    )
    return [Fact(Family.SCHEDULE, "hours", as_evidence(m.group(0)), 0.7, span) for span in spans]
