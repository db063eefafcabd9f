"""Session 16's readings reviewed (issue 22, session 17; wordings our own): a visit to apply or a first day is no part of
the day worked ("下午来店里找王姐", "明天上午到岗"); a rest day or a training day picked is no workday picked ("周末可任选一天
休息", "培训一天即可上岗"); another language's fluency, or another's, leaves English spoken a little ("英语一般，日语流利");
a supermarket's years count for its cleaners and guards, a canteen's inside it as any work's; "六十挂零" is 60-64; a morning
that ends at noon ("八点半到中午可以干"); a held job's rest day at its named place ("我上班的超市周一休息"); leaflets handed out
at the weekend ("周末发传单") as weekend work."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
MORNING = "只有上午有空，下午要接孙子"
AFTERNOON = "上午要送孩子上学，下午有空"


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts("", said, (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


def read(said: str, code: str) -> list[str | None]:
    return [f.value for f in seeker_facts("", said, (), today=TODAY) if f.code == code]


@pytest.mark.parametrize(
    ("said", "title", "posting"),
    [
        # hours left to agreement: a mall's cleaner silent on its hours works to five (`kind_hours`, session 21)
        (MORNING, "保洁", "商场保洁，时间好商量，有意向的下午来店里找王姐"),
        (MORNING, "店员", "奶茶店招店员，工作时间商量，下午来店面谈"),
        (MORNING, "普工", "电子厂普工，时间可以商量，下午来厂里报到"),
        (AFTERNOON, "店员", "急招店员，明天上午到岗，时间可以商量"),
        (AFTERNOON, "保洁", "保洁阿姨，今天上午来店就能上班，时间好商量"),
    ],
)
def test_a_visit_or_a_first_day_is_no_part_of_the_day(said: str, title: str, posting: str) -> None:
    assert shown(said, title, posting)


@pytest.mark.parametrize(
    ("said", "title", "posting"),
    [
        (MORNING, "店员", "每天下午来店帮忙，日结"),  # guards: the part worked
        (MORNING, "店员", "奶茶店招店员，每天下午上班，日结"),
        (AFTERNOON, "保洁", "写字楼保洁，周一周三上午打扫，按次结"),
    ],
)
def test_a_part_worked_still_keeps_out(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize(
    ("said", "title", "posting"),
    [
        ("只能周末干", "店员", "奶茶店店员，周末可任选一天休息"),
        ("只能周末干", "店员", "周六周日任选一天休息，其余时间上班"),
        ("周六不行", "普工", "电子厂普工，周一至周六上班，培训一天即可上岗"),
        ("周六不行", "普工", "周一到周六上班，新手学一天就行"),
    ],
)
def test_a_rest_or_training_day_is_no_workday_picked(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize(
    ("posting", "picked"),
    [
        ("奶茶店店员，周末可任选一天休息", False),
        ("周一至周六上班，培训一天即可上岗", False),
        ("周末家教，周六周日任选一天，辅导学生", True),  # guards
        ("周六或周日来一天就行", True),
    ],
)
def test_the_pick_of_a_workday_read(posting: str, picked: bool) -> None:
    assert any(f.code == "day_choice" for f in posting_facts("店员", posting)) is picked


@pytest.mark.parametrize(
    ("said", "title", "posting", "kept"),
    [
        ("英语一般，日语流利", "前台", "外企前台，英语流利", False),
        ("日语流利，英语只会一点", "前台", "外企前台，英语四级", False),
        ("我女儿英语流利，我只会简单英语", "前台", "外企前台，英语流利", False),
        ("英语一般，日语流利", "翻译", "日语翻译，日语N2以上", True),  # guards
        ("英语流利，日语会一点", "前台", "外企前台，英语流利", True),
        ("英语四级，日语会一点", "文员", "外贸文员，需英语四级以上", True),
    ],
)
def test_fluency_said_of_another_language_or_person(said: str, title: str, posting: str, kept: bool) -> None:
    assert shown(said, title, posting) is kept


@pytest.mark.parametrize(
    ("said", "title", "posting", "kept"),
    [
        ("在超市食堂干了五年", "帮厨", "食堂帮厨，两年以上厨房经验", True),
        ("在超市上过五年班", "保洁", "超市保洁，一年以上保洁经验", True),
        ("在超市上过五年班", "保安", "小区保安，两年以上保安经验", True),
        ("在超市上过五年班", "厨师", "饭店招炒锅师傅，三年以上厨师经验", False),  # guards
        ("在超市上过五年班", "会计", "会计，三年以上会计经验", False),
        ("在超市上过两年班", "收银员", "超市收银员，需三年以上收银经验", False),
    ],
)
def test_a_supermarkets_years(said: str, title: str, posting: str, kept: bool) -> None:
    assert shown(said, title, posting) is kept


@pytest.mark.parametrize(
    ("said", "age"),
    [
        ("六十挂零，身体硬朗", "60-64"),
        ("六十多一点，还能干活", "60-64"),
        ("我今年60挂零", "60-64"),
        ("五十多一点，想找个保洁", "50-54"),
        ("时薪20多一点就行", None),  # guards
        ("工资三千多一点也行", None),
        ("我妈六十挂零了，要照顾", None),
    ],
)
def test_a_little_over_a_round_age(said: str, age: str | None) -> None:
    assert read(said, "age") == ([age] if age else [])


@pytest.mark.parametrize(("posting", "kept"), [("保洁员，年龄55岁以下", False), ("小区保安，年龄65岁以下", True)])
def test_sixty_and_a_little_against_a_cap(posting: str, kept: bool) -> None:
    assert shown("六十挂零，身体硬朗", "保洁", posting) is kept


@pytest.mark.parametrize(
    ("said", "window"),
    [
        ("八点半到中午可以干", "1234567 08:30-12:00"),
        ("九点到中午", "1234567 09:00-12:00"),
        ("送完孩子到中午都有空", "1234567 08:30-12:00"),
        ("每天八点到中午有空，下午要带孙子", "1234567 08:00-12:00"),
    ],
)
def test_a_morning_that_ends_at_noon(said: str, window: str) -> None:
    assert read(said, "free") == [window]
    assert not shown(said, "店员", "奶茶店每天下午上班")
    assert not shown(said, "保洁", "保洁，下午一点到五点")
    assert shown(said, "保洁", "保洁，上午九点到十一点半")


def test_a_clock_at_noon_is_read_as_before() -> None:
    assert read("八点到中午十二点可以干", "hours") == ["08:00-12:00"]


@pytest.mark.parametrize(
    ("said", "free"),
    [
        ("我上班的超市周一休息", ["1 00:00-24:00"]),
        ("我上班的饭店礼拜三休息，想找个零工", ["3 00:00-24:00"]),
        ("老公上班的超市周一休息", []),  # guards
        ("我以前上班的超市周一休息", []),
        ("我们超市周一休息", []),
    ],
)
def test_the_rest_day_of_a_job_held_at_its_named_place(said: str, free: list[str]) -> None:
    assert read(said, "free") == free


@pytest.mark.parametrize(
    ("said", "posting", "kept"),
    [
        ("周末没空", "周末发传单，日结", False),
        ("周末不行，要带孙子", "商场周末发传单，一天八十", False),
        ("周日不行", "周末派单，一天100", False),
        ("平时上班，周末有空", "商场周末发传单，一天八十", True),  # was out: a weekday job read
        ("平时上班，周末有空", "周末发传单，日结", True),  # guard
    ],
)
def test_leaflets_handed_out_at_the_weekend(said: str, posting: str, kept: bool) -> None:
    assert shown(said, "发传单", posting) is kept
