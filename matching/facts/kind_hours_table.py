"""The ordinary hours of a kind of work, as three blind labellers judged it (issue 22, session 21).

For 230 kinds named by a title alone, three labellers, each alone and reading nothing of the project, answered whether a
full-time post of that kind whose text says nothing of its hours breaks five time limits said in a seeker's words
(`bench/kinds/hours/`, `python -m bench.kinds.hours`). Each row gives, for the job nouns of a post's name, the limits
that two or three of them called broken: the day starts before 08:00 (`EARLY`; `DAWN` where their assumed day starts
before 08:00 too, which an 08:00 start also misses), runs past 16:30 (`PICKUP`) or past 18:00 (`EVENING`), works
weekends (`WEEKEND`), or runs over eight hours (`LONG_DAY`); and, beside `EVENING`, whether two or three of them assumed a
day that runs on past 23:00 (`LATE`, their `hours` column; the night of `bits.NIGHT_FROM`: 代驾, 烧烤, KTV夜班, 夜班补货,
按摩), which an evening kept at home ("晚上得回来") or nights refused cannot meet (`kind_hours.hours_refused`). The first
row whose noun the name holds decides; a noun
of a kind whose majority found nothing broken (居家手工, 小学食堂分餐员) stands before the wider nouns, with no limit. The
ids are the labelled kinds a row comes from. Round 2's rows (`kind_hours_table2`) are read between `AT_HOME` and
`HOUR_KINDS` (`kind_hours.ROWS`): after the work done at home, before round 1's wider nouns.
"""

from __future__ import annotations

from matching.facts.kind_nouns import APPLIANCE_WASHER, CARER, FARM_HAND, ROOM_ATTENDANT, STEEL_FIXER, TILER

__all__ = [
    "AT_HOME",
    "DAWN",
    "DAY_LATE",
    "EARLY",
    "EVENING",
    "HOUR_KINDS",
    "LATE",
    "LONG_DAY",
    "OUT",
    "PICKUP",
    "ROTA",
    "SITE",
    "WEEKEND",
]

EARLY, DAWN, PICKUP, EVENING, WEEKEND, LONG_DAY = "early", "dawn", "pickup", "evening", "weekend", "long_day"
LATE = "late"
ROTA = (EARLY, PICKUP, EVENING, WEEKEND, LONG_DAY)  # a rota round the clock: guards, carers, drivers, the lines
DAY_LATE = (PICKUP, EVENING, WEEKEND, LONG_DAY)  # a shop's or a kitchen's day, to nine at night
SITE = (DAWN, PICKUP, WEEKEND, LONG_DAY)  # a building site or a field, from half past six to six
OUT = (DAWN, PICKUP, WEEKEND)  # out of doors from seven to five: cleaning, gardens, picking

# work done at home, whose hours are the worker's (K91 K141 K228 K229 K280 K281), but a carer who calls by day (K63)
AT_HOME: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"居家养老", (PICKUP,)),
    (r"居家|在家", ()),
)
HOUR_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # the kinds that break none of the limits (K91 K141 K193 K209), or only their own
    (r"手工|串珠|编织|数据标注|巡河|分餐", ()),
    (r"早餐|早点|送奶|送报|生鲜配送", (DAWN, WEEKEND)),  # K96 K213 K214: done by noon
    (r"包子|馒头|菜市场|摊位|烘焙|面馆", (DAWN, PICKUP, WEEKEND, LONG_DAY)),  # K98 K103 K189 K97
    (r"夜班|夜场|代驾", (EVENING, LATE, WEEKEND)),  # K192 K196 K77: the night itself, after the school run
    (r"屠宰|分割|豆制品|豆腐", (DAWN, EVENING, WEEKEND, LONG_DAY)),  # K157 K175
    (r"渣土", (EVENING, WEEKEND, LONG_DAY)),  # K151
    (r"网约车", (LONG_DAY,)),  # K75
    (r"陪诊", (DAWN,)),  # K144
    (r"家政|钟点|家务", (WEEKEND,)),  # K09: a home visit's hours are the household's
    (rf"{APPLIANCE_WASHER}|油烟机", (PICKUP, WEEKEND)),  # K223: a home visit, from half past eight (保洁师.家电清洗)
    # cleaning (K01-K07, K11, K12, K131): from seven to five; a mall's or a hotel's round the evening too
    (r"商场保洁|商场清洁|(?<![A-Za-z])PA(?![A-Za-z])|公厕", ROTA),
    (r"写字楼保洁|学校保洁", (DAWN, PICKUP)),  # K03 K06: weekends off
    (r"环卫|清扫", (*OUT, LONG_DAY)),
    (r"开荒", (PICKUP, WEEKEND, LONG_DAY)),
    (r"保洁|清洁", OUT),
    # care in the home and at the bedside, round the clock (K10 K58-K61 K161 K165); a clinic's nurse by day (K162)
    (r"诊所护士", (PICKUP, WEEKEND)),
    (rf"保姆|月嫂|育儿嫂|育婴|{CARER}|护理员|护士", ROTA),
    (r"助老|公益性岗位|协管|网格员|图书|电梯维保|药厂包装", (PICKUP,)),  # K63 K84-K86 K126 K173
    (r"保育员", (DAWN, PICKUP, LONG_DAY)),  # K145
    (ROOM_ATTENDANT, (PICKUP, WEEKEND)),  # K08
    (r"洗衣房|熨烫|干洗|改衣", (PICKUP, WEEKEND)),  # K107 K109 K142
    # kitchens and tables, to nine at night (K14-K20, K94, K99, K104, K105, K185-K187, K191)
    (r"食堂", (DAWN, PICKUP)),  # K22 K100
    (r"烧烤", (*DAY_LATE, LATE)),  # K104 K187: from three or four in the afternoon to two at night
    (
        r"洗碗|服务员|传菜|厨师|厨工|帮厨|切配|面点|打荷|后厨|(?:饭店|餐馆|餐厅|酒楼|饭馆)杂工|炒锅|火锅|裱花",
        DAY_LATE,
    ),
    (r"驿站", DAY_LATE),  # K90
    # parcels and warehouses (K31-K37 K40 K136-K138 K195)
    (r"快递|分拣|拣货|拣选|冷链|物流园", ROTA),
    (r"打包|装卸|冷库", DAY_LATE),
    # goods to the door and shops' counters (K21 K23-K29 K38 K39 K101 K102 K188 K190 K197 K198 K205 K218)
    (r"水果店|洗车|汽车美容|电动车维修|家具送货|布展", DAY_LATE),  # K102 K87 K119 K123 K218 K159
    (r"送货|送水", (PICKUP, WEEKEND)),
    (r"生鲜", (EARLY, PICKUP, WEEKEND, LONG_DAY)),
    (r"理货", (EARLY, PICKUP, WEEKEND)),
    (r"促销", (PICKUP, EVENING, WEEKEND)),  # K197: a shop's hours, not its early shelf-filling
    (r"超市|便利店|冻品|面包店|售票|(?:酒店|宾馆)前台", (EARLY, PICKUP, EVENING, WEEKEND)),
    (r"收银|导购|营业员|店员|配药|主播|助播|手机维修|洗衣店", (PICKUP, EVENING, WEEKEND)),
    (r"按摩", (*DAY_LATE, LATE)),  # K62: to midnight
    (r"理发|美发|美甲|美容|足浴|外卖|骑手|跑腿", DAY_LATE),  # K88 K89 K166 K37 K212
    (r"前台", (PICKUP,)),  # K79
    (r"叉车", (EARLY, PICKUP, WEEKEND, LONG_DAY)),
    (r"搬运|包装|装配|打磨|喷漆|油漆|装订|汽修|防水|广告牌", (PICKUP, WEEKEND, LONG_DAY)),
    (r"搬家|挖掘机|拖拉机|驾校", SITE),  # K160 K152 K153 K148
    (r"空调安装", ROTA),  # K124
    (r"仓管|仓库管理|维修|机修|安装工|水电|美缝|物业管家|电工(?!证)", (PICKUP, WEEKEND)),
    # factory lines on two twelve-hour shifts (K41-K48 K51 K110-K118 K168-K172 K176 K180 K182)
    (r"质检", DAY_LATE),
    (r"配料|焊", SITE),  # K174 K50 K179
    (r"灯检", (EARLY, PICKUP, WEEKEND)),  # K181
    (r"拣茶|挑拣|饮片", (PICKUP, WEEKEND)),  # K183 K184
    (r"普工|流水线|操作工|注塑|CNC|cnc|插件|组装|线束|缝纫|(?<!停)车位|针车|剪线|挡车|冲压|锅炉", ROTA),
    # guards, gates, stations and wheels, round the clock (K52-K55 K57 K74 K93 K95 K127 K128 K134 K149 K150 K207 K215)
    (r"保安|门卫|巡逻|巡场|值班|监控|停车场|收费员|安检|押运|加油", ROTA),
    (r"班车|劝导", (EARLY, PICKUP, EVENING)),  # K76 K211
    (r"管护", (EARLY, PICKUP, WEEKEND)),  # K210
    (r"(?:货车|出租车?|公交车?|冷链车|半挂|长途|大车)司机", ROTA),
    (r"校车", (DAWN, PICKUP)),  # K217
    # building sites and fields, from half past six (K64-K66 K69 K220; K70-K73 K154-K156 K225-K227)
    (rf"小工|{TILER}|木工|{STEEL_FIXER}|架子工|吊篮|外墙", SITE),
    (rf"{FARM_HAND}|鱼塘|捡蛋", ROTA),
    (r"采摘|摘菜|大棚|苗圃|起苗|绿化|园林", OUT),
    (r"导诊", OUT),  # K129
)
