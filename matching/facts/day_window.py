"""A person's day as they write it: the times of day they are taken or free ("下午三点要接孩子", "九点以后才能出门",
"七点半以后就能上班，下午四点前得走"), composed from clock, side and deed into one free window (`taken_day`), and
the windows a reader's facts leave (`free_windows`, `within_said`). `workweek.seeker_week` calls it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from matching.facts.cues import CLAUSE, someone_else
from matching.facts.fact import EVIDENCE_MAX, Fact, Family, Modality, as_evidence
from matching.facts.numerals import cn_number, small_number

# A time of day the person is taken: "下午三点要接孩子" (free until then), "九点以后才能出门" (free from then),
# "中午要回家做饭" (not over midday).
_CLOCK = r"(?P<part>早上|上午|中午|下午|晚上|傍晚)?\s*(?P<h>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*点(?P<half>半)?"
# "娃三点半放学，我得去接", "晚上10点宿舍关门": free until half an hour before
_PICKUP = re.compile(_CLOCK + r"(?:放学|下课|下学|(?:宿舍|大门|小区)?(?:关门|锁门|门禁))")
# someone else fetches the child: "孩子四点放学我不用管", "三点半放学有爷爷接"
_FETCHED_BY_OTHERS = re.compile(
    r"不用(?:我)?(?:管|接|去接)|不需要(?:我)?(?:管|接|去接)|用不着我|"
    r"(?:有人|有|(?<![我])(?:老人|爷爷|奶奶|外婆|外公|姥姥|姥爷|老公|孩子爸|他爸|她爸|家里人|家人|婆婆|公公|我妈|我爸))(?:去|来|会|负责)?(?:接|管)"
)
# "没有人接", "爷爷接不了", "老人接送不方便": no one else fetches
_NOT_FETCHED = re.compile(r"[送管孩子娃]{0,3}?(?:不(?!用)|没(?!问题))")


def _fetched_by_others(words: str) -> bool:
    """Whether someone else fetches the child, said in `words` and not denied ("三点半放学有爷爷接", not "没有人接")."""
    for m in _FETCHED_BY_OTHERS.finditer(words):
        if words[max(0, m.start() - 1) : m.start()] not in ("没", "不") and not _NOT_FETCHED.match(words, m.end()):
            return True
    return False


def _own_rest(rest: str) -> str:
    """The clauses after a clause that may still say who fetches: up to one about the person or another clock
    ("孩子三点半放学，我去接，家里有老人管饭": the old folk cook, the person fetches)."""
    kept = []
    for clause in CLAUSE.findall(rest):
        if "我" in clause or _BOUND_CLOCK.search(clause):
            break
        kept.append(clause)
    return "，".join(kept)


_FREE_RANGE = re.compile(  # "六点以后到十二点前都行"
    _CLOCK + r"(?:以后|之后)?\s*(?:到|至|-|~)\s*"
    r"(?P<part2>上午|中午|下午|晚上)?\s*(?P<h2>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*点(?P<half2>半)?(?:前|之前|以前|之间的?)?"
    r"(?:(?:都|也)?(?:行|可以|有空|能))?"
)
_SCHOOL_DAY = re.compile(r"(?:孩子|娃|小孩)上学(?:的)?(?:时候|时间|期间)")  # while a child is at school
_SCHOOL_RUN_DONE = re.compile(r"送完孩子(?:到|至|以后|之后)|孩子上学以后")  # after the run: till the school day ends
# the school run with its clocks: "八点送完孩子到十二点" (free from the first till the second)
_SCHOOL_RUN = re.compile(
    r"(?:" + _CLOCK + r")?(?:把)?(?:(?:送完|送走)(?:孩子|娃|小孩)(?:上学|去学校)?(?:以后|之后|后)?|"
    r"送(?:孩子|娃|小孩)(?:上学|去学校)?(?:以后|之后|后))(?:就)?(?:[，,]?(?:到|至)\s*"
    r"(?P<part2>上午|中午|下午)?\s*(?P<h2>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*点(?P<half2>半)?)?"
)

# A bound on the day, composed: a clock ("下午四点", "7:30", "七点一刻"), the side of it ("以后", "前", or none), and
# what the person does then: can start ("就能上班", "才能出门", "有空"), cannot come ("来不了"), must leave ("得走",
# "要回家", "要去幼儿园接孩子"), or cannot stay ("不行"). Each clock of a clause is read so; the bounds together make
# the window ("七点半以后就能上班，下午四点前得走" → 07:30-16:00, in either order, in one clause or apart).
_DAY_PART = r"凌晨|清早|一早|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|半夜|(?<![最提趁])早|(?<![最傍当今昨明])晚"
_BOUND_CLOCK = re.compile(
    rf"(?:(?P<part>{_DAY_PART})\s*)?(?<![\d:：.])(?P<h>\d{{1,2}}|十[一二]?|[一二两三四五六七八九])\s*"
    r"(?:点钟?|[:：](?=\d{2}))(?P<min>半|一刻|三刻|\d{1,2}(?:分(?!钟))?|[二三四五]?十[一二三四五六七八九]?(?:分(?!钟))?)?(?![\d万千百])"
    r"(?:左右)?"
)
_AFTER = r"(?:以后|之后|过后|后)"
_BEFORE = r"(?:以前|之前|前)"
_SIDE = re.compile(rf"^(?:{_AFTER}|{_BEFORE})")  # the last clock's side, not a past ("以前")
_START_OK = re.compile(
    _AFTER + r"(?:的(?:班|活|工作))?(?:我)?(?:就|才|都|也|再|应该)?(?:能|可以|可|会)?"
    r"(?:有空|有时间|方便|没问题|行|想|愿意|得空|(?:(?:去|来|过来|过去)(?![^，。；,;]{0,4}?(?:接|送|带|照顾|做饭))|出来|出门|上班|上岗|到岗|干活|开工|到)(?![不没]|的(?:话)?(?:都|也|就)?[不没])"
    # can get away then, said with the potential complement: "五点以后才出得来", "走得开", "抽得出空"
    r"|出得来|出得去|出得了门|走得开|脱得开身?|抽得出(?:空|时间)|腾得出(?:空|时间))"
)
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
    + r"(?:能|可以)?(?:下班)?(?:就|都|也|还)?(?:行|可以|能|有空|没问题|有时间|好)(?![到来去]|赶到|上班|上岗|赶过来)"
)
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
_PAST = re.compile(r"以前|原来|过去|那时|当时|早年|上一份|上份|年轻")
_MEAL = re.compile(r"饭|中午")
_MIDDAY = re.compile(
    r"中午\s*(?:(?P<h>\d{1,2}|十[一二]?|[一二两])\s*点(?P<half>半)?)?(?:前|之前)?(?:就|还|也)?(?:要|得|需要|必须)(?:回家|回去)?"
    r"(?:做饭|接|照顾|回家|回去)"
)
# A range of the day taken: "12点到1点要接孩子", "下午4点到6点有事" (free before and after it)
_TAKEN_RANGE = re.compile(
    _CLOCK
    + r"\s*(?:到|至|-|~)\s*(?P<part2>上午|中午|下午|晚上)?\s*(?P<h2>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*点(?P<half2>半)?"
    r"(?:之间|这段时间|这会儿)?(?:都|也)?(?:(?:要|得|需要|必须)(?:去|回家)?(?:接|送|回家|做饭|照顾|带|陪)|有事|没空|没时间|不行|走不开|不方便)"
)
# The day taken, the evening free: "白天要照顾老人，晚上可以", "白天有工作"
_DAY_TAKEN = re.compile(
    r"白天(?:都)?(?:要|得|需要|必须)(?:照顾|带|看|陪|上班|上学|上课|管|接送)|白天(?:有工作|没空|没时间|走不开|有事)"
)
_LATE_NIGHT = re.compile(
    r"(?:熬|干|跑|做)到(?:凌晨|半夜)?\s*(?:[一两二三四]|[1-4])?(?P<h>[一两二三四]|[1-4])\s*点(?:都|也)?(?:没问题|行|可以|没事)"
)
# the evening offered too ("送完孩子七点半以后能来，晚上也可以"): a school run's assumed end gives way
_EVENING_TOO = re.compile(r"(?:晚上|晚间|傍晚|夜里|夜班)[^，。；,;]{0,10}?(?:也|都|还)(?:可以|行|能|有空|没问题|方便)")
_DAWN = (
    "凌晨",
    "清早",
    "一早",
    "早上",
    "早晨",
    "早",
)  # an end said in these words after an evening start: the next day
_DAYTIME = 5 * 60  # a free time read from words alone starts no earlier than this (an early shift's 5:30 start)
_MORNING = 7 * 60  # a school run's clock ("八点送完孩子") is in the morning
_SCHOOL_STARTS, _SCHOOL_ENDS = 8 * 60 + 30, 16 * 60  # a school day, where the words name no clock


def _minutes(m: re.Match[str], n: str = "") -> int:
    """A clock a person wrote, in minutes; one before 7 with no part of the day named is in the afternoon
    ("三点半放学", "六点以后")."""
    hour, part = small_number(m.group(f"h{n}")), m.group(f"part{n}")
    if (part in ("下午", "晚上", "傍晚") or (not part and hour < 7)) and hour < 12:
        hour += 12
    return hour * 60 + (30 if m.group(f"half{n}") else 0)


def taken_day(text: str) -> list[Fact]:
    """The free windows the taken times of day leave, together: each clause's, intersected ("三点半放学，我得去接，
    八点以后才能上班" → 08:00-15:00). A school run's assumed end (16:00, "送完孩子八点以后能来") gives way to an end
    the person names ("晚上十点前要回家")."""
    read: list[tuple[str, list[tuple[int, int]], bool]] = []
    spouse_at = -1  # where a clause about a spouse's day ended ("我老公上夜班，早上八点以后才到家": his clock)
    for m in CLAUSE.finditer(text):
        clause = m.group(0).strip()
        if _SPOUSE.match(clause):
            spouse_at = m.end()
            continue
        if (
            spouse_at >= 0
            and not re.search(r"我|孩子|娃|小孩|孙", clause)
            and not _SENTENCE_END.search(text, spouse_at, m.start())
        ):
            spouse_at = m.end()  # still the spouse's day, till the person speaks of themselves or a sentence ends
            continue
        spouse_at = -1
        if _SOME_DAYS.search(clause):
            continue  # "周一到周五下午四点前得走": some days' hours, which a daily window would put on every day
        if text.startswith(("？", "?"), m.end()) or "吗" in clause:
            continue  # asked, no end: "三点前能往回赶吗", "五点前可以往回赶不？"
        after = max((a for _, spans, _ in read for a, _ in spans if a > _DAYTIME), default=None)
        if clause and (taken := _taken(clause, _rest_of_sentence(text, m.end()), after)) is not None:
            read.append((clause, *taken))
    # a night: an evening start and a next morning's end ("晚上八点以后才能来，早上六点前得走": 20:00-30:00); a
    # morning's end with no evening start says nothing
    night = min((b for _, spans, _ in read for _, b in spans if b > 24 * 60), default=None)
    evening = any(a >= 18 * 60 for _, spans, _ in read for a, _ in spans)
    if night is None or not evening:
        read = [
            (clause, [(a, min(b, 24 * 60)) for a, b in spans], soft)
            for clause, spans, soft in read
            if not all(a <= _DAYTIME and b > 24 * 60 for a, b in spans)
        ]
    else:
        read = [
            (clause, [(a, night if b >= 24 * 60 and (a >= 18 * 60 or b > 24 * 60) else b) for a, b in spans], soft)
            for clause, spans, soft in read
        ]
    named_end = any(not soft and spans and max(b for _, b in spans) < 24 * 60 for _, spans, soft in read)
    named_end = named_end or bool(_EVENING_TOO.search(text))
    free: list[tuple[int, int]] | None = None
    for _, spans, soft in read:
        spans = [(a, 24 * 60) for a, _ in spans] if soft and named_end else spans
        free = spans if free is None else [(max(a, c), min(b, d)) for a, b in free for c, d in spans]
        free = [(a, b) for a, b in free if a < b]
    said = _setting(read, free or [])
    late = _LATE_NIGHT.search(text)
    if late is not None and free:  # "晚上7点以后…，熬到一两点没问题": the evening runs on past midnight
        free = [(a, 24 * 60 + small_number(late.group("h")) * 60 if b == 24 * 60 else b) for a, b in free]
        said.append(late.group(0))
    while len(said) > 1 and len("…".join(said)) > EVIDENCE_MAX:
        said.pop(0)  # whole clauses, never a cut one, where they fit
    return [
        Fact(
            Family.SCHEDULE,
            "free",
            as_evidence("…".join(said)),
            0.75,
            f"1234567 {_clock(a)}-{_clock(b)}",
            Modality.LIMIT,
        )
        for a, b in free or []
    ]


def _setting(read: list[tuple[str, list[tuple[int, int]], bool]], free: list[tuple[int, int]]) -> list[str]:
    """The clauses that set the free windows' bounds, in order: for each bound the last that names it ("白天要照顾老人，
    晚上六点以后才能出门，十点前得到家": the second and third)."""
    setting: set[int] = set()
    for low, high in free:
        starts = [i for i, (_, spans, _) in enumerate(read) if any(a == low for a, _ in spans)]
        ends = [i for i, (_, spans, _) in enumerate(read) if any(b == high for _, b in spans)]
        setting.update(starts[-1:] if low != _DAYTIME or not ends else [])
        setting.update(ends[-1:] if high != 24 * 60 or not starts else [])
    return [read[i][0] for i in sorted(setting)] or [clause for clause, _, _ in read][-1:]


_SOME_DAYS = re.compile(r"周[一二三四五六日天末]|星期|礼拜|工作日|双休日")
# a clause about a spouse's day: "我老公上夜班", "孩子他爸白天上班" (not "老公和我", "老公不在家我得…")
_SPOUSE = re.compile(
    r"\s*(?:我|我家|我们家)?(?:老公|丈夫|老婆|妻子|爱人|孩子他?爸)(?![和跟与]我)[^我]*(?:上|下|值|倒)(?:夜班|白班|班)[^我]*$"
)
_SENTENCE_END = re.compile(r"[。；;！!？?\n\r]")


def _rest_of_sentence(text: str, at: int) -> str:
    """The words after a clause, to the end of its sentence (a few clauses at most)."""
    end = _SENTENCE_END.search(text, at, at + 24)
    return text[at : end.start() if end else at + 24]


def _taken(clause: str, rest: str = "", after: int | None = None) -> tuple[list[tuple[int, int]], bool] | None:
    """The parts of every day a clause leaves free (minutes), and whether its end is only a school day's assumed
    one; None when it names no taken time. `rest`: the words after it in its sentence ("孩子四点放学，老人接");
    `after`: a morning start said before it, which a bare end follows ("上午九点以后能来，十一点前得走": 11:00)."""
    both = _FREE_RANGE.search(clause)
    if (taken := _TAKEN_RANGE.search(clause)) is not None:
        start, end = _minutes(taken), _minutes(taken, "2")
        end += 12 * 60 if end <= start and end < 12 * 60 else 0  # "下午4点到8点"
        return ([(_DAYTIME, start), (end, 24 * 60)], False) if _DAYTIME < start < end < 24 * 60 else None
    if both is not None and re.search(r"以后|之后|前|之间.*(?:行|可以|有空|能)|能$", both.group(0)):
        # plain "8点到12点有空" is `schedule`'s
        start, end = _minutes(both), _minutes(both, "2")
        end += 12 * 60 if end <= start and end <= 12 * 60 else 0  # "六点以后到十二点前": 18:00-24:00
        return ([(start, end)], False) if start < end <= 24 * 60 else None
    if (run := _SCHOOL_RUN.search(clause)) is not None and run.group("h2"):
        start = _minutes(run) if run.group("h") else _SCHOOL_STARTS
        end = _minutes(run, "2")
        ok = _MORNING <= start < 10 * 60 and start < end <= 18 * 60
        return ([(start, end)], False) if ok else None  # "八点送完孩子到十二点": 08:00-12:00
    midday = _MIDDAY.search(clause)
    own = clause if midday is None else clause[: midday.start()] + " " * len(midday.group(0)) + clause[midday.end() :]
    first, end, run_clock = _bounds(own, after)
    pickup = _PICKUP.search(own)
    if pickup is not None and not _fetched_by_others(own[pickup.end() :] + "，" + _own_rest(rest)):
        at = _minutes(pickup) - 30
        end = min(end, at) if 10 * 60 <= at <= 22 * 60 else end
    spans: list[tuple[int, int]] | None = None
    soft = False
    if first is not None or end != 24 * 60:
        soft = run_clock and end == 24 * 60  # "送完孩子七点半": a school run, the school day's end assumed
        spans = [(first or _DAYTIME, _SCHOOL_ENDS if soft else end)]
    if midday is not None:
        at = _midday_clock(midday)  # "中午十二点前得回家做饭": free till then, and from an hour after
        noon = (
            [(_DAYTIME, at), (max(at + 60, 13 * 60), 24 * 60)] if at else [(_DAYTIME, 11 * 60 + 30), (13 * 60, 24 * 60)]
        )
        spans = noon if spans is None else [(max(a, c), min(b, d)) for a, b in spans for c, d in noon]
        spans = [(a, b) for a, b in spans if a < b]
    if spans is not None:
        return spans, soft
    if _SCHOOL_DAY.search(clause):
        return [(_SCHOOL_STARTS, _SCHOOL_ENDS)], False  # while a child is at school
    if _SCHOOL_RUN_DONE.search(clause):
        return [(_SCHOOL_STARTS, _SCHOOL_ENDS)], True  # after the school run, till the school day ends
    if _DAY_TAKEN.search(clause) and not someone_else(clause[: clause.find("白天")]):
        return [(18 * 60, 24 * 60)], False
    return None


def _bounds(clause: str, after: int | None = None) -> tuple[int | None, int, bool]:
    """The earliest start and latest end a clause's clocks set (None and 24:00 where none), and whether a start was a
    school run's clock. Each clock is read by the words right after it; a clock of someone else's day ("老公四点要接
    孩子") or of the past ("以前早上五点起来干活") sets nothing, nor one with no such words ("八点上班也行")."""
    start: int | None = None
    end = 24 * 60
    run_clock = False
    dawn: int | None = None
    said = 0  # where the words about this clock begin: after the last clock's
    for m in _BOUND_CLOCK.finditer(clause):
        since = clause[said : m.start()]  # the words since the last clock: a scan of them alone keeps time linear
        before, said = _RUN_THEN.sub("", _SIDE.sub("", since)), m.end()
        if someone_else(before) or _PAST.search(before):
            continue
        at, part = m.end(), m.group("part") or ""
        hour, minutes = small_number(m.group("h")), _minute_words(m.group("min") or "")
        if hour > 24 or minutes >= 60:
            continue
        found_start: int | None = None
        found_end: int | None = None
        run = bool(_RUN_THEN.search(since) or _RUN_AFTER.match(clause, at))
        if run or _START_OK.match(clause, at) or _START_NEG.match(clause, at):
            found_start = _as_start(hour, minutes, part)  # "七点半以后就能上班", "送完孩子七点半", "七点半送完孩子"
            run_clock = run_clock or (run and found_start is not None)
        elif _END_NEG.match(clause, at) or _END_OK.match(clause, at):
            found_end = _as_end(hour, minutes, part, clause, start or after)
        elif (go := _MUST_GO.match(clause, at)) is not None:
            if go.group("home"):
                found_end = _as_end(hour, minutes, part, clause, start or after)
            else:  # a child to fetch or take, a meal: "三点半要接孩子", "早上8点要送孩子" (free an hour after)
                clock = _as_start(hour, minutes, part)
                if clock is not None and clock < 10 * 60:
                    found_start = clock + 60
                elif clock is not None:  # "下午三点要去学校接孙子": gone by 15:00 (`test_rotas_and_early_starts`)
                    found_end = clock
        if found_start is not None and _DAYTIME <= found_start < 22 * 60:
            start = max(start or 0, found_start)
        if found_end is not None and 9 * 60 <= found_end <= 24 * 60:
            end = min(end, found_end)
        elif found_end is not None and part in _DAWN and 3 * 60 <= found_end < 9 * 60:
            dawn = min(dawn or found_end, found_end)  # "早上六点前得走": the next morning, after a night
    if dawn is not None and end == 24 * 60:
        end = 24 * 60 + dawn  # a night's end: it holds only beside an evening start (`_taken_day`)
    return start, end, run_clock


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


def _midday_clock(m: re.Match[str]) -> int:
    """The clock a midday errand names, in minutes ("中午一点" is 13:00), or 0 when it names none (or an odd one)."""
    if not m.group("h"):
        return 0
    at = small_number(m.group("h")) * 60 + (30 if m.group("half") else 0)
    at += 12 * 60 if at < 3 * 60 else 0
    return at if 10 * 60 <= at <= 14 * 60 else 0


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def free_windows(facts: Iterable[Fact]) -> tuple[tuple[int, int], ...]:
    """The parts of a day a person's "free" facts leave ("1234567 06:00-12:00"), when one is less than the whole day;
    days are not looked at (a posting's hours say nothing of its days)."""
    statements: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for f in facts:
        if f.code == "free" and f.value:
            days, _, span = f.value.partition(" ")
            start, _, end = span.partition("-")
            statements.setdefault((f.evidence, days), []).append((_minute(start), _minute(end)))
    # statements about every day all hold ("只能上午出来干", "中午十二点前得回家做饭": the morning till 11:30); the
    # spans of one statement, and statements about some days, are alternatives
    daily: list[tuple[int, int]] | None = None
    spans = []
    for (_, days), said in statements.items():
        if days != "1234567":
            spans += said
        elif daily is None:
            daily = said
        else:
            daily = [(max(a, c), min(b, d)) for a, b in daily for c, d in said if max(a, c) < min(b, d)] or daily
    spans += daily or []
    return tuple(spans) if any(span != (0, 24 * 60) for span in spans) else ()


def within_said(taken: list[Fact], said: list[Fact]) -> list[Fact]:
    """The taken times' free windows (`seeker_week`) that meet the part of every day a person says is all they have
    ("只能上午出来干" beside "中午得回去做饭": not the afternoon the midday errand leaves); the rest as they are."""
    only = [span for f in said if f.code == "free" and f.value and f.value.startswith("1234567 ") for span in _spans(f)]
    if not only or (0, 24 * 60) in only:
        return taken
    return [
        f
        for f in taken
        if f.code != "free" or not f.value or any(a < d and c < b for a, b in _spans(f) for c, d in only)
    ]


def _spans(f: Fact) -> list[tuple[int, int]]:
    start, _, end = (f.value or "").partition(" ")[2].partition("-")
    return [(_minute(start), _minute(end))] if start and end else []


def _minute(clock: str) -> int:
    hours, _, mins = clock.partition(":")
    return int(hours) * 60 + int(mins)
