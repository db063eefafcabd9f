"""Kinds the lead added from the eighth persona set's dev half (issue 22, session 13): an estate's repairer up a
ladder, a public toilet scrubbed bent over, a bean-curd workshop's wet hands; and the roles beside them that do not
do that work (a driver, a seller, a supervisor). Wordings are the lead's own."""

from __future__ import annotations

import pytest

from matching.facts.reader import posting_facts


def _implied(title: str, text: str) -> set[str]:
    return {str(f.value) for f in posting_facts(title, text) if f.code == "implied"}


@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        ("物业维修工", "负责小区公共设施日常维修", "heights"),
        ("水电维修师傅", "商场水电维修，白班", "heights"),
        ("招聘水电工", "工地水电工，日结", "heights"),
        ("公厕保洁员", "街道公厕保洁，两班倒", "bend"),
        ("公共厕所清洁工", "景区公共厕所清洁", "bend"),
        ("豆腐坊帮工", "做豆腐，早上三点开工", "cold_wet"),
        ("豆制品加工", "豆制品车间操作工", "cold_wet"),
        # session 20: was a guard; three blind labellers call 商场保洁 unacceptable for one who cannot bend (kind_labelled)
        ("商场保洁", "商场公共区域拖地", "bend"),
    ],
)
def test_the_kind_carries_its_demand(title: str, text: str, demand: str) -> None:
    assert demand in _implied(title, text)


@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        ("物业维修主管", "管理维修班组，排班派单", "heights"),
        ("豆制品销售", "跑超市和菜场铺货", "cold_wet"),
        ("豆制品厂司机", "开厢式货车送货", "cold_wet"),
        ("豆腐坊司机", "开三轮送货到菜场", "cold_wet"),
        ("物业客服", "接听业主报修电话，登记水电维修", "heights"),
    ],
)
def test_roles_beside_the_kind_do_not_carry_it(title: str, text: str, demand: str) -> None:
    assert demand not in _implied(title, text)
