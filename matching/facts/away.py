"""What a person says they will not do away from home: live in, travel, field work, drive; and not going out at all.

The posting side reads `live_in` (`lodging`), `travel` and `field` (`workplace`) and driving licences (`driving`); these are
the person's side of them. Only a plain cannot or will-not is a limit ("不住家", "不想出差", "不跑外勤", "有C1但不敢
开"); a hedge ("最好不出差", "不出差也行") reads as a wish, which excludes nothing. "不能经常出差" limits only trips a
posting says are frequent (value "often", `Limits.away_kinds`). A dormitory ("不想住宿舍") is not a live-in post: a
job with housing may be taken without using it, so it reads nothing here.
"""

from __future__ import annotations

import re

from matching.facts.cues import Cue, clause_around, is_negated, refusal_denied, someone_else
from matching.facts.fact import Fact, Family, Modality, as_evidence

_WILL_NOT = r"不(?:能|想|愿意?|接受|方便|可以|考虑|会)?"
_OFTEN = r"(?:经常|常常?|频繁|长期|总是?|老是?|天天|一直)"
_TRIPS = "出差(?![错别距异])|跑外地|去外地|外派|驻外|出远门"
_LEGWORK = "跑外勤|做外勤|干外勤|外勤|跑业务|跑市场|跑客户|扫街|地推|上门推销"

_AWAY_CUES = [
    Cue(
        Family.LODGING,
        "no_live_in",
        re.compile(
            _WILL_NOT + r"住(?:家|在?(?:雇主|客户|东家|别人)家|校|在学校)(?!附近|周边|里|这边|那边)|"
            r"住(?:家|校)(?:的)?(?:不行|不干|不做|不接|不考虑|干不了)|"  # "不住校": a teacher who sleeps at home (s22)
            r"不能(?:住在外面|在外(?:面)?(?:住|过夜))|(?:晚上|每天|天天)(?:都)?(?:要|得|必须|需要)回(?:自己)?家(?:住|睡)?"
        ),
        0.85,
        False,
    ),
    Cue(
        Family.PLACE,
        "no_travel",
        re.compile(
            rf"{_WILL_NOT}{_OFTEN}(?:在外地|{_TRIPS})|{_WILL_NOT}(?:跑|开)?长途|{_WILL_NOT}(?:{_TRIPS})|"
            r"出差(?:的)?(?:也|都)?(?:不行|不去|不干|不做|不接受|干不了|去不了)|(?:跑不了|跑不动)长途|长途(?:的)?(?:不跑|跑不了|不行|不干)|"
            # carsickness rules out the coach and the car as much as "不能出差" does; "长途是不想再跑了", "不想再出远门"
            r"(?<!不)晕车|不(?:想|能|愿意?)?再(?:跑|开)长途|长途(?:是|就)(?:不想|不跑|不干|不开|跑不了)|长途(?:的)?不想|"
            r"不(?:想|能)?再出远门"
        ),
        0.85,
        False,
    ),
    Cue(
        Family.PLACE,
        "no_field",
        re.compile(
            rf"{_WILL_NOT}{_OFTEN}?(?:在外(?:面|头)?跑|{_LEGWORK})|"
            r"(?:外勤|业务)(?:的)?(?:不行|不跑|不做|不干|跑不了|干不了)|只(?:想|能|愿意)(?:在|坐)办公室"
        ),
        0.85,
        False,
    ),
    Cue(  # a licence held but not used: suspended ("扣满分"), or a driver who will not drive ("有C1但不敢开")
        Family.LICENCE,
        "no_driving",
        re.compile(
            r"(?:扣满|扣光|扣完)了?(?:12)?分|(?:驾照|驾驶证|本子)(?:被)?暂扣|"
            r"(?<!晚上)(?<!夜里)(?<!夜间)不敢开(?=车|[，。；,;！!？?\s]|$)|不敢上路|(?:害怕|怕)开车|开车(?:心里)?(?:害怕|发怵|心慌)|"
            # one who cannot drive at all ("我不会开车"), not one learning ("不会开车，正在学") nor "会不会开车" (rev5 K1)
            r"(?<!会)(?:不会|没学过)开(?:汽)?车(?![，,\s]*(?:但是?|不过)?(?:正在|在|可以|愿意|想|能)学)"
        ),
        0.85,
        False,
    ),
]
_HEDGED = re.compile(r"最好|尽量|尽可能|希望|倾向|也行|也可|都行|都可以|无所谓|优先")
_OFTEN_SAID = re.compile(_OFTEN)
_OVER = re.compile(r"考回来|考回了|重新考|重新拿|重新领|拿回来|恢复了|已恢复|以前|曾经|之前")
_AWAY_POSTED = re.compile(r"外派|驻外")
_SALES_SAID = re.compile(r"业务|市场|客户|扫街|地推|推销")
# the kinds of trips and field work a person may refuse alone, as a posting's words say them: frequent ("经常出差",
# "长期出差", "驻外", "跑长途"), and sales legwork ("跑客户", "拜访", "地推"), not deliveries or home services
KINDS = {
    "often": re.compile(r"经常|频繁|长期|常年|常驻|驻外|外派|较多|长途|天天|每天|一直|大部分时间|多数时间"),
    "sales": re.compile(r"拜访|陌拜|扫街|地推|跑(?:市场|业务|客户)|开拓|展业|推销|推广|洽谈"),
}
# Not going out at all: "我坐轮椅，出门不方便": home work is what the person can do, not a wish (`reader`)
_HOME_BOUND = re.compile(
    r"(?<!晚上)(?<!夜里)(?<!天黑)(?<!晚上天黑)(?:出门(?:不方便|困难|很难|难)|不方便出门|出不了门|不能出门|没法出门|行动不便)"
)


def seeker_away(text: str) -> list[Fact]:
    """The person's refusals of living in, travel, field work and driving: limits, or wishes when hedged."""
    found: list[Fact] = []
    for cue in _AWAY_CUES:
        for m in cue.pattern.finditer(text):
            before = text[max(0, m.start() - 8) : m.start()]
            if someone_else(before) or refusal_denied(text, m.start()):
                continue  # "孩子不住家", "不是不想出差"
            if m.group(0)[0] != "不" and is_negated(text, m.start()):
                continue  # "不怕开车"
            if cue.code == "no_driving" and _OVER.search(text, max(0, m.start() - 6), m.end() + 16):
                continue  # "去年扣满12分，已经重新考回来了": the suspension is over
            clause = clause_around(text, m.start(), m.end())
            modality = Modality.WISH if _HEDGED.search(clause.replace(m.group(0), "")) else Modality.LIMIT
            found.append(
                Fact(
                    cue.family,
                    cue.code,
                    as_evidence(m.group(0)),
                    cue.confidence,
                    refused_kind(cue.code, m[0]),
                    modality,
                )
            )
    return found


def refused_kind(code: str, words: str) -> str | None:
    """Which trips or field work alone the words refuse: frequent ones ("不能经常出差"), sales legwork ("不想跑业务");
    None: all of them ("不想出差", "不跑外勤")."""
    if code not in ("no_travel", "no_field"):
        return None
    if _OFTEN_SAID.search(words) or (code == "no_travel" and _AWAY_POSTED.search(words)):
        return "often"  # "不接受外派", "不想驻外": postings away, not an occasional trip
    return "sales" if code == "no_field" and _SALES_SAID.search(words) else None


def home_bound(text: str) -> bool:
    """Whether the person says they cannot go out ("出门不方便", "行动不便"), not only in the evening."""
    return _HOME_BOUND.search(text) is not None
