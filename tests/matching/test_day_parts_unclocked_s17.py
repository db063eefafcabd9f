"""A posting's part of the day said with no clock ("周二周四上午打扫卫生", "每天下午上班", "晚上七点以后上班") against a person's
free window: a part that meets no window is out (a morning post for "只能下午两点到五点"), one that meets it stays, loosely
(an afternoon post for "只能下午两点到五点"); a post whose part is left open or has its clock keeps its reading
(issue 22, session 17; wordings our own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.explanations import explain_facts
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
AFTERNOON = ["只能下午两点到五点", "下午有时间，上午要送孩子上学", "我只有下午有空"]
MORNING = ["上午有空", "只能上午干，下午要接孙子", "只有上午能干活"]
EVENING = ["白天要上班，只能晚上出来", "晚上有空，想找个兼职"]

MORNING_POSTS = [
    ("保洁", "写字楼保洁，周二周四上午打扫卫生，按次结算"),
    ("家政", "每天上午来家里做家务，三个小时，月结"),
    ("文员", "只上午，周一到周五，整理单据"),
    ("店员", "面包店招上午班店员，日结"),
]
AFTERNOON_POSTS = [("店员", "奶茶店每天下午上班，日结"), ("钟点工", "每周三下午去家里打扫卫生")]
EVENING_POSTS = [("服务员", "烧烤店晚上七点以后上班，干到收摊"), ("理货员", "超市晚上上班，负责补货")]


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize("said", AFTERNOON)
@pytest.mark.parametrize(("title", "posting"), MORNING_POSTS + EVENING_POSTS)
def test_a_part_of_day_outside_an_afternoon_is_out(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize("said", MORNING)
@pytest.mark.parametrize(("title", "posting"), AFTERNOON_POSTS + EVENING_POSTS)
def test_a_part_of_day_outside_a_morning_is_out(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize("said", EVENING)
@pytest.mark.parametrize(("title", "posting"), MORNING_POSTS + AFTERNOON_POSTS)
def test_a_daytime_part_is_out_for_evenings_only(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize(
    ("said", "posts"),
    [(s, MORNING_POSTS) for s in MORNING] + [(s, AFTERNOON_POSTS) for s in AFTERNOON],
)
def test_the_part_that_meets_the_window_stays(said: str, posts: list[tuple[str, str]]) -> None:
    assert all(shown(said, title, posting) for title, posting in posts)


@pytest.mark.parametrize("said", EVENING)
@pytest.mark.parametrize(("title", "posting"), EVENING_POSTS)
def test_an_evening_post_stays_for_evenings(said: str, title: str, posting: str) -> None:
    assert shown(said, title, posting)


@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("保洁", "上午或下午上班均可，按次结算"),  # the part left open
        ("保洁", "上午下午都可以来打扫，时间自己定"),
        ("店员", "上午面试，时间自由，日结"),  # an interview, not the work
        ("保洁", "白天上班，按小时算钱"),
        ("服务员", "中午管饭，日结"),
        ("保洁", "上午不用来，时间自由"),
    ],
)
@pytest.mark.parametrize("said", AFTERNOON + MORNING)
def test_no_part_read_where_the_words_leave_it_open(said: str, title: str, posting: str) -> None:
    assert shown(said, title, posting)


@pytest.mark.parametrize(
    ("posting", "part"),
    [
        ("周二周四上午打扫卫生", "08:00-12:00"),
        ("每天下午上班，日结", "13:00-18:00"),
        ("晚上七点以后上班", "19:00-24:00"),
        ("只上午，周一到周五", "08:00-12:00"),
        ("上午9点到12点上班", None),  # its clock: hours
        ("上午上班，下午休息", "08:00-12:00"),
    ],
)
def test_the_part_read(posting: str, part: str | None) -> None:
    read = [f.value for f in posting_facts("保洁", posting) if f.code == "day_part"]
    assert read == ([part] if part else [])


def test_a_part_of_day_met_is_said_loosely() -> None:
    limits = seeker_limits(seeker_facts("上午有空", "", (), today=TODAY))
    facts = posting_facts("保洁", "写字楼保洁，周二周四上午打扫卫生，按次结算")
    words = explain_facts(limits, job_bits(facts), facts)
    assert any("上班时段 上午" in w for w in words), words
