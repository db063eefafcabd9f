"""Session 20 (h-health20): the modules split out of `loads`/`load_weights`, `refusals` and `clocks`, each on its public
face. `carriers` is one "who carries" reader with two readings, and the places where they differ are held here as they
were before the split: the lifting word's denial (`loads`) and a weighed load's (`load_weights`)."""

from __future__ import annotations

import pytest

from matching.facts import Fact, Family, posting_facts
from matching.facts.carriers import LIFTING_HANDS, WEIGHED_HANDS
from matching.facts.hour_spans import span_value, spans_of, worked_spans
from matching.facts.refusal_owner import either_or, not_own


@pytest.mark.parametrize(
    ("sentence", "lifting", "weighed"),
    [
        ("卸货有装卸工", True, True),  # a crew kept: both
        ("装车由搬运工负责", True, True),
        ("由搬运工装卸", True, True),
        ("卸货有专人负责", True, True),  # a person kept for the loads named before
        ("卸货有专人，上架要自己搬", False, False),  # the worker's own hands too: neither
        ("卸货要自己卸，有时有搬运工帮忙", False, False),
        ("帮装卸工卸货", False, False),  # the worker helps the crew
        ("不用搬重物", False, False),  # light loads, still carried
        # the weighed reading alone: the worker told not to, someone else's own hands, a bare 有专人, a crew helping
        ("一箱二十斤的饮料不用你搬", False, True),
        ("老板自己搬，你只管收银", False, True),
        ("有专人带教", False, True),
        ("有搬运工帮忙", False, True),
        # the lifting reading alone: the place's forklift beside its crew
        ("店里有叉车和搬运工", True, False),
    ],
)
def test_each_reading_keeps_its_own_hands(sentence: str, lifting: bool, weighed: bool) -> None:
    assert LIFTING_HANDS.others_carry(sentence) is lifting
    assert WEIGHED_HANDS.others_carry(sentence) is weighed


def test_a_forklift_beside_the_crew_is_matched_where_it_stands() -> None:
    text = "平时不用搬货，有叉车和搬运工"
    assert LIFTING_HANDS.others.match(text, text.index("叉车") - 1) is not None


def physical(description: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.value) for f in posting_facts("", description) if f.family is Family.PHYSICAL]


@pytest.mark.parametrize(
    ("description", "facts"),
    [
        # loads (the lifting word denied) and load_weights (the weight dropped), through the reader
        ("仓库理货员，单件货物约25公斤，由搬运工装卸", []),
        ("仓库理货员，单件货物约25公斤，需要自己搬", [("lifting", None), ("load_kg", "25")]),
        ("超市理货，一箱二十斤的饮料，老板自己搬，你只管收银", []),
        ("仓管员，卸货有专人负责", []),
        ("仓管员，平时不用搬货，有叉车和搬运工", []),
        ("仓管员，卸货要自己卸，有时有搬运工帮忙", [("lifting", None)]),
        ("仓管员，有搬运工帮忙卸货，一箱二十斤", [("lifting", None)]),  # lifting kept, the weight the crew's
    ],
)
def test_posting_loads_follow_who_carries_them(description: str, facts: list[tuple[str, str | None]]) -> None:
    assert physical(description) == facts


def hours(value: str) -> Fact:
    return Fact(Family.SCHEDULE, "hours", "…", 0.8, value)


def test_span_values_read_back_as_the_minutes_written() -> None:
    assert span_value(9 * 60, 17 * 60 + 30) == "09:00-17:30"
    assert span_value(22 * 60, 6 * 60) == "22:00-06:00"
    assert spans_of([hours("09:00-17:30"), hours("22:00-06:00/02:00-03:00")]) == [(540, 1050), (1320, 1800)]


def test_a_split_days_break_is_cut_out_of_the_worked_spans() -> None:
    assert worked_spans(hours("09:00-17:30/11:30-13:30")) == [(540, 690), (810, 1050)]
    assert worked_spans(hours("00:00-00:00")) == [(0, 24 * 60)]  # the whole day


@pytest.mark.parametrize(
    ("text", "words", "others"),
    [
        ("我夜班吃不消", "夜班吃不消", False),
        ("老公夜班吃不消", "夜班吃不消", True),  # someone else's
        ("以前出差吃不消", "出差吃不消", True),  # of the past
        ("夜班吃不消也得上", "夜班吃不消", True),  # done anyway
        ("夜班吃不消？", "夜班吃不消", True),  # asked
    ],
)
def test_a_refusal_is_the_persons_own_only_now_and_meant(text: str, words: str, others: bool) -> None:
    start = text.index(words)
    assert not_own(text, start, start + len(words)) is others


def test_bu_between_the_same_words_is_a_choice() -> None:
    assert either_or("上不上夜班", 1)
    assert either_or("出差不出差都行", 2)
    assert not either_or("不上夜班", 0)
