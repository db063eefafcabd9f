"""Issue 22, session 20: the kinds three blind labellers decided (`matching.facts.kind_labelled`). A post's name now
implies what the labellers' majority called unacceptable for a seeker with the limit (a plain 保洁 bends, wets its
hands, walks and uses both hands; a 洗碗工 lifts racks in the steam; a driver needs both hands), so a person who says
the limit no longer sees it. Guards: a post that runs the work, a text that eases the demand, a look-alike noun
(采茶 carries no crates, a cold store's loader no heat or stairs, a 环卫车 driver sweeps nothing) and a person without
the limit. The wordings are this file's own: posts an employer in Anhui might write."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits
from tests.matching.kind_people import (
    BEND,
    COLD_WET,
    FINE,
    HANDS,
    HEAT,
    LIFTING,
    NO_COLD_WATER,
    NO_HEAT,
    NO_LOADS,
    NO_LONG_WALKS,
    NO_SMALL_PRINT,
    NO_SQUATTING,
    NO_STAIRS,
    ONE_HAND,
    REFUSES,
    STAIRS,
    WALKING,
    implied,
    shown,
)


@pytest.mark.parametrize(("words", "refused"), list(REFUSES.items()))
def test_the_seekers_here_refuse_only_the_demand_they_name(words: str, refused: set[str]) -> None:
    assert set(seeker_limits(seeker_facts("", words)).refused) == refused


# (title, text, the demand the labelled kind now implies, a person who refuses it)
_NOW_IMPLIED = [
    ("招保洁员", "庐阳区商场公共区域卫生，早7点到下午4点，月休4天", COLD_WET, NO_COLD_WATER),
    ("商场保洁阿姨", "做六休一，工资2600，交社保", WALKING, NO_LONG_WALKS),
    ("小区保洁", "蜀山区小区，负责楼道和垃圾桶清理，包午餐", LIFTING, NO_LOADS),
    ("物业保洁员", "包河区小区物业招保洁，早6点到下午2点", HANDS, ONE_HAND),
    ("饭店洗碗工", "镜湖区饭店招洗碗工，管吃住，月薪3800", HEAT, NO_HEAT),
    ("酒楼洗碗阿姨", "中午晚上两头班，包吃", LIFTING, NO_LOADS),
    ("厨师", "家常菜馆招厨师一名，会做本地菜，工资面议", HANDS, ONE_HAND),
    ("炒菜师傅", "徽菜馆招炒菜师傅，臭鳜鱼要会做", LIFTING, NO_LOADS),
    ("超市理货员", "颍州区超市招理货员，整理商品，做六休一", HANDS, ONE_HAND),
    ("超市理货员", "上架整理商品，早班晚班轮换", WALKING, NO_LONG_WALKS),
    ("快递分拣员", "快递中转场招分拣员，夜班，计件", HANDS, ONE_HAND),
    ("电焊工", "钢结构厂招电焊工，有证优先，日结", HEAT, NO_HEAT),
    ("货车司机", "物流公司招货车司机，B2驾照，跑省内", HANDS, ONE_HAND),
    ("早餐店帮工", "早上5点到10点，会包包子优先", COLD_WET, NO_COLD_WATER),
    ("早餐店帮工", "凌晨4点半上班，炸油条煮豆浆", HEAT, NO_HEAT),
    ("汽修学徒", "汽修厂招学徒，包吃住，有师傅带", LIFTING, NO_LOADS),
    ("保育员", "幼儿园招保育员，负责孩子午睡和卫生", LIFTING, NO_LOADS),
    ("工厂食堂帮工", "洗菜切菜打饭，早6点上班", HEAT, NO_HEAT),
    ("包子铺帮工", "和面包包子，包住", LIFTING, NO_LOADS),
    ("家电维修师傅", "上门维修冰箱洗衣机，有电动车", FINE, NO_SMALL_PRINT),
    ("送水工", "送桶装水，电动三轮，提成", HEAT, NO_HEAT),
]


@pytest.mark.parametrize(("title", "text", "demand", "words"), _NOW_IMPLIED)
def test_a_labelled_kind_implies_the_demand_and_keeps_out_who_refuses_it(
    title: str, text: str, demand: str, words: str
) -> None:
    assert demand in implied(title, text)
    assert not shown(words, title, text)


# (title, text, a person who must still see the post, the demand not implied)
_STILL_SHOWN = [
    ("保洁主管", "写字楼保洁主管，管理10人团队，排班检查", NO_SQUATTING, BEND),  # runs the work
    ("保洁主管", "负责商场保洁队伍的考勤和检查", ONE_HAND, HANDS),
    ("保洁员", "写字楼保洁，拖地擦桌子，不用弯腰", NO_SQUATTING, BEND),  # the text eases it
    ("洗碗工", "饭店洗碗，有洗碗机，活不累", NO_COLD_WATER, COLD_WET),
    ("超市理货员", "整理货架补货，不用搬货，有专人搬", NO_LOADS, LIFTING),
    ("茶叶采摘工", "茶园招采茶工，茶叶采摘，按斤计", NO_LOADS, LIFTING),  # leaves, no crates
    ("冷库搬运工", "冷库搬运，零下18度，计件", NO_HEAT, HEAT),  # a cold store's loader: no heat
    ("冷库搬运工", "冷库里搬货，计件", NO_STAIRS, STAIRS),  # nor stairs
    ("环卫车司机", "环卫公司招环卫车司机，开洒水车，A2驾照", NO_SQUATTING, BEND),  # drives, does not sweep
    ("环卫车司机", "开垃圾清运车，早班", NO_LOADS, LIFTING),
]


@pytest.mark.parametrize(("title", "text", "words", "demand"), _STILL_SHOWN)
def test_a_post_that_runs_eases_or_only_looks_like_the_kind_is_still_shown(
    title: str, text: str, words: str, demand: str
) -> None:
    assert demand not in implied(title, text)
    assert shown(words, title, text)


def test_a_head_chef_runs_the_kitchen_and_is_shown_to_one_with_one_hand() -> None:
    assert HANDS not in implied("厨师长", "酒店招厨师长，负责后厨管理和菜品研发")
    assert shown(ONE_HAND, "厨师长", "酒店招厨师长，负责后厨管理和菜品研发")


def test_the_eased_demand_is_kept_as_eased_and_the_rest_still_implied() -> None:
    assert implied("洗碗工", "饭店洗碗，有洗碗机，活不累", "eased") == {COLD_WET}
    assert implied("洗碗工", "饭店洗碗，有洗碗机，活不累") == {LIFTING, HEAT, HANDS, "standing"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("小区保洁", "蜀山区小区，负责楼道和垃圾桶清理"),
        ("饭店洗碗工", "管吃住，月薪3800"),
        ("电焊工", "有证优先，日结"),
    ],
)
def test_a_person_without_the_limit_still_sees_the_post(title: str, text: str) -> None:
    assert shown("身体好，啥活都能干，能吃苦", title, text)


@pytest.mark.parametrize("text", ["老小区没有电梯，负责楼道卫生", "六层老楼无电梯，楼道要拖"])
def test_no_lift_is_not_read_as_a_lift(text: str) -> None:
    """「没有电梯」 said the stairs were eased, quoting 「有电梯」 (found by the test pass of session 20)."""
    eased = [f for f in posting_facts("小区保洁", text) if f.code == "eased" and f.value == STAIRS]
    assert not eased
    assert STAIRS in implied("小区保洁", text)


@pytest.mark.parametrize(
    ("title", "demand"),
    [("数据分析师 有宿舍班车", "sitting"), ("可日结拖拉机厂 ＋公寓式宿舍＋餐补", "noise"), ("可日结拖拉机厂", "hands")],
)
def test_a_shuttle_given_or_a_tractor_plant_is_not_the_driver(title: str, demand: str) -> None:
    """Real titles where 班车 is a benefit and 拖拉机 names the plant (a scan of real titles, session 20)."""
    assert demand not in implied(title, "")


@pytest.mark.parametrize(("title", "demand"), [("班车司机", "sitting"), ("农场拖拉机手", "noise")])
def test_the_shuttle_and_tractor_drivers_still_imply_theirs(title: str, demand: str) -> None:
    assert demand in implied(title, "")
