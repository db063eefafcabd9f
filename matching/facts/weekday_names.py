"""How words name a weekday (周一, 星期三, 礼拜天) and the ISO digit each stands for: the pieces `days`, `workdays` and
`workweek` build their patterns of, written once."""

from __future__ import annotations

DAY_WORD = r"(?:周|星期|礼拜)"
DAY_NUMERAL = "[一二三四五六日天]"  # after a `DAY_WORD`: 日 and 天 are Sunday
# the ISO digit of a weekday's numeral, or of its digit ("周2不行")
DAY_DIGIT = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "日": "7", "天": "7"}
DAY_DIGIT |= {str(d): str(d) for d in range(1, 8)}
# the weekdays from Monday ("周一到周五", "礼拜一至五", "星期一～星期六")
MONDAY_TO_FRIDAY = rf"{DAY_WORD}一\s*(?:到|至|-|~|～)\s*{DAY_WORD}?五"
MONDAY_TO_SATURDAY = rf"{DAY_WORD}一\s*(?:到|至|-|~|～)\s*{DAY_WORD}?六"
