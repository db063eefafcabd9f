"""Years of work a posting asks in its own loose words, which `years._EXPERIENCE` and `years._DID_YEARS` leave
(issue 22, session 14, the fifth review): a span said as done before, with no 以上 ("干过五六年的", "做过两年的": one
who has done that many years, the lower end of a range), and a count of the trade's own charges ("带过20个宝宝以上",
"护理过十个老人": some work in it, a year at least)."""

from __future__ import annotations

import re

from matching.facts.cues import PREFERRED_WORDS, clause_around
from matching.facts.fact import EVIDENCE_MAX, Fact, Family, as_evidence
from matching.facts.trades import TITLED, trades_in
from matching.facts.work_spans import numbered_years

__all__ = ["loose_years_asked"]

_N = r"\d{1,2}|[一二两三四五六七八九十]"
_DONE_YEARS = re.compile(
    rf"(?:干|做|从事|当)过\s*(?P<n>{_N})(?:[一二两三四五六七八九十](?=年)|\s*[-~～到至]\s*(?:{_N}))?\s*(?:多)?年(?:左右)?的"
    r"(?=[，,。；;！!\s]|$)"
)
_CHARGES = re.compile(
    rf"(?:带|护理|照顾|伺候)过\s*(?:{_N}|\d{{3}}|几十|上百)\s*(?:多)?(?:个|位|名)\s*(?:宝宝|孩子|婴儿|新生儿|产妇|老人|病人)"
    r"(?:以上)?"
)


def loose_years_asked(text: str, title: str) -> list[Fact]:
    """An `experience_min` for the first span or count of charges the text asks (not one it only prefers), its
    words after the title's trade where the title names one."""
    for m in _DONE_YEARS.finditer(text):
        years = numbered_years(m)
        if years and 0 < years <= 40 and not PREFERRED_WORDS.search(clause_around(text, m.start(), m.end())):
            return [Fact(Family.EDUCATION, "experience_min", _in_trade(title, m.group(0)), 0.8, str(years))]
    for m in _CHARGES.finditer(text):
        if not PREFERRED_WORDS.search(clause_around(text, m.start(), m.end())):
            return [Fact(Family.EDUCATION, "experience_min", _in_trade(title, m.group(0)), 0.8, "1")]
    return []


def _in_trade(title: str, words: str) -> str:
    words = as_evidence(words)
    room = EVIDENCE_MAX - len(words) - len(TITLED)
    return f"{as_evidence(title)[-room:]}{TITLED}{words}" if room >= 2 and trades_in(title) else words
