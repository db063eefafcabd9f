"""Issue 22 s11 after review (rev-post F2, F4, F5a): a kind noun in the name of a post that does not do the work (a
broker, a partner, a teacher, a salesman, a team leader, a reposter of videos) implies nothing, and a trade noun
(海鲜, 外卖, 冻品) yields to the task noun after it (海鲜酒楼服务员 is a waiter). Every wording is made up for this file."""

from __future__ import annotations

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits


def _demands(title: str, text: str) -> set[str]:
    return {f.value or "" for f in posting_facts(title, text) if f.code == "implied"}


def _shown(seeker: str, title: str, text: str) -> bool:
    limits = seeker_limits(seeker_facts(seeker, seeker))
    facts = posting_facts(title, text)
    return limits.fits(facts) and not limits.exclude & job_bits(facts)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("家政经纪人", "对接雇主和阿姨，办公室上班"),
        ("家政合伙人", "共同经营门店，不用上户"),
        ("家政讲课老师", "给学员上课"),
        ("家政（业务员）", "跑社区推广"),
        ("水产区负责人", "管好门店水产区的进货"),
        ("自助洗车加盟合伙人", "投资开店"),
        ("短视频搬运", "在家剪辑搬运视频，手机即可"),
        ("新媒体短剧搬运工", "把短剧剪辑后发布"),
        ("冻品业务员", "开发饭店客户，跑市场"),
        ("骑手队长", "管理站点的骑手排班"),
        ("外卖打包员", "在店里给订单打包"),
        ("家政 维持秩序员", "活动现场维持秩序"),
    ],
)
def test_a_kind_noun_in_a_post_that_does_not_do_the_work_implies_nothing(title: str, text: str) -> None:
    assert _demands(title, text) == set()


@pytest.mark.parametrize(
    ("title", "text", "demands"),
    [
        ("海鲜大酒楼服务员", "包厢点菜上菜", {"standing", "walking", "hands"}),  # a waiter, not a fishmonger
        # a cook at the stove, who climbs no stairs; session 20: lifts, in the heat, with both hands (kind_labelled)
        ("外卖档口厨师", "出餐", {"standing", "air", "lifting", "heat", "hands"}),
        ("海鲜档口杀鱼工", "杀鱼去鳞", {"cold_wet", "standing"}),  # the task noun keeps its demand
        (
            "冻品分拣员",
            "冷冻货分拣",
            {"cold_wet", "standing", "lifting", "bend", "hands", "walking"},
        ),  # handling the trade's goods; a picker lifts (s12), bends (s20); session 21: walks the cold store (kind_labelled3)
        ("外卖员", "送餐上门", {"stairs", "heat", "hands"}),  # the trade as the head
        ("商场必胜客服务员", "点餐上菜收桌", {"standing", "walking", "hands"}),  # 客服 is not inside 必胜客服务员
    ],
)
def test_a_trade_noun_yields_to_the_task_noun_after_it(title: str, text: str, demands: set[str]) -> None:
    assert _demands(title, text) == demands


def test_a_broker_shows_to_a_seeker_who_cannot_bend() -> None:
    assert _shown("腰不好，蹲不下去", "家政经纪人", "对接雇主和阿姨，办公室上班")
    assert not _shown("腰不好，蹲不下去", "家政保姆", "做饭打扫卫生")


@pytest.mark.parametrize("title", ["炸鸡店兼职配送", "社区生鲜配送", "便利店配送人员", "早餐奶配送"])
def test_a_delivery_post_without_yuan_climbs_stairs(title: str) -> None:
    assert "stairs" in _demands(title, "骑电动车送到顾客家门口")


@pytest.mark.parametrize("title", ["配送中心分拣工", "配送站站长", "配送车司机", "配送调度", "系统开发-配送"])
def test_a_delivery_centre_or_its_driver_is_no_door_to_door_delivery(title: str) -> None:
    assert "stairs" not in _demands(title, "")
