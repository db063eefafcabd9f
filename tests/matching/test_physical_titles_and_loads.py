"""A reviewer's findings on physical demands: a benefit or a room is no load carried, a post that runs loading is no
day on one's feet, a weekend paid extra "if" worked is no weekend rota. Every wording is made up."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts
from matching.facts.physical import standing_post


def codes_of(description: str, title: str = "") -> set[str]:
    return {f.code for f in posting_facts(title, description)}


@pytest.mark.parametrize(
    "description", ["公司提供一袋五十斤大米作为福利", "宿舍拎包入住，一包五十斤", "提成一箱五十元"]
)
def test_a_benefit_or_a_room_is_no_load_carried(description: str) -> None:
    assert "lifting" not in codes_of(description)


@pytest.mark.parametrize("description", ["搬菜筐，一筐四五十斤", "提货时一箱三十来斤", "拎着一袋二十斤的米上楼"])
def test_a_container_carried_and_its_weight_is_still_lifting(description: str) -> None:
    assert "lifting" in codes_of(description)


@pytest.mark.parametrize("title", ["AGV拣货机器人运维工程师", "搬运工主管", "装卸工班长", "分拣员组长", "拣货系统经理"])
def test_a_post_that_runs_the_work_is_no_standing_title(title: str) -> None:
    assert standing_post(title, "") == []


@pytest.mark.parametrize("title", ["装卸工", "分拣员", "仓库拣货员", "超市收银员"])
def test_a_post_that_does_the_work_is_still_a_standing_title(title: str) -> None:
    assert [f.code for f in standing_post(title, "")] == ["standing"]


@pytest.mark.parametrize("description", ["周末若必须上班，给双倍工资", "周末如果必须上班，给双倍工资"])
def test_a_weekend_worked_only_if_need_be_is_no_weekend_rota(description: str) -> None:
    assert "weekends_worked" not in codes_of(description)


@pytest.mark.parametrize("description", ["周末客流大必须上班", "周末需要上班"])
def test_a_weekend_said_worked_is_still_read(description: str) -> None:
    assert "weekends_worked" in codes_of(description)
