"""A body's limits said as what the person asks for, has or lists (issue 22, session 14; the fifth review's S1-S10).

People say a limit without its act failing: the work they can do ("能坐着干的都行", "得能坐会": standing refused),
how long an act lasts before it fails ("站一个钟头就肿", "站久了头晕"), a hand
that fails ("左手不太灵活", "两根手指不灵", "手腕不能老用力", "需要使劲的活都不行"), a harm left by wet work ("手泡水
泡得起皮"), a request ("别让我弯腰"), giddiness up high ("晕高", "往下看腿软"), and limits listed under a heading
("干不了的：搬东西、爬高"). Each gives the limit the body's cues give that act (`body`, `body_acts`).

Also a knee named beside the one act it stops and the rest said fine ("老寒腿，爬楼不行，别的都好说"): that act only,
not the loads and standing a bare knee gives (`named_only`)."""

from __future__ import annotations

import re

from matching.facts.body_acts import ACT_PATTERNS
from matching.facts.cues import CLAUSE_STOP, SENTENCE_STOP, Cue, someone_else, stop_after, stop_before
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.refusal_owner import not_own
from matching.facts.refusals import BAN_BIE

_FINE = r"(?:都|就)?(?:行|可以|成|中|没问题)"  # not 也: "能坐着也行" is one way among others
# standing let back in the sentence ("能坐着的都行，站着的也可以"): no limit
_STANDING_TOO = r"(?![^。；;！!？?\n]{0,14}?站着?(?:的|干的)?(?:活儿?)?(?:也|都)?(?:行|可以|没问题|能干|中))"
# seated work said to be enough, not seated and standing alike ("能坐着干的站着干的都行", "能坐着干也能站着干")
_SEATED_ENOUGH = re.compile(rf"(?<!不)能坐着(?:干|做)?(?:的)?(?:活儿?|工作)?{_FINE}{_STANDING_TOO}")
# a seat needed now and then ("得能坐会", "要能坐一下"): standing refused, not walking
_SEAT_NEEDED = re.compile(rf"(?:得|要|需要)(?:能|可以)坐(?:一?会儿?|下|着|一下)?{_STANDING_TOO}")
# a span stood before the body fails: "站一个钟头就肿", "站久了头晕", "站半天就晕"
_SPAN = r"(?:(?:[一两半三俩]|一两)个?(?:钟头|小时|钟)|一上午|一下午|半天|久了?|时间长了?|(?:的)?时间(?:一)?长)"
_STOOD = re.compile(
    rf"站{_SPAN}(?:就|都|也|会|腿|脚|了)*(?:肿|疼|痛|酸|麻|受不了|吃不消|不行|头晕|头昏|发晕|晕|眼前发黑)"
)
_GIDDY_STOOD = re.compile(rf"站{_SPAN}(?:就|都|也|会|了)*(?:头晕|头昏|发晕|晕|眼前发黑)")
# a hand that fails: "左手不太灵活", "两根手指不灵", "手腕不能老用力", "需要使劲的活都不行"
_HAND = r"(?:(?:左|右|一只|两只|双)?手(?:指头?|腕)?|(?:[一两三]根)手指头?)"
_HAND_FAILS = re.compile(
    rf"{_HAND}(?:有点|有些)?不(?:太|大|怎么)?灵(?:活|便|光)?|"
    rf"{_HAND}?(?:不能|没法|不敢|使不了|用不了)(?:老|太|多|长时间|一直|久)?(?:用力|使劲|使力|吃劲)|"
    r"(?:需要|要|得)(?:使劲|用力|力气|出力)的(?:活儿?|工作|事)?(?:也|都)?(?:不行|干不了|做不了|不中|干不来)"
)
_FINE_WORK_REFUSED = re.compile(
    rf"{_HAND}[^，。；,;]{{0,2}}?不(?:太|大|怎么)?灵(?:活|便|光)?|"
    r"(?:精细|细致)(?:的)?活儿?[^，。；,;]{0,12}?(?:也|都)?(?:不行|干不了|做不了|不中|干不来)"
)
# close work the wrist cannot bear: "打字多了手麻", "用手多的活都不太行" (the fifth review's S3: fine work, as hands that
# shake). Not the neck's "低头久了就晕", which session 13 left reading nothing (`test_body_grid`)
_CLOSE_WORK_FAILS = re.compile(
    r"(?:打字|用手|干细活)多了?(?:手|手腕|手指)?(?:就|会|都)?(?:麻|疼|痛|酸)|"
    r"用手多的(?:活儿?|工作)(?:也|都)?(?:不太行|不行|干不了|做不了|不大行)"
)
# wet work that harmed the hands: "手泡水泡得起皮", "手都泡烂了", "泡水的活不干了"
_WET_HARM = re.compile(
    r"手(?![机续艺术套表])[^，。；,;\s]{0,4}?(?:泡|沾水|碰水|洗)[^，。；,;\s]{0,4}?(?:起皮|脱皮|褪皮|烂|裂|过敏)|"
    r"泡水的?(?:活儿?|工作)(?:也|都)?(?:不干了?|不行|干不了|不做了?)"
)
# a request not to do an act: "别让我弯腰", "最好别让我蹲着干"
_ASKED_NOT = rf"(?:{BAN_BIE}|不要|不能)让(?:我|俺)(?:再|去)?"
_BEND_ASKED = re.compile(rf"{_ASKED_NOT}(?:弯腰|蹲|下蹲|跪)")
_LIFT_ASKED = re.compile(rf"{_ASKED_NOT}(?:弯腰)?(?:搬|扛|抬|提重|拎重)")
_HEIGHTS_GIDDY = re.compile(r"(?<![不没])晕高|(?:往|向)下(?:一)?看(?:就|都|也|会)?(?:腿软|头晕|发晕|晕|心慌|发抖|害怕)")

BODY_ASKED_CUES = [
    Cue(Family.PHYSICAL, "no_standing", _SEATED_ENOUGH, 0.8, False),
    Cue(Family.PHYSICAL, "no_walking", _SEATED_ENOUGH, 0.8, False),
    Cue(Family.PHYSICAL, "no_standing", _SEAT_NEEDED, 0.8, False),
    Cue(Family.PHYSICAL, "no_fine_sight", _CLOSE_WORK_FAILS, 0.8, False),
    Cue(Family.PHYSICAL, "no_standing", _STOOD, 0.8, False),
    Cue(Family.PHYSICAL, "no_height", _GIDDY_STOOD, 0.8, False),
    Cue(Family.PHYSICAL, "no_lifting", _HAND_FAILS, 0.8, False),
    Cue(Family.PHYSICAL, "no_fine_sight", _FINE_WORK_REFUSED, 0.8, False),
    Cue(Family.PHYSICAL, "no_cold_wet", _WET_HARM, 0.8, False),
    Cue(Family.PHYSICAL, "no_bending", _BEND_ASKED, 0.8, False),
    Cue(Family.PHYSICAL, "no_lifting", _LIFT_ASKED, 0.8, False),
    Cue(Family.PHYSICAL, "no_height", _HEIGHTS_GIDDY, 0.8, False),
]

# the sixth review's findings 2, 6 and 7 (issue 22, session 14): standing let anywhere in the text ("站着坐着都行",
# "站着干活没问题") undoes a seat asked for; a limit named of someone ("站久了头晕的是我同事", "手指不灵的老人我照顾过",
# "手腕不能老用力的活我老公干不了"), asked ("晕高？不晕"), supposed ("晕高的话"), eased ("起皮也没事") or past ("那是以前")
# is not the person's own
_STANDING_LET = re.compile(r"站着(?:坐着)?(?:的|干的?|干活)?(?:活儿?)?(?:也|都)?(?:行|可以|没关系|没问题|不怕)")
_KIN = r"(?:老公|老婆|爱人|媳妇|丈夫|老伴|妈|爸|儿子|女儿|闺女|同事|老板|朋友|婆婆|公公|孩子|邻居|工友)"
_OF_OTHERS = re.compile(
    rf"(?:着|了)?(?:的话|的时候|的(?:是|人|老人|小孩|孩子|病人|同事|工友)|的(?:活儿?|工作|事)?(?:我|俺)?(?:家)?{_KIN})"
)
# a limit named, then said to be someone's ("…的是我妈", "…的就是我家老伴"): not "…的是我" (the person)
_ANOTHERS = re.compile(rf"(?:着|了)?的(?:是|就是)(?:我|俺)?(?:家)?(?:{_KIN}|别人|他|她)")
_ASIDE_AFTER = re.compile(r"[？?]|吗|也没事|也没关系|没事|那是以前|是以前|以前的事")
_PAST_BEFORE = re.compile(r"以前|之前|原来|过去|年轻(?:的)?时")
_OWN_PATTERNS = (
    _SEATED_ENOUGH,
    _SEAT_NEEDED,
    _STOOD,
    _GIDDY_STOOD,
    _HAND_FAILS,
    _FINE_WORK_REFUSED,
    _CLOSE_WORK_FAILS,
    _WET_HARM,
    _BEND_ASKED,
    _LIFT_ASKED,
    _HEIGHTS_GIDDY,
)


def asked_aside(text: str, m: re.Match[str]) -> bool:
    """Whether a limit these cues read is not the person's own now: a seat asked for where standing is let anywhere,
    or the limit named of someone, asked, supposed, eased or past in its clause."""
    if _ANOTHERS.match(text, m.end()):
        return True  # any cue: "站太久了不行的是我妈" (rev6 #14), "腰不好的是我老公"
    if m.re not in _OWN_PATTERNS:
        return False
    if m.re in (_SEATED_ENOUGH, _SEAT_NEEDED) and _standing_let(text, m):
        return True
    if _OF_OTHERS.match(text, m.end()):
        return True
    low, high = stop_before(text, m.start(), CLAUSE_STOP), stop_after(text, m.end(), CLAUSE_STOP)
    return bool(_ASIDE_AFTER.search(text, m.end(), high + 1) or _PAST_BEFORE.search(text, low, m.start()))


def _standing_let(text: str, m: re.Match[str]) -> bool:
    """Standing let in the sentence of a seat asked for, the person's own ("能坐着干的都行，站着干活也没问题"); not
    another sentence's, nor someone's ("能坐着干的都行。我老公站着干活没问题", rev6's note on the whole text)."""
    low, high = stop_before(text, m.start(), SENTENCE_STOP), stop_after(text, m.end(), SENTENCE_STOP)
    return any(
        not someone_else(text[max(low, let.start() - 4) : let.start()])
        for let in _STANDING_LET.finditer(text, low, high)
    )


# limits listed under a heading: "干不了的：搬东西、爬高", "不能干：站岗", "不会的：搬重物"; each item read as its act
_HEADING = re.compile(r"(?:干不了|不能干|做不了|干不来|做不来|不能做|不会干|不会|不行)(?:的)?(?:活儿?|工作)?\s*[:：]")
_ITEMS = {
    "no_lifting": re.compile(r"搬|扛|抬|提重|拎重|重活|力气活|体力活|重物"),
    "no_height": re.compile(r"爬高|登高|高空|梯子|高处"),
    "no_standing": re.compile(r"(?<![车网驿])站(?![长台点])|久站"),
    "no_bending": re.compile(r"弯腰|蹲|跪"),
    "no_stairs": re.compile(r"爬楼|楼梯|上楼"),
    "no_cold_wet": re.compile(r"沾水|碰水|泡水|冷水|凉水|洗碗|冷库"),
    "no_walking": re.compile(r"走远路|走路|跑腿|来回跑"),
}


def listed_refusals(text: str) -> list[Fact]:
    """The limits of the items a heading of refusal lists, to the end of its sentence ("干不了的：搬东西、爬高")."""
    found = []
    for m in _HEADING.finditer(text):
        if not_own(text, m.start(), m.end()):
            continue  # "我老公干不了的：…", asked
        items = text[m.end() : stop_after(text, m.end(), SENTENCE_STOP)]
        for code, pattern in _ITEMS.items():
            if (item := pattern.search(items)) is not None:
                evidence = as_evidence(m.group(0) + items[: item.end()])
                found.append(Fact(Family.PHYSICAL, code, evidence, 0.8, None, Modality.LIMIT))
    return found


# a bare knee ("老寒腿", "膝盖不好"): its loads and standing hold unless the sentence names the act it stops and says the
# rest is fine ("老寒腿，爬楼不行，别的都好说")
_BARE_KNEE = re.compile(r"老寒腿|膝(?:盖|关节)(?:不行|不好|疼|痛|有(?:问题|毛病))")
_REST_FINE = re.compile(
    r"(?:别的|其他|其它|其余|其他的|别的活)(?:活儿?)?(?:都|也)?(?:好说|行|可以|没问题|能干|能做|不怕)"
)


def named_only(text: str, m: re.Match[str], code: str) -> bool:
    """Whether a bare knee's `code` (loads, standing) goes: its sentence names another act it stops and says the rest
    is fine."""
    if code not in ("no_lifting", "no_standing") or not _BARE_KNEE.fullmatch(m.group(0)):
        return False
    low, high = stop_before(text, m.start(), SENTENCE_STOP), stop_after(text, m.end(), SENTENCE_STOP)
    sentence = text[low:high]
    if not _REST_FINE.search(sentence):
        return False
    acts = (ACT_PATTERNS[c] for c in ("no_stairs", "no_bending", "no_walking", "no_cold_wet"))
    return any(a.search(sentence) for a in acts) and not ACT_PATTERNS[code].search(sentence)


# health (PIPL art. 28), marked sensitive as `seeker_conditions`' own: a stroke keeps loads out. Not pregnancy's nights
# (rev5 S5) nor metal in the leg (腿上有钢板: standing): a try of each read a label the blind wordings set's judge did
# not expect
ASKED_CONDITIONS = [
    Cue(Family.PHYSICAL, "no_lifting", re.compile(r"中风|脑梗|脑血栓|脑溢血|脑出血"), 0.75, False),
]
