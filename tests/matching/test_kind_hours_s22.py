"""Issue 22, session 22: round 2 of the blind hours labels (`bench/kinds/hours/round2`, `kind_hours_table2`). A 钢结构
安装工, a 卤菜店店员 or a 网吧网管 saying nothing of its hours keeps a day that a person's limit refuses, as the
labellers' majority judged; a 幼儿园厨师, a 社区卫生服务中心收费员, a 燃气入户安检员 and a 养老驿站助餐员 no longer hide
behind the wider nouns of round 1 (厨师, 收费员, 安检, 驿站); round 1's kinds read as before; and the new nouns do not
reach the real titles they would wrongly catch (民宿管家, 绣花制版师, 游戏讲解员, 安检票务, a hospital's 验配师…).
The wordings are this file's own; the people's words are session 21's (`test_kind_hours_s21`)."""

from __future__ import annotations

import pytest

from bench.kinds.acceptable import Kind, read_kinds
from bench.kinds.hours.__main__ import HERE, LIMITS, held
from matching.facts import posting_facts
from tests.matching.kind_people import implied
from tests.matching.test_kind_hours_s21 import (
    EIGHT_HOURS,
    EIGHT_START,
    HOME_BY_SIX,
    LATE_START,
    NO_WEEKENDS,
    PICKUP,
    _fits,
)

SITE = {"dawn", "pickup", "weekend", "long_day"}
ROTA = {"early", "pickup", "evening", "weekend", "long_day"}
DAY_LATE = {"pickup", "evening", "weekend", "long_day"}
WORKSHOP = {"pickup", "weekend", "long_day"}
SHOP_DAY = {"pickup", "evening", "weekend"}
ON_CALL = {"early", "pickup", "evening", "weekend"}


def _kind_hours(title: str, text: str = "") -> set[str]:
    return implied(title, text, "kind_hours")


@pytest.mark.parametrize(
    ("title", "limits"),
    [
        ("铝合金门窗安装师傅", SITE),
        ("钢结构安装工", SITE),
        ("石材厂切割工", SITE),
        ("砖厂工人", SITE),
        ("瓷砖铺贴工", SITE),
        ("水产加工厂剥虾工", SITE),
        ("啤酒饮料送货员", SITE),  # loaded from seven, not a 送货员's day
        ("中药材种植工", {"dawn", "pickup", "weekend"}),
        ("熟食店烤鸭师傅", {"dawn", *DAY_LATE}),
        ("中央厨房分装工", {"dawn", "weekend"}),
        ("殡仪馆服务员", {"dawn", "weekend"}),
        ("医院配餐员", {"dawn", "pickup", "evening", "weekend"}),
        ("医院标本运送员", ON_CALL),
        ("酒店行李员", ON_CALL),
        ("钢厂天车工", ON_CALL),
        ("酒厂酿酒工", {"early", "weekend"}),
        ("学校宿管阿姨", {"early", "pickup", "evening", "long_day"}),
        ("汽车总装线工人", ROTA),
        ("绣花厂机绣工", ROTA),
        ("电缆厂拉丝工", ROTA),
        ("地铁站务员", ROTA),
        ("公司小车司机", {"pickup", "evening", "long_day"}),
        ("康复治疗师", {"pickup"}),
        ("特殊教育学校助教", {"pickup"}),
        ("粮库保管员", {"pickup"}),
        ("网店美工", {"pickup"}),
        ("景区检票员", {"pickup", "weekend"}),
        ("二手车整备员", {"pickup", "weekend"}),
        ("眼镜店验光师", SHOP_DAY),
        ("游泳馆救生员", SHOP_DAY),
        ("健身教练", SHOP_DAY),
        ("卤菜店店员", DAY_LATE),  # longer days than a 收银员's
        ("花店店员", DAY_LATE),
        ("宠物店店员", DAY_LATE),
        ("彩票店店员", DAY_LATE),
        ("茶叶店店员", DAY_LATE),
        ("洗浴中心搓澡工", DAY_LATE),
        ("网吧网管", DAY_LATE),
        ("轮胎店补胎工", DAY_LATE),
        ("纸箱厂普工", WORKSHOP),  # a day floor, not an electronics line's rota
        ("玩具厂普工", WORKSHOP),
        ("灯具厂组装工", WORKSHOP),
        ("羽绒厂充绒工", WORKSHOP),
        ("皮具厂手工缝制工", WORKSHOP),  # no 居家手工
        ("陶瓷厂施釉工", WORKSHOP),
        ("酱菜厂腌制工", WORKSHOP),
        ("农机维修工", WORKSHOP),
        ("打印复印店店员", WORKSHOP),
        ("医药代表", {"evening", "long_day"}),
    ],
)
def test_a_round_two_kind_implies_the_limits_its_majority_called_broken(title: str, limits: set[str]) -> None:
    assert _kind_hours(title, "包吃住，缴社保") == limits


@pytest.mark.parametrize(
    ("person", "title", "text"),
    [
        (LATE_START, "钢结构安装工", "有焊工证优先，包住"),
        (EIGHT_START, "铝合金门窗安装师傅", "有经验优先"),  # from half past seven, which eight misses too
        (EIGHT_START, "幼儿园厨师", "持健康证"),  # breakfast by seven
        (PICKUP, "网吧网管", "包吃住，月薪3500"),
        (PICKUP, "康复理疗师", "康复医学专业，有证"),
        (PICKUP, "网店美工", "会PS，有淘宝店铺经验"),
        (HOME_BY_SIX, "卤菜店店员", "包吃，月薪3200"),
        (HOME_BY_SIX, "公司小车司机", "C1驾照，五年驾龄"),
        (NO_WEEKENDS, "景区检票员", "缴五险"),
        (NO_WEEKENDS, "汽车总装线工人", "包吃住"),
        (EIGHT_HOURS, "羽绒厂充绒工", "计件工资"),
        (EIGHT_HOURS, "医药代表", "负责医院客户拜访"),
        (LATE_START, "学校宿管员", "女性优先"),
    ],
)
def test_a_silent_round_two_kind_is_out_for_the_limit_it_breaks(person: str, title: str, text: str) -> None:
    assert not _fits(person, title, text)


@pytest.mark.parametrize(
    ("person", "title", "text"),
    [
        # the majority's A cells, hidden behind round 1's nouns before (厨师, 收费员, 安检, 驿站)
        (HOME_BY_SIX, "幼儿园厨师", "持健康证"),
        (NO_WEEKENDS, "幼儿园厨师", "持健康证"),
        (EIGHT_HOURS, "幼儿园厨师", "持健康证"),
        (HOME_BY_SIX, "社区养老驿站助餐员", "给老人打饭送餐"),
        (EIGHT_HOURS, "社区养老驿站助餐员", "给老人打饭送餐"),
        (LATE_START, "燃气入户安检员", "入户检查燃气管道"),
        (LATE_START, "社区卫生服务中心收费员", "会电脑操作"),
        (HOME_BY_SIX, "社区卫生服务中心收费员", "会电脑操作"),
        (EIGHT_HOURS, "社区卫生服务中心收费员", "会电脑操作"),
        (PICKUP, "水电抄表员", "片区入户抄表"),  # labelled D: kept
        (HOME_BY_SIX, "纸箱厂普工", "包吃住"),  # labelled D: no longer a rota's evening
        (PICKUP, "钢结构安装工", "上班时间7:00-15:30，包住"),  # stated hours win
        (NO_WEEKENDS, "眼镜店验光师", "做五休二"),  # rest days said
        (PICKUP, "居家皮具手工缝制", "计件，材料寄到家"),  # at home, at one's own hours
        (PICKUP, "网吧网管", "兼职，晚上"),  # part-time
    ],
)
def test_the_round_two_kind_keeps_no_one_out_where_its_day_fits_or_is_said(person: str, title: str, text: str) -> None:
    assert _fits(person, title, text)


@pytest.mark.parametrize(
    ("title", "limits"),
    [
        ("民宿管家", set()),  # no 宿管
        ("绣花制版师（提供食宿）", set()),  # drawn on a screen, no 机绣
        ("游戏讲解员", set()),  # no 景区's guide
        ("web前端~有美工基础~vue", set()),  # a skill, not the post
        ("角膜塑型镜验配师《隆昌中医院五官科》", set()),  # a hospital's, not an optician's shop
        ("门窗检验员", set()),  # no fitter
        ("陶瓷厂厂长", set()),  # runs the works
        ("行政助理", set()),  # `NOT_DOING`, as in round 1
        ("小区物业客服", set()),
        ("高铁乘务安检票务五险一金包吃住", ROTA),  # 安检票务: the station's rota, no 检票
        ("婴儿游泳馆护理员", ROTA),  # a carer, round 1's noun, no 游泳教练
        ("康复护士", ROTA),  # a nurse, no 康复师
        ("烤鸭店服务员", DAY_LATE),  # its waiters start no earlier than a restaurant's
        ("熟食加工厂普工", ROTA),  # a works, no counter
        ("皮具店店员", SHOP_DAY),  # a shop, no workshop
        ("健身房前台", {"pickup"}),  # round 1's front desk
        ("社区养老驿站护理员", ROTA),  # a carer, not the 助餐员's weekday
        ("饭店厨师", DAY_LATE),  # round 1's kitchen
        ("[直招]收费员", ROTA),  # a toll's or a car park's rota
        ("地铁安检员", ROTA),
    ],
)
def test_the_new_nouns_do_not_reach_what_they_would_wrongly_catch(title: str, limits: set[str]) -> None:
    assert _kind_hours(title) == limits


def test_the_new_kind_hours_quote_the_noun() -> None:
    assert {f.evidence for f in posting_facts("熟食店烤鸭师傅", "") if f.code == "kind_hours"} == {"烤鸭"}
    assert {f.evidence for f in posting_facts("皮具厂手工缝制工", "") if f.code == "kind_hours"} == {"皮具"}


def _labelled(*folders: str) -> list[Kind]:
    return [k for name in folders for k in read_kinds(sorted((HERE / name).glob("lab*.csv")), LIMITS)]


def _cells(kinds: list[Kind], verdict: str, *, held_by_reader: bool) -> list[tuple[str, str]]:
    """The (title, limit) cells whose majority is `verdict` and that the reader holds (or misses)."""
    return [
        (k.title, limit)
        for k in kinds
        for read in [held(posting_facts(k.title, ""))]
        for limit in LIMITS
        if k.majority(limit) == verdict and (limit in read) == held_by_reader
    ]


def test_no_labelled_kind_of_either_round_hides_a_good_job() -> None:
    assert _cells(_labelled(".", "round2"), "A", held_by_reader=True) == []


def test_round_two_holds_every_unacceptable_cell_but_the_desks_not_doing_silences() -> None:
    missed = _cells(_labelled("round2"), "U", held_by_reader=False)
    assert sorted(missed) == sorted(
        [("行政助理", "pickup"), ("人事专员", "pickup"), ("小区物业客服", "pickup"), ("小区物业客服", "weekend")]
    )
