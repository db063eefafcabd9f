"""Precision and recall of the screener against hand labels, per rule and overall."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from matching.screening import RULES

RULE_CODES = tuple(rule.code for rule in RULES)
BLOCKING = tuple(rule.code for rule in RULES if rule.severity == "reject")


@dataclass(frozen=True, slots=True)
class Label:
    rules: frozenset[str]  # empty: no discriminatory requirement
    note: str


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    gold: int = 0
    phrases: Counter[str] = field(default_factory=Counter)  # the screener's phrases on true positives

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def load_labels(path: Path) -> dict[str, Label]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    labels: dict[str, Label] = {}
    for row in rows:
        rules = frozenset() if row["rule_or_none"] == "none" else frozenset(row["rule_or_none"].split("|"))
        unknown = rules - set(RULE_CODES)
        if unknown:
            raise ValueError(f"labels.csv: unknown rule {sorted(unknown)} for {row['sha256'][:12]}")
        labels[row["sha256"]] = Label(rules, row["note"])
    return labels


def tally(outcomes: Iterable[tuple[frozenset[str], Mapping[str, list[str]]]]) -> dict[str, Tally]:
    """Outcomes are (gold rules, predicted rule -> phrases) per case; a case counts once per rule."""
    tallies = {code: Tally() for code in (*RULE_CODES, "all rules", "any blocking rule")}
    for gold, predicted in outcomes:
        for code in RULE_CODES:
            _count(tallies[code], code in gold, code in predicted, predicted.get(code, []))
            _count(tallies["all rules"], code in gold, code in predicted, [])
        _count(tallies["any blocking rule"], bool(gold & set(BLOCKING)), bool(set(predicted) & set(BLOCKING)), [])
    return tallies


def _count(t: Tally, gold: bool, predicted: bool, phrases: list[str]) -> None:
    t.gold += gold
    t.tp += gold and predicted
    t.fp += predicted and not gold
    t.fn += gold and not predicted
    if gold and predicted:
        t.phrases.update(phrases)
