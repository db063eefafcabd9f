"""Issue 22 s14 (the classes dev9's dev half showed): a posting's age cap said as a bare clause ("会登记，55以内。"),
a truck unloaded (卸车) and a stairwell wiped (擦楼道) as duties, a seeker's bare 不能弯 / 不能扛, and a morning
wished for as "上午干干就行". Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 6)


def age_ranges(description: str) -> list[str]:
    return [f.value or "" for f in posting_facts("招聘", description) if f.code == "age_range" and f.modality is None]


def shown(seeker: str, title: str, description: str) -> bool:
    limits, facts = seeker_limits(seeker_facts("", seeker, today=TODAY)), posting_facts(title, description)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize(
    ("description", "value"),
    [
        ("理货员，白班，会用扫码枪，45以下。", "-45"),
        ("仓库看守，会登记，五十五以内，包住", "-55"),
        ("门店导购 50以下 形象好", "-50"),
        ("夜班保安，能熬夜，60以内", "-60"),
        ("水站值守，干一天歇一天，55以下，会记账", "-55"),
    ],
)
def test_a_bare_cap_in_a_list_of_terms_is_an_age(description: str, value: str) -> None:
    assert age_ranges(description) == [value]


@pytest.mark.parametrize(
    "description",
    [
        "跑腿送件，每单，50以内，当天结",
        "配送范围，30以内，骑车",
        "体重，60以下",
        "每天，40以内，按件算",
        "单价，40以内，计件",
        "50以下的单子当天结",
        "35以下的货不用称",
        "年龄不限，每天限45人",
    ],
)
def test_a_bare_number_that_bounds_something_else_is_no_age(description: str) -> None:
    assert age_ranges(description) == []


@pytest.mark.parametrize(
    ("words", "description", "fits"),
    [
        ("今年五十二", "理货员，白班，会用扫码枪，45以下。", False),
        ("六十八了", "仓库看守，会登记，五十五以内，包住", False),
        ("三十九岁", "理货员，白班，会用扫码枪，45以下。", True),
    ],
)
def test_a_bare_cap_keeps_out_one_above_it(words: str, description: str, fits: bool) -> None:
    facts = posting_facts("招聘", description)
    assert seeker_limits(seeker_facts("", words, today=TODAY)).fits(facts, TODAY) is fits


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("水果批发，凌晨到货，卸车码货", "lifting"),
        ("物流园卸车，按件算", "lifting"),
        ("物业保洁，每天擦楼道扶手", "strenuous"),
        ("写字楼保洁，擦楼道台阶", "strenuous"),
    ],
)
def test_a_truck_unloaded_or_a_stairwell_wiped_is_read(description: str, code: str) -> None:
    assert code in {f.code for f in posting_facts("", description)}


@pytest.mark.parametrize(
    "description",
    [
        "卸车区在仓库后门，停车方便",
        "卸车费另算，司机自理",
        "楼道灯坏了报修",
    ],
)
def test_a_place_or_a_fee_named_is_no_duty(description: str) -> None:
    codes = {f.code for f in posting_facts("", description)}
    assert not codes & {"lifting", "strenuous"}


@pytest.mark.parametrize(
    ("seeker", "description", "shown_"),
    [
        ("腿脚不利索，爬三楼就喘", "物业保洁，早七点到下午四点，擦楼道、倒垃圾", False),
        ("腰椎不好，不能弯腰", "物业保洁，早七点到下午四点，擦楼道、倒垃圾", False),
        ("蹲不下去，不能弯腰", "老小区，打扫楼道，倒垃圾", False),
        ("身体好，啥都能干", "物业保洁，早七点到下午四点，擦楼道、倒垃圾", True),
        ("腰不好，重的搬不动", "批发市场，早上到货，卸车，干到中午", False),
        ("力气大，能吃苦", "批发市场，早上到货，卸车，干到中午", True),
    ],
)
def test_stairwells_and_unloading_keep_out_who_cannot(seeker: str, description: str, shown_: bool) -> None:
    assert shown(seeker, "", description) is shown_


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("腰闪过，不能弯也不能扛", "no_bending"),
        ("医生说了，不能弯也不能扛", "no_lifting"),
        ("医生交代了，不能抬也不能搬", "no_lifting"),
        ("坐骨神经痛，不能再弯", "no_bending"),
        ("膝盖不灵，不能弯，不能跪", "no_bending"),
    ],
)
def test_a_bare_verb_refused_is_a_limit(text: str, code: str) -> None:
    assert code in {f.code for f in seeker_facts("", text)}


@pytest.mark.parametrize(
    "text",
    [
        "手指不能弯，打字慢",
        "不能弯折的证件要带原件",
        "不能扛着锄头上公交",
        "老板说不能搬出宿舍",
    ],
)
def test_a_verb_of_something_else_is_no_limit(text: str) -> None:
    codes = {f.code for f in seeker_facts("", text)}
    assert not codes & {"no_bending", "no_lifting"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("年纪大了，上午干干就行", "1234567 05:00-12:00"),
        ("下午做做就可以，上午要带孙子", "1234567 12:00-18:00"),
    ],
)
def test_a_part_of_the_day_said_enough_is_the_window(text: str, value: str) -> None:
    assert value in [f.value for f in seeker_facts("", text) if f.code == "free"]


@pytest.mark.parametrize("text", ["啥活干干就行", "工资够吃饭就行，干就行"])
def test_enough_without_a_part_of_the_day_is_no_window(text: str) -> None:
    assert [f for f in seeker_facts("", text) if f.code == "free"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("话少，能坐一天，拒绝站班", "no_standing"),
        ("不想站班，坐着的都行", "no_standing"),
        ("腿有钢板，别给我推站着的活", "no_standing"),
        ("拒绝爬高，别的都行", "no_height"),
        ("胆小，别介绍骑车送货的", "no_riding"),
    ],
)
def test_a_refusal_said_as_rejecting_or_not_to_be_offered(text: str, code: str) -> None:
    assert code in {f.code for f in seeker_facts("", text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("不拒绝加班，站班也行", "no_standing"),
        ("年轻，能站班，不能拒绝加班的也行", "no_standing"),
        ("站班不怕，别推夜班以外的", "no_standing"),
    ],
)
def test_standing_accepted_is_no_refusal(text: str, code: str) -> None:
    assert code not in {f.code for f in seeker_facts("", text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("只干半天，上午，别的时间要接孩子", "1234567 05:00-12:00"),
        ("只做半天，下午", "1234567 12:00-18:00"),
    ],
)
def test_a_part_of_the_day_in_its_own_clause_after_only_is_the_window(text: str, value: str) -> None:
    assert value in [f.value for f in seeker_facts("", text) if f.code == "free"]


@pytest.mark.parametrize("text", ["上午，下午都行", "想找个活，上午", "有空的时候多，上午也行"])
def test_a_part_of_the_day_alone_without_only_is_no_window(text: str) -> None:
    assert [f for f in seeker_facts("", text) if f.code == "free"] == []
