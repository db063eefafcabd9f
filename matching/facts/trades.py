"""Trades that years of work are counted in: which trades some words name, and whether a posting's requirement and a
person's years are of different ones, or of one the person says they never did."""

from __future__ import annotations

import re

# A trade the person never did ("没干过保洁", "从来没做过销售"): no years of it, and no word on other work.
UNTRIED = re.compile(r"(?:从来|从|还|都|也)?没(?:有)?(?:干|做|当)过(?=[\u4e00-\u9fff])(?!这|那)")

# Trades that years of work are counted in (issue 22): judges count years only in the posting's own trade ("干了十年
# 物业水电" is no years of 电焊). A word may name more than one ("饭店": the kitchen and the dining room); two texts
# are of clearly different trades only when each names some and they share none (`different_trades`).
_COOKS = ("厨师", "厨子", "炒", "掌勺", "颠勺", "大厨", "主厨", "面点", "面食", "白案", "包子", "馒头", "烧烤", "烤串")
# cuisines of their own, inside the kitchen and the cook's trade: a requirement naming one counts its years only
# ("做过两年以上日料的，中餐转行的不要": none of a 炒锅's or a 切配's); a 日料 cook's years are a cook's
_CUISINES = {"日料": ("日料", "日本料理", "日式料理", "寿司", "刺身"), "西餐": ("西餐", "牛排")}
_CUISINE_NAMES = tuple(name for names in _CUISINES.values() for name in names)
_KITCHEN_COOKS = (*_COOKS, *_CUISINE_NAMES)
# an e-bike's repair is wiring and mechanics: an electrician's years and a mechanic's count, a building site's do not
# (dev13: 「干了六年水电」 takes 电动车维修, 「在工地干了八年」 does not)
_EBIKE_REPAIR = ("电动车维修", "电动车修理", "修电动车", "电瓶车维修", "电瓶车修理", "修电瓶车")
_TRADES: dict[str, tuple[str, ...]] = {
    "焊接": ("焊",),
    "电工": ("电工", "水电", "电气", "强电", "弱电", "布线", *_EBIKE_REPAIR),
    "会计": ("会计", "出纳", "财务", "账", "核算", "统计"),  # a 统计员 counts, as an office clerk does
    "行政": ("行政", "文员", "文秘", "秘书", "前台", "人事", "内勤", "办公室", "录入", "统计"),
    "质检": ("质检", "品检", "品管", "品质", "检验", "qc"),
    "厨房": (
        "厨",
        "配菜",
        "切配",
        "打荷",
        "凉菜",
        "卤",
        "熟食",
        "洗碗",
        "餐饮",
        "饭店",
        "餐厅",
        "饭馆",
        *_KITCHEN_COOKS,
    ),
    **_CUISINES,
    # a cook's trade inside the kitchen: a requirement naming it counts cooks' years only ("两年以上面点经验" is
    # none of a 切配's, eight years of 炒菜 count); one naming the kitchen counts 切配, 打荷, 面点 alike
    "烹饪": _KITCHEN_COOKS,
    "餐厅": ("服务员", "传菜", "盘子", "点菜", "洗碗", "餐饮", "饭店", "餐厅", "饭馆"),
    "客房": ("客房", "酒店", "宾馆", "服务员"),
    "保洁": ("保洁", "清洁", "打扫", "客房", "钟点工", "家政"),  # reviewer: a room attendant's years are a cleaner's
    "保安": ("保安", "安保", "门卫", "警卫", "巡逻", "看门", "大门"),
    "驾驶": (
        "司机",
        "驾驶",
        "开车",
        "货车",
        "出租车",
        "网约车",
        "大车",
        "半挂",
        "城配",
        "公交",
        "大巴",
        "客车",
        "面包车",
    ),
    "仓储": ("仓库", "仓管", "库管", "分拣", "理货", "装卸", "搬运", "快递", "物流", "叉车"),
    "销售": ("销售", "导购", "推销", "业务员", "营业员", "电销"),
    "收银": ("收银",),
    "客服": ("客服", "话务"),
    "家政": ("保姆", "家政", "钟点工", "护工", "陪护", "老人", "保洁"),
    "母婴": ("月嫂", "育儿嫂", "母婴", "带娃", "婴"),  # judges: "住家保姆" years are not a 月嫂's
    "护理": ("护士", "护理", "护工", "陪护", "养老", "老人"),
    "教学": ("老师", "教师", "教学", "家教", "幼师", "幼儿园"),
    "美发": ("美容", "美发", "理发", "美甲", "发型"),
    "汽修": ("汽修", "修车", "汽车维修", "钣金", "喷漆", *_EBIKE_REPAIR),
    "建筑": ("木工", "瓦工", "泥瓦", "钢筋", "架子工", "油漆", "装修"),
    # not "物业": a workplace, like 电子厂 ("两年以上物业维修经验" is met by an electrician's years, as judged)
    "部队": (
        "当兵",
        "服役",
        "部队",
        "参军",
        "入伍",
        "退伍",
        "退役",
        "军人",
        "兵",  # "当了五年兵"
    ),  # military service is work, of no civilian trade but a guard's (`_SERVES_AS`)
    "制图": ("图纸", "画图", "制图", "绘图", "cad"),
    "缝纫": ("车位工", "车工", "平车", "缝纫", "制衣", "踩车", "锁边", "拷边", "熨烫", "整烫", "服装厂", "服装加工"),
    "机加工": (
        "车工",
        "车床",
        "数控",
        "cnc",
        "铣工",
        "磨工",
        "机加工",
    ),  # a 车工 sews in a garment works, turns in a machine shop  # not "服装厂", "电子厂": a workplace, any of its trades
    "注塑": ("注塑",),
    "冲压": ("冲压", "冲床"),
    # crafts practised: a year of 毛笔字 is none of 国画's, nor any work's for pay
    "书法": ("毛笔字", "硬笔字", "钢笔字", "书法"),
    "绘画": ("国画", "水彩", "油画", "素描", "绘画", "画画"),
    "乐器": (
        "钢琴",
        "古筝",
        "二胡",
        "小提琴",
        "吉他",
        "尤克里里",
        "架子鼓",
        "爵士鼓",
        "琵琶",
        "扬琴",
        "笛子",
        "萨克斯",
        "手风琴",
        "大提琴",
        "竹笛",
    ),
    "舞蹈": ("舞蹈",),
    "声乐": ("声乐",),
    "叉车": ("叉车",),  # within the warehouse and driving: a 仓管's or a lorry driver's years are none of a forklift's
    "流水线": ("流水线", "装配", "组装", "普工", "包装"),  # 包装: packing on a line, none of a skilled trade's years
    "医药": ("药店", "药房"),
    # tea made by hand, none of a cook's trade though it is fried ("炒了二十五年瓜片", "手工炒茶": `_FRIED_NOT_FOOD`)
    "制茶": ("制茶", "采茶", "拣茶", "烘茶", "揉茶", "做茶"),
}
# 炒 that cooks no food: tea roasted ("炒茶", "炒了二十五年瓜片", "炒黄芽炒了十年"), read as 制茶; shares, houses or being
# fired (炒股, 炒房, 炒鱿鱼), read as no trade (s22 dev16: 25 years of 瓜片 had met "三年以上面点经验"). Where the words name
# the tea or the shares, every 炒 in them is of it; else a 炒 with tea after it in its clause ("炒了十年茶"), not a
# tea house's kitchen ("茶餐厅炒锅")
_TEA_NAMED = re.compile(r"瓜片|黄芽|毛峰|毛尖|炒青|猴魁|茶叶|鲜叶|炒茶|制茶")
_FRIED_TEA = re.compile(r"炒(?=[^，。；,;]{0,8}?茶(?!餐|馆|楼|社))")
_NOT_FOOD_NAMED = re.compile(r"炒(?:股|房|币|作|鱿鱼|外汇|期货|黄金)")


def _fried_named(words: str) -> str:
    """The words with each 炒 that cooks no food read as what it is (`_TEA_NAMED`, `_NOT_FOOD_NAMED`)."""
    if _NOT_FOOD_NAMED.search(words):
        return words.replace("炒", "")
    return words.replace("炒", "制茶") if _TEA_NAMED.search(words) else _FRIED_TEA.sub("制茶", words)


# Trades whose years count as another's where a posting asks years under its title, naming no trade ("保安，一年以上
# 经验"): a soldier's are a guard's (issue 22 s13: guards' posts take 退伍军人 as seasoned; a third review read 在部队当了
# 五年兵 kept from that post as wrong). Not where the words name the trade ("两年以上保安经验": years of guarding, as
# `test_years_trade` has held since b3f06aa), nor a cook's or an electrician's, and a guard's are no soldier's.
_SERVES_AS = {"部队": frozenset({"保安"})}
# Trades whose years a requirement of another counts: a press is worked as a line's or a machine shop's work is
# ("一年以上冲压经验": years on a line count, as judged in dev13; six years of 水电 do not)
_LEARNT_IN = {"冲压": frozenset({"流水线", "注塑", "机加工"})}
# A trade inside another: a requirement naming both names the inner one ("面点师" is 厨房 and 烹饪: 烹饪 only;
# "母婴护理" is 母婴, not the care of the old).
_WITHIN = {"烹饪": ("厨房",), "母婴": ("护理",), "叉车": ("仓储", "驾驶"), **dict.fromkeys(_CUISINES, ("烹饪", "厨房"))}
# A requirement that names its trade broadly or hedges it ("餐饮/服务行业", "销售或相关工作", "技术类"): a careful
# reader counts years of any related work, so the trade is unsure and the years count.
# "餐饮类" is the trade broadly (the kitchen and the dining room), not any work: no hedge. A bare "相关工作经验"
# under a title that names the trade is that trade's (`experience_asked`).
_HEDGED = re.compile(r"或相关|及相关|等相关|服务行业|服务业|或其他|等(?:工作|行业)")
_RELATED = re.compile(r"相关(?:工作|行业|岗位|专业)")  # "销售相关工作": hedged; a bare "相关工作经验": the title's
# A workplace that names its work where the words name no trade ("在超市上过五年班", "超市干了五年"): its usual posts, so
# years there count toward them and not toward a kitchen's or an accountant's. A person's words only: a posting asking
# "超市工作经验" keeps counting any work, as before. Not 厂/公司/工地 (any trade), and 饭店 already names 厨房, 餐厅.
# A supermarket hires its cleaners and guards too ("超市保洁", "超市保安"): unsure is not different, so they count. A
# place inside it with its own work ("在超市食堂干了五年": a canteen's kitchen, serving, cleaning) is read as before.
_PLACE_TRADES = {"超市": frozenset({"收银", "销售", "仓储", "保洁", "保安"}), "便利店": frozenset({"收银", "销售"})}
_INNER_PLACE = re.compile(r"食堂|药房|面包房")
TITLED = "："  # between a posting title's trade words and a requirement naming none: "服装厂车位工：一年以上经验"


def trades_in(words: str) -> frozenset[str]:
    """The trades some words name ("一年以上质检经验": 质检; "干了十年物业水电": 电工, 物业); none: any work."""
    lowered = _fried_named(words.lower())
    return frozenset(trade for trade, names in _TRADES.items() if any(name in lowered for name in names))


def stated_trades(words: str) -> frozenset[str]:
    """The trades a person's span of work names, or, where it names none, those of the workplace it names
    (`_PLACE_TRADES`: "在超市干了五年" is 收银, 销售, 仓储)."""
    named = trades_in(words)
    if named or _INNER_PLACE.search(words):
        return named
    return frozenset().union(*(trades for place, trades in _PLACE_TRADES.items() if place in words))


def asked_trades(asked: str) -> frozenset[str]:
    """The trades a requirement names, the inner one only where it names one inside another ("两年以上面点经验":
    面点, not every kitchen trade)."""
    named = trades_in(asked)
    return named - {outer for t in named for outer in _WITHIN.get(t, ())}


def _hedged(asked: str) -> bool:
    own = asked.rpartition(TITLED)[2]
    return bool(_HEDGED.search(own) or (_RELATED.search(own) and trades_in(own)))


def different_trades(asked: str, stated: str) -> bool:
    """Whether a posting's requirement and a person's years are clearly of different trades: both name some and
    share none. Unsure (either names none, or they share one) is not different: the years count."""
    a, b = asked_trades(asked), stated_trades(stated)
    a = a.union(*(_LEARNT_IN.get(t, frozenset()) for t in a))
    if TITLED in asked and not trades_in(asked.rpartition(TITLED)[2]):
        b = b.union(*(_SERVES_AS.get(t, frozenset()) for t in b))
    return bool(a and b) and not a & b and not _hedged(asked)


def untried_trades(asked: str, stated: str) -> bool:
    """Whether a person's words say they never did the trade a requirement names ("没干过保洁" for "2年以上保洁
    经验"); a hedged requirement, or one naming no trade, is not that."""
    return bool(UNTRIED.match(stated)) and bool(asked_trades(asked) & trades_in(stated)) and not _hedged(asked)


def untried_by_name(asked: str, stated: str) -> bool:
    """Whether a person says they never did the very work a requirement names ("没做过仓管" for "一年以上仓管经验",
    whatever else they did in a warehouse): a name of two characters or more in both."""
    if not UNTRIED.match(stated) or _hedged(asked):
        return False
    said, wanted = stated.lower(), asked.rpartition(TITLED)[2].lower()
    return any(len(name) > 1 and name in said and name in wanted for names in _TRADES.values() for name in names)


def untried(stated: str) -> bool:
    """Whether some words are a trade the person never did ("没干过保洁"): no years of work in general."""
    return bool(UNTRIED.match(stated))
