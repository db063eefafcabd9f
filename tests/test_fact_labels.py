"""The hand labels of `bench/facts`: only schema codes, no text, and each fresh split shares nothing earlier."""

import json
from pathlib import Path

import pytest

from bench.facts.__main__ import label_split, read_labels

LABELS = Path(__file__).parents[1] / "bench" / "facts" / "labels"
# the blind splits in the order they were drawn: each left out what the files before it had labelled
FRESH = {
    "fresh2": ("place-fresh2.jsonl", "physical-fresh2.jsonl"),
    "fresh3": ("place-fresh3.jsonl", "physical-fresh3.jsonl"),
}
CODES = {
    "place": {"remote", "field", "travel", "client_site"},
    "physical": {
        "lifting", "standing", "riding", "height", "strenuous", "disabled_welcome", "wheelchair_ok", "deaf_ok",
    },
}  # fmt: skip
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
            assert set(label) == KEYS and label["split"] == split
            family = str(label["family"])
            assert {f["code"] for f in label["facts"]} <= CODES[family]  # type: ignore[attr-defined]


def test_fresh2_shares_no_row_or_sentence_with_earlier_labels() -> None:
    before = earlier("fresh2")
    rows, sids = {label["row"] for label in before}, {label["sid"] for label in before}
    fresh = [label for name in FRESH["fresh2"] for label in lines(name)]
    assert len(fresh) >= 600
    assert not {label["row"] for label in fresh} & rows
    assert not {label["sid"] for label in fresh} & sids
    assert len({(label["family"], label["sid"]) for label in fresh}) == len(fresh)


@pytest.mark.parametrize("name", FRESH["fresh3"])
def test_fresh3_shares_no_sentence_with_earlier_labels_nor_a_row_of_its_family(name: str) -> None:
    before, fresh = earlier("fresh3"), lines(name)
    family = fresh[0]["family"]
    assert len(fresh) >= 300 and {label["family"] for label in fresh} == {family}
    assert not {label["sid"] for label in fresh} & {label["sid"] for label in before}
    assert not {label["row"] for label in fresh} & {label["row"] for label in before if label["family"] == family}
    assert len({label["sid"] for label in fresh}) == len(fresh)


def test_bench_reads_fresh3_lines_as_their_own_split() -> None:
    read = [label for label in read_labels(LABELS) if label_split(label) == "fresh3"]
    assert sorted(map(json.dumps, read)) == sorted(json.dumps(label) for n in FRESH["fresh3"] for label in lines(n))
