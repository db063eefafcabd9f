"""Years of work as words say them: a span in a person's words ("3年", "两年多", "十几年", "半年") and the most full years
it can be, and the years a posting's or a person's number says ("3年以上", "三年"): what `years`, `loose_years`,
`licence_years`, `craft_years` and `years_asked` count years by."""

from __future__ import annotations

import re

from matching.facts.cues import CHINESE_DIGITS
from matching.facts.numerals import CN_DIGITS, CN_NUMERAL, cn_number

_NUMBER = rf"\d{{1,2}}|{CN_NUMERAL}"
# A span of work in a person's words: "3年", "两年多", "五六年", "十几年", "十来年", "一年半", "半年", "几个月".
SPAN = (
    rf"(?P<span>(?P<few>[二三四]?十[几来]|几|好几|多)年|(?P<n>{_NUMBER})(?P<more>多)?年(?:半)?(?:多)?|半年|"
    rf"(?:{_NUMBER}|几)个?(?:多)?月)"
)


def most_years(m: re.Match[str]) -> int | None:
    """The most full years a span of work can be: "两年多" 2, "五六年" 6, "十几年" 19, "十来年" 13, "半年" 0."""
    span = m.group("span")
    if "月" in span or span == "半年":
        return 0
    few = m.group("few")
    if few and "十" in few:  # "十几年" up to 19, "二十来年" about twenty: up to 23 (as "六十来岁" is 57-63)
        tens = CN_DIGITS[few[0]] if few[0] != "十" else 1
        return tens * 10 + (9 if few.endswith("几") else 3)
    if few:
        return 40 if few == "多" else 9
    raw = m.group("n")
    if len(raw) == 2 and not raw.isdigit() and "十" not in raw:  # "五六年", "两三年": the higher
        return max((CN_DIGITS.get(c, 0) for c in raw), default=0) or None
    n = cn_number(raw.replace("两", "二"))
    if n is not None and m.group("more") and n % 10 == 0:
        n += 9  # "二十多年", "10多年": up to 29, 19 ("两年多": fewer than three, as read)
    return n if n is not None and 0 <= n <= 60 else None


def numbered_years(m: re.Match[str]) -> int | None:
    """The years a match's number says, from the first of its groups n, n2 and n3 that took part ("3": 3, "三": 3)."""
    groups = m.groupdict()
    raw = groups.get("n") or groups.get("n2") or groups.get("n3") or ""
    return int(raw) if raw.isdigit() else CHINESE_DIGITS.get(raw)
