"""Years of work and of life: the experience and age a posting asks for, and what a person says of theirs."""

from __future__ import annotations

import re

from matching.facts.cues import _CHINESE_DIGITS, _PREFERRED, _SOMEONE_ELSE, _clause, _clause_start, _negated, _prefix
from matching.facts.fact import EVIDENCE_MAX, Fact, Family, Modality, _evidence

_EXPERIENCE = re.compile(
    r"(?:满)?(?<!\d)(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*(?:[-~～至到]\s*\d{1,2}\s*)?(?:年|年以上|年及以上|年或以上)(?:以上)?"
    r"\s*(?:及以上)?(?P<between>[^，,。；;年]{0,20}?)(?:经验|经历|工作(?=[，,。；;]|$))"
    r"|经验\s*(?P<n2>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上)?"
    r"|(?:at least|above|over)?\s*(?P<n3>\d{1,2})\s*\+?\s*(?:years?|yrs?)\b(?=[^.;]{0,40}experience)",
    re.IGNORECASE,
)
# Years since graduating, as employers count experience: "本科毕业满5年以上", "毕业3年以上".
_YEARS_OUT = re.compile(
    r"毕业(?:满|后)?\s*(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上|及以上)"
    r"|(?:干|做|从事)过\s*(?P<n2>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上|及以上)[^，。；,;]{0,10}?的"
)
# Experience asked for without a number of years ("只招熟手", "无经验勿扰", "须从事过餐饮"): a year at least.
_SEASONED_ONLY = re.compile(
    r"(?:只|仅|限|要|需要?|须|必须(?:是)?|要求(?:是)?)(?:招|收)?(?:有经验的?|熟手|熟练工|老手|有经验者)(?![^，,。；;]{0,6}(?:优先|为佳))"
    r"|(?:不(?:接受|要|招|收)|谢绝|拒绝)(?:新手|生手|小白|学徒|无经验|没经验|零基础)"
    r"|(?:新手|生手|小白|无经验者?|没经验的?|零基础)勿扰|有(?:相关)?经验的?(?:来|联系|进|直接来)"
    r"|(?:^|(?<=[，,。；;\s]))(?:要)?有(?:相关|[\u4e00-\u9fff]{1,4}类(?:工作)?)?经验(?=[。；;，,\s]|$)"
    r"|(?:须|需|必须|要求|要)(?:有|曾)?(?:从事过|干过|做过)|招(?:聘)?熟练(?:的)?[\u4e00-\u9fff]{1,3}?(?:工|师傅|手)"
    r"|(?:须|需|需要|必须|要求)(?:有|具备|具有)(?:相关|同行业?|本行业?|[\u4e00-\u9fff]{1,4}类)?(?:工作)?经验"
    r"(?![^，,。；;]{0,6}(?:优先|为佳))"
)
# A posting that takes people new to the work: what it asks elsewhere without years binds no one.
_NEWCOMERS_WELCOME = re.compile(
    r"经验不限|不限经验|无经验(?:者)?(?:也)?(?:可|均可|亦可|皆可)|(?:新手|小白|零基础|学徒)(?:也|亦)?(?:可|均可|欢迎)|"
    r"可(?:以)?接受(?:新手|新人|小白|无经验)|(?:有无|有没有)经验均可|包教包会|可带(?:新人|徒弟)|(?:有人|师傅)带"
)
_AGE_RANGE = re.compile(
    r"(?P<a>\d{2})\s*(?:周岁|岁)?\s*(?:-|—|–|~|～|至|到)\s*(?P<b>\d{2})\s*(?:周岁|岁)"
    r"|年龄\s*(?:要求)?\s*[:：]?\s*(?P<a2>\d{2})\s*(?:-|—|–|~|～|至|到)\s*(?P<b2>\d{2})"
    r"|(?P<c>\d{2})\s*(?:周岁|岁)\s*(?:（含）|\(含\))?\s*(?P<dir>以下|以内|之内|内|以上|之间)"
    r"|(?:男|女)(?:性|士)?\s*(?P<e>\d{2})\s*(?:周岁|岁)?\s*(?:以下|以内|内)?\s*[、，,/]?\s*(?:男|女)(?:性|士)?\s*\d{2}"
    r"|不(?:超过|大于|高于)\s*(?P<d>\d{2})\s*(?:周岁|岁)"
    r"|年龄(?:要求)?(?:在|一般)?\s*不(?:超过|大于|高于)\s*(?P<d2>\d{2})"
    r"|年龄(?:要求)?(?:在)?\s*(?P<d3>\d{2})\s*(?:以下|以内|之内)"
)
# Birth decades a posting takes: "限70后、80后" (the ages they are on the day matched: `Limits.fits`).
_DECADES_ASKED = re.compile(
    r"(?:限|仅限|只要|只招|要求?)\s*(?P<decades>(?:[5-9]0|00)后(?:\s*[、和及或/,，]\s*(?:[5-9]0|00)后)*)"
)
_ALSO_TAKEN = re.compile(r"\s*(?:的)?(?:也|亦|均|都)(?:要|可|收|行|招|欢迎|能)")
_SOFT_AGE = re.compile(r"可(?:适当)?放宽|可商议|可面议|优先|为佳|最好")
_NOT_APPLICANTS = re.compile(r"客户|群体|用户|顾客|学员|孩子|儿童|学生|患者|老人|子女")

# Trades that years of work are counted in (issue 22): judges count years only in the posting's own trade ("干了十年
# 物业水电" is no years of 电焊). A word may name more than one ("饭店": the kitchen and the dining room); two texts
# are of clearly different trades only when each names some and they share none (`different_trades`).
_COOKS = ("厨师", "炒", "掌勺", "大厨", "主厨", "面点", "面食", "白案", "包子", "馒头", "烧烤", "烤串")
_TRADES: dict[str, tuple[str, ...]] = {
    "焊接": ("焊",),
    "电工": ("电工", "水电", "电气", "强电", "弱电", "布线"),
    "会计": ("会计", "出纳", "财务", "账"),
    "行政": ("行政", "文员", "文秘", "秘书", "前台", "人事", "内勤", "办公室", "录入"),
    "质检": ("质检", "品检", "品管", "品质", "检验", "qc"),
    "厨房": ("厨", "配菜", "切配", "打荷", "凉菜", "卤", "熟食", "洗碗", "餐饮", "饭店", "餐厅", "饭馆", *_COOKS),
    # a cook's trade inside the kitchen: a requirement naming it counts cooks' years only ("两年以上面点经验" is
    # none of a 切配's, eight years of 炒菜 count); one naming the kitchen counts 切配, 打荷, 面点 alike
    "烹饪": _COOKS,
    "餐厅": ("服务员", "传菜", "盘子", "点菜", "洗碗", "餐饮", "饭店", "餐厅", "饭馆"),
    "客房": ("客房", "酒店", "宾馆", "服务员"),
    "保洁": ("保洁", "清洁", "打扫", "客房", "钟点工", "家政"),  # reviewer: a room attendant's years are a cleaner's
    "保安": ("保安", "安保", "门卫", "警卫", "巡逻"),
    "驾驶": ("司机", "驾驶", "开车", "货车", "出租车", "网约车", "大车"),
    "仓储": ("仓库", "仓管", "库管", "分拣", "理货", "装卸", "搬运", "快递", "物流", "叉车"),
    "销售": ("销售", "导购", "推销", "业务员", "营业员", "电销"),
    "收银": ("收银",),
    "客服": ("客服", "话务"),
    "家政": ("保姆", "家政", "钟点工", "护工", "陪护", "老人", "保洁"),
    "母婴": ("月嫂", "育儿嫂", "母婴", "带娃", "婴"),  # judges: "住家保姆" years are not a 月嫂's
    "护理": ("护士", "护理", "护工", "陪护", "养老", "老人"),
    "教学": ("老师", "教师", "教学", "家教", "幼师", "幼儿园"),
    "美发": ("美容", "美发", "理发", "美甲", "发型"),
    "汽修": ("汽修", "修车", "汽车维修", "钣金", "喷漆"),
    "建筑": ("木工", "瓦工", "泥瓦", "钢筋", "架子工", "油漆", "装修"),
    # not "物业": a workplace, like 电子厂 ("两年以上物业维修经验" is met by an electrician's years, as judged)
    "部队": ("当兵", "服役", "部队", "参军", "入伍"),  # military service is work, of no civilian trade
    "制图": ("图纸", "画图", "制图", "绘图", "cad"),
    "缝纫": ("车位工", "车工", "平车", "缝纫", "制衣", "踩车"),
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
    "流水线": ("流水线", "装配", "组装"),
}
# A trade inside another: a requirement naming both names the inner one ("面点师" is 厨房 and 烹饪: 烹饪 only;
# "母婴护理" is 母婴, not the care of the old).
_WITHIN = {"烹饪": "厨房", "母婴": "护理"}
# A requirement that names its trade broadly or hedges it ("餐饮/服务行业", "销售或相关工作", "技术类"): a careful
# reader counts years of any related work, so the trade is unsure and the years count.
# "餐饮类" is the trade broadly (the kitchen and the dining room), not any work: no hedge. A bare "相关工作经验"
# under a title that names the trade is that trade's (`experience_asked`).
_HEDGED = re.compile(r"或相关|及相关|等相关|服务行业|服务业|或其他|等(?:工作|行业)")
_RELATED = re.compile(r"相关(?:工作|行业|岗位|专业)")  # "销售相关工作": hedged; a bare "相关工作经验": the title's
TITLED = "："  # between a posting title's trade words and a requirement naming none: "服装厂车位工：一年以上经验"


def trades_in(words: str) -> frozenset[str]:
    """The trades some words name ("一年以上质检经验": 质检; "干了十年物业水电": 电工, 物业); none: any work."""
    lowered = words.lower()
    return frozenset(trade for trade, names in _TRADES.items() if any(name in lowered for name in names))


def asked_trades(asked: str) -> frozenset[str]:
    """The trades a requirement names, the inner one only where it names one inside another ("两年以上面点经验":
    面点, not every kitchen trade)."""
    named = trades_in(asked)
    return named - {_WITHIN[t] for t in named if t in _WITHIN}


def _hedged(asked: str) -> bool:
    own = asked.rpartition(TITLED)[2]
    return bool(_HEDGED.search(own) or (_RELATED.search(own) and trades_in(own)))


def different_trades(asked: str, stated: str) -> bool:
    """Whether a posting's requirement and a person's years are clearly of different trades: both name some and
    share none. Unsure (either names none, or they share one) is not different: the years count."""
    a, b = asked_trades(asked), trades_in(stated)
    return bool(a and b) and not a & b and not _hedged(asked)


def untried_trades(asked: str, stated: str) -> bool:
    """Whether a person's words say they never did the trade a requirement names ("没干过保洁" for "2年以上保洁
    经验"); a hedged requirement, or one naming no trade, is not that."""
    return bool(_UNTRIED.match(stated)) and bool(asked_trades(asked) & trades_in(stated)) and not _hedged(asked)


def untried(stated: str) -> bool:
    """Whether some words are a trade the person never did ("没干过保洁"): no years of work in general."""
    return bool(_UNTRIED.match(stated))


# 驾龄: years of holding a driving licence, not of work ("驾龄3年以上", "3年以上驾龄").
_DRIVING_YEARS_ASKED = re.compile(
    r"(?:驾龄|(?:驾照|驾驶证)(?:满|已满))\s*(?:要求)?\s*(?:在)?\s*(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年"
    r"|(?P<n2>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上|及以上)?(?:的)?驾龄"
)
_CN = r"[一二两三四五六七八九十]{1,3}"
_NUMBER = rf"\d{{1,2}}|{_CN}"
# A span of work in a person's words: "3年", "两年多", "五六年", "十几年", "一年半", "半年", "几个月".
_SPAN = (
    rf"(?P<span>(?P<few>十几|二十几|几|好几|多)年|(?P<n>{_NUMBER})(?P<more>多)?年(?:半)?(?:多)?|半年|"
    rf"(?:{_NUMBER}|几)个?(?:多)?月)"
)
_WORKED = [
    re.compile(
        rf"(?:干|做|当|开|跑|工作|从事|打工|上班|从业|务工|送|修|卖|炒|教|管|焊|画|看|端)(?:了|过)(?:有)?\s*{_SPAN}"
        r"(?![级届]|(?:的)?(?:孩子|娃|小孩|病|老人))"
    ),
    re.compile(rf"(?:工龄|从业|干这行|做这行)(?:有|已|已经)?\s*{_SPAN}(?![级届])"),
    # military service ("当兵五年", "在部队服役三年") and a trade before its years ("做钟点工六年", "干保洁三年",
    # "做了保洁三年", "干物业水电维修八年")
    re.compile(rf"(?:当兵|服役|在部队(?:里)?(?:待|呆)?|参军|入伍)(?:了|有)?\s*{_SPAN}(?![级届前])"),
    re.compile(
        rf"(?<![没未不])(?:干|做|当)(?:了|过)?(?!了|过|月子|手术|饭|梦|妈|爸|家庭主妇|全职|宝妈|[一二两三四五六七八九十几半多好])[\u4e00-\u9fff]{{1,6}}?(?:了|有)?\s*{_SPAN}"
        r"(?![级届前后])"
    ),
    re.compile(rf"{_SPAN}(?:的)?(?:工作|相关|从业)?(?:经验|经历|工龄)"),
]
# How long a person has held their licence: "驾龄6年", "驾照拿了6年", "拿本两年", "刚拿的驾照" (0).
# A trade the person never did ("没干过保洁", "从来没做过销售"): no years of it, and no word on other work.
_UNTRIED = re.compile(r"(?:从来|从|还|都|也)?没(?:有)?(?:干|做|当)过(?=[\u4e00-\u9fff])(?!这|那)")
_DRIVING_YEARS_HELD = [
    re.compile(rf"驾龄(?:有|才|只有)?\s*{_SPAN}"),
    re.compile(rf"(?:驾照|驾驶证|本子|本)[^。；;！!？?]{{0,8}}?(?:拿|考|领)(?:了|到)(?:有|才)?\s*{_SPAN}"),
    re.compile(rf"(?:拿|考|领)(?:驾照|驾驶证|本)(?:已经|才)?(?:有)?\s*{_SPAN}"),
]
_NEW_DRIVER = re.compile(
    r"刚(?:拿|考|领)(?:到|了|的)?(?:驾照|驾驶证|本)|新手司机|(?:驾照|驾驶证)(?:是|也是)?刚(?:拿|考|领)"
)
# Work done, years unsaid ("以前做过收银", "在部队当过警卫", "下岗"): the person has worked, how long is unknown.
_DID_WORK = re.compile(
    r"(?:干|做|当|开|跑|看|送|修|卖|炒|教|管|焊|画)过(?!\s*(?:学|月子))|(?:以前|之前|原来|过去)(?:在|做|干|是|当)|"
    r"下岗|退伍|退役|退休|打过工|上班"
)
# "电脑零基础", "打字小白": a skill the person lacks, not work
_NOT_A_SKILL = "".join(f"(?<!{skill})" for skill in ("电脑", "英语", "文化", "技术", "软件", "手机", "打字"))
# A person who has not worked, or not at this trade: "没上过班", "至今未就业", "零基础", "没干过这行", "刚毕业".
_NO_WORK = re.compile(
    r"(?:从来|从|一直|还|都|也)?没(?:有)?(?:正式|正经)?(?:上过班|工作过|出去工作过|出来工作过|参加过工作|干过活)|"
    r"(?:从来|一直|还)[^，。；,;]{0,6}没(?:有)?(?:上班|工作)|"  # "现在没上班" is out of work now, not never in it
    r"(?:一点|什么)?经验(?:一点)?(?:都|也)?没有|一点经验(?:都|也)?没|刚出来(?:找工作|工作|打工|上班)|"
    r"(?:一直|毕业(?:后|以后|之后)[^，。；,;]{0,4})(?:在家)?待业|"
    r"没(?:有)?在(?:外面|外头|单位|厂里|饭店|店里|公司)[^，。；,;]{0,4}?(?:干|做|上班|工作|打工)过|"
    r"刚[^，。；,;\d]{0,4}毕业|今年\s*\d{1,2}\s*月(?:份)?[^，。；,;]{0,6}毕业|"
    r"(?:没有?|无|零)(?:任何)?(?:工作|相关|社会|实际|实习)?经验|"
    rf"{_NOT_A_SKILL}(?<!不是)(?<!不算)(?<![带教])(?:零基础|新手|小白)(?!菜)|"
    r"(?:从来)?没(?:有)?(?:干|做)过(?:这行|这一行|这个|这类|这种)|(?:这行|这一行)(?:从来)?没(?:有)?(?:干|做)过|"
    r"(?:至今|一直|到现在|毕业后(?:一直)?|毕业以后(?:一直)?)(?:都|还)?(?:未|没有?)(?:找到(?:合适的)?|就业|工作|上班|上过班)|"
    r"一直在家(?:里)?(?:带孩子|带娃|照顾孩子|做家务)|全职(?:妈妈|宝妈|太太)|家庭主妇|刚毕业|"
    r"(?<!不是)(?<!非)应届(?:毕业)?生?|在校(?:大)?学生|还在上学"
)

# A person's age, exact or as a span the words allow: "今年53", "五十多了" (50-59), "快60了" (56-59),
# "四十出头", "40岁出头" (40-44). Born in a year: "75年的", "1975年生", "七五年出生", "90后". Retired: 50 or over.
_AGE_NUMBER = rf"(?P<age>[1-9]\d|{_CN})"
_AGE_STATED = re.compile(
    rf"(?P<near>快|接近|将近|奔)?{_AGE_NUMBER}(?P<fuzzy>多|来|出头)?(?:岁|周岁)(?P<after>出头|多)?"
    rf"(?![以到至\-~～]|左右的|就|那|时|开始|起|出来|的时候)"
    rf"|(?:今年|我|年龄|已经|都|岁数)(?:有|是)?\s*(?P<near2>快|接近|将近|奔)?(?P<age2>[1-9]\d|{_CN})"
    rf"(?P<fuzzy2>多|来|出头)?(?:(?:岁|周岁)(?P<after2>出头|多))?(?![\d年届级个天号点元块万千百家次人份件斤里米月周多来])"
    rf"|(?P<near3>快|奔)?(?P<age3>[2-8]\d|[二三四五六七八]十[一二三四五六七八九]?)(?P<fuzzy3>多|出头)?(?:了|的人)"
    rf"|(?P<age4>[2-8]0|[二三四五六七八]十)(?P<fuzzy4>出头)"
)
_BORN = re.compile(
    r"(?<!\d)(?P<y>19[4-9]\d|200\d)\s*年(?:\d{1,2}月)?(?:出生|生人|生的|生(?=[，,。；;\s]|$))"
    r"|(?:我是|是)(?P<y4>19[4-9]\d)年(?:的|生|出生)"
    r"|(?:我是|是|属于)(?P<yy>[4-9]\d)年(?:的|生|出生)"
    r"|(?<!\d)(?P<yy2>[4-9]\d)年(?:出生|生人|生的|的(?=[，,。；;\s]|$|人))"
    r"|(?P<cn>[四五六七八九][〇零一二三四五六七八九])年(?:出生|生人|生的|的(?=[，,。；;\s]|$|人))"
    r"|(?<![\d])(?P<dec>[5-9]0|00)后(?![\d])"
)
# The sign of the year one was born in ("属虎的"): with an age span, it tells the birth year ("五十出头" -> 1974).
_ZODIAC = re.compile(r"(?:我|本人)?(?<![家金亲下附归专从隶])属(?P<sign>[鼠牛虎兔龙蛇马羊猴鸡狗猪])")
ZODIAC_SIGNS = "鼠牛虎兔龙蛇马羊猴鸡狗猪"  # 鼠 in 2020: a sign's years are 2020 + 12k + its place
_OTHERS_BORN = re.compile(r"都是|同事|团队|员工|年轻|招|多是|大多")
_RETIRED = re.compile(r"(?<![快要没未提前内病等])(?:已经?)?退休(?:了|在家|人员|职工|工人|后|以后)")
_CN_DIGIT = {"〇": 0, "零": 0, **_CHINESE_DIGITS}


def _cn_number(words: str) -> int | None:
    """Chinese numerals up to 99 ("五十二", "四十", "十五", "七五" as digits): None when not one."""
    if words.isdigit():
        return int(words)
    if "十" not in words:
        digits = [_CN_DIGIT.get(c) for c in words]
        return None if None in digits or not digits else int("".join(str(d) for d in digits))
    tens, _, ones = words.partition("十")
    high = _CN_DIGIT.get(tens, 0) if tens else 1
    low = _CN_DIGIT.get(ones, 0) if ones else 0
    return None if (tens and tens not in _CN_DIGIT) or (ones and ones not in _CN_DIGIT) else high * 10 + low


# Any work, whatever the title: "一年以上工作经验", "有社会经验" (not "相关工作经验": the posting's own trade).
_ANY_WORK = re.compile(r"(?<!相关)(?:工作|社会)(?:经验|经历)|工作年限|工龄")
# The words of a requirement that says nothing of what the years were in ("一年以上经验", "有相关工作经验", "干过两年
# 以上的", "生手勿扰"); anything left once they are taken away ("采购", "管理", "授课") is a kind of work of its own.
_BARE = re.compile(
    r"[\d\s一二两三四五六七八九十半几+＋.\-~～至到及或以上的有来可者]|年|经验|经历|工作|相关|要求|具备|具有|需要?|须|必须|至少|满|"
    r"实际|左右|干过|做过|从事过|熟手|熟练工|熟练|老手|新手|生手|小白|学徒|零基础|勿扰|不接受|不要|不招|不收|谢绝|拒绝|只招|只收|"
    r"只要|仅|限|招|收|无|没|over|above|at least|years?|yrs?",
    re.IGNORECASE,
)


def _titled(title: str, words: str) -> str:
    """A requirement's words, after the title's when they name no work of their own and the title names a trade
    ("服装厂车位工：一年以上经验"): judges count years in the trade of the post, so "有经验" in a 面点师 posting is years of
    面点, while "3年以上采购经验" in a 配电工程采购 posting is years of 采购, not of 电工."""
    words = _evidence(words)
    room = EVIDENCE_MAX - len(words) - len(TITLED)
    if _BARE.sub("", words) or _ANY_WORK.search(words) or room < 2 or not trades_in(title):
        return words
    return f"{_evidence(title)[-room:]}{TITLED}{words}"


def experience_asked(text: str, title: str = "") -> list[Fact]:
    """The years of experience a posting requires, in the title's trade where the words name none (`_titled`);
    "有经验者优先" prefers, so it is no fact."""
    out: list[Fact] = []
    for m in _EXPERIENCE.finditer(text):
        raw = m.group("n") or m.group("n2") or m.group("n3")
        years = int(raw) if raw.isdigit() else _CHINESE_DIGITS.get(raw)
        if (
            years is None
            or not 0 < years <= 40
            or (m.group("between") and re.search(r"公司|成立|历史|品牌", m.group("between")))
        ):
            continue
        if _PREFERRED.search(_clause(text, m.start(), m.end())):
            continue  # "有3年经验者优先"
        out.append(Fact(Family.EDUCATION, "experience_min", _titled(title, m.group(0)), 0.85, str(years)))
    for m in _YEARS_OUT.finditer(text):
        raw = m.group("n") or m.group("n2")
        years = int(raw) if raw.isdigit() else _CHINESE_DIGITS.get(raw)
        if years and not _PREFERRED.search(_clause(text, m.start(), m.end())):
            out.append(Fact(Family.EDUCATION, "experience_min", _titled(title, m.group(0)), 0.8, str(years)))
    if not out and not _NEWCOMERS_WELCOME.search(text):
        for m in _SEASONED_ONLY.finditer(text):
            if not _PREFERRED.search(_clause(text, m.start(), m.end())):
                out.append(Fact(Family.EDUCATION, "experience_min", _titled(title, m.group(0)), 0.8, "1"))
                break
    return out


def experience_stated(text: str) -> list[Fact]:
    """The years a person says they worked, as the most full years the words allow ("两年多" 2, "十几年" 19,
    "半年" 0), and "0" for one who has not worked or not at this trade ("没上过班", "零基础", "刚毕业")."""
    out: list[Fact] = []
    for m in _EXPERIENCE.finditer(text):
        raw = m.group("n") or m.group("n2") or m.group("n3")
        years = int(raw) if raw.isdigit() else _CHINESE_DIGITS.get(raw)
        dated = m.group("between") and re.search(r"月|在|到|去|来|毕业|入职", m.group("between"))
        if years and 0 < years <= 45 and not dated and not _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)):
            out.append(Fact(Family.EDUCATION, "experience", _years_clause(text, m), 0.85, str(years)))
    for m in (m for worked in _WORKED for m in worked.finditer(text)):
        years = _most_years(m)
        if years is not None and not _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)):
            out.append(Fact(Family.EDUCATION, "experience", _years_clause(text, m), 0.8, str(years)))
    out = _one_per_span(out)
    for m in _UNTRIED.finditer(text):
        tail = re.match(r"[^，,。；;！!？?\n]{0,6}", text[m.end() :])
        words = m.group(0) + (tail.group(0) if tail else "")
        if trades_in(words) and not _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)):
            out.append(Fact(Family.EDUCATION, "experience", _evidence(words), 0.8, "0"))
    for m in _NO_WORK.finditer(text):
        if not _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)) and not _negated(text, m.start()):
            out.append(Fact(Family.EDUCATION, "experience", _evidence(m.group(0)), 0.8, "0"))
    if not out:
        did = next((m for m in _DID_WORK.finditer(text) if not _SOMEONE_ELSE.search(_prefix(text, m.start(), 8))), None)
        if did is not None:
            out.append(Fact(Family.EDUCATION, "experience", _evidence(_clause(text, did.start(), did.end())), 0.6))
    return out


def _one_per_span(facts: list[Fact]) -> list[Fact]:
    """Facts are kept one per value: equal years in different trades ("做了三年会计，干了三年文员") keep all their
    words, or, where those do not fit, none of the trades (unsure: the years count for any posting)."""
    out: list[Fact] = []
    for f in facts:
        same = next((i for i, kept in enumerate(out) if kept.value == f.value), None)
        if same is None:
            out.append(f)
        elif trades_in(f.evidence) - trades_in(out[same].evidence):
            words = f"{out[same].evidence}、{f.evidence}"
            kept = words if len(words) <= EVIDENCE_MAX else (f.value or "") + "年"
            out[same] = Fact(f.family, f.code, kept, out[same].confidence, f.value)
    return out


def _years_clause(text: str, m: re.Match[str]) -> str:
    """The words of a span of work with the clause's trade ("做了三年会计", "电焊干了五年"): years count in it."""
    start = _clause_start(text, m.start())
    clause = _clause(text, m.start(), m.end())
    return _evidence(clause[max(0, m.start() - start - 8) :])


def driving_years_asked(text: str) -> list[Fact]:
    """驾龄 a posting requires: years of holding a licence, which a person's work history does not tell."""
    out: list[Fact] = []
    for m in _DRIVING_YEARS_ASKED.finditer(text):
        raw = m.group("n") or m.group("n2")
        years = int(raw) if raw.isdigit() else _CHINESE_DIGITS.get(raw)
        if years and years <= 30 and not _PREFERRED.search(_clause(text, m.start(), m.end())):
            out.append(Fact(Family.EDUCATION, "driving_years_min", _evidence(m.group(0)), 0.85, str(years)))
    return out


def driving_years_held(text: str) -> list[Fact]:
    """How long the person says they have held a licence ("驾照拿了6年": 6; "刚拿的驾照": 0)."""
    out: list[Fact] = []
    for m in (m for held in _DRIVING_YEARS_HELD for m in held.finditer(text)):
        years = _most_years(m)
        if years is not None and not _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)):
            out.append(Fact(Family.EDUCATION, "driving_years", _evidence(m.group(0)), 0.8, str(years)))
    for m in _NEW_DRIVER.finditer(text):
        if not _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)):
            out.append(Fact(Family.EDUCATION, "driving_years", _evidence(m.group(0)), 0.8, "0"))
    return out


def _most_years(m: re.Match[str]) -> int | None:
    """The most full years a span of work can be: "两年多" 2, "五六年" 6, "十几年" 19, "半年" 0."""
    span = m.group("span")
    if "月" in span or span == "半年":
        return 0
    few = m.group("few")
    if few:
        return {"十几": 19, "二十几": 29}.get(few, 40 if few == "多" else 9)
    raw = m.group("n")
    if len(raw) == 2 and not raw.isdigit() and "十" not in raw:  # "五六年", "两三年": the higher
        return max((_CN_DIGIT.get(c, 0) for c in raw), default=0) or None
    n = _cn_number(raw.replace("两", "二"))
    if n is not None and m.group("more") and n % 10 == 0:
        n += 9  # "二十多年", "10多年": up to 29, 19 ("两年多": fewer than three, as read)
    return n if n is not None and 0 <= n <= 60 else None


def age_asked(text: str) -> list[Fact]:
    """A posting's age ranges; one softened ("可适当放宽", "35岁以下优先") is PREFERRED and limits no one."""
    out: list[Fact] = []
    for m in _AGE_RANGE.finditer(text):
        clause = _clause(text, m.start(), m.end())
        if _NOT_APPLICANTS.search(clause):
            continue  # 客户群体18-35岁: whom the job serves, not whom it hires
        value = _age_range(m)
        if value is None or _ALSO_TAKEN.match(text, m.end()):
            continue  # "50岁以上也要": older people welcome, no one kept out
        soft = Modality.PREFERRED if _SOFT_AGE.search(clause) else None
        out.append(Fact(Family.EDUCATION, "age_range", _evidence(m.group(0)), 0.85, value, soft))
    for m in _DECADES_ASKED.finditer(text):
        starts = [int(d) for d in re.findall(r"(\d0)后", m.group("decades"))]
        years = [1900 + d if d >= 30 else 2000 + d for d in starts]
        soft = Modality.PREFERRED if _SOFT_AGE.search(_clause(text, m.start(), m.end())) else None
        value = f"{min(years)}-{max(years) + 9}"
        out.append(Fact(Family.EDUCATION, "born_range", _evidence(m.group(0)), 0.85, value, soft))
    return out


def _age_range(m: re.Match[str]) -> str | None:
    a, b = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
    most = m.group("d") or m.group("d2") or m.group("d3")
    if m.group("e"):  # "男55女50以下": whichever applies, the wider bound is the one no one is wrongly kept out by
        most = str(max(int(n) for n in re.findall(r"\d{2}", m.group(0))))
    if most and 14 <= int(most) <= 75:
        return f"-{int(most)}"
    if a and b and 14 <= int(a) < int(b) <= 75:
        return f"{int(a)}-{int(b)}"
    if m.group("c") and 14 <= int(m.group("c")) <= 75 and m.group("dir") != "之间":
        c = int(m.group("c"))
        return f"{c}-" if m.group("dir") == "以上" else f"-{c}"
    return None


def age_stated(text: str) -> list[Fact]:
    """The person's own age, exact ("53") or the span the words allow ("50-59", "50-"), and a birth year ("born":
    "1975", "1990-1999"); ages of others ("儿子12岁") are not theirs. A span too wide to place them is no fact."""
    out: list[Fact] = _age_in_words(text)
    for m in () if out else _AGE_STATED.finditer(text):
        if _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)):
            continue  # "儿子12岁": not the person's own age
        span = _age_span(m)
        if span is not None:
            out.append(Fact(Family.EDUCATION, "age", _evidence(m.group(0)), 0.8, span))
            break
    for m in _BORN.finditer(text):
        if _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)) or _OTHERS_BORN.search(_prefix(text, m.start(), 6)):
            continue  # "同事都是90后": the people around them
        born = _born(m)
        if born is not None:
            out.append(Fact(Family.EDUCATION, "born", _evidence(m.group(0)), 0.8, born))
            break
    for m in _ZODIAC.finditer(text):
        if not _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)):
            out.append(Fact(Family.EDUCATION, "zodiac", _evidence(m.group(0)), 0.8, m.group("sign")))
            break
    if not any(f.code in ("age", "born") for f in out):
        for m in _RETIRED.finditer(text):
            if not _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)):
                out.append(Fact(Family.EDUCATION, "age", _evidence(m.group(0)), 0.7, "50-"))  # 女工人 retire at 50
                break
    return out


# Ages people give as a pair or a decade: "三十五六岁" (35-36), "四十七八了", "三十好几" (33-39), "奔五的人了"
# (46-49), "年过半百" (50 or over). Read before the single numbers, which would take "三十五六" for 35.
_AGE_WORDS = re.compile(
    r"(?P<t>[二三四五六七八])十(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])(?:岁|周岁|了|的人)"
    r"|(?P<t2>[二三四五六七八])十好几|奔(?P<t3>[三四五六七])(?=的|了|啦|[，,。；;\s]|$)|(?P<half>年过半百|过了半百)"
)


def _age_in_words(text: str) -> list[Fact]:
    """The person's age given as a pair or a decade (`_AGE_WORDS`), as a span; none when the pair is no pair."""
    for m in _AGE_WORDS.finditer(text):
        if _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)):
            continue
        span: str | None
        if m.group("half"):
            span = "50-"
        elif m.group("t"):
            tens, a, b = (_CN_DIGIT[m.group(g)] for g in ("t", "a", "b"))
            span = f"{tens * 10 + a}-{tens * 10 + b}" if b == a + 1 else None
        elif m.group("t2"):
            span = f"{_CN_DIGIT[m.group('t2')] * 10 + 3}-{_CN_DIGIT[m.group('t2')] * 10 + 9}"
        else:
            decade = _CN_DIGIT[m.group("t3")] * 10
            span = f"{decade - 4}-{decade - 1}"
        if span is not None:
            return [Fact(Family.EDUCATION, "age", _evidence(m.group(0)), 0.8, span)]
    return []


def _age_span(m: re.Match[str]) -> str | None:
    age = _cn_number((m.group("age") or m.group("age2") or m.group("age3") or m.group("age4")).replace("两", "二"))
    if age is None or not 14 <= age <= 80:
        return None
    fuzzy = (
        m.group("fuzzy")
        or m.group("fuzzy2")
        or m.group("fuzzy3")
        or m.group("fuzzy4")
        or m.group("after")  # "40岁出头", "四十岁多"
        or m.group("after2")
    )
    near = m.group("near") or m.group("near2") or m.group("near3")
    if near:
        return f"{age - 4}-{age - 1}"  # "快60了": close to, not yet
    if fuzzy == "多":
        return f"{age}-{age + 9}" if age % 10 == 0 else f"{age}-{age + 1}"
    if fuzzy == "出头":
        return f"{age}-{age + 4}"  # "四十出头", "40岁出头": a little over, as "五十多" is anything in the fifties
    if fuzzy in ("来", "左右"):
        return f"{age - 3}-{age + 3}"
    return str(age)


def _born(m: re.Match[str]) -> str | None:
    if m.group("dec"):
        decade = int(m.group("dec"))
        start = 2000 + decade if decade < 30 else 1900 + decade
        return f"{start}-{start + 9}"
    written = m.group("y") or m.group("y4") or m.group("yy") or m.group("yy2")
    year = int(written) if written else _cn_number(m.group("cn"))
    if year is None:
        return None
    full = year if year >= 1900 else 1900 + year
    return str(full) if 1940 <= full <= 2012 else None
