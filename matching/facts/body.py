"""A seeker's body read as body part × the trouble × what it stops (issue 22, session 10): people describe the body
("腰不中", "膝盖废了", "心脏不太好，爬两层楼就喘", "脚上有痛风") more often than the limit, and escalate from one limit
to the next ("站久了都疼，爬楼更别提"). The back stops loads (bending and squatting with them), knees loads, standing
and stairs, legs and feet walking far (and so stairs); the heart and gout are health, held under consent
(`seeker_conditions`). Hands that cannot take cold or wet ("碰不得凉水，冷库更不行", "手上湿疹不能沾水") are `no_cold_wet`,
against the kinds of work that put them there (`kinds`: 洗碗, 水产, 冷库); a condition that does (类风湿, 关节炎) is
health, under consent. The back and knees stop bending too (`kinds.stops_bending`)."""

from __future__ import annotations

import re

from matching.facts.body_acts import GUARDED
from matching.facts.cues import CLAUSE_STOP, Cue, stop_after, stop_before
from matching.facts.fact import Family
from matching.facts.refusals import BODY_REFUSAL

# how people say a part is in trouble: worn out ("不中", "废了"), faulty, hurt, operated on
# 不好 not as 不好意思 (embarrassed: "腰有点不好意思说") nor 不好又不坏 (rev6 #1)
_WORN = (
    r"(?:也|都|又|有点|有些|早就?|彻底|完全|已经)?(?:不好(?!意思|又不坏)|"
    r"不太好|不大好|不中|不太中|不行|不太行|废了|坏了|有(?:点|些)?毛病|(?:是)?老毛病|有病)"
)
_HURT = r"(?:以前|之前)?(?:受过伤|伤过|有(?:旧|老)?伤|(?:动|做|开)过(?:大)?(?:手术|刀)|扭(?:了|伤了?|过)|闪(?:了|过))"
_BACK = r"腰(?:上|椎|间盘|椎间盘)?"  # not the neck (颈椎), which stops no loads unless they are said (the third review)
_KNEE = r"膝(?:盖|关节)(?:上)?"
_LEG = r"(?<![跑后])(?:腿(?:脚)?|脚(?:踝|腕|脖子)?)(?:上)?"
# escalation: what comes after is worse still ("爬楼更别提", "更别说爬楼了", "爬楼就更不行了")
_WORSE_AFTER = r"(?:就|那|也)?(?:就更|更是|更)(?:别提|甭提|不用说|不行|不能|难|费劲|吃力|受不了|够呛|没法|不可能)|(?:就|那)?(?:别提|甭提)"
_WORSE_BEFORE = r"(?:更别提|更别说|更不用说|更甭提|更不能|别提|甭提)(?:是)?"
_ACTS = {
    "no_stairs": r"(?:爬|上|走)楼(?:梯)?",
    "no_lifting": r"(?:搬|扛|抬|提|拎)(?:东西|重物|重的|货|箱子)?|(?:干)?(?:重活|体力活|力气活)|重东西|重物|重的",
    "no_standing": r"久站|站(?:一整天|一天|久了|久|着)",
    "no_walking": r"走(?:远路|远|长路|太远)",
}


def _escalated(code: str) -> re.Pattern[str]:
    act = _ACTS[code]
    return re.compile(rf"(?:{act})(?:了)?(?:{_WORSE_AFTER})|(?:{_WORSE_BEFORE})(?:{act})")


_COLD = r"(?:凉|冷|冰)"
_COLD_PLACE = r"(?:冷库|冻库|冷冻库|冷藏库|冷的地方|冷水)"
COLD_WET_CUES = [
    Cue(  # cold water and cold places refused: "碰不得凉水", "不能沾冷水", "怕冷", "冷库那种地方更不行"
        Family.PHYSICAL,
        "no_cold_wet",
        re.compile(
            rf"(?:碰|沾|摸|下)不(?:得|了){_COLD}?水|(?:不能|不敢|不可以|没法|不好)(?:碰|沾|摸|泡|下|见){_COLD}?水|"
            rf"{_COLD}水(?:都|也|是)?(?:碰不得|不能碰|碰不了|沾不得|沾不了|受不了|不能沾)|(?<!不)怕(?:冷|凉|冻)(?![门静])|"
            rf"受不了(?:冷|凉|冻)|(?:冻|冰)(?:得|的)(?:手|关节)疼|"
            rf"{_COLD_PLACE}(?:那种|这种)?(?:地方|的活)?(?:更|也|都|就|肯定|根本)?(?:不行|去不了|不能去|受不了|受不住|干不了|进不去|不去|待不了|待不住|呆不了|呆不住|别提)|"
            rf"手(?:一)?(?:沾|碰|见|泡){_COLD}?水就(?:疼|痒|裂|肿|起|烂)|(?:一)?(?:沾|碰|见|泡){_COLD}水手?就(?:疼|痒|裂|肿|起|烂)|"
            rf"(?:天|一)(?:冷|凉)(?:了)?(?:手|关节|腿)就(?:疼|痛|肿|裂)|"
            # the refusal class after cold or wet hands (`refusals`): "凉水伤不起", "冬天碰凉水要命", "手泡水里受不了"
            rf"(?:(?:碰|沾|摸|泡){_COLD}?水|{_COLD}水|手?泡(?:在)?{_COLD}?水里)(?:那|这)?(?:是|就|也|都|实在|真){{0,2}}{BODY_REFUSAL}"
        ),
        0.8,
        False,
    ),
]
# a verb said alone: the clause ends, or another refusal joins it ("不能弯也不能扛", "不能扛、不能提")
_BARE_END = r"(?=\s*(?:也|和|又|、|[，,。；;！!]|$))"
# bending and squatting said to fail ("蹲下去起来得扶着墙", "弯腰就疼", "老弯腰的活干不了"): the back's loads, and the
# bending a job's kind implies (`kinds`: 保洁, 护工); a back said only to be bad ("腰不好") is loads alone, which the
# judges of the second set took a 保洁 post to suit
_BENDING = (
    r"蹲(?:不下|不了|不住)|蹲(?:下(?:去|来)?|久了)(?:腿|膝盖|腰)?(?:就|都|也)?(?:起不来|疼|痛|费劲|吃力|麻|发麻|酸|受不了)|"
    r"蹲下(?:去|来)?起来(?:得|要|都|就)?(?:扶|费劲|吃力|难|疼)|"
    r"弯(?:一会儿?)?腰(?:弯)?(?:久了|多了|时间长了|一会儿?)?(?:腰)?(?:就|都|也)?(?:疼|痛|费劲|困难|吃力|受不了|不行|直不起(?:来|腰)|起不来)|不能(?:久|长时间)?(?:蹲|弯腰)|弯不(?:下去|下来|下腰|了腰)|"
    r"(?:老|经常|总|一直|要|得)?(?:弯腰|蹲|弯着腰|蹲着)的(?:活)?(?:儿)?(?:也|都|就|是|彻底)?(?:干不了|干不动|做不了|做不动|不能干|不能做|没法干|不行)|"
    # the refusal class said after bending words (`refusals`): "弯腰那是要命", "老弯腰遭不住", "蹲着干活不行", "下蹲困难"
    rf"(?:弯腰|弯着腰|下蹲|蹲下去?|蹲着(?:干活)?)(?:的活儿?|这事儿?)?(?:那|这)?(?:是|就|也|都|实在|真){{0,2}}{BODY_REFUSAL}|"
    # the verb alone, ending its clause or joined to the next ("腰不得劲，不能弯也不能扛"; issue 22 s14, dev9)
    rf"(?<![指手])不能(?:再)?弯{_BARE_END}"
)
_BENDING_WORDS = re.compile(_BENDING)
BODY_CUES = [
    Cue(Family.PHYSICAL, "no_bending", re.compile(_BENDING), 0.8, False),
    Cue(  # the back: loads, and bending or squatting under them
        Family.PHYSICAL,
        "no_lifting",
        re.compile(
            rf"{_BACK}{_WORN}|{_BACK}{_HURT}|"
            rf"{_BENDING}|"
            r"(?:扛|搬|抬|提|拎|背)(?:东西|重物|重的|货)?的活(?:儿)?(?:也|都|就|是|彻底)?(?:干不了|干不动|做不了|做不动|不能干|不能做|没法干|不行)|"
            rf"不能(?:再)?(?:扛|搬|抬){_BARE_END}"
        ),
        0.8,
        False,
    ),
    Cue(  # knees worn: loads, standing (stairs follow, `person._fails_on_stairs`); an old injury or operation alone
        # is no limit ("膝盖受过伤": `test_week_and_body_limits`), what it stops is read when said
        Family.PHYSICAL,
        "no_lifting",
        re.compile(rf"{_KNEE}{_WORN}"),
        0.75,
        False,
    ),
    Cue(Family.PHYSICAL, "no_standing", re.compile(rf"{_KNEE}{_WORN}"), 0.8, False),
    Cue(  # legs and feet: walking far (and stairs); "走路都费劲", "走远路不行"
        Family.PHYSICAL,
        "no_walking",
        re.compile(
            rf"{_LEG}(?:{_WORN}|{_HURT})|走(?:路|远路|远|长路)(?:都|也|就)?(?:费劲|吃力|困难|不行|疼|痛|受不了)|"
            # a list that hurts together: "走多了站久了都疼"
            r"走(?:路)?(?:多了|远了|久了)(?=[^，。；,;]{0,6}?(?:都|也)(?:疼|痛|受不了|肿|不行))"
        ),
        0.8,
        False,
    ),
    Cue(  # stairs that leave one breathless or weak-kneed: "爬两层楼就喘", "上个楼都喘", "爬三楼就腿软"
        Family.PHYSICAL,
        "no_stairs",
        re.compile(
            r"(?:爬|上)个?(?:[一二两三四五六几]层楼?|[二三四五六七八九]楼|楼梯?)(?:就|都|也|会)?"
            r"(?:喘|累得|腿软|腿疼|腿酸|膝盖疼|心慌|气短|上不来气|喘不上气|喘不过气)"
        ),
        0.8,
        False,
    ),
    *(Cue(Family.PHYSICAL, code, _escalated(code), 0.8, False) for code in _ACTS),
    *COLD_WET_CUES,
    Cue(  # eyes that cannot follow fine work, not a disability (low vision, `abilities`, is held under consent): "眼睛
        # 花得厉害", "看不清细的", "穿针都费劲", "细活干不了", against the kinds of work that need them (`kinds`: 插件, 缝纫)
        Family.PHYSICAL,
        "no_fine_sight",
        re.compile(
            r"看不清(?:细的|细活|小的|小东西|针眼|零件|小零件|细小)|穿(?:个)?针(?:引线)?(?:都|也)?(?:费劲|费事|吃力|困难|难|穿不上|穿不进去?|看不(?:见|清))|"
            # the needle threaded by someone else, things seen with effort: "穿针要我孙女帮忙", "看东西费劲"
            r"穿(?:个)?针(?:引线)?(?:都|也)?(?:要|得|需要|靠)(?!我(?:帮|来|给))[^，。；,;？?]{0,5}?(?:帮忙|帮着|帮我)|"
            r"看东西(?:都|也|还是|还|有点|有些|很|挺){0,2}(?:费劲|费事|吃力|模糊|看不清|不清楚|重影)|"
            r"眼(?:睛)?花(?:得)?(?:厉害|严重|得很|得不行|看不清)|老花(?:眼)?(?:很|特别|挺)?(?:厉害|严重)|"
            r"(?:细活|精细活|细的活|细致活|精细的活)(?:儿)?(?:也|都|就)?(?:干不了|做不了|看不清|不行|干不来|做不来)"
        ),
        0.8,
        False,
    ),
]
BODY_CONDITIONS = [
    Cue(  # health: joints or skin that cold and wet make worse ("类风湿", "手上湿疹"): hands kept out of cold water
        Family.PHYSICAL,
        "no_cold_wet",
        re.compile(r"类风湿|风湿(?:病|性)?|关节炎|湿疹|冻疮|雷诺"),
        0.75,
        False,
    ),
    Cue(  # health: the heart in the person's plain words, a stent or a bypass ("心脏不中", "放过两个支架", "心脏搭了两个桥")
        Family.PHYSICAL,
        "no_lifting",
        re.compile(
            r"心脏(?:也|都)?(?:有毛病|不行|不太行|不中|有病)|(?:放|装|做|搭|下)(?:过|了)(?:[一两二三几]个)?支架|"
            r"心脏[^，。；,;]{0,3}?搭(?:了|过)?(?:[一两二三几]个)?桥|(?:做|动)(?:了|过)(?:个)?搭桥"
        ),
        0.75,
        False,
    ),
    Cue(Family.PHYSICAL, "no_walking", re.compile(r"痛风"), 0.75, False),  # health: feet that fail on walking
]


# a clause that asks ("蹲不下去怎么办？", "碰不得凉水吗") or supposes ("要是蹲不下呢"): no limit said
_ASKED = re.compile(r"[？?]|吗|怎么办|咋办")
_SUPPOSED = re.compile(r"如果|要是|万一|假如|假设")


def not_said_of_self(text: str, m: re.Match[str], code: str) -> bool:
    """Bending, cold hands or eyes said in a clause that asks or supposes ("蹲不下去怎么办？", "要是碰不得凉水呢", "看东西
    费劲吗？"), which these cues, read since session 11 against the kinds of work, did not guard; the back, knees and
    legs keep theirs."""
    bending = code == "no_bending" or (code == "no_lifting" and _BENDING_WORDS.fullmatch(m.group(0)) is not None)
    act = any(p.fullmatch(m.group(0)) for p in GUARDED)  # "站久了腿疼吗？" read by an older cue too
    if not (bending or act or code in ("no_cold_wet", "no_fine_sight") or m.re in GUARDED):
        return False
    low, high = stop_before(text, m.start(), CLAUSE_STOP), stop_after(text, m.end(), CLAUSE_STOP)
    return bool(_SUPPOSED.search(text, low, m.start()) or _ASKED.search(text, m.end(), high + 1))
