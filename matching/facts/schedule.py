"""Working time: shift words, what a posting's hours imply (nights, rotas by day), and a person's free times; the hours
themselves are read by `clocks`, and made a working day by `workday`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from matching.facts.clocks import DAY_START, LATE_END, Range, clock_ranges, others_hours
from matching.facts.cues import clause_around, cues_for, is_negated, matched_facts
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.hour_spans import spans_of
from matching.facts.lone_hours import bare_worded_ranges, one_range_only
from matching.facts.loose_clocks import loose_ranges
from matching.facts.split_day import split_day
from matching.facts.unnamed_hours import posted_nights
from matching.facts.workday import daily_hours
from matching.facts.workweek import posting_week

_NIGHT_WORK = (
    r"夜班|晚班|通宵|(?:(?:夜间|深夜)[^，。；,;、\s]{0,4}?|(?:晚间|半夜|凌晨|夜里))(?:值守|运营|服务|值班|作业|上班|工作|巡逻|巡查|巡视|巡防|配送|送货|施工|理货|卸货|装卸|"
    r"分拣|保洁|看护|看守|守护|营业|上岗|发车|出车)|大夜|小夜|上夜(?!校|宵)|值夜|守夜|夜勤|夜场|"
    r"(?:干|上|营业|工作)(?:到|至)凌晨|凌晨\s*\S{1,2}\s*点(?:半)?(?:收摊|收工|打烊|关门)|24\s*小时陪护|"
    r"(?:晚上|夜里)(?:要)?(?:住在|睡在)(?:病房|医院)|(?:晚上|夜里)(?:要|需要?|得)(?:起夜|陪夜|守着)|"
    r"(?:要|需要?)(?:晚上|夜里)(?:起夜|陪夜|照顾|喂奶)|(?:晚上|夜里)(?:要|需要?|得)(?:照顾|喂奶)(?:宝宝|孩子|婴儿|老人|病人)|(?:晚上|夜里)\s*(?:十[一二]|1[12])\s*点(?:半)?(?:以后)?下班|凌晨\s*\S{1,2}\s*点(?:半)?下班|(?:晚上|夜里)(?:需要?|要|轮流)(?:值班|值守|看守|巡逻)|"
    r"(?:7\s*[*×xX]\s*)?24\s*小时\s*(?:轮班|值班|倒班|值守|排班|三班|运转|一班|在岗|驻守|制|轮流)|"  # a round-the-clock roster
    r"(?:一班|每班|一次|连续|上)\s*24\s*(?:小时|h|H)|上\s*24\s*休|做[一二1-2]休[一二1-2]\s*[，,（(]?\s*24\s*小时|24\s*小时[，,）)]?\s*做[一二1-2]休[一二1-2]|"
    r"(?:上|做)[一1]天休[一二1-2]天\s*[，,（(]?\s*24\s*小时|(?:晚上|夜里|夜间)值班|"  # "上一天休一天，24小时"
    r"(?:晚上|夜里)(?:要|需要?|得)?(?:住|睡)在(?:店里?|单位|仓库|厂里|工地|门卫室|值班室|园区)|(?:夜里|半夜|晚上)有事(?:要|得)?起来|"
    r"(?:凌晨|早上|早晨|清晨|早)\s*(?:[1-4]|[一二两三四])\s*点(?:半|\d{2}分?)?(?:前)?(?:就)?(?:要|得)?(?:上班|到岗|开工|出车|开始|到店)"  # "凌晨4点上班"
)
# overtime the post asks ("需加班", "能接受加班", "旺季加班多"), which a person who says "不能加班" cannot do; not its pay
# ("加班费", "加班工资"), not an "if" ("如需加班"), not "不加班"/"无需加班" (negated before the cue)
_OVERTIME = (
    r"(?<!如)(?<!若)(?<!如果)(?:需要?|要|得|必须)(?:经常|偶尔|适当|长期)?加班(?!费|工资|补贴|有|按|另|给|算)|"
    r"(?:接受|适应|服从|配合|能|可以|愿意)(?:经常|长期|适当)?(?:性)?加班(?!费|工资|补贴)|(?:经常|长期|频繁|常常)(?:性)?加班(?!费|工资|补贴)|"
    r"加班(?:较多|比较多|很多|多|频繁|是常态|时间长|到很晚)"
)
_COUNT = r"(?:\d{1,2}|[一二两三四五六七八九十半]{1,2})\s*(?:个|天|周|星期|月)?\s*"  # "2个白班2个晚班"
_THEN = r"[，,、]?\s*(?:再|然后|接着)?\s*上?\s*"
_SCHEDULE_CUES = cues_for(
    Family.SCHEDULE,
    day_shift=r"长白班|常白班|纯白班|只上白班|固定白班|行政班|[朝早][六七八九十]晚[四五六七八九十](?!班)",
    shifts=r"(?<![一\d])[2-5]班[一二两三四1-4]?(?:倒|运转|制)|(?<!一)[两二三四五]班[一二两三四1-4]?(?:倒|运转|制)|"  # "早8晚8两班倒"
    r"倒班|轮班(?!消毒)|做[一二三四1-4]休[一二三四1-4]|白夜班|"
    r"白班[/、和及与]夜班|早晚班|(?:两|二|三|白夜|早晚)班(?:轮换|轮流)|(?:两|二|三)班(?:每周|每月|每半月|一周|半月|一月)(?:一)?(?:轮换|轮流|倒)|(?:白班|早班)[^。；;]{0,16}?(?:夜班|晚班)[^。；;]{0,12}?(?:轮换|一换)|"
    r"早班[/、和及与]晚班|白晚班|转班|早中晚班|中班|大小夜|轮流(?:排班|上班|值班)|"
    r"(?:需要?|接受|服从|弹性|灵活|小时)排班|排班(?:制|上班|轮休|休息|自由|灵活)|时间\s*[:：]\s*(?:轮流)?排班(?=[，,。；;、\s]|$)|"  # not 员工排班
    r"(?:接受|适应|能上|可上|需上)\s*[两二三2-3]班(?![倒制]|运转)|班\s*轮换|轮换(?:上班|班次)|轮流[^，。；,;]{0,6}?[白日早中晚夜]班|"
    rf"{_COUNT}[白日早]班{_THEN}{_COUNT}[中晚夜]班|{_COUNT}[中晚夜]班{_THEN}{_COUNT}[白日早]班",  # a cycle
    night=_NIGHT_WORK,
    # hours the worker sets ("时间自由", "自由安排时间", "众包骑手"): which days too, so no weekdays are implied
    own_hours=r"时间(?:自由|灵活|自己(?:安排|定|掌握))|(?:自由|自主|灵活)安排(?:上班|工作)?时间|"
    r"(?:上班|工作)时间(?:自由|灵活)|弹性(?:上班|工作)(?:时间|制)|众包",
    part_time=r"(?<!负责)兼职(?!(?:员工|人员|团队)?[^，。；,;]{0,8}?(?:激励|管理|招募|招聘|培训|考核|薪酬|兴趣|经验|经历))"
    r"(?!一些|部分|少量|其他)|"  # "兼职一些行政工作": also handle
    r"(?<![0-9一二三四五六七八九十两个])小时工(?!作)|钟点工|按小时|计时工|临时工(?!作)|零工|短期工|寒假工|暑假工|"
    r"(?<![\d可清])(?<!可以)(?<!支持)(?<!提成)(?<!佣金)日结(?!算|日清)|时薪|"  # 日清日结: a day's accounts closed
    r"(?:业余|空余|课余|闲暇|空闲)时间(?=[^，。；,;]{0,10}?(?:安排|兼职|上班|接单|拍摄|授课))",
    overtime=_OVERTIME,
    # not a weekend denied or hedged: "不是双休", "不一定双休", "不保证周末休息" ("非双休" is negated as any cue)
    weekends_off=r"(?<!不是)(?<!不是周末)(?<!非周末)(?<!不一定)(?<!不保证)(?<!不能保证)(?:(?<!单)(?<!排班)双休(?!\s*[（(]?\s*(?:非|不)固定)|[做上干][五5]休[二2](?![^。；;]{0,12}?(?:轮流排|轮排|不固定))|周末休息(?!\s*[一1]\s*天)|"
    r"[五5]天\s*(?:[\d.]+|[七八])\s*小时)",
)
_HOURLY_PAY = re.compile(  # 按小时计; every digit of the wage ("33元/小时", not "3元/小时")
    r"(?<![\d.])\d{1,4}(?:\.\d{1,2})?\s*元?\s*/\s*(?:小时|时|[hH])(?![A-Za-z])|元每小时|一小时\s*\d{1,4}\s*元"
)
_DAY_SHIFT = re.compile(r"白班|(?<![每当次假周今明昨半整\d一二三四五六七八九十])日班(?!次|长|组)")
_WEEKEND_WORKED = re.compile(r"周六|周日|周天|星期六|星期日|星期天|六休一|单休|大小周")  # "周一到周五…周六居家办公"
_WEEKDAYS = re.compile(r"(?:周一|星期一)\s*(?:至|到|-|~|～)\s*(?:周五|星期五)")
_WORK_WORDS = re.compile(r"上班|工作|休息|\d\s*[点:：]")
_NIGHT_WORDS = re.compile(r"夜|晚班|中班|轮班|通宵|倒班|[两二三2-3]班")
_OPTIONAL = re.compile(r"如果|若|如需|想上|愿意|自愿|可选")
_SENTENCE = re.compile(r"[^。；;！!？?\n\r]+")
# the worker picks one of the stated shifts and keeps it ("早班8:00-14:00，或晚班14:00-21:00，固定一个班不倒")
_SHIFT_CHOICE = re.compile(r"固定(?:上)?一个班|(?:班次|时段)?(?:可|任|自由)选|二选一|选择(?:其中)?一个(?:班|时段)")
_NIGHT_FREE = re.compile(r"(?:无|不上|不用上|没有|不需要?上?)夜班")
_NO_NIGHT_SHIFT = re.compile(r"(?:无|不上|不用上|没有|不需要?上?)夜班(?!补|津|费|工资)")  # not "没有夜班补贴"
_NIGHT_CUE = re.compile(_NIGHT_WORK)
_STAFFING = re.compile(r"(?:负责|管理)[^，。；,;]*?(?:招募|招聘|培训|考核)|(?:招募|招聘)[^，。；,;]{0,6}?(?:培训|管理)")
_NOT_PART_TIME = re.compile(r"不(?:招|要|收|接受)(?:兼职|临时工|短期工|小时工)")


def schedule_facts(text: str, *, delivery: bool = False) -> list[Fact]:
    """Working time, sentence by sentence: the cue words, the daily hours, and what those imply together (for a
    `delivery` post, its delivery time is its own)."""
    found: list[Fact] = []
    alone = one_range_only(text, delivery=delivery)  # a half day that is the text's only range ("早上7点到11点打扫")
    for m in _SENTENCE.finditer(text):
        found += _schedule_of(m.group(0), alone=alone, delivery=delivery)
    choice = _SHIFT_CHOICE.search(text)
    if choice and len(spans := spans_of(found)) >= 2 and not any(f.code == "shifts" for f in found):
        found.append(Fact(Family.SCHEDULE, "shift_choice", as_evidence(choice.group(0)), 0.8))
    night_free, spans = _NIGHT_FREE.search(text), spans_of(found)
    said = _NO_NIGHT_SHIFT.search(text)
    if said and all(a >= DAY_START and b <= 24 * 60 for a, b in spans):
        # "两班倒但没有夜班：早班7-15点，中班15-23点": the text's own word, and no shift shown past midnight
        by_day = (Fact(f.family, f.code, f.evidence, f.confidence, "day") if f.code == "shifts" else f for f in found)
        return [*(f for f in by_day if f.code != "night"), Fact(Family.SCHEDULE, "day_shift", said.group(0), 0.85)]
    late = any(f.code == "night" for f in found) or any(a < DAY_START or b > LATE_END for a, b in spans)
    if late:  # a shift elsewhere in the text runs into the night ("晚班：下午4:00-晚12:00"): no rota by day
        found = [Fact(f.family, f.code, f.evidence, f.confidence) if f.code == "shifts" else f for f in found]
    if night_free:
        found = [f for f in found if f.code != "night"]
        found.append(Fact(Family.SCHEDULE, "day_shift", night_free.group(0), 0.85))
    return found


def rota_by_day(facts: Iterable[Fact]) -> bool:
    """Whether a posting's rota keeps to the day by its own words ("两班倒但没有夜班"), its hours ending by midnight."""
    return any(f.code == "shifts" and f.value == "day" for f in facts)


def _schedule_of(sentence: str, *, alone: bool = False, delivery: bool = False) -> list[Fact]:
    found = [f for f in matched_facts(sentence, _SCHEDULE_CUES) if f.code != "night"]
    if _NIGHT_WORDS.search(sentence):  # "白班：早八晚八 夜班 晚七早八": the idiom names one of the shifts
        found = [f for f in found if not (f.code == "day_shift" and f.evidence[0] in "朝早")]
    ranges = clock_ranges(sentence)
    loose = [
        r
        for r in loose_ranges(sentence, arrival=not ranges)
        if not any(o.at < r.until and r.at < o.until for o in ranges)
    ]
    ranges = sorted(ranges + loose, key=lambda r: r.at) if loose else ranges  # "8.30-18.00", "早九点晚六点"
    ranges = split_day(  # "八点半到十一点半", "上午9-12下午2-6", "夜里十点到早上六点值班"
        sentence, ranges or bare_worded_ranges(sentence, delivery=delivery) or posted_nights(sentence)
    )
    ranges = [r for r in ranges if not others_hours(sentence, r)]  # "营业时间早7点到晚10点": the shop's, not the job's
    hours = daily_hours(sentence, ranges, alone=alone)
    found += [r.fact() for r in hours]
    found += _night(sentence, ranges, hours)
    found += posting_week(sentence)
    day = _DAY_SHIFT.search(sentence)
    if day and not _NIGHT_WORDS.search(sentence):
        found.append(Fact(Family.SCHEDULE, "day_shift", day.group(0), 0.8))  # a day shift and no night one named
    pay = _HOURLY_PAY.search(sentence)
    if pay and not re.search(r"加班|补贴|补助|津贴", clause_around(sentence, pay.start(), pay.end())):
        found.append(Fact(Family.SCHEDULE, "part_time", as_evidence(pay.group(0)), 0.75))  # paid by the hour
    weekdays = _WEEKDAYS.search(sentence)
    if weekdays and _WORK_WORDS.search(sentence) and not _WEEKEND_WORKED.search(sentence):
        found.append(Fact(Family.SCHEDULE, "weekends_off", as_evidence(weekdays.group(0)), 0.8))
    if _NOT_PART_TIME.search(sentence) or _STAFFING.search(sentence):
        found = [f for f in found if f.code != "part_time"]
    return _day_rota(sentence, found, hours)


_REST_CYCLE = re.compile(r"做[一二三四1-4]休[一二三四1-4]")


def _day_rota(sentence: str, found: list[Fact], hours: list[Range]) -> list[Fact]:
    """Shifts that keep to the day: a fixed day shift with a rest cycle ("白班早8点到晚8点，做二休一") is no rota; a rota
    whose every stated shift ends by 22:00 ("早班7:00-15:00、晚班14:00-22:00轮换") is one by day (value "day", which
    a person who only refuses nights may take). Not "两班倒"/"三班倒", whose other shift is the night."""
    if any(f.code == "night" for f in found):
        return found
    if any(f.code == "day_shift" for f in found):
        found = [f for f in found if not (f.code == "shifts" and _REST_CYCLE.fullmatch(f.evidence))]
    by_day = bool(hours) and all(not r.overnight and r.start >= DAY_START and r.end <= LATE_END for r in hours)
    if not by_day or ("倒" in sentence and len(hours) < 2):  # "两班倒" names no hours of its other shift
        return found
    return [Fact(f.family, f.code, f.evidence, f.confidence, "day") if f.code == "shifts" else f for f in found]


def _night(sentence: str, ranges: list[Range], hours: list[Range]) -> list[Fact]:
    """Night work: named (not as an option offered to day staff, and not a 晚班 the sentence shows ending by
    22:00), or hours that run past midnight or start before 5:00."""
    early_evening = bool(ranges) and all(not r.overnight and r.end <= LATE_END for r in ranges)
    for m in _NIGHT_CUE.finditer(sentence):
        if is_negated(sentence, m.start()) or _OPTIONAL.search(clause_around(sentence, m.start(), m.end())):
            continue
        if not (m.group(0) == "晚班" and early_evening):
            return [Fact(Family.SCHEDULE, "night", as_evidence(m.group(0)), 0.9)]
    late = next((r for r in hours if r.overnight or r.start < 5 * 60), None)
    return [] if late is None else [Fact(Family.SCHEDULE, "night", as_evidence(late.words), 0.8)]
