"""What a kind of work asks of the body as three more blind labellers judged it (issue 22, session 22): round 4 of
`bench/kinds/acceptability/` (K231-K300, 70 kinds, the same brief as rounds 1-3, `python -m bench.kinds.acceptable`).

Every cell that two or three of them called unacceptable and that the older tables (`kind_nouns` … `kind_labelled3`)
did not imply is implied here, by the kind's nouns in a post's name, as `kind_labelled3` does: `implied`, never where
the text eases it, never where the name is of one who runs the work (`kind_nouns.NOT_DOING`). Nouns kept from
overreaching: a 康复 physiotherapist lifts a patient, a 中医理疗师 or a beauty parlour's stands at the couch and lifts
none; a foot-bath technician bends and needs both hands but sits on a stool (no standing, as labelled); 检票 is no
安检票务, 讲解员 no 游戏讲解员, 燃气安检 no metro 安检员; a steel mill's crane driver breathes its heat and fumes, a port's
or a machine shop's does not; 收费员 sits at a highway's booth or a clinic's window, not a car park's (round 1's K55).

`OWN_WORK` is round 3's departure again (`kind_labelled3.OWN_WORK`, read beside it by `kinds`): 行政助理 and 人事专员
sit at a desk all day, a 视频剪辑's eyes follow the frames, though 行政, 人事, 助理, 专员, 视频 and 剪辑 are words of
`NOT_DOING`; so does round 2's 共享单车运维调度员 (K135), whose row `kind_labelled` held and `NOT_DOING` (运维, 调度)
silenced. `kind_nouns.TILER` now reads a 瓷砖铺贴工 (K289) too. The id after each line is the labelled kind it comes from.
"""

from __future__ import annotations

from matching.facts.kind_nouns import (
    AIR,
    BEND,
    COLD_WET,
    FINE,
    GAP,
    HANDS,
    HEAT,
    HEIGHTS,
    LIFTING,
    NOISE,
    PLANT,
    PLANT_HAND,
    SITTING,
    STAIRS,
    STANDING,
    WALKING,
)

__all__ = ["FOURTH_LABELLED_KINDS", "OWN_WORK"]

_WORKS = r"(?:厂|工厂|车间)"  # a works, not a company (汽车公司 sells cars too)
# a tile layer (`TILER` without the bricklayer and the plasterer, 瓦工, 泥工), whose cutter screams
_TILE_LAYER = r"贴砖|瓷砖工|铺砖|(?:瓷|地|墙)砖(?:铺贴|铺设)"

FOURTH_LABELLED_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # installers and building trades (K231, K289, K293)
    (
        r"(?:铝合金|塑钢|断桥铝?)门窗(?:安装)?(?:工|师傅)?|门窗(?:安装|工|师傅)(?:工|师傅)?|装门窗",
        (BEND, STAIRS, LIFTING, STANDING, HEIGHTS, NOISE, HANDS),
    ),  # K231: the frames carried up and fixed in the opening
    (_TILE_LAYER, (NOISE,)),  # K289: the tile cutter (`TILER` reads 铺贴 too: its older demands with it)
    (
        r"钢结构(?:安装|施工|焊接)?(?:工|师傅|工人)|钢结构安装|钢构(?:安装|工)",
        (BEND, STAIRS, LIFTING, STANDING, HEIGHTS, HEAT, NOISE, HANDS),
    ),  # K293
    # plants and their lines (K232-K235, K247, K258-K263, K286-K287, K290-K292, K294)
    (
        rf"(?:石材|石料|大理石|花岗岩)(?:加工)?{_WORKS}?(?:切割|打磨|加工|{PLANT_HAND})",
        (LIFTING, STANDING, AIR, NOISE, HANDS),
    ),  # K232: the wet saw's dust and scream
    (rf"砖(?:厂|窑){GAP}{PLANT_HAND}|制砖|烧砖", (AIR, HEAT, NOISE, HANDS)),  # K233: the kiln's dust and heat
    (rf"纸箱{PLANT}?{GAP}{PLANT_HAND}", (LIFTING, STANDING, NOISE, HANDS)),  # K234
    (r"剥虾|虾仁加工|水产加工", (HANDS,)),  # K235
    (
        rf"总装(?:线|车间)?{GAP}(?:{PLANT_HAND}|生产工|工)|(?:汽车|整车)(?:制造|生产|主机)?{_WORKS}{GAP}{PLANT_HAND}",
        (BEND, LIFTING, STANDING, NOISE, HANDS),
    ),  # K247
    (r"机绣|电脑绣花(?!制版|维修|修理)", (STANDING, FINE, NOISE, HANDS)),  # K258: the machines (not a seated 绣花)
    (rf"充绒|羽绒(?:服)?{PLANT}{GAP}{PLANT_HAND}", (AIR, HANDS)),  # K259: the down's fluff
    (rf"手工缝(?:制|纫|线)?|皮具{PLANT}?{GAP}(?:缝制|缝纫|{PLANT_HAND})", (FINE, SITTING, HANDS)),  # K260
    (rf"玩具{PLANT}?{GAP}{PLANT_HAND}", (HANDS,)),  # K261
    (rf"灯具{PLANT}?{GAP}(?:组装|装配|{PLANT_HAND})", (FINE,)),  # K262
    (r"施釉|喷釉|浸釉", (COLD_WET, STANDING, AIR, HANDS)),  # K263
    (
        rf"腌制|腌(?:菜|渍)|(?:酱菜|泡菜|榨菜|咸菜){PLANT}?{GAP}{PLANT_HAND}",
        (BEND, COLD_WET, LIFTING, STANDING, AIR, HANDS),
    ),  # K286: the vats, the brine
    (
        rf"酿酒|酿造(?:工|师傅)|(?:酒厂|酒业|酒坊|白酒{PLANT}){GAP}{PLANT_HAND}",
        (BEND, LIFTING, STANDING, AIR, HEAT, HANDS),
    ),  # K287: the grain turned, the stills
    (
        rf"岩棉|玻璃棉|矿棉|(?:保温|隔热)材料{PLANT}{GAP}{PLANT_HAND}",
        (LIFTING, STANDING, AIR, HEAT, NOISE, HANDS),
    ),  # K290
    (rf"拉丝|(?:电线|电缆|线缆){PLANT}{GAP}{PLANT_HAND}", (LIFTING, STANDING, NOISE, HANDS)),  # K291
    (r"天车|行车工|行车司机|桥吊|龙门吊", (STAIRS, HEIGHTS, NOISE, SITTING, HANDS)),  # K292: the cab up its ladder
    (rf"(?:钢厂|钢铁|炼钢|轧钢|冶炼|铸造){GAP}(?:天车|行车)", (AIR, HEAT)),  # K292: a steel mill's, not a port's
    (
        rf"(?:电动车|电瓶车|两轮车|摩托车|自行车){GAP}{_WORKS}{GAP}{PLANT_HAND}|(?:电动车|电瓶车|两轮车)(?:装配|组装)",
        (STANDING, HANDS),
    ),  # K294
    # kitchens, counters and food (K236, K276, K279, K284, K285)
    (rf"卤(?:菜|味|肉)(?:店|馆|档|铺)?{GAP}(?:店员|营业员|员工|帮工|服务员)", (HANDS,)),  # K236
    (rf"(?:幼儿园|托儿所|托育){GAP}(?:厨师|厨工|炊事员|厨房)", (COLD_WET,)),  # K276: a small kitchen's sink too
    (r"助餐员|配餐(?:员|工)", (STANDING,)),  # K271, K279
    (rf"(?:医院|病区|病房|住院部){GAP}(?:配餐|送餐)", (WALKING,)),  # K271: the wards' rounds
    (rf"分装(?:工|员)|中央厨房{GAP}{PLANT_HAND}", (STANDING, HANDS)),  # K284
    (r"烤鸭|烧腊|烧鹅", (STANDING, AIR, HEAT, HANDS)),  # K285: the oven and the chopping block
    # bath houses, parlours, halls and shops (K237-K240, K251, K252, K268, K300)
    (r"足浴(?:技师|师)|足疗师|洗脚(?:技师|师傅|工)|修脚", (BEND, HANDS)),  # K237 (sat on a stool: no standing)
    (r"搓澡|搓背", (BEND, COLD_WET, STANDING, HEAT, HANDS)),  # K238
    (rf"棋牌(?:室|馆)?{GAP}(?:服务员|店员|员工|前台|收银)|麻将馆", (AIR,)),  # K239: the smoke
    (rf"(?<![A-Za-z])网管|(?:网吧|网咖|电竞馆){GAP}(?:服务员|收银|店员|员工)", (AIR,)),  # K240
    (rf"花店{GAP}(?:店员|营业员|员工|学徒|帮工)|花艺(?:师|学徒)", (COLD_WET, HANDS)),  # K251: stems in water
    (r"宠物(?:美容|洗护|洗澡)", (COLD_WET, STANDING)),  # K252 (its hands: `kind_labelled3`'s 美容师)
    (r"验光", (FINE,)),  # K268
    (rf"代收点{GAP}(?:店员|员工|营业员|工作人员)", (BEND, LIFTING, HANDS)),  # K300
    # scenic spots, stations, booths (K241-K243, K282, K283, K297)
    (r"(?<!安)检票", (STANDING,)),  # K241 (not 安检票务)
    (r"(?<!游戏)(?<!赛事)讲解员", (STANDING, WALKING)),  # K242
    (r"行李员|门童", (LIFTING, STANDING)),  # K243
    (r"站务", (STANDING, WALKING)),  # K282
    (rf"(?:高速|公路|收费站|路桥){GAP}收费员", (AIR, SITTING)),  # K283: the exhaust at the booth
    (
        rf"(?:医院|卫生院|卫生服务中心|门诊|诊所){GAP}收费(?:员|窗口)|挂号收费",
        (SITTING,),
    ),  # K297 (not a car park's, round 1's K55)
    # rounds, repairs and care (K244-K246, K249-K250, K255-K257, K272, K274, K275, K277, K295, K296)
    (rf"燃气{GAP}(?:入户)?(?:安检|巡检)(?:员|工)?|入户安检", (BEND, STAIRS, WALKING)),  # K244
    (r"抄表", (FINE,)),  # K245: the dials
    (r"补胎|换胎|扒胎|轮胎(?:店|快修|维修|修理)|轮胎工", (LIFTING, STANDING, NOISE, HANDS)),  # K246
    (r"钣金(?:喷漆)?", (NOISE,)),  # K248: the hammering
    (rf"粮(?:库|站|仓|食储备库?){GAP}(?:保管员?|仓管员?|{PLANT_HAND})", (AIR,)),  # K249: the grain's dust
    (r"(?:农机|拖拉机|收割机|农用车)(?:维修|修理)", (BEND, LIFTING, STANDING, AIR, NOISE, HANDS)),  # K250
    (rf"(?:特殊教育|特教|培智|孤独症|自闭症){GAP}助教", (BEND, STANDING)),  # K255
    (r"(?<!产后)(?<!中医)(?<!精神科)康复(?:(?:理疗|治疗)(?:师|士)|技师|师)", (LIFTING,)),  # K256: the patient moved
    (r"理疗师|康复(?:治疗)?(?:技师|师|士)", (STANDING, HANDS)),  # K256 (a 中医理疗师's couch too)
    (r"种植(?:工|员)|药材(?:种植|基地|采挖)", (LIFTING, STANDING, WALKING, HEAT, HANDS)),  # K257
    (r"运送(?:员|工)|标本运送", (STANDING, WALKING)),  # K272
    (r"救生员", (COLD_WET, LIFTING, AIR, HANDS)),  # K274: the pool's chlorine, a swimmer pulled out
    (r"健身(?:房)?教练|私人教练", (BEND, LIFTING, STANDING, HANDS)),  # K275
    (r"(?<!民)宿管(?!家)|宿舍管理(?:员|人员)|舍管", (STAIRS,)),  # K277: floor by floor
    (r"(?<!机车)(?<!动车)整备(?:员|工|师)|二手车整备", (BEND, COLD_WET, STANDING, HANDS)),  # K295
    (
        rf"(?:啤酒|饮料|酒水|矿泉水){GAP}(?:送货|配送)(?!司机|驾驶)",
        (BEND, WALKING, HEAT),
    ),  # K296: crates down the lanes
    # home piecework, a shop's screen (K280, K299)
    (r"糊(?:纸盒|盒子|纸袋|盒)|折纸盒|纸盒(?:加工|手工)", (HANDS,)),  # K280
    (r"(?<![有懂会])美工(?!基础)", (FINE, SITTING)),  # K299 (a 美工设计师 designs: `NOT_DOING`)
)

# round 4's labelled kinds whose name holds a word of `NOT_DOING` but whose work is done by the person (read with
# `kind_labelled3.OWN_WORK`, and, as it is, not where the name also runs them: `kind_labelled3.RUNS`)
OWN_WORK: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"(?:行政|人事|人力资源?|人力)+(?:助理|专员|文员)", (SITTING,)),  # K264, K265
    # round 2's K135 (see above): the bikes hauled onto the truck in the sun
    (r"(?:共享单车|单车|电单车)(?:运维|调度)", (BEND, LIFTING, STANDING, WALKING, HEAT, HANDS)),
    (
        r"(?<!拍摄)(?<!摄影)(?<!摄像)(?<!拍摄[/、])剪辑(?![^，。；,;（(]{0,6}?(?:拍摄|摄影|摄像))",
        (FINE, SITTING),
    ),  # K281 (not one who shoots the video too)
)
