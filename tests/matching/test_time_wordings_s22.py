"""Issue 22, session 22 (h-window22): a seeker's time limits in their own words, as the blind s22 wordings showed them
missed: bare ranges offered with a few words of the task, after the days or the offer they hold, or before the child's
time away; a start said as the deed ("九点能上岗") and an end worked up to ("我可以干到下午五点") in clauses apart; the
buses that bound a day; hours said over ("不对，是下午三点"); dialect's 上昼/下昼; a week's six days, a day picked, days
taken by errands; and a day shift or evenings taken held as kinds of day, not as hours said. Each class has decoys
(someone else's hours, a posting heard of, a past job, a season, a negation, a question) that must not be read. Every
wording is made up for this file; none is from the blind set."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.bits import job_bits
from matching.facts.limits import Limits
from matching.facts.person import seeker_limits

TODAY = date(2026, 12, 7)


def _limits(words: str) -> Limits:
    return seeker_limits(seeker_facts("", words, [], today=TODAY))


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def said(words: str) -> list[str]:
    """The windows the person states ("HH:MM-HH:MM", past midnight over 24): `Limits.windows`, else `window`."""
    limits = _limits(words)
    spans = limits.windows or ((limits.window,) if limits.window else ())
    return sorted(f"{_clock(a)}-{_clock(b)}" for a, b in spans)


def held(words: str) -> list[str]:
    """The windows `Limits.fits` holds a posting's hours to: the stated ones within a day shift or evenings taken."""
    limits = _limits(words)
    spans = list(limits.held_windows)
    if limits.held_window is not None:
        low, high = limits.held_window
        spans = [(max(a, low), min(b, high)) for a, b in spans if max(a, low) < min(b, high)] or [(low, high)]
    return sorted(f"{_clock(a)}-{_clock(b)}" for a, b in spans)


def fits(words: str, title: str, description: str) -> bool:
    limits = _limits(words)
    job = posting_facts(title, description)
    return limits.admits(job_bits(job)) and limits.fits(job, TODAY)


# a bare range, the offer ending its clause after a few words of the task or the place, or the days or the offer it
# holds said before it, or the child's time away after it
@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("八点到十一点 菜市场帮忙可以", "08:00-11:00"),
        ("十二点到两点 洗碗打杂都行", "12:00-14:00"),
        ("中午十一点半到一点半食堂打饭可以", "11:30-13:30"),
        ("下午两点到五点 理货上架没问题", "14:00-17:00"),
        ("清早五点到八点，扫完街还要回家做饭", "05:00-08:00"),
        ("早晨六点半到上午九点半可以", "06:30-09:30"),
        ("周一到周五上午九点到十二点，周末不来", "09:00-12:00"),
        ("礼拜三不行，其他天早上八点到下午三点", "08:00-15:00"),
        ("我白天能干九点到三点", "09:00-15:00"),
        ("我老公跑长途，我白天能干八点半到四点", "08:30-16:00"),
        ("8:30到4:00 娃在学校那段时间", "08:30-16:00"),
        ("九点到两点 孙子上幼儿园的时候", "09:00-14:00"),
        ("只能十点到十二点出来", "10:00-12:00"),
    ],
)
def test_a_bare_range_offered_is_the_window(words: str, window: str) -> None:
    assert said(words) == [window]


@pytest.mark.parametrize(
    "words",
    [
        "八点到五点上班不行",  # refused
        "九点到六点店里能加班",  # the shop's
        "八点到十二点我老公能送",  # someone else's
        "孩子在学校八点到四点",  # the child's day, no offer of the person's
        "听说这家店早九晚九",  # a posting heard of
        "听说那个厂早八晚八，一天干十二个钟头",
        "我老公上白班，早上八点到下午五点",  # a spouse's shift, its hours
        "我姐上夜班，晚上九点到早上五点",
    ],
)
def test_a_range_of_someone_or_somewhere_else_sets_no_window(words: str) -> None:
    assert said(words) == []


def test_the_person_speaking_after_a_spouses_shift_keeps_their_range() -> None:
    assert said("我老公上夜班，我晚上十点到早上六点能干") == ["22:00-30:00"]


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("晚6点到10点能干", "18:00-22:00"),
        ("早6点到9点能干", "06:00-09:00"),
        ("上昼八点到下昼两点能做", "08:00-14:00"),
        ("俺只能上昼十点到下昼三点", "10:00-15:00"),
        ("晌午十二点到一点能来", "12:00-13:00"),
    ],
)
def test_the_part_of_the_day_said_short_or_in_dialect(words: str, window: str) -> None:
    assert said(words) == [window]


# a start said as the deed with its modal and an end said apart, in either order and with a clause between
@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("早上九点能到，孩子有外婆管，我可以干到下午四点半", "09:00-16:30"),
        ("下午一点能出来，可以干到晚上八点", "13:00-20:00"),
        ("九点能上岗，十二点前要回去", "09:00-12:00"),
        ("早上七点能到，十一点前回去", "07:00-11:00"),
        ("八点半我就能上班，下午四点要去接孙女", "08:30-16:00"),
        ("上午得十点以后，晚上九点前都行", "10:00-21:00"),
        ("晚上八点前都行，早上得八点半以后", "08:30-20:00"),
        ("送完孩子八点能到，中午十一点得回家", "08:00-11:00"),
        ("早上几点都中，就是晚上不能超过九点", "00:00-21:00"),
    ],
)
def test_a_start_and_an_end_said_apart(words: str, window: str) -> None:
    assert said(words) == [window]


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("早上8:00到下午3:00能上班", "08:00-15:00"),  # a range's end, no arrival after it
        ("八点到十二点能来", "08:00-12:00"),
        ("我老公可以干到晚上十点，我下午三点前得走", "00:00-15:00"),  # his end is none of hers
    ],
)
def test_a_range_or_someone_elses_end_is_no_bound_of_the_persons(words: str, window: str) -> None:
    assert said(words) == [window]


def test_a_meal_at_noon_still_brings_the_person_back() -> None:
    assert said("中午十二点前得回家做饭") == ["00:00-12:00", "13:00-36:00"]
    assert said("中午十一点半得回家，下午再来") != ["00:00-11:30"]


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("早班车六点半到县城，晚班车六点走，就这中间能干", "06:30-18:00"),
        ("厂里班车七点十分到，下午五点二十回去，只能在这中间干", "07:10-17:20"),
    ],
)
def test_the_buses_that_bring_and_take_the_person_bound_the_day(words: str, window: str) -> None:
    assert said(words) == [window]


@pytest.mark.parametrize(
    "words",
    [
        "末班车是晚上八点，我家就在站边上",  # no day said to lie between
        "班车七点到厂里，挺方便的",
        "坐公交要四十分钟，我一般坐七点的车",
    ],
)
def test_bus_times_alone_set_no_window(words: str) -> None:
    assert said(words) == []


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("九点到四点，不对，是九点到三点", "09:00-15:00"),
        ("早上八点到下午五点，说错了，是下午六点", "08:00-18:00"),
        ("八点到五点，不对，是九点", "09:00-17:00"),
        ("下午一点以后能来，哦不对，两点以后", "14:00-24:00"),
        ("你说得不对，八点到十二点可以", "08:00-12:00"),  # no correction of the person's hours
    ],
)
def test_hours_said_over_replace_what_was_said(words: str, window: str) -> None:
    assert said(words) == [window]


@pytest.mark.parametrize(
    ("words", "window", "refused"),
    [
        ("农忙时候要回家，平时八点到四点都行", "08:00-16:00", frozenset()),
        ("周一到周五早上七点半到下午四点半，周末不上", "07:30-16:30", frozenset()),
        ("礼拜二和礼拜四不行，其他天上午九点到十一点半", "09:00-11:30", frozenset({2, 4})),
    ],
)
def test_a_window_beside_days_and_seasons(words: str, window: str, refused: frozenset[int]) -> None:
    assert said(words) == [window]
    assert _limits(words).days_refused == refused


# a day shift and evenings taken are kinds of day: held by `fits` as the day's bounds, not stated hours
@pytest.mark.parametrize("words", ["只做白班，倒班不去", "只能白天干活", "俺只上白班"])
def test_a_day_shift_is_held_not_said(words: str) -> None:
    assert _limits(words).day_shift
    assert said(words) == [] and held(words) == ["05:00-20:00"]
    assert fits(words, "分拣员", "上班时间早上8点到下午5点")
    assert not fits(words, "分拣员", "上班时间下午2点到晚上10点")


@pytest.mark.parametrize("words", ["晚上要回家做饭", "晚上不上班", "晚上要在家陪孩子写作业"])
def test_evenings_taken_are_held_not_said(words: str) -> None:
    assert said(words) == [] and held(words) == ["00:00-19:00"]
    assert fits(words, "保洁", "上班时间早上8点到下午4点")
    assert not fits(words, "服务员", "上班时间下午3点到晚上10点")


def test_a_day_shift_with_hours_said_reports_the_hours() -> None:
    words = "只上白班，早上七点半到下午五点半，一周五天"
    assert said(words) == ["07:30-17:30"] and _limits(words).most_days == 5
    assert not fits(words, "普工", "早上7点到晚上7点")


def test_evenings_taken_cut_a_free_window_said() -> None:
    assert said("下午一点以后有空，晚上要回家带孩子") == ["13:00-19:00"]


@pytest.mark.parametrize("words", ["我老公晚上不上班", "老公晚上不能上班，我晚上可以"])
def test_someone_elses_evenings_are_not_the_persons(words: str) -> None:
    limits = _limits(words)
    assert not limits.evenings_taken and said(words) == []


@pytest.mark.parametrize(
    ("words", "night"),
    [
        ("半夜不出门，别的时候都行", True),
        ("晚上不上班，白天随便", True),
        ("夜里也能出门，啥时候都行", False),
    ],
)
def test_nights_refused_in_plain_words(words: str, night: bool) -> None:
    assert fits(words, "保安", "夜班，晚上8点到早上8点") is not night


# days of the week
@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("周一复查，周三针灸，其他天都行", frozenset({1, 3})),
        ("周二要去医院复查，周四也不行", frozenset({2, 4})),
        ("礼拜天要去教堂，别的天都可以", frozenset({7})),
        ("周一到周三都行 周四要去镇上赶集 周五可以", frozenset({4})),
        ("我老公周五要去县城进货", frozenset()),
        ("以前周二要去医院，现在不用去了", frozenset()),
        ("以前在饭店干，礼拜天都不休息", frozenset()),
        ("周日休息，周三也休息", frozenset({3, 7})),
    ],
)
def test_days_refused_one_by_one(words: str, days: frozenset[int]) -> None:
    assert _limits(words).days_refused == days


@pytest.mark.parametrize(
    ("words", "most"),
    [
        ("做六休一行，不能天天上", 6),
        ("一个礼拜六天可以，七天不行", 6),
        ("一周能来一到两天", 2),
        ("一星期能干三到四天", 4),
        ("工作日里选两天，周末不来", 2),
        ("周一到周五里面挑三天都行", 3),
        ("一周最多四天，不能天天上", 4),  # the fewest said
        ("我老公不能天天上", None),
        ("以前在厂里一周上六天，一天干十个钟头", None),
        ("以前做保洁，一个星期干五天", None),
    ],
)
def test_the_most_days_a_week(words: str, most: int | None) -> None:
    assert _limits(words).most_days == most


def test_a_week_of_six_keeps_out_a_post_with_no_day_off() -> None:
    assert not fits("做六休一行，不能天天上", "保安", "全年无休，包吃住")
    assert fits("做六休一行，不能天天上", "保安", "单休，包吃住")


@pytest.mark.parametrize(
    ("words", "weekends"),
    [
        ("除了周末，其他哪天都中", True),
        ("除周末外都可以", True),
        ("我老公除了周末，其他哪天都行", False),
        ("周末也行，哪天都中", False),
    ],
)
def test_all_but_the_weekend(words: str, weekends: bool) -> None:
    assert fits(words, "收银员", "周末班，周六周日上班") is not weekends


# the most hours a day: a doctor's word binds the person, a past day or another's word does not
@pytest.mark.parametrize(
    ("words", "hours"),
    [
        ("医生说一天不能超过七个小时", 7),
        ("医生让我一天别超过五个小时", 5),
        ("下了班每天最多再干两个钟头", 2),
        ("原来一天干十一个钟头，现在最多八个钟头", 8),
        ("老公说一天别超过六个小时", None),
        ("以前在厂里，一周六天，一天十一个钟头", None),
        ("上个单位一天十个钟头", None),
    ],
)
def test_the_most_hours_a_day(words: str, hours: int | None) -> None:
    longest = _limits(words).longest_day
    assert (None if longest is None else longest // 60) == hours


# the same classes said other ways: minutes and 点钟, a phrase ended by a space, 之间 alone, the weekdays' word, the
# offer after the child's day, 最早/最晚, 从…开始, a bus to catch, a day said as coming and going, a start that opens
# the text or the clause before an end
@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("八点十分到三点四十能来", "08:10-15:40"),
        ("早上六点五十到下午五点二十可以", "06:50-17:20"),
        ("十点钟到一点钟可以", "10:00-13:00"),
        ("三点一刻到五点可以", "15:15-17:00"),
        ("早上九点到十一点 下午不行", "09:00-11:00"),
        ("八点到十点吧 看情况", "08:00-10:00"),
        ("两点到四点半之间", "14:00-16:30"),
        ("工作日上午九点到十一点", "09:00-11:00"),
        ("孩子上学以后八点半到三点我有空", "08:30-15:00"),
        ("最早七点，最晚下午四点", "07:00-16:00"),
        ("从早上九点开始，一直到下午三点都可以", "09:00-15:00"),
        ("早上坐班车来，八点能到，晚上要赶五点半的末班车", "08:00-17:30"),
        ("每天早上八点来，下午两点走", "08:00-14:00"),
        ("十点过来，四点回去", "10:00-16:00"),
        ("上午九点以后，下午三点以前", "09:00-15:00"),
        ("能干到晚上九点，早上八点以后", "08:00-21:00"),
        ("下午一点以后，晚上要回家做饭", "13:00-19:00"),
        ("早上八点以后，天黑前要到家", "08:00-19:00"),
        ("早上喂完鸡七点半以后，十一点要回去做饭", "07:30-11:00"),
        ("十点以后才有空，到下午四点", "10:00-16:00"),
        ("八点以后可以干到下午两点", "08:00-14:00"),
        ("早上七点能到，干到下午三点", "07:00-15:00"),
        ("晚饭后七点到九点有空", "19:00-21:00"),
        ("早九晚四", "09:00-16:00"),
        ("早八点晚六点可以", "08:00-18:00"),
        ("八点到五点，不，是到四点", "08:00-16:00"),
        ("九点到十二点，哦不是，是十一点半", "09:00-11:30"),
    ],
)
def test_the_classes_said_other_ways(words: str, window: str) -> None:
    assert said(words) == [window]


@pytest.mark.parametrize(
    "words",
    [
        "八点到五点 上班不行",  # the phrase after refuses the range
        "我老公八点来，五点走",
        "以前八点来，五点走",
        "我老公九点以后，四点以前",
        "九点以后，我老公才回来",
        "我老公要赶六点的末班车",
        "以前早上八点到，干到下午五点",
        "两点到五点十个人",  # a count after a clock, no minutes
        "不是夜班就行",
    ],
)
def test_the_other_ways_keep_their_decoys(words: str) -> None:
    assert said(words) == []


@pytest.mark.parametrize(
    ("words", "most"),
    [("一周不超过五天", 5), ("一个礼拜不能超过三天", 3)],
)
def test_a_week_not_to_pass(words: str, most: int) -> None:
    assert _limits(words).most_days == most


@pytest.mark.parametrize(
    ("words", "most"),
    [
        ("一周要休两天", 5),
        ("每周至少休息一天", 6),
        ("一个礼拜歇一天就行", 6),
        ("一周干不了五天，最多三天", 3),
        ("每周去三天就行", 3),
        ("一周休一天也行", None),  # the rest accepted, not asked
        ("一个礼拜休两天最好", None),  # a wish
        ("以前一周要休两天", None),
        ("我老公一周要休两天", None),
    ],
)
def test_days_off_asked_leave_the_rest(words: str, most: int | None) -> None:
    assert _limits(words).most_days == most


@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("礼拜天要做礼拜", frozenset({7})),
        ("每个星期三我都要去镇上", frozenset({3})),
        ("周二周四要带孙子", frozenset({2, 4})),
        ("周五要去城里拿药", frozenset({5})),
        ("我老公周二要去县城", frozenset()),
    ],
)
def test_a_weekday_taken_by_a_weekly_errand(words: str, days: frozenset[int]) -> None:
    assert _limits(words).days_refused == days


@pytest.mark.parametrize(
    ("words", "weekends"),
    [
        ("礼拜二到礼拜五能来", True),  # those days only
        ("平时上班，周六周日休息，想找个周末的活", False),  # the weekend a job rests, sought for work
        ("我老公周一到周五能来", False),
    ],
)
def test_days_offered_plainly_or_weekends_rested(words: str, weekends: bool) -> None:
    assert fits(words, "收银员", "周末班，周六周日上班") is not weekends
