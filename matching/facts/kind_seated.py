"""A seat kept all shift (issue 22, session 18): the text says it ("久坐", "坐班", "坐岗", "坐着打包", "一直坐着"), or
the post's own name is work done at a desk, a screen, a sewing machine or a wheel (客服, 话务员, 文员, 录入, 会计, 平车工,
司机). Read as `kind_nouns.SITTING`, which a person whose back or legs fail on a long seat refuses ("不能久坐",
"坐久了腰疼": `body_heat_noise`). A seat the text only allows ("可以坐着", "能坐着") asks none, nor does one it takes
back ("站坐结合", "可以起来走动"); a post that runs the desk ("客服主管") or goes out ("外勤") implies none. Hours the
worker sets ("时间自由") leave a desk at will, not a driver's seat ("网约车司机，时间自由": session 19)."""

from __future__ import annotations

import re

from matching.facts.cues import is_negated
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.kind_climate import waived
from matching.facts.kind_nouns import EASING, SITTING
from matching.facts.posted_role import hired_in_place, posted_roles

__all__ = ["seated_demands"]

CONFIDENCE = 0.6  # as `kinds.CONFIDENCE`: the kind's usual work, not this post's words

# a seat the text states, as the way the work is done; not one it allows ("可以坐着收银", "能坐着干")
_STATED = re.compile(
    r"久坐|长时间坐(?:着)?|(?:一直|整天|全天|一整天|成天)坐着|坐(?:一|一整)天|坐(?:班|岗|店)|"
    r"坐(?:在)?(?:岗亭|办公室|服务台|大堂|电脑前|车间里?)|"
    r"(?<![可能以])坐着(?=(?:的)?(?:干|做|打包|装|贴|录|打字|插|拆|收|看|登记|包装|穿|拣|编|织|钩|勾|扎|给|发|工作|上班|干活|作业|操作|为主))"
)
# the desk, the screen, the sewing machine and the wheel: done seated all shift
_SEATED_KINDS = re.compile(
    r"客服(?!务)|话务|接线员|文员|录入|打字员|数据标注|标注员|会计|出纳|平车|车位工|缝纫工|(?:服装|制衣|毛衫)[^，。；,;]{0,3}车工|"
    r"司机|驾驶员"
)
# a post that runs the desk or works away from it ("客服主管", "外勤会计", "跟车司机"), a wheel kept two hours a day
# (班车, 校车) or a forklift got on and off (a 前移式 is driven standing)
_NOT_SEATED = re.compile(
    r"主管|经理|领班|组长|队长|督导|主任|负责人|培训|讲师|老师|外勤|上门|跑|兼(?:装卸|搬运)|跟车|班车|校车|厂车司机|叉车|代驾"
)
# hours the worker sets, which ease a desk's seat ("居家数据标注，时间自由") but not a wheel's: a driver sits however free
# the hours ("网约车司机，时间自由")
_OWN_HOURS = re.compile(r"时间自由|自由安排时间|来几个钟头都行")
_WHEEL = re.compile(r"司机|驾驶员")


def seated_demands(title: str, text: str) -> list[Fact]:
    """A seat kept all shift: stated in the text (a `stated` fact quoting it), else implied by the post's name (an
    `implied` one quoting the noun); an `eased` fact where the text takes it back ("站坐结合")."""
    stated = next((m for m in _STATED.finditer(text) if not waived(text, m.start())), None)
    if stated is not None:
        eased = _easing(text, wheel=False)
        if eased is not None:
            return [_eased(eased)]
        return [Fact(Family.PHYSICAL, "stated", as_evidence(stated.group(0)), 0.8, SITTING)]
    kind = _seated_kind(title, text)
    if kind is None:
        return []
    eased = _easing(text, wheel=bool(_WHEEL.fullmatch(kind)))
    if eased is not None:
        return [_eased(eased)]
    return [Fact(Family.PHYSICAL, "implied", as_evidence(kind), CONFIDENCE, SITTING, Modality.IMPLIED)]


def _seated_kind(title: str, text: str) -> str | None:
    """The seated kind the post's own name says (客服, 平车工, 司机), of the post hired or of a role it lists; not one
    that runs the desk or goes out (`_NOT_SEATED`), nor one negated."""
    post = hired_in_place(title, text) or title.rpartition("招聘")[2]
    for name in [post, *posted_roles(title, text)]:
        kind = _SEATED_KINDS.search(name)
        if kind is not None and not _NOT_SEATED.search(name) and not is_negated(name, kind.start()):
            return kind.group(0)
    return None


def _easing(text: str, wheel: bool) -> str | None:
    """The first words that take the seat back ("站坐结合"); for a wheel, not hours the worker sets ("时间自由")."""
    easings = (m.group(0) for m in EASING[SITTING].finditer(text))
    return next((words for words in easings if not (wheel and _OWN_HOURS.fullmatch(words))), None)


def _eased(words: str) -> Fact:
    return Fact(Family.PHYSICAL, "eased", as_evidence(words), CONFIDENCE, SITTING, Modality.IMPLIED)
