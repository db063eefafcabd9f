"""Issue 22 s14 (rev3's and rev4's posting classes): a generic title ("超市员工", "酒店员工", "门店店员", "工厂员工")
over a text that names the job only by its duties or its place ("负责理货、收银", "在流水线上焊锡") implies what those
duties' kinds ask; and a milk, paper or water round ("送奶工", "送报纸", "送桶装水") is ridden, by its kind, where no
bike is said. Each × a few frames, with decoys. Every wording is made up for this grid."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits

TODAY = date(2026, 12, 6)


def shown(title: str, post: str, seeker: str) -> bool:
    """Whether the page keeps the post for the person: its bits admitted and its facts fitting."""
    facts, limits = posting_facts(title, post), seeker_limits(seeker_facts("", seeker, [], today=TODAY))
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


def demands(title: str, text: str) -> set[str]:
    """The physical demands read: codes, and implied/stated values."""
    found = posting_facts(title, text)
    return {f.code for f in found if f.family.value == "physical"} | {
        f.value for f in found if f.code in ("implied", "stated") and f.value
    }


DUTIES = [
    ("超市员工", "负责理货、收银，月休四天", {"standing", "lifting"}),
    ("超市员工", "主要负责收银", {"standing"}),
    ("门店店员", "负责收银和理货", {"standing"}),
    ("工厂员工", "在流水线上焊锡，计件", {"fine_sight"}),
    ("工厂员工", "工作内容：焊锡、插件", {"fine_sight"}),
    ("酒店员工", "在后厨帮忙洗菜切配", {"cold_wet", "standing"}),
    ("超市员工", "主要做冷库搬货", {"lifting", "cold_wet"}),
    ("员工", "负责搬运装卸，按件计", {"lifting", "standing"}),
    ("超市员工", "理货收银，月休四天", {"standing", "lifting"}),  # the duties open the text
    ("超市", "超市员工，理货收银", {"standing", "lifting"}),  # a bare title, the generic role in the text
    ("招聘", "超市招员工，负责收银", {"standing"}),
]


@pytest.mark.parametrize(("title", "text", "want"), DUTIES)
def test_a_generic_titles_duties_name_the_job(title: str, text: str, want: set[str]) -> None:
    assert want <= demands(title, text)


def test_a_generic_title_over_a_till_keeps_a_person_who_cannot_stand_out() -> None:
    assert not shown("超市员工", "负责理货、收银", "腿不好，站不了太久")
    assert not shown("工厂员工", "在流水线上焊锡", "眼睛不好，看不清小东西，细活干不了")
    assert shown("超市员工", "负责理货、收银", "眼睛近视，看不清小字")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("超市员工", "不用负责收银，坐着录单"),  # a duty waived
        ("超市员工", "负责管理理货员，坐办公室"),  # runs others' work
        ("文员", "负责对接快递员，收发文件"),  # a title that names a job
        ("公司员工", "在公司上班，做账"),  # a place, no kind
        ("工厂员工", "负责统计、登记"),
        ("超市员工", "月薪4000，包午饭"),  # the clause after the title is no duty
        ("公司员工", "坐班，做账"),
    ],
)
def test_a_duty_that_is_no_bodily_kind_reads_nothing(title: str, text: str) -> None:
    assert not demands(title, text) & {"standing", "lifting", "cold_wet", "fine_sight", "riding"}


ROUNDS = [
    ("送奶工", "小区送奶，每天早上"),
    ("送报员", "送报纸，每天早上五点"),
    ("送水工", "送桶装水，多劳多得"),
    ("招聘", "送奶工一名，早上四点半到七点"),
    ("送奶员", "每天早上送牛奶到户"),
]


@pytest.mark.parametrize(("title", "text"), ROUNDS)
def test_a_round_of_doors_is_ridden_where_no_bike_is_said(title: str, text: str) -> None:
    assert "riding" in demands(title, text)
    assert not shown(title, text, "不会骑电动车")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("奶茶店员", "送奶茶到桌"),
        ("文员", "送报告给领导，整理文件"),
        ("送奶工", "步行送奶，小区内"),  # walked
        ("送水工", "开面包车送水"),  # driven
        ("水果店员", "送水果上门，开车"),
        ("会计", "报送报表"),
    ],
)
def test_a_round_walked_or_driven_or_no_round_is_not_ridden(title: str, text: str) -> None:
    assert "riding" not in demands(title, text)
