"""驾龄 as people say it (issue 22 s12): the years before the word ("有五年驾龄"), a colon ("驾龄：5年"), the licence
held "有五年了" or "拿到手三年", and a year got after "C1本", a bare "本是" or ending "的" ("驾照是2015年的"); and the
decoys: someone else's, a question, an expiry, an exam ahead. Wording is this module's own, not any persona set's."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 6)


def _held(words: str) -> int | None:
    return seeker_limits(seeker_facts("司机", words, today=TODAY)).driving_years


@pytest.mark.parametrize(
    ("words", "years"),
    [
        ("有五年驾龄", 5),
        ("我有8年驾龄，会开手动挡", 8),
        ("3年的驾龄", 3),
        ("十几年驾龄了，跑过长途", 19),
        ("驾龄：5年", 5),
        ("驾龄:12年", 12),
        ("驾照有五年了", 5),
        ("驾驶证都有七年多了", 7),
        ("驾照拿到手三年", 3),
        ("本子考下来五年了", 5),
        ("驾照拿到手快五年了", 5),
        ("C1驾照快十年了", 10),
        ("驾照6年了，没出过事故", 6),
        ("持B2驾照6年", 6),
        ("C1本2020年考的", 6),
        ("C1本，20年考的", 6),
        ("B2本是2016年拿的", 10),
        ("本是12年拿的", 14),
        ("本也是18年考的", 8),
        ("驾照是2015年的", 11),
        ("C1驾照是19年的，开过网约车", 7),
        # already read: kept so
        ("驾照拿了五年", 5),
        ("12年拿的本", 14),
        ("驾龄5年多", 5),
        # short of three years is at most two (h-fix5seek, session 13; was None, kept as not three)
        ("驾龄不到三年", 2),
    ],
)
def test_driving_years_said_are_years_held(words: str, years: int) -> None:
    assert _held(words) == years


@pytest.mark.parametrize(
    "words",
    [
        "老公有十年驾龄",
        "我儿子驾照有五年了",
        "女儿C1本2020年考的",
        "要求3年驾龄吗？",
        "驾照有五年了吗？",
        "驾照2030年到期",
        "准备2027年考驾照",
        "2020年考的电工证",
        "日本是19年去的",
        "本地人，2016年结婚",
        "开了五年货车",
        "问一下驾龄要几年？",
        "如果有五年驾龄就好了",
        "驾照6年一审",
        "持C1驾照6年以上优先",
        "驾照扣了6分",
        "十年以上驾龄的优先吗",
    ],
)
def test_other_years_near_a_licence_are_not_its_years(words: str) -> None:
    assert _held(words) is None


def test_years_before_the_word_fall_short_of_more_asked() -> None:
    job = posting_facts("货车司机", "招货车司机，C1驾照，驾龄5年以上")
    assert not seeker_limits(seeker_facts("司机", "有三年驾龄，C1本", today=TODAY)).fits(job, TODAY)
    assert seeker_limits(seeker_facts("司机", "有八年驾龄，C1本", today=TODAY)).fits(job, TODAY)
