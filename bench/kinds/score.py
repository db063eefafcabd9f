"""Precision and recall of the reader's implied bodily demands against the blind labels in `labels.csv`."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from matching.facts.fact import Fact, Family

DEMANDS = ("lifting", "standing", "bending", "stairs", "heights", "cold_wet", "walking", "fine_sight", "riding")
VERDICTS = ("yes", "no", "unsure")
SPLITS = ("dev", "test")
COLUMNS = ("row", "sid", "stratum", "split", *DEMANDS)
LABELS = Path(__file__).with_name("labels.csv")

# The reader's own spellings of a demand (a fact's code or value) where they differ from the label's.
_READER_NAMES = {"bend": "bending", "height": "heights"}
_NOT_MADE = "eased"  # the text says the demand is not made


@dataclass(frozen=True, slots=True)
class Label:
    row: int
    sid: str
    stratum: str
    split: str
    verdicts: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Tally:
    demand: str
    true_pos: int
    false_pos: int
    false_neg: int
    true_neg: int
    unsure: int

    @property
    def precision(self) -> float | None:
        said = self.true_pos + self.false_pos
        return self.true_pos / said if said else None

    @property
    def recall(self) -> float | None:
        labelled = self.true_pos + self.false_neg
        return self.true_pos / labelled if labelled else None


def read_labels(path: Path = LABELS) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Label(int(r["row"]), r["sid"], r["stratum"], r["split"], {d: r[d] for d in DEMANDS})
            for r in csv.DictReader(handle)
        ]


def demands_read(facts: Iterable[Fact]) -> frozenset[str]:
    """The nine demands among a posting's physical facts, whether stated or implied by the job's kind."""
    found: set[str] = set()
    for fact in facts:
        if fact.family is not Family.PHYSICAL or fact.code == _NOT_MADE:
            continue
        for name in (fact.code, fact.value):
            if name is not None:
                found.add(_READER_NAMES.get(name, name))
    return frozenset(found) & set(DEMANDS)


def tally(labels: Sequence[Label], read: Sequence[frozenset[str]], demand: str) -> Tally:
    """Counts for one demand; labels and read are paired by position; `unsure` labels are left out."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "unsure": 0}
    for label, found in zip(labels, read, strict=True):
        verdict, said = label.verdicts[demand], demand in found
        if verdict == "unsure":
            key = "unsure"
        elif verdict == "yes":
            key = "tp" if said else "fn"
        else:
            key = "fp" if said else "tn"
        counts[key] += 1
    return Tally(demand, counts["tp"], counts["fp"], counts["fn"], counts["tn"], counts["unsure"])


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table(tallies: Sequence[Tally]) -> list[str]:
    lines = ["| demand | precision | recall | tp | fp | fn | tn | unsure |", "|---|---|---|---|---|---|---|---|"]
    for t in tallies:
        lines.append(
            f"| {t.demand} | {_share(t.precision)} | {_share(t.recall)} | {t.true_pos} | {t.false_pos} | "
            f"{t.false_neg} | {t.true_neg} | {t.unsure} |"
        )
    return lines
