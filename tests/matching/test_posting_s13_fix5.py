"""Issue 22 s13 (rev2's posting classes 7, 12, 14, 16, 17, 18 left open): a split day whose morning is written in bare
or dotted numbers ("上午9-12下午1.40-7.30"); a week said as 礼拜一到礼拜六 or 做六天歇一天; wet duties (刷龙虾, 洗客人
用过的餐盘, 水台, a 洗碗员 hired); a delivery post's own 配送时间; 要求会叉车; years asked of an instrument (吉他);
a sewing-machine mechanic no fine work, and 眼神要好 fine sight stated. Each × a few frames, with decoys. Every wording
is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.days import week_days
from matching.facts.person import seeker_limits

TODAY = date(2026, 12, 6)


def fits(title: str, post: str, seeker: str) -> bool:
    return seeker_limits(seeker_facts("", seeker, [], today=TODAY)).fits(posting_facts(title, post), TODAY)


def hours(title: str, text: str) -> list[str | None]:
    return [f.value for f in posting_facts(title, text) if f.code == "hours"]


def demands(title: str, text: str) -> set[str | None]:
    return {f.value for f in posting_facts(title, text) if f.code in ("implied", "stated")}


# class 12: the week said as its weekdays with 礼拜, or as days worked and rested
WEEK_SIX = [
    "礼拜一到礼拜六上班，礼拜天休",
    "礼拜一至礼拜六，每天八小时",
    "做六天歇一天，包吃住",
    "上六天歇一天，工资月结",
    "干6天休1天",
    "月休四到五天，包住",
]


@pytest.mark.parametrize("text", WEEK_SIX)
def test_a_six_day_week_said_in_other_words_is_six(text: str) -> None:
    facts = posting_facts("服务员", text)
    assert week_days(facts) == 6
    assert any(f.code == "weekends_worked" for f in facts)
    assert not fits("服务员", text, "一个礼拜最多来三天")


@pytest.mark.parametrize(
    "text", ["礼拜一到礼拜六都可以来面试", "礼拜一到礼拜五上班，双休", "六天内到岗，包吃住", "做六天的试工"]
)
def test_decoys_of_a_six_day_week_are_not_six(text: str) -> None:
    assert week_days(posting_facts("服务员", text)) in (None, 5)


# class 16: wet duties in the text, and a wet station named
WET = [
    ("小龙虾店", "刷龙虾，洗小龙虾，计件"),
    ("龙虾馆帮工", "负责洗龙虾、剪虾线"),
    ("厨工", "洗客人用过的餐盘，打扫后厨"),
    ("饭店杂工", "要洗餐盘碗筷，收桌子"),
    ("水台", "洗碗员"),
    ("后厨水台", "杀鱼剖鸡，干净利落"),
    ("饭店招工", "招洗碗员一名，包吃住"),
]


@pytest.mark.parametrize(("title", "text"), WET)
def test_wet_duties_put_the_hands_in_water(title: str, text: str) -> None:
    assert "cold_wet" in demands(title, text)
    assert not fits(title, text, "手一碰凉水就疼，类风湿")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("小龙虾店", "有洗碗机，负责洗龙虾"),  # eased by the machine, as the name's noun is
        ("服务员", "不用洗碗，只端菜"),
        ("服务员", "店里有洗碗机，只管点菜"),
        ("服务员", "招服务员、洗碗员等若干"),  # a list of roles: another post's work
        ("销售", "销售龙虾，洗碗机推广"),
        ("水台面安装", "安装大理石水台面"),
    ],
)
def test_decoys_of_wet_duties_are_not_wet(title: str, text: str) -> None:
    assert "cold_wet" not in {f.value for f in posting_facts(title, text) if f.code == "implied"}


# class 17: a delivery post's own delivery time is its hours
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("配送员", "配送时间十点到两点，中午高峰", ["10:00-14:00"]),
        ("送餐员", "送餐时间上午10点到下午2点", ["10:00-14:00"]),
        ("外卖骑手", "配送时间：上午十点到下午两点", ["10:00-14:00"]),
        ("文员", "配送时间十点到两点，负责跟单", []),  # a shop's delivery: not the clerk's hours
    ],
)
def test_a_delivery_posts_delivery_time_is_its_hours(title: str, text: str, want: list[str]) -> None:
    assert hours(title, text) == want


# class 18: a forklift asked without a verb; years asked of an instrument
def forklift(text: str) -> list[str | None]:
    facts = posting_facts("物流搬运", text)
    return [f.modality.value if f.modality else None for f in facts if f.code == "forklift_driving"]


@pytest.mark.parametrize("text", ["要求会叉车，一天两百", "需会叉车，长白班", "会叉车，能吃苦"])
def test_a_forklift_asked_without_its_verb(text: str) -> None:
    assert forklift(text)
    assert "preferred" not in forklift(text)


@pytest.mark.parametrize(("text", "want"), [("会叉车优先", ["preferred"]), ("不会叉车可以教", []), ("叉车证优先", [])])
def test_decoys_of_a_forklift_asked(text: str, want: list[str]) -> None:
    assert [m for m in forklift(text) if m != "lacks"] == want


def years(title: str, text: str) -> list[str | None]:
    return [f.value for f in posting_facts(title, text) if f.code == "experience_min"]


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("吉他老师", "弹吉他三年以上", ["3"]),
        ("琴行老师", "要学过两年以上古典吉他", ["2"]),
        ("乐器陪练", "尤克里里两年以上", ["2"]),
        ("少儿乐器", "架子鼓三年以上功底", ["3"]),
        ("琴行", "招收学过两年以上吉他的孩子", []),  # pupils' years
        ("吉他老师", "弹吉他三年以上的优先", []),  # preferred
    ],
)
def test_years_asked_of_an_instrument(title: str, text: str, want: list[str]) -> None:
    assert years(title, text) == want


# class 14: a sewing machine mended is no fine sight; fine sight the text states
@pytest.mark.parametrize("title", ["缝纫机维修", "工业缝纫机修理工", "缝纫机保养维修师傅"])
def test_a_sewing_machine_mechanic_does_not_need_fine_sight(title: str) -> None:
    assert "fine_sight" not in demands(title, "修理工业缝纫机，会调机")


@pytest.mark.parametrize(
    "text", ["电子元件组装，坐着干，眼神要好", "穿线打结，眼神好", "眼力要好，手脚麻利", "要求眼神好使"]
)
def test_fine_sight_stated_in_the_text(text: str) -> None:
    assert "fine_sight" in demands("普工", text)
    assert not fits("普工", text, "眼睛花得厉害，看不清细的")


@pytest.mark.parametrize("text", ["眼神不好也没关系", "不需要眼神好，粗活", "老板眼神好，看人准，招保安"])
def test_decoys_of_fine_sight_stated(text: str) -> None:
    assert "fine_sight" not in demands("保安", text)
