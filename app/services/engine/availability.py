"""A seeker's free times as stored and as the shift rules (`matching.shifts`) read them: those given, or else
those the seeker wrote ("只能上午")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from app.schemas.availability import FreeTimesIn
from matching.facts import Fact
from matching.shifts import Dated, FreeTimes, Weekly, minutes, written_free_times


def stored_free_times(given: FreeTimesIn | None) -> dict[str, Any] | None:
    """What the profile keeps: the windows as given (JSON), or None when none were given."""
    if given is None or not (given.weekly or given.dates):
        return None
    return given.model_dump(mode="json")


def free_times_of(stored: dict[str, Any] | None) -> FreeTimes | None:
    """None: the seeker said nothing about when they are free, so 零工 are not filtered by their shifts."""
    if not stored:
        return None
    weekly = tuple(
        Weekly(frozenset(int(d) - 1 for d in w["days"]), minutes(w["start"]), minutes(w["end"]))
        for w in stored.get("weekly", [])
    )
    dates = tuple(
        Dated(date.fromisoformat(d["date"]), minutes(d["start"]), minutes(d["end"])) for d in stored.get("dates", [])
    )
    return FreeTimes(weekly, dates) or None


def free_times_from(given: FreeTimesIn | None) -> FreeTimes | None:
    return free_times_of(stored_free_times(given))


def seeker_free_times(stored: dict[str, Any] | None, facts: Iterable[Fact]) -> FreeTimes | None:
    """The times the seeker gave always win; where they gave none, the times their own words state (the issue-22
    facts: "只能上午", "周末有空"), which then say so in every verdict. None: neither, and nothing is filtered."""
    return free_times_of(stored) or written_free_times(facts)
