"""A posting's start said alone, with no end ("早上6点上班", "每天早上五点半到岗"): the clock the day begins, a fact
`Limits.fits` holds against the part of the day a person is free ("早上八点以前来不了"), where no hours are read."""

from __future__ import annotations

import re

from matching.facts.cues import is_negated
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.numerals import small_number

__all__ = ["posted_start", "start_minutes"]

# a morning clock the work starts at, said alone: "早上6点上班", "早晨五点半就要到岗", "每天早6点开工", "早上四点半上班"
# (a street sweeper's, before dawn: read as night too); not a range's
# start ("早上6点到下午2点", read as hours) nor a clock another clause ends ("6点上班前到", "8点上班，9点下班")
_START = re.compile(
    r"(?:早上|早晨|清晨|凌晨|一早|早)\s*(?P<h>[3-9]|[三四五六七八九])\s*(?:点|:|：)(?P<m>半|30|[0-5]\d)?(?:分)?(?:钟)?"
    r"\s*(?:就)?(?:要|得|必须|需要?)?(?:上班|到岗|开工|到店|开门|上岗)(?![前时])"
)


def posted_start(text: str, found: list[Fact]) -> list[Fact]:
    """The morning clock a post's work starts at (module doc), where no hours were read and no end follows it."""
    if any(f.code == "hours" for f in found):
        return []
    for m in _START.finditer(text):
        if is_negated(text, m.start()):
            continue
        minutes = 30 if m.group("m") in ("半", "30") else int(m.group("m") or 0)
        clock = f"{small_number(m.group('h')):02d}:{minutes:02d}"
        return [Fact(Family.SCHEDULE, "starts", as_evidence(m.group(0)), 0.7, clock)]
    return []


def start_minutes(value: str) -> int:
    """A "starts" value in minutes: "06:30" → 390."""
    hours, _, minutes = value.partition(":")
    return int(hours) * 60 + int(minutes or 0)
