"""What a kind of work asks of the body as three blind labellers judged it (issue 22, session 20).

Until now a kind's demands were chosen one by one from whichever persona set's judges met them, and where the sets'
judges disagreed (a 保洁's bending, a 洗碗工's loads, a 普工's standing) the kind was left silent. Here they are decided
once, from a source apart from the sets and from these rules: three labellers, each alone and reading nothing of the
project, answered for 95 kinds named by a title only and 13 limits said in a seeker's words whether offering the job
breaks the limit in the ordinary case (`bench/kinds/acceptability/`, `python -m bench.kinds.acceptable`). Every cell
that two or three of them called unacceptable, and that the older tables (`kind_nouns`, `kind_trades`, `kind_roles`,
`kind_rounds`, `kind_air`, `kind_climate`, `body_hands`) did not imply, is implied here, by the kind's nouns in a post's
name. Like every kind's demand it is `implied` (the page says 「保洁常需弯腰」), never said where the text eases it
("不用弯腰", "有推车") and never where the name is of one who runs the work (`kind_nouns.NOT_DOING`: 主管, 文员, 督导,
so 文员's and 会计's small print stay unread here). The id after each line is the labelled kind it comes from.
"""

from __future__ import annotations

from matching.facts.kind_nouns import (
    AIR,
    BEND,
    CARER,
    COLD_WET,
    FARM_HAND,
    FINE,
    HANDS,
    HEAT,
    HEIGHTS,
    IRONER,
    LIFTING,
    NOISE,
    ROOM_ATTENDANT,
    SITTING,
    STAIRS,
    STANDING,
    STEEL_FIXER,
    TILER,
    WALKING,
)

__all__ = ["LABELLED_KINDS", "MORE_LABELLED_KINDS"]

_GAP = r"[^，。；,;（(]{0,4}?"
_WORKER = r"(?:普工|操作工|员工|工人|作业员|杂工)"
# a cleaner of any place but a home or a new flat, whose own rows follow
_CLEANER = r"(?<!家政)(?<!开荒)(?:保洁|清洁(?:工|员|阿姨|大姐|人员)|(?<![A-Za-z])PA(?![A-Za-z]))"

LABELLED_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # cleaning: mopped, wiped and wrung with both hands, floor to floor (K01-K07)
    (_CLEANER, (BEND, COLD_WET, WALKING, HANDS)),
    (r"(?:小区|物业|楼道)[^，。；,;（(]{0,3}?(?:保洁|清洁)", (STAIRS, LIFTING)),  # K02: stairwells, the bins
    (r"(?:学校|校园)[^，。；,;（(]{0,3}?(?:保洁|清洁)", (STAIRS,)),  # K06
    (r"医院[^，。；,;（(]{0,3}?(?:保洁|清洁)", (AIR,)),  # K05: disinfectant
    (r"开荒", (COLD_WET, STAIRS, LIFTING, WALKING)),  # K11
    (r"环卫(?!司机|车|驾驶)|道路清扫|扫马路|马路清扫", (BEND, LIFTING, HANDS)),  # K12
    (r"垃圾分类", (STANDING, AIR)),  # K13 (a 督导 by name runs the work: `NOT_DOING`)
    (ROOM_ATTENDANT, (LIFTING,)),  # K08: the linen
    (r"保姆", (AIR, HANDS)),  # K10: a home's cooking
    (r"月嫂", (COLD_WET, AIR, HANDS)),  # K60
    (r"育儿嫂", (LIFTING,)),  # K61: a toddler carried (not a newborn, 月嫂; 育婴 lifts by round 3: kind_labelled3)
    (r"育儿嫂|育婴", (HANDS,)),
    (r"养老护理|(?<![养维防监])护理员", (COLD_WET, WALKING, HANDS)),  # K58
    (CARER, (HANDS,)),  # K59
    (r"助老|居家养老|上门(?:养老|照护|护理)", (BEND, STAIRS, HANDS)),  # K63
    # kitchens and counters (K14-K24, K28)
    (r"洗碗|刷碗", (LIFTING, HEAT, HANDS)),  # K14: racks of plates, the steam
    (r"(?<!客房)(?<!家政)(?<!加油站)服务员|传菜", (HANDS,)),  # K15, K16
    (r"厨师(?!长)|大厨|炒菜", (LIFTING, HEAT, HANDS)),  # K17 (a 厨师长 runs the kitchen)
    (r"帮厨|厨工|后厨|面点|打荷", (HEAT, HANDS)),  # K18, K20
    (
        rf"(?:快餐|奶茶|茶饮|饮品|咖啡|便利店|小吃|汉堡|炸鸡){_GAP}(?:店员|员工|服务员|营业员)",
        (HANDS,),
    ),  # K21, K23, K27
    (rf"(?:超市|商超|卖场){_GAP}收银", (HANDS,)),  # K24
    (r"理货", (BEND, WALKING, HANDS)),  # K25
    (rf"生鲜{_GAP}(?:员工|店员|营业员|帮工|工作人员|售货员)", (COLD_WET, HANDS)),  # K28
    (rf"(?:药店|药房|大药房){_GAP}(?:营业员|店员|导购)|药品营业员", (FINE,)),  # K29: the small print
    # warehouses, parcels and deliveries (K31-K40, K90)
    (r"拣货|拣选", (BEND, HANDS)),  # K31
    (r"分拣", (BEND, HANDS)),  # K32
    (r"搬运|装卸|卸车|卸货|上货", (BEND, WALKING, HANDS)),  # K34, K35
    (r"(?<!冷库)(?<!冻库)(?:搬运|装卸|卸车|卸货|上货)", (HEAT,)),  # not a cold store's (K137)
    (r"(?<![库间厂园场站区])搬运", (STAIRS,)),  # K35: a plain 搬运工's stairs, not a warehouse's or a plant's floor
    (r"快递员|快递(?:小哥|派送|配送|收派)|派件|外卖|骑手|送餐员|闪送|跑腿", (HEAT, HANDS)),  # K36, K37
    (r"送货", (STAIRS, HANDS)),  # K38
    (r"送水|桶装水", (BEND, HEAT, HANDS)),  # K39
    (r"叉车", (SITTING, HANDS)),  # K40
    (r"驿站(?:店员|员工|营业员|工作人员)", (BEND, HANDS)),  # K90
    # factories (K41-K51)
    (rf"电子(?:厂|公司|车间){_GAP}{_WORKER}", (FINE, HANDS)),  # K41
    (rf"食品(?:厂|公司|车间){_GAP}{_WORKER}", (STANDING, HANDS)),  # K42
    (r"流水线(?:操作工|工人|普工|作业员|员工)?", (HANDS,)),  # K43
    (r"包装(?:工|员)", (STANDING, HANDS)),  # K44
    (r"缝纫|车位工|车缝", (HANDS,)),  # K46
    (r"组装|装配", (HANDS,)),  # K47
    (r"注塑", (STANDING, AIR, HEAT, HANDS)),  # K48
    (r"机修", (BEND, LIFTING, STANDING, NOISE, HANDS)),  # K49
    (r"焊工|电焊|氩弧焊|气保焊|二保焊", (BEND, LIFTING, STANDING, AIR, HEAT, HANDS)),  # K50
    (
        r"(?:(?<![A-Za-z])CNC|数控|车床|铣床)(?:操作工|操作员|加工|技工|学徒|师傅)?",
        (STANDING, FINE, NOISE, HANDS),
    ),  # K51
    # property, watch rooms, care of the body (K56-K62)
    (rf"物业{_GAP}维修|水电工|水电维修", (BEND, STANDING, HANDS)),  # K56, K67
    (rf"物业{_GAP}维修", (STAIRS,)),  # K56
    (r"监控(?:室|中心)?(?:值班|值机|员)", (FINE, SITTING)),  # K57
    (r"按摩|推拿|足疗", (STANDING, HANDS)),  # K62
    # building sites and trades (K64-K69)
    (
        rf"(?:建筑|工地){_GAP}(?:小工|杂工|普工|工人)",
        (BEND, STAIRS, LIFTING, STANDING, WALKING, AIR, HEAT, NOISE, HANDS),
    ),
    (TILER, (COLD_WET, STAIRS, STANDING, AIR, HANDS)),  # K65
    (r"木工", (HEIGHTS, AIR, NOISE, HANDS)),  # K66
    (r"油漆|喷漆|刷漆", (BEND, STANDING, HANDS)),  # K68
    (STEEL_FIXER, (STAIRS, HEIGHTS, NOISE, HANDS)),  # K69
    # fields and farms (K70-K73)
    (r"绿化|园林(?:工|绿化|养护)|(?:草坪|苗木|花卉|绿地)养护", (LIFTING, HANDS)),  # K70, K71
    (r"采摘", (STANDING, WALKING, HANDS)),  # K72
    (r"(?<!茶叶)(?<!茶)(?<!茶园)采摘", (LIFTING,)),  # an orchard's crates, not tea leaves (K154)
    (FARM_HAND, (BEND, WALKING, AIR, HANDS)),  # K73
    # wheels (K74-K77): both hands on the wheel; a shuttle's long seat
    (r"司机|驾驶员|代驾", (HANDS,)),
    (r"班车(?:司机|驾驶员?)", (SITTING,)),  # K76 (not 「有宿舍班车」, a benefit)
    # desks and counters (K83-K95)
    (r"录入", (FINE, HANDS)),  # K83
    (r"图书管理", (FINE,)),  # K86
    (r"网格员", (STAIRS,)),  # K84
    (r"治安协管|协管员", (STANDING,)),  # K85
    (r"洗车", (HANDS,)),  # K87
    (r"美甲|美睫", (FINE, AIR, SITTING, HANDS)),  # K88
    (r"理发|美发|发型师", (STANDING, AIR, HANDS)),  # K89
    (r"串珠|穿珠|钉珠", (HANDS,)),  # K91
    (r"加油员|加油站", (STANDING, AIR)),  # K93
    (r"安检", (FINE,)),  # K95: the X-ray screen
)

_EATERY = r"(?:小吃|快餐|早餐|早点|饭|餐|面|粉|包子|饺子|馄饨)(?:店|馆|铺|档|摊)"
# round 2 (K96-K160): 65 more kinds, labelled as the first 95 were, by three other labellers
MORE_LABELLED_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # small eateries' and canteens' helpers: the sink, the stove, both hands (K96-K100, K158)
    (rf"{_EATERY}{_GAP}(?:帮忙|帮工|帮手|杂工)|早(?:餐|点)摊", (COLD_WET, HEAT, HANDS)),
    (rf"早(?:餐|点)(?:店|铺|摊){_GAP}(?:帮忙|帮工|帮手|杂工)|早(?:餐|点)摊", (AIR,)),  # K96: the fryer
    (rf"包子(?:店|铺|馆){_GAP}(?:帮忙|帮工|帮手|杂工)", (LIFTING,)),  # K98: flour sacks
    (
        rf"(?:饭店|饭馆|餐馆|酒楼|酒店|餐厅|后厨|厨房){_GAP}杂工",
        (BEND, COLD_WET, LIFTING, AIR, HEAT, HANDS),
    ),  # K99, K158
    (r"食堂(?:帮工|杂工|帮厨)", (COLD_WET, LIFTING, AIR, HEAT, HANDS)),  # K100
    # shops and stalls (K101-K106)
    (rf"(?:冻品|冷冻|冷柜){_GAP}(?:营业员|店员|理货员|员工)", (BEND, COLD_WET, LIFTING, HANDS)),  # K101
    (rf"水果(?:店|摊|超市){_GAP}(?:店员|营业员|员工|帮工)", (LIFTING, HANDS)),  # K102
    (rf"(?:菜市场|菜场|农贸市场|菜摊|摊位){_GAP}(?:帮工|帮忙|杂工|小工|伙计)", (HANDS,)),  # K103
    (rf"(?:烧烤|火锅|烤肉|串串){_GAP}(?:服务员|店员|员工)", (AIR,)),  # K104, K105: smoke and steam
    (rf"烧烤{_GAP}(?:服务员|店员|员工)", (NOISE,)),  # K104
    (r"裱花", (HANDS,)),  # K106
    # laundries (K107-K109)
    (r"洗衣房|布草", (BEND, LIFTING, STANDING, HEAT, NOISE, HANDS)),  # K107
    (r"洗衣(?:店|房)", (HANDS,)),  # K108
    (IRONER, (HEAT, HANDS)),  # K109
    # workshops (K110-K118)
    (r"剪线", (HANDS,)),  # K110
    (r"针车", (SITTING, HANDS)),  # K111
    (rf"鞋(?:厂|业){_GAP}{_WORKER}", (STANDING, AIR, HANDS)),  # K112: glue
    (r"挡车工", (STANDING, WALKING, AIR, HEAT, HANDS)),  # K113
    (r"打磨", (BEND, STANDING, NOISE, HANDS)),  # K114
    (rf"玻璃(?:厂|公司|车间){_GAP}{_WORKER}", (LIFTING, STANDING, NOISE, HANDS)),  # K115
    (r"装订", (HANDS,)),  # K116
    (rf"塑料(?:厂|制品厂|公司|车间){_GAP}{_WORKER}", (STANDING, AIR, HEAT, HANDS)),  # K117
    (r"冲压|冲床", (HANDS,)),  # K118
    # repairs and installs (K119-K126)
    (r"汽车美容|汽车(?:清洗|保养)工", (BEND, COLD_WET, STANDING, HANDS)),  # K119
    (r"汽修|汽车维修|修车", (BEND, LIFTING, STANDING, AIR, HANDS)),  # K120
    (r"家电(?:维修|安装)", (BEND, LIFTING, FINE, HANDS)),  # K121
    (r"手机维修|修手机", (SITTING, HANDS)),  # K122
    (r"(?:电动车|电瓶车|摩托车|自行车|单车)(?:维修|修理)|修(?:电动|电瓶|摩托|自行)车", (LIFTING, HANDS)),  # K123
    (r"空调(?:安装|维修|移机)", (BEND, STAIRS, LIFTING, STANDING, HANDS)),  # K124
    (r"宽带(?:安装|装维|维护)|装维", (STAIRS, WALKING, FINE, HANDS)),  # K125
    (r"电梯(?:维保|维修|保养|安装)", (BEND, STAIRS, HEIGHTS, HANDS)),  # K126
    # guards, wards, lots and posts on foot (K127-K136)
    (rf"(?:园区|厂区|工业园|工地|景区|河道){_GAP}巡逻", (HEAT,)),  # K127: rounds in the sun
    (r"导诊", (STANDING,)),  # K129
    (r"配药", (STANDING, FINE, HANDS)),  # K130
    (r"巡场", (STANDING, WALKING)),  # K134
    (rf"(?:快递|物流)(?:网点|站点){_GAP}仓管", (BEND, LIFTING, STANDING, WALKING, HANDS)),  # K136
    (rf"(?:物流|仓储|物流园){_GAP}理货", (LIFTING,)),  # K138
    # needles, stoves and children at home and in care (K142-K145)
    (r"改衣|缝补|裁缝", (FINE, SITTING, HANDS)),  # K142
    (rf"(?:做饭|烧饭){_GAP}(?:钟点工|阿姨|保姆)", (STANDING, HEAT, HANDS)),  # K143
    (r"陪诊", (STANDING, WALKING)),  # K144
    (r"保育(?:员|老师|阿姨)", (BEND, COLD_WET, LIFTING, STANDING, NOISE, HANDS)),  # K145
    # wheels and machines (K148-K153)
    (r"驾校教练|驾驶教练|学车教练", (SITTING,)),  # K148
    (r"渣土车|挖掘机|挖机", (AIR, NOISE)),  # K151, K152
    (r"拖拉机(?:手|司机|驾驶员?)|农机手", (AIR, HEAT, NOISE, SITTING, HANDS)),  # K153 (not a 拖拉机厂)
    # fields, ponds, the cutting room, the hall being built, the move (K155-K160)
    (r"大棚", (BEND, LIFTING, STANDING, HANDS)),  # K155
    (r"鱼塘|塘口|水产养殖", (COLD_WET, HEAT)),  # K156
    (r"屠宰|分割工|剔骨|宰杀", (LIFTING, AIR, HANDS)),  # K157
    (r"布展|展台搭建|搭建工", (BEND, LIFTING, STANDING, WALKING, HEIGHTS, HANDS)),  # K159
    (r"搬家", (BEND, STANDING, WALKING, HEAT, HANDS)),  # K160
)
