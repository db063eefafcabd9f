"""A posting's part of the day said with no clock ("周二周四上午打扫卫生", "每天下午上班", "晚上七点以后上班", "只上午"): the
part's usual span, a fact `Limits.fits` holds against the window a person is free in. Loosely said, so the post is out
only where the part and the window do not meet at all (a morning post for "只能下午两点到五点"), never for falling
short of its edges (an afternoon post for the same person stays)."""

from __future__ import annotations

import re

from matching.facts.cues import CLAUSE_STOP, clause_around, is_negated, stop_before
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.numerals import small_number

__all__ = ["DAY_PARTS", "day_parts", "part_missed", "part_words"]

# each part's usual span in minutes since midnight: what a post that names the part alone may ask
DAY_PARTS: dict[str, tuple[int, int]] = {
    "上午": (8 * 60, 12 * 60),
    "中午": (11 * 60, 14 * 60),
    "下午": (13 * 60, 18 * 60),
    "傍晚": (17 * 60, 19 * 60),
    "晚上": (18 * 60, 24 * 60),
}
_SAID = {"晚间": "晚上"}
_PARTS = "上午|下午|中午|傍晚|晚上|晚间"
# the part the work is done in: "周二周四上午打扫卫生", "每天下午上班", "只上午", "上午班", "晚上七点以后上班"; not "上午
# 面试", "下午茶", "晚上包住" (no work named), nor a part with its clock ("上午9点到12点": hours, read as such)
# the other part said off beside it ("只上午下午不上班", "只上下午上午不用来", "上午卸货下午休息"): no work in that part
_OFF = re.compile(rf"(?:{_PARTS})(?:都|也|就)?(?:不上班|不用上班|不用来|不来|不干|休息|放假)")
_WORKED_IN = re.compile(
    rf"(?:只|仅|就)(?:做|上|干|要|需要?)?(?P<only>{_PARTS})(?:半天|班)?(?=[，,。；;！!\s（(]|$|{_OFF.pattern})"
    rf"|(?P<shift>{_PARTS})(?:半天)?班(?![车主长])"
    rf"|(?P<done>{_PARTS})(?:半天)?[\u4e00-\u9fff]{{0,3}}?(?:上班|工作|干活|打扫|做家务|做保洁|到岗|值班|出勤|营业|来店|来家|发传单|卸货)"
    # its length ("每天上午干三个钟头", "上午来两小时") or its label ("上班时间：上午", "工作时间上午")
    rf"|(?P<length>{_PARTS})(?:干|做|来|上)?\s*(?:[一二两三四五六\d]|半)\s*个?(?:半)?(?:小时|钟头)"
    rf"|(?:工作|上班)时间(?:为|是)?\s*[:：]?\s*(?P<label>{_PARTS})(?![\u4e00-\u9fff]{{0,3}}?(?:或|都|均|皆|也))"
    # the days named with the part, a clause of their own ("周六周日中午", "每周三下午"): when the work is (issue 22 s19)
    rf"|(?:每|逢)?(?:周|星期|礼拜)[一二三四五六日天末](?:[、和及到至-]?(?:周|星期|礼拜)?[一二三四五六日天])*"
    rf"(?P<days>{_PARTS})(?=[，,。；;！!\s]|$)"
)
# a start in the afternoon or evening ("下午四点以后上班", "晚上七点以后上班"): from then to midnight
_EVENING_FROM = re.compile(
    r"(?P<part>下午|晚上)\s*(?P<h>[1-9]|1[01]|[一二两三四五六七八九十]|十一)\s*(?:点|:|：)(?:半|30)?(?:钟)?(?:以后|之后|后)上班"
)
# after school ("每天下午放学后辅导作业", "放学以后接孩子"): from 16:00 into the early evening; not a question
_AFTER_SCHOOL = re.compile(
    r"(?:下午)?放学(?:以后|之后|后)[^，,。；;？?]{0,4}?(?:辅导|托管|看护|照看|接|带|陪|上班|来)(?![^，,。；;]*[吗？?])"
)
_CLOCK = re.compile(r"\d{1,2}\s*[点:：]|[一二两三四五六七八九十]{1,3}点|半天(?:[一二两三四五六七八九十\d])")
# nor the part of a visit to apply ("下午来店里找王姐", "下午来店面谈", "下午来厂里报到") or of one day named, a first
# day's ("明天上午到岗", "今天上午来店就能上班")
_NOT_WORK = re.compile(
    r"面试|培训|报名|咨询|联系|电话|来电|休息|放假|不上班|不用|无需|发工资|结算"
    r"|找|面谈|详谈|洽谈|应聘|报到|明天|今天|后天|当天|次日|下周|即日"
)
# a clause that leaves the part open: two parts named ("上午或下午上班", "上午下午都可以"), the day whole or picked
_OPEN = re.compile(
    rf"(?:{_PARTS}|早上|白天|全天|整天)[^，,。；;]*(?:{_PARTS}|早上|白天|全天|整天)|任选|可选|自选|都可|均可|皆可|不限"
)
_SCHOOL_OUT = "16:00-19:00"


def day_parts(text: str, found: list[Fact]) -> list[Fact]:
    """The part of the day a post's work is done in (module doc), where no hours or start were read."""
    if any(f.code in ("hours", "starts", "shifts", "night") for f in found):
        return []
    m = _EVENING_FROM.search(text)
    hour = 0 if m is None else small_number(m.group("h"))
    if m is not None and not is_negated(text, m.start()) and (hour >= 6 if m.group("part") == "晚上" else hour <= 6):
        return [Fact(Family.SCHEDULE, "day_part", as_evidence(m.group(0)), 0.7, f"{hour % 12 + 12:02d}:00-24:00")]
    school = _AFTER_SCHOOL.search(text)
    if school is not None and not is_negated(text, school.start()):
        clause = clause_around(text, school.start(), school.end())
        if not (_CLOCK.search(clause) or _NOT_WORK.search(clause)):
            return [Fact(Family.SCHEDULE, "day_part", as_evidence(school.group(0)), 0.7, _SCHOOL_OUT)]
    for m in _WORKED_IN.finditer(text):
        clause = clause_around(text, m.start(), m.end())
        at = m.start() - stop_before(text, m.start(), CLAUSE_STOP)
        if any(off.start() <= at < off.end() for off in _OFF.finditer(clause)):
            continue  # "下午不上班": the part refused
        clause = _OFF.sub("", clause)  # "只上午下午不上班": the other part's words said off
        if _CLOCK.search(clause) or _NOT_WORK.search(clause) or _OPEN.search(clause) or is_negated(text, m.start()):
            continue
        said = next(g for g in ("only", "shift", "done", "length", "label", "days") if m.group(g))
        said = m.group(said)
        part = _SAID.get(said, said)
        low, high = DAY_PARTS[part]
        value = f"{low // 60:02d}:00-{high // 60:02d}:00"
        return [Fact(Family.SCHEDULE, "day_part", as_evidence(m.group(0)), 0.7, value)]
    return []


def part_missed(value: str, window: tuple[int, int] | None, windows: tuple[tuple[int, int], ...]) -> bool:
    """Whether a post's part of the day ("08:00-12:00") meets none of the person's free window(s) at all."""
    start, _, end = value.partition("-")
    low, high = (int(c.partition(":")[0]) * 60 + int(c.partition(":")[2] or 0) for c in (start, end))
    if window is not None and not (window[0] < high and low < window[1]):
        return True
    return bool(windows) and not any(a < high and low < b for a, b in windows)


def part_words(value: str) -> str:
    """A "day_part" value as a person reads it: "08:00-12:00" -> "上午", "19:00-24:00" -> "19:00以后"."""
    start, _, end = value.partition("-")
    span = (int(start[:2]) * 60, int(end[:2]) * 60)
    return next((part for part, usual in DAY_PARTS.items() if usual == span), f"{start}以后")
