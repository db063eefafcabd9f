"""Pay and shift times typed on a phone or in Excel with full-width digits and punctuation read as their half-width
twins, and errors quote what was typed."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts
from matching.parsing import SalaryError, parse_salary
from matching.shifts import parse_shift, shift_problem, typed_shift


@pytest.mark.parametrize(
    ("typed", "twin"),
    [
        ("月薪４０００－６０００", "月薪4000-6000"),
        ("４０００～６０００元／月", "4000-6000元/月"),
        ("４，５００", "4500"),
        ("１．２万", "1.2万"),
        ("６－８ｋ", "6-8k"),
        ("4000−6000", "4000-6000"),  # U+2212, as Word's autocorrect types the dash
        ("4000‐6000", "4000-6000"),  # U+2010
        ("4000﹣6000", "4000-6000"),  # U+FE63
    ],
)
def test_full_width_and_odd_dash_salaries_read_as_their_twins(typed: str, twin: str) -> None:
    assert parse_salary(typed, None, None) == parse_salary(twin, None, None)
    assert parse_salary(typed, None, None).min is not None


@pytest.mark.parametrize(
    ("typed", "quoted"),
    [
        ("４０００－－６０００", "「４０００－－６０００」"),
        ("６０００－４０００", "6000 高于"),  # the amounts, read
        ("月薪 ４０００－６０００ 元/天", "「月薪 ４０００－６０００ 元/天」"),
    ],
)
def test_salary_errors_quote_what_was_typed(typed: str, quoted: str) -> None:
    with pytest.raises(SalaryError) as caught:
        parse_salary(typed, None, None)
    assert quoted in str(caught.value)


def test_two_cells_that_disagree_are_quoted_as_typed() -> None:
    with pytest.raises(SalaryError, match=r"「４０００」.*「5000-6000」"):
        parse_salary("４０００", "5000-6000", "月")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("８：００－１７：３０", "08:00-17:30"),
        ("８:00~17:30", "08:00-17:30"),
        ("８:00～17:30", "08:00-17:30"),
        ("０８：００—１２：００", "08:00-12:00"),
        ("8:00至17:30", "08:00-17:30"),
        ("8.30-12.00", "08:30-12:00"),
        ("8:40-12 ：00", "08:40-12:00"),
        ("周六 ８：００－１２：００", "周六 08:00-12:00"),
        ("周六08:00-12:00", "周六 08:00-12:00"),
        ("２０２６－１２－０５ ８：００－１２：００", "2026-12-05 08:00-12:00"),
        ("２２：００－０６：００", "22:00-06:00"),
        ("08:00-24:00", "08:00-24:00"),
    ],
)
def test_typed_shifts_read_as_the_form_the_api_takes(typed: str, read: str) -> None:
    assert typed_shift(typed) == read
    assert parse_shift(read) is not None


@pytest.mark.parametrize("typed", ["早上", "8:00", "25:00-26:00", "24：00-8：00", "30：00-21:00", "8点-17点", ""])
def test_what_is_no_shift_stays_none(typed: str) -> None:
    assert typed_shift(typed) is None


def test_the_strict_form_takes_ascii_digits_only() -> None:
    assert parse_shift("0８:00-12:00") is None  # \d took ８ before; the fold is typed_shift's
    assert typed_shift("0８:00-12:00") == "08:00-12:00"
    assert shift_problem("８：００－１７：３０") is not None
    assert "８：００－" in str(shift_problem("８：００－"))


@pytest.mark.parametrize(
    "typed", ["上班时间８：００－１７：３０", "上班时间8:00－17:30", "早上８点－晚上５点", "白班８－２０，夜班２０－８"]
)
def test_the_fact_reader_takes_the_full_width_dash_in_working_hours(typed: str) -> None:
    half = typed.translate(str.maketrans("０１２３４５６７８９：－", "0123456789:-"))
    hours = [(f.code, f.value) for f in posting_facts("普工", typed) if f.code == "hours"]
    assert hours and hours == [(f.code, f.value) for f in posting_facts("普工", half) if f.code == "hours"]
    evidence = next(f.evidence for f in posting_facts("普工", typed) if f.code == "hours")
    assert "－" in evidence  # quoted as typed
