"""A person's age said against a mark: a round number, under it ("不到五十", "六十岁不到"), just past it ("刚过五十",
"五十刚出头") or nearly it ("将近六十"), and retirement ("快退休了", "刚退休"), as the span of ages the words allow."""

from __future__ import annotations

import re

from matching.facts.numerals import cn_number

_NUMBER = r"[1-8]\d|[二三四五六七八]十[一二三四五六七八九]?|十[六七八九]"
_END = r"(?=[了呢吧啦，,。；;！!？?\s]|$)"  # a bound said bare ends its clause: not "不到五十块", "不到三十天"
_UNDER = ("不到", "没到", "未满", "不满")
# the bound before the number ("还不到四十", "刚过五十岁", "将近六十") or after it ("六十岁不到", "五十刚出头")
_BEFORE = re.compile(r"(?P<said>不到|没到|未满|不满|刚过|将近|接近)\s*$")
_AFTER = re.compile(r"\s*(?:还|都)?(?P<said>不到|没到|刚出头|刚过)")
_BOUND = re.compile(
    rf"(?P<said>不到|没到|未满|不满|刚过|将近|接近)\s*(?P<n>{_NUMBER})(?:岁|周岁|{_END})"
    rf"|(?P<n2>{_NUMBER})(?:岁|周岁)?(?:还|都)?(?P<said2>不到|没到|刚出头|刚过){_END}"
)
# Near retirement ("快退休了", "马上就退休了"): a few years short of a woman worker's fifty or a man's sixty (a few
# months past it since the 2025 reform), so 45-60; only a posting that takes no one over 44 keeps them out
_NEAR_RETIRED = re.compile(r"(?:快|快要|马上就?要?|眼看就?要?|也快)退休|快到退休(?:年龄|的年纪|年纪)")
NEAR_RETIRED_AGES = "45-60"
# retired, said plainly ("刚退休", "已退休", "刚从厂里退休", "退休两年了", "退休返聘"); not "快退休", "等退休", "提前退休"
_RETIRED = re.compile(
    r"(?<![快要没未提前内病等])(?:已经?|刚)?(?:从[^，,。；;\s]{1,6})?退休"
    r"(?:了|在家|人员|职工|工人|后|以后|返聘|(?:有|已经?)?\s*(?:\d{1,2}|[一二两三四五六七八九十几半]{1,2})多?年|(?=[，,。；;！!\s]|$))"
)
# a clause counting work or time, whose bound is no age ("干了将近二十，", "开车不到十")
_WORK_BEFORE = re.compile(r"干|做|开|跑|送|学|带|上班|工作|待|呆")
_CLAUSE_STOP = re.compile(r"[，,。；;！!？?\n]")


def bounded_span(said: str, age: int) -> str | None:
    """The ages a bound allows: under a number the five years below it ("不到五十": 45-49, one who is 44 says 四十出头),
    just past it the year or two ("刚过五十": 50-51), a little over it as 出头 reads (51-54), nearly it the year before
    (as "快五十" reads: 49)."""
    if not 14 <= age <= 80:
        return None
    if said in _UNDER:
        return f"{age - 5}-{age - 1}"
    if said == "刚过":
        return f"{age}-{age + 1}"
    if said == "刚出头":
        return f"{age + 1}-{age + 4}"
    return str(age - 1)  # 将近, 接近


def bound_around(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The bound said around an age read at text[start:end] ("不到" before "五十岁", "不到" after "六十岁"), if any, with
    the words of both ("六十岁不到"), which the fact quotes."""
    before = _BEFORE.search(text, max(0, start - 3), start)
    if before is not None:
        return before.group("said"), text[before.start() : end]
    after = _AFTER.match(text, end)
    return None if after is None else (after.group("said"), text[start : after.end()])


def age_bounds(text: str) -> list[tuple[int, str, str]]:
    """Each age said as a bound alone ("还不到四十", "刚过五十"): where it starts, its span and its words; not one in a
    clause of work ("干了将近二十，")."""
    out = []
    for m in _BOUND.finditer(text):
        clause = _CLAUSE_STOP.split(text[max(0, m.start() - 12) : m.start()])[-1]
        if _WORK_BEFORE.search(clause):
            continue
        written = m.group("n") or m.group("n2")
        age = cn_number(written)
        span = None if age is None else bounded_span(m.group("said") or m.group("said2"), age)
        if span is not None:
            out.append((m.start(), span, m.group(0)))
    return out


def retirement(text: str) -> list[tuple[int, str, str]]:
    """Retirement said of someone, near ("快退休了": 45-60) before past ("刚退休", "退休两年了": 50 or over, as a woman
    worker retires at 50): where each starts, its span and its words."""
    near = [(m.start(), NEAR_RETIRED_AGES, m.group(0)) for m in _NEAR_RETIRED.finditer(text)]
    return near + [(m.start(), "50-", m.group(0)) for m in _RETIRED.finditer(text)]
