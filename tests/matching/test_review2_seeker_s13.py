"""Issue 22, session 13 (h-fix5seek): the seeker side of the second review's unmended classes, by class: an evening's
end worked up to, night ranges in Chinese numerals, 驾龄 said as a beginner's or after a question, eyes that cannot do
close work, hours offered inside someone else's, a skill only a spouse has, a whole weekday refused. Each class has
its decoys, which keep what was read before. Every wording is made up for this grid; none is a persona's or the
reviewer's."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits

TODAY = date(2026, 12, 6)


def windows(words: str) -> list[str]:
    """The person's free windows as matching holds them (`Limits.windows`, else `window`), "HH:MM-HH:MM"; past midnight
    over 24."""
    limits = seeker_limits(seeker_facts("", words, [], today=TODAY))
    spans = limits.windows or ((limits.window,) if limits.window else ())
    return sorted("-".join(f"{t // 60:02d}:{t % 60:02d}" for t in span) for span in spans)


def fits(words: str, title: str, description: str) -> bool:
    limits = seeker_limits(seeker_facts("", words, [], today=TODAY))
    job = posting_facts(title, description)
    return limits.admits(job_bits(job)) and limits.fits(job, TODAY)


# class 8: an end worked up to after an evening start
@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("晚上七点以后能来，干到十一点", ["19:00-23:00"]),
        ("晚上6点以后有空，可以干到10点", ["18:00-22:00"]),
        ("夜里八点以后能出来，做到十点半", ["20:00-22:30"]),
        ("晚上七点以后能来，干到两点", ["19:00-26:00"]),
        # decoys
        ("晚上七点以后能来，干到早上六点", ["19:00-30:00"]),
        ("晚上七点以后能来，我老公干到十一点", ["19:00-24:00"]),
        ("晚上七点以后能来，以前干到十一点", ["19:00-24:00"]),
        # after an afternoon start too (session 14, rev5 H9; this was a decoy of session 13's narrower reading)
        ("下午两点以后能来，干到六点", ["14:00-18:00"]),
    ],
)
def test_an_evening_start_ends_where_the_person_works_to(words: str, read: list[str]) -> None:
    assert windows(words) == read


def test_an_evening_worked_to_nine_keeps_a_post_to_ten_out() -> None:
    assert not fits("晚上6点以后有空，可以干到9点", "饭店传菜", "晚上6点到10点传菜")
    assert fits("晚上6点以后有空，可以干到9点", "饭店传菜", "晚上6点到9点传菜")


def days_refused(words: str) -> set[int]:
    return {int(f.value) for f in seeker_facts("", words, [], today=TODAY) if f.code == "day_refused" and f.value}


# class 10: a whole weekday refused with a count of one day ("一整天") after it, which is no second weekday
@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("礼拜六一整天都不行", {6}),
        ("周三一整天都没空", {3}),
        ("星期五一天都走不开", {5}),
        # decoys
        ("周六一整天都行", set()),
        ("我老公礼拜六一整天都不行", set()),
        ("周六一天能干八个钟头", set()),
        ("周一周三不行", {1, 3}),
        ("礼拜天不行", {7}),
    ],
)
def test_a_whole_weekday_refused_is_that_one_day(words: str, read: set[int]) -> None:
    assert days_refused(words) == read


def test_a_whole_saturday_refused_keeps_a_post_working_every_day_out() -> None:
    assert not fits("礼拜六一整天都不行", "超市理货", "全年无休，早上8点到下午5点")
    assert fits("礼拜六一整天都不行", "超市理货", "单休，早上8点到下午5点")


def driving_years(words: str) -> int | None:
    return seeker_limits(seeker_facts("", words, [], today=TODAY)).driving_years


# class 13: 驾龄 said short of a count, in answer to one asked or wished for, or as years driven beside a licence
@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("驾龄不到一年，新手", 0),
        ("驾照拿了不满三年", 2),
        ("你们要求驾龄几年？我都十年了", 10),
        ("要是有三年驾龄就好了，可我才一年", 1),
        ("C2驾照，开了七八年车", 8),
        ("驾照有，开车开了五年", 5),
        # decoys
        ("我老公驾龄不到一年", None),
        ("驾龄不到一年能行吗？", None),
        ("开了六七年车", None),
        ("C1驾照，我老公开了十年车", None),
        ("B2驾照，开了五年叉车", None),
        ("驾龄8年，我两年没开了", 8),
    ],
)
def test_driving_years_said_around_the_word(words: str, read: int | None) -> None:
    assert driving_years(words) == read


def test_a_new_driver_keeps_a_post_asking_three_years_out() -> None:
    assert not fits("驾龄不到一年，新手", "货车司机", "驾龄3年以上，跑市内")
    assert fits("C2驾照，开了七八年车", "货车司机", "驾龄3年以上，跑市内")


def fine_sight_lacked(words: str) -> bool:
    return any(f.code == "no_fine_sight" for f in seeker_facts("", words, [], today=TODAY))


# class 14: eyes that need help with a needle or see things with effort cannot do fine work
@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("老花眼，穿针得让老伴帮忙", True),
        ("穿针都要孙子帮着穿", True),
        ("眼睛做过手术，看东西还是费劲", True),
        ("看东西有点模糊", True),
        # decoys
        ("我妈老花眼，穿针要我帮忙", False),
        ("我老伴看东西费劲", False),
        ("看东西费劲吗？", False),
        ("以前看东西费劲，做完手术现在好了", False),
        ("老花眼，戴上眼镜看东西没问题", False),
        ("眼睛花得厉害", True),
    ],
)
def test_eyes_that_need_help_with_a_needle_lack_fine_sight(words: str, read: bool) -> None:
    assert fine_sight_lacked(words) is read


def test_eyes_that_need_help_with_a_needle_keep_a_fine_assembly_post_out() -> None:
    assert not fits("老花眼，穿针得让老伴帮忙", "电子厂插件工", "插件，坐着干")
    assert fits("老花眼，穿针得让老伴帮忙", "小区保安", "看门巡逻")


def lacked(words: str) -> list[str]:
    facts = seeker_facts("", words, [], today=TODAY)
    return sorted(f.code for f in facts if f.family.value == "skill" and f.modality and f.modality.value == "lacks")


# class 18: a skill someone else has, which the person then says they lack
@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("俺家那口子会开叉车，我不会", ["forklift_driving"]),
        ("老伴会做饭，我可不会", ["cooking"]),
        ("我儿子会看图纸，我不懂", ["drawings"]),
        # decoys
        ("我老公会开叉车，我也会", []),
        ("我老公会开叉车，我不会让他来", []),
        ("我老公会开叉车，我不会吗？", []),
        ("我老公会开叉车", []),
        ("不会开叉车", ["forklift_driving"]),
    ],
)
def test_a_skill_another_has_and_the_person_lacks(words: str, read: list[str]) -> None:
    assert lacked(words) == read


def test_a_forklift_only_a_spouse_drives_keeps_a_forklift_post_out() -> None:
    assert not fits("俺家那口子会开叉车，我不会", "仓库叉车工", "要求会开叉车，装卸货")


# class 15: someone else's hours, offered as the person's by the next clause ("这中间我都可以")
@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("闺女上学早上7点半到下午5点，这中间我都可以", ["07:30-17:00"]),
        ("孙子幼儿园八点到四点，这段时间我有空", ["08:00-16:00"]),
        ("儿子上课晚上6点到8点半，这个时间段我能出来", ["18:00-20:30"]),
        # decoys
        ("孩子早上7点半到下午4点半上学", []),
        ("孩子早上7点半到下午4点半上学，这中间我老公能来", []),
        ("孩子学校早上7点半到下午4点半，这中间我都可以吗？", []),
        ("早上7点半到下午4点半可以", ["07:30-16:30"]),
    ],
)
def test_others_hours_offered_by_the_next_clause_are_the_window(words: str, read: list[str]) -> None:
    assert windows(words) == read


def test_a_school_day_offered_keeps_an_evening_post_out() -> None:
    assert not fits("闺女上学早上7点半到下午5点，这中间我都可以", "超市收银", "下午5点到晚上10点")
    assert fits("闺女上学早上7点半到下午5点，这中间我都可以", "超市理货", "早上8点到11点半")


# class 5: a night in Chinese numerals with a night word first, to the small hours or the morning
@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("夜里十点半到凌晨两点半能干", ["22:30-26:30"]),
        ("深夜十一点到凌晨五点都行", ["23:00-29:00"]),
        ("半夜一点到五点搬货可以", ["01:00-05:00"]),
        # decoys, and a night already read on main
        ("夜间九点到早上七点都可以", ["21:00-31:00"]),
        ("我老公夜里十点到凌晨两点上班", []),
        ("夜里十点到凌晨两点要照顾老人", []),
        ("夜里十点到凌晨两点能干吗？", []),
        ("晚上十点到早上六点能干", ["22:00-30:00"]),
    ],
)
def test_a_night_in_chinese_numerals_runs_to_the_small_hours(words: str, read: list[str]) -> None:
    assert windows(words) == read


def test_a_night_to_the_small_hours_keeps_a_day_post_out() -> None:
    assert not fits("深夜十一点到凌晨五点都行", "超市收银", "早上9点到下午5点")
    assert fits("深夜十一点到凌晨五点都行", "夜班保安", "晚上11点到早上5点")
