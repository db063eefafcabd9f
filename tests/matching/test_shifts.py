"""零工 shifts against free times: what fits, what is soon, and the words."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import seeker_facts
from matching.shifts import Dated, FreeTimes, Weekly, fit, parse_shift, shift_problem, soonest, written_free_times

FRIDAY = date(2026, 12, 4)
EVERY_DAY = frozenset(range(7))
MORNINGS = FreeTimes(weekly=(Weekly(EVERY_DAY, 8 * 60, 12 * 60),))


@pytest.mark.parametrize(
    ("shift", "holds", "why"),
    [
        (["周六 08:00-12:00"], True, "周六 08:00–12:00 与您的空闲时间相符"),
        (["09:00-11:00"], True, "周五 09:00–11:00 与您的空闲时间相符"),  # daily: today already
        (["2026-12-06 08:30-11:30"], True, "12月6日 08:30–11:30 与您的空闲时间相符"),
        (["13:00-17:00"], False, "班次与您的空闲时间不符"),
        (["11:00-13:00"], False, "班次与您的空闲时间不符"),  # must fit whole
        (["2026-12-01 08:00-12:00"], False, "班次与您的空闲时间不符"),  # already past
        (["22:00-02:00"], False, "班次与您的空闲时间不符"),
        (["13:00-17:00", "周日 08:00-10:00"], True, "周日 08:00–10:00 与您的空闲时间相符"),  # one shift is enough
        ([], True, ""),
    ],
)
def test_a_shift_fits_when_a_free_window_holds_it_whole(shift: list[str], holds: bool, why: str) -> None:
    verdict = fit(shift, MORNINGS, FRIDAY)
    assert (verdict.holds, verdict.why) == (holds, why)


def test_no_free_times_filter_nothing_and_say_so() -> None:
    assert fit(["13:00-17:00"], None, FRIDAY).why == "未填写空闲时间，未按班次筛选"
    assert fit(["13:00-17:00"], FreeTimes(), FRIDAY).holds


def test_touching_windows_join_and_nights_span_two_days() -> None:
    split = FreeTimes(weekly=(Weekly(EVERY_DAY, 8 * 60, 12 * 60), Weekly(EVERY_DAY, 12 * 60, 18 * 60)))
    assert fit(["10:00-16:00"], split, FRIDAY).holds
    nights = FreeTimes(
        dates=(Dated(date(2026, 12, 5), 20 * 60, 24 * 60), Dated(date(2026, 12, 6), 0, 6 * 60)),
    )
    assert fit(["周六 22:00-02:00"], nights, FRIDAY).holds
    assert not fit(["周日 22:00-02:00"], nights, FRIDAY).holds


def test_weekday_windows_only_on_their_days() -> None:
    weekdays = FreeTimes(weekly=(Weekly(frozenset(range(5)), 8 * 60, 12 * 60),))
    assert not fit(["周六 08:00-12:00"], weekdays, FRIDAY).holds
    assert fit(["周一 08:00-12:00"], weekdays, FRIDAY).why == "周一 08:00–12:00 与您的空闲时间相符"


def test_soon_is_today_or_tomorrow() -> None:
    assert soonest(["2026-12-05 08:00-12:00"], None, FRIDAY) == date(2026, 12, 5)
    assert soonest(["2026-12-07 08:00-12:00"], None, FRIDAY) is None
    assert soonest(["08:00-12:00"], None, FRIDAY) == FRIDAY
    assert soonest(["周六 13:00-17:00"], MORNINGS, FRIDAY) is None  # tomorrow, but not when they are free


@pytest.mark.parametrize("text", ["8-12", "周八 08:00-12:00", "2026-02-30 08:00-12:00", "08:00-25:00", "早上"])
def test_unreadable_shifts_are_named(text: str) -> None:
    assert parse_shift(text) is None and shift_problem(text) is not None


def test_old_and_new_shift_forms_read() -> None:
    assert parse_shift("08:00-12:00") is not None
    assert parse_shift("周日08:00-12:00") is not None  # uploads strip the spaces
    sunday = parse_shift("周天 08:00-12:00")
    assert sunday is not None and (sunday.weekday, sunday.start, sunday.end) == (6, 480, 720)


def test_free_times_written_in_words_judge_shifts_and_say_so() -> None:
    mornings = written_free_times(seeker_facts("", "干过搬运，只能上午"))
    assert mornings is not None and mornings.written == "只能上午"
    assert (
        fit(["周六 08:00-12:00"], mornings, FRIDAY).why
        == "周六 08:00–12:00 与您的空闲时间相符（按简历中「只能上午」判断）"
    )
    assert fit(["13:00-17:00"], mornings, FRIDAY).why == "班次与您的空闲时间不符（按简历中「只能上午」判断）"
    weekends = written_free_times(seeker_facts("", "平时下午3点后有空，周末有空"))
    assert weekends is not None and weekends.written == "平时下午3点后有空」「周末有空"
    assert fit(["周一 16:00-20:00"], weekends, FRIDAY).holds and not fit(["周一 09:00-12:00"], weekends, FRIDAY).holds
    assert fit(["周日 09:00-12:00"], weekends, FRIDAY).holds
    assert written_free_times(seeker_facts("", "会电焊，不上夜班")) is None
