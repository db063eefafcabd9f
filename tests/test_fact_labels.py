"""The hand labels of `bench/facts`: only schema codes, no text, and each fresh split shares nothing earlier."""

import json
import re
from pathlib import Path

import pytest

from bench.facts.__main__ import label_split, read_labels

LABELS = Path(__file__).parents[1] / "bench" / "facts" / "labels"
FRESH2 = ("place-fresh2.jsonl", "physical-fresh2.jsonl")
# drawn after the two above (seed 2214), leaving out their rows as well
FRESH2_MORE = ("schedule-fresh2.jsonl", "licence-fresh2.jsonl", "lodging-fresh2.jsonl", "education-fresh2.jsonl")
FRESH3 = ("place-fresh3.jsonl", "physical-fresh3.jsonl")
# drawn after the two above (seed 2215), leaving out every sentence they and all earlier files hold
FRESH3_MORE = ("schedule-fresh3.jsonl", "licence-fresh3.jsonl", "lodging-fresh3.jsonl")
# drawn after every file above (seed 2216), for recall of physical positives; halved by sentence hash
FRESH4 = ("physical-fresh4.jsonl",)
# the blind splits in the order they were drawn: each left out what the files before it had labelled
FRESH = {"fresh2": FRESH2 + FRESH2_MORE, "fresh3": FRESH3 + FRESH3_MORE, "fresh4": FRESH4}
# a split whose lines name one of two halves instead of the split (the tuner reads one, the other is read once)
HALVES = {"fresh4": ("fresh4dev", "fresh4test")}
DRIVING = {f"driving_{c}" for c in ("A1", "A2", "A3", "B1", "B2", "C1", "C2")}
CODES = {
    "place": {"remote", "field", "travel", "client_site"},
    "physical": {
        "lifting", "standing", "riding", "height", "strenuous", "disabled_welcome", "wheelchair_ok", "deaf_ok",
    },
    "schedule": {"day_shift", "shifts", "night", "part_time", "weekends_off", "hours"},
    "licence": DRIVING | {
        "driving", "forklift", "welder", "electrician", "height_work", "crane", "health", "maternity", "elder_care",
        "accounting", "security", "chef", "nurse", "teacher",
    },
    "lodging": {"meals", "housing", "live_in"},
    "education": {"edu_min", "fresh_graduate", "graduation", "experience_min", "age_range"},
}  # fmt: skip
# the value each valued code must carry (SCHEMA.md); every other code carries none
VALUES = {
    "hours": re.compile(r"\d\d:\d\d-\d\d:\d\d"),
    "edu_min": re.compile(r"junior_high|senior_high|college|bachelor|master|phd"),
    "graduation": re.compile(r"\d{4}(?:-\d\d)?"),
    "experience_min": re.compile(r"\d+"),
    "age_range": re.compile(r"\d*-\d*"),
}
KEYS = {"family", "row", "sid", "field", "sample", "split", "facts"}


def lines(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (LABELS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def earlier(split: str) -> list[dict[str, object]]:
    """Lines of every file drawn before `split` (the old files, then the fresh splits before it)."""
    later = [name for s in list(FRESH)[list(FRESH).index(split) :] for name in FRESH[s]]
    return [label for path in sorted(LABELS.glob("*.jsonl")) if path.name not in later for label in lines(path.name)]


@pytest.mark.parametrize("split", FRESH)
def test_fresh_lines_hold_schema_codes_and_no_text(split: str) -> None:
    for name in FRESH[split]:
        for label in lines(name):
            assert set(label) == KEYS and label["split"] in HALVES.get(split, (split,))
            family = str(label["family"])
            assert {f["code"] for f in label["facts"]} <= CODES[family]  # type: ignore[attr-defined]


def test_fresh2_shares_no_row_or_sentence_with_earlier_labels() -> None:
    before = earlier("fresh2")
    rows, sids = {label["row"] for label in before}, {label["sid"] for label in before}
    fresh = [label for name in FRESH["fresh2"] for label in lines(name)]
    assert len(fresh) >= 600 + 4 * 300
    assert not {label["row"] for label in fresh} & rows
    assert not {label["sid"] for label in fresh} & sids
    assert len({(label["family"], label["sid"]) for label in fresh}) == len(fresh)


def test_fresh2_more_takes_no_row_of_the_first_fresh2_draw() -> None:
    first = {label["row"] for name in FRESH2 for label in lines(name)}
    for name in FRESH2_MORE:
        assert len(lines(name)) >= 300
        assert not {label["row"] for label in lines(name)} & first


@pytest.mark.parametrize("name", FRESH2_MORE + FRESH3_MORE)
def test_valued_families_carry_schema_values_and_modalities(name: str) -> None:
    for label in lines(name):
        facts: list[dict[str, str | None]] = label["facts"]  # type: ignore[assignment]
        assert len({(f["code"], f["value"]) for f in facts}) == len(facts)
        for f in facts:
            code, value = str(f["code"]), f["value"]
            assert (value is None) if code not in VALUES else VALUES[code].fullmatch(str(value))
            assert f["modality"] in (("required", "preferred") if label["family"] == "licence" else (None,))


@pytest.mark.parametrize("name", FRESH["fresh3"])
def test_fresh3_shares_no_sentence_with_earlier_labels_nor_a_row_of_its_family(name: str) -> None:
    before, fresh = earlier("fresh3"), lines(name)
    family = fresh[0]["family"]
    assert len(fresh) >= 300 and {label["family"] for label in fresh} == {family}
    # FRESH2_MORE was drawn at the same time, blind to this split, for other families: 7 sentences recur across them
    concurrent = {label["sid"] for n in FRESH2_MORE for label in lines(n)}
    assert not {label["sid"] for label in fresh} & ({label["sid"] for label in before} - concurrent)
    assert not {label["row"] for label in fresh} & {label["row"] for label in before if label["family"] == family}
    assert len({label["sid"] for label in fresh}) == len(fresh)


@pytest.mark.parametrize("name", FRESH3_MORE)
def test_fresh3_more_shares_no_sentence_with_any_earlier_file_nor_a_row_of_its_family(name: str) -> None:
    before, fresh = earlier("fresh3") + [label for n in FRESH3 for label in lines(n)], lines(name)
    family = fresh[0]["family"]
    assert len(fresh) >= 300 and {label["family"] for label in fresh} == {family}
    # unlike place/physical fresh3, nothing was drawn beside these blind to them: no sentence exception
    assert not {label["sid"] for label in fresh} & {label["sid"] for label in before}
    assert not {label["row"] for label in fresh} & {label["row"] for label in before if label["family"] == family}
    assert len({label["sid"] for label in fresh}) == len(fresh)


def test_bench_reads_fresh3_lines_as_their_own_split() -> None:
    read = [label for label in read_labels(LABELS) if label_split(label) == "fresh3"]
    assert sorted(map(json.dumps, read)) == sorted(json.dumps(label) for n in FRESH["fresh3"] for label in lines(n))


def fresh4_half(sentence_hash: str) -> str:
    return "fresh4dev" if int(sentence_hash, 16) % 2 == 0 else "fresh4test"


def test_fresh4_shares_no_sentence_with_any_earlier_file_nor_a_physical_row() -> None:
    before, fresh = earlier("fresh4"), lines("physical-fresh4.jsonl")
    assert len(fresh) >= 500 and {label["family"] for label in fresh} == {"physical"}
    assert not {label["sid"] for label in fresh} & {label["sid"] for label in before}
    assert not {label["row"] for label in fresh} & {label["row"] for label in before if label["family"] == "physical"}
    assert len({label["sid"] for label in fresh}) == len(fresh)
    assert {label["field"] for label in fresh} == {"description", "title"}
    for label in fresh:
        assert label["facts"] == [{"code": f["code"], "value": None, "modality": None} for f in label["facts"]]  # type: ignore[attr-defined]


def test_fresh4_halves_follow_the_sentence_hash_and_the_bench_reads_each_alone() -> None:
    fresh = lines("physical-fresh4.jsonl")
    assert all(label["split"] == fresh4_half(str(label["sid"])) for label in fresh)
    for half in HALVES["fresh4"]:
        read = [label for label in read_labels(LABELS) if label_split(label) == half]
        want = [label for label in fresh if label["split"] == half]
        assert len(want) >= 250 and any(label["facts"] for label in want)
        assert sorted(map(json.dumps, read)) == sorted(map(json.dumps, want))
