"""What a job's kind asks of the body when its text is silent (issue 22, session 11): a 家政 cleaner bends by the
skirting, a 洗碗工's hands are in cold water, a 外卖骑手 climbs the stairs of old estates, a 超市理货员 carries cases, a
酒店前台 stands, a 饭馆服务员 walks between tables. Read from the job nouns of the post's own name (the words after
"招聘"), each an `implied` fact (`Modality.IMPLIED`, valued by the demand) quoting the noun; a post that runs the work
rather than doing it ("保洁主管", "快递网点客服", "驿站") implies none, and the text's own words that the demand is not
made ("不用弯腰", "有电梯", "坐着", "无需搬运", "有洗碗机") keep it out and are kept instead as an `eased` fact quoting them
(`explanations` says so to a person who refuses it). Bending and wet hands the text states ("蹲着擦", "手整天泡水里")
are `stated` facts, which no other reader keeps. `Limits.fits` keeps a post out where one of these meets a demand the
person refuses (`refused_demands`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from matching.facts.bits import JobBits
from matching.facts.body_hands import HAND_KINDS
from matching.facts.cues import is_negated
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.kind_air import AIR_DUTIES, AIR_KINDS
from matching.facts.kind_climate import CLIMATE_DUTIES, CLIMATE_KINDS
from matching.facts.kind_labelled import LABELLED_KINDS, MORE_LABELLED_KINDS
from matching.facts.kind_labelled3 import OWN_WORK, RUNS, THIRD_LABELLED_KINDS
from matching.facts.kind_labelled4 import FOURTH_LABELLED_KINDS
from matching.facts.kind_labelled4 import OWN_WORK as FOURTH_OWN_WORK
from matching.facts.kind_nouns import (
    AIR,
    BEND,
    COLD_WET,
    DEMAND_WORDS,
    DEMANDS,
    DONE_BY_ANOTHER,
    DUTIES,
    DUTY_WAIVED,
    EASING,
    FINE,
    HANDS,
    HEAT,
    HEIGHTS,
    KINDS,
    LATER_ROLE,
    LIFTING,
    NOISE,
    NOT_DOING,
    SAME_WORK,
    SITTING,
    STAIRS,
    STANDING,
    STATED_WORDS,
    TRADE_ONLY,
    WALKING,
)
from matching.facts.kind_roles import CARE_DUTIES, HIRED_HAND, ROLE_KINDS, listed_roles
from matching.facts.kind_rounds import ROUND_DUTIES, ROUND_KINDS
from matching.facts.kind_trades import DUTY_EASED, TRADE_KINDS
from matching.facts.loads import SHORT
from matching.facts.physical import part_day
from matching.facts.posted_role import hired_in_place, posted_roles

__all__ = [
    "AIR",
    "BEND",
    "COLD_WET",
    "CONFIDENCE",
    "DEMANDS",
    "DEMAND_WORDS",
    "EASED",
    "FINE",
    "HANDS",
    "HEAT",
    "HEIGHTS",
    "IMPLIED",
    "LIFTING",
    "NOISE",
    "NOT_DOING",
    "SITTING",
    "STAIRS",
    "STANDING",
    "STATED",
    "WALKING",
    "BodyLimits",
    "implied_refused",
    "kind_demands",
    "refused_demands",
    "stated_demands",
    "stops_bending",
]

IMPLIED, EASED, STATED = "implied", "eased", "stated"
CONFIDENCE = 0.6  # below any stated fact's: the kind's usual work, not this post's words
_NOUNS = tuple(
    (re.compile(words), demands)
    for words, demands in KINDS
    + TRADE_KINDS
    + ROLE_KINDS
    + ROUND_KINDS
    + AIR_KINDS
    + CLIMATE_KINDS
    + HAND_KINDS
    + LABELLED_KINDS
    + MORE_LABELLED_KINDS
    + THIRD_LABELLED_KINDS
    + FOURTH_LABELLED_KINDS
)
_OWN = tuple((re.compile(words), demands) for words, demands in OWN_WORK + FOURTH_OWN_WORK)
_DUTIES = tuple(
    (re.compile(words), demands) for words, demands in DUTIES + CARE_DUTIES + ROUND_DUTIES + AIR_DUTIES + CLIMATE_DUTIES
)


def stated_demands(text: str) -> list[Fact]:
    """Bending and cold or wet hands the text itself states ("蹲着擦地脚线", "手整天泡水里"): `stated` facts valued by
    the demand, kept out where negated ("不用蹲着擦")."""
    found = []
    for demand, pattern in STATED_WORDS.items():
        m = next((m for m in pattern.finditer(text) if not is_negated(text, m.start())), None)
        if m is not None:
            found.append(Fact(Family.PHYSICAL, STATED, as_evidence(m.group(0)), 0.8, demand))
    return found


def kind_demands(title: str, text: str, stated: Iterable[Fact] = ()) -> list[Fact]:
    """The bodily demands the post's name implies, each an `implied` fact valued by the demand and quoting the noun;
    one the text says is not made is an `eased` fact quoting those words instead. Standing the text already says is
    short (`stated`: a `standing` fact valued short, "中午十一点到一点半") or a part day the text states ("早上7点到11点") is left as the text has it."""
    stated = list(stated)
    short = any(f.code == "standing" and f.value == SHORT for f in stated) or part_day(stated, text)
    post = hired_in_place(title, text) or title.rpartition("招聘")[2]  # "XX木工坊｜招收银": the cashier's post
    found: dict[str, Fact] = {}
    for name in [post, *posted_roles(title, text)]:  # a bare title ("招聘", "超市") leaves the job to the text
        if NOT_DOING.search(name):
            if name is post:  # one who runs, sells or keeps the books; a labelled few do the work (`_own_work`)
                own = _own_work(name).items()
                return [_implied_or_eased(d, noun, text) for d, noun in own if not (short and d == STANDING)]
            continue
        for demand, noun in _heads(name).items():
            if demand not in found and not (short and demand == STANDING):
                found[demand] = _implied_or_eased(demand, noun, text)
    if not found and title.strip():  # "工地招钢筋工、架子工": what every role of a list asks (a posting's, titled)
        for demand, noun in _common([_heads(role) for role in listed_roles(text)]).items():
            if not (short and demand == STANDING):
                found[demand] = _implied_or_eased(demand, noun, text)
    for duty, demands in _DUTIES:  # duties the text lists imply what the name's noun would
        said = next((m.group(0) for m in duty.finditer(text) if not _waived(text, m.start(), m.end())), "")
        for demand in demands if said else ():
            found.setdefault(demand, _implied_or_eased(demand, said, text))
    return list(found.values())


def _heads(name: str) -> dict[str, str]:
    """The demands the kind nouns heading a name imply, each with the noun that implies it."""
    out: dict[str, str] = {}
    if NOT_DOING.search(name):
        return out
    for noun, demands in _NOUNS:
        m = next((m for m in noun.finditer(name) if _is_head(m.group(0), name[m.end() :])), None)
        if m is not None and not is_negated(name, m.start()):
            for demand in demands:
                out.setdefault(demand, m.group(0))
    return out


def _own_work(name: str) -> dict[str, str]:
    """The demands of a labelled kind whose name `NOT_DOING` would silence (`kind_labelled3.OWN_WORK`,
    `kind_labelled4.OWN_WORK`: 电话销售, 出纳, 行政助理, 视频剪辑), each with its noun; none where the name also names
    one who runs the work (`kind_labelled3.RUNS`: 电话销售主管, 出纳组长)."""
    out: dict[str, str] = {}
    if RUNS.search(name):
        return out
    for noun, demands in _OWN:
        if (m := noun.search(name)) is not None:
            for demand in demands:
                out.setdefault(demand, m.group(0))
    return out


def _common(heads: list[dict[str, str]]) -> dict[str, str]:
    """The demands every one of several roles implies, with the first role's noun."""
    if len(heads) < 2:
        return {}
    return {demand: noun for demand, noun in heads[0].items() if all(demand in other for other in heads[1:])}


def _waived(text: str, start: int, end: int) -> bool:
    waived = is_negated(text, start) or bool(DUTY_WAIVED.search(text, max(0, start - 6), start))
    return waived or bool(DONE_BY_ANOTHER.match(text, end))  # "擦楼道扶手的活由别人干"


def _is_head(noun: str, after: str) -> bool:
    """Whether a kind noun names what the person is: no other job noun follows it in the post's name, or the one that
    does only says how its own work is done ("冻品分拣员", "家政服务员", "外卖配送员")."""
    later = LATER_ROLE.match(after)
    if later is None or HIRED_HAND.match(after):
        return True
    own = TRADE_ONLY.get(noun, SAME_WORK)
    return not later.group("stem") or bool(own.search(later.group("stem")))


def _implied_or_eased(demand: str, noun: str, text: str) -> Fact:
    eased = EASING[demand].search(text) or (DUTY_EASED[demand].search(text) if demand in DUTY_EASED else None)
    if eased is None:
        return Fact(Family.PHYSICAL, IMPLIED, as_evidence(noun), CONFIDENCE, demand, Modality.IMPLIED)
    return Fact(Family.PHYSICAL, EASED, as_evidence(eased.group(0)), CONFIDENCE, demand, Modality.IMPLIED)


def stops_bending(f: Fact) -> bool:
    """A person's bending or squatting said to fail (`body`), or a wheelchair."""
    return f.code in ("no_bending", "wheelchair")


class BodyLimits(Protocol):
    """What `refused_demands` reads of a person's `Limits` (named here so that kinds.py need not import limits.py,
    which imports it)."""

    @property
    def no_bending(self) -> bool: ...
    @property
    def no_cold_wet(self) -> bool: ...
    @property
    def no_dust(self) -> bool: ...
    @property
    def stairs_said(self) -> bool: ...
    @property
    def stands_none(self) -> bool: ...
    @property
    def exclude(self) -> int: ...
    @property
    def because(self) -> tuple[tuple[int, Fact], ...]: ...


def refused_demands(limits: BodyLimits) -> frozenset[str]:
    """The bodily demands a job's kind implies that the person's limits refuse."""
    hands = any(f.code == "no_hands" for _, f in limits.because)  # one hand that does not work (`body_hands`)
    said = {
        BEND: limits.no_bending,
        COLD_WET: limits.no_cold_wet,
        STAIRS: limits.stairs_said,
        LIFTING: bool(limits.exclude & JobBits.LIFTING),
        STANDING: bool(limits.exclude & JobBits.STANDING) or limits.stands_none,
        # legs and feet, not field work refused; a wheelchair (the third review: 巡逻 for one who wheels)
        WALKING: any(f.code in ("no_walking", "wheelchair") for _, f in limits.because),
        HEIGHTS: bool(limits.exclude & JobBits.HEIGHT),
        FINE: any(f.code == "no_fine_sight" for _, f in limits.because),  # eyes that cannot follow fine work
        AIR: limits.no_dust,  # smoke, dust or smells the person cannot breathe (a weak chest, under consent, too)
        # session 18: heat, noise or a long seat the person says fail them (`body_heat_noise`)
        HEAT: any(f.code == "no_heat" for _, f in limits.because),
        NOISE: any(f.code == "no_noise" for _, f in limits.because),
        SITTING: any(f.code == "no_sitting" for _, f in limits.because),
        HANDS: hands,
    }
    return frozenset(demand for demand, refused in said.items() if refused)


def implied_refused(refused: frozenset[str], job_facts: Iterable[Fact]) -> list[Fact]:
    """The posting's implied or stated demands of this module that the person refuses (`refused_demands`)."""
    return [f for f in job_facts if f.code in (IMPLIED, STATED) and f.value in refused] if refused else []
