"""Session 18, the lead, from dev12's dev half (each case in our own words): a class asked bare after 要 ("要B2"),
loads that have their own hands ("卸货有装卸工"), a duty done at a computer ("用电脑开单"), one who cannot read has no
schooling past primary, years spent preparing for exams are no years of work, and a grandchild's age or grade sets a
floor under a grandparent's."""

from __future__ import annotations

import pytest

from matching.facts import JobBits, job_bits, posting_facts, seeker_facts, seeker_limits


def _codes(title: str, text: str) -> dict[str, str | None]:
    return {f.code: f.value for f in posting_facts(title, text)}


def _seeker(text: str) -> dict[str, str | None]:
    return {f.code: f.value for f in seeker_facts("", text)}


@pytest.mark.parametrize(
    ("title", "text", "code"),
    [
        ("冷链货车司机", "市内冷链配送，要B2，驾龄两年以上", "driving_B2"),
        ("通勤班车司机", "接送厂里员工上下班，要A1，早晚各一趟", "driving_A1"),
        ("校车驾驶员", "要B1，有校车驾驶资格优先", "driving_B1"),
    ],
)
def test_a_class_asked_bare_after_yao(title: str, text: str, code: str) -> None:
    assert code in _codes(title, text)


def test_a_class_after_yao_is_no_licence_without_a_driver() -> None:
    assert not any(c.startswith("driving") for c in _codes("外贸业务员", "英语要B2水平，能写邮件"))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("配送司机", "4.2米厢式货车，跑市区超市，卸货有装卸工"),
        ("仓库文员", "负责单据，装车由搬运工负责"),
        ("仓管员", "负责盘点，平时不用搬货，有叉车和搬运工"),
    ],
)
def test_loads_with_their_own_hands_are_not_this_worker_s(title: str, text: str) -> None:
    assert not job_bits(posting_facts(title, text)) & JobBits.LIFTING


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("货车司机", "跑市内，卸货要自己卸，有时有搬运工帮忙"),
        ("理货员", "协助装卸工卸货，上货架"),
        ("叉车工", "有叉车和搬运工，需开叉车装卸"),
    ],
)
def test_own_hands_on_the_loads_stay_lifting(title: str, text: str) -> None:
    assert job_bits(posting_facts(title, text)) & JobBits.LIFTING


@pytest.mark.parametrize("text", ["门店收银，电脑开单", "负责出入库，用电脑录单", "出纳，用电脑记账"])
def test_a_duty_at_a_computer_asks_for_one(text: str) -> None:
    assert job_bits(posting_facts("", text)) & JobBits.NEEDS_COMPUTER


@pytest.mark.parametrize("text", ["不用电脑录单，手写就行", "不需要用电脑做表"])
def test_a_computer_not_used_asks_for_none(text: str) -> None:
    assert not job_bits(posting_facts("", text)) & JobBits.NEEDS_COMPUTER


@pytest.mark.parametrize("text", ["我字不认识，力气有的是", "俺字都不认识几个，能干活", "不认得字，会算账"])
def test_one_who_cannot_read_finished_no_school_past_primary(text: str) -> None:
    assert _seeker(text).get("edu") == "primary"


@pytest.mark.parametrize("text", ["孩子写的字不认识", "好多字不认识，得查字典", "我老伴字不认识"])
def test_some_words_unread_or_another_s_are_no_schooling(text: str) -> None:
    assert "edu" not in _seeker(text)


@pytest.mark.parametrize(
    "text", ["2022年研究生毕业，一直在考编，想先找份工作", "毕业后一直在家备考", "大专毕业两年了，都在考公"]
)
def test_years_preparing_for_exams_are_no_years_of_work(text: str) -> None:
    assert seeker_limits(seeker_facts("", text)).experience == 0


def test_work_beside_exams_keeps_its_years() -> None:
    assert seeker_limits(seeker_facts("", "在快递公司干了三年，之前一直在考编")).experience == 3


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("俺属狗，大孙子今年上初二了", 47),
        ("我外孙都十八了，我还想出来干点活", 52),
        ("小孙女上幼儿园，我每天接送", 37),
        ("我孙子今年考上大学了，想找个看门的活", 52),
    ],
)
def test_a_grandchild_sets_a_floor_under_the_grandparent_s_age(text: str, floor: int) -> None:
    age = seeker_limits(seeker_facts("", text)).age
    assert age is not None and age[0] == floor


@pytest.mark.parametrize(
    ("text", "age"), [("我今年50，孙子上小学", (50, 50)), ("邻居家孙子上大学了", None), ("我妈的孙子上初中", None)]
)
def test_an_own_age_or_another_s_grandchild_sets_no_floor(text: str, age: tuple[int, int] | None) -> None:
    assert seeker_limits(seeker_facts("", text)).age == age


def test_a_sign_above_the_floor_keeps_a_grandparent_from_a_young_cap() -> None:
    limits = seeker_limits(seeker_facts("", "俺属羊，大孙子今年上高一了，想找个包装的活"))
    assert not limits.fits(posting_facts("包装工", "食品厂包装，流水线，45岁以下"))
    assert limits.fits(posting_facts("包装工", "食品厂包装，流水线，60岁以下"))


@pytest.mark.parametrize(
    ("title", "text", "bit"),
    [
        ("制鞋工", "成型车间，站着刷胶，计件", JobBits.STANDING),
        ("服装厂熨烫工", "站着烫衣服，包住", JobBits.STANDING),
        ("包装工", "纸箱打好包要码到托盘上", JobBits.LIFTING),
        ("饮料厂普工", "成品码到栈板，叉车拉走", JobBits.LIFTING),
    ],
)
def test_standing_at_a_task_and_stacking_on_pallets(title: str, text: str, bit: JobBits) -> None:
    assert job_bits(posting_facts(title, text)) & bit


def test_a_canteen_server_stands() -> None:
    server = posting_facts("中学食堂分餐员", "把饭菜分到餐盘，7点半到下午2点")
    assert any(f.code == "implied" and f.value == "standing" for f in server)
