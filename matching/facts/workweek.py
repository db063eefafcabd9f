"""The working week and day as people write them: weekends a posting works and how long its day is; a person's
weekends, the most hours a day they can work, and (`day_window`) the times of day they are taken."""

from __future__ import annotations

import re

from matching.facts.cues import CLAUSE, CLAUSE_STOP, SENTENCE_STOP, is_negated, stop_after
from matching.facts.day_length import seeker_cap
from matching.facts.day_window import taken_day
from matching.facts.days import ONE_DAY_OFF, WEEK_OF_DAYS, counts_days
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.numerals import SMALL_NUMBER, small_number
from matching.facts.refusal_owner import not_own, past_in_sentence
from matching.facts.weekday_names import DAY_WORD, MONDAY_TO_FRIDAY
from matching.facts.weekend_days import weekends_asked, weekends_refused

# A week with weekend work in it: one day off a week, fewer than eight a month, alternate Saturdays, no days off.
# Not "月休8天" (as many as two-day weekends give), not "周末不上班".
_WEEKENDS_WORKED = re.compile(
    r"单休|单双休|做[一二三四1-4]休[一二三四1-4]|休息日?(?:为|是|：|:)?\s*(?:每)?周[一二三四五](?!至|到)|"
    r"(?<![上下这本至到\-~～])(?:每周|每个?(?:礼拜|星期)|周|礼拜|星期)[一二三四五](?:休息?|歇)(?![假市闲])|"  # "周一休": six days
    r"(?:工作|上班|做|上|干)\s*[六6]\s*天\s*(?:休(?:息)?|歇)\s*[一1]\s*天|大小周|大小休|"
    r"(?:做|上|干)\s*[六6]\s*休\s*[一1]|[六6]天工作制|每周(?:工作|上班|上)?\s*(?:[六6]|5\.5|五天半)\s*天|"
    r"(?:每?月|一个月)(?:休息?|休假|可休|歇)\s*(?:[1-6一二两三四五六](?:\s*[-~至到]\s*[1-6一二两三四五六])?)\s*天|"
    r"(?:月休)?上[二三四2-4]休[一1]|"
    r"周末(?:及|和|、|与|/)?(?:法定)?(?:节假日)?(?:需要?|要|正常|照常|得|也要?|均需|都要?|需要轮流)?(?:上班|值班|轮班|加班|工作|营业)(?![^，。；,;]{0,6}?(?:倍|工资|薪|费|补贴|计算|算|元|块))|"
    r"(?:周六|星期六)(?:[、和及与/]?(?:周日|星期日|周天))?(?:需要?|要|正常|照常)?(?:上班|值班|工作|上半天|半天)|(?<![六、和与及/跟同])(?:每周|每个?(?:礼拜|星期)|周|礼拜|星期)[日天](?:休息?|歇)(?!日)|"
    r"休息日?(?:轮流排|轮排|不固定|排班)|周末不固定|不固定(?:在)?周末|单双轮休|(?:周末|周六日|周六周日)(?:需要?|要)?轮休|(?:周末|周六日)(?:排课|上课|较忙|最忙)|周内\s*[一二两1-2]?\s*天?\s*(?:休息|轮休)|"
    r"工作日(?:轮休|调休)|周六(?:上午|下午)[^，。；,;]{0,6}?休|(?:每周|一周|周)休(?:息)?\s*[一1]\s*天|(?<![上做干])[六6]休[一1]|"
    r"(?:周一|星期一|礼拜一)\s*(?:至|到|-|~|～)\s*(?:周六|星期六|礼拜六|周日|星期日|礼拜[日天]|周天)(?!\s*(?:均|都|皆)?\s*(?:可以|可|能|行|任选|自选))|"
    r"(?:周末|周六日)(?:的)?(?:活|单|生意|订单|客人)(?:最多|多|最忙|忙)|(?<!双休[，,、/或])轮休(?!假)(?:\s*[一1]\s*天)?|"
    r"24\s*小时(?:便利店|营业|门店|超市|药店)|(?:全年|365天?|天天|每天)(?:无休)?营业|"
    r"节假日(?:不休|无休|正常上班|照常上班)|"
    # a season worked every day ("茶季（三到五月）不休", "旺季天天上班", "茶季天天采"; s22 dev16)
    r"(?:旺季|忙季|茶季|采茶季|农忙|采摘季|收购季|忙的时候|忙时)[^，。；,;]{0,8}?"
    r"(?:不休(?!假)|无休|不放假|没有?休息|天天(?:都)?(?:上班|干|做|开工|出工|采|收))|全年无休|(?:周末|节假日)无休|周末不休|无双休|没有双休|(?:不是|非)(?:周末)?双休(?!日)|"
    r"(?:周末|周六日)(?:及节假日)?(?:为|是)(?:工作日|最忙|旺季|高峰)|"
    r"(?:周末|周六日)[^，。；,;不如若休]{0,5}?必须(?:上班|值班|在岗|营业|工作)|"  # "周末客流大必须上班"
    r"(?:周末|周六日|节假日)(?:也|都)?(?:要|需要?|得)?(?:排班|排)(?!休)|"  # "排班制…周末也要排"
    r"(?:周末|周六日|周六周日|周六|周日|星期六|星期日)\s*(?:全天|上午|下午|白天)?\s*\d{1,2}\s*(?:[:：]\d{2}|点)|"  # "周六日9:00-15:00"
    r"(?<!不是)(?<!非)周末(?:兼职|工(?!资|作))|"  # not "周末有专门的周末班": a weekend crew of others
    rf"{WEEK_OF_DAYS}|{ONE_DAY_OFF}"  # "一个礼拜干六天", "周末休一天"
)
# Weekend work that is not the rota: overtime only now and then ("如遇特殊情况需要周末加班", "有时需要周末加班") or
# paid or given back ("周末加班也可优先选择调休"), and a 24-hour shop among the site's amenities ("休闲场所：24小时营业超市").
_NOW_AND_THEN = re.compile(r"如遇|如需|如有|如果|若|有时|偶尔|偶有|特殊情况|必要时|临时|不鼓励")
_GIVEN_BACK = re.compile(r"调休|倍|工资|薪|费|补贴|补休")
_AMENITY = re.compile(r"休闲|配套|设施|周边|附近|园区|生活区|宿舍|厂区|楼下|内设|场所|福利")

# a single rest day said beside a Monday-to-Friday week, or with Saturday's work left to the worker
_SUNDAY_OFF = re.compile(r"[日天](?:休息?|歇)$")
_FIVE_WEEKDAYS = re.compile(MONDAY_TO_FRIDAY)
_SATURDAY_OPTIONAL = re.compile(rf"{DAY_WORD}六[^，。；,;]{{0,6}}?(?:自愿|可选|偶尔|不强制)")


def _not_the_rota(sentence: str, m: re.Match[str]) -> bool:
    words = m.group(0)
    clause = CLAUSE_STOP.split(sentence[max(0, m.start() - 16) : m.start()])[-1]
    after = CLAUSE_STOP.split(sentence[m.end() : m.end() + 12])[0]
    if "加班" in words:
        return bool(_NOW_AND_THEN.search(clause) or _GIVEN_BACK.search(after))
    if words.startswith("24"):
        return bool(_AMENITY.search(sentence[max(0, m.start() - 8) : m.start()]))
    if _SUNDAY_OFF.search(words):  # "周一至周五上班，礼拜天休息", "周日休息，周六加班自愿": no weekend work (rev4)
        return bool(_FIVE_WEEKDAYS.search(sentence) or _SATURDAY_OPTIONAL.search(sentence))
    return False


_DAY_HOURS = re.compile(
    rf"(?:每天|每日|一天|每班|一班|一个班|每个班|日均|每天工作|每日工作|工作时间|工作时长|白班|夜班|早班|晚班|做[一二1-2]休[一二1-2][，,（(]?)\s*(?:为|是|：|:)?\s*(?:工作|上班|干|做)?\s*(?P<a>{SMALL_NUMBER})\s*(?:个)?\s*(?:小时|钟头|[hH](?![A-Za-z]))(?!以内|以下|之内|内)|"
    rf"(?<![\d.])(?P<b>{SMALL_NUMBER})\s*(?:个)?\s*(?:小时|[hH])(?:一班|工作制|倒班|两班倒|制|白夜轮班|两班轮换)"
)

_PER_WEEK = re.compile(r"周|月|星期")  # "一周工作时间为20个小时": a week's hours, not a day's


def posting_week(sentence: str) -> list[Fact]:
    """A sentence's weekend work ("单休", "月休4天", "周末需上班") and length of day ("每天12小时", "12小时一班")."""
    worked = [m for m in _WEEKENDS_WORKED.finditer(sentence) if not is_negated(sentence, m.start())]
    worked = [m for m in worked if not _not_the_rota(sentence, m)]
    # the words that count the days where the sentence has them ("周末最忙不能休，平时轮休一天": 轮休一天, six days)
    m = next((m for m in worked if counts_days(m.group(0))), worked[0] if worked else None)
    found = [] if m is None else [Fact(Family.SCHEDULE, "weekends_worked", as_evidence(m.group(0)), 0.8)]
    if not found:
        found += weekends_asked(sentence)  # "周末也要来", "礼拜六礼拜天照常上班"
    for m in _DAY_HOURS.finditer(sentence):
        hours = small_number(m.group("a") or m.group("b"))
        if 0 < hours <= 24 and not _PER_WEEK.search(sentence, max(0, m.start() - 4), m.start()):
            found.append(Fact(Family.SCHEDULE, "day_hours", as_evidence(m.group(0)), 0.8, str(hours)))
            break
    return found


# A person's weekends: "周末得在家", "周六日不行", "要双休". Not "最好双休": a wish, left unread (no score for it).
# Both weekend days: one day taken ("周日要去教堂", "周六要上课") is not a weekend taken, and one bit cannot say which
# day a posting rests (「周日休息」 suits a churchgoer), so a single day reads nothing rather than hide such postings.
_WEEKEND = r"(?:周末|周六日|周六周日|周六和周日|星期六日|星期六和?星期[日天]|礼拜六和?礼拜[日天]|礼拜六日|双休日)"
_NO_WEEKENDS = re.compile(
    rf"{_WEEKEND}(?:[^，。；,;！!]{{0,2}}?)(?:不行|不能|不方便|不上班|不干|不做|没空|没时间|有事|要在家|得在家|要带|得带|"
    rf"要陪|得陪|要照顾|得照顾|要休息|得休息|必须休息|要回家|得回家|不接受|上不了|干不了|走不开|要上课|得上课|有课|要上学|要去|得去)|"
    rf"{_WEEKEND}[^，。；,;！!]{{0,5}}?没人(?:管|看|带|照顾)|"  # "周末孩子在家没人管"
    rf"{_WEEKEND}(?:要|得)回(?:家|乡下|老家|村)|{_WEEKEND}(?:要|得)?(?:照顾|带|陪)(?:孩子|娃|伢|小孩|孙子|孙女|外孙|老人|家人|父母|爸妈)|"
    # a form's field of the days the person can work, filled with the weekdays ("可上班时间：周一至周五")
    r"(?:可|能|可以)(?:上班|工作)(?:的)?(?:时间|日期)\s*[:：]?\s*(?:周一(?:到|至|-|~)周五|星期一(?:到|至|-|~)星期五|工作日)(?!\s*(?:都行|也行|均可|优先))|"
    r"(?:单休|大小周)(?:太累|吃不消|受不了)|不能单休|"
    rf"{_WEEKEND}(?:都)?休息才(?:行|可以)|(?:单休|轮休)[的、和及或]*(?:都)?(?:不考虑|不行|不要|不干|不做)|"
    rf"(?:只|必须|一定)?要双休|只(?:想)?(?:找|做|干|要|能)?双休|必须双休|非双休不|不(?:接受|要|想|做|干)单休|"
    rf"(?:不能|不想|没法|无法|不愿意?)(?:在)?{_WEEKEND}(?:上班|工作|加班|干活)|"
    r"只(?:能|想)?(?:在)?(?:工作日|周一到周五|周一至周五|星期一到星期五)(?:上班|干|做|工作|有空)?"
)
# all but the weekend, across a comma: "除了周末，其他哪天都中", "除周末外都可以"
_ALL_BUT_WEEKEND = re.compile(
    rf"除了?{_WEEKEND}(?:以外|之外|外)?[，,\s]*(?:其他|其余|别的)?(?:哪天|天|日子|时间|几天)?(?:都|也|我)?"
    r"(?:中|成|行|可以|能|有空|有时间|没问题)"
)
# the weekend allowed after all, later in the sentence ("可上班时间：周一到周五，周末也行")
_WEEKEND_TOO = re.compile(rf"{_WEEKEND}(?:也|都)(?:行|可以|能|没问题|可)")
# the smaller of two counts said as a range ("五六个小时", "五到六个小时", "5-6个小时"): the larger is read, all the
# words make certain the person will not work
_OR_MORE = rf"(?:{SMALL_NUMBER}\s*(?:到|至|-|~|～)\s*|[一两二三四五六七八九](?=[两二三四五六七八九](?!十)))?"
# time away from home said as what the person can spare ("只能出来三四个小时", "最多抽出两个钟头"; the fifth review's H1)
_OUT = r"(?:出来|出门|出去|抽出|抽出来|腾出)"
# the part of the day the hours fall in, between the day and them ("每天上午两小时", "每天就下午能出来三个小时"; s16)
_PART = r"(?:就|只)?(?:上午|下午|早上|晚上|白天)?"
# The most hours a day: "一天最多四五个小时", "每天只能干4个小时", "只能干半天" (a half day: five hours at most).
_MOST_HOURS = re.compile(
    rf"(?:一天|每天|每日){_PART}(?:最多|顶多|只能|只能干|只能做|只能上|最长)(?:再)?(?:干|做|上|{_OUT})?\s*个?\s*{_OR_MORE}(?P<h>{SMALL_NUMBER})\s*个?\s*(?:小时|钟头)|"
    rf"(?:最多|顶多|只能)(?:再)?(?:干|做|上|{_OUT})?\s*个?\s*{_OR_MORE}(?P<h2>{SMALL_NUMBER})\s*个?\s*(?:小时|钟头)|"
    r"(?P<half>只能(?:干|做|上)?半天|干半天|做半天|半天(?:班|工)?(?:就行|可以|最好|才行)|(?:只能|最多|顶多)(?:干|做|上)?几个(?:小时|钟头))"
)
# a few hours said without 最多 ("每天能干三四个小时就行"): read only when short enough to be a limit
_FEW_HOURS = re.compile(
    rf"(?:(?:一天|每天|每日){_PART}(?:能|可以)?(?:干|做|上)?|(?:干|做|上))\s*个?\s*{_OR_MORE}(?P<h>{SMALL_NUMBER})\s*个?\s*(?:小时|钟头)"
    r"(?:就行|左右|就好|就可以|就够)|"
    # a day's few hours said alone, ending its clause ("想找个钟点工，每天两三个小时"; the fifth review's H1)
    rf"(?:一天|每天|每日){_PART}(?:能|可以|就)?(?:干|做|上|{_OUT})?\s*个?\s*{_OR_MORE}(?P<h3>{SMALL_NUMBER})\s*个?\s*(?:小时|钟头)(?:吧|的样子)?$"
)
_FEW = 6
_DONE_BEFORE = re.compile(r"(?:干|做|当|上)过[^。；;！!？?\n]*$")


def _past_day(text: str, low: int, few: re.Match[str]) -> bool:
    """Whether a day's hours said alone are of a job done before ("在超市干过，每天三个小时") or not the person's own."""
    done = _DONE_BEFORE.search(text, max(0, low - 30), low) is not None
    return done or past_in_sentence(text, low + few.start()) or not_own(text, low + few.start(), low + few.end())


def seeker_week(text: str) -> list[Fact]:
    """A person's weekends, longest day and taken times of day, one clause at a time (each fact quotes it)."""
    found: list[Fact] = []
    caps: list[tuple[int, str]] = []  # the lengths of day `day_length` reads, where the older words say none
    for span in CLAUSE.finditer(text):
        clause = span.group(0).strip()
        if not clause:
            continue
        low = span.end() - len(span.group(0).lstrip())
        weekend = _NO_WEEKENDS.search(clause)
        if weekend is not None and not (
            not_own(text, low + weekend.start(), low + weekend.end())
            or _WEEKEND_TOO.search(text, span.end(), stop_after(text, span.end(), SENTENCE_STOP))
        ):
            found.append(Fact(Family.SCHEDULE, "no_weekends", as_evidence(clause), 0.8, None, Modality.LIMIT))
        most, few = _MOST_HOURS.search(clause), _FEW_HOURS.search(clause)
        hours = 0
        if most is not None and _PER_WEEK.search(clause, max(0, most.start() - 4), most.start()):
            pass  # "一周最多三十个小时": a week's hours, not a day's
        elif most is not None and not_own(text, low + most.start(), low + most.end()):
            pass  # "我女儿每天只能出来三四个小时，我全天", "只能出来三四个小时吗？": not the person's own (rev6 #3)
        elif most is not None:
            hours = 5 if most.group("half") else small_number(most.group("h") or most.group("h2"))
        elif few is not None and _past_day(text, low, few):
            pass  # "以前每天干三个小时", "在超市干过，每天三个小时", "以前做保洁，…一天六个钟头": a past day, not a limit
        elif few is not None and small_number(few.group("h") or few.group("h3")) <= _FEW:
            hours = small_number(few.group("h") or few.group("h3"))
        if 0 < hours < 12:
            found.append(Fact(Family.SCHEDULE, "max_hours", as_evidence(clause), 0.8, str(hours), Modality.LIMIT))
        elif most is None and (cap := seeker_cap(text, low, span.end())) is not None:
            caps.append((cap, clause))  # "一天别超过十个钟头", "十二个小时的班吃不消", "长班干不了"
    if caps and not any(f.code == "max_hours" for f in found):  # each holds: the shortest
        cap, clause = min(caps)
        found.append(Fact(Family.SCHEDULE, "max_hours", as_evidence(clause), 0.8, str(cap), Modality.LIMIT))
    but = _ALL_BUT_WEEKEND.search(text)
    if (
        but is not None
        and not any(f.code == "no_weekends" for f in found)
        and not not_own(text, but.start(), but.end())
    ):
        found.append(Fact(Family.SCHEDULE, "no_weekends", as_evidence(but.group(0)), 0.8, None, Modality.LIMIT))
    if not any(f.code == "no_weekends" for f in found):
        found += weekends_refused(text)  # "礼拜六礼拜天娃在家，也出不来"
    return found + taken_day(text)
