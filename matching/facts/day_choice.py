"""A posting whose worker picks one of the days it names ("周末促销，周六周日任选一天", "周六或周日来一天就行"): its days
are alternatives, so a person free on one of them is not kept out for lacking the other (`unnamed_days.needed_days`)."""

from __future__ import annotations

import re

from matching.facts.cues import clause_around, is_negated, text_before
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.weekday_names import DAY_NUMERAL, DAY_WORD

__all__ = ["day_choice"]

_ONE_DAY = r"(?:一天|1天|其中一天|哪天)"
# "任选一天", "可选一天", "二选一", "两天选一天", "周六或周日", "周六/周日均可", "来一天就行", "一天即可"; not "周六或周日
# 加班" (work added), nor "不可选" (negated)
_CHOICE = re.compile(
    rf"(?:任|可|自|随便)选{_ONE_DAY}|(?:二|两天)选一|选{_ONE_DAY}(?:就行|即可|都行|都可以)"
    rf"|{DAY_WORD}{DAY_NUMERAL}\s*(?:或者?|/)\s*{DAY_WORD}?{DAY_NUMERAL}(?![^，,。；;]{{0,6}}(?:加班|值班|都要|都得|两天))"
    rf"|(?:来|上|干|做){_ONE_DAY}(?:就行|就可以|即可|都行)|{_ONE_DAY}(?:即可|就行)"
)
# the day picked is one of rest, not of work ("周末可任选一天休息", "周六日选一天轮休"), or the one day is a trial's or
# training's ("培训一天即可上岗", "新手学一天就行")
_NOT_A_WORKDAY = re.compile(r"休|培训|学(?![生校])|试[工岗用做干]|实习|带教|上岗|入职|面试")
# the days picked among are named near the pick ("周末…可选一天", "周六或周日"): not a day of anything else
_DAYS_NAMED = re.compile(rf"{DAY_WORD}{DAY_NUMERAL}|周末|双休日|两天")


def day_choice(text: str) -> list[Fact]:
    """The words saying the worker picks the day (module doc), if any."""
    for m in _CHOICE.finditer(text):
        if is_negated(text, m.start()) or _NOT_A_WORKDAY.search(clause_around(text, m.start(), m.end())):
            continue
        if _DAYS_NAMED.search(text_before(text, m.start(), 16) + m.group(0)):
            return [Fact(Family.SCHEDULE, "day_choice", as_evidence(m.group(0)), 0.7)]
    return []
