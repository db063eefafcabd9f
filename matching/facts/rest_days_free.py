"""The days off of a job the person holds as the only days they are free ("单位周三周四休息", "我们厂礼拜二放假"): a person
in work seeks work for those days. Not another's job ("老公单位周三休息"), one left or past ("以前单位周一休息", "厂子
倒闭了"), one the person means to leave ("想换个工作"), nor one wished for ("想找个单位周末休息的")."""

from __future__ import annotations

import re

from matching.facts.cues import CLAUSE, someone_else
from matching.facts.days import day_span, listed_days, span_days
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.refusal_owner import not_own
from matching.facts.weekday_names import DAY_DIGIT, DAY_NUMERAL, DAY_WORD

# the person's own job named ("单位", "我们厂", "我上班的地方"), then its rest days in the same clause
_OWN_JOB = re.compile(
    r"(?:我(?:们|现在)?(?:的)?)?(?:单位|厂里|我们厂|公司|上班的(?:地方|厂|店|超市|商场|饭店|酒店|餐馆|医院|学校|公司|工地))"
)
_ONE_DAY = re.compile(rf"{DAY_WORD}(?P<day>[一二三四五六日天])(?!天)")
_RESTED = re.compile(rf"(?:{DAY_WORD}?{DAY_NUMERAL}|[、和及与/])\s*(?:固定|轮流)?(?:休息|休(?!闲)|放假|不上班)")
# a job wished for, not held ("想找个单位周末休息的", "希望单位周三休息")
_WISHED = re.compile(r"找|希望|想|要求|最好|能不能|能否|有没有|不要")
# the job left, gone or to be left: not the person's now (`weekend_free` reads it too)
NOT_HELD = re.compile(r"以前|之前|原来|过去|辞职|离职|不干了|倒闭|关门|裁员|辞退|想换|换个|换份|另找|失业|没工作")


def rest_days_free(text: str) -> list[Fact]:
    """The weekdays the person's own job rests, as free days (value "34 00:00-24:00", as `free_time` writes days)."""
    if NOT_HELD.search(text):
        return []
    for span in CLAUSE.finditer(text):
        clause = span.group(0)
        job = _OWN_JOB.search(clause)
        if job is None or someone_else(clause[: job.start()], circle=True) or _WISHED.search(clause, 0, job.start()):
            continue
        after = clause[job.end() :]
        rested = _RESTED.search(after)
        if rested is None or after[rested.end() :].lstrip("一天").startswith("的"):
            continue  # "单位周三休息的": a job described, not the person's
        if not_own(text, span.start() + job.start(), span.start() + job.end() + rested.end()):
            continue
        named = _days(after[: rested.end()])
        if named and len(named) < 5:
            value = f"{''.join(sorted(named))} 00:00-24:00"
            words = clause[job.start() : job.end() + rested.end()]
            return [Fact(Family.SCHEDULE, "free", as_evidence(words), 0.8, value, Modality.LIMIT)]
    return []


def _days(words: str) -> set[str]:
    """The ISO digits of the days named: a span ("周一到周三"), a list ("周三周四") or one day ("礼拜二")."""
    span = day_span(words)
    if span is not None:
        return span_days(span)
    listed = listed_days(words)
    if listed:
        return set(listed)
    return {DAY_DIGIT[m.group("day")] for m in _ONE_DAY.finditer(words)}
