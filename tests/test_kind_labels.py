"""The blind labels of `bench/kinds` are well formed, and its scorer counts precision and recall right."""

import csv
import re

import pytest

from bench.kinds.score import COLUMNS, DEMANDS, LABELS, SPLITS, VERDICTS, Label, demands_read, read_labels, tally
from matching.facts.fact import Fact, Family, Modality


def test_the_labels_file_has_the_columns_and_values_and_no_text() -> None:
    with LABELS.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        rows = list(reader)
    assert len(rows) >= 300
    for row in rows:
        assert row["row"].isdigit()
        assert re.fullmatch(r"[0-9a-f]{16}", row["sid"])
        assert row["split"] in SPLITS
        assert row["stratum"].isascii()
        assert {row[d] for d in DEMANDS} <= set(VERDICTS)


def test_each_title_is_labelled_once_and_both_splits_hold_some() -> None:
    labels = read_labels()
    assert len({label.row for label in labels}) == len(labels)
    assert len({label.sid for label in labels}) == len(labels)
    halves = [sum(label.split == split for label in labels) for split in SPLITS]
    assert min(halves) >= len(labels) // 3


def _label(row: int, **verdicts: str) -> Label:
    return Label(row, f"{row:016x}", "hand", "dev", {d: verdicts.get(d, "no") for d in DEMANDS})


def test_precision_and_recall_leave_unsure_out() -> None:
    labels = [
        _label(0, lifting="yes"),  # read: a true positive
        _label(1, lifting="yes"),  # missed: a false negative
        _label(2),  # read anyway: a false positive
        _label(3),  # a true negative
        _label(4, lifting="unsure"),  # read, but left out
    ]
    read = [frozenset({"lifting"}), frozenset(), frozenset({"lifting"}), frozenset(), frozenset({"lifting"})]
    counted = tally(labels, read, "lifting")
    assert (counted.true_pos, counted.false_pos, counted.false_neg, counted.true_neg) == (1, 1, 1, 1)
    assert counted.unsure == 1
    assert counted.precision == pytest.approx(0.5)
    assert counted.recall == pytest.approx(0.5)
    assert tally(labels, read, "riding").precision is None


def test_demands_come_from_physical_codes_and_values_but_not_from_eased_ones() -> None:
    def physical(code: str, value: str | None = None) -> Fact:
        return Fact(Family.PHYSICAL, code, "x", 0.9, value, Modality.IMPLIED if value else None)

    facts = [
        physical("implied", "bend"),
        physical("height"),
        physical("strenuous", "stairs"),
        physical("riding"),
        physical("eased", "lifting"),
        Fact(Family.SCHEDULE, "night", "x", 0.9),
    ]
    assert demands_read(facts) == {"bending", "heights", "stairs", "riding"}
