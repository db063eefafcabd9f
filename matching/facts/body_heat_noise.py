"""Heat, noise and a long seat a person says fail them (issue 22, session 18): "怕热", "太热的地方也不行", "一热就头晕",
"夏天不能在太阳底下", "医生说别在高温下干" (`no_heat`); "耳朵受不了吵", "听不得噪音", "太吵的地方医生不让去" (`no_noise`);
"不能久坐", "坐久了腰疼", "坐一个钟头就要起来走动" (`no_sitting`). Each refuses the demand a posting's kind or words make
(`kind_nouns.HEAT`, `NOISE`, `SITTING`). Health named is under consent as `health_cues` holds it: a heatstroke once,
tinnitus (`CLIMATE_CONDITIONS`, marked sensitive by `seeker_conditions`); the plain words beside it are the person's
own limit. Not read: the same words of someone else ("我老公怕吵"), negated ("不怕热"), past ("以前怕热"), asked or
supposed (`refusal_owner.not_own`), nor the reverse of a long seat: a person who must sit ("站不了，要坐着") refuses standing,
never sitting, and one who can ("能久坐") refuses nothing. Deafness is `deaf` (`health_cues`), not noise."""

from __future__ import annotations

import re

from matching.facts.cues import Cue
from matching.facts.fact import Family
from matching.facts.refusals import BAN_BIE

__all__ = ["CLIMATE_CODES", "CLIMATE_CONDITIONS", "CLIMATE_CUES"]

CLIMATE_CODES = frozenset({"no_heat", "no_noise", "no_sitting"})

# a place or a kind of work refused after its words: "也不行", "待不了", "去不了", "医生不让再去"
_REFUSED = (
    r"(?:也|都|就|更|肯定|实在|根本|真|可)?(?:是)?(?:不行|不中|不照|不得行|够呛|受不了|受不住|遭不住|吃不消|扛不住|顶不住|"
    r"去不了|待不了|呆不了|干不了|做不了|不能去|不能待|不能呆|不去|(?:医生)?不让(?:我)?(?:再)?(?:去|待|呆|干))"
)
_NOT_AFRAID = r"(?<!不)(?<!不太)(?<!不怎么)(?<!不大)(?<!哪)"
_SPOT = r"(?:地方|环境|车间|厂|厂房|屋子|活儿?|工作|岗位)"
_HEAT = re.compile(
    rf"{_NOT_AFRAID}怕(?:热|晒|高温)(?!水|线|门|情|闹)|受不(?:了|住)(?:太)?(?:热|高温|暴晒|晒|太阳晒)|热不得|晒不得|"
    r"热(?:得|的)?(?:受不了|受不住|头晕|发晕)|一热(?:了)?(?:就|都)(?:头晕|头昏|发晕|晕|难受|喘|心慌|胸闷|不行|犯病|恶心)|"
    rf"(?:不能|不敢|不可以|{BAN_BIE}|不要)(?:在|待|呆|去|进)?(?:太|很|特别)?(?:热的{_SPOT}|高温(?:下|里|车间|环境)?)(?:干活|干|作业|工作|待|呆)?|"
    r"不能(?:热着|晒|中暑|被晒)|"
    rf"(?:太|很|特别)?热的{_SPOT}{_REFUSED}|高温(?:的)?{_SPOT}?{_REFUSED}|"
    r"(?:不能|不敢|受不了|怕|别)(?:在)?(?:太阳底下|大太阳下|太阳下|日头下)(?:晒|干活|干)?|"
    rf"(?:在)?(?:太阳底下|大太阳下|日头下)(?:晒|干活|干)?{_REFUSED}|灶(?:台)?(?:边|前|旁){_REFUSED}"
)
_NOISE = re.compile(
    rf"{_NOT_AFRAID}怕(?:吵|噪音|噪声|吵闹)|受不了(?:吵|噪音|噪声|吵闹|机器声|大声)|听不得(?:噪音|噪声|吵|吵闹|大声|机器声|响声)|"
    r"(?:噪音|噪声|吵闹)(?:也|都|就|实在)?(?:受不了|听不得|不行)|吵(?:得|的)(?:受不了|头疼|头痛|睡不着|心慌)|"
    r"耳朵(?:也|都)?(?:受不了|怕)(?:吵|噪音|大声|响)?|一吵(?:就|都)(?:头疼|头痛|心慌|烦|难受|犯病)|"
    rf"(?:太|很|特别)?(?:吵|噪音大|声音大|机器响)的{_SPOT}{_REFUSED}|"
    rf"(?:不能|不敢|{BAN_BIE}|不要)(?:在|待|呆|去|进)?(?:太|很)?(?:吵|噪音大|声音大)的{_SPOT}"
)
# a seat that fails after a while ("坐久了腰疼", "坐一个钟头就要起来走动", "坐着最多半个钟头就要躺一躺"), refused long
# ("不能久坐", "久坐不行"), or never kept ("坐不住", "坐不了太久"); not "能久坐", "坐着还行", "要坐着"
_SPAN = (
    r"(?:久了?|多了|时间(?:一)?长(?:了)?|(?:的)?时间长了?|一会儿?|一下午|一上午|半天|一天|"
    r"(?:最多|顶多|超过)?(?:[一两半三俩]|一两|[12３])个?(?:多)?(?:钟头|小时|钟)|(?:最多|顶多)?半个?(?:钟头|小时))"
)
_SEAT_FAILS = (
    r"(?:腰|屁股|尾骨|腿|脖子|颈椎|背|后背)?(?:就|都|也|会|还)?(?:疼|痛|酸|麻|胀|受不了|吃不消|不行|难受|"
    r"(?:要|得|需要)(?:起来|站起来|躺|走动|活动))"
)
_SITTING = re.compile(
    rf"不能(?:久坐|长时间坐|一直坐|老坐|坐太久|坐久|坐很久)|久坐(?:也|都|就)?(?:不行|受不了|吃不消|腰疼|疼|难受)|"
    rf"(?<!能)坐(?:着)?{_SPAN}{_SEAT_FAILS}|坐不久|(?:办公室|坐班)(?:也|都|实在)?坐不住|坐不住(?=[^。；;！!？?\n]{{0,8}}?(?:跑|走动|动的|活动))|坐不了(?:太久|很久|多久|一天|一整天|长时间|太长时间)|"
    r"(?:一直|老|整天|长时间)坐着(?:的活儿?|的工作)?(?:也|都)?(?:不行|受不了|干不了|吃不消)"
)
CLIMATE_CUES = [
    Cue(Family.PHYSICAL, "no_heat", _HEAT, 0.8, False),
    Cue(Family.PHYSICAL, "no_noise", _NOISE, 0.8, False),
    Cue(Family.PHYSICAL, "no_sitting", _SITTING, 0.8, False),
]
# health (PIPL art. 28), held under consent as `health_cues`: a heatstroke once, tinnitus
CLIMATE_CONDITIONS = [
    Cue(Family.PHYSICAL, "no_heat", re.compile(r"中(?:过|了)?暑(?:过)?|热射病"), 0.75, False),
    Cue(Family.PHYSICAL, "no_noise", re.compile(r"耳鸣"), 0.75, False),
]
