"""A person's hours said as a bare range, with no verb ("早上八点半到十一点半", "时间：九点到三点", "九点到三点可以"):
theirs to work where the clause offers it, a profile's line names it or the range is the whole clause; not someone
else's, a shop's or a school's hours, asked, supposed or past (`refusal_owner.not_own`)."""

from __future__ import annotations

import dataclasses
import re

from matching.facts.clocks import (
    FREE_WORDED,
    OTHER_THAN,
    PAST_HOURS,
    TAKEN_AFTER_RANGE,
    Range,
    arrive_leave,
    clock_ranges,
)
from matching.facts.cues import CLAUSE_STOP, stop_after, stop_before
from matching.facts.fact import Fact
from matching.facts.night_words import NIGHT_WORDED, night_range
from matching.facts.refusal_owner import not_own

# the clause offers the range: "九点到三点可以", "…都方便", "…有空", "…都中"
_OFFERED = re.compile(
    r"^\s*(?:之间|这段时间?|这个时间段?)?(?:干活|上班|卸货|装货|搬货|值班|看门|送货|打扫)?(?:都|也|我)?"
    r"(?:可以|能|行|中(?![午间])|成(?!绩)|有空|有时间|方便|没问题|出来|出得来|ok|OK)"  # 中, 成: northern speech's 行
    # a few words of the task or the place between, the offer ending the clause: "食堂帮忙可以", "饭点帮忙可以",
    # "中午时间帮忙送外卖可以" (not a refusal, "上班不行", nor a job's or another's: "厂里能加班", "我老公能送")
    r"|^\s*(?!\S{0,4}(?:厂|店|公司|单位|学校|老公|老婆|爱人|孩子|娃|他|她))[^，。；,;不没别要得吗？?]{1,10}?"
    r"(?:都|也)?(?:可以|能行|能干|能来|行|中|成|有空|有时间|方便|没问题)[的啊呢吧]?\s*$"
)
# a profile's line names it: "时间：", "空闲时间：", "可工作时间", "能干的时间是"
_LINE = re.compile(r"时间(?:段)?\s*(?:[:：]|是|为)?\s*$")
# the whole clause is the range, a word of habit or only-ness at most before it: "平时早上八点半到十一点半"
# (the days it holds, "周一到周五", "其他天"; the offer said first, "我白天能干": not an evening's, whose small numbers
# leave the part unsaid)
_ALONE_BEFORE = re.compile(
    r"^\s*(?:我|俺)?(?:每天|平时|平常|一般|只能|只有|就|大概|差不多|其他天|其余几?天|别的(?:天|日子)|白天|(?:每个)?工作日|平日|"
    r"(?:周|星期|礼拜)[一二三四五六日天](?:到|至|-)(?:周|星期|礼拜)[一二三四五六日天])*"
    r"(?:(?:都)?(?:能|可以)(?:干|做|上班|来|出来))?\s*$"
)
# hours of someone or something else: a shop's, a school's, a clinic's, a child's day
# (and a posting's heard of: "听说那个厂早八晚八")
_OTHERS_HOURS = re.compile(
    r"营业|开门|关门|上学|放学|上课|下课|门诊|开放|孩子|娃|小孩|老公|老婆|爱人|家里人|听说|据说|听人说|"
    r"(?:那|这)(?:个|家)(?:厂|店|公司|单位|超市|饭店|工地)"
)
# a job held now or before, named in the range's clause or the one before ("在超市上班，早上八点到晚上八点", "以前在
# 厂里，早八点到晚八点", a shift of it: "我在食堂上早班，早五点到下午一点"): the range is its hours, not the person's
# offer; not a wish, home or a search ("想在超市上班", "在家", "在找工作")
_JOB_HELD = re.compile(
    r"(?<![想要能去找望愿])在(?!家|找)[^，。；,;\d]{1,8}?(?:上(?:早|中|晚|夜|白|长|大)?班|干|做|打工|工作|当(?![天时中地面]))|"
    r"(?:以前|之前|原来|过去|那时|当时|上一份|上份|现在|目前)(?:在|干|做|是|当)(?!家|找)"
)

# the next clause names the place of the range as the person's job: "…早上5点到中午12点，我在那卖菜"
_JOB_THERE = re.compile(r"\s*(?:我|俺)?(?:就|一直|天天)?在(?:那|这)(?:里|儿|边)?(?:卖|上班|干|做|打工|看|守|帮忙)")


def seeker_hours(text: str) -> list[Fact]:
    """The hours a person says are theirs to work: the ranges `clocks` reads that are no one else's, and bare ones."""
    ranges = [
        r
        for r in clock_ranges(text, seeker=True)
        if not PAST_HOURS.search(text, stop_before(text, r.at, CLAUSE_STOP), r.at)
    ]
    ranges = [r for r in ranges if not _others_hours(text, r) and not _job_hours(text, r.at, r.until)]
    return [r.fact(seeker=True) for r in sorted(ranges + own_ranges(text, ranges), key=lambda r: r.at)]


_EVENING, _MORNING = ("晚上", "晚"), ("早上", "早")
# the part of the day said before the offer, the clocks after it bare: "上午能干九点到十一点", "晚上可以干七点到十点"
_PART_OFFERED = re.compile(
    r"(?P<part>早上|上午|中午|下午|晚上)(?:我|俺)?(?:都|也|就)?(?:能|可以)(?:干|做|上班|来|出来)(?:活儿?)?\s*$"
)
_ALONE_AFTER = re.compile(r"\s*(?:之间|这段时间?)?\s*(?:也行|都行|也可以|都可以)?\s*")


def _in_part(r: Range, part: str) -> Range | None:
    """The bare clocks read in the part of the day said before them: an afternoon's or evening's small hours are
    after noon ("晚上能干七点到十点": 19:00-22:00); None where they cannot lie in it ("上午能干三点到五点")."""
    start, end = r.start, r.end
    if part in ("下午", "晚上") and end <= 12 * 60:
        start, end = start + 12 * 60, end + 12 * 60
    if part in ("早上", "上午") and start >= 12 * 60:
        return None
    return dataclasses.replace(r, start=start, end=end, part=part)


def own_ranges(text: str, said: list[Range]) -> list[Range]:
    """The bare ranges in Chinese numerals (or digits `clocks` left) that are the person's own hours, beside `said`;
    a night said with a night word first (`night_words`)."""
    out: list[Range] = []
    nights = list(NIGHT_WORDED.finditer(text))
    for m in [*nights, *FREE_WORDED.finditer(text)]:
        if any(r.at < m.end() and m.start() < r.until for r in [*said, *out]):
            continue
        low, high = stop_before(text, m.start(), CLAUSE_STOP), stop_after(text, m.end(), CLAUSE_STOP)
        before, after = text[low : m.start()], text[m.end() : high]
        offered = _OFFERED.match(after) or _LINE.search(before) or (_ALONE_BEFORE.match(before) and not after.strip())
        offered = offered or _offered_inside(text, high) is False or _CHILD_AWAY.match(after) is not None
        offered = offered or (_ALONE_BEFORE.match(before) and _BETWEEN_ALONE.fullmatch(after))  # "九点到三点之间"
        offered = offered or (
            _ALONE_BEFORE.match(before) and _PHRASE_ENDS.match(after) and not _NOT_OFFERED.search(after)
        )
        part = _PART_OFFERED.search(before) if m.re is FREE_WORDED and not m.group("p1") else None
        if part is not None and not _ALONE_BEFORE.match(before[: part.start()]):
            part = None  # "孩子下午能去托班" is no offer of the person's
        offered = offered or (part is not None and _ALONE_AFTER.fullmatch(after) is not None)
        if not offered or TAKEN_AFTER_RANGE.match(after) or OTHER_THAN.search(after):
            continue
        if _job_hours(text, m.start(), m.end()):
            continue  # "在超市上班，早上八点到晚上八点": the job's hours
        if (inside := _offered_inside(text, high)) is not None:
            if inside:
                continue
        elif _others_in_clause(text, low, high, after) or _not_owned(text, m, after):
            continue
        r = night_range(m) if m.re is NIGHT_WORDED else arrive_leave(m)
        if r is not None and part is not None:
            r = _in_part(r, part.group("part"))
        if r is not None and (
            m.re is NIGHT_WORDED or not r.overnight or (m.group("p1") in _EVENING and m.group("p2") in _MORNING)
        ):
            out.append(r)  # overnight only where both ends name their part: "晚上十点到早上六点能干"
    return out


# someone else's hours, which the next clause offers as the person's: "孩子上学早上7点半到下午4点半，这中间我都可以"
_OFFERED_INSIDE = re.compile(
    r"\s*(?:这中间|中间|这段时间?|这个时间段?|这期间|那段时间?|那会儿?)(?:内|里)?(?:我|俺)?(?:都|也|就)?"
    r"(?:可以|能|行|有空|有时间|方便|没问题|出得来)"
)


# voice input's phrase ended by a space after the range ("早上八点半到十一点半 下午不行", "九点到三点吧 看情况"): the range
# alone in its phrase, unless the words after it refuse or name a time taken
_PHRASE_ENDS = re.compile(r"[吧啊呢的]?\s+\S")
_NOT_OFFERED = re.compile(
    r"^[吧啊呢的]?\s*(?!上午|下午|晚上|中午|早上|夜里|周|星期|礼拜|其他|其余|别的)\S*?"  # not another time refused
    r"(?:不行|不能|不可以|没空|没时间|不方便|走不开|有事|要接|要送|上课|上学|上班)"
)
_BETWEEN_ALONE = re.compile(r"\s*(?:之间|这段时间?|这个时间段?|那段时间?)\s*")
# the person offering the range after it, whoever's day it lies in: "孩子上学以后九点到三点我有空"
_SELF_OFFERS = re.compile(r"\s*(?:我|俺)(?:都|也|就)?(?:可以|能来|能干|有空|有时间|方便|出得来)")


def _not_owned(text: str, m: re.Match[str], after: str) -> bool:
    """`refusal_owner.not_own` of the range, or of the person's offer after it where they make one ("…九点到三点我有空":
    a child named before the range is the reason, not the owner)."""
    offer = _SELF_OFFERS.match(after)
    if offer is None:
        return not_own(text, m.start(), m.end())
    return not_own(text, m.end() + offer.start(), m.end() + offer.end())


def _others_in_clause(text: str, low: int, high: int, after: str) -> bool:
    """Someone's or somewhere's hours named in the range's clause, unless the child's time away or the person's own
    offer follows the range."""
    return bool(_OTHERS_HOURS.search(text, low, high)) and not (_CHILD_AWAY.match(after) or _SELF_OFFERS.match(after))


# the child's time away said after the range, which is the person's to work: "9:30到3:30 孩子在幼儿园那段时间"
_CHILD_AWAY = re.compile(
    r"\s*(?:就是|正好|也就是)?(?:我家|俺家)?(?:孩子|娃|小孩|孙子|孙女|外孙女?)(?:在|上|去)(?:幼儿园|学校|学|托班|托儿所)"
    r"(?:里)?(?:的)?(?:那段|这段|那个|这个)?(?:时间|时候|期间)"
)


def _others_hours(text: str, r: Range) -> bool:
    """A range in digits that is no hours of the person's: someone else's, a shop's or school's, asked or past; not
    one the next clause offers ("…，这中间我都可以"), nor the child's time away named after it."""
    low, high = stop_before(text, r.at, CLAUSE_STOP), stop_after(text, r.until, CLAUSE_STOP)
    if (inside := _offered_inside(text, high)) is not None:
        return inside
    if _CHILD_AWAY.match(text, r.until):
        return not_own(text, r.at, r.until)
    return bool(_OTHERS_HOURS.search(text, low, high)) or not_own(text, r.at, r.until)


def _offered_inside(text: str, high: int) -> bool | None:
    """Where the clause after the one ending at `high` offers its range's time ("这中间我都可以"), whether that offer is
    no one's own (asked: "这中间我都可以吗？"); None where it offers nothing."""
    if high >= len(text) or text[high] not in "，," or (m := _OFFERED_INSIDE.match(text, high + 1)) is None:
        return None
    return not_own(text, m.start(), m.end())


def _job_hours(text: str, at: int, until: int) -> bool:
    """Whether a range not offered is a job's: one held or past named in its clause or the one before."""
    low = stop_before(text, at, CLAUSE_STOP)
    if _OFFERED.match(text[until : stop_after(text, until, CLAUSE_STOP)]) or _LINE.search(text[low:at]):
        return False
    high = stop_after(text, until, CLAUSE_STOP)
    if high < len(text) and _JOB_THERE.match(text, high + 1):
        return True
    return bool(_JOB_HELD.search(text, stop_before(text, max(0, low - 1), CLAUSE_STOP), at))
