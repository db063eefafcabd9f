"""Decoys for the kinds and bare-title roles of session 13 (issue 22), from reviewer rev4's classes 2, 3, 5 and 5b
and variations of them: a job the text mentions, negates, hired in the past or works beside is not the post; a
forklift's, a crane's or a lathe's 车工 is no garment machinist's close sewing; bean curd names a maker's work, not
every role of the workshop; a trade in a company's or a workshop's name gives nothing to the other role it hires."""

from __future__ import annotations

import pytest

from matching.facts.reader import posting_facts


def _physical(title: str, text: str) -> set[str]:
    return {
        str(f.value) if f.code == "implied" else f.code
        for f in posting_facts(title, text)
        if f.family.value == "physical"
    }


@pytest.mark.parametrize(
    ("title", "text", "wrong"),
    [
        # a courier worked with, negated or hired before (rev4 class 2)
        ("行政", "负责收发快递，需要与快递员对接", "riding"),
        ("急招", "以前招过快递员，现在招客服，在家办公", "riding"),
        ("招聘", "我们不招快递员，招文员", "riding"),
        ("招聘", "公司旗下快递员很多，现招仓库文员，坐着录单", "riding"),
        ("急招", "配合快递员装车，仓库内分拣", "riding"),
        ("急招", "需要和外卖员沟通", "riding"),
        ("招聘", "之前招过配送员，这次招前台", "riding"),
        ("急招", "跟快递小哥交接包裹，登记出入库", "riding"),
        ("招聘", "不招快递员，只招仓管员", "riding"),
        # a forklift's, a crane's or a lathe's 车工 (rev4 class 3)
        ("叉车工", "开叉车", "fine_sight"),
        ("仓库", "招叉车工两名", "fine_sight"),
        ("电动叉车工", "仓库", "fine_sight"),
        ("铲车工", "", "fine_sight"),
        ("天车工", "", "fine_sight"),
        ("行车工", "天车操作", "fine_sight"),
        ("车床车工", "", "fine_sight"),
        ("装载机铲车工", "工地上料", "fine_sight"),
        # bean curd: the workshop's other roles (rev4 class 5)
        ("豆腐坊收银", "卖豆腐收钱", "cold_wet"),
        ("豆腐坊", "招会计", "cold_wet"),
        ("豆腐坊", "招送货员", "cold_wet"),
        ("豆芽配送司机", "", "cold_wet"),
        ("卖豆腐", "", "cold_wet"),
        ("豆腐店营业员", "菜场摊位卖豆腐", "cold_wet"),
        # a trade in a company's or a workshop's name, another role hired (rev4 class 5b)
        ("XX木工坊", "招收银", "bend"),
        ("XX木工坊", "招收银", "lifting"),
        ("XX绿化工程公司", "招出纳", "walking"),
        ("XX绿化工程公司", "招出纳", "bend"),
        ("YY木工坊", "诚聘会计一名，坐办公室", "bend"),
    ],
)
def test_the_decoy_gives_no_demand(title: str, text: str, wrong: str) -> None:
    assert wrong not in _physical(title, text)


@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        ("急招", "快递员，片区派送", "riding"),
        ("招聘", "招快递员两名，片区派送", "riding"),
        ("服装厂车工", "平车缝制", "fine_sight"),
        ("车工", "服装厂车衣", "fine_sight"),
        ("豆腐坊帮工", "做豆腐，早上三点开工", "cold_wet"),
        ("豆腐坊", "早上三点开工，泡豆磨浆", "cold_wet"),
        ("豆腐坊", "招帮工一名", "cold_wet"),
        ("豆制品加工", "豆制品车间操作工", "cold_wet"),
        ("做豆腐", "包吃住", "cold_wet"),
        ("XX木工坊", "招木工两名", "bend"),
        ("XX绿化工程公司", "招绿化工", "walking"),
    ],
)
def test_the_real_post_keeps_its_demand(title: str, text: str, demand: str) -> None:
    assert demand in _physical(title, text)


@pytest.mark.parametrize(("title", "text"), [("豆制品厂", "早上四点上班，包吃"), ("豆制品车间", "流水线")])
def test_a_bean_product_plant_keeps_wet_hands(title: str, text: str) -> None:
    assert "cold_wet" in _physical(title, text)


def test_a_bean_product_plant_cashier_is_dry() -> None:
    assert "cold_wet" not in _physical("豆制品厂收银", "门市部收银")
