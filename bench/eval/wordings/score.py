"""The blind wordings' vocabulary read off a seeker's `Limits`, and each label's counts against the clerk's labels."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from matching.facts.bits import JobBits
from matching.facts.limits import Limits

TODAY = date(2026, 12, 5)  # the day the set was written for ("2015年拿的驾照" is 11 years)
SLACK_MIN = 30  # a window's ends and a day's length count as read within half an hour
DAY_MIN = 24 * 60
LABELS = (
    "no_night",
    "no_lifting",
    "no_bending",
    "no_standing",
    "no_walking",
    "no_stairs",
    "no_cold_wet",
    "max_hours_per_day",
    "window",
    "no_weekends",
    "days_refused",
    "most_days_per_week",
    "driving_years",
    "age",
    "home_only",
)
# labels no `Limits` field or `JobBits` bit can say: counted as expected, never as read (no_bending, no_cold_wet and
# no_walking were here until session 11's h-kind gave `Limits` the first two and kept the third's facts in `because`)
# (days_refused was here until session 13's h-fix5seek kept which weekdays `Limits.days_refused` holds)
UNMAPPED: dict[str, str] = {}
NIGHT_OUT = JobBits.NIGHT | JobBits.SHIFTS  # "不上夜班", "倒班不考虑": either refuses night work
WEEKENDS_OUT = JobBits.WEEKENDS_WORKED

Span = tuple[int, int]
Read = dict[str, Any]


def labels_of(limits: Limits, today: date = TODAY) -> Read:
    """The vocabulary's labels a reader's `Limits` says; minutes for hours and windows, (youngest, oldest) for age."""
    flags = {
        "no_night": limits.exclude & NIGHT_OUT or limits.require & JobBits.DAY_SHIFT,
        "no_lifting": limits.exclude & JobBits.LIFTING,
        "no_standing": limits.exclude & JobBits.STANDING or limits.stands_none,
        "no_stairs": limits.no_stairs,
        # fields added by the session's readers after the set was written (h-kind); getattr so the same scorer
        # reads a reader from before them, which has none
        "no_bending": getattr(limits, "no_bending", False),
        "no_cold_wet": getattr(limits, "no_cold_wet", False),
        "no_walking": any(f.code == "no_walking" for _, f in limits.because),
        "no_weekends": limits.require & JobBits.WEEKENDS_OFF or limits.exclude & WEEKENDS_OUT,
        "home_only": limits.require & JobBits.REMOTE,
    }
    read: Read = {name: True for name, on in flags.items() if on}
    values = {
        "max_hours_per_day": limits.longest_day,
        "window": day_span(limits.windows or ((limits.window,) if limits.window else ())),
        "most_days_per_week": limits.most_days,
        "driving_years": limits.driving_years,
        "age": limits.age or (limits.born and (today.year - limits.born[1], today.year - limits.born[0])),
        "days_refused": weekdays_refused(limits),
    }
    read.update({name: value for name, value in values.items() if value is not None})
    return read


def weekdays_refused(limits: Limits) -> frozenset[int] | None:
    """The ISO weekdays refused, in the set's sense: a weekend refused whole is `no_weekends`, not two days. A reader
    from before session 13 kept only a count, which says no day."""
    days = getattr(limits, "days_refused", None)
    if not isinstance(days, frozenset):
        return None
    return (days - {6, 7} if {6, 7} <= days else days) or None


def day_span(spans: Iterable[Span]) -> tuple[Span, ...] | None:
    """The union of a person's free windows, with a night that runs past midnight joined into one span."""
    merged: list[list[int]] = []
    for start, end in sorted((s, e + DAY_MIN if e <= s else e) for s, e in spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    if len(merged) > 1 and merged[0][0] == 0 and merged[-1][1] == DAY_MIN:
        first = merged.pop(0)  # "22:00-24:00" and "00:00-06:00" are one night
        merged[-1][1] = DAY_MIN + first[1]
    return tuple((s, e) for s, e in merged) or None


def expected_of(labels: Mapping[str, Any]) -> Read:
    """The clerk's labels in `labels_of`'s units."""
    out: Read = {}
    for name, value in labels.items():
        if name == "window":
            start, end = (minutes(t) for t in value.split("-"))
            out[name] = ((start, end + DAY_MIN if end <= start else end),)
        elif name == "max_hours_per_day":
            out[name] = int(value * 60)
        elif name in ("age", "age_range"):
            out["age"] = (value, value) if name == "age" else tuple(value)
        elif name == "days_refused":
            out[name] = frozenset(value)
        else:
            out[name] = value
    return out


def minutes(clock: str) -> int:
    hours, _, mins = clock.partition(":")
    return int(hours) * 60 + int(mins)


def matches(name: str, want: Any, got: Any, family: Sequence[str] = ()) -> bool:
    """Whether a read value is the clerk's: windows and hours within `SLACK_MIN`, a 驾龄 from a year within one
    (the month is unsaid), an age span inside the clerk's widened by a year on each side."""
    if name == "window":
        return len(got) == 1 and all(abs(a - b) <= SLACK_MIN for a, b in zip(got[0], want[0], strict=True))
    if name == "max_hours_per_day":
        return bool(abs(got - want) <= SLACK_MIN)
    if name == "driving_years":
        return bool(abs(got - want) <= (1 if "licence_year" in family else 0))
    if name == "age":
        return bool(want[0] - 1 <= got[0] <= got[1] <= want[1] + 1)
    return bool(got == want)


@dataclass
class Count:
    expecting: int = 0
    read: int = 0
    right: int = 0
    decoys_read: int = 0
    decoys: int = 0


@dataclass
class Score:
    counts: dict[str, Count] = field(default_factory=lambda: {name: Count() for name in LABELS})
    misses: list[str] = field(default_factory=list)  # one line per mismatch, for --list
    exact: int = 0  # items whose mapped labels were all read right and nothing else was
    decoy_items: int = 0
    decoy_items_clean: int = 0


def score(items: Iterable[Mapping[str, Any]], reader: Callable[[str], Read], labels: Sequence[str] = LABELS) -> Score:
    """Each label's items expecting it, read, read right, and decoys that baited it and had it read; only `labels`
    (a set's own vocabulary) are scored."""
    result = Score()
    for item in items:
        wrong = score_item(item, reader(item["text"]), result, labels)
        result.exact += not wrong
        if "decoy" in item["family"]:
            result.decoy_items += 1
            result.decoy_items_clean += not wrong
    return result


def score_item(item: Mapping[str, Any], got: Read, result: Score, labels: Sequence[str] = LABELS) -> int:
    """Adds one item's counts; returns how many of its mapped labels were wrong."""
    want = expected_of(item["labels"])
    allowed = set(item.get("allowed", ())) | ({"max_hours_per_day"} if "window" in want else set())
    baits = set(item.get("decoy", ()))
    wrong = 0
    for name in labels:
        count = result.counts[name]
        count.expecting += name in want
        count.decoys += name in baits
        if name in UNMAPPED or (name not in want and (name not in got or name in allowed)):
            continue
        count.read += name in got
        if name in want and name in got and matches(name, want[name], got[name], item["family"]):
            count.right += 1
            continue
        wrong += 1
        count.decoys_read += name in baits and name in got
        result.misses.append(f"{item['id']} {name}: want {want.get(name)} read {got.get(name)} | {item['text']}")
    return wrong
