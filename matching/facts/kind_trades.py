"""More kinds of work and what they ask of the body, beside `kind_nouns.KINDS` (issue 22, session 13), read the same
way (a post's name, or the role a bare title leaves to its text: `posted_role`): the kinds the blind labels of
`bench/kinds` found the reader silent on (guards and carers on their feet, gardeners walking the beds, close work
soldered, sewn or inspected, electricians and installers up ladders), and the words of a text that ease what a kind
implies beside `kind_nouns.EASING`: the kind's own duty waived ("不用打扫卫生") or the person cared for able to look
after themselves ("老人能自理")."""

from __future__ import annotations

import re

from matching.facts.kind_nouns import (
    BEND,
    CARER,
    COLD_WET,
    ELECTRICIAN,
    FINE,
    HEIGHTS,
    LIFTING,
    NURSE,
    ROOM_ATTENDANT,
    STANDING,
    TOFU,
    WALKING,
)

__all__ = ["DUTY_EASED", "TRADE_KINDS"]

# kinds `kind_nouns.KINDS` does not hold, or demands it leaves out of a kind it holds; not a plain cleaner's walking
# or wet hands, which the labels give but the dev judges of the seventh persona set do not (they grade 保洁 a good
# match for people who refuse both, as the sixth set's do for those who cannot squat)
TRADE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"刷碗", (COLD_WET, STANDING)),  # the dishes scrubbed as a 洗碗工 washes them
    # a guard at the gate, in the lobby or on rounds, and a nurse or a carer at the bedside, on their feet all shift
    (r"(?:保安|安保)(?!公司|服务公司)(?:队员|人员|员)?|咨客", (STANDING,)),
    (rf"{NURSE}|护理(?:员|师)|{CARER}", (STANDING,)),
    # gardens and verges kept: on one's feet walking the beds with shears and a hose
    (r"绿化|园林(?:工|绿化|养护)|(?:草坪|苗木|花卉|绿地)养护", (STANDING, WALKING)),
    # the stock fed and its pens cleaned; boards sawn and fitted at the bench and on the floor
    (r"养殖|饲养", (STANDING,)),
    (r"木工", (STANDING, BEND)),
    # a hotel room's bathroom scrubbed, room after room
    (ROOM_ATTENDANT, (COLD_WET,)),
    # close work the eyes must follow: a garment machinist's seam and a cut thread, a weld or a joint soldered, a
    # phone's or a board's parts repaired, a part inspected under a lens
    # (not a forklift's, a loader's or a crane's 车工 driven, nor a lathe's: 叉车工, 铲车工, 天车工, 行车工, 车床车工)
    (
        r"(?<![洗修汽叉铲天行])(?<!数控)(?<!机加)(?<!机床)(?<!车床)车工|平车(?!司机|驾驶)|剪线头|剪线工|目检|显微镜",
        (FINE,),
    ),
    (
        r"(?:电|氩弧|二保)?焊工|电焊|(?:手机|电脑|PCBA?|电路板|主板)维修|质检|品检|检验员",
        (FINE,),
    ),
    # up ladders and poles: an electrician's lights and boxes, a broadband or air-conditioner installer's walls
    (rf"{ELECTRICIAN}|宽带(?:安装维护|安装|装维|维护)?|装维|空调(?:安装|维修)|网络布线|弱电", (HEIGHTS,)),
    # the lead (dev8's dev half): an estate's or a building's odd-job repairer changes the lamps and the pipes from a
    # ladder as an electrician does; a public toilet is scrubbed low, bowl by bowl; beans are soaked, rinsed and
    # pressed by hand in a 豆腐坊: by its maker (豆腐坊帮工, 做豆腐, 豆制品加工) or the workshop named alone, not its
    # cashier, seller or driver (豆腐坊收银, 卖豆腐, 豆芽配送司机), who sell or carry what is made (rev4 class 5); a
    # 豆制品厂 is the plant where it is made
    (r"物业维修|水电(?:维修|工|小修)|维修电工", (HEIGHTS,)),
    (r"(?:公厕|公共厕所|厕所|公共卫生间)(?:保洁|清洁|打扫)", (BEND,)),
    (TOFU, (COLD_WET, STANDING)),
)
# a kind's own duty waived ("不用打扫卫生", "不做卫生"), or the person cared for able to manage alone ("老人能自理",
# "自理老人": no turning, lifting or washing of one bedridden); not 不能自理 or 半自理
_SELF_CARING = r"(?<![不半失])(?:能|可以)自理|(?<![不半失能以])自理老人|生活(?:能|可以)?自理"
# the turning or lifting done by another ("有护工帮忙翻身，你只负责做饭", rev6)
_OTHERS = r"(?:护工|护士|家属|别人|其他人)"
_OTHERS_TURN = (
    rf"(?:有|由){_OTHERS}(?:帮忙|负责|来)?(?:翻身|抬|搬|扶)|(?:翻身|抬|搬|扶)[^，。；,;]{{0,3}}(?:由|有|是){_OTHERS}"
)
DUTY_EASED = {
    BEND: re.compile(
        rf"(?:不用|无需|不需要?|不必)(?:做|搞|打扫)(?:卫生|家务)?|不(?:做|搞|管)(?:卫生|家务)|{_SELF_CARING}"
    ),
    LIFTING: re.compile(rf"{_SELF_CARING}|{_OTHERS_TURN}"),
}
