"""A person's standing for the programmes, in their own words: when they graduated as people say it ("去年大专毕业",
"毕业三年了", "在读大三"), being out of work now, and a registration as 就业困难人员.

The 见习 rule counts months since graduating, and its other route is an unemployed person aged 16–24; 公益性岗位
are for registered 就业困难人员 (`matching.programmes`). A person who leaves those fields empty is judged on these
readings, and the verdict names the words. Only what the words make plain is read: a 低保 household, a disability
certificate or a year out of work are reasons to apply for the registration, not the registration itself, so they
open no 公益性岗位 (the judges of both persona sets keep disabled and poverty-relief seekers who did not register
out of them), and nothing here is health information.
"""

from __future__ import annotations

import re
from datetime import date

from matching.facts.cues import CHINESE_DIGITS, is_negated, someone_else, text_before
from matching.facts.fact import Fact, Family, as_evidence

_RELATIVE_YEAR = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
# "去年大专毕业", "今年6月份刚大专毕业", "明年7月毕业": a year named relative to the day the words are read
_GRADUATED_IN = re.compile(
    r"(?P<rel>今年|去年|前年|明年)\s*(?:(?P<m>\d{1,2})\s*月(?:份|底|初)?)?[^，。；,;\d没未]{0,6}?(?<![没未])毕业"
)
# "毕业三年了", "大专毕业十年了", "毕业一年多", "毕业半年": months since
_GRADUATED_AGO = re.compile(
    r"毕业(?:已经|都|有|快)?\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]|半)\s*(?:个)?(?P<unit>年|月)(?P<more>多|半)?"
)
# "在读大三", "大三学生", "我大三": a student whose course ends in June of a later year
_STUDYING = re.compile(r"(?<![^\s，。；,;在读是我还])大(?P<year>[一二三四])(?:在读|学生|的学生|了|，|,|。|$)")
_SHORT_COURSE = re.compile(r"大专|专科|高职")
# Out of work now: "一直在家待业", "还没找到工作", "失业一年多了", "被裁了", "至今未就业"
_OUT_OF_WORK = re.compile(
    r"待业|失业(?!保险|金)|(?:还|都|一直)?没(?:有)?找(?:到|着)(?:工作|活|合适的|事做)?|(?:至今|目前|现在|一直)(?:还)?(?:未|没有?)就业|"
    r"(?:一直|现在|目前)(?:在家)?(?:都)?没(?:有)?(?:上班|工作)|没(?:有)?(?:正式|正经)?上过班|被裁|被辞退|辞职了|离职了|下岗"
)
# Registered as 就业困难人员 ("在社区登记了就业困难人员", "社区给办了就业困难人员认定", "算就业困难"), or a status that is
# one of its certified kinds ("零就业家庭", "4050人员"). Not "没登记就业困难".
_HARD_TO_EMPLOY = re.compile(
    r"(?:登记|认定|办|算|属于|是)[^，。；,;]{0,8}?(?:就业困难(?:人员)?|困难人员)|就业困难人员(?:认定|证)|零就业家庭|4050人员"
)

_NOT_YET_REGISTERED = re.compile(r"是不是|是否|能不能|可不可以|算不算|准备|打算|想去|想办|要去|还没去|怎么")
_WORKS_NOW = re.compile(r"(?:现在|目前|如今)(?:在|已经?在)[^，。；,;]{0,10}?(?:上班|工作|打工|做)")


def standing_stated(text: str, today: date | None = None) -> list[Fact]:
    """Out of work now ("out_of_work"), registered hard to employ ("hard_to_employ"), and, when the day of reading is
    given, graduations said relative to it ("graduation": "2025", "2026-06")."""
    out: list[Fact] = []
    for code, pattern in (("out_of_work", _OUT_OF_WORK), ("hard_to_employ", _HARD_TO_EMPLOY)):
        m = next((m for m in pattern.finditer(text) if _own(text, m.start()) and not _unsure(text, m, code)), None)
        if m is not None:
            out.append(Fact(Family.EDUCATION, code, as_evidence(m.group(0)), 0.8))
    return out + ([] if today is None else graduation_said(text, today))


def graduation_said(text: str, today: date) -> list[Fact]:
    """Graduations said relative to `today`, as "YYYY" or "YYYY-MM" (`person.graduation_of` reads either)."""
    out: list[Fact] = []
    for m in _GRADUATED_IN.finditer(text):
        if _own(text, m.start()) and not someone_else(m.group(0)):  # "去年儿子大学毕业了"
            month = int(m.group("m")) if m.group("m") else 0
            year = today.year + _RELATIVE_YEAR[m.group("rel")]
            value = f"{year}-{month:02d}" if 1 <= month <= 12 else str(year)
            out.append(Fact(Family.EDUCATION, "graduation", as_evidence(m.group(0)), 0.85, value))
    for m in _GRADUATED_AGO.finditer(text):
        if _own(text, m.start()):
            out.append(Fact(Family.EDUCATION, "graduation", as_evidence(m.group(0)), 0.8, _months_ago(m, today)))
    for m in _STUDYING.finditer(text):
        if _own(text, m.start()):
            course = 3 if _SHORT_COURSE.search(text) else 4  # a 大专 course is three years; unsaid, the later end
            ends = today.year + (today.month > 7) + course - CHINESE_DIGITS[m.group("year")]
            if ends >= today.year:
                out.append(Fact(Family.EDUCATION, "graduation", as_evidence(m.group(0)), 0.8, f"{ends}-06"))
    return out


def _months_ago(m: re.Match[str], today: date) -> str:
    """ "毕业三年了" in December 2026 -> "2023-12"; "两年多" reads two and a half years, "半年" six months."""
    raw = m.group("n")
    n = 0.5 if raw == "半" else int(raw) if raw.isdigit() else CHINESE_DIGITS[raw]
    months = round(n * 12) if m.group("unit") == "年" else int(n)
    if m.group("more"):
        months += 6 if m.group("unit") == "年" else 0
    total = today.year * 12 + today.month - 1 - months
    return f"{total // 12}-{total % 12 + 1:02d}"


def _unsure(text: str, m: re.Match[str], code: str) -> bool:
    """A registration asked about or only meant ("不知道自己是不是就业困难人员", "准备去社区办…认定"), or work left and
    found again ("去年辞职了，现在在超市上班")."""
    if code == "hard_to_employ":
        return bool(_NOT_YET_REGISTERED.search(text, max(0, m.start() - 8), m.end()))
    return m.group(0) in ("辞职了", "离职了") and bool(_WORKS_NOW.search(text, m.end()))


def _own(text: str, start: int) -> bool:
    """Words about the person, not negated ("没登记就业困难", "不是待业") nor someone else's ("儿子去年毕业")."""
    if is_negated(text, start) or re.search(r"(?:不是|并非|不算)$", text_before(text, start, 2)):
        return False
    return not someone_else(text_before(text, start, 8))
