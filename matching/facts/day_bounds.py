"""One clause's bounds on a person's day, composed: each clock ("下午四点", "7:30", "七点一刻"), the side of it
("以后", "前", or none) and the deed after it (can start, cannot come, must go, cannot stay). `day_window` makes the
day's free windows of them."""

from __future__ import annotations

import re

from matching.facts.cues import someone_else
from matching.facts.numerals import cn_number, small_number

DAYTIME = 5 * 60  # a free time read from words alone starts no earlier than this (an early shift's 5:30 start)

# A bound on the day, composed: a clock ("下午四点", "7:30", "七点一刻"), the side of it ("以后", "前", or none), and
# what the person does then: can start ("就能上班", "才能出门", "有空"), cannot come ("来不了"), must leave ("得走",
# "要回家", "要去幼儿园接孩子"), or cannot stay ("不行"). Each clock of a clause is read so; the bounds together make
# the window ("七点半以后就能上班，下午四点前得走" → 07:30-16:00, in either order, in one clause or apart).
_DAY_PART = r"凌晨|清早|一早|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|半夜|(?<![最提趁])早|(?<![最傍当今昨明])晚"
BOUND_CLOCK = re.compile(
    rf"(?:(?P<part>{_DAY_PART})\s*)?(?<![\d:：.])(?P<h>\d{{1,2}}|十[一二]?|[一二两三四五六七八九])\s*"
    r"(?:点钟?|[:：](?=\d{2}))(?P<min>半|一刻|三刻|\d{1,2}(?:分(?!钟))?|[二三四五]?十[一二三四五六七八九]?(?:分(?!钟))?)?(?![\d万千百])"
    r"(?:左右)?"
)
_AFTER = r"(?:以后|之后|过后|后)"
_BEFORE = r"(?:以前|之前|前)"
_SIDE = re.compile(rf"^(?:{_AFTER}|{_BEFORE})")  # the last clock's side, not a past ("以前")
_START_OK = re.compile(
    _AFTER + r"(?:的(?:班|活|工作))?(?:我)?(?:就|才|都|也|再|应该)?(?:能|可以|可|会)?"
    r"(?:有空|有时间|方便|没问题|行|想|愿意|得空|(?:(?:去|来|过来|过去)(?![^，。；,;]{0,4}?(?:接|送|带|照顾|做饭))|出来|出门|上班|上岗|到岗|干活|开工|到|(?<=[能以])(?:干|做)(?=到|活|\s*$))(?![不没]|的(?:话)?(?:都|也|就)?[不没])"
    # can get away then, said with the potential complement: "五点以后才出得来", "走得开", "抽得出空"
    r"|出得来|出得去|出得了门|走得开|脱得开身?|抽得出(?:空|时间)|腾得出(?:空|时间))"
)
_UNTIL = re.compile(r"(?:干|做|上班?|待|熬|跑)到\s*$")  # "…干到早上六点": a night's end, beside an evening start
# an end that opens its clause, said fine ("…，到晚上九点都行", "干到八点也可以"; the fifth review's H9): not the end of a
# range ("九点到十一点都行", whose first clock is said before it)
_OPEN_UNTIL = re.compile(
    rf"^\s*(?:我|俺)?(?P<part>{_DAY_PART})?(?:我|俺)?(?:最晚|最多)?(?P<modal>可以|能)?(?:就|一直)?(?P<verb>干|做|上班?|待)?到\s*$"
)
_UNTIL_FINE = re.compile(r"(?:左右)?(?:都|也|就)?(?:行|可以|没问题|能行)")
_START_MODAL = re.compile(_AFTER + r"(?:我)?(?:就|才|都|也|再)?(?:可以|能|行)\s*$")  # "夜里十一点以后可以"
_END_NEG = re.compile(  # "六点以后不行", "六点以后的班不上", "六点以后上班的不考虑"
    _AFTER + r"(?:的(?:班|活|工作)|(?:上班|上岗|干活|工作)的(?:话)?)?(?:我)?(?:就|都|也|再|肯定|可能)?"
    r"(?:不行|不能|没空|没时间|不方便|走不开|出不来|出不去|来不了|上不了|干不了|做不了|不上|不干|不做|不可以|不来|不出门|不考虑|不要|不接受)"
)
_START_NEG = re.compile(
    _BEFORE
    + r"(?:我)?(?:都|也|是|肯定|可能)?(?:来不了|出不来|出不了门|走不开|不行|没空|没时间|不方便|到不了|不能来|不能出门|上不了|"
    r"干不了|去不了|不来|不能上班|不可以|不出门)"
)
# not "九点前能到", "八点前可以来": an arrival by then, no end
_END_OK = re.compile(
    _BEFORE
    + r"(?:能|可以)?(?:下班)?(?:(?:就|都|也|还)?(?:行|可以|能|有空|没问题|有时间|方便|好)(?![到来去]|赶到|上班|上岗|赶过来)"
    r"|(?:都|也|就)(?:中|成)(?![午间途班秋了人绩]))"  # "四点以前都中": northern speech's 行
)
# an arrival said with no side, which starts the day: "送完八点能到", "八点半才能到", "九点就能到岗" (not home: "八点能到家";
# not a range's: "八点到十二点")
# a start said as the deed itself with its modal: "九点能上岗", "七点半我就能上班", "下午三点能出来"
_ARRIVAL = re.compile(
    r"(?:我|俺)?(?:就|才|都|也|大概|差不多|大约|一般)?(?:能|可以)(?:赶)?"
    r"(?:到岗|到单位|到店|到厂|到公司|到|过来|来|上班|上岗|出来|出门|开工|干活|开始(?:干|上班|干活)?)"
    r"(?![家了\d点一二两三四五六七八九十])"
)
# a start said with its modal before the clock and its side after, ending the clause: "早上得九点以后", "要十点以后"
_MODAL_THEN = re.compile(
    rf"(?P<part>{_DAY_PART})?\s*(?:我|俺)?(?:得|要|须|必须|只能|才能|最早)\s*$|"
    rf"(?P<done>完|好)[^，,。；;\d]{{0,4}}?(?P<part2>{_DAY_PART})?\s*$"  # a task done first: "早上喂完猪八点以后"
)
_AFTER_ENDS = re.compile(rf"{_AFTER}\s*$")
# an end said as a bound not to pass, before the clock: "晚上不能超过八点", "最晚不超过九点"
# a bus to catch, which ends the day ("晚上要赶六点的末班车"); a start said from its clock ("从早上八点开始")
_CATCH = re.compile(rf"(?P<part>{_DAY_PART})?\s*(?:我|俺)?(?:要|得|必须|还得)?(?:赶|追)\s*$")
_BUS = re.compile(r"\s*(?:的)?(?:末班|最后一班|晚班|班)?(?:车|公交|大巴)")
_FROM = re.compile(r"从\s*$")
_BEGIN = re.compile(r"\s*(?:开始|起)")
# the earliest start or the latest end said with 最: "最早八点", "最晚五点", "最迟下午四点"
_AT_MOST = re.compile(rf"(?P<side>最早|最晚|最迟)\s*(?P<part>{_DAY_PART})?\s*$")
_NOT_PAST = re.compile(rf"(?P<part>{_DAY_PART})?\s*(?:最晚|最迟)?(?:不能|不可以|不|别|不要)超过\s*$")
_RANGE_TO = re.compile(r"(?:到|至|-|~|～)\s*$")  # a range's end ("8:30到下午4:00能上班"): no arrival
# back by then, no modal: "十一点半前回去", "五点之前到家"
_BACK_BY = re.compile(rf"{_BEFORE}(?:我)?(?:就|都)?(?:回去|回家|到家|走)")
# must leave, or fetch someone: "前得走", "要回家", "得到家", "要去幼儿园接孩子", "要送孩子"
_MUST_GO = re.compile(
    rf"(?:{_BEFORE}|{_AFTER})?(?:我)?(?:就|都|必须|一定|肯定)?(?:(?:要|得|必须|需要|该)(?:赶紧|赶)?(?:去|到)?(?:"
    r"(?P<home>走|回家|回去|到家|回到家|赶回家|往回赶|往家赶|往回走|往家走|撤|下班|离开|回村)|"
    r"[^，。；,;\s\d]{0,5}?(?P<fetch>接|送|带孩子|照顾|做饭))|"
    # going or coming to fetch someone, said without a modal: "四点以后我去接孩子", "五点以后会来接孩子"
    r"(?:会|还)?(?:去|来|过去)[^，。；,;\s\d]{0,4}?(?:接|送|带|照顾|做饭))"
)
# a school run said with its clock, which starts the day ("送完孩子七点半", "七点半送完孩子就能来")
_RUN_THEN = re.compile(r"(?:送完|送走)(?:孩子|娃|小孩)(?:上学|去学校)?(?:以后|之后|后)?(?:就|大概|差不多|大约)?\s*$")
_RUN_AFTER = re.compile(r"(?:把)?(?:送完|送走)(?:孩子|娃|小孩)")
# a start whose deed is the next clock's: "九点以后三点以前都行", "十点后，下午四点前都可以" (kept where an end is read)
_HOUR = r"(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])"
_THEN_CLOCK = re.compile(rf"{_AFTER}\s*(?:[，,]|到|至)?\s*(?=(?:{_DAY_PART})?\s*{_HOUR}\s*(?:点|[:：]\d))")
# a clause that is only such a start, which the next clause's end completes ("九点以后，三点以前都行")
OPEN_START = re.compile(rf"(?:{_DAY_PART})?\s*{_HOUR}\s*点(?:半)?\s*{_AFTER}")
_NIGHT_PARTS = ("晚上", "晚", "夜里", "半夜")  # a start said in these may be late: "晚上十点以后才有空" (22:00)
_SMALL_HOURS = ("凌晨", "半夜")  # a start before the early shift's, said in these: "凌晨两点以后可以" (02:00)
_PAST = re.compile(r"以前|原来|过去|那时|当时|早年|上一份|上份|年轻")
_MEAL = re.compile(r"饭|中午")
_DAWN = (
    "凌晨",
    "清早",
    "一早",
    "早上",
    "早晨",
    "早",
)  # an end said in these words after an evening start: the next day


def bounds(clause: str, after: int | None = None) -> tuple[int | None, int, bool]:
    """The earliest start and latest end a clause's clocks set (None and 24:00 where none), and whether a start was a
    school run's clock. Each clock is read by the words right after it; a clock of someone else's day ("老公四点要接
    孩子") or of the past ("以前早上五点起来干活") sets nothing, nor one with no such words ("八点上班也行")."""
    start: int | None = None
    end = 24 * 60
    run_clock = False
    dawn: int | None = None
    said = 0  # where the words about this clock begin: after the last clock's
    pending: int | None = None  # a start the next clock's deed completes
    for m in BOUND_CLOCK.finditer(clause):
        since = clause[said : m.start()]  # the words since the last clock: a scan of them alone keeps time linear
        said_before = said > 0
        # the last clock's side ("九点以后"), not a past said before any clock ("以前干到十一点")
        before, said = _RUN_THEN.sub("", _SIDE.sub("", since) if said else since), m.end()
        if someone_else(before) or _PAST.search(before):
            continue
        at, part = m.end(), m.group("part") or ""
        hour, minutes = small_number(m.group("h")), _minute_words(m.group("min") or "")
        if hour > 24 or minutes >= 60:
            continue
        found_start: int | None = None
        found_end: int | None = None
        run = bool(_RUN_THEN.search(since) or _RUN_AFTER.match(clause, at))
        modal = _MODAL_THEN.search(since) if _AFTER_ENDS.match(clause, at) else None
        if (
            run
            or _START_OK.match(clause, at)
            or _START_NEG.match(clause, at)
            or _START_MODAL.match(clause, at)
            or (_ARRIVAL.match(clause, at) and not (said_before and _RANGE_TO.search(since)))
        ):
            found_start = _as_start(hour, minutes, part)  # "七点半以后就能上班", "送完孩子七点半", "七点半送完孩子"
            run_clock = run_clock or (run and found_start is not None)
        elif modal is not None:  # "早上得九点以后"
            found_start = _as_start(hour, minutes, part or modal.group("part") or modal.group("part2") or "")
        elif _FROM.search(since) and _BEGIN.match(clause, at):  # "从早上八点开始"
            found_start = _as_start(hour, minutes, part)
        elif (catch := _CATCH.search(since)) is not None and _BUS.match(clause, at):  # "要赶六点的末班车"
            found_end = _as_end(hour, minutes, part or catch.group("part") or "", clause, start or after)
        elif (most := _AT_MOST.search(since)) is not None and most.group("side") == "最早":
            found_start = _as_start(hour, minutes, part or most.group("part") or "")
        elif most is not None:  # "最晚五点", "最迟下午四点"
            found_end = _as_end(hour, minutes, part or most.group("part") or "", clause, start or after)
        elif (not_past := _NOT_PAST.search(since)) is not None:  # "晚上不能超过八点"
            found_end = _as_end(hour, minutes, part or not_past.group("part") or "", clause, start or after)
        elif (evening := _evening_until(since, hour * 60 + minutes, part, start or after)) is not None:
            found_end, dawn = (evening, dawn) if evening <= 24 * 60 else (None, evening - 24 * 60)
        elif (
            _END_NEG.match(clause, at)
            or _END_OK.match(clause, at)
            or _BACK_BY.match(clause, at)
            or (part in _DAWN and _UNTIL.search(since))
        ):
            found_end = _as_end(hour, minutes, part, clause, start or after)
        elif (
            until := _open_until(
                clause,
                since if start is None else before,
                at,
                first=not said_before or start is not None,
                started=(start or after) is not None,
            )
        ) is not None:
            found_end = _as_end(hour, minutes, part or until, clause, start or after)  # "…，到晚上九点都行"
        elif (go := _MUST_GO.match(clause, at)) is not None:
            if go.group("home"):
                found_end = _as_end(hour, minutes, part, clause, start or after)
            else:  # a child to fetch or take, a meal: "三点半要接孩子", "早上8点要送孩子" (free an hour after)
                clock = _as_start(hour, minutes, part)
                if clock is not None and clock < 10 * 60:
                    found_start = clock + 60
                elif clock is not None:  # "下午三点要去学校接孙子": gone by 15:00 (`test_rotas_and_early_starts`)
                    found_end = clock
        if found_start is None and found_end is None and _THEN_CLOCK.match(clause, at):
            pending = _as_start(hour, minutes, part)
        if found_start is not None and _startable(found_start, part):
            start = max(start or 0, found_start)
        if found_end is not None and 9 * 60 <= found_end <= 24 * 60:
            end = min(end, found_end)
        elif found_end is not None and part in _DAWN and 3 * 60 <= found_end < 9 * 60:
            dawn = min(dawn or found_end, found_end)  # "早上六点前得走": the next morning, after a night
    if pending is not None and end < 24 * 60 and _startable(pending, ""):
        start = max(start or 0, pending)
    if dawn is not None and end == 24 * 60:
        end = 24 * 60 + dawn  # a night's end: it holds only beside an evening start (`_taken_day`)
    return start, end, run_clock


def _evening_until(since: str, said: int, part: str, start: int | None) -> int | None:
    """An evening's end worked up to ("干到"), said bare or at night after an afternoon or evening start: "晚上七点以后能
    来，干到十一点" (23:00), "…干到两点" (26:00, the next day's small hours, after an evening start only). `said`: the
    clock as written, in minutes."""
    if start is None or start < 12 * 60 or part not in ("", "晚上", "晚", "夜里") or _UNTIL.search(since) is None:
        return None
    if said < 12 * 60 and said + 12 * 60 > start:
        return said + 12 * 60  # "下午四点以后才能出来，干到十点左右": 22:00, past an afternoon start too (H9)
    if start < 18 * 60:
        return None
    if said == 12 * 60:
        return 24 * 60
    return 24 * 60 + said if said < 6 * 60 and not part else None


def _open_until(clause: str, since: str, at: int, *, first: bool, started: bool) -> str | None:
    """Where the clause's first clock is an end it opens with, said fine ("到晚上九点都行"), the part of the day said
    before it ("下午能干到五点": 下午), else "" ; None where it is none. Ending the clause, an end worked up to needs
    its modal ("我可以干到下午五点") or a start said before ("早上八点能到，干到下午五点")."""
    if not first or (until := _OPEN_UNTIL.match(since)) is None:
        return None
    fine = _UNTIL_FINE.match(clause, at) is not None
    bare = since.strip() in ("到", "一直到")  # "十点以后才有空，到下午四点"
    ends = not clause[at:].strip() and (bool(until.group("modal")) or (started and (bool(until.group("verb")) or bare)))
    return (until.group("part") or "") if fine or ends else None


def _startable(clock: int, part: str) -> bool:
    """A start a person can mean: from the early shift's 5:00, and till 22:00 but for one said at night, and one said
    in the small hours ("凌晨两点以后")."""
    return DAYTIME <= clock < 22 * 60 or (part in _NIGHT_PARTS and clock < 24 * 60) or part in _SMALL_HOURS


def _minute_words(words: str) -> int:
    """Minutes past the hour as written after it: 半, 一刻, 三刻, "30", "三十五"."""
    words = words.removesuffix("分")
    named = {"": 0, "半": 30, "一刻": 15, "三刻": 45}
    if words in named:
        return named[words]
    number = cn_number(words)
    return 60 if number is None else number


def _in_hours(hour: int, part: str) -> int:
    """An hour with the part of the day it is said in: "下午四点" is 16, "晚上十二点" 24, "中午一点" 13."""
    if part in ("下午", "晚上", "傍晚", "晚", "夜里", "半夜") and hour < 12:
        return hour + 12 if part not in ("夜里", "半夜") or hour >= 7 else hour
    if part in ("晚上", "晚", "夜里", "半夜") and hour == 12:
        return 24
    if part == "中午" and hour < 6:
        return hour + 12
    return hour


def _as_start(hour: int, minutes: int, part: str) -> int | None:
    """A start as minutes: one before 7 with no part of the day named is in the afternoon ("六点以后能来")."""
    if not part and hour < 7:
        hour += 12
    hour = _in_hours(hour, part)
    return hour * 60 + minutes if hour < 24 else None


def _as_end(hour: int, minutes: int, part: str, clause: str, after: int | None = None) -> int | None:
    """An end as minutes. Said bare, the later reading, which keeps fewer postings out ("八点前要回家" is 20:00), but for
    a meal ("十一点前要回家做饭"); a bare twelve is noon only for a meal, else midnight. After a morning start
    (`after`), the first reading past it ("九点以后能来，十一点前得走": 11:00; "十二点前" noon)."""
    if not part and after is not None and after < 12 * 60 and after < hour * 60 + minutes <= 12 * 60:
        return hour * 60 + minutes
    if not part:
        if hour < 7 or (hour < 12 and not _MEAL.search(clause)):
            hour += 12
        elif hour == 12 and not _MEAL.search(clause):
            hour = 24
    hour = _in_hours(hour, part)
    return hour * 60 + minutes if hour * 60 + minutes <= 24 * 60 else None


def clock_start(m: re.Match[str]) -> int | None:
    """A `BOUND_CLOCK` match read as a start, in minutes (`day_apart`'s bounds and errands)."""
    hour, minutes = small_number(m.group("h")), _minute_words(m.group("min") or "")
    return _as_start(hour, minutes, m.group("part") or "") if hour <= 24 and minutes < 60 else None


def clock_end(m: re.Match[str], after: int | None) -> int | None:
    """A `BOUND_CLOCK` match read as an end, in minutes, after a start said beside it."""
    hour, minutes = small_number(m.group("h")), _minute_words(m.group("min") or "")
    return _as_end(hour, minutes, m.group("part") or "", m.string, after) if hour <= 24 and minutes < 60 else None
