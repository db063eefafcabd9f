"""Issue 22, session 19 (h-left19): readings session 18 found wrong and left. A discomfort named and then every kind of
work offered ("夏天怕热，冬天怕冷，啥活都能干") states no limit; a driver's seat is not eased by hours the driver sets
("网约车司机，时间自由"); a free window to the next morning said without a clock ("晚上七点以后到第二天早上") runs on past
midnight; a load weighed per bundle in a loose pair of numerals ("一捆三四十斤") or a sack of rice delivered ("送米面，一袋
五十斤") is a load; a weekend named before the post's task ("周六周日发传单") is the post's days; a pick of days of the whole
week ("每周任选三天") is a week of that many days picked from all seven. Guards: the same words with an exception kept
(就是/别的活), a home job's free hours, a night start that closes at midnight, a benefit's rice, a weekend paid extra
or picked from, and a pick among days named. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits


def _refused(words: str) -> set[str]:
    said = [f for f in seeker_facts("", words) if not f.sensitive]
    return set(seeker_limits(said).refused)


def _codes(words: str) -> set[str]:
    return {f.code for f in seeker_facts("", words) if not f.sensitive}


def _shown(words: str, title: str, text: str) -> bool:
    said = [f for f in seeker_facts("", words) if not f.sensitive]
    limits, facts = seeker_limits(said), posting_facts(title, text)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


def _posted(title: str, text: str, code: str) -> list[str]:
    return [f.value or "" for f in posting_facts(title, text) if f.code == code]


# 1. a discomfort named, then any work offered: no limit; an exception after the offer keeps its limit


@pytest.mark.parametrize(
    "words",
    [
        "夏天怕热，冬天怕冷，啥活都能干",
        "我这人怕热，不过什么活都能干",
        "有点怕冷，但是啥活都可以干，不挑",
        "怕热怕冷的，但干啥都行",
    ],
)
def test_a_discomfort_before_any_work_offered_refuses_nothing(words: str) -> None:
    assert not _codes(words) & {"no_heat", "no_cold_wet"}


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("怕热，高温的活干不了", "no_heat"),
        ("别的活都能干，就是怕热", "no_heat"),
        ("啥活都能干，就是怕冷", "no_cold_wet"),
        ("怕热，别的活都能干", "no_heat"),
        ("怕冷，其他什么活都能干", "no_cold_wet"),
        ("夏天怕热。啥活都能干", "no_heat"),
    ],
)
def test_a_discomfort_kept_where_the_offer_excepts_it_or_stands_apart(words: str, code: str) -> None:
    assert code in _codes(words)


def test_any_work_offered_keeps_a_night_excepted() -> None:
    assert "no_night" in _codes("啥活都能干，就是不能上夜班")
    assert "no_night" in _codes("夏天怕热，啥活都能干，就是不能上夜班")


def test_the_waived_heat_leaves_a_boiler_room_shown() -> None:
    assert _shown("夏天怕热，冬天怕冷，啥活都能干", "锅炉工", "锅炉房烧锅炉，包吃住")
    assert not _shown("怕热，高温的活干不了", "锅炉工", "锅炉房烧锅炉，包吃住")


# 2. a driver sits however free the hours; a home desk job's free hours still ease the seat

_NO_LONG_SEAT = "腰间盘突出，不能久坐"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("网约车司机", "网约车司机，时间自由，多劳多得"),
        ("货车司机", "跑市内配送，自由安排时间"),
        ("专车驾驶员", "专车驾驶员，时间自由，收入日结"),
    ],
)
def test_a_drivers_seat_is_not_eased_by_free_hours(title: str, text: str) -> None:
    assert not _shown(_NO_LONG_SEAT, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("居家数据标注", "居家数据标注，时间自由，会用电脑即可"),
        ("文员", "录入资料，站坐结合"),
    ],
)
def test_a_desk_jobs_free_hours_or_a_seat_taken_back_still_ease_it(title: str, text: str) -> None:
    assert _shown(_NO_LONG_SEAT, title, text)


# 3. a free window to the next morning, the end said without a clock

NIGHT_JOB = ("小区夜班保安", "夜班，晚上10点到早上6点，坐岗")


@pytest.mark.parametrize(
    "words",
    [
        "晚上七点以后到第二天早上都有空",
        "晚上七点以后到次日早上都行",
        "晚上八点以后一直到天亮都可以",
        "晚上七点以后到早上都能来",
    ],
)
def test_a_window_to_the_next_morning_keeps_the_night_job(words: str) -> None:
    assert _shown(words, *NIGHT_JOB)


@pytest.mark.parametrize(
    "words", ["晚上七点以后都有空", "晚上七点以后到十一点都有空", "晚上七点以后有空，第二天早上要送孩子"]
)
def test_an_evening_window_without_the_next_morning_keeps_its_end(words: str) -> None:
    assert not _shown(words, *NIGHT_JOB)


# 4. a load weighed per bundle, box or sack, in loose numerals


@pytest.mark.parametrize(
    ("title", "text", "kg"),
    [
        ("钢筋工地小工", "装卸钢筋，一捆三四十斤", "20"),
        ("粮油店送货员", "送米面到户，一袋五十斤", "25"),
        ("果园帮工", "摘苹果装筐，一筐二三十斤", "15"),
        ("仓库", "搬纸箱，一箱十五六斤", "8"),
    ],
)
def test_a_load_weighed_per_piece_is_read(title: str, text: str, kg: str) -> None:
    assert kg in _posted(title, text, "load_kg")


def test_the_most_a_person_lifts_against_a_sack() -> None:
    assert not _shown("年纪大了，最多提二十斤", "粮油店送货员", "送米面到户，一袋五十斤")
    assert _shown("年纪大了，最多提二十斤", "仓库", "搬纸箱，一箱五六斤")


def test_rice_given_at_the_festivals_is_no_load() -> None:
    assert _posted("保洁", "打扫办公楼，过节送米送油，一袋米五十斤", "load_kg") == []


# 5. the weekend named before the post's task: the post's days


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("发传单", "周六周日发传单，一天100"),
        ("商场促销", "星期六星期天做促销，日结"),
    ],
)
def test_a_weekend_named_before_the_task_is_worked(title: str, text: str) -> None:
    assert _posted(title, text, "workdays") == ["67"]
    assert _shown("平时上班，只有周六周日有空", title, text)
    assert not _shown("周末要在家带孙子，周末不行", title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("发传单", "周六或周日任选一天发传单"),
        ("保安", "周一到周五上班，周六周日加班费另算"),
    ],
)
def test_a_weekend_picked_from_or_paid_is_not_read_as_the_posts_days(title: str, text: str) -> None:
    assert "67" not in _posted(title, text, "workdays")


# 6. a pick of days from the whole week


@pytest.mark.parametrize("text", ["每周任选三天，9:00-17:00", "一周任选三天上班，早九晚五"])
def test_a_pick_from_the_week_asks_as_many_free_days(text: str) -> None:
    assert _shown("我周一三五有空", "超市促销", text)
    assert not _shown("我一周只有周二周四有空", "超市促销", text)
    assert not _shown("一周只能干两天", "超市促销", text)
    assert _shown("一周能来三天", "超市促销", text)


def test_a_pick_among_days_named_is_as_before() -> None:
    text = "周一到周五任选三天，9:00-17:00"
    assert _shown("我周一三五有空", "超市促销", text)
    assert not _shown("我周六周日有空", "超市促销", text)


# 7. a child or grandchild fetched is the reason of the person's own limit; a grandchild's own trouble is theirs


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("下午要接孩子不能加班", "no_overtime"),
        ("下午要接孩子腿脚不好走不了远路", "no_walking"),
        ("下午要接孙子，腰不好不能搬重的", "no_lifting"),
        ("下午要接孙子不能加班", "no_overtime"),
        ("每天接孙女放学，晚上不能上班", "no_evening"),
        ("要接送外孙不能上夜班", "no_night"),
    ],
)
def test_a_limit_after_fetching_a_child_or_grandchild_is_the_persons(words: str, code: str) -> None:
    assert code in _codes(words)


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("我孙子腰不好", "no_lifting"),
        ("外孙女不会开车", "no_driving"),
        ("大孙子腿脚不好", "no_walking"),
    ],
)
def test_a_grandchilds_own_trouble_is_not_the_persons(words: str, code: str) -> None:
    assert code not in _codes(words)


def test_a_grandchilds_age_still_floors_the_grandparents() -> None:
    ages = [f.value for f in seeker_facts("", "我孙子都十八了，我想找个看大门的活") if f.code == "age"]
    assert ages and all(a is not None and a.endswith("-") and int(a[:-1]) >= 50 for a in ages)
