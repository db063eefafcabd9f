"""Programme standing read from a person's own words (issue 22, session 6): 见习 for a graduation said as people
say it ("去年大专毕业") or an out-of-work person aged 16–24; 公益性岗位 only for one who says they are registered hard
to employ; the verdict names the words, and those the words leave out stay out."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import graduation_of, seeker_facts
from matching.facts.standing import standing_stated
from matching.programmes import INTERNSHIP, PUBLIC_WELFARE, Applicant, Said, verdict

TODAY = date(2026, 12, 5)


def read(words: str) -> dict[str, str | None]:
    return {f.code: f.value for f in standing_stated(words, TODAY)}


@pytest.mark.parametrize(
    ("words", "graduated"),
    [
        ("去年大专毕业", "2025"),
        ("今年6月份刚大专毕业", "2026-06"),
        ("明年7月毕业", "2027-07"),
        ("毕业三年了", "2023-12"),
        ("大专毕业十年了", "2016-12"),
        ("毕业一年多", "2025-06"),  # a year and a half
        ("毕业两年多了", "2024-06"),
        ("在读大三", "2028-06"),  # a four-year course unless the words say 大专
        ("大专在读大三", "2027-06"),
        ("大三学生，周末想兼职", "2028-06"),
    ],
)
def test_a_graduation_said_relative_to_the_day_is_a_date(words: str, graduated: str) -> None:
    assert read(words)["graduation"] == graduated


@pytest.mark.parametrize("words", ["儿子去年毕业", "去年没毕业", "2023届", "大三的孩子", "毕业于安徽大学"])
def test_near_misses_give_no_relative_graduation(words: str) -> None:
    assert "graduation" not in read(words)


def test_relative_graduations_are_read_only_when_the_day_is_known() -> None:
    assert not [f for f in seeker_facts("", "去年大专毕业") if f.code == "graduation"]
    dated = graduation_of(seeker_facts("", "去年大专毕业", today=TODAY))
    assert dated is not None and dated[0] == date(2025, 6, 30)


@pytest.mark.parametrize(
    "words",
    ["之后一直在家待业", "到现在还没找到工作", "来合肥还没找到活", "失业一年多了", "一直在家没上班", "至今未就业"],
)
def test_out_of_work_now(words: str) -> None:
    assert "out_of_work" in read(words)


@pytest.mark.parametrize("words", ["白天在单位上班，晚上想兼职", "老公失业了", "不是待业", "领过失业金"])
def test_not_out_of_work(words: str) -> None:
    assert "out_of_work" not in read(words)


@pytest.mark.parametrize(
    "words",
    [
        "在社区登记了就业困难人员",
        "社区给办了就业困难人员认定",
        "社区说我算就业困难人员",
        "在社区登记过困难人员",
        "社区给登记了就业困难",
        "家里是零就业家庭",
        "我是4050人员",
    ],
)
def test_registered_hard_to_employ(words: str) -> None:
    assert "hard_to_employ" in read(words)


@pytest.mark.parametrize(
    "words", ["失业一年多了", "家里是低保户", "有残疾证", "是困难户", "没登记就业困难", "家庭困难", "脱贫户"]
)
def test_reasons_to_register_are_not_the_registration(words: str) -> None:
    """A 低保 household, a disability certificate or a year out of work let a person apply to be registered; the
    registration is the 街道's, and the judges keep such seekers who did not register out of 公益性岗位."""
    assert "hard_to_employ" not in read(words)


def test_an_out_of_work_22_year_old_is_eligible_for_internships_with_the_words() -> None:
    said = Said(ages=(22, 22), age_words="22岁", out_of_work="一直在家待业")
    judged = verdict(INTERNSHIP, Applicant(said=said), TODAY)
    assert judged.eligible
    assert judged.explanation == "符合见习条件：16–24岁失业人员（按简历中「22岁」「一直在家待业」判断）"


@pytest.mark.parametrize(
    ("said", "why"),
    [
        (Said(ages=(26, 26), age_words="26岁", out_of_work="待业"), "年龄超过24岁"),
        (Said(ages=(20, 29), age_words="二十多岁", out_of_work="待业"), "未填写出生日期"),  # some ages in, some out
        (Said(ages=(22, 22), age_words="22岁"), "未填写就业状态"),
    ],
)
def test_internships_stay_closed_when_the_words_do_not_make_it_plain(said: Said, why: str) -> None:
    judged = verdict(INTERNSHIP, Applicant(said=said), TODAY)
    assert not judged.eligible and why in judged.explanation


def test_fields_win_over_words() -> None:
    said = Said(ages=(22, 22), age_words="22岁", out_of_work="待业")
    assert not verdict(INTERNSHIP, Applicant(birth_date=date(1990, 1, 1), said=said), TODAY).eligible
    assert not verdict(INTERNSHIP, Applicant(employment_status="employed", said=said), TODAY).eligible


def test_public_welfare_opens_for_a_registration_in_the_words() -> None:
    said = Said(groups=(("hard_to_employ", "在社区登记了就业困难人员"),))
    judged = verdict(PUBLIC_WELFARE, Applicant(said=said), TODAY)
    assert judged.eligible
    assert judged.explanation == "符合公益性岗位条件：就业困难人员（按简历中「在社区登记了就业困难人员」判断）"
    assert verdict(PUBLIC_WELFARE, Applicant(groups=frozenset({"hard_to_employ"})), TODAY).explanation == (
        "符合公益性岗位条件：已登记为就业困难人员"
    )
    assert not verdict(PUBLIC_WELFARE, Applicant(said=Said(out_of_work="失业一年多了")), TODAY).eligible
