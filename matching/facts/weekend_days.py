"""Weekends named by their days (礼拜六礼拜天, 周六周日, 星期六星期天, 周末): a person's refused, in the clause that
names them or the next ("礼拜六礼拜天娃在家，也出不来"), and a posting's asked for ("周末也要来")."""

from __future__ import annotations

import re

from matching.facts.cues import CLAUSE, is_negated, refusal_denied
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.refusal_owner import not_own

_SAT = r"(?:周六|星期六|礼拜六)"
_SUN = r"(?:周日|周天|星期[日天]|礼拜[日天])"
# both days: one alone ("周日不行") is not the weekend, which a posting resting on that day suits (`workweek`)
WEEKEND = (
    rf"(?:周末|双休日|周六日|星期六日|礼拜六日|{_SAT}[和、及与跟/]?{_SUN}|{_SUN}[和、及与跟/]?{_SAT})"  # either first
)
# what stops the person coming: a refusal, or the children at home with no one else
_STOP = (
    r"(?:出不来|出不了门?|来不了|不来|不得闲|走不开|脱不开身|离不开|不行|不能(?:来|上班|干活?|出门)|没空|没时间|上不了班?|干不了|"
    r"在家带(?:娃|孩子|小孩)|(?:要|得)(?:在家)?(?:带|看|照顾)(?:娃|孩子|小孩|老人)|没人(?:带|看|管|照顾)|(?:要|得)休息)"
)
_IN_CLAUSE = re.compile(rf"{WEEKEND}[^，。；,;！!？?]{{0,8}}?(?P<stop>{_STOP})")
_NAMED = re.compile(WEEKEND)
# the next clause says only the refusal: "也出不来", "我走不开", "来不了" (not "平时出不来": another time)
_NEXT = re.compile(rf"^(?:也|我|就|都|所以|根本|实在|肯定){{0,2}}{_STOP}")
# the weekend offered: the next clause's refusal is of something else ("周末没问题，来不了的是晚上")
_OFFERED = re.compile(r"没问题|可以|都行|也行|能来|有空|有时间|方便|没事")
_OTHER_TIME = re.compile(r"平时|白天|晚上|工作日|周[一二三四五]|星期[一二三四五]|礼拜[一二三四五]")


def weekends_refused(text: str) -> list[Fact]:
    """The person's own refusal of both weekend days, quoting the clause (or the two) that say it; none that is
    another's, past, asked, supposed or taken back as a refusal of the other families (`refusal_owner.not_own`)."""
    spans = list(CLAUSE.finditer(text))
    for i, span in enumerate(spans):
        clause, low = span.group(0), span.start()
        named = _NAMED.search(clause)
        if named is None or not _undenied(clause, named.start()):
            continue  # "也不是周六日上班不行"
        stop = _IN_CLAUSE.search(clause)
        if stop is not None:
            if _undenied(clause, stop.start("stop")) and not not_own(text, low + named.start(), low + stop.end()):
                return [_refusal(clause.strip())]  # not "老公周末出不来", "以前周末出不来", "周末出不来吗"
            continue
        following = spans[i + 1].group(0).strip() if i + 1 < len(spans) else ""
        next_refuses = _NEXT.match(following) and not _OTHER_TIME.search(clause + following)
        if next_refuses and not _OFFERED.search(clause) and not not_own(text, low + named.start(), spans[i + 1].end()):
            return [_refusal(f"{clause.strip()}，{following}")]
    return []


def _undenied(clause: str, at: int) -> bool:
    """Whether the words at `at` are not denied ("周末不是出不来", "没说周六日上班不行")."""
    return not refusal_denied(clause, at) and not re.search(r"不是|并不|没说|并非", clause[max(0, at - 4) : at])


def _refusal(words: str) -> Fact:
    return Fact(Family.SCHEDULE, "no_weekends", as_evidence(words), 0.8, None, Modality.LIMIT)


# a posting asking for the weekend: "周末也要来", "周六周日都要来店里", "礼拜六礼拜天照常上班"
_ASKED = re.compile(
    rf"{WEEKEND}(?:也|都|照常|正常|一样)?(?:要|需要?|得)?(?:来|过来|到岗|到店|来店里|上班|出勤|值班|工作)(?!的话)"
    r"(?![^，。；,;]{0,6}?(?:另|倍|工资|薪|费|补贴|计算|算|元|块))"  # "周末工作另算加班费": paid, not the rota
)


def weekends_asked(sentence: str) -> list[Fact]:
    """A posting's weekend work said with the days' names and coming in, not negated ("周末不用来" asks none)."""
    for m in _ASKED.finditer(sentence):
        if not is_negated(sentence, m.start()):
            return [Fact(Family.SCHEDULE, "weekends_worked", as_evidence(m.group(0)), 0.8)]
    return []
