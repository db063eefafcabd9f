"""Chinese numerals as people write them in ages and years ("五十二", "七五", "两"), read as numbers."""

from __future__ import annotations

from matching.facts.cues import _CHINESE_DIGITS

_CN = r"[一二两三四五六七八九十]{1,3}"
_CN_DIGIT = {"〇": 0, "零": 0, **_CHINESE_DIGITS}


def _cn_number(words: str) -> int | None:
    """Chinese numerals up to 99 ("五十二", "四十", "十五", "七五" as digits): None when not one."""
    if words.isdigit():
        return int(words)
    if "十" not in words:
        digits = [_CN_DIGIT.get(c) for c in words]
        return None if None in digits or not digits else int("".join(str(d) for d in digits))
    tens, _, ones = words.partition("十")
    high = _CN_DIGIT.get(tens, 0) if tens else 1
    low = _CN_DIGIT.get(ones, 0) if ones else 0
    return None if (tens and tens not in _CN_DIGIT) or (ones and ones not in _CN_DIGIT) else high * 10 + low
