"""Hands, both sides (issue 22, session 18): a person with one hand that does not work ("左手没了", "右手中过风不灵便，就
左手好使", "左手不方便但右手没问题", "手腕断过，使不上劲", "两只手一起用力的活干不了", "瓶盖都拧不开"; 腱鞘炎 as health,
under consent) against work done with both hands: cloths wrung in a home (家政, 开荒) and a hotel room (客房), parcels wrapped and taped
(打包), mats woven (竹编, 钩针), buns wrapped and skewers threaded (包子, 串串, 切配), or a post that says so ("双手操作",
"两只手都要灵活"), and loads carried in both arms (`kind_nouns.LIFTING`). Fine work the fingers do (插件, 串珠) asks the
eyes and steady fingers rather than two hands (`FINE`): the dev judges kept 串珠 and 线束 for a person missing fingers of
one hand and a person whose wrist is weak, not for one who says fine work fails ("细活干不了", "手抖"); weaving and
crochet are also fine work here. Missing fingers alone ("少了两根手指") are no limit of either kind (68's s18, dev2's
judges kept 保洁 and 开荒 for them)."""

from __future__ import annotations

import re

from matching.facts.cues import Cue
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.kind_nouns import FINE, HANDS, ROOM_ATTENDANT

__all__ = ["HANDS", "HAND_CONDITIONS", "HAND_CUES", "HAND_KINDS", "hands_stated"]

_SIDE = r"(?:左|右)"
_LIMB = r"(?:手(?!指|指头)(?:腕|掌|臂)?|胳膊|臂)"
# a hand or arm that does not work: gone, dead, weak, awkward ("不方便", "不灵便", "使不上劲", "没劲")
_DEAD = (
    r"(?:有)?(?:残疾(?![，,、]?(?:少|缺|断|掉|没))|残了|没了|截肢|不能动|动不了|不方便|不灵便|不灵活|不好使|不中用|使不上劲|使不上力|用不上劲|用不上力|没劲|没力气|"
    r"没力|不能用力|不能使劲|吃不上劲|抬不起来)"
)
_ONE_WORKS = (
    r"只能(?:用)?一只手(?:干|做)?|只有一只手(?:能用|好使|能干)?|单手|独臂|一只手(?:不能动|动不了|没了|不好使|不方便|使不上劲)|"
    r"一只手能(?:干|做)的(?:活儿?)?(?:都行|都可以|都能干|就行)|"  # "一只手能干的都行" (s22 dev16)
    rf"(?:只有|只能用|就|只能靠|全靠){_SIDE}手(?:好使|能用|使得上劲|有劲|能干)?"
)
_BOTH_REFUSED = (
    r"两(?:只)?手(?:一起|同时)?(?:用力|使劲|干|抬|配合|拿)(?:的)?(?:细活|精细活|活儿?|东西|事)?(?:也|都|就)?"
    r"(?:干不了|不行|不中|做不了|不能|不照|干不来|使不上)"
)
_GRIP = r"拧(?:拖把|毛巾|抹布|瓶盖)?(?:都|也)?(?:拧)?不(?:开|动|干)|(?:拧|攥|握)(?:拖把|毛巾|抹布|东西)?(?:都|也)?使不上劲|瓶盖(?:都|也)?拧不开"
_HAND_LIMIT = re.compile(
    rf"{_SIDE}{_LIMB}[^。；;！!\s指左右]{{0,10}}?{_DEAD}|(?<![两双])手腕[^，。；,;！!\s]{{0,8}}?{_DEAD}|{_ONE_WORKS}|{_BOTH_REFUSED}|{_GRIP}"
)

HAND_CUES = [Cue(Family.PHYSICAL, "no_hands", _HAND_LIMIT, 0.8, False)]
# health (PIPL art. 28): a tendon sheath that fails on quick repeated hand work, kept only under consent
HAND_CONDITIONS = [Cue(Family.PHYSICAL, "no_hands", re.compile(r"腱鞘炎|腱鞘囊肿"), 0.75, False)]

# the kinds of work done with both hands, read in the post's name (`kinds`): a home's windows and surfaces wiped with
# wrung cloths (家政, 开荒, 擦玻璃); not an office, mall, school or estate mopped (the dev judges kept 写字楼保洁, 商场保洁,
# 学校保洁 for one-handed people, and 环卫's long broom), nor a bare 钟点工 (dev9's judges kept it)
HAND_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"家政|开荒|擦玻璃", (HANDS,)),
    (ROOM_ATTENDANT, (HANDS,)),
    (r"(?:仓库|仓储|电商|物流|快递|网店)[^，。；,;（(]{0,4}?打包|竹编|草编|藤编|编织|钩针|棒针|毛线", (HANDS,)),
    (r"编织|钩针|棒针|手工组装", (FINE,)),  # nimble fingers, as 串珠 and 插件 (`kind_nouns.KINDS`)
    (r"包子|饺子|馄饨|饭团|串串|穿串|切配|揉面|花店|插花", (HANDS,)),
)
# a post that says its work takes both hands ("双手操作", "两只手都要灵活", "两手配合"); not one that waives it
_BOTH_ASKED = re.compile(r"(?:双手|两只手|两手)(?:同时|配合|都要|都得|要)?(?:操作|配合|灵活|灵巧|并用|协调|麻利)")
_WAIVED = re.compile(r"(?:不|无|没|单手|一只手)[^，。；,;]{0,3}$")


def hands_stated(text: str) -> list[Fact]:
    """Work the text says takes both hands ("双手操作", "两只手都要灵活"): a `stated` fact valued `HANDS`; not one it
    waives ("不需要双手操作", "单手就能干")."""
    m = next(
        (m for m in _BOTH_ASKED.finditer(text) if not _WAIVED.search(text, max(0, m.start() - 6), m.start())), None
    )
    return [] if m is None else [Fact(Family.PHYSICAL, "stated", as_evidence(m.group(0)), 0.8, HANDS)]
