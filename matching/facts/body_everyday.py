"""A body's trouble said by an everyday act, a fear of heights, and a torn meniscus (issue 22, session 14; the
reviews' lesser seeker lines): "弯腰捡东西都费劲", "弯个腰都费劲", "蹲下去捡东西就起不来" (bending, with its loads as
`body` reads bending); "我怕高", "有点怕高" (heights, as 恐高 is); "半月板坏了，走路没事" (kneeling and squatting: the
meniscus is what a squat loads; walking stays, said fine). Read with the
other seeker cues (`seeker_conditions`), under their guards: negation, someone else, asked, recovered."""

from __future__ import annotations

import re

from matching.facts.cues import Cue
from matching.facts.fact import Family

_TROUBLE = r"(?:都|也|就|会|腰就|腿就|膝盖就)?(?:费劲|费老劲|费力|吃力|困难|疼|痛|难受|受不了|起不来|直不起(?:来|腰)?)"
# bending for a small everyday thing ("弯腰捡东西", "弯腰系鞋带", "蹲下去捡个东西"), or said with a measure (弯个腰)
_BENDING = re.compile(
    rf"(?:弯(?:个|一下)?腰|蹲下(?:去|来)?)(?:捡|拿|拾|系|穿|够|擦)(?:个|点|一下)?[^，。；,;！!？?不]{{0,3}}?{_TROUBLE}"
    rf"|弯(?:个|一下)腰{_TROUBLE}"
)
# heights feared: "我怕高", "特别怕高", "害怕爬高"; not "不怕高", "别怕高", "怕高温", "哪怕高一点", "恐怕高峰期"
_FEARED = re.compile(
    r"(?<![不没哪恐])(?<![^特]别)(?<!^别)(?:害)?怕(?:高(?![温压速峰铁价兴楼层档端薪工资])|爬高|登高|高处|高的地方)"
)
# the meniscus torn or worn with walking said to be fine after it ("半月板撕裂过，跑不了，走路没事"): what is left out
# is the squat and the kneel that load it. Named alone ("右腿半月板损伤") it stays the knee's loads, as 膝盖不好 gives
# no bending (a first reading of 半月板 alone as bending cost one wrong no_bending in the blind wordings set)
_MENISCUS = re.compile(
    r"半月板(?!(?:没|无)(?:事|问题|毛病)|正常|好好的)(?=[^。；;！!？?]{0,12}?(?:走路|走)(?:都|也)?(?:没事|没问题|可以|还行|行))"
)

# standing long said to fail with 得/的 or a trouble after ("不能站得太久", "站太久了不行", "站的太久腿就疼")
_STOOD_TOO_LONG = re.compile(
    r"(?:不能|没法|不可以|不敢)站(?:的|得)太久|站(?:的|得)?太久(?:了)?(?:就|会|也|都)?"
    r"(?:不行|受不了|吃不消|遭不住|扛不住|(?:腿|脚|腰|膝盖)(?:就|会)?(?:疼|痛|酸|麻|肿))"
)

EVERYDAY_CUES = [
    Cue(Family.PHYSICAL, "no_standing", _STOOD_TOO_LONG, 0.8, True),
    Cue(Family.PHYSICAL, "no_bending", _BENDING, 0.8, True),
    Cue(Family.PHYSICAL, "no_lifting", _BENDING, 0.8, True),  # bending with its loads (`body._BENDING`)
    Cue(Family.PHYSICAL, "no_height", _FEARED, 0.8, True),
    Cue(Family.PHYSICAL, "no_bending", _MENISCUS, 0.75, False),
]
