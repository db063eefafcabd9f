"""Ages at a past event ("十八岁去的", "十六岁进的厂"): no age today, and with the event's year said before it in the
sentence ("八四年当的兵，十八岁去的"), the birth year they give (1966)."""

from __future__ import annotations

import re

from matching.facts.cues import SENTENCE_STOP, stop_before
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.numerals import cn_number

# what was done at that age: enlisting, going, joining a factory, marrying, being laid off, leaving school
_EVENT = (
    r"(?:那年|那会儿?)?(?:就)?(?:去的|去当兵|去(?:了)?部队|当的兵|当兵|参的军|参军|入的伍|入伍|进的厂|进厂|出来的|出去的|"
    r"出门打工|嫁(?:过来|人|的)|结的婚|结婚|下的岗|下岗|退的伍|毕的业)"
)
AT_EVENT = re.compile(_EVENT)
# the event's year, before the age: "八四年当的兵", "1984年参军", "84年去的部队"
_EVENT_YEAR = re.compile(
    r"(?:(?P<y>19[4-9]\d|20[01]\d)|(?<!\d)(?P<yy>[4-9]\d)|(?<![一二三四五六七八九十零〇])(?P<cn>[四五六七八九][〇零一二三四五六七八九]))"
    r"年(?:当的兵|当兵|参的军|参军|入的伍|入伍|进的厂|进厂|去的部队|去部队|出来|出去)"
)


def born_by_event(text: str, age_at: int, age_start: int, age_end: int) -> Fact | None:
    """The birth year an event's year and the age at it give, where the year is said earlier in the sentence."""
    low = stop_before(text, age_start, SENTENCE_STOP)
    years = list(_EVENT_YEAR.finditer(text, low, age_start))
    if not years:
        return None
    m = years[-1]
    written = m.group("y") or m.group("yy")
    year = int(written) if written else cn_number(m.group("cn"))
    if year is None:
        return None
    full = year if year >= 1900 else 1900 + year
    born = full - age_at
    if not 1930 <= born <= 2012:
        return None
    return Fact(Family.EDUCATION, "born", as_evidence(text[m.start() : age_end]), 0.75, str(born))
