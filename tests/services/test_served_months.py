"""The partial-month rule of 见习补贴: a calendar month is paid whole from 15 days served in it, else not at all."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.subsidies.rules import served_months


def counted(start: date, end: date, min_days: int = 15) -> list[tuple[str, int, bool]]:
    return [(f"{m.month:%Y-%m}", m.days, m.counted) for m in served_months(start, end, min_days)]


def test_whole_months_each_count() -> None:
    assert counted(date(2026, 8, 1), date(2026, 10, 31)) == [
        ("2026-08", 31, True),
        ("2026-09", 30, True),
        ("2026-10", 31, True),
    ]


@pytest.mark.parametrize(("start_day", "days", "paid"), [(17, 15, True), (18, 14, False)])
def test_a_first_month_counts_from_fifteen_days(start_day: int, days: int, paid: bool) -> None:
    assert counted(date(2026, 8, start_day), date(2026, 8, 31)) == [("2026-08", days, paid)]


def test_february_and_a_year_end_are_calendar_months() -> None:
    assert counted(date(2026, 12, 20), date(2027, 2, 14)) == [
        ("2026-12", 12, False),
        ("2027-01", 31, True),
        ("2027-02", 14, False),
    ]
    assert counted(date(2028, 2, 1), date(2028, 2, 29)) == [("2028-02", 29, True)]  # a leap year


def test_one_day_is_one_day_and_the_threshold_is_a_setting() -> None:
    assert counted(date(2026, 8, 5), date(2026, 8, 5)) == [("2026-08", 1, False)]
    assert counted(date(2026, 8, 5), date(2026, 8, 5), min_days=1) == [("2026-08", 1, True)]
