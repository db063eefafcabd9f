"""Years of a craft practised, not worked for pay (毛笔字, 国画, 钢琴): a posting's ask ("练过一年以上毛笔字的"), and the
words of a person's practice that `years` reads as a span of it ("毛笔字写了五年", "练了十年书法")."""

from __future__ import annotations

import re

from matching.facts.cues import PREFERRED_WORDS, clause_around
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.trades import trades_in
from matching.facts.work_spans import numbered_years

CRAFT = (
    r"(?:毛笔字|硬笔字|钢笔字|书法|国画|水彩|油画|素描|绘画|画画|钢琴|古筝|二胡|小提琴|声乐|舞蹈|"
    r"(?:古典|民谣|电)?吉他|尤克里里|架子鼓|爵士鼓|琵琶|扬琴|笛子|竹笛|萨克斯|大提琴|手风琴)"
)
PRACTISED = r"(?:练|学|写|弹|画|跳|拉|吹|打|敲)"  # the verbs a craft is practised by
_N = r"(?P<n>\d{1,2}|[一二两三四五六七八九十])"
_MORE = r"(?:以上|及以上|起)"
# "练过一年以上毛笔字的", "要学过两年以上钢琴"; "毛笔字练过三年以上", "书法两年以上"; "两年以上国画功底"
_ASKED = re.compile(
    rf"{PRACTISED}(?:过|了)?\s*{_N}\s*年{_MORE}(?:的)?\s*{CRAFT}"
    rf"|{CRAFT}(?:功底|基础)?(?:{PRACTISED}(?:过|了)?)?\s*{_N.replace('n', 'n2')}\s*年{_MORE}"
    rf"|{_N.replace('n', 'n3')}\s*年{_MORE}(?:的)?\s*{CRAFT}(?:功底|基础)"
)
# the years are another's: pupils a class takes in ("招收学过两年以上钢琴的孩子")
_PUPILS = re.compile(r"^(?:的)?(?:孩子|小孩|学生|学员|小朋友|少儿|儿童)")


def craft_years_asked(text: str) -> list[Fact]:
    """The years of a craft a posting asks, as an `experience_min` whose words name the craft (so years of other
    work do not meet it); not where preferred ("…的优先") nor the pupils' years."""
    for m in _ASKED.finditer(text):
        years = numbered_years(m)
        if not years or years > 40 or PREFERRED_WORDS.search(clause_around(text, m.start(), m.end())):
            continue
        if _PUPILS.match(text, m.end()) or re.search(r"招收|招生|适合", text[max(0, m.start() - 6) : m.start()]):
            continue
        return [Fact(Family.EDUCATION, "experience_min", as_evidence(m.group(0)), 0.8, str(years))]
    return []


_CRAFTS = frozenset({"书法", "绘画", "乐器", "舞蹈", "声乐"})  # the `trades` that are crafts


def crafts_in(words: str) -> frozenset[str]:
    """The crafts some words name, as `trades` holds them ("毛笔字写了五年": {"书法"})."""
    return trades_in(words) & _CRAFTS


def craft_asked(evidence: str) -> frozenset[str]:
    """The crafts a requirement read here asks years of ("练过一年以上毛笔字"); none for one read as work's years
    ("两年以上舞蹈教学经验": a teacher's, which `years` weighs as any trade's)."""
    return crafts_in(evidence) if _ASKED.search(evidence) and "经验" not in evidence else frozenset()
