"""A body's limits as the act that fails (issue 22, session 13; the third reviewer's classes 2, 3, 5, 6, 7 and 12).

People say what they cannot do as the act and its trouble, in any order and word: the act (站, 走, 爬楼, 搬, 端, 蹲,
弯腰, 跪, 碰凉水, 进冷库), how long or how far (久了, 多了, 远了, 时间长了, 一天下来, 哈子), the part that hurts (腿,
脚后跟, 膝盖, 腰, 手) and the trouble (疼, 痛, 酸, 麻, 肿, 遭不住, 费老劲, 直不起来): "站时间长了遭不住", "走远了腿
就痛", "膝盖一蹲就响就疼", "手一沾冷水就痛"; or the act with a potential complement ("站不得", "下不了蹲", "冻不得",
"进不了冷库"). One grammar reads them all, each act giving the limit the body's cues give it (`body`): standing,
walking far, stairs, loads, bending (with its loads, as `body._BENDING`), cold and wet hands.

Also read here: a wish for seated work said as the only one ("就想找个坐着的", "我得坐着干活": standing and walking far
refused), one hand or a crutch ("单手能干的都行", "拄拐", "截肢": loads, standing), hands that shake ("手抖，干不了精细
的": fine work), a kind of work refused by name or left for the body ("洗碗那种不行", "以前洗过碗，手泡烂了才不干的": the
demand `kind_nouns.KINDS` gives that kind first), and abilities said after a trouble ("能站一天", "走路没事"), which
take that act's limit back (`able_after`)."""

from __future__ import annotations

import re

from matching.facts.cues import SENTENCE_STOP, Cue, someone_else, stop_after
from matching.facts.fact import Family
from matching.facts.kind_nouns import BEND, COLD_WET, FINE, HEIGHTS, KINDS, LIFTING, STAIRS, STANDING, WALKING
from matching.facts.refusal_owner import not_own

_COLD = r"(?:凉|冷|冰)"
# each act as people name it, by the limit it gives; 站 not a station or a post (车站, 站岗, 站长), 弯 not a turn
_ACT = {
    # 站岗 only held long ("长时间站岗受不了", "站岗久了腿疼"): a guard's post named is no act ("不想站岗")
    "no_standing": r"(?<![车网驿油交公])站(?:着|立)?(?![岗长台点住起])|(?:长时间|一直|整天)站岗|站岗(?=久|(?:的)?时间(?:长|久))",
    "no_walking": r"(?<![行])走(?:路|远路|长路|远)?(?![楼廊道])",
    "no_stairs": r"(?:[二三四五六七八九\d]楼以上|(?:爬|上|走|下)(?:个)?楼(?:梯)?|上下楼(?:梯)?|楼梯)",
    "no_lifting": r"(?:搬|扛|抬|拎|端)(?:东西|重物|重的|重东西|货|箱子|盘子|托盘)?|提(?:东西|重物|重的|重东西|货|箱子)",
    "no_bending": r"(?<![拐转])(?:腰弯|弯腰|弯|下蹲|蹲(?:下(?:去)?)?|跪(?:下(?:去)?)?)",
    "no_cold_wet": rf"(?:碰|沾|摸|泡|下|见){_COLD}?水|(?:进|去)(?:冷库|冻库)|(?<![冷速])冻",
}
_WHILE = (
    r"(?:久了|多了|远了|(?:的)?时间(?:长|久)了|长了|一会儿?|一下|哈子|了?(?:一|半)(?:天|上午|下午)(?:下来)?|下来|久)"
)
_PART = r"(?:腿(?:肚子)?|脚(?:后跟|底板?|杆子|踝|脖子)?|小腿|大腿|腰|膝(?:盖|关节)|手(?:指|腕)?|关节|后背|背|胳膊|全身|身上)"
_TROUBLE = (
    r"(?:(?:发)?(?:疼|痛|酸|麻|肿|软)|喘|响|直不起(?:来|腰)?|起不来|受不了|吃不消|遭不住|扛不住|顶不住|费(?:老)?劲|费力|吃力|"
    r"不行|不中|难受|要扶|得扶|扶着)"
)
_ADV = r"(?:就|都|也|会|得|就会|就得|就要|要)?"
# an act whose own verb holds a complement ("站不得", "下不了蹲", "跪不下去", "进不了冷库", "冻不得", "爬不动楼")
_CANNOT = {
    "no_standing": r"站不(?:得|动)",
    "no_walking": r"走不(?:得|快|动)(?:远路|路)?|走不了(?:远路|路|远|太远|多远)|来回跑不(?:动|了)",  # not "走不了", cannot leave
    "no_stairs": r"(?:[二三四五六七八九\d]楼以上|楼梯?)(?:就|都|也)?(?:爬|上|走)不(?:动|了|得|上去)|(?:爬|上)不得楼梯?|"
    r"楼梯(?:尽量|最好|能)?(?:少|不)(?:走|爬|上)",
    "no_lifting": r"(?:搬|扛|抬|提|拎|端)不(?:得|了|动)(?:重|东西|重物|重的|托盘|盘子)?|不能(?:端|拎)重",
    "no_bending": r"下不(?:了|得|去)蹲|(?:跪|蹲)不(?:下去?|了|得)|弯不(?:得|下去)",
    "no_cold_wet": r"冻不(?:得|起)|(?:冻|冷)怕了|受不得冻|(?:进|去)不(?:了|得)(?:冷库|冻库)|(?:冷库|冻库)(?:进|去)不(?:了|得)|"
    rf"(?:不能|不敢)(?:长时间|久|老|一直)(?:碰|沾|泡){_COLD}?水|(?:碰|沾|摸)不(?:得|了)(?:洗洁精|洗涤剂|清洁剂|消毒水|洗衣粉)",
}


def _trouble(code: str) -> str:
    act = _ACT[code]
    return (
        rf"(?:{act}){_WHILE}?{_PART}?{_ADV}{_TROUBLE}|"  # "走远了腿就痛", "站时间长了遭不住"
        rf"{_PART}?一(?:{act}){_WHILE}?{_ADV}{_PART}?{_ADV}{_TROUBLE}|"  # "一站就腿痛", "膝盖一蹲就响"
        rf"{_CANNOT[code]}"
    )


ACT_PATTERNS = {code: re.compile(_trouble(code)) for code in _ACT}
# the only work wished for is seated ("就想找个坐着的", "只能干坐着的活", "我得坐着干活"), not "坐着站着都行"
_SEATED_ONLY = re.compile(
    r"(?:只能|只想|就想|只找|就找|必须|得|要)(?:找|干|做)?(?:个|份|点)?坐着(?:的|干的|干|做)(?:活儿?|工作|岗位?|事)?"
    r"(?![^，。；,;]{0,4}?(?:站着|也行|也可以|都行))"
)
_ONE_HAND = re.compile(
    r"单手|独臂|只有一只(?:手|胳膊)|一只(?:手|胳膊)(?:不能动|动不了|没了|残|不好使|不方便|使不上劲)|"
    r"(?:左|右)(?:手|胳膊|臂)(?:有)?(?:残疾|残|没了|截肢|不能动|动不了)"
)
_NO_LEG = re.compile(r"拄拐|拐杖|截肢|假肢|一条腿")
_SHAKY = re.compile(
    r"手(?:有点|老是?|总是?|一直)?(?:抖|发抖|哆嗦)|(?:干|做)不(?:了|来)(?:精细|细致|细)(?:的)?(?:活儿?)?"
)
# a kind of work refused by name ("洗碗那种不行", "洗碗的活做不了"); "不行" alone holds only with the body named
_UNABLE = r"(?:做不了|干不了|干不来|做不来|吃不消|受不了|遭不住|干不动|做不动|不能干|不能做)"
_KIND_REFUSED = re.compile(
    rf"(?P<kind>[^，。；,;]{{1,6}}?)(?:那种|这种|的活儿?|这活儿?|那活儿?|的工作|的)?(?:也|都|就|是|肯定|实在|真)?"
    rf"(?:{_UNABLE}|(?P<bare>不行|不中))"
)
_BODY = re.compile(r"手|脚|腿|腰|膝|身体|身子|皮肤|关节|冻|裂|烂|疼|痛|伤|过敏")
# work done once and left for the body ("以前洗过碗，手泡烂了才不干的", "在冷库干过三年，冻伤了不干了")
_DONE = re.compile(r"(?:干|做|当)过(?P<kind>[^，。；,;]{1,6})|洗过碗")
_LEFT = re.compile(r"(?:才|就|所以|只好)?(?:不干|不做|辞)(?:了|的)|干不下去")
_CODE = {
    BEND: "no_bending",
    COLD_WET: "no_cold_wet",
    STAIRS: "no_stairs",
    LIFTING: "no_lifting",
    STANDING: "no_standing",
    WALKING: "no_walking",
    HEIGHTS: "no_height",
    FINE: "no_fine_sight",
}
_KINDS = tuple((re.compile(words), demands) for words, demands in KINDS)

ACT_CUES = [
    *(Cue(Family.PHYSICAL, code, pattern, 0.8, False) for code, pattern in ACT_PATTERNS.items()),
    Cue(Family.PHYSICAL, "no_lifting", ACT_PATTERNS["no_bending"], 0.8, False),  # bending with its loads (`body`)
    # walking said to fail as an act ("走不了远路", "走多了脚疼") fails on stairs too, the 送水 and 快递 a kind implies
    # (`Limits.stairs_said`; the third review's class 4); legs named alone ("老寒腿", "腿脚不好") do not
    Cue(Family.PHYSICAL, "no_stairs", ACT_PATTERNS["no_walking"], 0.8, False),
    Cue(Family.PHYSICAL, "no_standing", _SEATED_ONLY, 0.8, False),
    Cue(Family.PHYSICAL, "no_walking", _SEATED_ONLY, 0.8, False),
    Cue(Family.PHYSICAL, "no_lifting", _ONE_HAND, 0.8, False),
    Cue(Family.PHYSICAL, "no_standing", _NO_LEG, 0.8, False),
    Cue(Family.PHYSICAL, "no_fine_sight", _SHAKY, 0.8, False),
]
GUARDED = frozenset(ACT_PATTERNS.values()) | {_SEATED_ONLY, _SHAKY}  # asked or supposed: no limit (`body`)


def kinds_refused(text: str) -> list[tuple[str, re.Match[str]]]:
    """The limit each kind of work a person refuses by name, or says they left for the body, sets: the demand
    `KINDS` gives that kind first ("洗碗那种不行": cold and wet hands), with the words."""
    found = []
    for m in _KIND_REFUSED.finditer(text):
        if not_own(text, m.start(), m.end()):
            continue  # "我老公洗碗那种干不了", "以前洗碗受不了", asked
        high = stop_after(text, m.end(), SENTENCE_STOP)
        if m.group("bare") and not _BODY.search(text, max(0, m.start() - 20), high):
            continue  # "住家保姆那种不行": a wish of where, not the body
        noun = _kind_noun(m.group("kind"))
        if noun is not None and not someone_else(text[max(0, m.start() - 8) : m.start("kind") + noun[1]]):
            found.append((_CODE[noun[0]], m))  # not "我老公洗碗那种干不了"
    for m in _DONE.finditer(text):
        high = stop_after(text, m.end(), SENTENCE_STOP)
        if _LEFT.search(text, m.end(), high) and _BODY.search(text, m.end(), high):
            noun = _kind_noun(m.group("kind") or "洗碗")
            found += [(_CODE[noun[0]], m)] if noun is not None else []
    return found


def _kind_noun(words: str) -> tuple[str, int] | None:
    """The demand `KINDS` gives the first kind noun in `words` first, and where the noun starts."""
    for noun, demands in _KINDS:
        if (m := noun.search(words)) is not None:
            return demands[0], m.start()
    return None


# an act said to be fine after a trouble ("以前膝盖不好现在好多了能站一天", "半月板撕裂过，走路没事")
_FINE = r"(?:没事|没问题|不影响|还行|可以|行)"
_ABLE = {
    "no_standing": re.compile(
        rf"(?<!不)能站(?:一天|一整天|一上午|[一二两三四五六七八九十几]+个?小时)|站(?:一天|一整天|久了?)?(?:都|也)?{_FINE}"
    ),
    "no_walking": re.compile(rf"(?<!不)能走(?:路|远路)?|走路?(?:都|也)?{_FINE}"),
}


def able_after(text: str, start: int, code: str) -> bool:
    """Whether the sentence from `start` on says the act a limit of `code` stops is fine ("能站一天", "走路没事")."""
    able = _ABLE.get(code)
    return able is not None and able.search(text, start, stop_after(text, start, SENTENCE_STOP)) is not None
