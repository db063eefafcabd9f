"""Days of work a week: how many a posting's rota works, and how many a person can give ("一周能做三四天")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from matching.facts.cues import CLAUSE, CLAUSE_STOP, SENTENCE_STOP, someone_else
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.numerals import SMALL_NUMBER, small_number
from matching.facts.refusal_owner import not_own, past_in_sentence
from matching.facts.weekday_names import DAY_DIGIT, DAY_NUMERAL, DAY_WORD, MONDAY_TO_SATURDAY

# "一周能做三四天", "每周最多干四天", "一个礼拜就能上三天班": the most days a week (the larger of "三四"), the week said
# 一周/每周/一(个)星期/每(个)礼拜; days off ("一周一天休息就行", "每周两天休息") are not days of work
# the words between may stack and name the speaker ("一个礼拜我最多能出来四天", "一周顶多也就能干三天", s22 dev16)
_MOST_DAYS = re.compile(
    r"(?:[一每]个?(?:周|星期|礼拜))(?:我|俺)?(?:最多|顶多|至多|撑死了?|只能|就能|能|可以|就|也就|只|不超过|不能超过)"
    r"{0,3}(?:干|做|上|来|去|出来|出门|过来)?"
    rf"\s*(?:{SMALL_NUMBER}\s*(?:天)?\s*(?:或|或者|、|到|至)?\s*)?"  # "四天五天都行", "一到两天": the larger (rev5 F3)
    rf"(?P<d>{SMALL_NUMBER})\s*(?:个)?\s*(?:天|日)(?!以上|起|\s*的?(?:休息|休|假|公休|轮休|不上班|空|自由))"
    r"(?!\s*(?:可以|能|可|才能|才可以|就能)(?:休|歇|放假|玩))"  # "一个礼拜就一天可以休息": a day of rest
)
# the days said as the ones left free ("一周只有三天有空", "一个礼拜就两天能出来", "每星期也就三天得闲"): a few only
_FEW_FREE = re.compile(
    rf"(?:[一每]个?(?:周|星期|礼拜))(?:我|俺)?(?:只有|就只有|就|只|也就|最多有?|顶多有?)(?P<d>{SMALL_NUMBER})\s*(?:个)?\s*天"
    r"(?:我|俺)?(?:有空|有时间|得闲|空着|是空的|能来|能出来|能出门|能干|能做|能上班|可以来|可以出来|可以上班|可以)"
    r"(?![^，。；,;]{0,3}?(?:休|歇|放假|玩))"  # not days of rest ("一周只有两天有空休息")
)
# a posting's week said as its count of days ("一周六天", "每个礼拜干六天", "一个星期上七天班") or its one day off
# ("周末休一天", "一个礼拜只休一天"); not a Saturday ("每周六上午"), days within which ("六天内送到"), nor days to
# choose among ("一周六天里挑三天")
_WEEK = r"(?:[一每]个?(?:周|星期|礼拜)|每星期)"
_DAYS_IN = r"(?:工作|上班|上|做|干|来)?\s*"
WEEK_OF_DAYS = rf"{_WEEK}{_DAYS_IN}[六七67]\s*天(?!内|以内|之内|里|中|当中)"
ONE_DAY_OFF = rf"(?:{_WEEK}|周末)(?:只|轮着|轮流)?(?:休息?|歇)\s*[一1]\s*天(?!半)"
# what a posting's week words say of its days ("双休": 5, "单休": 6, "全年无休": 7, "做一休一": 3.5, kept as 4)
_SIX_DAYS = re.compile(
    r"单休|[做上干六6]\s*[六6]?\s*休\s*[一1]|[六6]天工作制|月休\s*[1-4一二两三四](?:\s*(?:到|至|-|~)\s*[2-5二两三四五])?\s*天|大小周|每周(?:休息?|休)\s*[一1]\s*天|"
    rf"{_WEEK}{_DAYS_IN}[六6]\s*天|{ONE_DAY_OFF}|"
    # the weekdays worked ("周一到周六上班") and days on and off ("上6天休息1天", "周休一天")
    rf"{MONDAY_TO_SATURDAY}|[上做干]\s*[六6]\s*天\s*(?:休息?|歇)\s*[一1]\s*天|"
    r"周休\s*[一1]\s*天|(?<!月)(?<!每月)(?<!一个月)(?<!两周)轮休\s*[一1]\s*天"  # "平时轮休一天" (s22 dev16)
)
_SEVEN_DAYS = re.compile(rf"全年无休|无休|不休息|天天上班|每天都要?上班|{_WEEK}{_DAYS_IN}[七7]\s*天")
# every other day, 3.5 days a week kept as 4: "隔天去可以", "只能隔天来", "隔一天上一天"; not "隔天就能上班" (from the
# day after), nor pay or goods the next day ("隔天结", "隔天到账")
_ALTERNATE = re.compile(
    r"隔一天(?:上|干|做|来|去)一天|隔天(?!就|结|到|发|付|给|上岗|入职|报到)(?=(?:能|可以)?(?:去|来|上|干|做|出来|都|可以|行))"
)
# a workplace whose week a clause gives ("现在的厂一周只上四天"); not a hospital, where the person's own days go (透析)
_WORKPLACE = re.compile(r"厂|公司|单位|店|超市|餐馆|食堂|工地")
_CYCLE = re.compile(r"做\s*(?P<on>[一二三四1-4])\s*休\s*(?P<off>[一二三四1-4])")


# the count said in a clause after the week was named in its sentence: "一个礼拜要透析三次，只能来三天", "每周
# 三次康复，最多干四天"; not a week before or after ("一周前刚出院"), nor days with no week said ("这个月只能来三天")
_WEEK_NAMED = re.compile(rf"{_WEEK}(?!前|后|内|以内|之内|左右)")
_DAYS_LEFT = re.compile(
    rf"^(?:我|俺)?(?:只能|最多|顶多|就能|只)(?:干|做|上|来|去|出来)?\s*(?P<d>{SMALL_NUMBER})\s*(?:个)?\s*(?:天|日)"
    r"(?!以上|起|\s*的?(?:休息|休|假|空))"
)


# a few days picked among the weekdays named: "周一到周五里面挑三天", "工作日里选两天"
_PICKED = re.compile(rf"(?:里面|里头|里|中间|当中|中)(?:挑|选|任选|随便挑)\s*(?P<d>{SMALL_NUMBER})\s*(?:个)?\s*天")
# days off a week the person needs: "一周要休两天" (5), "每周至少休息一天", "一个礼拜歇一天就行" (6)
_DAYS_OFF = re.compile(
    rf"{_WEEK}(?:要|得|必须|至少|起码|最少)*(?:休息?|歇)\s*(?P<off>[一二两1-2])\s*天(?!半)(?!\s*(?:也|都)?(?:行|可以|没事|无所谓|最好|更好|好些))"
)
# every day refused, a day off a week asked: six at most ("不能天天上", "七天不行", "做六休一可以，不能天天上")
_EVERY_DAY_REFUSED = re.compile(
    r"(?:不能|没法|不想|不可能)(?:天天|每天都|连着七天)(?:上|干|做|来)|(?:天天上|七天)(?:班)?(?:都)?(?:不行|不干|吃不消|受不了|不可以)"
)


def seeker_days(text: str) -> list[Fact]:
    """The most days a week a person can work, as value "3" (a clause of their own, not someone else's week); six
    where every day is refused."""
    found = []
    for clause, week_before, at in _clauses_with_week(text):
        m = (
            _MOST_DAYS.search(clause)
            or _FEW_FREE.search(clause)
            or _ALTERNATE.search(clause)
            or _PICKED.search(clause)
            or (_DAYS_LEFT.search(clause) if week_before else None)
        )
        if m is None and (off := _DAYS_OFF.search(clause)) is not None:
            if _own_week(text, clause, at, off):
                left = str(7 - small_number(off.group("off")))
                found.append(Fact(Family.SCHEDULE, "max_days", as_evidence(clause), 0.8, left, Modality.LIMIT))
            continue
        if m is None and (every := _EVERY_DAY_REFUSED.search(clause)) is not None:
            if _own_week(text, clause, at, every):
                found.append(Fact(Family.SCHEDULE, "max_days", as_evidence(clause), 0.8, "6", Modality.LIMIT))
            continue
        days = 4 if m is None or m.re is _ALTERNATE else small_number(m.group("d"))
        if m is None or someone_else(clause[: m.start()]) or not_own(clause, m.start(), m.end()) or not 0 < days < 6:
            continue  # "我老公一个礼拜只能来三天", "以前一周只能来三天", "一周能来三天吗？"
        if _WORKPLACE.search(clause, 0, m.start()):
            continue  # "现在的厂一周只上四天": a workplace's week, not the person's
        if past_in_sentence(text, at + m.start()):
            continue  # "以前做保洁，一个礼拜干五天"
        found.append(Fact(Family.SCHEDULE, "max_days", as_evidence(clause), 0.8, str(days), Modality.LIMIT))
    return sorted(found, key=lambda f: int(f.value or 7))[:1]  # the fewest said


def _own_week(text: str, clause: str, at: int, m: re.Match[str]) -> bool:
    """Whether a week said in `clause` (at `at` in `text`) is the person's own now: not someone else's, asked, supposed
    or past."""
    return not (
        not_own(clause, m.start(), m.end())
        or someone_else(clause[: m.start()])
        or past_in_sentence(text, at + m.start())
    )


def _clauses_with_week(text: str) -> list[tuple[str, bool, int]]:
    """Each clause, whether a clause before it in its sentence names the week, and where it starts in `text`."""
    out: list[tuple[str, bool, int]] = []
    at = 0
    for sentence in SENTENCE_STOP.split(text):
        week = False
        for clause in filter(None, (c.strip() for c in CLAUSE_STOP.split(sentence))):
            at = text.find(clause, at)
            out.append((clause, week, at))
            week = week or _WEEK_NAMED.search(clause) is not None
    return out


def most_days(facts: Iterable[Fact]) -> int | None:
    """The most days a week the person's words allow: a stated number, or the weekdays they name free ("只有周一
    周三周五有空": 3) when fewer than five."""
    facts = list(facts)
    said = [small_number(f.value) for f in facts if f.code == "max_days" and f.value]
    free_days = {d for f in facts if f.code == "free" and f.value for d in f.value.partition(" ")[0]}
    named = len(free_days) if 0 < len(free_days) < 5 else None
    return min([*said, *([named] if named else [])], default=None)


def counts_days(words: str) -> bool:
    """Whether a posting's week words say how many days it works ("单休", "平时轮休一天"), not only that its weekends
    are worked ("周末最忙")."""
    return any(p.search(words) for p in (_CYCLE, _SEVEN_DAYS, _SIX_DAYS))


def week_days(job_facts: Iterable[Fact]) -> int | None:
    """The days a week a posting's rota works, rounded up, when its words say: None when they do not. Where its
    worker picks a few days among more ("周一至周五可任选两天上班"), the days picked."""
    days = None
    for f in job_facts:
        if f.code == "day_choice" and f.value:
            return int(f.value)
        if f.code == "weekends_off":
            days = max(days or 0, 5)
        elif f.code == "weekends_worked":
            cycle = _CYCLE.search(f.evidence)
            if cycle is not None:
                on, off = small_number(cycle.group("on")), small_number(cycle.group("off"))
                days = max(days or 0, -(-7 * on // (on + off)))
            elif _SEVEN_DAYS.search(f.evidence):
                days = 7
            elif _SIX_DAYS.search(f.evidence):
                days = max(days or 0, 6)
    return days


# weekdays listed after one week word ("周一三五", "礼拜二、四、六", "星期一和星期三"); not a range (周一到周五), nor a
# count of days after one ("礼拜六一整天", "周三一天": the one day, "每周三天": three)
_LISTED = re.compile(
    rf"{DAY_WORD}{DAY_NUMERAL}(?:\s*(?:[、,，和跟与/]\s*)?(?:{DAY_WORD}{DAY_NUMERAL}|[一二三四五六日])(?![整天]))+"
)  # a bare 天 is a count ("每周三天"), not Sunday
# the list bare, offered at the head of its clause ("一三五可以", "二四六都能来"): three or more, each later than the last
# after the week and "only" ("一个礼拜就二四六能干", "每周只有一三五有空", s22 dev16)
_BARE_LIST = re.compile(
    r"^(?:(?:每周|一周|[一每]个?(?:礼拜|星期))(?:我|俺)?(?:就|只|只有|就只有)?|(?:我|俺)?(?:就|只|只有|就只有))?"
    r"(?P<days>[一二三四五六日]{3,4})(?=\s*(?:都|也)?(?:可以|行|能|有空|方便))"
)
# the rest of a clause that offers the days: nothing, or words of being able to come
_OFFER = re.compile(
    r"^\s*(?:我)?(?:每周|每个?(?:礼拜|星期)|每)?\s*(?:都|也|就|只)?\s*(?:可以|行|能|有空|有时间|方便|没问题)?\s*"
    r"(?:来|去|出来|过来)?(?:上班?|干活?|做事?)?(?:都|也)?(?:可以|行|没问题)?\s*$"  # "可以来上班"
)


_AS_WELL = re.compile(r"都|也")


def listed_days(words: str) -> str:
    """The weekdays a clause lists, as ISO digits ("周一三五": "135"); "" where it lists fewer than two."""
    days = {DAY_DIGIT[c] for m in _LISTED.finditer(words) for c in m.group(0) if c in DAY_DIGIT}
    return "".join(sorted(days)) if len(days) >= 2 else ""


def weekdays_offered(text: str) -> list[Fact]:
    """The weekdays a person offers by listing them, in a clause that says no more than that they can come ("周一三五",
    "礼拜二四六能来", "一三五可以"): value "135 00:00-24:00", as `schedule.free_time_facts` writes days."""
    found = []
    for span in CLAUSE.finditer(text):
        clause = span.group(0).strip()
        bare = _BARE_LIST.match(clause)
        days = listed_days(clause) if bare is None else _ascending(bare.group("days"))
        rest = _LISTED.sub("", clause) if bare is None else clause[bare.end() :]
        if not days or len(days) >= 5 or not _OFFER.match(rest) or _AS_WELL.search(rest):
            continue  # "周六日都可以", "一三五也行": offered as well, not the only days (as `free_time_facts` has it)
        if not_own(text, span.start(), span.end()) or someone_else(clause[:4]):
            continue
        found.append(Fact(Family.SCHEDULE, "free", as_evidence(clause), 0.8, f"{days} 00:00-24:00", Modality.LIMIT))
    return found[:1]


def _ascending(words: str) -> str:
    """Bare weekday numerals as ISO digits when each is later than the last ("一三五": "135"), else ""."""
    digits = [DAY_DIGIT[c] for c in words]
    return "".join(digits) if all(a < b for a, b in pairwise(digits)) else ""


# one weekday refused: "周日不行", "礼拜三要带孩子看病，那天不行"; the refusal in its clause or, as "那天…", the next
# "周2不行"; not a count of days after a week ("一周一天休息就行")
_ONE_DAY = re.compile(rf"{DAY_WORD}(?:[一二三四五六](?!天)|[日天]|[1-7](?![天次个日号点]))")
# part of the day ("星期五晚上不行"): not the whole day refused
_PART_OF_DAY = re.compile(r"\s*(?:的)?(?:早上|早晨|上午|中午|下午|傍晚|晚上|夜里|白天|晚班|夜班)")
# a place's day off ("我们超市周一休息"), not the person's
_PLACE = re.compile(r"超市|店|厂|公司|单位|饭店|餐馆|食堂|学校|幼儿园|医院|市场|诊所|门诊|银行")
# all days but one: "除了礼拜天，其他都能来", "除了周日都行"
_ALL_BUT = re.compile(
    rf"除了?\s*(?P<day>{DAY_WORD}{DAY_NUMERAL})(?:以外|之外)?[，,\s]*(?:其他|其余|别的)?(?:时间|日子|天|几天)?"
    r"(?:都|也|我)?(?:能|可以|行|有空|有时间|方便|没问题)"
)
_DAY_RANGE = re.compile(rf"[到至~-]\s*{DAY_WORD}")  # "周一到周五不行": weekdays, not one day
_DAY_REFUSED = re.compile(
    r"不行|不来|不得闲|来不了|不能来|没空|没时间|走不开|出不来|不方便|去不了|上不了|不能上班?|(?<![不没])休息(?!不了|不成|不到|半天)"
    r"|(?:要|得)?歇(?:着|一天|息)(?!不)"  # "礼拜天歇着" (s22 dev16); not a shop's 歇业
    r"|(?<!不)休(?:假)?(?=的(?!(?:岗位|工作|活儿?|单位)(?:我)?(?:都|也)?(?:不要|不干|不做|不考虑|不去))"
    r"|[，,。；;！!\s]|$|一天|就行|就好)"  # "周一休", "想找个周二休的" (not "周一不休")
    # a duty that takes the day every week: "每周三要带孩子看病", "星期四要做透析", "周一透析"; an errand away: "周五要去
    # 县城进货", "礼拜一要去镇上卖菜"
    r"|(?:要|得|需要|必须)(?:带|陪|去|到|做)[^，。；,;]{0,6}?(?:看病|医院|复查|透析|化疗|理疗|针灸|康复)"
    r"|(?<=[一二三四五六日天1-7])(?:要|得)?(?:做)?(?:透析|化疗|复查|理疗|针灸)"
    r"|(?:要|得|必须)(?:去|回)?[^，。；,;\s]{0,6}?(?:进货|赶集|卖菜|摆摊|上课|教堂|做礼拜|上班|加班|值班|拿药)"
    r"|(?:要|得|必须)(?:去|回)(?:乡下|老家|城里|县城|镇上|村里)|(?:要|得)(?:带|照顾|陪)(?:孩子|娃|孙子|孙女|外孙|老人|老伴|病人)"
)
_PHRASE = re.compile(r"[^，,。；;！!？?\n\r\s]+")
# a day taken that is someone's ("每周三要带孩子看病的同事") or can be swapped ("…，但可以请假调班"): none (rev6 #8)
_DAY_ASIDE = re.compile(
    r"[^，,。；;]{0,4}?(?:的(?:同事|朋友|邻居|工友|人|是)|[，,\s]*(?:不过|但是?|可是)?(?:也|还)?(?:可以|能)(?:请假|调班|调休|换班|调))"
)
_THAT_DAY = re.compile(r"^\s*(?:那天|这天|当天|那一天)(?:我)?(?:都|也|肯定|就)?")


def day_refused(text: str) -> list[Fact]:
    """One weekday the person cannot work, as its ISO digit ("周日不行": "7"; `Limits.days_refused` holds them). Not
    a list, nor weekends (`weekends_refused`)."""
    but = _ALL_BUT.search(text)
    if but is not None and not not_own(text, but.start(), but.end()):
        iso = DAY_DIGIT[but.group("day")[-1]]
        return [Fact(Family.SCHEDULE, "day_refused", as_evidence(but.group(0)), 0.8, iso, Modality.LIMIT)]
    spans = list(_PHRASE.finditer(text))  # voice input's phrases apart by spaces ("周一到周四我都行 周五要去进货")
    found: dict[str, Fact] = {}
    for i, span in enumerate(spans):
        clause, day = span.group(0), _ONE_DAY.search(span.group(0))
        if day is not None and (listed := _listed_refused(clause)):
            found.update(
                {d: Fact(Family.SCHEDULE, "day_refused", as_evidence(clause), 0.8, d, Modality.LIMIT) for d in listed}
            )
            continue
        if day is None or len({m.group(0)[-1] for m in _ONE_DAY.finditer(clause)}) != 1 or listed_days(clause):
            continue
        if _DAY_RANGE.search(clause) or _PART_OF_DAY.match(clause, day.end()) or _PLACE.search(clause, 0, day.start()):
            continue  # "周一到周五不行", "星期五晚上不行", "我们超市周一休息": no one whole day of the person's
        said, refused = span, _DAY_REFUSED.search(clause, day.end())
        if refused is None and i + 1 < len(spans) and (that := _THAT_DAY.match(spans[i + 1].group(0))):
            said, refused = spans[i + 1], _DAY_REFUSED.match(spans[i + 1].group(0), that.end())
        if refused is None or someone_else(clause[: day.start()]) or past_in_sentence(text, span.start() + day.start()):
            continue  # "我老公周五…", "以前在酒店上班，礼拜天都不休息的"
        if _DAY_ASIDE.match(text, said.start() + refused.end()):
            continue  # "每周三要带孩子看病，但可以请假调班": the day is not refused
        if not not_own(text, said.start() + refused.start(), said.start() + refused.end()):
            words = text[span.start() : said.end()]
            iso = DAY_DIGIT[day.group(0)[-1]]
            found.setdefault(iso, Fact(Family.SCHEDULE, "day_refused", as_evidence(words), 0.8, iso, Modality.LIMIT))
    return list(found.values())  # each day refused in a clause of its own: "周一透析，周二可以，周三透析"


def _listed_refused(clause: str) -> str:
    """Two weekdays or more listed and refused whole ("礼拜一礼拜二不得闲": "12"), not the weekend (`weekend_days`),
    a range, part of a day, a place's days or someone else's."""
    days, last = listed_days(clause), list(_LISTED.finditer(clause))
    named = sum(len(re.findall(r"周|星期|礼拜", m.group(0))) for m in last)  # not "一周一天休息就行"
    if days in ("", "67") or named < 2 or _DAY_RANGE.search(clause) or someone_else(clause[: last[0].start()]):
        return ""
    end = last[-1].end()
    if _PART_OF_DAY.match(clause, end) or _PLACE.search(clause, 0, last[0].start()):
        return ""
    refused = re.match(r"[^，。；,;]{0,4}?(?:都|也|我)?(?:" + _DAY_REFUSED.pattern + ")", clause[end:])
    return days if refused is not None and not not_own(clause, end, end + refused.end()) else ""


_SPAN_OF_DAYS = re.compile(rf"{DAY_WORD}({DAY_NUMERAL})\s*(?:到|至|-|~)\s*{DAY_WORD}?({DAY_NUMERAL})")


def day_span(words: str) -> re.Match[str] | None:
    """A span of weekdays ("礼拜一到礼拜三", "周二至周六"), first to last."""
    m = _SPAN_OF_DAYS.search(words)
    return m if m is not None and DAY_DIGIT[m.group(1)] < DAY_DIGIT[m.group(2)] else None


def span_days(m: re.Match[str]) -> set[str]:
    """The ISO digits a `day_span` covers ("礼拜一到礼拜三": 1, 2, 3)."""
    return {str(d) for d in range(int(DAY_DIGIT[m.group(1)]), int(DAY_DIGIT[m.group(2)]) + 1)}
