"""Cue words and the small readings every family shares: negation, clauses, past work, duties."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from matching.facts.fact import Fact, Family, _evidence

_NEGATED = re.compile(
    r"(?:不|无|没有?|非|免|未)(?:需要?|须|用|要|上|做|干|接受|提供|包|含|会|能|限|安排|考|招|收|支持)?$"
)
_PREFERRED = re.compile(r"优先|加分|更佳|最好|为佳|者佳")
_CLAUSE = re.compile(r"[，,。；;！!？?\n\r]")


def _prefix(text: str, start: int, width: int = 4) -> str:
    return text[max(0, start - width) : start]


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATED.search(_prefix(text, start)))


def _clause(text: str, start: int, end: int) -> str:
    """The clause around [start, end): between the nearest stops (commas included)."""
    left = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    right = _CLAUSE.search(text, end)
    return text[left : right.start() if right else len(text)]


@dataclass(frozen=True, slots=True)
class _Cue:
    family: Family
    code: str
    pattern: re.Pattern[str]
    confidence: float = 0.9
    negatable: bool = True


def _cues(family: Family, confidence: float = 0.9, **patterns: str) -> list[_Cue]:
    return [_Cue(family, code, re.compile(p, re.IGNORECASE), confidence) for code, p in patterns.items()]


_SENTENCE_STOP = re.compile(r"[。；;！!？?\n\r]")
_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _matched(
    text: str,
    cues: Sequence[_Cue],
    *,
    past: re.Pattern[str] | None = None,
    duty: re.Pattern[str] | None = None,
    unless_after: re.Pattern[str] | None = None,
) -> Iterator[Fact]:
    """Each cue's matches, less those negated and those the options rule out: in a clause about past work
    (`past`), a duty of someone else's work named before it in its clause (`duty`: "负责中午工作餐", "组织装卸"),
    or words right after it that take it back (`unless_after`: "吃住自理", "住宿补贴")."""
    for cue in cues:
        for m in cue.pattern.finditer(text):
            if cue.negatable and _negated(text, m.start()):
                continue
            if past is not None and _about_past_work(text, m, past):
                continue
            if duty is not None and duty.search(text, _clause_start(text, m.start()), m.start()):
                continue
            if unless_after is not None and unless_after.match(text, m.end()):
                continue
            yield Fact(cue.family, cue.code, _evidence(m.group(0)), cue.confidence)


def _clause_start(text: str, at: int) -> int:
    return max((m.end() for m in _CLAUSE.finditer(text, 0, at)), default=0)


def _about_past_work(text: str, m: re.Match[str], past: re.Pattern[str]) -> bool:
    """ "有驻场经验优先", "有销售经验、地推…": the words name experience someone has, not where this job is."""
    clause = _clause(text, m.start(), m.end())
    at = clause.find(m.group(0))
    before, after = clause[:at], clause[at + len(m.group(0)) :]
    return bool(re.match(f"[^、]*?(?:{past.pattern})", after) or re.search(f"(?:{past.pattern})[、和及与或]$", before))
