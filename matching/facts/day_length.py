"""How long a working day is, as people imply it: a person's cap said as a bound or as a length refused ("一天别超过
十个钟头", "十二个小时的班吃不消", "长班干不了"), and the day a posting's rota works where its hours go unsaid ("两班倒")."""

from __future__ import annotations

import re

from matching.facts.cues import is_negated
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.numerals import SMALL_NUMBER, small_number
from matching.facts.refusal_owner import not_own

# a length of day: "十二个钟头", "12小时", "十几个小时" (more than ten: `more`); not the 十 of "四十"
_LENGTH = rf"(?<![\d一二两三四五六七八九十])(?P<h>{SMALL_NUMBER})(?P<more>几|多)?\s*个?\s*(?:小时|钟头|钟(?![头点表]))"
_UNABLE = r"(?:吃不消|受不了|干不了|做不了|上不了|扛不住|顶不住|熬不住|撑不住|熬不了|干不动|太累了?|太长了?)"
# the day may be this long: "一天别超过十个钟头", "每天不能超过8小时"
_BOUND = re.compile(rf"(?:别|不|不能|不要|不可以|不想|不得)(?:超过?|超出|多于|大于)\s*{_LENGTH}")
# a bound said after the length: "八小时以内的班", "十个钟头顶天了"; or the hours past it refused: "超过八小时就不行了",
# "十个小时以上的活干不了"
_WITHIN = re.compile(rf"{_LENGTH}(?:以内|之内|内|顶天|封顶|到头)")
_PAST_REFUSED = re.compile(rf"(?:超过|超出|多于)\s*{_LENGTH}[^，。；,;！!]{{0,3}}?(?:{_UNABLE}|不行|不干|不做|不接受)")
_ABOVE_REFUSED = re.compile(
    rf"{_LENGTH}(?:以上|往上)(?:的)?(?:班|活|工)?[^，。；,;！!]{{0,3}}?(?:{_UNABLE}|不行|不干|不做|不接受)"
)
# a length refused, so the day is shorter: "十二个小时的班吃不消", "干不了十几个钟头的"
_TOO_LONG = re.compile(rf"{_LENGTH}(?:的)?(?:班|活|工)?[^，。；,;！!]{{0,3}}?{_UNABLE}")
_UNABLE_FOR = re.compile(rf"{_UNABLE}\s*{_LENGTH}")
# a long shift refused ("长班干不了", "上不了长班"): longer than ten hours, as 长白班 and 两班倒 run (11-12)
_LONG_SHIFT = re.compile(rf"长班[^，。；,;]{{0,3}}?{_UNABLE}|{_UNABLE}长班|不(?:上|干|做|想上)长班")
_LONG_SHIFT_HOURS = 10
_HALF_DAY = re.compile(r"上半天班|半天班(?:就行|就好|就可以|才行)")
_HALF_DAY_HOURS = 5  # as "只能干半天" (`workweek`)
# the time a person can give a day, which caps it: "每天下午能出来两个钟头", "一天顶多抽出五个小时", "一天就三四个钟头
# 的空" (the larger of two counts); a length with neither a giving nor a free time after it is left ("每天能干十个小时")
_TWO = r"(?:[一两二三四五六七八九](?=[两二三四五六七八九](?!十)))?"
_GIVE = r"(?:能|可以|最多|顶多|只能|就|也就|只)?(?:出来|出得来|抽出|抽得出|空出|腾出)"
_FREE_TIME = re.compile(
    rf"(?:一天|每天|每日)(?:上午|下午|白天|晚上|早上)?(?:(?P<give>{_GIVE})|(?:就|只有|也就|最多|顶多)?(?:有)?)\s*个?\s*"
    rf"{_TWO}(?P<h>{SMALL_NUMBER})\s*个?\s*(?:小时|钟头)(?(give)|(?:的)?(?:空闲|空(?!调)|闲|时间))"
)
# the hours of something else: the commute ("路上别超过一个小时"), a week's or month's ("一周别超过四十个小时")
_NOT_THE_DAY = re.compile(r"路上|通勤|车程|坐车|路程|来回|单程|骑车|开车|离家|离我家|距离|周|星期|礼拜|月")


# a bare "干不动" after a length of day, in its sentence ("十二小时干不动", "最多八小时，多了干不动"): the hours'
_HOURS_BEFORE = re.compile(r"(?:小时|钟头|长班|时间)[^。；;！!？?\n]{0,8}$")
_HOURS_REACH = 16


def hours_before(text: str, start: int) -> bool:
    """Whether a length of day is named just before `start` in its sentence: a bare refusal there ("干不动") is of the
    hours, not of loads."""
    return _HOURS_BEFORE.search(text, max(0, start - _HOURS_REACH), start) is not None


def seeker_cap(text: str, low: int, high: int) -> int | None:
    """The most hours a day the clause text[low:high] of the person's own allows, said as a bound, a length refused,
    a long shift refused or a half day; None where it says none."""
    if _NOT_THE_DAY.search(text, low, high):
        return None
    bounds = ((_BOUND, False), (_WITHIN, False), (_PAST_REFUSED, False))  # 以上 takes in its number: refused
    for pattern, refused in (*bounds, (_ABOVE_REFUSED, True), (_TOO_LONG, True), (_UNABLE_FOR, True)):
        m = pattern.search(text, low, high)
        if m is not None and _own(text, low, m):
            hours = small_number(m.group("h"))
            hours -= 1 if refused and not m.group("more") else 0
            return hours if 3 <= hours <= 12 else None
    long_shift = _LONG_SHIFT.search(text, low, high)
    if long_shift is not None and _own(text, low, long_shift):
        return _LONG_SHIFT_HOURS
    free = _FREE_TIME.search(text, low, high)
    if free is not None and _own(text, low, free) and 1 <= (hours := small_number(free.group("h"))) <= 12:
        return hours
    half = _HALF_DAY.search(text, low, high)
    return _HALF_DAY_HOURS if half is not None and _own(text, low, half) else None


def _own(text: str, low: int, m: re.Match[str]) -> bool:
    """Whether the person says it of themselves, now and undenied, as a refusal of the other families is read
    (`refusal_owner.not_own`: not "老公…", "以前…", "不是说…", "…也得干", "…吗？", "…的是我同事"), nor reported ("老公说…", not "医生说…")."""
    # not "说实话"; a doctor's word binds the person ("医生说一天别超过六个小时")
    reported = re.search(r"(?<!我)(?<!医生)(?<!大夫)说(?!实话|真的|白了|句)", text[low : m.start()])
    return not (reported or not_own(text, m.start(), m.end()))


# the day a rota works, from how real postings that state both put it: 两班倒 mostly 12 hours (11-12), 三班倒 8,
# 长白班 10-12 (11 the middle), 做一休一 12, a full day 8 ("做一休一6:00-18:00"); where a text names two, the shorter is read, which
# keeps fewer people out
_ROTA_HOURS = (
    (re.compile(r"[两二]班倒|[两二]班制|两班轮换|白夜班?轮换"), 12),
    (re.compile(r"三班倒|三班制|四班三倒|四班三运转"), 8),
    (re.compile(r"长白班"), 11),
    (re.compile(r"做一休一"), 12),
    # a weekend's or a whole day's shift ("周末全天", "全天班"): a full working day, its usual eight hours (s15, rev5 H8)
    (re.compile(r"(?:周末|周六|周日|星期[六天日]|礼拜[六天日])全天(?!候)|全天班"), 8),
)


# a length of day the posting states in the looser shapes the schedule reader leaves ("每天工作约9小时", "6天9小时",
# "每天在岗10小时", "每天8-10小时", "每天实际工作10—11小时"); not a rest, overtime or a commute said of the day
_STATED_DAY = re.compile(
    rf"(?:每天|每日|一天|日均|(?<![\d.])\d\s*天)[^\d，。；,;！!、休加路车]{{0,6}}?(?<![\d.])(?P<a>{SMALL_NUMBER})(?P<half>\.5)?"
    rf"(?:\s*(?:-|—|–|~|～|到|至)\s*{SMALL_NUMBER}(?:\.5)?)?\s*个?\s*(?:小时|钟头|[hH](?![A-Za-z]))(?!以内|以下|之内|内)"
)
# a rota that is someone else's: the staff a post hires, manages or schedules ("负责长白班员工的招聘")
_OTHERS_ROTA = re.compile(r"(?:的)?(?:员工|工人|人员|职工|同事|班组)")
# an office post, whose day a factory's 长白班 does not tell ("长白班办公室人事"), and a shop, whose two shifts cover its
# opening hours rather than running twelve hours each ("超市收银，早晚两班倒"); read in the post's name after "招聘"
_OFFICE = re.compile(r"人事|行政|文员|会计|财务|出纳|[Hh][Rr]|专员|助理|统计")
_SHOP = re.compile(r"收银|导购|营业员|店员|售货员|超市|商场|便利店|门店|专卖店")
_SHOP_SHIFTS = re.compile(r"早晚(?:两|二)?班")


def rota_day(title: str, text: str, found: list[Fact]) -> list[Fact]:
    """A posting's day as it states it in a loose shape or, failing that, as its own rota implies it ("两班倒": 12
    hours), where no hours or length of day are read. A range states its shorter end, which keeps fewer people out."""
    if any(f.code in ("hours", "day_hours") for f in found):
        return []
    read = [
        (hours, m.group(0))
        for pattern, hours in _ROTA_HOURS
        for m in pattern.finditer(text)
        if not is_negated(text, m.start())
        and not text[max(0, m.start() - 2) : m.start()].endswith(("不是", "非"))
        and not _OTHERS_ROTA.match(text, m.end())
    ]
    if not read:
        return []
    stated = next((m for m in _STATED_DAY.finditer(text) if not is_negated(text, m.start())), None)
    if stated is not None:
        hours = small_number(stated.group("a")) + (1 if stated.group("half") else 0)
        return (
            [Fact(Family.SCHEDULE, "day_hours", as_evidence(stated.group(0)), 0.8, str(hours))] if hours <= 24 else []
        )
    post = title.rpartition("招聘")[2]
    office, shop = _OFFICE.search(post), _SHOP.search(post) or _SHOP_SHIFTS.search(text)
    read = [
        (hours, words)
        for hours, words in read
        if not (office and words == "长白班") and not (shop and hours == 12 and "休" not in words)
    ]
    if not read:
        return []
    hours, words = min(read)
    return [Fact(Family.SCHEDULE, "day_hours", as_evidence(words), 0.6, str(hours))]
