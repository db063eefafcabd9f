"""Review 9's findings on computer wordings, a negation along a 、 list, a major without a schooling level, junior high
not finished, an exam ahead read as a licence held, someone else's licence, and an hourly wage's digits (issue 22):
each wording the review found, and the near-misses it must not catch."""

from __future__ import annotations

import pytest

from matching.facts import Family, Modality, job_bits, posting_facts, seeker_facts, seeker_limits
from matching.facts.bits import LICENCE_BITS


def computer_asked(description: str) -> set[str | None]:
    return {
        None if f.modality is None else f.modality.value
        for f in posting_facts("", description)
        if f.code == "needs_computer"
    }


@pytest.mark.parametrize(
    "description",
    [
        "有一定的电脑技能，工作细心",
        "会使用平常的办公软件，形象好",
        "精通应用Word、Excel等办公软件",
        "熟悉常用办公软件",
    ],
)
def test_a_computer_skill_in_these_words_is_required(description: str):
    assert computer_asked(description) == {"required"}
    limits = seeker_limits(seeker_facts("", "电脑不太会，不会Excel"))
    assert not limits.admits(job_bits(posting_facts("", description)))


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("有一定的电脑技能者优先", {"preferred"}),
        ("会使用办公软件优先", {"preferred"}),
        ("不需要电脑技能，肯干就行", set()),
        ("会用手机就行", set()),
        ("负责电脑技能培训课程的招生", set()),  # the course taught, not asked of the person
        ("计算机技能大赛获奖者", set()),
    ],
)
def test_computer_words_that_prefer_waive_or_name_no_skill_of_the_person(description: str, expected: set[str]):
    assert computer_asked(description) == expected


def schedule_codes(description: str) -> set[str]:
    return {f.code for f in posting_facts("", description) if f.family is Family.SCHEDULE}


def test_an_item_after_items_each_negated_on_its_own_is_affirmative():
    # each of the first three carries its own negation: the fourth, with none, is what the job has
    assert "shifts" in schedule_codes("不要求穿工服、不用戴口罩、不用坐流水线、两班倒")
    limits = seeker_limits(seeker_facts("", "倒不了班，两班倒不行"))
    assert not limits.admits(job_bits(posting_facts("", "质检员，不要求穿工服、不用戴口罩、不用坐流水线、两班倒")))


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("无需倒班、夜班", "night"),  # one negation opening the list reaches every item
        ("不要求学历、不用倒班、夜班", "night"),  # one item negated before: still shared
        ("不用上夜班、两班倒", "shifts"),
        ("五险一金、不包吃、住", "housing"),
        ("无需搬运、装卸", "lifting"),
    ],
)
def test_a_negation_that_opens_a_list_still_reaches_its_items(description: str, code: str):
    assert code not in {f.code for f in posting_facts("", description)}


@pytest.mark.parametrize(
    ("seeker", "admitted"),
    [
        ("小学文化，认字不多", False),
        ("初中毕业", False),
        ("中专毕业", True),
        ("大专毕业", True),
        ("想找个仓库的活", True),
    ],
)
def test_a_required_major_keeps_out_one_who_finished_no_school_that_teaches_one(seeker: str, admitted: bool):
    posting = posting_facts("", "仓管文员，需要统计学、大数据等相关专业，细心")
    assert seeker_limits(seeker_facts("", seeker)).fits(posting) is admitted


@pytest.mark.parametrize(
    "description",
    [
        "统计学专业优先",
        "专业不限，统计学专业优先",
        "仓管文员，对数据敏感",
        "负责复核药品，中药学相关专业最佳",  # 最佳: a wish, as 更佳 is
        "护理专业毕业，或有养老院护工经历",  # a major or the work: neither alone is required
    ],
)
def test_a_preferred_or_open_major_keeps_no_one_out(description: str):
    assert seeker_limits(seeker_facts("", "小学文化，认字不多")).fits(posting_facts("", description))


def schooling(text: str) -> list[str | None]:
    return [f.value for f in seeker_facts("", text) if f.code == "edu"]


@pytest.mark.parametrize(
    "text", ["初中没念完，在厂里干了十年", "初中没毕业就出来打工了", "没读完初中", "初中肄业", "初中念了一年就出来了"]
)
def test_junior_high_not_finished_is_primary(text: str):
    assert schooling(text) == ["primary"]


@pytest.mark.parametrize(
    ("text", "level"),
    [("初中毕业", "junior_high"), ("初中文化", "junior_high"), ("孩子初中没毕业，我高中毕业", "senior_high")],
)
def test_junior_high_finished_or_someone_elses_is_not_primary(text: str, level: str):
    assert schooling(text) == [level]


def licences(text: str) -> list[tuple[str, Modality | None]]:
    return [(f.code, f.modality) for f in seeker_facts("", text) if f.family is Family.LICENCE]


def excluded_licences(text: str) -> set[str]:
    limits = seeker_limits(seeker_facts("", text))
    return {code for code, bit in LICENCE_BITS.items() if limits.exclude & int(bit)}


def test_an_exam_ahead_is_not_a_licence_held_and_excludes_no_other():
    assert licences("周末要去上课考会计证") == [("accounting", Modality.LACKS)]
    assert licences("明年考叉车证") == [("forklift", Modality.LACKS)]
    assert excluded_licences("周末要去上课考会计证") == {"accounting"}  # not every licence but the one held


@pytest.mark.parametrize("text", ["考过会计证", "去年考取了会计证", "有会计证"])
def test_an_exam_passed_is_a_licence_held(text: str):
    assert licences(text) == [("accounting", Modality.HAS)]


@pytest.mark.parametrize("text", ["老公有驾照，可以接送我上下班", "我儿子有叉车证", "家里人都有驾照"])
def test_someone_elses_licence_is_not_the_persons_and_excludes_nothing(text: str):
    assert licences(text) == []
    assert excluded_licences(text) == set()


def test_a_licence_of_ones_own_beside_someone_elses_is_read():
    assert licences("有电工证，老公有驾照") == [("electrician", Modality.HAS)]
    assert "forklift" in excluded_licences("有电工证，老公有驾照")  # a list of one's own still says what is lacked


def test_someone_elses_past_work_implies_no_licence():
    assert licences("老公开了十年货车") == []
    assert licences("开了十年货车") == [("driving", Modality.IMPLIED)]


def test_an_hourly_wage_keeps_all_its_digits():
    paid = [f.evidence for f in posting_facts("", "待遇：33元/小时，日工资330元") if f.code == "part_time"]
    assert paid == ["33元/小时"]
