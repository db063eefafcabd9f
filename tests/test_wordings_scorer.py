"""The blind wordings' scorer: a reader's `Limits` mapped to the set's vocabulary and counted per label."""

import json
from pathlib import Path
from typing import Any

from bench.eval.wordings.__main__ import in_half
from bench.eval.wordings.score import Read, labels_of, score
from matching.facts.bits import JobBits
from matching.facts.limits import Limits

WORDINGS = Path(__file__).parents[1] / "bench" / "eval" / "wordings"

# three made-up seekers, each read as a hand-built `Limits` so that only the mapping and the counting are judged
LIMITS = {
    "不上夜班，一天最多四个钟": Limits(exclude=int(JobBits.NIGHT), longest_day=240),
    "夜里十点到早上六点，七四年的": Limits(windows=((1290, 1440), (0, 390)), born=(1974, 1974)),
    "我妈只能在家": Limits(require=int(JobBits.REMOTE), longest_day=600),
}
ITEMS: list[dict[str, Any]] = [
    {
        "id": "x1",
        "text": "不上夜班，一天最多四个钟",
        "labels": {"no_night": True, "max_hours_per_day": 4},
        "family": [],
    },
    {
        "id": "x2",
        "text": "夜里十点到早上六点，七四年的",
        "labels": {"window": "22:00-06:00", "age_range": [51, 52], "days_refused": [7]},
        "family": [],
    },
    {"id": "x3", "text": "我妈只能在家", "labels": {}, "family": ["decoy"], "decoy": ["home_only"]},
]


def read(text: str) -> Read:
    return labels_of(LIMITS[text])


def test_counts_each_label_read_right_from_limits() -> None:
    counts = score(ITEMS, read).counts
    right = {name: c.right for name, c in counts.items() if c.right}
    assert right == {"no_night": 1, "max_hours_per_day": 1, "window": 1, "age": 1}


def test_joins_a_night_split_at_midnight_within_half_an_hour() -> None:
    assert labels_of(LIMITS[ITEMS[1]["text"]])["window"] == ((1290, 1830),)


def test_counts_a_decoy_read_and_a_weekday_refused_unread() -> None:
    result = score(ITEMS, read)
    assert (result.counts["home_only"].decoys_read, result.counts["max_hours_per_day"].read) == (1, 2)
    assert (result.counts["days_refused"].expecting, result.counts["days_refused"].read) == (1, 0)
    assert (result.exact, result.decoy_items_clean) == (1, 0)  # x2's Sunday, refused and not read, is wrong


def test_reads_bending_and_cold_wet_hands_from_their_fields() -> None:
    read = labels_of(Limits(no_bending=True, no_cold_wet=True))
    assert (read.get("no_bending"), read.get("no_cold_wet"), read.get("no_walking")) == (True, True, None)


def test_reads_the_weekdays_refused_and_leaves_a_whole_weekend_to_no_weekends() -> None:
    assert labels_of(Limits(days_refused=frozenset({1, 2})))["days_refused"] == frozenset({1, 2})
    assert labels_of(Limits(days_refused=frozenset({5, 6, 7})))["days_refused"] == frozenset({5})
    assert "days_refused" not in labels_of(Limits(days_refused=frozenset({6, 7})))
    assert "days_refused" not in labels_of(Limits())


def test_scores_only_a_sets_own_vocabulary() -> None:
    """A set of time limits (s22.json) does not count an age it never labelled as read wrong."""
    whole = score(ITEMS, read)
    timed = score(ITEMS, read, labels=("no_night", "max_hours_per_day", "window"))
    assert whole.counts["age"].read == 1 and timed.counts["age"].read == 0
    # x2's unread weekday and read age are not the time set's business; x3's ten-hour day, read unasked, is
    assert timed.exact == 2 and timed.misses == ["x3 max_hours_per_day: want None read 600 | 我妈只能在家"]
    assert timed.counts["window"].right == whole.counts["window"].right == 1


def test_the_time_set_splits_by_id_into_two_halves_within_its_vocabulary() -> None:
    data = json.loads((WORDINGS / "s22.json").read_text(encoding="utf-8"))
    items, vocabulary = data["items"], set(data["vocabulary"])
    assert len(items) == 240 == len({i["id"] for i in items})
    dev = [i for i in items if in_half(i, "dev")]
    test = [i for i in items if in_half(i, "test")]
    assert len(dev) == len(test) == 120 and not {i["id"] for i in dev} & {i["id"] for i in test}
    assert all(set(i["labels"]) <= vocabulary and set(i.get("decoy", ())) <= vocabulary for i in items)
    assert all("decoy" in i["family"] for i in items if any(f.startswith("decoy:") for f in i["family"]))
