"""Issue 22, session 15 (h-fix15post): the posting side's remaining misses. A free window's edges no words set are
open (a dawn shift for one who must leave by the afternoon, a night for one whose midday is taken); a post's start
said alone is held against the person's day; a parcel station, a road sweeper, sorting in a text and a stairwell in
a cleaner's charge carry their kinds' demands. The wordings are this file's own."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import job_bits, kind_nouns, posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 6)


def kept(person: str, title: str, text: str) -> bool:
    """What the served page does with the pair: the bits admit the post and its stated values fit the person."""
    limits = seeker_limits(seeker_facts(person, "", today=TODAY))
    found = posting_facts(title, text)
    return limits.admits(job_bits(found)) and limits.fits(found, TODAY)


_DAWN = ("早点铺帮工", "凌晨三点半到上午九点半，包早饭")
_NIGHT = ("物流园装车", "晚上9点到早上5点，计件")


@pytest.mark.parametrize(
    ("person", "title", "text"),
    [
        ("十二点到两点不行，要给老人做饭", *_DAWN),  # a refused middle: open before it and through the night
        ("十二点到两点不行，要给老人做饭", *_NIGHT),
        ("下午三点半就得走，娃要接", *_DAWN),  # an end alone: open before it
    ],
)
def test_a_window_is_open_where_no_words_set_its_edge(person: str, title: str, text: str) -> None:
    assert kept(person, title, text)


@pytest.mark.parametrize(
    ("person", "title", "text"),
    [
        ("早上九点前出不了门", *_DAWN),  # the start said: still before it
        ("下午三点半就得走，娃要接", *_NIGHT),  # the end said: a night is past it
        ("下午三点半就得走，娃要接", "仓库看守", "夜班，包住"),  # a bare night for a day open only at its start
    ],
)
def test_a_window_keeps_out_what_its_said_edge_refuses(person: str, title: str, text: str) -> None:
    assert not kept(person, title, text)


@pytest.mark.parametrize(
    ("text", "clock"),
    [("每天早上6点上班，干到活完", "06:00"), ("早晨五点半就要到岗", "05:30"), ("早7点开工，管午饭", "07:00")],
)
def test_a_posts_start_said_alone_is_read(text: str, clock: str) -> None:
    starts = [f.value for f in posting_facts("蒸笼包子铺", text) if f.code == "starts"]
    assert starts == [clock]


def test_a_start_before_the_persons_day_is_out_and_after_it_kept() -> None:
    assert not kept("早上八点以前来不了", "蒸笼包子铺", "每天早上6点上班，干到活完")
    assert kept("早上八点以前来不了", "花店店员", "早上9点上班，周一休")
    assert kept("下午三点半就得走，娃要接", "蒸笼包子铺", "每天早上6点上班，干到活完")


@pytest.mark.parametrize(
    ("text", "clock"),
    [("早上6点到下午2点", None), ("不用早上6点上班", None)],  # a range is hours; a start denied is none
)
def test_a_start_with_an_end_or_denied_is_no_start(text: str, clock: str | None) -> None:
    assert [f.value for f in posting_facts("蒸笼包子铺", text) if f.code == "starts"] == ([clock] if clock else [])


@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        ("兔喜驿站", "收件派件，月休四天", kind_nouns.LIFTING),
        ("社区驿站店员", "帮顾客取件", kind_nouns.STANDING),
        ("招聘", "小区菜鸟驿站招人，上架扫码", kind_nouns.LIFTING),
        ("物流园", "电商仓库招临时工，负责分拣包裹", kind_nouns.LIFTING),
        ("环卫工", "负责一段路面，管一顿饭", kind_nouns.COLD_WET),
        ("街道清扫", "早上五点出工", kind_nouns.WALKING),
        ("物业保洁", "负责四栋楼道和电梯厅", kind_nouns.STAIRS),
        ("物业保洁", "负责四栋楼道和电梯厅", kind_nouns.BEND),
    ],
)
def test_kinds_read_this_session(title: str, text: str, demand: str) -> None:
    assert demand in {f.value for f in posting_facts(title, text) if f.code == "implied"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("快递员", "片区派送，到件放到驿站就行"),  # a courier's drop at a station: none of the station's lifting
        ("环保设备销售", "跑环卫局的单子"),  # sells to the sweepers
    ],
)
def test_look_alikes_read_no_station_or_sweeper(title: str, text: str) -> None:
    implied = [f.evidence for f in posting_facts(title, text) if f.code == "implied"]
    assert not any("驿站" in said or "环卫" in said for said in implied)


def test_a_night_range_to_the_next_morning_is_read() -> None:
    hours = [f.value for f in posting_facts("冷链仓装卸", "晚上十点到第二天早上六点，计件") if f.code == "hours"]
    assert hours == ["22:00-06:00"]


@pytest.mark.parametrize(
    ("person", "title", "text"),
    [
        ("孩子上午在托班，我只有九点到十二点能出来", "洗衣房", "每天工作9小时，月休四天"),  # a 3-hour window
        ("下午两点以后有空，晚上八点前得回家", "纸箱厂", "长白班，包吃住"),  # 长白班's 11 hours in a 6-hour window
        ("一天顶多干五个钟头", "烘焙店", "烘焙店兼职，周六全天"),  # a whole weekend day past a day's cap
    ],
)
def test_a_day_longer_than_the_persons_free_stretch_is_out(person: str, title: str, text: str) -> None:
    assert not kept(person, title, text)


@pytest.mark.parametrize(
    ("person", "title", "text"),
    [
        (
            "十二点到两点不行，要给老人做饭",
            "洗衣房",
            "每天工作9小时，月休四天",
        ),  # the rest of the day is long enough
        ("一天顶多干十个钟头", "烘焙店", "烘焙店兼职，周六全天"),
    ],
)
def test_a_day_within_the_persons_free_stretch_is_kept(person: str, title: str, text: str) -> None:
    assert kept(person, title, text)


def test_a_whole_weekend_day_is_a_full_day_and_round_the_clock_is_not() -> None:
    assert [f.value for f in posting_facts("商场促销", "周末全天，日结") if f.code == "day_hours"] == ["8"]
    assert not [f for f in posting_facts("监控员", "全天候值守大厅监控") if f.code == "day_hours"]
