"""Hours of work as written: clock ranges ("8:00-17:30", "早八晚六", "早班8-14") and the part of the day a range
belongs to (what a sentence's ranges make of a working day: `workday`; the spans a fact's value holds: `hour_spans`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from matching.facts.cues import CLAUSE_STOP, clause_around, stop_before
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.hour_spans import span_value
from matching.facts.numerals import cn_number, small_number

_DAY_LENGTH = re.compile(r"(?:一天|每天)\s*\d{1,2}\s*(?:个)?\s*小时")
_HOURS_WORDS = re.compile(
    r"(?:早上?|上午)\s*(?P<h1>\d{1,2})(?:[.:：点](?P<n1>\d{2}))?\s*(?:-|－|—|–|~|～|至|到)\s*(?:晚上?|下午)\s*(?P<h2>\d{1,2})"
    r"(?:[.:：点](?P<n2>\d{2}))?|(?<![最提趁])[朝早](?P<c1>[六七八九十]|[6-9](?!\d)|1[01](?!\d))点?晚(?P<c2>[三四五六七八九十]|[3-9](?![\d:：.])|1[01](?![\d:：.]))"
    r"(?P<half>点半)?(?!点?(?:前|以前|之前))"
)
DAY_START = 5 * 60  # a shift from 5:00 ("早上5点半到岗") is an early one; before it, a night one (`bits.NIGHT_UNTIL`)


# a shift ending by 23:00 ("14:00-23:00") is a late one, not night work: what the 68-set and dev3 judges hold (dev3:
# "night is overnight work or work ending after about 23:30"); the SCHEMA's 晚班 fact keeps its 22:00 (`_night`)
LATE_END = 23 * 60
# a range in digits, each end with the part of the day named before it ("下午2:00-晚上10:00")
CLOCK_RANGE = re.compile(
    r"(?P<m1>上午|早上|早晨|早|白天|晚上|晚|下午|中午|夜里|凌晨)?\s*(?<![\d.])(?<!\d[:：·])(?<![:：][:：])(?P<h1>\d{1,2})\s*"
    r"(?:(?::|：)(?P<n1>\d{2})点?|点(?P<half1>半)?(?:(?P<n1b>\d{1,2})分?)?)?\s*"
    r"(?:-{1,2}|－{1,2}|—{1,2}|–|~|～|至|到)\s*"  # － as phones type it (８：００－１７：３０)
    r"(?:第二天|隔天|次日(?=凌晨|早上|早|上午))?(?P<m2>下午|晚上|傍晚|中午|晚|凌晨|早上|早|次日|上午)?\s*(?P<h2>\d{1,2})\s*"
    r"(?:(?::|：)(?P<n2>\d{2})点?|点(?P<half2>半)?(?:(?P<n2b>\d{1,2})分?)?)(?!\d)"
)
_LATE_SHIFT = re.compile(r"(?:晚班|中班|(?<!白)夜班|下午班)\s*[：:]?\s*$")  # "晚班3点到11点": 15:00-23:00
_HOUR = r"(?P<{0}>\d{{1,2}}|十[一二]?|[一二两三四五六七八九])"


# "早上六点半到岗，下午两点半下班": the day's ends as arriving and leaving
_ARRIVE_LEAVE = re.compile(
    r"(?P<p1>早上|上午|早|中午|下午|晚上|晚)?\s*"
    + _HOUR.format("h1")
    + r"\s*点(?P<half1>半)?\s*(?:到岗|上班)\s*[，,、]?\s*"
    r"(?:第二天|次日|隔天)?(?P<p2>早上|上午|中午|下午|晚上|傍晚)?\s*"
    + _HOUR.format("h2")
    + r"\s*点(?P<half2>半)?\s*下班"
)


# "每天早上7点半到网点分货……一般晚上7点结束": the day's start and end said apart
_START_END = re.compile(
    r"(?P<p1>早上|上午|早|中午|下午|晚上|晚)\s*"
    + _HOUR.format("h1")
    + r"\s*点(?P<half1>半)?\s*(?:到岗|到店|到网点|到公司|到厂|上班|开工|开始)[^。；;]{0,40}?"
    r"(?:第二天|次日|隔天)?(?P<p2>早上|上午|中午|下午|晚上|傍晚)\s*"
    + _HOUR.format("h2")
    + r"\s*点(?P<half2>半)?\s*(?:结束|下班|收工)"
)


# "上午九点到下午四点左右", "早六点到下午两点", "凌晨四点半到上午十点": a range in Chinese numerals, each end with its part of the day (a bare
# 早/晚 opens one, not 最早/提早/最晚)
_WORDED_CLOCKS = re.compile(
    r"(?P<p1>早上|上午|中午|下午|晚上|凌晨|(?<![最提趁])早|(?<![最傍当今昨明每])晚)\s*"
    + _HOUR.format("h1")
    + r"\s*点(?P<half1>半(?!价))?\s*(?:到|至|-|－|~|～)\s*(?:第二天|次日|隔天)?(?P<p2>上午|中午|下午|晚上|傍晚|晚|早上|早)?\s*"
    + _HOUR.format("h2")
    + r"\s*点(?P<half2>半(?!价))?"
)
# what a worded range is when these follow it: a sale, a training, a class ("早上八点到十点半价优惠", "八点到十一点培训")
_NOT_WORKED_AFTER = re.compile(r"\s*(?:半价|培训|面试|的课|优惠|上课)")
# a person's window in Chinese numerals, a part of the day at either end: "只能早上八点到十一点", "九点到下午三点有空"
# (minutes in words after the hour: "六点五十", "五点十分", "三点一刻"; 点钟 as 点)
_MINUTES = r"(?:(?P<half{0}>半)|(?P<min{0}>[一二三四五]?十[一二三四五六七八九]?分?|零[一二三四五六七八九]分?|[一三]刻)(?![点个块元岁天号日月年人]))?"
FREE_WORDED = re.compile(
    r"(?P<p1>早上|早晨|清早|清晨|上午|中午|下午|晚上|(?<![最提趁])早|(?<![最傍当今昨明每])晚)?\s*"
    + _HOUR.format("h1")
    + r"\s*点钟?"
    + _MINUTES.format("1")
    + r"\s*(?:到|至|-|－|~|～)\s*(?P<p2>上午|中午|下午|晚上|傍晚|晚|早上|早)?\s*"
    + _HOUR.format("h2")
    + r"\s*点钟?"
    + _MINUTES.format("2")
)
TAKEN_AFTER_RANGE = re.compile(
    r"(?:之间|这段时间)?(?:都|也)?(?:(?:要|得|需要|必须)(?:去|回家)?(?:接|送|回家|做饭|照顾|带|陪)|有事|没空|没时间|不行|走不开|不方便"
    r"|有课|上课|上学|(?:接|送|看)孩子)"
)
# the rest of the day is the window ("…有课，其他时间有空", "…半价以外都有空"): the range named is not it
OTHER_THAN = re.compile(r"其他时间|其余时间|以外")


# hours written as bare numbers, read only where a shift names them ("早班8-14、晚班14-20") or a rota's shifts follow
# one another round the clock ("两班轮换（8-20/20-8）"); never a bare "8-20" alone (a count, a price, a date)
_NOT_CLOCK = r"(?![\d:：.点号日月天岁人元块个年次kKwW万千%]|\s*(?:小时|个|元|块|周|年|岁|人|天|号|分钟))"
_BARE_SHIFT = re.compile(
    r"(?P<name>白班|早班|中班|晚班|夜班|日班|下午班|上午班)\s*[：:]?\s*(?<![\d.])(?P<h1>\d{1,2})\s*(?:-|－|—|–|~|～|至|到)\s*"
    r"(?P<h2>\d{1,2})" + _NOT_CLOCK
)
_BARE_CYCLE = re.compile(
    r"(?<![\d:：./-])(?P<h1>\d{1,2})\s*[-－~～]\s*(?P<h2>\d{1,2})\s*[/、，,]\s*(?P<h3>\d{1,2})\s*[-－~～]\s*(?P<h4>\d{1,2})"
    + _NOT_CLOCK
)


@dataclass(frozen=True, slots=True)
class Range:
    """Stated hours: minutes since midnight (an end at or before the start runs past midnight), where they were
    written, and the part of the day they were introduced by ("上午", "中午"…, or "")."""

    start: int
    end: int
    at: int
    until: int
    words: str
    part: str = ""
    breaks: tuple[tuple[int, int], ...] = ()  # the gaps of a split day ("9:00-11:30，13:30-17:30": 11:30-13:30)

    @property
    def overnight(self) -> bool:
        return self.end <= self.start

    def fact(self, *, seeker: bool = False) -> Fact:
        value = "/".join(span_value(a, b) for a, b in ((self.start, self.end), *self.breaks))
        return Fact(Family.SCHEDULE, "hours", as_evidence(self.words), 0.8, value, Modality.LIMIT if seeker else None)


# a person's past job's hours ("以前在厂里八点上班五点下班"), in the clause before the range: no limit of theirs now
PAST_HOURS = re.compile(r"以前|原来|过去|那时|当时|早年|上一份|上份")


# a posting's range that is the shop's, a training's or a break's, not the job's: named just before it ("营业时间早上7点
# 到晚上10点", "培训时间下午两点到四点") or just after it ("下午14:30至17点门店休息"; not "9:00-18:00休息一小时", a
# break inside the day, nor "午休时间：12:00-13:30" or "休息日": the word ends its clause)
_OTHER_BEFORE = re.compile(r"(?:营业|开门|培训|面试|报名)(?:时间)?\s*(?:为|是|[:：])?\s*(?:每天|每日)?\s*$")
_OTHER_AFTER = re.compile(r"\s*(?:门店|店里|店铺|公司|中间)?(?:休息|午休|关门|打烊|培训|面试)(?=[，,。；;！!、]|$)")
# another post's hours, a rota not worked: "晚7点到凌晨的班由别人上", "夜里十点到早上六点值班的是另一个岗位" (rev6)
OTHER_POST = re.compile(
    r"\s*(?:值班|上班|值守)?\s*的?(?:班次?|岗位?|活)?\s*(?:不用上|不用你上|由别人|别人上|的?是别人|的?是另一个岗位|另招)"
)


def hour_facts(text: str, *, seeker: bool = False) -> list[Fact]:
    ranges = clock_ranges(text, seeker=seeker)
    if seeker:
        ranges = [r for r in ranges if not PAST_HOURS.search(text, stop_before(text, r.at, CLAUSE_STOP), r.at)]
    return [r.fact(seeker=seeker) for r in ranges]


# "中间休息" after a working day's span is a break within it ("7点到5点中间休息"), after a short one the break itself
# ("12点到2点中间休息")
_BREAK_WITHIN = re.compile(r"\s*中间")
LONGEST_BREAK = 3 * 60


def others_hours(text: str, r: Range) -> bool:
    """Whether a posting's range is another thing's hours: the shop's, a training's, a break's."""
    before = text[stop_before(text, r.at, CLAUSE_STOP) : r.at]
    after = _OTHER_AFTER.match(text, r.until)
    if after is not None and _BREAK_WITHIN.match(after.group(0)) and (r.end - r.start) % (24 * 60) > LONGEST_BREAK:
        after = None
    return _OTHER_BEFORE.search(before) is not None or after is not None or OTHER_POST.match(text, r.until) is not None


def clock_ranges(text: str, *, seeker: bool = False) -> list[Range]:
    # 早8-晚5, 朝九晚六: the day's ends named in words; other ranges beside them ("早8:30-晚17:30或12:30-21:30") too
    worded = [r for m in _HOURS_WORDS.finditer(text) if (r := _worded_range(m)) is not None]
    out: list[Range] = []
    for m in CLOCK_RANGE.finditer(text):
        h1, h2 = int(m.group("h1")), int(m.group("h2"))
        n1 = 30 if m.group("half1") else int(m.group("n1") or m.group("n1b") or 0)
        n2 = 30 if m.group("half2") else int(m.group("n2") or m.group("n2b") or 0)
        m1, m2 = m.group("m1") or "", m.group("m2") or ""
        late_shift = not m1 and _LATE_SHIFT.search(text, max(0, m.start() - 6), m.start())
        if late_shift and h1 < 7:
            h1 += 12
            h2 += 12 if not m2 and h2 <= 12 and h2 + 12 > h1 else 0
        elif late_shift and 7 <= h1 < 12 and h2 <= 12 and not m2 and "中班" not in late_shift.group(0):
            h1, h2 = (
                h1 + 12,
                h2 + (12 if h1 < h2 <= 12 else 0),
            )  # "夜班10点到6点" 22:00-06:00, "晚班7点到11点" 19:00-23:00
        if (m1 in ("晚上", "晚", "下午") and h1 < 12) or (m1 == "中午" and h1 < 6):
            h1 += 12
        if (
            (m2 in ("下午", "晚上", "傍晚", "晚") and h2 < 12)
            or (m2 == "中午" and h2 < 6)
            or (m2 in ("晚上", "晚") and h2 == 12)
        ):
            h2 += 12  # "晚12:00" is midnight
        elif not m2 and h2 < h1 < h2 + 12 <= 24:
            h2 += 12  # "8:00-5:30" ends in the afternoon; "18:00-4:00" and "20:30-8:30" run past midnight
        if not (0 <= h1 <= 24 and 0 <= h2 <= 24 and n1 < 60 and n2 < 60):
            continue
        if (h1, n1) == (h2, n2) and _DAY_LENGTH.search(text):
            continue  # "白班：10：00~10：00（一天9小时）": a typo, not 24 hours on duty ("门卫：8:00-8:00")
        if seeker and TAKEN_AFTER_RANGE.match(text, m.end()):
            continue  # "12点到1点要接孩子": a taken time (`workweek`), not when they can work
        clause = clause_around(text, m.start(), m.end())
        clock = ":" in m.group(0) or "：" in m.group(0)
        if not seeker and not clock and not re.search(r"上班|工作|时间|班|营业|作息|早|晚|点", clause):
            continue
        if not any(w.at < m.end() and m.start() < w.until for w in worded):
            out.append(Range(h1 * 60 + n1, h2 * 60 + n2, m.start(), m.end(), m.group(0), m1))
    if worded:
        return sorted(worded + out, key=lambda r: r.at)
    out = _after_noon(out)
    out += [r for m in _ARRIVE_LEAVE.finditer(text) if (r := arrive_leave(m)) is not None]
    if not out:
        out += [r for m in _START_END.finditer(text) if (r := arrive_leave(m)) is not None]
    if not out and not seeker:
        worked = (m for m in _WORDED_CLOCKS.finditer(text) if not _NOT_WORKED_AFTER.match(text, m.end()))
        out += [r for m in worked if (r := arrive_leave(m)) is not None]
    bare = [] if seeker else [r for r in _bare_ranges(text) if not any(o.at < r.until and r.at < o.until for o in out)]
    return sorted(out + bare, key=lambda r: r.at) if bare else out


def _after_noon(ranges: list[Range]) -> list[Range]:
    """A range after one that ended in the afternoon, written in small numbers with no part of the day, is in the
    afternoon too ("上班10点到2点、4点半到9点": 16:30-21:00, not 04:30-09:00)."""
    out: list[Range] = []
    for r in ranges:
        last = out[-1] if out else None
        if (
            last is not None
            and not last.overnight
            and not r.part
            and r.start < 7 * 60  # "4点半到9点", "1:30-5:30"; not "9:30-11:30", a morning as written
            and r.start < last.end
            and r.start + 12 * 60 >= last.end
        ):
            end = r.end + 12 * 60 if r.end < 12 * 60 else r.end
            if r.start + 12 * 60 < end <= 24 * 60:
                r = Range(r.start + 12 * 60, end, r.at, r.until, r.words, r.part, r.breaks)
        out.append(r)
    return out


def _bare_ranges(text: str) -> list[Range]:
    """Shift hours in bare numbers: named ("早班8-14", "晚班3-11" is 15:00-23:00) or a round-the-clock pair
    ("8-20/20-8", where the second shift starts as the first ends)."""
    out = []
    for m in _BARE_SHIFT.finditer(text):
        h1, h2 = int(m.group("h1")), int(m.group("h2"))
        if m.group("name") in ("晚班", "中班", "下午班") and h1 < 7:
            h1, h2 = h1 + 12, h2 + 12 if h2 <= 12 else h2
        elif h2 < h1 < h2 + 12 <= 24 and m.group("name") not in ("夜班",):
            h2 += 12  # "早班8-5": the afternoon
        if 0 <= h1 < 24 and 0 <= h2 <= 24 and h1 != h2:
            out.append(Range(h1 * 60, h2 * 60, m.start("h1"), m.end(), m.group(0)))
    for m in _BARE_CYCLE.finditer(text):
        h1, h2, h3, h4 = (int(m.group(g)) for g in ("h1", "h2", "h3", "h4"))
        if h2 == h3 and h4 == h1 and 0 <= h1 < 24 and 0 < h2 <= 24 and h1 != h2:
            half = (m.start() + m.end()) // 2
            out += [
                Range(h1 * 60, h2 * 60, m.start(), half, m.group(0)),
                Range(h3 * 60, h4 * 60, half, m.end(), m.group(0)),
            ]
    return out


def arrive_leave(m: re.Match[str]) -> Range | None:
    h1, h2 = small_number(m.group("h1")), small_number(m.group("h2"))
    evening = m.group("p1") in ("下午", "晚上", "晚")
    h1 += 12 if (evening or (not m.group("p1") and h1 < 7)) and h1 < 12 else 0
    morning = evening and m.group("p2") in ("早上", "上午", "早")  # "晚8点上班，早上8点下班": past midnight
    h2 = 24 if h2 == 12 and m.group("p2") in ("晚上", "晚") else h2  # "到晚上十二点": midnight
    h2 += 12 if not morning and (m.group("p2") in ("下午", "晚上", "傍晚", "晚") or h2 < h1) and h2 < 12 else 0
    start, end = h1 * 60 + _minutes_said(m, "1"), h2 * 60 + _minutes_said(m, "2")
    if morning and 0 <= end < start < 24 * 60:
        return Range(start, end, m.start(), m.end(), m.group(0))
    return Range(start, end, m.start(), m.end(), m.group(0)) if 0 <= start < end <= 24 * 60 else None


def _minutes_said(m: re.Match[str], n: str) -> int:
    """The minutes after an hour in words: 半 30, 一刻 15, "五十", "十分", "零五分" (a match without them: 0)."""
    if m.group(f"half{n}"):
        return 30
    said = (m.groupdict().get(f"min{n}") or "").removesuffix("分").removeprefix("零")
    if said in ("一刻", "三刻"):
        return 15 if said == "一刻" else 45
    minutes = cn_number(said) if said else 0
    return minutes if minutes is not None and minutes < 60 else 0


def worded_window(text: str) -> tuple[int, int] | None:
    """A person's window in Chinese numerals with a part of the day at one end or both ("早六点到下午两点"); not a
    time taken ("十二点到一点要接孩子")."""
    for m in FREE_WORDED.finditer(text):
        if not (m.group("p1") or m.group("p2")) or TAKEN_AFTER_RANGE.match(text, m.end()):
            continue
        if OTHER_THAN.search(clause_around(text, m.start(), m.end())):
            continue
        r = arrive_leave(m)
        if r is not None and not r.overnight:
            return (r.start, r.end)
    return None


def _worded_range(m: re.Match[str]) -> Range | None:
    if m.group("c1"):  # "朝九晚六", "早8晚8"
        h1, n1 = small_number(m.group("c1")), 0
        h2, n2 = small_number(m.group("c2")) + 12, 30 if m.group("half") else 0
    else:
        h1, n1 = int(m.group("h1")), int(m.group("n1") or 0)
        h2, n2 = int(m.group("h2")), int(m.group("n2") or 0)
        h2 += 12 if h2 < 12 else 0
    if 0 <= h1 < 24 and 0 < h2 <= 24 and n1 < 60 and n2 < 60 and (h1, n1) < (h2, n2):
        return Range(h1 * 60 + n1, h2 * 60 + n2, m.start(), m.end(), m.group(0))
    return None
