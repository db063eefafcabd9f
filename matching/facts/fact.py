"""What a fact is: its family, code, value, modality and the words it was read from."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

VERSION = "facts-40"
MAX_TEXT = 20_000  # characters read of one text: facts sit in the first screens of a posting
EVIDENCE_MAX = 24
_SPACES = re.compile(r"(\s)\s{2,}")
_RUN = re.compile(r"(\S)\1{8,}")


def squeeze(text: str) -> str:
    """A text as the readers take it: runs of blank space cut to one ("   " -> " ", a newline kept), and any other character
    repeated more than eight times to eight ("==========", "1111…"). Nothing is said by the run's length, and long
    runs made some of the readers' patterns quadratic (20,000 spaces took 23 s a reader)."""
    spaced = _SPACES.sub(lambda m: "\n" if "\n" in m.group(0) else m.group(1), text)  # a line break stays one
    return _RUN.sub(lambda m: m.group(1) * 8, spaced)


class Family(StrEnum):
    LICENCE = "licence"
    SCHEDULE = "schedule"
    LODGING = "lodging"
    PLACE = "place"
    PHYSICAL = "physical"
    EDUCATION = "education"
    ABILITY = "ability"  # computer use, eyesight, phone calls, a major (`matching.abilities`)
    SKILL = "skill"  # a smartphone, Mandarin, reading and writing, drawings, cooking, a foreign language (`skills`)


class Modality(StrEnum):
    REQUIRED = "required"  # a posting asks for it
    PREFERRED = "preferred"  # a posting would like it
    HAS = "has"  # a seeker holds it
    LACKS = "lacks"  # a seeker says they do not hold it
    IMPLIED = "implied"  # a seeker's past work implies they hold it ("开了十年货车": a driving licence)
    LIMIT = "limit"  # a seeker cannot do otherwise
    WISH = "wish"  # a seeker would like it


@dataclass(frozen=True, slots=True)
class Fact:
    family: Family
    code: str
    evidence: str  # the words it was read from, as written
    confidence: float
    value: str | None = None
    modality: Modality | None = None
    sensitive: bool = False  # health or disability: held only under the person's separate consent (PIPL art. 28)

    def as_json(self) -> dict[str, object]:
        return {
            "family": self.family.value,
            "code": self.code,
            "value": self.value,
            "modality": None if self.modality is None else self.modality.value,
            "evidence": self.evidence,
            "confidence": self.confidence,
            "sensitive": self.sensitive,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Fact:
        modality = data.get("modality")
        value = data.get("value")
        return cls(
            Family(str(data["family"])),
            str(data["code"]),
            str(data.get("evidence", "")),
            float(str(data.get("confidence", 0.0))),
            None if value is None else str(value),
            None if modality is None else Modality(str(modality)),
            bool(data.get("sensitive", False)),
        )


def as_evidence(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip()[:EVIDENCE_MAX]


def distinct_facts(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per (family, code, value, modality): the first words that said it; and the first plain words after a
    condition that said it first ("不碰冷水（关节炎）", "有高血压，…登高也不敢"), so the limit holds without the consent
    that keeps the condition (a plain fact first makes a later condition's redundant)."""
    seen: dict[tuple[str, str, str | None, str | None, bool], Fact] = {}
    for f in facts:
        if f.sensitive and (f.family, f.code, f.value, f.modality, False) in seen:
            continue
        seen.setdefault((f.family, f.code, f.value, f.modality, f.sensitive), f)
    return list(seen.values())
