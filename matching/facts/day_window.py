"""A person's day as they write it: the times of day they are taken or free ("下午三点要接孩子", "九点以后才能出门",
"七点半以后就能上班，下午四点前得走"), composed from each clause's bounds (`day_bounds`) into one free window (`taken_day`); the
windows a reader's facts leave are `free_windows`'. `workweek.seeker_week` calls it."""

from __future__ import annotations

import re

from matching.facts.cues import CLAUSE, someone_else, someone_named_first
from matching.facts.day_apart import apart_windows
from matching.facts.day_bounds import BOUND_CLOCK, DAYTIME, OPEN_START, bounds, clock_start
from matching.facts.fact import EVIDENCE_MAX, Fact, Family, Modality, as_evidence
from matching.facts.numerals import small_number
from matching.facts.refusal_owner import past_in_sentence

# A time of day the person is taken: "下午三点要接孩子" (free until then), "九点以后才能出门" (free from then),
# "中午要回家做饭" (not over midday).
_CLOCK = r"(?P<part>早上|上午|中午|下午|晚上|傍晚|(?<![最提趁])早|(?<![最傍当今昨明每])晚)?\s*(?P<h>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*点(?P<half>半)?"
# "娃三点半放学，我得去接", "晚上10点宿舍关门": free until half an hour before
_PICKUP = re.compile(_CLOCK + r"(?:放学|下课|下学|(?:宿舍|大门|小区)?(?:关门|锁门|门禁))")
# the child's arrival at school, which starts the person's day where a pick-up ends it ("孩子七点半到校，下午五点放学")
_DROP_OFF = re.compile(_CLOCK + r"(?:到校|进校|入校|上学|到学校|去学校)")
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
        if "我" in clause or BOUND_CLOCK.search(clause):
            break
        kept.append(clause)
    return "，".join(kept)


_FREE_RANGE = re.compile(  # "六点以后到十二点前都行", "两点到晚上九点之间都中" (northern 行); "晚上八点以后到早上六点半都可以": the next morning
    _CLOCK + r"(?P<after>以后|之后|后)?\s*(?:到|至|-|~)\s*(?P<next>第二天|次日|隔天)?"
    r"(?P<part2>上午|中午|下午|晚上|早上|凌晨|清早|早晨)?\s*(?P<h2>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*点(?P<half2>半)?"
    r"(?:前|之前|以前|之间的?)?(?:(?:都|也)?(?:行|可以|有空|能|中(?![午间])|成(?!绩)))?"
)
_DAWN_PARTS = ("早上", "凌晨", "清早", "早晨")  # an end said in these after an evening start: the next morning
_SCHOOL_DAY = re.compile(r"(?:孩子|娃|小孩)上学(?:的)?(?:时候|时间|期间)")  # while a child is at school
_SCHOOL_RUN_DONE = re.compile(r"送完孩子(?:到|至|以后|之后)|孩子上学以后")  # after the run: till the school day ends
# the school run with its clocks: "八点送完孩子到十二点" (free from the first till the second)
_SCHOOL_RUN = re.compile(
    r"(?:" + _CLOCK + r")?(?:把)?(?:(?:送完|送走)(?:孩子|娃|小孩)(?:上学|去学校)?(?:以后|之后|后)?|"
    r"送(?:孩子|娃|小孩)(?:上学|去学校)?(?:以后|之后|后))(?:就)?(?:[，,]?(?:到|至)\s*"
    r"(?P<part2>上午|中午|下午)?\s*(?P<h2>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*点(?P<half2>半)?)?"
)

# a morning that ends at noon, no clock said for it: "八点半到中午可以干", "九点到中午", "送完孩子到中午都有空" (12:00)
_TO_NOON = re.compile(
    r"(?:(?P<part>早上|上午)?\s*(?P<h>\d{1,2}|十|[五六七八九])\s*点(?P<half>半)?(?:以后|之后)?|(?:送完|送走)(?:孩子|娃|小孩))"
    r"\s*(?:到|至)\s*中午(?!\s*(?:\d{1,2}|十[一二]?|[一二两])\s*点)"
)
_MIDDAY = re.compile(
    r"中午\s*(?:(?P<h>\d{1,2}|十[一二]?|[一二两])\s*点(?P<half>半)?)?(?:前|之前)?(?:就|还|也)?(?:要|得|需要|必须)(?:回家|回去)?"
    r"(?P<deed>做饭|接|照顾|回家|回去)"
)
_HOME_ONLY = re.compile(r"回家|回去")
_MEAL_BREAK = re.compile(r"饭|午休|午睡|吃|下午(?:再|还|也|可以|能)|再来|再回来|回来")
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
_MORNING = 7 * 60  # a school run's clock ("八点送完孩子") is in the morning
_SCHOOL_STARTS, _SCHOOL_ENDS = 8 * 60 + 30, 16 * 60  # a school day, where the words name no clock


def _dropped(clause: str, rest: str) -> int | None:
    """The clock a child gets to school, where the person fetches the child later that day (a pick-up in the clause
    after it or in the rest of its sentence, not left to others): the person's day starts then."""
    drop = _DROP_OFF.search(clause)
    if drop is None or not 6 * 60 <= (at := _minutes(drop)) <= 10 * 60:
        return None
    after = clause[drop.end() :] + "，" + rest
    pickup = _PICKUP.search(after)
    if pickup is None or _fetched_by_others(after[pickup.end() :]):
        return None
    return at


def _minutes(m: re.Match[str], n: str = "") -> int:
    """A clock a person wrote, in minutes; one before 7 with no part of the day named is in the afternoon
    ("三点半放学", "六点以后")."""
    hour, part = small_number(m.group(f"h{n}")), m.group(f"part{n}")
    if (part in ("下午", "晚上", "傍晚", "晚") or (not part and hour < 7)) and hour < 12:
        hour += 12
    return hour * 60 + (30 if m.group(f"half{n}") else 0)


def taken_day(text: str) -> list[Fact]:
    """The free windows the taken times of day leave, together: each clause's, intersected ("三点半放学，我得去接，
    八点以后才能上班" → 08:00-15:00). A school run's assumed end (16:00, "送完孩子八点以后能来") gives way to an end
    the person names ("晚上十点前要回家")."""
    read: list[tuple[str, list[tuple[int, int]], bool]] = []
    spouse_at = -1  # where a clause about a spouse's day ended ("我老公上夜班，早上八点以后才到家": his clock)
    opened = ""  # a clause that only opens the day ("九点以后"), which the next clause's end completes
    for m in CLAUSE.finditer(text):
        clause = m.group(0).strip()
        if OPEN_START.fullmatch(clause):
            opened = clause + "，"
            continue
        opening, clause, opened = "" if someone_named_first(clause) else opened, opened + clause, ""
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
        after = max((a for _, spans, _ in read for a, _ in spans if a > DAYTIME), default=None)
        taken = _opened(_taken(clause, _rest_of_sentence(text, m.end()), after), opening, clause)
        if clause and taken is not None:
            read.append((clause, *taken))
    if opened and (start := _opened_start(opened)) is not None and not past_in_sentence(text, len(text) - 1):
        read.append((opened.rstrip("，"), [(start, 24 * 60)], False))  # "…，早上九点以后": a start ending the text
    read += [(words, [span], False) for words, span in apart_windows(text)]  # "八点以后，下午四点以前，都中"
    # a night: an evening start and a next morning's end ("晚上八点以后才能来，早上六点前得走": 20:00-30:00); a
    # morning's end with no evening start says nothing
    night = min((b for _, spans, _ in read for _, b in spans if b > 24 * 60), default=None)
    evening = any(a >= 18 * 60 for _, spans, _ in read for a, _ in spans)
    if night is None or not evening:
        read = [
            (clause, [(a, min(b, 24 * 60)) for a, b in spans], soft)
            for clause, spans, soft in read
            if not all(a <= DAYTIME and b > 24 * 60 for a, b in spans)
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
    free = _open_edges(free or [])
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


# an end said as the evening or the dark, no clock: "晚上要回家做饭", "天黑前得到家"
_EVENING_END = re.compile(r"(?:晚上|傍晚|天黑|太阳(?:下山|落山)|夜里)[^，。；,;]{0,6}?(?:要|得|必须|就)")


def _opened(
    taken: tuple[list[tuple[int, int]], bool] | None, opening: str, clause: str
) -> tuple[list[tuple[int, int]], bool] | None:
    """A clause's free windows started by the clause that opened the day before it, where the clause read sets no
    start of its own ("下午两点以后，晚上要回家做饭", "早上七点以后，天黑前得回去"); nothing where it reads none."""
    start = _opened_start(opening) if opening else None
    if start is None or (taken is None and not _EVENING_END.search(clause)):
        return taken
    if taken is None:
        return [(start, 24 * 60)], False  # the evening's end is `no_evening`'s
    spans = [(max(a, start), b) for a, b in taken[0] if max(a, start) < b]
    return (spans, taken[1]) if spans else taken


def _opened_start(clause: str) -> int | None:
    """The start a clause that only opens the day says ("早上九点以后"), when nothing after it completes it."""
    m = BOUND_CLOCK.search(clause)
    start = None if m is None else clock_start(m)
    return start if start is not None and DAYTIME <= start < 22 * 60 else None


def _open_edges(free: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The windows with the far edge no words set opened (a start read from no clock is already midnight's, "四点就得走":
    00:00-16:00, a dawn shift kept): where a refused middle leaves the morning and the rest of the day ("十一点到一点不行"), the
    evening runs on through the night to the next morning's refused hour (13:00-35:00)."""
    opened = list(free)
    if len(opened) == 2 and opened[0][0] == 0 and opened[1][1] == 24 * 60:
        opened[1] = (opened[1][0], 24 * 60 + opened[0][1])
    return opened


def _setting(read: list[tuple[str, list[tuple[int, int]], bool]], free: list[tuple[int, int]]) -> list[str]:
    """The clauses that set the free windows' bounds, in order: for each bound the last that names it ("白天要照顾老人，
    晚上六点以后才能出门，十点前得到家": the second and third)."""
    setting: set[int] = set()
    for low, high in free:
        starts = [i for i, (_, spans, _) in enumerate(read) if any(a == low for a, _ in spans)]
        ends = [i for i, (_, spans, _) in enumerate(read) if any(b == high for _, b in spans)]
        setting.update(starts[-1:] if low != 0 or not ends else [])
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
    if (to_noon := _TO_NOON.search(clause)) is not None:
        return _morning_to_noon(to_noon)
    both = _FREE_RANGE.search(clause)
    if both is not None and (both.group("next") or both.group("part2") in _DAWN_PARTS) and not both.group("after"):
        both = None  # "晚上十点到早上六点能干": a plain range, `schedule`'s hours
    if (taken := _TAKEN_RANGE.search(clause)) is not None:
        start, end = _minutes(taken), _minutes(taken, "2")
        end += 12 * 60 if end <= start and end < 12 * 60 else 0  # "下午4点到8点"
        return ([(0, start), (end, 24 * 60)], False) if DAYTIME < start < end < 24 * 60 else None
    if both is not None and re.search(r"后|前|之间.*(?:行|可以|有空|能|中|成)|能$", both.group(0)):
        # plain "8点到12点有空" is `schedule`'s
        start, end = _minutes(both), _minutes(both, "2")
        if start >= 18 * 60 and (both.group("next") or both.group("part2") in _DAWN_PARTS) and end < 12 * 60:
            return [(start, 24 * 60 + end)], False  # "晚上八点以后到早上六点半": a night, 20:00-30:30
        end += 12 * 60 if end <= start and end <= 12 * 60 else 0  # "六点以后到十二点前": 18:00-24:00
        return ([(start, end)], False) if start < end <= 24 * 60 else None
    if (run := _SCHOOL_RUN.search(clause)) is not None and run.group("h2"):
        start = _minutes(run) if run.group("h") else _SCHOOL_STARTS
        end = _minutes(run, "2")
        ok = _MORNING <= start < 10 * 60 and start < end <= 18 * 60
        return ([(start, end)], False) if ok else None  # "八点送完孩子到十二点": 08:00-12:00
    midday = _MIDDAY.search(clause)
    own = clause if midday is None else clause[: midday.start()] + " " * len(midday.group(0)) + clause[midday.end() :]
    first, end, run_clock = bounds(own, after)
    pickup = _PICKUP.search(own)
    if pickup is not None and not _fetched_by_others(own[pickup.end() :] + "，" + _own_rest(rest)):
        at = _minutes(pickup) - 30
        end = min(end, at) if 10 * 60 <= at <= 22 * 60 else end
    spans: list[tuple[int, int]] | None = None
    soft = False
    if first is not None or end != 24 * 60:
        soft = run_clock and end == 24 * 60  # "送完孩子七点半": a school run, the school day's end assumed
        spans = [(first or 0, _SCHOOL_ENDS if soft else end)]
    if (dropped := _dropped(own, rest)) is not None:  # "孩子七点半到校，下午五点放学": free from the drop-off
        spans = [(max(a, dropped), b) for a, b in spans or [(0, 24 * 60)] if max(a, dropped) < b]
    if midday is not None:
        at = _midday_clock(midday)  # "中午十二点前得回家做饭": free till then, and from an hour after
        noon = [(0, at), (max(at + 60, 13 * 60), 24 * 60)] if at else [(0, 11 * 60 + 30), (13 * 60, 24 * 60)]
        if at and _HOME_ONLY.fullmatch(midday.group("deed")) and not _MEAL_BREAK.search(clause + rest):
            noon = [(0, at)]  # "中午十一点半得回家": home by a clock, no meal said to bring the person back
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


def _morning_to_noon(m: re.Match[str]) -> tuple[list[tuple[int, int]], bool] | None:
    """A morning that ends at noon, from its clock (a morning one: "六点到中午" is 06:00) or the school run's end."""
    start = small_number(m.group("h")) * 60 + (30 if m.group("half") else 0) if m.group("h") else _SCHOOL_STARTS
    return ([(start, 12 * 60)], False) if 5 * 60 <= start < 12 * 60 else None


def _midday_clock(m: re.Match[str]) -> int:
    """The clock a midday errand names, in minutes ("中午一点" is 13:00), or 0 when it names none (or an odd one)."""
    if not m.group("h"):
        return 0
    at = small_number(m.group("h")) * 60 + (30 if m.group("half") else 0)
    at += 12 * 60 if at < 3 * 60 else 0
    return at if 10 * 60 <= at <= 14 * 60 else 0


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
