"""Issue 22 s12 (rev2's posting finding): a posting's range named as the shop's opening hours, a training's or a
break's ("营业时间早上7点到晚上10点", "培训时间下午两点到四点", "下午两点到五点门店休息") is not the job's hours; a
person free for part of the day is not kept out by it. Decoys: the job's own hours beside them, a break inside the
day ("休息一小时"), 休息日. Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits

TODAY = date(2026, 12, 6)


def hours(text: str) -> list[str | None]:
    return [f.value for f in posting_facts("店员", text) if f.code == "hours"]


OTHERS = [
    "营业时间{}",
    "营业时间：{}",
    "店里营业时间为{}",
    "培训时间{}",
    "面试时间{}",
    "{}门店休息",
    "{}休息",
    "{}店里打烊",
]
RANGES = ["早上7点到晚上10点", "下午两点到四点", "9:00-21:00", "下午14：30至17点"]


@pytest.mark.parametrize(("frame", "span"), list(itertools.product(OTHERS, RANGES)))
def test_another_things_hours_are_not_the_jobs(frame: str, span: str) -> None:
    assert hours(f"{frame.format(span)}，招理货员，包午饭。") == []


@pytest.mark.parametrize(("frame", "span"), list(itertools.product(OTHERS[:4], RANGES)))
def test_the_jobs_own_hours_beside_them_are_kept(frame: str, span: str) -> None:
    assert hours(f"{frame.format(span)}，上班时间早8点到下午5点，包午饭。") == ["08:00-17:00"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("9:00-18:00休息一小时", ["09:00-18:00"]),  # a break inside the day
        ("9:00-18:00午休2小时", ["09:00-18:00"]),
        ("上班时间9:00-18:00，休息日双休", ["09:00-18:00"]),
        ("早9点到晚6点，中午休息1小时", ["09:00-18:00"]),
        ("营业时间内上班，早8点到晚5点", ["08:00-17:00"]),
        ("下午两点到五点休息，上午七点到十一点上班", ["07:00-11:00"]),
    ],
)
def test_decoys_keep_the_jobs_hours(text: str, want: list[str]) -> None:
    assert hours(text) == want


def test_a_morning_person_is_not_kept_out_by_a_shops_hours() -> None:
    seeker = seeker_limits(seeker_facts("", "早上8点到12点有空", [], today=TODAY))
    assert seeker.fits(posting_facts("超市", "营业时间早上7点到晚上10点，招理货员"), TODAY)
