"""Where and when a person says they can work, in their own words: at home only, no nights, no rotas, no overtime,
evenings taken, part time, board and lodging wished (read by `seeker_conditions`)."""

from __future__ import annotations

import re

from matching.facts.cues import Cue
from matching.facts.fact import Family

# a refusal carried along a list of rotas and nights ("不上倒班、夜班", "夜班、倒班都不行"), not to an item let
# back in after it ("不想倒班，夜班可以")
_NIGHTS, _ROTAS = r"(?:夜班|晚班|通宵|大夜)", r"(?:倒班|轮班|[两三]班倒)"
_REFUSED = r"不(?:能|想|愿意?|接受|要|上|做|干)*"
_REFUSED_AFTER = r"(?:也|都|就)?(?:不行|不上|不做|不干|干不了|上不了|不接受|吃不消|受不了|熬不住|做不了|不考虑)"
_LET_BACK = r"(?![^，。；,;]{0,4}?(?:可以|能|(?<!不)行|没问题|也可|都可))"


def _listed_refusal(first: str, then: str) -> re.Pattern[str]:
    return re.compile(
        rf"{_REFUSED}{first}(?:[、/和或及与，,])(?:上|做|干)?{then}{_LET_BACK}|{then}[、/和或及与]{first}{_REFUSED_AFTER}"
    )


# a 24-hour duty: "上24休48", "二十四小时值班", "24小时一班" (not "24小时营业": a shop's hours)
_WHOLE_DAY_DUTY = (
    r"(?:上(?:24|二十四)休(?:48|四十八|24|二十四)|(?:24|二十四)(?:个)?小时(?:的)?(?:班|值班|一班|陪护|看护))"
)


SEEKER_SCHEDULE_CUES = [
    Cue(
        Family.PLACE,
        "home_only",
        re.compile(
            r"只能(?:在家|居家)|(?:在家|居家)(?:里)?(?:工作|干活|办公|上班|就业|做事|做点|做|干)(?!饭)|"
            r"(?<!晚上)(?<!夜里)(?<!天黑)(?:不方便出门|出不了门|不能出门)|离不开家|足不出户|远程工作|"
            # young people's words: "只想在家搞钱", "出门上班真的不行", "没法出门上班"
            r"(?:在家|居家)(?:里)?(?:搞钱|赚钱|挣钱|搞点钱|赚点钱|挣点钱)|"
            r"(?<!晚上)(?<!夜里)(?<!天黑)出门(?:上班|工作|干活)(?:是|真的?|实在|确实)*(?:不行|不了|不中|不可能|没法)|"
            r"(?<!晚上)(?<!夜里)(?:没法|不能|没办法|无法)出门(?:上班|工作|干活)"
        ),
        0.85,
        False,
    ),
    Cue(
        Family.SCHEDULE,
        "no_night",
        re.compile(
            r"不(?:能|想|愿意?|方便)?(?:上|做|干)?(?:夜班|晚班)|(?:上|做|干)不了(?:夜班|晚班)|不(?:能|想|愿意?|让|宜|可以|敢)?熬夜|"
            r"不(?:能|想)?上夜(?![校宵])|不(?:能|想|愿意?|方便|敢)?(?:再)?(?:熬|上|做|干)?(?:通宵|值夜|守夜|大夜)|(?:熬|值|守)不了(?:通宵|夜)|"
            r"(?:通宵|值夜|大夜)(?:也|都)?(?:不行|熬不住|吃不消|受不了|干不了|做不了)|(?:通宵|夜班|晚班)的(?:活)?(?:都|也)?(?:不干|不做|不上|不行|不要)|"
            r"白天(?:干|做|上班)就行|只(?:上|做|干)(?:早班|白天)|熬不(?:了|住|动)夜|熬夜(?:不行|受不了|吃不消|熬不住)|(?:夜里|半夜)(?:不行|不能干|干不了|不出门|不能出门|不出去)|"
            r"只(?:能|想|上|做)?(?:上|做)?白班|只能(?:上|做|干)?白天|白天(?:才)?(?:能|有空|行|可以)|接送孩子|"
            r"(?:夜里|半夜)(?:要|得)(?:照顾|带|陪|喂)(?:孩子|娃|小孩|老人|宝宝)|"
            r"夜班(?:也|都|就|是)?(?:绝对|真的|肯定|实在)?(?:不行|不上|不做|不干|干不了|上不了|不能上|不接受|不考虑|免谈)|(?<!周[一二三四五六日天末])(?<!星期[一二三四五六日天])(?<!礼拜[一二三四五六日天])晚上(?:不开车|不行|熬不住|不能干|不干)|"
            r"熬不起夜|不能熬(?=$|[，。；,;！!\s])|晚上(?:必须|要|得)睡觉|夜班[^，。；,;]{0,4}?(?:吃不消|受不了|熬不住|扛不住|干不动)|"
            # a 24-hour duty refused, which runs through the night: "上24休48的班次不用上", "24小时值班的不干" (rev6 #9)
            rf"{_WHOLE_DAY_DUTY}(?:的|那种|这种)?(?:班次?|活儿?|岗位?|工作)?(?:我)?(?:都|也|就|是)?"
            r"(?:不用上|不上|不干|不做|不行|不要|不考虑|不接受|干不了|上不了|吃不消|熬不住|受不了)"
        ),
        0.85,
        False,
    ),
    # a fixed shift, day or night: rotas are out, a steady night shift is not; "上不了班" alone is no work at all on the
    # days it names ("周六周日都上不了班", s22 dev16), not a rota
    Cue(
        Family.SCHEDULE,
        "no_shifts",
        re.compile(
            r"不(?:能|想|愿意?|接受|要|上)?(?:倒班|轮班|[两三]班倒)|(?:做|上|干|倒)不了(?:倒班|轮班|[两三]班倒)|倒不了班|"
            r"(?:倒班|轮班|[两三]班倒)(?:那种|这种|的)?(?:也|都|就|是)?(?:不行|不上|不做|不干|干不了|上不了|不接受|吃不消|受不了|熬不住|做不了)|"
            r"(?:倒班|轮班|[两三]班倒)[^，。；,;]{1,4}?(?:不想干|不想做|吃不消|受不了|干不动)|"
            r"(?:只|想)(?:上|做)?固定(?:的)?班"
        ),
        0.85,
        False,
    ),
    Cue(Family.SCHEDULE, "no_night", _listed_refusal(_ROTAS, _NIGHTS), 0.85, False),
    Cue(Family.SCHEDULE, "no_shifts", _listed_refusal(_NIGHTS, _ROTAS), 0.85, False),
    Cue(  # overtime refused: a posting that asks it is out (`Limits.fits`; no bit is left)
        Family.SCHEDULE,
        "no_overtime",
        re.compile(
            r"不(?:能|想|愿意?|要)?(?:接受)?加班|(?:加|熬)不了班|没法(?:接受)?加班|加班(?:不行|不干|不做|不接受|不考虑|免谈|干不了)|"
            r"(?:要|得|必须|需要)(?:准时|按时|准点|到点)(?:下班|走|回家)"
        ),
        0.8,
        False,
    ),
    # evenings taken by family: no job that runs into them (`bits.EVENING_FROM`); come back home said with its modal
    # ("天天晚上得回来", not "晚上回来再说"). Home by dark ("天黑前", "太阳下山前")
    # is the same: sunset in Anhui runs from about 17:05 to 19:30 over the year, so no clock earlier is certain
    Cue(
        Family.SCHEDULE,
        "no_evening",
        re.compile(
            r"晚上(?:要|得|需要)?(?:回家|回去|带|照顾|陪|看|接|管|辅导|在家|待在家)|晚上(?:要|得|需要|必须)回来|晚上不(?:送|跑|出车|出工)(?![^，。；,;]{0,4}?也行)|"
            r"晚上离不开(?:人|我)|晚上(?:不能|不方便|出不了|不)出门|晚上(?:不方便|没空|没时间|有事|走不开)|晚上(?:不能|没法|不想|不)(?:上班|工作|干活|出来|出工)|(?:下班|回家)不能(?:太)?晚|不能(?:太)?晚(?:下班|回家)|"
            r"(?:天黑|太阳(?:下山|落山)|日落|天擦黑)(?:前|之前|以前)(?:要|得|必须|就)?(?:到家|回家|回去|回村)|天黑(?:了)?(?:就)?(?:不能|不敢|不方便)(?:出门|在外)"
        ),
        0.8,
        False,
    ),
    Cue(Family.SCHEDULE, "part_time", re.compile(r"兼职|打零工|零工|日结|小时工|钟点工|临时工|短期(?:工|的)"), 0.8),
    Cue(Family.LODGING, "housing", re.compile(r"包吃包住|包吃住|包食宿|包住|有宿舍|管吃管住|管住|提供住宿"), 0.85),
    Cue(Family.LODGING, "meals", re.compile(r"包吃包住|包吃住|包食宿|包吃|管吃|管饭|提供(?:工作)?餐"), 0.85),
]
