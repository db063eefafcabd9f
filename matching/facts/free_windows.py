"""The windows a reader's "free" facts leave a day (`free_windows`), and those that meet the part of every day the person
says is all they have (`within_said`); the facts themselves are `day_window.taken_day`'s and `schedule`'s."""

from __future__ import annotations

from collections.abc import Iterable

from matching.facts.fact import Fact
from matching.facts.hour_spans import meet


def free_windows(facts: Iterable[Fact]) -> tuple[tuple[int, int], ...]:
    """The parts of a day a person's "free" facts leave ("1234567 06:00-12:00"), when one is less than the whole day;
    days are not looked at (a posting's hours say nothing of its days)."""
    statements: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for f in facts:
        if f.code == "free" and f.value:
            days, _, span = f.value.partition(" ")
            start, _, end = span.partition("-")
            statements.setdefault((f.evidence, days), []).append((_minute(start), _minute(end)))
    # statements about every day all hold ("只能上午出来干", "中午十二点前得回家做饭": the morning till 11:30); the
    # spans of one statement, and statements about some days, are alternatives
    daily: list[tuple[int, int]] | None = None
    spans = []
    for (_, days), said in statements.items():
        if days != "1234567":
            spans += said
        elif daily is None:
            daily = said
        else:
            daily = list(meet(tuple(daily), tuple(said)))
    spans += daily or []
    return tuple(spans) if any(span != (0, 24 * 60) for span in spans) else ()


def within_said(taken: list[Fact], said: list[Fact]) -> list[Fact]:
    """The taken times' free windows (`seeker_week`) that meet the part of every day a person says is all they have
    ("只能上午出来干" beside "中午得回去做饭": not the afternoon the midday errand leaves); the rest as they are."""
    only = [span for f in said if f.code == "free" and f.value and f.value.startswith("1234567 ") for span in _spans(f)]
    if not only or (0, 24 * 60) in only:
        return taken
    return [
        f
        for f in taken
        if f.code != "free" or not f.value or any(a < d and c < b for a, b in _spans(f) for c, d in only)
    ]


def _spans(f: Fact) -> list[tuple[int, int]]:
    start, _, end = (f.value or "").partition(" ")[2].partition("-")
    return [(_minute(start), _minute(end))] if start and end else []


def _minute(clock: str) -> int:
    hours, _, mins = clock.partition(":")
    return int(hours) * 60 + int(mins)
