"""A posting's hours stated once: a half day that is the only range its text names ("早上7点到11点"), and a range in
Chinese numerals with no part of the day ("八点半到十一点半"), read where the stricter shapes (`clocks`) leave them."""

from __future__ import annotations

import re

from matching.facts.clocks import FREE_WORDED, Range, arrive_leave
from matching.facts.cues import clause_around
from matching.facts.unnamed_hours import early_range

# a clock, in digits or words ("8:30", "7点", "十一点"): a text naming just two names one range, the day's ends
_CLOCK = re.compile(
    r"(?<![\d.])\d{1,2}\s*[:：.]\s*\d{2}(?!\d)|(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*点(?!钟头|多钟头)"
)
# the times of something other than the work: a shop's opening, a delivery, an interview, a training, a class, a sale;
# a delivery's time is a delivery post's own work ("配送员 | 配送时间十点到两点")
_DELIVERY_TIME = r"配送|送达|送货|送餐|收货|取货"
_OTHER_TIME = r"营业|开门|关门|开放|面试|报名|培训|咨询|上课|课|半价|优惠"
_DELIVERY_POST = re.compile(r"配送|送餐|送货|外卖|骑手|快递员|跑腿|闪送")
# what a bare range is when its clause names these: the above, a price, a break
_NOT_WORK = re.compile(rf"{_OTHER_TIME}|{_DELIVERY_TIME}|价|折|元|块|午休|休息|吃饭|午饭|接送")
_NOT_WORK_OWN = re.compile(rf"{_OTHER_TIME}|价|折|元|块|午休|休息|吃饭|午饭|接送")
_NOT_WORK_TIME = re.compile(rf"{_OTHER_TIME}|{_DELIVERY_TIME}")
_NOT_WORK_TIME_OWN = re.compile(_OTHER_TIME)
# a range's own words: its part of the day, its label ("工作时间：", "上班时间"); any other word says more than a line
_OWN_WORDS = re.compile(r"上午|早上|早晨|下午|中午|晚上|工作|上班|时间|作息|[早晚到至点半]")
_WORD = re.compile(r"[\u4e00-\u9fff]")
_BARE_LENGTH = (60, 12 * 60)  # an hour to twelve: not "一点到一点半" (a break), nor a day and a night


def delivery_post(title: str) -> bool:
    """Whether a post's name is one whose work is the delivery, so that its delivery time is its hours."""
    return _DELIVERY_POST.search(title) is not None


def one_range_only(text: str, *, delivery: bool = False) -> bool:
    """Whether the text names two clocks and no more, the ends of its one range ("早上7点到11点打扫楼道"), and not as
    the times of something else ("上午8点-12点集中培训"); a text of the range alone ("上午8点-12点") is a timetable's
    line, whose other half is on the next."""
    clocks = list(_CLOCK.finditer(text))
    not_work = _NOT_WORK_TIME_OWN if delivery else _NOT_WORK_TIME
    if len(clocks) != 2 or not_work.search(clause_around(text, clocks[0].start(), clocks[1].end())):
        return False
    return bool(_WORD.search(_OWN_WORDS.sub("", text[: clocks[0].start()] + text[clocks[1].end() :])))


def bare_worded_ranges(sentence: str, *, delivery: bool = False) -> list[Range]:
    """Ranges in Chinese numerals with no part of the day at either end ("八点半到十一点半", "九点到三点" 09:00-15:00,
    "两点到五点" 14:00-17:00), in a clause naming nothing else a range may be (`_NOT_WORK`)."""
    out, not_work = [], _NOT_WORK_OWN if delivery else _NOT_WORK
    for m in FREE_WORDED.finditer(sentence):
        if m.group("p1") or m.group("p2") or not_work.search(clause_around(sentence, m.start(), m.end())):
            continue
        if not_work.match(sentence, m.end()) or sentence.startswith("的", m.end()):
            continue
        r = early_range(sentence, m) or arrive_leave(m)  # "早上送奶，四点半到七点": the morning
        if r is not None and not r.overnight and _BARE_LENGTH[0] <= r.end - r.start <= _BARE_LENGTH[1]:
            out.append(r)
    return out
