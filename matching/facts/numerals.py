"""Chinese numerals as people write them, read as numbers: in ages and years ("五十二", "七五", "两"), and the small
counts of hours and days ("十二", "两", "8")."""

from __future__ import annotations

from matching.facts.cues import CHINESE_DIGITS

CN_NUMERAL = r"[一二两三四五六七八九十]{1,3}"
CN_DIGITS = {"〇": 0, "零": 0, **CHINESE_DIGITS}


def cn_number(words: str) -> int | None:
    """Chinese numerals up to 99 ("五十二", "四十", "十五", "七五" as digits): None when not one."""
    if words.isdigit():
        return int(words)
    if "十" not in words:
        digits = [CN_DIGITS.get(c) for c in words]
        return None if None in digits or not digits else int("".join(str(d) for d in digits))
    tens, _, ones = words.partition("十")
    high = CN_DIGITS.get(tens, 0) if tens else 1
    low = CN_DIGITS.get(ones, 0) if ones else 0
    return None if (tens and tens not in CN_DIGITS) or (ones and ones not in CN_DIGITS) else high * 10 + low


# a count of hours or days up to twelve, in digits or Chinese
SMALL_NUMBER = r"(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])"


def small_number(words: str) -> int:
    """A `SMALL_NUMBER` as an int ("十二" -> 12, "两" -> 2, "8" -> 8)."""
    if words.isdigit():
        return int(words)
    if words.startswith("十"):
        return 10 + (CHINESE_DIGITS[words[1]] if len(words) > 1 else 0)
    return CHINESE_DIGITS[words]
