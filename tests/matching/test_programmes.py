"""Programme rules: each eligibility case and the words that explain it."""

from __future__ import annotations

from datetime import date

import pytest

from matching.programmes import (
    Applicant,
    PostingTerms,
    age_on,
    months_between,
    posting_problems,
    verdict,
)

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("applicant", "eligible", "explanation"),
    [
        (Applicant(graduation_date=date(2026, 7, 1)), True, "符合见习条件：毕业2年内"),
        (Applicant(graduation_date=date(2024, 12, 1)), True, "符合见习条件：毕业2年内"),
        (Applicant(graduation_date=date(2027, 5, 1)), True, "符合见习条件：6个月内毕业"),
        (
            Applicant(graduation_date=date(2027, 9, 1)),
            False,
            "不符合见习条件：距毕业超过6个月；未填写出生日期、未填写就业状态",
        ),
        (
            Applicant(graduation_date=date(2024, 6, 30), birth_date=date(1999, 3, 1), employment_status="unemployed"),
            False,
            "不符合见习条件：毕业超过2年；年龄超过24岁",
        ),
        (Applicant(birth_date=date(2004, 1, 1), employment_status="unemployed"), True, "符合见习条件：16–24岁失业人员"),
        (
            Applicant(birth_date=date(2004, 1, 1), employment_status="employed"),
            False,
            "不符合见习条件：未填写毕业时间；非失业人员",
        ),
        (
            Applicant(birth_date=date(2011, 1, 1), employment_status="unemployed"),
            False,
            "不符合见习条件：未填写毕业时间；未满16岁",
        ),
        (Applicant(), False, "不符合见习条件：未填写毕业时间；未填写出生日期、未填写就业状态"),
    ],
)
def test_internship_eligibility_is_explained(applicant: Applicant, eligible: bool, explanation: str) -> None:
    result = verdict("internship", applicant, TODAY)
    assert (result.eligible, result.explanation) == (eligible, explanation)


@pytest.mark.parametrize(
    ("groups", "eligible", "explanation"),
    [
        (frozenset({"hard_to_employ"}), True, "符合公益性岗位条件：已登记为就业困难人员"),
        (frozenset({"veteran", "disabled"}), False, "不符合公益性岗位条件：未登记为就业困难人员"),
        (frozenset(), False, "不符合公益性岗位条件：未登记为就业困难人员"),
    ],
)
def test_public_welfare_posts_only_for_registered_hard_to_employ(
    groups: frozenset[str], eligible: bool, explanation: str
) -> None:
    result = verdict("public_welfare", Applicant(groups=groups), TODAY)
    assert (result.eligible, result.explanation) == (eligible, explanation)


def test_open_job_types_need_no_explanation() -> None:
    for job_type in ("full_time", "part_time", "gig"):
        assert verdict(job_type, Applicant(), TODAY).eligible
        assert verdict(job_type, Applicant(), TODAY).explanation == ""


def test_eligibility_moves_with_the_calendar() -> None:
    graduate = Applicant(graduation_date=date(2024, 12, 15))
    assert verdict("internship", graduate, date(2026, 12, 15)).eligible
    assert not verdict("internship", graduate, date(2027, 1, 15)).eligible


@pytest.mark.parametrize(
    ("terms", "problems"),
    [
        (PostingTerms("internship", "month", 6), []),
        (PostingTerms("internship", "month", None), [("internship_months", "见习岗位须写明期限（3–12个月）")]),
        (PostingTerms("internship", "month", 2), [("internship_months", "见习期限应为3–12个月，而不是2个月")]),
        (PostingTerms("internship", "month", 13), [("internship_months", "见习期限应为3–12个月，而不是13个月")]),
        (PostingTerms("gig", "day", shifts=("08:00-12:00", "13:30-17:30")), []),
        (PostingTerms("gig", "hour"), []),
        (PostingTerms("gig", None), []),  # 面议: no unit to judge
        (PostingTerms("gig", "month"), [("salary.unit", "零工按日或按小时计酬")]),
        (
            PostingTerms("gig", "day", shifts=("8-12",)),
            [("shifts", "班次格式应为 HH:MM-HH:MM，可在前面写星期或日期（周六 08:00-12:00）：8-12")],
        ),
        (PostingTerms("full_time", "month", shifts=("22:00-24:00",)), []),
    ],
)
def test_posting_rules(terms: PostingTerms, problems: list[tuple[str, str]]) -> None:
    assert posting_problems(terms) == problems


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(2002, 11, 21), date(2026, 11, 21), 24),
        (date(2002, 11, 22), date(2026, 11, 21), 23),
        (date(2000, 2, 29), date(2026, 2, 28), 25),
    ],
)
def test_age_counts_whole_years(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2024, 11, 21), date(2026, 11, 21), 24),
        (date(2024, 11, 22), date(2026, 11, 21), 23),
        (date(2027, 5, 21), date(2026, 11, 21), -6),
        (date(2027, 5, 20), date(2026, 11, 21), -5),
    ],
)
def test_months_between_counts_whole_months(start: date, end: date, months: int) -> None:
    assert months_between(start, end) == months
