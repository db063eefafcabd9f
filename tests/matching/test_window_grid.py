"""Issue 22: a person's hours as people say them, read by composition, not phrase by phrase. A grid of start bounds
("七点半以后就能上班", "送完孩子八点半", "早上九点前来不了"), end bounds ("下午四点前得走", "三点半要接孩子", "六点以后不行"),
the two in one text in either order, clocks in Chinese and Arabic numerals with 半/一刻/三刻/:30, the part of the day
("下午四点" is 16:00, "晚上十点" 22:00), daily maxima, the fuzzy "天黑前", and words that are no limit ("八点上班也行").
Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits

DAY = (0, 24 * 60)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def window_of(words: str) -> str | None:
    """The part of every day the words leave to work in ("07:30-16:00"), alternatives joined by "/"; None for the
    whole day."""
    limits = seeker_limits(seeker_facts("", words))
    spans = list(limits.held_windows) or [DAY]  # as `fits` holds them: a day shift's and evenings taken too
    if limits.held_window is not None:
        low, high = limits.held_window
        spans = [(max(a, low), min(b, high)) for a, b in spans if max(a, low) < min(b, high)]
    if spans == [DAY]:
        return None
    return "/".join(f"{_clock(a)}-{_clock(b)}" for a, b in spans)


def longest_of(words: str) -> int | None:
    longest = seeker_limits(seeker_facts("", words)).longest_day
    return None if longest is None else longest // 60


# (words, the earliest start they allow, minutes); the clock is the only thing that changes the bound
STARTS = [
    ("七点半以后就能上班", 450),
    ("7点半之后才能出门", 450),
    ("7:30过后能来", 450),
    ("早上七点三十以后可以上班", 450),
    ("早上送完孩子七点半以后就能上班", 450),
    ("送完孩子七点半", 450),
    ("七点半送完孩子就能来", 450),
    ("早上七点半前来不了", 450),
    ("七点一刻以后才能出门", 435),
    ("七点三刻以后能来", 465),
    ("早上八点后就能干活", 480),
    ("九点以后有空", 540),
]
# (words, the latest end they allow, minutes)
ENDS = [
    ("下午四点前得走", 960),
    ("下午4点之前要走", 960),
    ("下午四点前得到家", 960),
    ("四点要接孩子", 960),  # gone by four, as the dev2 tests pin ("下午三点要去学校接孙子": 15:00)
    ("下午四点要去接孩子", 960),
    ("下午四点以后不行", 960),
    ("下午4:00以前要回家", 960),
    ("下午三点半要接孩子", 930),
    ("下午三点半前得走", 930),
    ("傍晚五点前得到家", 1020),
    ("晚上十点前要回家", 1320),
    ("晚上九点半以后不行", 1290),
    ("晚上十点半前要回家", 1350),
    ("四点以后就要去接孩子了", 960),  # from four on: leaving then
    ("下午三点四十要接孩子", 940),
    ("下午5点半以后我就没空了", 1050),
]


@pytest.mark.parametrize(("words", "start"), STARTS)
def test_a_start_bound_alone(words: str, start: int) -> None:
    # a school run said alone keeps the school day's end (16:00), as "送完孩子以后" does; an end named beside it wins
    assert window_of(words) == f"{_clock(start)}-{'16:00' if '送完' in words else '24:00'}"


@pytest.mark.parametrize(("words", "end"), ENDS)
def test_an_end_bound_alone(words: str, end: int) -> None:
    assert window_of(words) == f"00:00-{_clock(end)}"


@pytest.mark.parametrize(
    ("start", "end", "joint", "start_first"),
    [
        (s, e, joint, first)
        for s, e in itertools.product(STARTS[::3] + STARTS[8:10], ENDS[::2] + ENDS[3:4])
        for joint, first in itertools.product(("，", "。", "；"), (True, False))
    ],
)
def test_both_bounds_in_either_order_and_sentence(
    start: tuple[str, int], end: tuple[str, int], joint: str, start_first: bool
) -> None:
    words = f"{start[0]}{joint}{end[0]}" if start_first else f"{end[0]}{joint}{start[0]}"
    assert window_of(words) == f"{_clock(start[1])}-{_clock(end[1])}"


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("下午四点前得走，要去幼儿园接孩子。早上送完孩子七点半以后就能上班", "07:30-16:00"),
        ("九点以后才能出门，晚上十点前要回家", "09:00-22:00"),
        ("九点过后就能出门，晚上十点前要回家", "09:00-22:00"),
        ("早上九点前来不了，下午五点前得走", "09:00-17:00"),
        ("早上九点前不行，下午五点后也不行", "09:00-17:00"),
        ("早上8:30以后能来，下午4:30前得走", "08:30-16:30"),
        ("送完孩子七点半，晚上十点前要回家", "07:30-22:00"),  # an end named: not the school day's
        ("只能下午两点到晚上八点", "14:00-20:00"),
        ("八点以后能上班三点半要接孩子", "08:00-15:30"),  # one clause, no comma
        ("早上七点以前来不了下午四点前得走", "07:00-16:00"),  # the first clock's 以前 is its side, not the past
        ("孩子三点半放学我得去接，九点以后才能出门", "09:00-15:00"),
        # getting away said with a potential complement
        ("晚上六点以后才出得来，十点前得到家", "18:00-22:00"),
        ("下午两点以后走得开，晚上九点前要回家", "14:00-21:00"),
        ("早上九点以后才抽得出空，下午五点前得走", "09:00-17:00"),
    ],
)
def test_the_issue_wordings(words: str, window: str) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("下午四点前得走", "00:00-16:00"),  # 下午 makes four 16:00
        ("晚上十点前要回家", "00:00-22:00"),
        ("四点前得走", "00:00-16:00"),  # a bare small hour is in the afternoon
        ("八点前要回家", "00:00-20:00"),  # an end said bare: the later reading, which keeps fewer postings out
        ("中午十二点前得回家做饭", "00:00-12:00/13:00-36:00"),
        ("早上八点要送孩子", "09:00-24:00"),  # the school run itself: free an hour after
        ("上午九点以后能来", "09:00-24:00"),
        ("晚上六点以后不行", "00:00-18:00"),
    ],
)
def test_the_part_of_the_day(words: str, window: str) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    ("words", "hours"),
    [
        ("一天最多五个小时", 5),
        ("一天最多五个钟头", 5),
        ("一天最多五六个小时", 6),  # a range: the larger bound, all the words make certain
        ("每天最多干四五个钟头", 5),
        ("一天最多干个五六小时", 6),
        ("每天最多五到六个小时", 6),
        ("一天顶多做6个小时", 6),
        ("每天能干三四个小时就行", 4),
        ("一天八个小时都行", None),  # no limit
        ("一天最多12个小时", None),  # twelve, not a range "1 to 2"; a twelve-hour day limits nothing
        ("一天最多十二个小时", None),
        ("一星期最多四十个小时", None),  # a week's hours, not a day's (not ten)
        ("每月最多干八十个小时", None),
        ("一天最多二十个小时", None),  # twenty, not "two to ten"
        ("一天最多一两个小时", 2),
    ],
)
def test_daily_maxima(words: str, hours: int | None) -> None:
    assert longest_of(words) == hours


@pytest.mark.parametrize("words", ["天黑前得到家", "太阳下山前得到家", "太阳落山之前要回家", "天黑以前要回去"])
def test_dark_is_the_evening_taken(words: str) -> None:
    # sunset in Anhui runs from about 17:05 to 19:30 over the year: the words make only the evening certain
    assert window_of(words) == "00:00-19:00"


@pytest.mark.parametrize(
    "words",
    [
        "八点上班也行",
        "七点上班都可以",
        "以前早上五点起来干活",
        "孩子四点放学我不用管",
        "孩子四点放学，老人接",
        "老公下午四点要接孩子",
        "以前在厂里八点上班五点下班",
        "早上五点起来都没问题",
        "三点半放学有爷爷接",
    ],
)
def test_words_that_are_no_limit(words: str) -> None:
    assert window_of(words) is None


@pytest.mark.parametrize(
    ("description", "fits"),
    [
        ("上班时间7:00-15:00", False),  # starts before 07:30
        ("上班时间8:00-15:30", True),
        ("上班时间8:00-17:00", False),  # ends after 16:00
        ("上班时间7:30-11:30，13:00-16:00", True),  # a split day inside the window
        ("上班时间7:00-11:00，13:00-16:00", False),  # its morning starts too early
        ("早班8:00-14:00，晚班14:00-22:00，固定一个班", True),  # one shift to choose that fits
    ],
)
def test_a_posting_outside_the_window_breaks_it(description: str, fits: bool) -> None:
    limits = seeker_limits(seeker_facts("", "下午四点前得走，要去幼儿园接孩子。早上送完孩子七点半以后就能上班"))
    assert limits.fits(posting_facts("保洁员", description)) is fits


@pytest.mark.parametrize(
    "words",
    [
        "七点半以后能上班😀" * 400,
        "下午四点前得走" + "🙂" * 5000,
        "９点以后能来ｏｋ，下午４点前得走 and 5pm",
        "点以后前得走",
    ],
)
def test_odd_input_never_fails(words: str) -> None:
    window_of(words)


# rev16's findings, each in this grid's own wording


@pytest.mark.parametrize("words", ["上午十点前能到", "十点前可以到岗", "早上十点前能赶到", "十点以前可以来"])
def test_an_arrival_by_a_clock_is_no_end(words: str) -> None:
    # arriving by ten says when the person can start at the latest, not that they leave then
    assert window_of(words) is None


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("下午三点以后我去接孙子", "00:00-15:00"),
        ("五点半以后我来接孩子", "00:00-17:30"),
        ("下午三点以后会去幼儿园接孩子", "00:00-15:00"),
        ("下午三点以后要去接孙子", "00:00-15:00"),  # as with a modal
        ("下午三点以后去上班都行", "15:00-24:00"),  # going to work then is a start
    ],
)
def test_going_to_fetch_after_a_clock_ends_the_day(words: str, window: str) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    "words",
    [
        "孙子四点放学，家里没有人接",
        "孙子四点放学，奶奶接不了",
        "娃四点放学，老人接送不方便",
        "娃四点放学，我得去接，家里老人管饭",  # the old folk cook; the person fetches
    ],
)
def test_no_one_else_fetching_keeps_the_pickup(words: str) -> None:
    assert window_of(words) == "00:00-15:30"


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("晚上九点以后才能来，早上七点前得走", "21:00-31:00"),  # the next morning
        ("凌晨五点前要回家，晚上九点半以后能来", "21:30-29:00"),
        ("夜里九点以后能出门。清早六点前得到家", "21:00-30:00"),
        ("九点以后能来，早上六点前得走", "09:00-24:00"),  # a morning end with no evening start says nothing
        ("早上六点前得走", None),
    ],
)
def test_a_night_runs_to_the_next_morning(words: str, window: str | None) -> None:
    assert window_of(words) == window


def test_a_night_fits_a_night_shift() -> None:
    limits = seeker_limits(seeker_facts("", "晚上九点以后才能来，早上七点前得走"))
    assert limits.fits(posting_facts("保安", "夜班，上班时间21:00-07:00")) is True
    assert limits.fits(posting_facts("保安", "白班，上班时间8:00-17:00")) is False


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("我爱人上夜班，早上七点以后才到家", None),  # his clock, not the person's
        ("爱人上夜班，早上七点以后才回来，我下午三点前得走", "00:00-15:00"),
        ("爱人上夜班，孩子四点放学得去接", "00:00-15:30"),  # the child's clock is the person's errand
    ],
)
def test_a_spouses_clock_in_an_earlier_clause_sets_nothing(words: str, window: str | None) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("上午八点半以后能来，十点半前得走", "08:30-10:30"),  # the first reading after the start
        ("早上七点以后能来，十二点前得走", "07:00-12:00"),  # noon
        ("八点以后能来，七点前要回家", "08:00-19:00"),  # seven in the morning is before the start: the evening
    ],
)
def test_a_bare_end_after_a_morning_start(words: str, window: str) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("送完孩子八点以后能来，晚上也行", "08:00-24:00"),  # the evening offered: no school day's end
        ("送完孩子八点以后能来，晚上也可以", "08:00-24:00"),
        ("送完孩子八点以后能来", "08:00-16:00"),
    ],
)
def test_an_evening_offered_beside_a_school_run(words: str, window: str) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("每晚七点以后才有空", "19:00-24:00"),  # 每晚 is the evening
        ("晚上七点以后上班的不考虑", "00:00-19:00"),  # evening work refused: an end
        ("晚上七点以后上班的话不行", "00:00-19:00"),
        ("晚上七点以后上班都行", "19:00-24:00"),
    ],
)
def test_the_evening_said_otherwise(words: str, window: str) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    ("words", "evidence"),
    [
        # only the clauses that set the bounds, whole, joined with "…" as typed
        ("白天得照看老人，晚上七点以后才能出门，十一点前得到家。", "晚上七点以后才能出门…十一点前得到家"),
        ("早上８点以后能来。下午３点前得走", "早上８点以后能来…下午３点前得走"),
    ],
)
def test_the_evidence_is_the_clauses_that_set_the_bounds(words: str, evidence: str) -> None:
    assert {f.evidence for f in seeker_facts("", words) if f.code == "free"} == {evidence}


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("原来九点以后就能上班，现在下午三点前得走", "00:00-15:00"),  # the past's clock sets nothing
        ("十一点前要回家做饭", "00:00-11:00"),  # a meal: the morning reading
        ("十一点前要回家", "00:00-23:00"),  # no meal: the later reading
        ("7:75以后能来", None),  # no such clock
    ],
)
def test_the_past_the_meal_and_odd_minutes(words: str, window: str | None) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("周一到周五下午三点前得走，周末全天都可以", None),  # some days' hours are not every day's
        ("星期六九点以后才能出门", None),
        ("工作日下午三点前得走", None),
        ("九点以后能来，周六日不行", "09:00-24:00"),  # a day word in another clause leaves this one's clock
    ],
)
def test_some_days_hours_are_not_every_days(words: str, window: str | None) -> None:
    assert window_of(words) == window
