"""A person's own statement of when they can work ("只能上午", "下午3点后有空", "周末有空") as weekly windows
(`free_time_facts`), moved out of `schedule`, which reads a posting's schedule."""

from __future__ import annotations

import re

from matching.facts.clocks import DAY_START, OTHER_THAN, hour_facts, worded_window
from matching.facts.cues import CLAUSE_STOP, someone_named_first
from matching.facts.day_bounds import bounds
from matching.facts.day_held import DAY_SHIFT_SPAN
from matching.facts.days import day_span, listed_days, span_days
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.hour_spans import spans_of
from matching.facts.numerals import small_number
from matching.facts.own_hours import seeker_hours
from matching.facts.refusal_owner import not_own

# a day's few hours in a part of it: "每天上午两小时", "每天就下午能出来三个小时" (s16; the hours are `workweek`'s)
_HOURS_IN_PART = (
    r"(?:每天|一天|每日)(?:就|只)?(?=(?:上午|下午|早上|晚上)(?:能|可以)?(?:出来|出门|抽出|腾出)?(?:干|做)?\s*个?\s*"
    r"(?:\d|[一两二三四五六七八九十]){1,2}\s*个?\s*(?:小时|钟头))"
)
_HOURS_SAID = re.compile(_HOURS_IN_PART)
_DONE_BEFORE = re.compile(r"(?:干|做|当|上)过[^。；;！!？?\n]*$")  # "在超市干过，每天下午三个小时": a past day's hours

# A person's own statement of when they can work ("只能上午", "下午3点后有空", "周末有空"): read only from a clause
# that says so (只…/有空/有时间/空闲) and negates nothing; "不上夜班" agrees with a day statement and is passed over.
_FREE_CUE = re.compile(
    r"只能|只有|只在|只上|只做|只干|只想|仅|有空|有时间|空闲|最晚|最多|白天(?:干|做|上班)?(?:才|就)(?:行|可以)|"
    r"(?:干|做)(?:干|做)?就(?:行|可以|好)|"  # "上午干干就行" (issue 22 s14, dev9)
    r"就(?=周末|双休日|周六|(?:星期|礼拜)六)|"  # "我就周六周日两天能出来干": only those days (s15); not "周末就能来"
    + _HOURS_IN_PART
)
_PART_ALONE = re.compile(r"(?:就|只|光)?(?:上午|下午|早上)(?:的活)?")  # a part of the day said alone (s14)
_PART_OFFERED = re.compile(r"(?:上午|下午|晚上|早上|中午)(?:也|都)(?:可以|行|能干|能上|没问题|没事)")
_FREE_AGREEING = re.compile(r"不(?:能|想|愿意?)?(?:上|做|干)?(?:夜班|晚班)")
_FREE_DENIED = re.compile(r"不|没|别|除|忙|有事|上班|要|得")
# days offered as well, not as the only ones: "周六周日都有空", "周末也行", "礼拜天也可以来"
_OFFERED_DAYS = re.compile(r"(?:都|也)(?:有空|有时间|可以|行|能来|能干|能上班?|没问题|没事)")
# a span of days offered plainly after it: "礼拜一到礼拜四能来", "周二到周五可以"
_SPAN_OFFERED = re.compile(
    r"(?:周|星期|礼拜)[一二三四五六日天]\s*(?:到|至)\s*(?:周|星期|礼拜)?[一二三四五六日天]\s*(?:我|俺)?(?:就)?"
    r"(?:能来|能干|能上班|能出来|可以|有空|有时间)"
)
_NOT_OFFERED = re.compile(r"只|仅|就|才|不|没|别|除|忙|有事|要|得")  # "只有周末都有空", "周末也不行"
_FREE_DAYS = (  # ISO weekdays, Monday 1
    (
        re.compile(
            r"周末|双休日|(?:星期|礼拜)六日|周六日|周六(?:和|、|及)?周日|(?:星期|礼拜)六(?:和|、|及)?(?:星期|礼拜)[日天]"
        ),
        "67",
    ),
    (re.compile(r"工作日|平时|平日|周一(?:到|至|~|-)周五|(?:星期|礼拜)一(?:到|至)(?:星期|礼拜)五"), "12345"),
    (re.compile(r"周六|星期六|礼拜六"), "6"),
    (re.compile(r"周[日天]|星期[日天]|礼拜[日天]"), "7"),
    (re.compile(r"每天|天天"), "1234567"),
    *(
        (re.compile(rf"(?:周|星期|礼拜){day}(?![到至~-])"), str(n)) for n, day in enumerate("一二三四五", 1)
    ),  # "周一周三周五"
)
_FREE_PARTS = (  # the part of the day a word names, in minutes since midnight
    (re.compile(r"全天|一整天|整天"), (0, 24 * 60)),
    (re.compile(r"白天|白班"), DAY_SHIFT_SPAN),  # a day shift's part of the day (`day_held`)
    (re.compile(r"上午|早上|早晨"), (DAY_START, 12 * 60)),
    (re.compile(r"下午"), (12 * 60, 18 * 60)),
    (re.compile(r"晚上|傍晚"), (18 * 60, 24 * 60)),
)
# a start in either numerals ("下午3点后", "早上九点以后"): the window `day_window` reads of the same words
_FREE_FROM = re.compile(
    r"(?P<part>上午|早上|下午|晚上|傍晚|夜里|凌晨|半夜|(?<![最提])晚)?\s*(?P<h>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*点(?P<half>半)?"
    r"\s*(?:以后|之后|后)"
)
# "最多只能干到下午3点半": the end of the working day, not the part of the day it falls in
_FREE_UNTIL = re.compile(
    r"(?:干|做|上|待|上班)到\s*(?P<part>上午|中午|下午|傍晚|晚上)?\s*(?P<h>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*点(?P<half>半)?"
)


def free_time_facts(text: str) -> list[Fact]:
    """When the person says they can work, as weekly windows: value "67 00:00-24:00" (ISO weekdays, a span). Days
    offered ("周六周日都有空", "周末也行") are no only days: they widen the days another clause names."""
    read: list[tuple[str, tuple[int, int] | None, str]] = []
    offered: set[str] = set()
    cued = False  # the clause before said 只… and named no part of the day ("只干半天，上午": its own clause)
    at, stated = 0, bool(seeker_hours(text))
    for clause in filter(None, (c.strip() for c in CLAUSE_STOP.split(text))):
        at = text.find(clause, at)
        if _HOURS_SAID.search(clause) and (_DONE_BEFORE.search(text, 0, at) or stated):
            continue  # a past day's hours; or the clock says the window ("上午能出来三个钟头，十点到一点": past noon)
        said = _FREE_AGREEING.sub("", clause)
        part_after = cued and _PART_ALONE.fullmatch(said) is not None
        cued = bool(_FREE_CUE.search(said)) and _free_span(said) is None  # 只…, no part named ("只干半天")
        if part_after:
            read.append(("", _free_span(said), clause))
            continue
        named = {d for pattern, ds in _FREE_DAYS if pattern.search(said) for d in ds} | set(listed_days(said))
        offers = _OFFERED_DAYS.search(said) or _SPAN_OFFERED.search(said)
        days_m = day_span(said) if offers else None  # "礼拜一到礼拜三都行", "礼拜一到礼拜四能来": those days only
        ranged = days_m is not None and not someone_named_first(said[: days_m.start()])
        named = span_days(days_m) if days_m is not None and ranged else named
        if named and not ranged and _OFFERED_DAYS.search(said) and not _NOT_OFFERED.search(_OFFERED_DAYS.sub("", said)):
            offered |= named
            continue
        if not (ranged or _FREE_CUE.search(said)) or _FREE_DENIED.search(_FREE_CUE.sub("", said)) or _not_own(clause):
            continue
        read.append(("".join(sorted(named)), _free_span(said), clause))
    if _PART_OFFERED.search(text):  # "上午干干就行，下午也可以": another part of the day offered too (rev6)
        read = [r for r in read if r[0]]
    out = []
    for days, span, clause in read:
        widened = "".join(sorted(set(days) | offered)) if days else ""
        days = "" if widened == "1234567" else widened
        if span is None and not days:
            continue
        start, end = span or (0, 24 * 60)
        value = f"{days or '1234567'} {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
        out.append(Fact(Family.SCHEDULE, "free", as_evidence(clause), 0.8, value, Modality.LIMIT))
    return out


# a child named first is the person's time around the child's ("孩子上学以后有空"), not the child's own
_CHILD_FIRST = re.compile(r"(?:我|我家|我们家)?(?:孩子|娃|小孩|孙)")
_ASKED = re.compile(r"吗|[？?]|如果|要是|假如")


def _not_own(clause: str) -> bool:
    """Free time of someone else's ("我老公晚上十点以后才有空", "老公只有周末有空"), asked or supposed: none of the
    person's; not where the person speaks after another ("老公上班以后我有空")."""
    cue = _FREE_CUE.search(clause)
    if cue is None:
        return False
    head = clause[: cue.start()]
    if _CHILD_FIRST.match(head):
        return bool(_ASKED.search(clause))  # the person's time round the child's, unless asked or supposed
    other_first = someone_named_first(head) and "我" not in head.lstrip("我")[1:]
    return other_first or not_own(clause, cue.start(), cue.end())


def _free_span(clause: str) -> tuple[int, int] | None:
    """The hours a clause names: a clock range ("8点到12点"), a start ("下午3点后"), or a part of the day."""
    stated = spans_of(hour_facts(clause, seeker=True)[:1])
    if stated and stated[0][1] <= 24 * 60:
        return stated[0]
    worded = worded_window(clause)
    if worded is not None:
        return worded  # "只能早上八点到十一点": a stated range over the part of the day
    if OTHER_THAN.search(clause):
        return None  # "上午九点到十一点半有课，其他时间有空": free all but a range, not in the part of the day it names
    if re.search(r"(?:干|做|上班?|待)到中午", clause):
        return (DAY_START, 12 * 60)  # "只能干到中午"
    until = _FREE_UNTIL.search(clause)
    if until is not None:
        hour = small_number(until.group("h"))
        late = until.group("part") in ("下午", "傍晚", "晚上") or (not until.group("part") and hour <= 7)
        hour += 12 if late and hour < 12 else 0  # "干到5点半" ends in the afternoon
        end = hour * 60 + (30 if until.group("half") else 0)
        return (DAY_START, end) if 6 * 60 < end <= 24 * 60 else None
    start, end, _ = bounds(clause)
    if end < 24 * 60:  # "早上九点以后下午三点以前有空", "下午三点以前有空": the bounds `day_bounds` reads, not the part
        return (start or DAY_START, end)
    after = _FREE_FROM.search(clause)
    if after is not None:
        hour, part = small_number(after.group("h")), after.group("part")
        hour += 12 if (part in ("下午", "晚上", "傍晚", "夜里", "晚") or (not part and hour < 7)) and hour < 12 else 0
        return (hour * 60 + (30 if after.group("half") else 0), 24 * 60) if hour < 24 else None
    parts = [span for pattern, span in _FREE_PARTS if pattern.search(clause)]
    return parts[0] if len(parts) == 1 else None  # "上午或晚上": two windows in one clause, left unread
