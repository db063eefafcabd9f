"""Which weekdays a posting's words name as worked ("周一至周六", "周末班", "周一休"), for a person who cannot work one
of them ("每周三要带孩子看病，那天不行": `Limits.days_refused`). The count of days a week is `days.week_days`'; this
is which days."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from matching.facts.cues import CLAUSE, is_negated
from matching.facts.days import day_span, span_days
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.weekday_names import DAY_DIGIT, DAY_NUMERAL, DAY_WORD, MONDAY_TO_FRIDAY
from matching.facts.weekend_days import WEEKEND

_ALL = frozenset(range(1, 8))
_WEEKDAYS = frozenset(range(1, 6))
# a span's days rested or the shop's opening days, not the worker's ("周一至周五休息", "营业时间周一到周日")
_SPAN_RESTED = re.compile(r"\s*(?:全天)?(?:休息|休|放假|不上班|不用上班|轮休)")
_NOT_THE_WORKER = re.compile(r"营业|开门|开放|门店|接待|对外|咨询|客服热线|配送范围|送货")
# the weekend worked, alone or beside other days: "周末班", "周末家教", "周六周日发传单" (the days named before the task),
# "只做周末", "周六周日两天", "周末要上班", "礼拜六礼拜天照常上班" (not "周末上班另算": pay)
_WEEKEND_WORKED = re.compile(
    rf"(?:周末班|周末工(?!作)|周末兼职|{WEEKEND}(?:两天|全天)?(?:家教|(?:做)?促销员?|导购员?|收银员?|服务员|帮工|帮厨|小时工|钟点工|临时工|零工|值班|发传单|派传单|派单|发单)|(?:只|仅)(?:需|要)?(?:做|上|干|来)?周末|{WEEKEND}(?:也|都|照常|正常|一样)?"
    r"(?:要|需要?|得)?(?:两天|2天|全天|上班|班|到岗)"
    # a post named for the weekend ("民宿客房保洁（周末）", "婚宴传菜（周末日结）") or hiring for it ("农家乐周末招厨房杂工")
    rf"|[（(]\s*(?!双休){WEEKEND}(?![^（()）]{{0,4}}?(?:休|不上班|放假))[^（()）]{{0,4}}[)）]|{WEEKEND}(?:招|急招|需要|缺)(?!聘信息))"
    r"(?![^，。；,;]{0,6}?(?:另|倍|工资|薪|费|补贴|计算|算|元|块))"
)
# one rest day named: "周一休", "每周二休息", "礼拜三固定休息" (not "周六周日休息": the weekend, `weekends_off`)
_WEEKEND_NAMED = re.compile(rf"双休|周末|{MONDAY_TO_FRIDAY}")
_ONE_REST = re.compile(rf"(?:每(?:个)?)?{DAY_WORD}(?P<day>{DAY_NUMERAL})(?:固定)?(?:休息|休(?!闲)|放假|不上班)")

# one more day worked beside the others, said with its part of the day or its hours ("周六上午半天", "周六加班半天",
# "周六上午9点到12点", "每周三、周五下午两点到五点") or a verb of coming to work ("每周一三五上午来打扫"), not rested
# ("周六上午休息"), nor a day of something else ("周日上午面试", "每周三下午开例会")
_NOT_WORK = r"(?![^，。；,;]{0,3}(?:休|放假|不上班|不用))(?![^，。；,;]{0,4}(?:面试|培训|开会|例会|发工资|发薪))"
_DAYS = rf"{DAY_WORD}(?P<days>{DAY_NUMERAL}(?:[、和及与/]?{DAY_WORD}?{DAY_NUMERAL})*)"
_PART = r"(?:上午|下午|晚上|全天|早上|早晨|白天|早|晚)"  # "周六周日早八点到晚八点"
_ONE_WORKED = re.compile(
    rf"{_DAYS}{_PART}?(?:半天|上班|加班|值班|坐班|\d|[一二两三四五六七八九十]+点|来|过来|到岗|上岗|打扫|做|干){_NOT_WORK}"
)
# two days or more listed with a part of the day and nothing else ("周二周四上午打扫卫生"): the days the work is done
_DAYS_AT_PART = re.compile(
    rf"{DAY_WORD}(?P<days>{DAY_NUMERAL}(?:[、和及与/]?{DAY_WORD}?{DAY_NUMERAL})+){_PART}{_NOT_WORK}"
)
_NOW_AND_THEN = re.compile(r"(?:月|偶尔|个别|有时|不定期|临时|紧张|忙的?时候?)[^，。；,;]{0,6}$")
# a question, not the rota: "周末要上班吗？", "周六上班不？"
_ASKED = re.compile(r"(?:吗|么|嘛|不|没有?)\s*$")
_ANOTHER_DAY = re.compile(rf"{DAY_NUMERAL}[、和及与/]?$")


def posting_workdays(text: str) -> list[Fact]:
    """The weekdays a posting's words say are worked, value their ISO digits ("周一至周六，周日休息": "123456"; "周末班"
    and "周末要上班": "67", the days known worked, not all of them; "周一休": "234567"): a span of days, the weekend,
    one rest day named."""
    worked: set[int] = set()
    rested: set[int] = set()
    said: list[str] = []
    spanned = False
    for span in CLAUSE.finditer(text):
        clause = span.group(0)
        if _NOT_THE_WORKER.search(clause) or _ASKED.search(clause) or text[span.end() : span.end() + 1] in ("？", "?"):
            continue
        heard = False
        days = day_span(clause)
        if days is not None and not is_negated(clause, days.start()):
            named = {int(d) for d in span_days(days)}
            (rested if _SPAN_RESTED.match(clause, days.end()) else worked).update(named)
            heard = spanned = True
        weekend = _WEEKEND_WORKED.search(clause)
        if weekend is not None and not is_negated(clause, weekend.start()) and not _denied(clause, weekend.start()):
            worked.update((6, 7))
            heard = True
        for m in chain(_ONE_WORKED.finditer(clause), _DAYS_AT_PART.finditer(clause)):
            now_and_then = _NOW_AND_THEN.search(clause, 0, m.start())  # "每个月最后一个周六加班": not the week's
            if (days is None or m.start() >= days.end()) and not is_negated(clause, m.start()) and not now_and_then:
                worked.update(int(DAY_DIGIT[c]) for c in m.group("days") if c in DAY_DIGIT)  # "周三周四9-6坐班": both
                heard = True
        for m in _ONE_REST.finditer(clause):
            if (days is None or m.start() >= days.end()) and not _ANOTHER_DAY.search(clause, 0, m.start()):
                rested.add(
                    int(DAY_DIGIT[m.group("day")])
                )  # not "周一至周五休息" (the span), "周六周日休息" (the weekend)
                heard = True
        if heard:
            said.append(clause.strip())
    if not spanned and len(rested) == 1:
        worked = set(_ALL)  # "周一休", "周末照常上班，周三休": the other six
    worked -= rested
    if not worked or worked == _ALL:
        return []  # nothing named, or every day (the count says that: `days.week_days`)
    value = "".join(str(d) for d in sorted(worked))
    return [Fact(Family.SCHEDULE, "workdays", as_evidence("，".join(said)), 0.8, value)]


def _denied(clause: str, at: int) -> bool:
    """Weekend work said not to be asked: "不用周末上班", "无需周末到岗", "不是周末兼职"."""
    return re.search(r"不用|无需|不需要?|不必|非|不是|并非", clause[max(0, at - 3) : at]) is not None


def worked_weekdays(job_facts: Iterable[Fact]) -> frozenset[int]:
    """The weekdays a posting works where its words say which: the days it names, else Monday to Friday for a
    weekend off ("双休", "周一到周五"); empty when they do not say."""
    facts = list(job_facts)
    named = "".join(f.value or "" for f in facts if f.code == "workdays")
    if named:
        return frozenset(int(d) for d in named)
    off = [f for f in facts if f.code == "weekends_off" and _WEEKEND_NAMED.search(f.evidence)]
    if off and not any(f.code == "weekends_worked" for f in facts):
        return _WEEKDAYS  # "双休", "周末休息", "周一到周五" (not "做五休二": its two days may turn)
    return frozenset()
