"""A posting whose worker picks one of the days it names ("周末促销，周六周日任选一天", "周六或周日来一天就行"), or a few
("周一到周五任选三天"): its days are alternatives, so a person free on as many of them as are picked is not kept out for
lacking the others (`unnamed_days.days_missed`), and its week is the days picked (`days.week_days`). A pick said of the
week with no days named ("每周任选三天") is among all seven (session 19): the evidence keeps the week word."""

from __future__ import annotations

import re
from collections.abc import Iterable

from matching.facts.cues import clause_around, is_negated, text_before
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.numerals import small_number
from matching.facts.weekday_names import DAY_NUMERAL, DAY_WORD

__all__ = ["day_choice", "days_picked", "week_picked"]

_ONE_DAY = r"(?:一天|1天|其中一天|哪天)"
# a few days picked among more ("周一到周五任选三天", "周一至周五可任选两天上班"): the count, which the days named exceed
_SOME_DAYS = r"(?P<n>[两二三四五2-5])\s*天"
# "任选一天", "可选一天", "二选一", "两天选一天", "周六或周日", "周六/周日均可", "来一天就行", "一天即可"; not "周六或周日
# 加班" (work added), nor "不可选" (negated)
_CHOICE = re.compile(
    rf"(?:任|可|自|随便)选(?:{_ONE_DAY}|{_SOME_DAYS})|(?:二|两天)选一|选{_ONE_DAY}(?:就行|即可|都行|都可以)"
    rf"|{DAY_WORD}{DAY_NUMERAL}\s*(?:或者?|/)\s*{DAY_WORD}?{DAY_NUMERAL}(?![^，,。；;]{{0,6}}(?:加班|值班|都要|都得|两天))"
    rf"|(?:来|上|干|做){_ONE_DAY}(?:就行|就可以|即可|都行)|{_ONE_DAY}(?:即可|就行)"
)
# the day picked is one of rest, not of work ("周末可任选一天休息", "周六日选一天轮休"), or the one day is a trial's or
# training's ("培训一天即可上岗", "新手学一天就行")
_NOT_A_WORKDAY = re.compile(r"休|培训|学(?![生校])|试[工岗用做干]|实习|带教|上岗|入职|面试")
# the days picked among are named near the pick ("周末…可选一天", "周六或周日"): not a day of anything else
_DAYS_NAMED = re.compile(rf"{DAY_WORD}{DAY_NUMERAL}|周末|双休日|两天")
# the week itself, no day named: "每周", "一周", "一个星期", "每礼拜"
_WEEK = r"(?:每|一)(?:周|个?星期|个?礼拜)"
# a few days picked of the week itself: "每周任选三天", "一周可选两天上班"; such a pick's evidence opens with these
# words, and only such a pick's (a pick among named days quotes the pick alone), so `week_picked` reads them there
_OF_THE_WEEK = re.compile(rf"{_WEEK}(?:内|里|中)?(?:可以|可)?$")
_WEEK_OPENS = re.compile(_WEEK)


def day_choice(text: str) -> list[Fact]:
    """The words saying the worker picks the day (module doc), if any: value the count of days picked where more
    than one ("3"), else None (one)."""
    for m in _CHOICE.finditer(text):
        if is_negated(text, m.start()) or _NOT_A_WORKDAY.search(clause_around(text, m.start(), m.end())):
            continue
        said = m.group(0) if not m.group("n") else ""  # "两天" of a count names no days ("每周任选两天")
        count = str(small_number(m.group("n"))) if m.group("n") else None
        if _DAYS_NAMED.search(text_before(text, m.start(), 16) + said):
            return [Fact(Family.SCHEDULE, "day_choice", as_evidence(m.group(0)), 0.7, count)]
        week = _OF_THE_WEEK.search(text_before(text, m.start(), 6))
        if week is not None and count is not None:  # "每周任选三天": three of the seven
            return [Fact(Family.SCHEDULE, "day_choice", as_evidence(week.group(0) + m.group(0)), 0.7, count)]
    return []


def week_picked(job_facts: Iterable[Fact]) -> bool:
    """Whether a posting's worker picks their days from the whole week, none named ("每周任选三天"): its pick quotes
    the week words `day_choice` found before it (stored facts keep no other mark of it)."""
    return any(f.code == "day_choice" and _WEEK_OPENS.match(f.evidence) for f in job_facts)


def days_picked(job_facts: Iterable[Fact]) -> int | None:
    """How many of its named days a posting's worker picks ("任选三天": 3; "任选一天": 1); None where it names no pick."""
    picks = [int(f.value or 1) for f in job_facts if f.code == "day_choice"]
    return max(picks) if picks else None
