"""Screening a posting's text for discriminatory requirements: one finding per offending phrase.

Neutral wording (男女不限, 户籍不限, 婚否不限…) is masked first, then each rule's patterns
(matching/screening_rules.py) look for requirements. Age limits are only warnings: the law does
not forbid them outright, and programmes set their own (就业见习 is for 16–24 year olds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from matching import screening_rules as patterns
from matching.programmes import INTERNSHIP

Severity = Literal["reject", "warning"]
INTERNSHIP_AGES = (16, 24)  # 就业见习: an age range inside this is the programme's rule, not the employer's
ADULT_AGE = 18  # a minimum age of 18 or less restates the law on minors (未成年工), it limits no one else
_MASK = "□"
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９：", "0123456789:")  # one character for one: offsets hold
_AGES = re.compile(r"(?<!\d)(1[6-9]|[2-6]\d)(?!\d)")
_UPPER = re.compile(r"以下|以内|之内|内|以前|不超过|不大于|不高于|低于|小于|未满|不满|≤|<|＜|大于|超过|高于")
_LOWER = re.compile(r"以上|起")


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    label: str  # what a clerk reads: 性别歧视
    basis: str  # the law it breaks, short enough to quote in a reason
    severity: Severity
    scans: tuple[Scan, ...]


@dataclass(frozen=True, slots=True)
class Scan:
    """Patterns that all need one of `words`: a substring test is far cheaper than a regex scan.

    The patterns ignore case, so the test does too: `words` are lower-case and meet the text lower-cased.
    """

    words: tuple[str, ...]
    pattern: re.Pattern[str]

    def finditer(self, text: str, lowered: str | None = None) -> list[re.Match[str]]:
        """Every match in `text`; `lowered` is text.lower(), for a caller that scans one text many times."""
        lowered = text.lower() if lowered is None else lowered
        return list(self.pattern.finditer(text)) if any(word in lowered for word in self.words) else []


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    rule: str
    label: str
    phrase: str  # exactly text[start:end]
    severity: Severity
    start: int
    end: int
    basis: str


def _scans(scans: patterns.Scans) -> tuple[Scan, ...]:
    return tuple(
        Scan(tuple(words.lower().split("|")), re.compile("|".join(f"(?:{p})" for p in alternatives), re.IGNORECASE))
        for words, alternatives in scans.items()
    )


def _rule(code: str, label: str, basis: str, severity: Severity, scans: patterns.Scans) -> Rule:
    return Rule(code, label, basis, severity, _scans(scans))


_NEUTRAL = _scans(patterns.NEUTRAL)


RULES: tuple[Rule, ...] = (
    _rule("sex", "性别歧视", "《就业促进法》第二十七条；《妇女权益保障法》第四十三条", "reject", patterns.SEX),
    _rule("ethnicity", "民族歧视", "《就业促进法》第三条、第二十八条", "reject", patterns.ETHNICITY),
    _rule("religion", "宗教信仰歧视", "《就业促进法》第三条", "reject", patterns.RELIGION),
    _rule(
        "household_registration",
        "户籍地域歧视",
        "《就业促进法》第三十一条；《人力资源市场暂行条例》第二十四条",
        "reject",
        patterns.HOUSEHOLD_REGISTRATION,
    ),
    _rule(
        "marital_childbearing",
        "婚育歧视",
        "《妇女权益保障法》第四十三条；《就业服务与就业管理规定》第二十七条",
        "reject",
        patterns.MARITAL_CHILDBEARING,
    ),
    _rule(
        "health_carrier",
        "病原携带者歧视",
        "《就业促进法》第三十条；《就业服务与就业管理规定》第十九条",
        "reject",
        patterns.HEALTH_CARRIER,
    ),
    _rule("age", "年龄限制", "年龄条件须与岗位相关，请复核；就业见习按政策面向16–24岁", "warning", patterns.AGE),
)
RULES_BY_CODE = {rule.code: rule for rule in RULES}


def screen(text: str, job_type: str | None = None) -> list[Finding]:
    """Every discriminatory requirement in `text`, in order; `job_type` decides which age limits are the programme's."""
    if not text:
        return []
    masked = _masked(text.translate(_WIDE_DIGITS))
    lowered = masked.lower()
    findings: list[Finding] = []
    for rule in RULES:
        found = {_trimmed(text, m.start(), m.end()) for scan in rule.scans for m in scan.finditer(masked, lowered)}
        spans = sorted(found, key=lambda span: (span[0], -span[1]))
        last_end = -1
        for start, end in spans:
            if start >= end or start < last_end:  # one phrase, found by two scans of a rule, is one finding
                continue
            last_end = end
            if rule.code == "age" and not limits_age(text[start:end], job_type):
                continue
            findings.append(
                Finding(
                    rule=rule.code,
                    label=rule.label,
                    phrase=text[start:end],
                    severity=rule.severity,
                    start=start,
                    end=end,
                    basis=rule.basis,
                )
            )
    return sorted(findings, key=lambda f: (f.start, f.end))


def limits_age(phrase: str, job_type: str | None) -> bool:
    """Whether an age phrase limits who may apply beyond what the law or the job type's programme already sets."""
    ages = [int(n) for n in _AGES.findall(phrase)]
    if not ages:  # 90后, 年轻人优先
        return True
    if len(ages) >= 2:
        low, high = min(ages), max(ages)
    elif _UPPER.search(phrase):
        low, high = INTERNSHIP_AGES[0], ages[0]
    elif _LOWER.search(phrase):
        return ages[0] > ADULT_AGE
    else:  # 30岁左右
        low = high = ages[0]
    if high <= ADULT_AGE:  # 未满18岁: about minors, whom the law protects anyway
        return False
    inside = INTERNSHIP_AGES[0] <= low and high <= INTERNSHIP_AGES[1]
    return not (job_type == INTERNSHIP and inside)


def _masked(text: str) -> str:
    """Neutral wording blotted out, character for character, so no rule reads 男 in 男女不限."""
    for scan in _NEUTRAL:
        for match in scan.finditer(text):
            text = text[: match.start()] + _MASK * (match.end() - match.start()) + text[match.end() :]
    return text


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000:：，,、":
        start += 1
    while end > start and text[end - 1] in " \t\u3000:：，,、":
        end -= 1
    return start, end
