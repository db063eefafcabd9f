"""Health a person states (PIPL art. 28: held under consent, every fact marked sensitive): the heart, pregnancy, an
operation, a chest, a wheelchair, deafness, and the limits each sets (read by `seeker_conditions`)."""

from __future__ import annotations

import re

from matching.facts.cues import Cue
from matching.facts.fact import Family

# pregnancy, in the words people use: it rules out heavy work and work at height alike
_PREGNANT = r"怀孕|孕期|有身孕|孕妇|有孕在身|怀(?:了|着)(?:二胎|三胎|孩子|宝宝|老二|小孩)|孕[早中晚]期"

HEALTH_CUES = [
    Cue(  # health (PIPL art. 28): a condition a careful reader takes to rule out heavy work: heart, pregnancy, an operation, childbirth
        Family.PHYSICAL,
        "no_lifting",
        re.compile(
            rf"心脏(?:不好|不太好|有问题|病|搭过?桥|支架)|(?:放了|装了|做了|搭了|下了)(?:个|两个|一个)?支架|搭过桥|{_PREGNANT}|(?:刚|才)?(?:做完|做了|动了|动完)(?:个|大)?手术|"
            r"(?<![学技])术后|手术后|刚生完(?:孩子|小孩|宝宝)|产后|坐完月子|(?:刚|才)(?:做过|动过)手术|(?:刚|才)?(?:开过|开了|开完)刀|"
            r"心梗|心肌梗|冠心病|心衰"
        ),
        0.75,
        False,
    ),
    Cue(
        Family.PHYSICAL,
        "no_height",
        re.compile(
            rf"{_PREGNANT}|"
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
            r"(?:对)?(?:粉尘|灰尘|油漆|气味|异味|化学品|油烟)(?:味)?过敏|闻不了(?:油漆|异味|气味|化学|粉尘|灰尘)"
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
