"""The limits, wishes and conditions a person states in their own words: nights, rotas, loads, stairs, health."""

from __future__ import annotations

import re

from matching.facts.away import home_bound
from matching.facts.body import BODY_CONDITIONS, BODY_CUES, not_said_of_self, recovered
from matching.facts.body_acts import ACT_CUES, able_after, kinds_refused
from matching.facts.body_asked import ASKED_CONDITIONS, BODY_ASKED_CUES, named_only
from matching.facts.body_eased import body_eased
from matching.facts.cues import (
    CLAUSE_STOP,
    Cue,
    clause_around,
    is_negated,
    refusal_denied,
    sentence_of,
    someone_else,
    stop_before,
)
from matching.facts.day_length import hours_before
from matching.facts.fact import MAX_TEXT, Fact, Family, Modality, as_evidence
from matching.facts.home_said import home_not_meant
from matching.facts.refusals import Bound, either_or, not_own
from matching.facts.shifts_said import SHIFT_CUES

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


# 别 and 不要 as a ban ("医生说别干重活", "电动车也先别骑"), not inside 分别/特别/个别/性别… or 要不要
_TOLD_NOT = r"(?<![分特区告性个级类])别|(?<!要)不要"
_LIVE_IN_SAID = re.compile(r"住家|住店|住宿|住在")
# stairs refused together with what is carried up them ("上楼扛东西不中了", "爬楼提水不行了"): both limits
_CARRIED_UP = (
    r"(?:爬|上)楼梯?(?:扛|搬|背|提|拎|抬)(?:东西|重物|重的|货|水|米)?(?:也|都|就|是)?"
    r"(?:不行|不中|不了|吃不消|受不了|够呛|干不了)"
)
_SEEKER_CUES = [
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
            r"白天(?:干|做|上班)就行|只(?:上|做|干)(?:早班|白天)|熬不(?:了|住|动)夜|熬夜(?:不行|受不了|吃不消|熬不住)|(?:夜里|半夜)(?:不行|不能干|干不了)|"
            r"只(?:能|想|上|做)?(?:上|做)?白班|只能(?:上|做|干)?白天|白天(?:才)?(?:能|有空|行|可以)|接送孩子|"
            r"(?:夜里|半夜)(?:要|得)(?:照顾|带|陪|喂)(?:孩子|娃|小孩|老人|宝宝)|"
            r"夜班(?:也|都|就|是)?(?:绝对|真的|肯定|实在)?(?:不行|不上|不做|不干|干不了|上不了|不能上|不接受|不考虑|免谈)|(?<!周[一二三四五六日天末])(?<!星期[一二三四五六日天])(?<!礼拜[一二三四五六日天])晚上(?:不开车|不行|熬不住|不能干|不干)|"
            r"熬不起夜|不能熬(?=$|[，。；,;！!\s])|晚上(?:必须|要|得)睡觉|夜班[^，。；,;]{0,4}?(?:吃不消|受不了|熬不住|扛不住|干不动)"
        ),
        0.85,
        False,
    ),
    Cue(  # a fixed shift, day or night: rotas are out, a steady night shift is not
        Family.SCHEDULE,
        "no_shifts",
        re.compile(
            r"不(?:能|想|愿意?|接受|要|上)?(?:倒班|轮班|[两三]班倒)|(?:做|上|干|倒)不了(?:倒班|轮班|[两三]班倒|班)|"
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
    # evenings taken by family: no job that runs into them (`bits.EVENING_FROM`). Home by dark ("天黑前", "太阳下山前")
    # is the same: sunset in Anhui runs from about 17:05 to 19:30 over the year, so no clock earlier is certain
    Cue(
        Family.SCHEDULE,
        "no_evening",
        re.compile(
            r"晚上(?:要|得|需要)?(?:回家|回去|带|照顾|陪|看|接|管|辅导|在家|待在家)|晚上不(?:送|跑|出车|出工)(?![^，。；,;]{0,4}?也行)|"
            r"晚上离不开(?:人|我)|晚上(?:不能|不方便|出不了|不)出门|晚上(?:不方便|没空|没时间|有事|走不开)|晚上(?:不能|没法|不想)(?:上班|工作|干活|出来)|(?:下班|回家)不能(?:太)?晚|不能(?:太)?晚(?:下班|回家)|"
            r"(?:天黑|太阳(?:下山|落山)|日落|天擦黑)(?:前|之前|以前)(?:要|得|必须|就)?(?:到家|回家|回去|回村)|天黑(?:了)?(?:就)?(?:不能|不敢|不方便)(?:出门|在外)"
        ),
        0.8,
        False,
    ),
    Cue(Family.SCHEDULE, "part_time", re.compile(r"兼职|打零工|零工|日结|小时工|钟点工|临时工|短期(?:工|的)"), 0.8),
    Cue(Family.LODGING, "housing", re.compile(r"包吃包住|包吃住|包食宿|包住|有宿舍|管吃管住|管住|提供住宿"), 0.85),
    Cue(Family.LODGING, "meals", re.compile(r"包吃包住|包吃住|包食宿|包吃|管吃|管饭|提供(?:工作)?餐"), 0.85),
    Cue(
        Family.PHYSICAL,
        "no_lifting",
        re.compile(
            r"(?:不能|干不了|做不了|不能干|搬不了|提不了|拿不动|搬不动|扛不了|不适合|不想干)(?:重活|重物|体力活|搬运|搬东西|力气活|扛东西|提东西|扛重物?|搬重物?)|"
            r"腰(?:不好|椎|间盘|伤|肌劳损)|不能(?:提|搬|扛)重|(?:重东西|重物|重的)[^，。；,]{0,3}(?:搬不动|拿不动|提不动|扛不动)|"
            r"(?:拿|提|搬|扛|抬)不(?:了|动)(?:太|很)?重(?:的)?(?:东西|物|活)?|(?:干|做)不了(?:累活|粗活)|不能干?(?:累活|粗活)|"
            r"爬楼(?:梯)?(?:费劲|困难|吃力|受不了|腿疼|腿软)|上下楼(?:梯)?(?:困难|费劲|不方便|吃力)|(?:拿|提|搬|扛|抬)不(?:了|动)东西|只能(?:干|做|找)(?:些|点)?(?:轻活|轻松(?:的|点的?)?(?:活|工作))|体力(?:不行|不好|差)|"
            r"(?:重的|重东西|重物)(?:一律|都|也|就)?(?:不敢|不能|不行|搬不了|拿不了)|腿(?:脚)?(?:都)?(?:不太行|不行)|"
            r"(?:重活|体力活|累活|粗活)[^，。；,]{0,3}?(?:干不了|干不动|做不了|做不动|不能干|不行)|不能(?:太)?累|不能受累|累不得|"
            r"没(?:什么|多少|啥)?力气|力气小|(?:手|手腕|胳膊|手臂|肩膀|肩)(?:有旧伤|受过伤|有伤|伤过|骨折过|使不上劲|没劲|不好使|抬不起来)|"
            r"(?:干|做)不了(?:太)?累的|不能(?:干|做)(?:太)?累的|只能(?:干|做|找)(?:些|点)?轻松(?:的|点的?)|"
            r"(?<![搬扛抬提拎背]的活)(?:干|做)不动(?:了)?(?:重活|体力活|累活)?|腰(?:受过伤|扭伤过?|疼|痛|有毛病|不行)|不能弯腰|"
            r"腰突|椎间盘突出|腰(?:不太好|不大好|不怎么好|有(?:老)?毛病|有(?:旧|老)伤|扭过|闪过|上有钢(?:钉|板))|(?:扭|闪)(?:过|了|伤过?)腰|弯不(?:了|下)腰|"
            r"不能负重|负重不(?:行|了)|(?:不让|不许|不准)(?:我)?(?:干|做)?(?:重活|体力活|累活|力气活|搬|提重|扛)|"
            r"体力(?:跟不上|不够|不如以前|有限)|不能(?:太)?劳累|(?:拎|动)不(?:了|动)(?:太|很)?重|"
            # a doctor's 别 (issue 22 s9, dev5): "医生说三个月内别干重活"
            rf"(?:{_TOLD_NOT}|先别)(?:再)?(?:干|做|搬|提|扛)(?:重活|体力活|累活|力气活|重物|重的|重东西)"
        ),
        0.8,
        False,
    ),
    Cue(  # knees, like the back above: what the body allows, not a diagnosis
        Family.PHYSICAL,
        "no_lifting",
        re.compile(r"膝(?:盖|关节)(?:不行|不好|疼|痛|有?积液|损伤|半月板|炎|有(?:问题|毛病))|半月板|老寒腿"),
        0.75,
        False,
    ),
    Cue(
        Family.PHYSICAL,
        "no_standing",
        re.compile(
            r"不能久站|站不久|不能老站|老站着?(?:不行|受不了)|腿脚不(?:便|好|方便)|不能长时间站|(?:不能|没法)站太久|久站(?:不行|受不了|吃不消)|"
            r"站久了?[^，。；,;]{0,3}(?:受不了|不行|吃不消|疼|痛|肿|酸|麻)|不能一直站|久站不了|站一天(?:受不了|吃不消|不行)|"
            r"只能(?:坐着|坐)(?:干|做|上班|工作)|站(?:一)?会儿?(?:就)?(?:腿|脚|腰)(?:疼|痛|肿|酸|麻)|"
            # bad knees, not an old injury ("膝盖受过伤": loads, stairs)
            r"膝(?:盖|关节)(?:不行|不好|疼|痛|有?积液|炎|有(?:问题|毛病))|老寒腿|静脉曲张|(?:足|脚)底筋膜炎|"
            r"站(?:一)?会儿?就(?:累|不行|受不了|吃不消)|站(?:一)?会儿?就(?:得|要)(?:找(?:个)?地方)?坐|(?:要|得|只找|只能找|只干)坐着(?:的|干的)(?:活|工作|岗)"
        ),
        0.8,
        False,
    ),
    # stairs alone, not loads: kept out of posts that climb them (`Limits.no_stairs`), no bit. "爬不动楼" cannot climb,
    # as "爬不了楼"; "爬楼费劲" says the effort it costs, strength, a load limit above
    Cue(
        Family.PHYSICAL,
        "no_stairs",
        re.compile(
            r"(?:爬|上)不(?:了|动|上|去)楼梯?|(?:不能|没法|不敢)(?:爬|上|走)楼梯?|楼梯?(?:也|都)?(?:爬|上|走)不(?:了|动|去|上)|"
            rf"(?:爬|上)楼梯?(?:不行|不了)|{_CARRIED_UP}"
        ),
        0.8,
        False,
    ),
    Cue(Family.PHYSICAL, "no_lifting", re.compile(_CARRIED_UP), 0.8, False),  # and the load carried up them
    Cue(  # walking far: work on the move, on one's feet
        Family.PHYSICAL,
        "no_walking",
        re.compile(
            r"走不了(?:远路|远|太远|多远|路|太久|太多路|多少路|多少)|走路(?:有点|有些|稍微|稍)?(?:跛|瘸)|路走多了(?:也|就)?(?:腿|脚)?(?:疼|痛|受不了|肿)|走(?:路)?多了?(?:腿|脚)?(?:就)?(?:疼|痛|受不了|肿)|走不远|走路(?:不方便|不行|困难|吃力|不利索|一瘸一拐)|不能(?:走远|长时间走|久走|多走)|"
            r"(?<![跑后])腿脚?(?:都)?(?:不太好|不大好|不好使|不灵便|不太行|不行)|(?<!老伴)(?<![跑后])腿不好|"
            r"(?:腿|脚)(?:上)?(?:有(?:旧|老)伤|受过伤|伤过|骨折过)|腿脚不(?:便|好|方便|利索)|(?:腿|脚)(?:有残疾|残疾|瘸|不方便|不利索)|拄拐|拐杖"
        ),
        0.8,
        False,
    ),
    Cue(
        Family.PHYSICAL,
        "no_height",
        re.compile(
            r"(?:不能|不敢|没法)(?:爬高|登高)|(?:登高|爬高|爬梯子?|上梯子?)(?:作业)?(?:就|也|都)?(?:更)?(?:别提了|不行|干不了|做不了)|爬梯子?腿(?:发)?软|(?<![不无])恐高|高的地方不敢|爬不了高|上不了高(?![中考校])|爬梯子腿软|不(?:能|敢)上梯子|"
            # a ban or giddiness up high: "医生不让登高", "站梯子上头晕", "一到高处就腿软"
            r"(?:不让|不许|不准|不宜|不可以|禁止)(?:我)?(?:再)?(?:登高|爬高|高空作业|高处作业|爬梯子?|上梯子?)|"
            r"(?:站|爬|上|到)(?:在)?(?:梯子|高处|高的地方|高空)(?:上)?(?:就|会|都|也)?(?:头晕|眼晕|腿软|发晕|晕|心慌|发抖|害怕)|"
            r"(?:登高|爬高)(?:就|会|都|也)?(?:头晕|眼晕|腿软|发晕|心慌|害怕)"
        ),
        0.8,
        False,
    ),
    Cue(
        Family.PHYSICAL,
        "no_riding",
        re.compile(
            r"不会骑(?:电动车|电瓶车|摩托车|车)?|(?:长时间|久)骑不了|骑[^，。；,;]{0,5}?颠得[^，。；,;]{0,2}?疼|没有电动车|没电动车|骑不了(?:电动车|电瓶车|摩托车|车)|"
            rf"(?:电动车|电瓶车|摩托车)(?:也|都)?(?:不敢骑|不能骑|骑不了|不会骑|(?:先)?(?:{_TOLD_NOT})(?:再)?骑)|"
            rf"(?:先)?(?:{_TOLD_NOT})(?:再)?骑(?:电动车|电瓶车|摩托车|车)(?![^，。；,;]{{0,2}}?(?:太远|太久|太快|远|久|快))|"
            # fear or a ban: "摔过一次，现在不敢骑车了", "医生不让骑车", "一骑车就慌"; not "不敢骑快" (speed)
            r"(?:不敢|不能|不让|不许|不准|没法|不想)(?:再)?骑(?:电动车|电瓶车|摩托车|三轮车?|自行车|车)"
            r"(?![^，。；,;]{0,2}?(?:太远|太久|太快|远|久|快))|"
            r"(?:不敢|不能|不让|不许|不准)(?:再)?骑(?=了|[，。；,;！!\s]|$)|"
            r"(?:一|只要)?(?:骑(?:电动车|电瓶车|摩托车|车)|上(?:电动车|电瓶车|摩托车))(?:就|会|有点|很|都)?(?:慌|怕|害怕|发怵|发抖|腿软|头晕)|"
            r"(?:骑车|骑电动车|骑电瓶车|骑摩托车?)(?:摔|出)(?:过|了)[^，。；,;]{0,12}?(?:不敢|怕|害怕)"
        ),
        0.8,
        False,
    ),
    Cue(  # dust, paint or fumes refused as the work's air, no health named: "不能闻刺激性气味和粉尘", "化工厂不去"
        Family.PHYSICAL,
        "no_dust",
        re.compile(
            r"(?:不能|不可以|不宜|不让|不敢|没法)(?:闻|接触|碰|吸)[^，。；,;]{0,6}?(?:气味|异味|粉尘|灰尘|油漆|化学品|甲醛|油烟)|"
            r"(?:粉尘|灰尘|油漆|刺激性气味|异味|化学品)(?:大|重|多)?的?(?:地方|环境|车间|活)?(?:也|都)?"
            r"(?:不行|不去|不能去|不干|干不了|受不了|不接受)|化工厂?(?:肯定|一律|坚决)?(?:不去|不能去|去不了|不考虑)"
        ),
        0.8,
        False,
    ),
]
_SENSITIVE_CUES = [
    Cue(  # health (PIPL art. 28): a condition a careful reader takes to rule out heavy work: heart, pregnancy, an operation, childbirth
        Family.PHYSICAL,
        "no_lifting",
        re.compile(
            r"心脏(?:不好|不太好|有问题|病|搭过?桥|支架)|(?:放了|装了|做了|搭了|下了)(?:个|两个|一个)?支架|搭过桥|怀孕|孕期|有身孕|(?:刚|才)?(?:做完|做了|动了|动完)(?:个|大)?手术|"
            r"(?<![学技])术后|手术后|刚生完(?:孩子|小孩|宝宝)|产后|坐完月子|(?:刚|才)(?:做过|动过)手术|(?:刚|才)?(?:开过|开了|开完)刀|"
            r"心梗|心肌梗|冠心病|心衰|孕妇|有孕在身|怀(?:了|着)(?:二胎|三胎|孩子|宝宝|老二|小孩)|孕[早中晚]期"
        ),
        0.75,
        False,
    ),
    Cue(
        Family.PHYSICAL,
        "no_height",
        re.compile(
            r"怀孕|孕期|有身孕|孕妇|有孕在身|怀(?:了|着)(?:二胎|三胎|孩子|宝宝|老二|小孩)|孕[早中晚]期|"
            # conditions barred from work at height (GBZ 188 高处作业 职业禁忌证): blood pressure, fits, vertigo
            r"高血压|癫痫|羊癫疯|羊角风|梅尼埃|美尼尔|眩晕症|耳石症"
        ),
        0.8,
        False,
    ),  # health: no work at height
    Cue(  # health: a chest that cannot take dust, paint or fumes (`Limits.no_dust`)
        Family.PHYSICAL,
        "no_dust",
        re.compile(
            r"哮喘|尘肺|矽肺|慢阻肺|肺气肿|呼吸(?:道)?(?:不好|不太好|有问题|有毛病|疾病|病|困难)|肺(?:不好|不太好|有问题|有毛病)|"
            r"(?:对)?(?:粉尘|灰尘|油漆|气味|异味|化学品)(?:味)?过敏|闻不了(?:油漆|异味|气味|化学|粉尘|灰尘)"
        ),
        0.8,
        False,
    ),
    Cue(Family.PHYSICAL, "wheelchair", re.compile(r"坐轮椅|轮椅|下肢(?:残疾|瘫痪)|截瘫|双腿残疾"), 0.85, False),
    Cue(
        Family.PHYSICAL,
        "deaf",
        re.compile(
            r"聋哑|听障|听力(?:[一二三四]级)?(?:不好|障碍|残疾|很差)|耳聋|戴助听器|聋人|"
            r"(?:从小|天生|先天|生下来|小时候|双耳|两只耳朵|耳朵)(?:就)?(?:是|都|全)?聋|"
            # 听不见 only of the ears: "耳朵听不见", not speech ("音乐太大声听不见客人点单", "信号不好听不见")
            r"(?<!吵)(?<!吵，)(?:耳朵|双耳|两只耳朵|左耳|右耳)(?:什么都|啥都|完全|基本)?听不见"
            r"(?!了?(?:别人|人家|对方|[^，。；,;]{0,3}(?:电话|广播|铃)))"
        ),
        0.85,
        False,
    ),
]

_SEEKER_CUES += BODY_CUES + ACT_CUES + BODY_ASKED_CUES  # a body part and its trouble, what it stops (`body`)
_SEEKER_CUES += SHIFT_CUES
_SENSITIVE_CUES += BODY_CONDITIONS + ASKED_CONDITIONS

# a chest the person says is well again or no bar ("哮喘已经好了", "能接受粉尘环境"); not "其他都没问题", which
# speaks of the rest
_TAKEN_BACK = re.compile(
    r"已经?(?:好了|痊愈|治好|康复)|(?:早|已经?)?(?:治好|痊愈)了|(?<!不)(?:能|可以)接受(?:粉尘|灰尘|油漆|异味|气味)"
)
# The job a person asks for is itself home work ("居家客服", "在家办公"): what they search for rules out on-site
# work. Not "居家保洁"/"居家养老", which are done in clients' homes; not when the asked-for job is hedged.
_HOME_JOB = re.compile(r"(?:居家|在家|远程)(?:办公|工作|上班|客服|兼职|手工活?|录入|打字)")
# where a skill was practised, not where the person can work: "(只)在家里做过", "只在家里做，没在饭店干过"
_DONE_AT_HOME = re.compile(
    r"^(?:在家|居家)(?:里)?(?:做|干)过|^(?:在家|居家)(?:里)?(?:做|干)[，,]?(?:从来|还|也|都)?(?:没|没有)(?:在|去)"
    r"[^，。；,;]{1,6}?(?:干|做|上班|工作)过"
)
# a condition denied, alone or in a list the denial opens: "无高血压、心脏病等疾病", "没有高血压", "无癫痫病史", "否认心脏病"
# Only an item naming a condition carries the denial on: not "无犯罪记录、高血压", "没有医保和高血压".
_CONDITION_ITEM = r"[^，,。；;、和及与或]{0,7}(?:病|症|压|炎|史|癫痫|哮喘|羊癫疯|羊角风|心梗|心衰|尘肺|矽肺|肺气肿)"
_DENIED = re.compile(rf"(?:无|没有?|未|否认)(?:患有?|得过?|有过?)?(?:任何)?(?:{_CONDITION_ITEM}(?:等)?[、和及与或])*$")
# a condition its own clause says is kept in hand ("高血压控制得很好"): no limit of any kind; not "血糖控制得很好，但有心脏病"
_CONTROLLED = re.compile(r"控制得?(?:很|挺|还|比较)?(?:好|稳)")
# height said, in the sentence, to be no bar ("高血压…，能登高"): only the height limit goes; not "不太能登高", nor
# what once was ("以前能登高，现在不行了")
_CAN_CLIMB = re.compile(r"(?<!不)(?<!不太)(?<!不大)(?<!不怎么)(?<!没)(?:能|可以)(?:登高|爬高|上高)")
_ONCE = re.compile(r"以前|之前|原来|过去|从前|年轻(?:的)?时")
# riding or dust refused only on a condition, let back, or of someone named after: "下雨天不能骑车的时候就走路送",
# "化工厂不去了的话也行", "粉尘不行的是我老婆"; right after the refusal, never a bare 时 ("平时", "当时", "一小时")
_BARE_UNABLE = re.compile(r"[干做]不动了?")
_NOT_OWN_REFUSAL = re.compile(r"(?:了)?(?:的?时候|的话|是假的|的是)")
_HEDGED = re.compile(r"最好|希望|倾向|也行|也可|都行|都可以|优先")


def seeker_conditions(text: str, desired_job: str) -> list[Fact]:
    """What the cue tables read in a person's squeezed text; `desired_job`, the job asked for, may itself be home
    work. Sensitive facts (health, wheelchair, deafness) are marked."""
    found: list[Fact] = []
    bound = Bound.of(text)
    for cue in _SEEKER_CUES:
        for m in cue.pattern.finditer(text):
            if (cue.negatable and is_negated(text, m.start())) or refusal_denied(text, m.start()):
                continue  # "不是不能上夜班"
            if either_or(text, m.start()):
                continue  # "上不上夜班": asked, or either
            if bound.elsewhere(m.start(), m.end(), cue.code):
                continue  # "夜班干不动": the night refused, not loads (`refusals`)
            if cue.code == "no_lifting" and _BARE_UNABLE.fullmatch(m.group(0)) and hours_before(text, m.start()):
                continue  # "十二小时干不动", "最多八小时，多了干不动": the day's length (`day_length`), not loads
            own_checked = (cue.family is Family.SCHEDULE and cue.code != "no_evening") or cue.code == "home_only"
            if own_checked and not_own(text, m.start(), m.end()):
                continue  # "老公夜班吃不消", "如果夜班不行的话", "我妈只能在家", "以前只能在家"
            if cue.code == "no_evening" and _LIVE_IN_SAID.search(text[max(0, m.start() - 12) : m.start()]):
                # "住家的不行，晚上要回家": home for the night, which says nothing of the evening
                found.append(
                    Fact(cue.family, "no_night", as_evidence(m.group(0)), cue.confidence, None, Modality.LIMIT)
                )
                continue
            if cue.family is Family.PHYSICAL and someone_else(text[max(0, m.start() - 8) : m.start()]):
                continue  # "老伴心脏不好", "我妈腿脚不便": someone the person looks after
            if cue.family is Family.PHYSICAL and (
                recovered(text, m)
                or not_said_of_self(text, m, cue.code)
                or able_after(text, m.start(), cue.code)
                or body_eased(text, m, cue.code)
                or named_only(text, m, cue.code)
            ):
                continue  # "以前腰不好，现在好了": no limit now; "蹲不下去怎么办？": asked
            if cue.code in ("no_riding", "no_dust") and _NOT_OWN_REFUSAL.match(text, m.end()):
                continue
            if cue.code == "home_only" and home_not_meant(text, m.start(), m.end()):
                continue  # "周末出门上班不行": the weekend's; "不想只在家搞钱，出去上班也行": none
            if cue.code == "home_only" and _DONE_AT_HOME.search(text[m.start() : m.end() + 16]):
                continue  # "川菜都拿手，不过只在家里做，没在饭店干过": where a skill was used, not a limit
            modality = _seeker_modality(text, m.start(), m.end(), cue)
            found.append(Fact(cue.family, cue.code, as_evidence(m.group(0)), cue.confidence, None, modality))
    for code, m in kinds_refused(text):  # "洗碗那种不行": the kind's own demand (`body_acts`)
        if not (someone_else(text[max(0, m.start() - 8) : m.start()]) or recovered(text, m)):
            found.append(Fact(Family.PHYSICAL, code, as_evidence(m.group(0)), 0.8, None, Modality.LIMIT))
    home_job = None if _HEDGED.search(desired_job) else _HOME_JOB.search(desired_job[:MAX_TEXT])
    if home_job is not None:
        found.append(Fact(Family.PLACE, "home_only", as_evidence(home_job.group(0)), 0.85, None, Modality.LIMIT))
    for cue in _SENSITIVE_CUES:
        for m in cue.pattern.finditer(text):
            if someone_else(text[max(0, m.start() - 8) : m.start()]):
                continue  # "我妈听力不好", "老伴坐轮椅": someone the person looks after
            if recovered(text, m) or (cue.code == "no_dust" and _TAKEN_BACK.search(sentence_of(text, m))):
                continue  # "哮喘已经好了，没问题", "能接受粉尘环境，哮喘轻微", "痛风早好了": no limit said
            if cue.code in ("no_lifting", "no_height", "no_walking", "no_cold_wet") and _condition_denied(
                text, m, cue.code
            ):
                continue  # "身体健康，无高血压、心脏病等疾病", "高血压控制得很好，能登高": no limit said
            found.append(
                Fact(cue.family, cue.code, as_evidence(m.group(0)), cue.confidence, None, Modality.LIMIT, True)
            )
    return found


def _condition_denied(text: str, m: re.Match[str], code: str) -> bool:
    """A health condition denied ("无高血压、心脏病", "没有高血压"), kept in hand in its own clause, or, for height
    alone, said in its sentence to be no bar ("有心脏病，能登高" keeps the loads)."""
    before = text[stop_before(text, m.start(), CLAUSE_STOP) : m.start()]
    if _DENIED.search(before) or _CONTROLLED.search(clause_around(text, m.start(), m.end())):
        return True
    if code != "no_height":
        return False
    sentence = sentence_of(text, m)
    return any(not _ONCE.search(clause_around(sentence, c.start(), c.end())) for c in _CAN_CLIMB.finditer(sentence))


_ALSO_FINE = re.compile(r"也(?:行|可以|中|成)|都(?:行|可以|中|成)")


def _seeker_modality(text: str, start: int, end: int, cue: Cue) -> Modality:
    if cue.family is Family.LODGING or cue.code == "part_time":
        return Modality.WISH
    clause = clause_around(text, start, end)
    if cue.code == "home_only" and re.search(r"最好|希望|想|倾向", clause) and not re.search(r"只能|必须|只", clause):
        return Modality.LIMIT if home_bound(text) else Modality.WISH  # "出门不方便，想在家里做点手工": cannot go out
    if cue.code == "home_only" and _ALSO_FINE.search(clause) and not home_bound(text):
        return Modality.WISH  # "在家赚钱的也行，出去上班也可以": one way among others
    return Modality.LIMIT
