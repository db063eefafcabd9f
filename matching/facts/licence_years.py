"""驾龄: the years of holding a driving licence a posting asks for and a person says they have (years of work: `years`)."""

from __future__ import annotations

import re
from datetime import date

from matching.facts.cues import PREFERRED_WORDS, clause_around, someone_else, text_before
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.refusal_owner import not_own
from matching.facts.work_spans import SPAN, most_years, numbered_years

# 驾龄: years of holding a driving licence, not of work ("驾龄3年以上", "3年以上驾龄").
_DRIVING_YEARS_ASKED = re.compile(
    r"(?:驾龄|(?:驾照|驾驶证)(?:满|已满))\s*(?:要求)?\s*(?:在)?\s*(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年(?:及?以上)?"
    r"|(?P<n2>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上|及以上)?(?:的)?驾龄"
)
# How long a person has held their licence: "驾龄6年", "驾照拿了6年", "拿本两年", "刚拿的驾照" (0).
_DRIVING_YEARS_HELD = [
    re.compile(rf"驾龄(?:有|才|只有)?\s*[:：]?\s*{SPAN}"),
    re.compile(rf"(?<![\d十]){SPAN}(?:的)?驾龄"),  # "有五年驾龄", "8年的驾龄"
    re.compile(
        rf"(?:驾照|驾驶证|本子|本)[^。；;！!？?]{{0,8}}?(?:拿|考|领)(?:了|到|下来|出来)(?:手)?(?:有|才|快|都)?\s*{SPAN}"
    ),
    # "驾照有五年了", "驾驶证都有七年多了", "C1驾照快十年了", "持B2驾照6年"
    re.compile(rf"(?:[ABCabc][123])?(?:驾照|驾驶证|本子)(?:都|也|已经|快|有){{0,3}}\s*{SPAN}了"),
    re.compile(rf"持(?:有)?(?:[ABCabc][123])?(?:驾照|驾驶证)\s*{SPAN}(?!以上|前|内|[一以]?[换审])"),
    re.compile(rf"(?:拿|考|领)(?:驾照|驾驶证|本)(?:已经|才)?(?:有)?\s*{SPAN}"),
    re.compile(rf"(?:驾照|驾驶证|本子)(?:也|才|刚)(?:拿|考|领)(?:有)?\s*{SPAN}"),  # "驾照才拿一年"
]
_NEW_DRIVER = re.compile(
    r"刚(?:拿|考|领)(?:到|了|的|下来|出来)?(?:的)?(?:[ABCabc][123]?)?(?:驾照|驾驶证|本)|新手司机|"
    r"(?:驾照|驾驶证|本子)(?:是|也是|才)?刚(?:拿|考|领)"
)
# 驾龄 said short of a count of years: "驾龄不到一年", "驾照拿了不满三年" (at most one fewer full years)
_SHORT_OF = re.compile(
    r"(?:驾龄|(?:驾照|驾驶证|本子)(?:拿|考|领)(?:了|到)?)(?:还|才|也就)?不(?:到|满|足)\s*"
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年"
)
# 驾龄 asked of a job or wished for, then the person's own years in answer: "你们要驾龄几年的？我八年了", "要是有五年
# 驾龄就好了，我才两年" (not "…，我两年没开了", "…，我三年前拿的")
_ANSWERED = re.compile(
    rf"驾龄(?P<said>[^。；;！!？?，,]{{0,12}})(?P<stop>[？?，,！!。])\s*(?:可是|可|但是?|不过)?(?:我|俺)(?:的)?(?:驾龄)?"
    rf"(?:才|都|有|已经|只有|也就|也|就)?(?:有)?\s*{SPAN}(?![前后内以没不])"
)
_WISH = re.compile(r"要是|如果|就好|希望|想|要求|要")
# years of driving a car beside a licence the person names: "C1驾照，开了六七年车", "驾照有，开车开了十来年"
_DROVE = (
    re.compile(rf"开(?:了|过)(?:有)?\s*{SPAN}(?:多)?(?:的)?(?:小|大|货|汽|轿)?车"),
    re.compile(rf"开车(?:也|都)?开(?:了|过)(?:有)?\s*{SPAN}"),
)
_LICENCE_NAMED = re.compile(r"驾照|驾驶证|本子|(?<![A-Za-z0-9])[ABCabc][123](?![0-9])")
# "C1本子", "B2", "驾照", "本" (not "本科", "本事"): the licence got
_LICENCE = r"(?:[ABCabc][123]?(?:驾照|驾驶证|本子|本|照)|[ABCabc][123](?!\d)|驾照|驾驶证|本子|本(?![科事地人钱领]))"
# The licence, then when it was got: "驾照是", "C1是", "本子也是", "有驾照，" (the year after a comma: "有驾照，去年拿的")
_GOT = (
    r"(?:(?:[ABCabc][123])?(?:驾照|驾驶证|本子)|[ABCabc][123]本?|(?<![\u4e00-\u9fff])本(?=也?是))(?:是|也是|[，,]\s*)?"
)
# A licence got in a year said relative to this one ("前年才拿的C1本子", "驾照是去年考的", "今年刚考的本"): held for at
# most that many full years, whatever today's date (one got on 1 January two years ago is not yet three years old).
_LICENSED_IN = re.compile(
    rf"(?P<rel>大前年|前年|去年|今年)(?:才|刚|刚刚)?(?:拿|考|领)(?:到|了|下来|出来)?(?:的)?{_LICENCE}"
    rf"|{_GOT}(?P<rel2>大前年|前年|去年|今年)(?:才|刚|刚刚)?(?:拿|考|领)"
)
_YEARS_AGO = {"大前年": 3, "前年": 2, "去年": 1, "今年": 0}
# A licence got in a year written out ("2022年拿的驾照", "22年考的本"): its years need today's date.
_LICENSED_YEAR = re.compile(
    rf"(?<!\d)(?P<y>(?:19|20)?\d{{2}})\s*年(?:才|刚)?(?:拿|考|领)(?:到|了|下来|出来)?(?:的)?{_LICENCE}"
    rf"|{_GOT}(?P<y2>(?:19|20)?\d{{2}})\s*年(?:才|刚)?(?:拿|考|领)"
    rf"|{_GOT}(?P<y3>(?:19|20)?\d{{2}})\s*年的(?=$|[，,。；;！!\s])"  # "驾照是2015年的"
)


def driving_years_asked(text: str) -> list[Fact]:
    """驾龄 a posting requires: years of holding a licence, which a person's work history does not tell."""
    out: list[Fact] = []
    for m in _DRIVING_YEARS_ASKED.finditer(text):
        years = numbered_years(m)
        if years and years <= 30 and not PREFERRED_WORDS.search(clause_around(text, m.start(), m.end())):
            out.append(Fact(Family.EDUCATION, "driving_years_min", as_evidence(m.group(0)), 0.85, str(years)))
    return out


def driving_years_held(text: str) -> list[Fact]:
    """How long the person says they have held a licence ("驾照拿了6年": 6; "刚拿的驾照": 0)."""
    out: list[Fact] = []
    for m in (m for held in _DRIVING_YEARS_HELD for m in held.finditer(text)):
        years = most_years(m)
        if years is not None and _own(text, m) and not _wished_or_taken(text, m):
            out.append(Fact(Family.EDUCATION, "driving_years", as_evidence(m.group(0)), 0.8, str(years)))
    out += _said_around(text)
    for m in _NEW_DRIVER.finditer(text):
        if _own(text, m):
            out.append(Fact(Family.EDUCATION, "driving_years", as_evidence(m.group(0)), 0.8, "0"))
    for m in _LICENSED_IN.finditer(text):
        if _own(text, m):
            ago = _YEARS_AGO[m.group("rel") or m.group("rel2")]
            out.append(Fact(Family.EDUCATION, "driving_years", as_evidence(m.group(0)), 0.8, str(ago)))
    return out


def driving_years_dated(text: str, today: date) -> list[Fact]:
    """驾龄 from the year a licence was got ("2022年拿的驾照"): at most the years since, as of `today`."""
    out: list[Fact] = []
    for m in _LICENSED_YEAR.finditer(text):
        raw = m.group("y") or m.group("y2") or m.group("y3")
        year = int(raw) + (2000 if len(raw) == 2 else 0)
        if 1960 <= year <= today.year and _own(text, m):
            out.append(Fact(Family.EDUCATION, "driving_years", as_evidence(m.group(0)), 0.8, str(today.year - year)))
    return out


def _own(text: str, m: re.Match[str]) -> bool:
    """The person's own licence, said of now: not someone else's ("老公有十年驾龄"), nor asked ("要求3年驾龄吗？")."""
    return not someone_else(text_before(text, m.start(), 8)) and not not_own(text, m.start(), m.end())


# 驾龄 wished for or asked of a job, not held: "想找个驾龄5年以上的活", "希望有三年驾龄以后能开大车"
_WISHED_BEFORE = re.compile(r"想|希望|盼|要求|需要|招|找|等(?:到|满)?|争取")
_ASKED_AFTER = re.compile(r"^\s*(?:及?以上)?(?:的)?(?:活|工作|岗位|司机|单位|老板|以后|之后|再)")
# a job by its 驾龄, then wished for in the same clause ("驾龄三年的活我也想找"); not a driver ("驾龄三年的司机")
_SOUGHT_AFTER = re.compile(r"^\s*(?:及?以上)?(?:的)?(?:活|工作|岗位|单位)")
# the time it took to pass, not the years held: "考驾照考了三年才过"
_TOOK = re.compile(r"^\s*(?:多)?(?:才|都没|还没)(?:过|考过|考下|考出|拿到|通过|考上)")


def _wished_or_taken(text: str, m: re.Match[str]) -> bool:
    """Years of 驾龄 a person wishes for or a job asks ("想找个驾龄5年以上的活"), or the years a licence took to get."""
    before = text[max(0, m.start() - 12) : m.start()]
    before = re.split(r"[，。；;！!？?,\n]", before)[-1]
    after = text[m.end() : m.end() + 8]
    wished = _WISHED_BEFORE.search(before) is not None
    if _SOUGHT_AFTER.match(after) and _WISHED_BEFORE.search(
        re.split(r"[，。；;！!？?,\n]", text[m.end() : m.end() + 16])[0]
    ):
        return True  # "驾龄三年的活我也想找": a job's 驾龄 sought, said before the wish
    return bool(_TOOK.match(after)) or (wished and ("有" in before or _ASKED_AFTER.match(after) is not None))


def _said_around(text: str) -> list[Fact]:
    """驾龄 said short of a count ("驾龄不到一年": 0), in answer to one asked or wished for ("你们要驾龄几年的？我八年
    了"), or as years driven beside a licence named ("C1驾照，开了六七年车": 7)."""
    out: list[Fact] = []
    for m in _SHORT_OF.finditer(text):
        years = numbered_years(m)
        if years and _own(text, m):
            out.append(Fact(Family.EDUCATION, "driving_years", as_evidence(m.group(0)), 0.8, str(years - 1)))
    for m in _ANSWERED.finditer(text):
        asked = m.group("stop") in "？?" or _WISH.search(text_before(text, m.start(), 8) + m.group("said"))
        years = most_years(m)
        if asked and years is not None and not not_own(text, m.end("stop"), m.end()):
            out.append(Fact(Family.EDUCATION, "driving_years", as_evidence(m.group(0)), 0.8, str(years)))
    named = _LICENCE_NAMED.search(text) is not None
    drove = [m for pattern in _DROVE for m in pattern.finditer(text) if named and _own(text, m)]
    for m in drove:
        years = most_years(m)
        if years is not None:
            out.append(Fact(Family.EDUCATION, "driving_years", as_evidence(m.group(0)), 0.8, str(years)))
    return out
