"""Salary cells and 统一社会信用代码 as clerks type them: every accepted format and every rejection."""

from __future__ import annotations

import pytest

from matching.parsing import (
    NO_UNIT_NOTE,
    YEAR_NOTE,
    SalaryCell,
    SalaryError,
    SalaryParse,
    check_credit_code,
    credit_code_check_char,
    normalise_credit_code,
    parse_salary,
)
from matching.ranking import SalaryUnit

MONTH, DAY, HOUR, PIECE = SalaryUnit.MONTH, SalaryUnit.DAY, SalaryUnit.HOUR, SalaryUnit.PIECE


@pytest.mark.parametrize(
    ("low", "high", "unit", "expected"),
    [
        # plain numbers, with the unit in its own column
        ("6000", None, "月", SalaryParse(6000.0, None, MONTH)),
        ("6000", "8000", "元/月", SalaryParse(6000.0, 8000.0, MONTH)),
        ("6000.5", "8000", "月薪", SalaryParse(6000.5, 8000.0, MONTH)),
        ("6,000", "8,000", "Month", SalaryParse(6000.0, 8000.0, MONTH)),
        (None, "8000", "月", SalaryParse(None, 8000.0, MONTH)),
        ("１．１万", None, "月", SalaryParse(11000.0, None, MONTH)),  # full-width, and exact in decimal
        # ranges and scales in one cell
        ("6-8千", None, "月", SalaryParse(6000.0, 8000.0, MONTH)),
        ("6千-8千", None, "月", SalaryParse(6000.0, 8000.0, MONTH)),
        ("6000-8000", None, "月", SalaryParse(6000.0, 8000.0, MONTH)),
        ("6000至8000", None, "月", SalaryParse(6000.0, 8000.0, MONTH)),
        ("6000～8000", None, "月", SalaryParse(6000.0, 8000.0, MONTH)),
        ("1.2万", None, "月", SalaryParse(12000.0, None, MONTH)),
        ("8k-12k", None, "月", SalaryParse(8000.0, 12000.0, MONTH)),
        ("8K", None, "月", SalaryParse(8000.0, None, MONTH)),
        ("500-1万", None, "月", SalaryParse(500.0, 10000.0, MONTH)),  # 500 > 1: the 万 is the high end's alone
        # the unit inside the amount
        ("6000~8000元/月", None, None, SalaryParse(6000.0, 8000.0, MONTH)),
        ("1-1.5万/月", None, None, SalaryParse(10000.0, 15000.0, MONTH)),
        ("150元/天", None, None, SalaryParse(150.0, None, DAY)),
        ("150/天", None, None, SalaryParse(150.0, None, DAY)),
        ("150元/日", None, "日薪", SalaryParse(150.0, None, DAY)),
        ("20元/小时", None, None, SalaryParse(20.0, None, HOUR)),
        ("20元/时", None, "时薪", SalaryParse(20.0, None, HOUR)),
        ("0.5元/件", None, "计件", SalaryParse(0.5, None, PIECE)),
        ("150元/天", None, "天", SalaryParse(150.0, None, DAY)),  # agrees with the column
        # open ends
        ("3000以上", None, "月", SalaryParse(3000.0, None, MONTH)),
        ("3000元起", None, "月", SalaryParse(3000.0, None, MONTH)),
        ("3000+", None, "月", SalaryParse(3000.0, None, MONTH)),
        ("5000以下", None, "月", SalaryParse(None, 5000.0, MONTH)),
        (None, "3000以上", "月", SalaryParse(3000.0, None, MONTH)),
        # a range in the low cell, the high cell empty or agreeing
        ("6000-8000", "", "月", SalaryParse(6000.0, 8000.0, MONTH)),
        ("6000-8000", "8000", "月", SalaryParse(6000.0, 8000.0, MONTH)),
        # numbers as Excel hands them over
        (6000.0, 8000, "月", SalaryParse(6000.0, 8000.0, MONTH)),
        (150, None, "day", SalaryParse(150.0, None, DAY)),
        (float("nan"), float("nan"), "月", SalaryParse(None, None, MONTH)),
        # negotiable or empty: nothing to pay, nothing assumed
        ("面议", None, None, SalaryParse(None, None, MONTH)),
        ("薪资面议", "", "月", SalaryParse(None, None, MONTH)),
        (None, "待遇面议", "天", SalaryParse(None, None, DAY)),
        ("", None, "", SalaryParse(None, None, MONTH)),
        ("6000", None, "元", SalaryParse(6000.0, None, MONTH, NO_UNIT_NOTE)),  # 元 names no period
    ],
)
def test_reads_salary_cells(low: SalaryCell, high: SalaryCell, unit: SalaryCell, expected: SalaryParse):
    assert parse_salary(low, high, unit) == expected


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        ("6000", "8000", SalaryParse(6000.0, 8000.0, MONTH, NO_UNIT_NOTE)),
        ("6-8千", None, SalaryParse(6000.0, 8000.0, MONTH, NO_UNIT_NOTE)),
        ("3000以上", None, SalaryParse(3000.0, None, MONTH, NO_UNIT_NOTE)),
        (6000.0, None, SalaryParse(6000.0, None, MONTH, NO_UNIT_NOTE)),
    ],
)
def test_unitless_amounts_from_1000_are_monthly_with_a_note(low: SalaryCell, high: SalaryCell, expected: SalaryParse):
    assert parse_salary(low, high, None) == expected


@pytest.mark.parametrize(
    ("low", "high", "unit", "salary_min", "salary_max"),
    [
        ("年薪10万", None, None, 100_000 / 12, None),
        ("10-15万/年", None, None, 100_000 / 12, 150_000 / 12),
        ("120000", None, "年", 10_000.0, None),
        ("10万", "15万", "年薪", 100_000 / 12, 150_000 / 12),
        ("12万", None, "YEAR", 10_000.0, None),
    ],
)
def test_yearly_pay_becomes_monthly_and_says_so(
    low: SalaryCell, high: SalaryCell, unit: SalaryCell, salary_min: float, salary_max: float | None
):
    assert parse_salary(low, high, unit) == SalaryParse(salary_min, salary_max, MONTH, YEAR_NOTE)


@pytest.mark.parametrize(
    ("low", "high", "unit", "message"),
    [
        pytest.param(
            "150", None, None, "薪资「150」未写单位，150 不像月薪：请在「薪资单位」填写 天/小时/月", id="small-no-unit"
        ),
        pytest.param("800", "1200", None, "800 不像月薪", id="low-end-small-no-unit"),
        pytest.param("0", None, "月", "不是大于 0 的金额", id="zero"),
        pytest.param(0, None, "月", "不是大于 0 的金额", id="zero-number"),
        pytest.param("-500", None, "月", "是负数", id="negative"),
        pytest.param(-500.0, None, "月", "不是大于 0 的金额", id="negative-number"),
        pytest.param(float("inf"), None, "月", "不是大于 0 的金额", id="infinite"),
        pytest.param(True, None, "月", "不是金额", id="boolean"),
        pytest.param("0-8000", None, "月", "不是大于 0 的金额", id="zero-end"),
        pytest.param("abc", None, "月", "薪资「abc」无法识别", id="words"),
        pytest.param("6000-", None, "月", "无法识别", id="open-dash"),
        pytest.param("6.000,5", None, "月", "无法识别", id="european-comma"),
        pytest.param("6000", None, "周", "「薪资单位」写的是「周」，无法识别", id="unknown-unit"),
        pytest.param("6000", None, "元/季度", "无法识别", id="unknown-unit-with-yuan"),
        pytest.param("150元/天", None, "月", "薪资单位对不上", id="cell-unit-against-column"),
        pytest.param("150元/天", "200元/小时", None, "薪资单位对不上", id="cells-disagree-on-unit"),
        pytest.param("年薪10万/月", None, None, "两种单位", id="two-units-in-one-cell"),
        pytest.param("6000-8000", "9000", "月", "两处对不上", id="range-against-high-cell"),
        pytest.param("6000", "5000-7000", "月", "两处对不上", id="low-against-range-in-high-cell"),
        pytest.param("6000-8000以上", None, "月", "既写了范围", id="range-with-open-end"),
        pytest.param("8000", "6000", "月", "薪资下限 8000 高于薪资上限 6000", id="min-over-max"),
        pytest.param("8000-6000", None, "月", "高于薪资上限", id="reversed-range"),
        pytest.param("6-8000", None, "月", "两端相差超过 100 倍", id="scale-left-off"),
        pytest.param("2000000", None, "月", "超过 100 万元", id="amount-over-a-million"),
        pytest.param("200万", None, "年", "超过 100 万元", id="yearly-amount-over-a-million"),
        pytest.param("10000", None, "小时", "按小时计，折合月薪约 1,740,000 元", id="hourly-over-a-million-a-month"),
        pytest.param("50000", None, "天", "折合月薪约 1,087,500 元", id="daily-over-a-million-a-month"),
        pytest.param("面议", "6000", None, "既写了「面议」又写了「6000」", id="negotiable-with-amount"),
    ],
)
def test_rejects_salary_with_a_message_for_the_clerk(low: SalaryCell, high: SalaryCell, unit: SalaryCell, message: str):
    with pytest.raises(SalaryError, match=message):
        parse_salary(low, high, unit)


def test_salary_error_is_a_value_error():
    assert issubclass(SalaryError, ValueError)


# Computed with the GB 32100-2015 weights; the first is the widely published example.
VALID_CREDIT_CODES = ["91350100M000100Y43", "91340100MA2RPE0A12", "91340102MA2N00001M", "12340000003000200B"]


@pytest.mark.parametrize("code", VALID_CREDIT_CODES)
def test_accepts_valid_credit_codes(code: str):
    assert check_credit_code(code) is None
    assert credit_code_check_char(code[:17]) == code[17]


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        (" 91340100ma2rpe0a12 ", "91340100MA2RPE0A12"),
        ("９１３４０１００ＭＡ２ＲＰＥ０Ａ１２", "91340100MA2RPE0A12"),
        ("9134 0100 MA2R PE0A 12", "91340100MA2RPE0A12"),
    ],
)
def test_normalises_credit_codes_before_checking(typed: str, normal: str):
    assert normalise_credit_code(typed) == normal
    assert check_credit_code(typed) is None


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        pytest.param("", "为空", id="empty"),
        pytest.param("9135010", "有 7 位，应为 18 位", id="short"),
        pytest.param("91350100M000100Y430", "有 19 位，应为 18 位", id="long"),
        pytest.param("91340100MA2RPEOA12", "第 15 位「O」不是有效字符", id="letter-o-for-zero"),
        pytest.param("91340100MA2RPE0A1I", "第 18 位「I」不是有效字符", id="invalid-check-char"),
        pytest.param("9134010-MA2RPE0A12", "第 8 位「-」不是有效字符", id="punctuation"),
        pytest.param("91350100M000100Y44", "校验位不对：第 18 位是「4」，按前 17 位算应为「3」", id="check-digit"),
        pytest.param("91350100M000010Y43", "应为「", id="swapped-digits"),
    ],
)
def test_explains_invalid_credit_codes(code: str, reason: str):
    problem = check_credit_code(code)
    assert problem is not None and reason in problem
