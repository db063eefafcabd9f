"""The weekend as a person's only free days when they say their weekdays are taken and offer the weekend in the next
breath ("平时要上班，周末可以"): the weekend said alone ("周末两天有空") is `schedule.free_time_facts`'."""

from __future__ import annotations

import re
from itertools import pairwise

from matching.facts.cues import CLAUSE, someone_else
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.refusal_owner import not_own
from matching.facts.rest_days_free import NOT_HELD

# the weekdays taken by work or school: "平时要上班", "平常在厂里上班", "工作日没空", "周一到周五走不开"
_WEEKDAYS_TAKEN = re.compile(
    r"(?:平时|平常|平日|工作日|周一(?:到|至)周五|(?:星期|礼拜)一(?:到|至)(?:星期|礼拜)五)(?:我)?(?:都|还)?"
    r"(?:要|得|在[^，。；,;！!？?]{0,6}?)?(?:上班|上学|有工作|有活|没空|没时间|忙|走不开|出不来)"
)
# the weekend offered: "周末可以", "礼拜六礼拜天能来", "双休日都行", "周末想找点活干" (not "周末也不行", nor "周末可以带孩子": another's)
_WEEKEND_OFFERED = re.compile(
    r"^(?:但是?|不过|就|只有)?(?:我)?(?:周末|双休日|周六(?:和|、)?周日|(?:星期|礼拜)六(?:和|、)?(?:星期|礼拜)[日天])"
    r"(?:两天)?(?:我)?(?:都|也|就)?(?:(?:可以|行|能来|能干|能上班?|有空|有时间|没问题|方便)(?:来|干|上班?|做)?"
    r"|想(?:找|干|做)(?:点|个|份)?(?:活儿?|事|兼职|工作)(?:干|做)?)"
    r"(?:的|啊|呀)?$"
)

# the weekend the person's own week rests ("周六周日休息", "周末放假", "双休"), and weekend work sought after it ("想找个周末的
# 活", "想周末找点事做", "想找份周末兼职"; not "想找个双休的工作", a job with the weekend off)
_WEEKEND_RESTED = re.compile(
    r"^(?:(?:周末|双休日|周六(?:和|、)?周日|周六日|(?:星期|礼拜)六(?:和|、)?(?:星期|礼拜)[日天])(?:两天)?(?:都)?"
    r"(?:休息|放假|不上班|休)|双休)$"
)
_WEEKEND_SOUGHT = re.compile(
    r"想[^，。；,;！!？?]{0,3}(?:周末|周六|礼拜六|双休日)[^，。；,;！!？?]{0,6}(?:活|事|兼职|工作|班)"
)

# time of the weekdays offered besides ("平时上班，周末也可以，晚上也行", "下班以后也能来"): not the weekend alone
_HOURS_OFFERED = re.compile(r"早上|上午|中午|下午|傍晚|晚上|夜里|下班|(?:\d|[一二两三四五六七八九十])点")


def weekend_free(text: str) -> list[Fact]:
    """Free days "67" where a clause says the person's weekdays are taken and the next offers the weekend and nothing
    else ("平时要上班，周末可以"), or rests it with weekend work sought after ("平时上班，周末休息，想找个周末的活");
    nothing where either is someone else's, past or asked."""
    if _HOURS_OFFERED.search(text):
        return []
    clauses = list(CLAUSE.finditer(text))
    for taken, offered in pairwise(clauses):
        said = _WEEKDAYS_TAKEN.search(taken.group(0))
        if said is None or someone_else(taken.group(0)[: said.start()]):
            continue
        rested = _WEEKEND_RESTED.match(offered.group(0).strip())
        sought = _WEEKEND_SOUGHT.search(text, offered.end())
        if rested and sought and not NOT_HELD.search(text) and not not_own(text, sought.start(), sought.end()):
            words = f"{said.group(0)}，{rested.group(0)}，{sought.group(0)}"  # "平时上班，周末休息，想找个周末的活"
            return [Fact(Family.SCHEDULE, "free", as_evidence(words), 0.8, "67 00:00-24:00", Modality.LIMIT)]
        weekend = _WEEKEND_OFFERED.match(offered.group(0).strip())
        if (
            weekend is None
            or not_own(text, offered.start(), offered.end())
            or text[offered.end() : offered.end() + 1] in ("？", "?")
        ):
            continue
        words = f"{said.group(0)}，{weekend.group(0)}"
        return [Fact(Family.SCHEDULE, "free", as_evidence(words), 0.8, "67 00:00-24:00", Modality.LIMIT)]
    return []
