"""Facts read from what people write: a posting's licences, hours, meals and housing, place of work, physical
demands and requirements; a seeker's limits ("只能在家", "不上夜班"), wishes ("包吃住") and stated licences,
graduation and age. Each fact keeps the words it came from, so an explanation can quote them.

Pure and deterministic: patterns over the text, with negation ("不包住", "无需驾照") read from the words just
before a cue. Structured fields always win over what is read here; callers decide that (`app/services/engine`).
Anything the patterns do not recognise yields nothing: text of any size, script or sense never raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntFlag, StrEnum

from matching import abilities

VERSION = "facts-5"
MAX_TEXT = 20_000  # characters read of one text: facts sit in the first screens of a posting
EVIDENCE_MAX = 24


class Family(StrEnum):
    LICENCE = "licence"
    SCHEDULE = "schedule"
    LODGING = "lodging"
    PLACE = "place"
    PHYSICAL = "physical"
    EDUCATION = "education"
    ABILITY = "ability"  # computer use, eyesight, phone calls, a major (`matching.abilities`)


class Modality(StrEnum):
    REQUIRED = "required"  # a posting asks for it
    PREFERRED = "preferred"  # a posting would like it
    HAS = "has"  # a seeker holds it
    LACKS = "lacks"  # a seeker says they do not hold it
    LIMIT = "limit"  # a seeker cannot do otherwise
    WISH = "wish"  # a seeker would like it


@dataclass(frozen=True, slots=True)
class Fact:
    family: Family
    code: str
    evidence: str  # the words it was read from, as written
    confidence: float
    value: str | None = None
    modality: Modality | None = None
    sensitive: bool = False  # health or disability: held only under the person's separate consent (PIPL art. 28)

    def as_json(self) -> dict[str, object]:
        return {
            "family": self.family.value,
            "code": self.code,
            "value": self.value,
            "modality": None if self.modality is None else self.modality.value,
            "evidence": self.evidence,
            "confidence": self.confidence,
            "sensitive": self.sensitive,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Fact:
        modality = data.get("modality")
        value = data.get("value")
        return cls(
            Family(str(data["family"])),
            str(data["code"]),
            str(data.get("evidence", "")),
            float(str(data.get("confidence", 0.0))),
            None if value is None else str(value),
            None if modality is None else Modality(str(modality)),
            bool(data.get("sensitive", False)),
        )


# Driving licence classes and the classes each also permits (公安部令第162号, 准驾车型).
DRIVING_CLASSES = ("A1", "A2", "A3", "B1", "B2", "C1", "C2")
PERMITS: dict[str, frozenset[str]] = {
    "A1": frozenset({"A1", "A3", "B1", "B2", "C1", "C2"}),
    "A2": frozenset({"A2", "B1", "B2", "C1", "C2"}),
    "A3": frozenset({"A3", "C1", "C2"}),
    "B1": frozenset({"B1", "C1", "C2"}),
    "B2": frozenset({"B2", "C1", "C2"}),
    "C1": frozenset({"C1", "C2"}),
    "C2": frozenset({"C2"}),
}

LICENCE_WORDS = {
    "forklift": "叉车证",
    "welder": "焊工证",
    "electrician": "电工证",
    "height_work": "高处作业证",
    "crane": "起重机械操作证",
    "health": "健康证",
    "maternity": "母婴护理证",
    "elder_care": "养老护理员证",
    "accounting": "会计证书",
    "security": "保安员证",
    "chef": "厨师证",
    "nurse": "护士执业证",
    "teacher": "教师资格证",
    "driving": "驾驶证",
}
LICENCE_WORDS.update({f"driving_{c}": f"{c}驾照" for c in DRIVING_CLASSES})

_NEGATED = re.compile(
    r"(?:不|无|没有?|非|免|未)(?:需要?|须|用|要|上|做|干|接受|提供|包|含|会|能|限|安排|考|招|收|支持)?$"
)
_PREFERRED = re.compile(r"优先|加分|更佳|最好|为佳|者佳")
_DUTY = re.compile(r"(?:负责|协助|帮助|代|为)[^，。；,;\n]{0,6}?(?:办理|申办|办)$")
_CLAUSE = re.compile(r"[，,。；;！!？?\n\r]")


def _prefix(text: str, start: int, width: int = 4) -> str:
    return text[max(0, start - width) : start]


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATED.search(_prefix(text, start)))


def _clause(text: str, start: int, end: int) -> str:
    """The clause around [start, end): between the nearest stops (commas included)."""
    left = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    right = _CLAUSE.search(text, end)
    return text[left : right.start() if right else len(text)]


@dataclass(frozen=True, slots=True)
class _Cue:
    family: Family
    code: str
    pattern: re.Pattern[str]
    confidence: float = 0.9
    negatable: bool = True


def _cues(family: Family, confidence: float = 0.9, **patterns: str) -> list[_Cue]:
    return [_Cue(family, code, re.compile(p, re.IGNORECASE), confidence) for code, p in patterns.items()]


_LICENCE_CUES = _cues(
    Family.LICENCE,
    forklift=r"叉车(?:操作|上岗|司机|驾驶|作业)?(?:证|执照)|N1证",
    welder=r"(?:电|气|氩弧)?焊工?(?:特种作业)?(?:操作|上岗|资格|作业)?证|焊接(?:特种)?(?:作业)?(?:操作)?证",
    electrician=r"(?:低压|高压|特种作业)?电工(?:特种作业)?(?:操作|上岗|进网|作业)?(?:证|资格证)",
    height_work=r"(?:高处|高空|登高)(?:作业)?(?:操作)?证",
    crane=r"(?:起重|塔吊|塔式起重机|行车|桥式起重机|吊车|汽车吊)(?:机械)?(?:操作|司机|指挥|司索)?(?:证|资格证|上岗证)",
    health=r"健康证",
    maternity=r"(?:母婴护理|育婴|月嫂|催乳)(?:师|员)?(?:资格|职业|技能)?证",
    elder_care=r"养老护理员?(?:职业|资格|技能)?(?:等级)?证|护理员(?:资格|职业)?证",
    accounting=r"会计(?:从业)?(?:资格)?证|初级会计(?:职称|师|证)?|中级会计(?:职称|师)?|注册会计师|(?<![A-Z])CPA(?![A-Z])|会计职称",
    security=r"保安(?:员)?(?:上岗|资格)?证",
    chef=r"厨师(?:等级|资格|上岗)?证|(?:中式|西式)?烹调师(?:等级)?证|烹饪(?:资格)?证",
    nurse=r"护士(?:执业|资格)(?:证书?)?|执业护士",
    teacher=r"教师资格(?:证书?)?",
)
_DRIVING_CLASS = re.compile(
    r"(?<![A-Z0-9])(?P<classes>[ABC][123](?:\s*(?:/|、|或|及|和|,|，)\s*[ABC][123])*)\s*(?:及以上|以上)?\s*"
    r"(?:的)?(?:驾驶证|驾照|驾驶执照|驾驶本|照|本|牌照|licen[cs]e)"
    r"|(?:驾驶证|驾照|驾驶执照|准驾车型)\s*(?:为|是|须|需|要求)?\s*(?P<after>[ABC][123](?:\s*(?:/|、|或|及)\s*[ABC][123])*)",
    re.IGNORECASE,
)
_DRIVING_BARE = re.compile(r"(?:考了|考过|拿了|持有?|有)\s*(?P<bare>[ABC][123])(?![0-9A-Za-z])", re.IGNORECASE)
_CERTIFIED = re.compile(r"(?:须|需|要|必须)?持证(?:上岗)?|有证(?:上岗)?|证件齐全")
_TRADE_LICENCE = (  # the certificate a bare "持证上岗" means, by the trade the title names
    (re.compile(r"焊"), "welder"),
    (re.compile(r"电工"), "electrician"),
    (re.compile(r"叉车"), "forklift"),
    (re.compile(r"保安"), "security"),
    (re.compile(r"厨师|厨"), "chef"),
    (re.compile(r"月嫂|育婴|母婴"), "maternity"),
    (re.compile(r"护士"), "nurse"),
    (re.compile(r"养老护理|护理员"), "elder_care"),
    (re.compile(r"会计"), "accounting"),
    (re.compile(r"塔吊|起重|行车"), "crane"),
    (re.compile(r"司机|驾驶员"), "driving"),
)
_DRIVING_ANY = re.compile(r"驾驶证|驾照|驾驶执照|驾驶本|机动车驾驶|driver'?s licen[cs]e", re.IGNORECASE)
_C_LICENCE = re.compile(r"(?<![A-Z0-9])C照", re.IGNORECASE)

_SCHEDULE_CUES = _cues(
    Family.SCHEDULE,
    day_shift=r"长白班|常白班|纯白班|只上白班|固定白班|朝[七八九十]晚[五六七八]",
    shifts=r"两班倒|三班倒|倒班|轮班(?!消毒)|四班三倒|做二休一|做一休一|白夜班|白班[/、和及与]夜班|早晚班|白晚班|两班制|三班制|"
    r"转班|早中晚班|中班|轮岗",
    night=r"夜班|晚班|通宵|(?:夜间|晚间)(?:值守|值班|作业|上班|工作|巡逻)|大夜",
    part_time=r"兼职|(?<![0-9一二三四五六七八九十两个])小时工(?!作)|钟点工|按小时|计时工|临时工|日结零工|零工|短期工|寒假工|暑假工",
    weekends_off=r"(?<!单)双休|做五休二|周末休息|五天八小时",
)
_HOURS_WORDS = re.compile(
    r"(?:早上?|上午)\s*(?P<h1>\d{1,2})(?:[.:：点](?P<n1>\d{2}))?\s*(?:-|—|–|~|～|至|到)\s*(?:晚上?|下午)\s*(?P<h2>\d{1,2})"
    r"(?:[.:：点](?P<n2>\d{2}))?|朝(?P<c1>[七八九十])晚(?P<c2>[五六七八九])"
)
_NIGHT_FREE = re.compile(r"(?:无|不上|不用上|没有|不需要?上?)夜班")
_HOURS = re.compile(
    r"(?P<m1>上午|早上|早晨|早|白天|晚上|晚|下午|中午|夜里|凌晨)?\s*(?P<h1>\d{1,2})\s*(?:(?::|：)(?P<n1>\d{2})|点(?P<half1>半)?(?:(?P<n1b>\d{1,2})分?)?)\s*"
    r"(?:-|—|–|~|～|至|到)\s*"
    r"(?P<m2>下午|晚上|傍晚|中午|晚|凌晨|早上|早|次日|上午)?\s*(?P<h2>\d{1,2})\s*(?:(?::|：)(?P<n2>\d{2})|点(?P<half2>半)?(?:(?P<n2b>\d{1,2})分?)?)"
)

_LODGING_CUES = _cues(
    Family.LODGING,
    meals=r"包吃|包(?:工作|[三两]|午|晚|午晚|中晚|早)?餐|管吃|管饭|(?:提供|免费)(?:免费)?(?:工作|一日三|三|两|午|中|早|午晚|中晚)?餐(?![补费贴])|"
    r"免费用餐|工作餐(?![补费贴])|(?:食堂|饭堂)(?![补费贴])|供餐|提供伙食|食宿|吃住|免费夜宵",
    housing=r"包住|包吃住|食宿|吃住|供住|提供(?:免费)?(?:员工)?(?:宿舍|住宿|住房)|免费(?:住宿|宿舍)|员工(?:宿舍|公寓)|有宿舍|安排住宿|"
    r"住宿免费|管住|宿舍(?![补费贴])|公寓式|[2-8２-８四六八]人间",
    live_in=r"住家(?!附近|周边|门口)",
)

_PLACE_CUES = _cues(
    Family.PLACE,
    remote=r"(?:居家|在家(?:里)?)(?:办公|工作|兼职|客服|上班|就业|完成|语音|打字|日结|即可|可做|就能做|操作)|远程办公|"
    r"远程工作|可远程|远程[（(]|线上办公|足不出户|(?:无需|不用|不需要?)坐班|"
    r"(?<![A-Za-z])(?:remote(?:ly)?|work from home|WFH)(?![A-Za-z])",
    field=r"外勤(?!从业|经历|经验)|外出拜访|上门(?:服务|维修|安装|拜访|推销|收|送|保洁|护理|取送|抄)|走访|巡线|"
    r"现场(?:售后|服务|维护|维修|支持|勘察|勘测)|拜访(?:客户|顾客|计划|店面)|施工现场|户外(?:作业|工作)|外出跑业务|跑市场|地推|"
    r"送货|配送(?:员|司机)",
    travel=r"(?:需|要|能|可|经常|偶尔|适应|接受|短期)出差|出差(?!补贴|报销|费|津贴)|外派(?!.{0,3}(?:国外|海外))|差旅|公干",
    client_site=r"驻场|驻点|驻厂|派驻|驻(?:项目|客户)|(?:客户|项目)现场(?!调查|售后|服务)|现场实施",
)

_PHYSICAL_CUES = _cues(
    Family.PHYSICAL,
    lifting=r"搬运(?!公司(?![的货物产品])|服务|机器人|设备|秩序)|搬抬|搬(?:货|布|箱|纸|东西|桶|料)|装卸|负重|搬重物|能搬\d+|搬动|上下货|"
    r"拿行李|提行李",
    standing=r"久站|站立(?!式办公|会议|会)|长时间站立|站着[^，。；,]{0,4}?(?:工作|上班|干|作业|操作)|站岗|站班|站坐轮岗|走动式",
    riding=r"骑手|骑(?:电动车|电瓶车|摩托车|自行车|三轮|车)|骑行(?:配送|送)|电(?:动|瓶)车|三轮车|送外卖|送餐|"
    r"外卖(?:骑手|送餐|配送|订单|员)|跑单|取餐",
    height=r"高空作业|登高|高处作业|(?:无|不)恐高|恐高症",
    strenuous=r"体力活|(?<!精神)体力(?:要)?好|体力充沛|较强的体力|体力强|身体强壮|身强力壮|重体力|能干重活|体力劳动|承受.{0,6}(?:劳动|工作)强度",
    disabled_welcome=r"残疾人[^，。；;\n]{0,10}?(?:优先|可|亦可|也可|均可|友好)|欢迎残疾人|(?:招聘|招收|接收|适合)[^，。；;\n]{0,8}?残疾人?|"
    r"[（(]残疾人?[)）]|残疾人岗位|助残岗",
    wheelchair_ok=r"轮椅(?:可|友好|可达)|适合轮椅|无障碍(?:工位|通道|设施)",
    deaf_ok=r"听障(?:人士)?(?:可|优先|友好)|聋哑人?(?:可|优先)|适合听障",
)

_EDUCATION_LEVEL = re.compile(
    r"(?P<level>博士(?!后)|硕士|研究生|本科|一本|二本|学士|大专|专科(?=\s*(?:及|或|以上|学历|毕业|文凭))|高职|大中专|中专|技校|职高|"
    r"高中(?!级)|初中(?!级)|(?<![A-Za-z])(?:bachelor|undergraduate|university graduate|BS|BSc|B\.S\.|master|MSc|"
    r"graduate degree|PhD|Ph\.D|doctoral|associate degree|Bac\+2)(?![A-Za-z]))"
    r"(?P<tail>\s*(?:及|或)?\s*(?:以上|或以上)?\s*(?:学历|文化|毕业)?)",
    re.IGNORECASE,
)
_LEVEL_OF = {
    "博士": "phd",
    "phd": "phd",
    "ph.d": "phd",
    "doctoral": "phd",
    "master": "master",
    "msc": "master",
    "graduate degree": "master",
    "bachelor": "bachelor",
    "undergraduate": "bachelor",
    "university graduate": "bachelor",
    "bs": "bachelor",
    "bsc": "bachelor",
    "b.s.": "bachelor",
    "一本": "bachelor",
    "二本": "bachelor",
    "学士": "bachelor",
    "associate degree": "college",
    "bac+2": "college",
    "大中专": "senior_high",
    "硕士": "master",
    "研究生": "master",
    "本科": "bachelor",
    "大专": "college",
    "专科": "college",
    "高职": "college",
    "中专": "senior_high",
    "技校": "senior_high",
    "职高": "senior_high",
    "高中": "senior_high",
    "初中": "junior_high",
}
LEVEL_RANK = {"junior_high": 0, "senior_high": 1, "college": 2, "bachelor": 3, "master": 4, "phd": 5}
LEVEL_WORDS = {
    "junior_high": "初中",
    "senior_high": "高中/中专",
    "college": "大专",
    "bachelor": "本科",
    "master": "硕士",
    "phd": "博士",
}
_NOT_A_LEVEL = re.compile(r"^(?:院校|学校|高校|生源|合作|部)")
_FRESH = re.compile(r"应(?:往)?届(?:毕业)?生?|(?<!\d)(?:20)?\d{2}\s*[届](?:毕业生)?|(?<!\d)(?:20)?\d{2}级应届")
_GRADUATION = re.compile(
    r"(?P<y>20\d{2}|(?<!\d)\d{2})\s*年\s*(?:(?P<m>\d{1,2})\s*月\s*(?:份|底|初)?\s*)?(?:毕业|本科毕业|大专毕业|研究生毕业)"
    r"|(?P<yb>(?:(?:20)?\d{2}\s*[/、或和及,，]\s*)*(?:20)?\d{2})\s*(?:届|级应届|级毕业)"
)
_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EXPERIENCE = re.compile(
    r"(?:满)?(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*(?:[-~～至到]\s*\d{1,2}\s*)?(?:年|年以上|年及以上|年或以上)(?:以上)?"
    r"\s*(?:及以上)?(?P<between>[^，,。；;年]{0,20}?)(?:经验|经历|工作(?=[，,。；;]|$))"
    r"|经验\s*(?P<n2>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上)?"
    r"|(?:at least|above|over)?\s*(?P<n3>\d{1,2})\s*\+?\s*(?:years?|yrs?)\b(?=[^.;]{0,40}experience)",
    re.IGNORECASE,
)
_AGE_RANGE = re.compile(
    r"(?P<a>\d{2})\s*(?:周岁|岁)?\s*(?:-|—|–|~|～|至|到)\s*(?P<b>\d{2})\s*(?:周岁|岁)"
    r"|年龄\s*(?:要求)?\s*[:：]?\s*(?P<a2>\d{2})\s*(?:-|—|–|~|～|至|到)\s*(?P<b2>\d{2})"
    r"|(?P<c>\d{2})\s*(?:周岁|岁)\s*(?P<dir>以下|以内|以上|之间)"
    r"|不(?:超过|大于|高于)\s*(?P<d>\d{2})\s*(?:周岁|岁)"
)
_NOT_APPLICANTS = re.compile(r"客户|群体|用户|顾客|学员|孩子|儿童|学生|患者|老人")

_SEEKER_CUES = [
    _Cue(
        Family.PLACE,
        "home_only",
        re.compile(
            r"只能(?:在家|居家)|(?:在家|居家)(?:里)?(?:工作|干活|办公|上班|就业|做事|做点|做|干)(?!饭)|不方便出门|出不了门|"
            r"不能出门|离不开家|足不出户|远程工作"
        ),
        0.85,
        False,
    ),
    _Cue(
        Family.SCHEDULE,
        "no_night",
        re.compile(
            r"不(?:能|想|愿意?|方便)?(?:上|做|干)?(?:夜班|晚班)|(?:上|做|干)不了(?:夜班|晚班)|不熬夜|"
            r"只(?:能|想|上|做)?(?:上|做)?白班|只能白天|白天(?:才)?(?:能|有空)|晚上(?:要|得)?(?:带|照顾|陪|看)|接送孩子|"
            r"不能倒班|不倒班|夜班(?:不行|不上|不做|不干|干不了|上不了|不能上)|晚上(?:不开车|不行|熬不住|不能干|不干)"
        ),
        0.85,
        False,
    ),
    _Cue(Family.SCHEDULE, "part_time", re.compile(r"兼职|打零工|零工|日结|小时工|钟点工|临时工|短期(?:工|的)"), 0.8),
    _Cue(Family.LODGING, "housing", re.compile(r"包吃包住|包吃住|包食宿|包住|有宿舍|管吃管住|管住|提供住宿"), 0.85),
    _Cue(Family.LODGING, "meals", re.compile(r"包吃包住|包吃住|包食宿|包吃|管吃|管饭|提供(?:工作)?餐"), 0.85),
    _Cue(
        Family.PHYSICAL,
        "no_lifting",
        re.compile(
            r"(?:不能|干不了|做不了|不能干|搬不了|提不了|拿不动|搬不动|扛不了|不适合|不想干)(?:重活|重物|体力活|搬运|搬东西|力气活)|"
            r"腰(?:不好|椎|间盘|伤|肌劳损)|不能(?:提|搬|扛)重|(?:重东西|重物|重的)[^，。；,]{0,3}(?:搬不动|拿不动|提不动|扛不动)"
        ),
        0.8,
        False,
    ),
    _Cue(
        Family.PHYSICAL,
        "no_standing",
        re.compile(r"不能久站|站不了|站不久|腿脚不(?:便|好|方便)|不能长时间站"),
        0.8,
        False,
    ),
    _Cue(
        Family.PHYSICAL,
        "no_height",
        re.compile(r"(?:不能|不敢|没法)(?:爬高|登高)|恐高|高的地方不敢|爬不了高"),
        0.8,
        False,
    ),
    _Cue(
        Family.PHYSICAL, "no_riding", re.compile(r"不会骑(?:电动车|电瓶车|摩托车|车)?|没有电动车|没电动车"), 0.8, False
    ),
]
_NO_LICENCES = re.compile(r"没(?:有)?(?:什么|啥|任何)?证(?:书)?|啥证都没|无证|一个证(?:都|也)没")
_SENSITIVE_CUES = [
    _Cue(Family.PHYSICAL, "wheelchair", re.compile(r"坐轮椅|轮椅|下肢(?:残疾|瘫痪)|截瘫|双腿残疾"), 0.85, False),
    _Cue(Family.PHYSICAL, "deaf", re.compile(r"聋哑|听障|听力(?:不好|障碍|残疾)|耳聋"), 0.85, False),
]
_AGE_STATED = re.compile(
    r"(?:今年|我|年龄|已经|快)\s*(?P<n>[1-9]\d)(?![\d年届级])|(?<![\d\-~～至到])(?P<m>[1-9]\d)\s*(?:岁|周岁)(?![以到至\-~～])"
)
_SOMEONE_ELSE = re.compile(
    r"(?:孩子|儿子|女儿|娃|小孩|老人|父亲|母亲|爸|妈|公公|婆婆|老公|丈夫|妻子|老婆)[^，。；,]{0,4}$"
)


def posting_facts(title: str, description: str, tags: Iterable[str] = ()) -> list[Fact]:
    """What a posting's words say about the job (the family, code, value and modality are in SCHEMA terms)."""
    text = "\n".join(part for part in (title, description, " ".join(tags)) if part)[:MAX_TEXT]
    found: list[Fact] = []
    found += _licences(text, posting=True)
    found += _certified_trade(title, text, found)
    found += _matched(text, _SCHEDULE_CUES)
    night_free = _NIGHT_FREE.search(text)
    if night_free:
        found = [f for f in found if f.code != "night"]
        found.append(Fact(Family.SCHEDULE, "day_shift", night_free.group(0), 0.85))
    found += _hours(text)
    found += _matched(text, _LODGING_CUES)
    found += _matched(text, _PLACE_CUES)
    found += _matched(text, _PHYSICAL_CUES)
    found += _education(text, posting=True)
    found += [_ability(said) for said in abilities.posting_said(text)]
    return _distinct(found)


def seeker_facts(desired_job: str, experience: str, skills: Iterable[str] = ()) -> list[Fact]:
    """What a person's own words say: limits, wishes, licences held or lacked, graduation, education, age.
    Sensitive facts (wheelchair, deafness) are marked; the caller keeps them only under consent."""
    text = "\n".join(part for part in (desired_job, experience, " ".join(skills)) if part)[:MAX_TEXT]
    found: list[Fact] = []
    for cue in _SEEKER_CUES:
        for m in cue.pattern.finditer(text):
            if cue.negatable and _negated(text, m.start()):
                continue
            modality = _seeker_modality(text, m.start(), m.end(), cue)
            found.append(Fact(cue.family, cue.code, _evidence(m.group(0)), cue.confidence, None, modality))
    for cue in _SENSITIVE_CUES:
        for m in cue.pattern.finditer(text):
            found.append(Fact(cue.family, cue.code, _evidence(m.group(0)), cue.confidence, None, Modality.LIMIT, True))
    found += _licences(text, posting=False)
    for m in _NO_LICENCES.finditer(text):
        found.append(Fact(Family.LICENCE, "none", _evidence(m.group(0)), 0.8, None, Modality.HAS))
    found += _hours(text, seeker=True)
    found += _free_times(text)
    found += _education(text, posting=False)
    found += _stated_age(text)
    found += [_ability(said) for said in abilities.seeker_said(text)]
    return _distinct(found)


def _ability(said: abilities.Said) -> Fact:
    modality = Modality.HAS if said.code == "major" else Modality.LIMIT
    if said.required is not None:
        modality = Modality.REQUIRED if said.required else Modality.PREFERRED
    return Fact(Family.ABILITY, said.code, said.evidence, 0.85, said.value, modality, said.sensitive)


def _seeker_modality(text: str, start: int, end: int, cue: _Cue) -> Modality:
    if cue.family is Family.LODGING or cue.code == "part_time":
        return Modality.WISH
    clause = _clause(text, start, end)
    if cue.code == "home_only" and re.search(r"最好|希望|想|倾向", clause) and not re.search(r"只能|必须|只", clause):
        return Modality.WISH
    return Modality.LIMIT


def _matched(text: str, cues: Sequence[_Cue]) -> Iterator[Fact]:
    for cue in cues:
        for m in cue.pattern.finditer(text):
            if cue.negatable and _negated(text, m.start()):
                continue
            yield Fact(cue.family, cue.code, _evidence(m.group(0)), cue.confidence)


def _licences(text: str, *, posting: bool) -> list[Fact]:
    found: list[Fact] = []
    classed_spans: list[tuple[int, int]] = []
    for m in _DRIVING_CLASS.finditer(text):
        classes = list(dict.fromkeys(re.findall(r"[ABC][123]", (m.group("classes") or m.group("after") or "").upper())))
        classed_spans.append(m.span())
        either = "/".join(classes) if len(classes) > 1 else None  # "C1/C2驾照": any one of them
        for c in classes:
            found.append(_licence(text, m, f"driving_{c}", posting, either))
    for m in _DRIVING_BARE.finditer(text):
        if not any(a <= m.start() < b for a, b in classed_spans):
            classed_spans.append(m.span())
            found.append(_licence(text, m, f"driving_{m.group('bare').upper()}", posting))
    for m in _C_LICENCE.finditer(text):
        if not any(a <= m.start() < b for a, b in classed_spans):
            classed_spans.append(m.span())
            found.append(_licence(text, m, "driving_C1", posting))
    for m in _DRIVING_ANY.finditer(text):
        if any(a - 8 <= m.start() <= b + 8 for a, b in classed_spans):
            continue
        found.append(_licence(text, m, "driving", posting))
    for cue in _LICENCE_CUES:
        for m in cue.pattern.finditer(text):
            if posting and _DUTY.search(_prefix(text, m.start(), 12)):
                continue  # 负责办理健康证: a duty, not a requirement
            found.append(_licence(text, m, cue.code, posting))
    return [f for f in found if f.modality is not None]


def _certified_trade(title: str, text: str, found: list[Fact]) -> list[Fact]:
    """ "须持证上岗" without naming the certificate: the one the title's trade needs (电焊工 → 焊工证)."""
    if any(f.family is Family.LICENCE for f in found):
        return []
    m = _CERTIFIED.search(text)
    if m is None or _negated(text, m.start()) or re.search(r"不限|无需|不需要?$", _prefix(text, m.start(), 4)):
        return []
    trade = next((code for pattern, code in _TRADE_LICENCE if pattern.search(title)), None)
    return [] if trade is None else [_licence(text, m, trade, True)]


def _licence(text: str, m: re.Match[str], code: str, posting: bool, either: str | None = None) -> Fact:
    negated = _negated(text, m.start()) or bool(
        re.search(r"(?:不限|不需要|无要求|不要求)$", _prefix(text, m.start(), 6))
    )
    clause = _clause(text, m.start(), m.end())
    if posting:
        modality: Modality | None = (
            None if negated else Modality.PREFERRED if _PREFERRED.search(clause) else Modality.REQUIRED
        )
    else:
        modality = Modality.LACKS if negated else Modality.HAS
    return Fact(Family.LICENCE, code, _evidence(m.group(0)), 0.9, either, modality)


def _hours(text: str, *, seeker: bool = False) -> list[Fact]:
    out = []
    for m in _HOURS_WORDS.finditer(text):  # 早8-晚5, 朝九晚六: the day's ends named in words
        if m.group("c1"):
            h1, n1, h2, n2 = _CHINESE_DIGITS[m.group("c1")], 0, _CHINESE_DIGITS[m.group("c2")] + 12, 0
        else:
            h1, n1 = int(m.group("h1")), int(m.group("n1") or 0)
            h2, n2 = int(m.group("h2")), int(m.group("n2") or 0)
            h2 += 12 if h2 < 12 else 0
        if 0 <= h1 < 24 and 0 < h2 <= 24 and n1 < 60 and n2 < 60 and (h1, n1) < (h2, n2):
            value = f"{h1:02d}:{n1:02d}-{h2:02d}:{n2:02d}"
            out.append(
                Fact(Family.SCHEDULE, "hours", _evidence(m.group(0)), 0.8, value, Modality.LIMIT if seeker else None)
            )
    if out:
        return out
    for m in _HOURS.finditer(text):
        h1, h2 = int(m.group("h1")), int(m.group("h2"))
        n1 = 30 if m.group("half1") else int(m.group("n1") or m.group("n1b") or 0)
        n2 = 30 if m.group("half2") else int(m.group("n2") or m.group("n2b") or 0)
        if m.group("m1") in ("晚上", "晚", "下午") and h1 < 12:
            h1 += 12
        if (m.group("m2") in ("下午", "晚上", "傍晚", "晚") and h2 < 12) or (
            h2 < h1 and h2 + 12 <= 24 and not m.group("m2")
        ):
            h2 += 12
        if not (0 <= h1 < 24 and 0 <= h2 <= 24 and n1 < 60 and n2 < 60) or (h1, n1) == (h2, n2):
            continue
        clause = _clause(text, m.start(), m.end())
        clock = ":" in m.group(0) or "：" in m.group(0)
        if not seeker and not clock and not re.search(r"上班|工作|时间|班|营业|作息|早|晚|点", clause):
            continue
        value = f"{h1:02d}:{n1:02d}-{h2:02d}:{n2:02d}"
        out.append(
            Fact(Family.SCHEDULE, "hours", _evidence(m.group(0)), 0.8, value, Modality.LIMIT if seeker else None)
        )
    return out


# A person's own statement of when they can work ("只能上午", "下午3点后有空", "周末有空"): read only from a clause
# that says so (只…/有空/有时间/空闲) and negates nothing; "不上夜班" agrees with a day statement and is passed over.
_FREE_CUE = re.compile(r"只能|只有|只在|只上|只做|只想|仅|有空|有时间|空闲")
_FREE_AGREEING = re.compile(r"不(?:能|想|愿意?)?(?:上|做|干)?(?:夜班|晚班)")
_FREE_DENIED = re.compile(r"不|没|别|除|忙|有事|上班|要|得")
_FREE_DAYS = (  # ISO weekdays, Monday 1
    (re.compile(r"周末|双休日|星期六日|周六日|周六(?:和|、|及)?周日|星期六(?:和|、|及)?星期[日天]"), "67"),
    (re.compile(r"工作日|平时|平日|周一(?:到|至|~|-)周五|星期一(?:到|至)星期五"), "12345"),
    (re.compile(r"周六|星期六"), "6"),
    (re.compile(r"周[日天]|星期[日天]"), "7"),
    (re.compile(r"每天|天天"), "1234567"),
)
_FREE_PARTS = (  # the part of the day a word names, in minutes since midnight
    (re.compile(r"全天|一整天|整天"), (0, 24 * 60)),
    (re.compile(r"白天|白班"), (6 * 60, 20 * 60)),
    (re.compile(r"上午|早上|早晨"), (6 * 60, 12 * 60)),
    (re.compile(r"下午"), (12 * 60, 18 * 60)),
    (re.compile(r"晚上|傍晚"), (18 * 60, 24 * 60)),
)
_FREE_FROM = re.compile(r"(?P<part>上午|早上|下午|晚上)?\s*(?P<h>\d{1,2})\s*点(?P<half>半)?\s*(?:以后|之后|后)")


def _free_times(text: str) -> list[Fact]:
    """When the person says they can work, as weekly windows: value "67 00:00-24:00" (ISO weekdays, a span)."""
    out = []
    for clause in filter(None, (c.strip() for c in _CLAUSE.split(text))):
        said = _FREE_AGREEING.sub("", clause)
        if not _FREE_CUE.search(said) or _FREE_DENIED.search(_FREE_CUE.sub("", said)):
            continue
        days = "".join(sorted({d for pattern, ds in _FREE_DAYS if pattern.search(said) for d in ds}))
        span = _free_span(said)
        if span is None and not days:
            continue
        start, end = span or (0, 24 * 60)
        value = f"{days or '1234567'} {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
        out.append(Fact(Family.SCHEDULE, "free", _evidence(clause), 0.8, value, Modality.LIMIT))
    return out


def _free_span(clause: str) -> tuple[int, int] | None:
    """The hours a clause names: a clock range ("8点到12点"), a start ("下午3点后"), or a part of the day."""
    stated = _spans(_hours(clause, seeker=True)[:1])
    if stated and stated[0][1] <= 24 * 60:
        return stated[0]
    after = _FREE_FROM.search(clause)
    if after is not None:
        hour = int(after.group("h")) + (
            12 if after.group("part") in ("下午", "晚上") and int(after.group("h")) < 12 else 0
        )
        return (hour * 60 + (30 if after.group("half") else 0), 24 * 60) if hour < 24 else None
    parts = [span for pattern, span in _FREE_PARTS if pattern.search(clause)]
    return parts[0] if len(parts) == 1 else None  # "上午或晚上": two windows in one clause, left unread


def _education(text: str, *, posting: bool) -> list[Fact]:
    out: list[Fact] = []
    levels = []
    any_level = posting and re.search(r"学历不限|不限学历", text)
    for m in () if any_level else _EDUCATION_LEVEL.finditer(text):
        level_word = m.group("level").lower()
        if level_word != "大中专" and _NOT_A_LEVEL.match(text[m.end("level") :]):
            continue
        if re.search(r"不限$", _prefix(text, m.start(), 3)):
            continue
        if posting and _PREFERRED.search(_clause(text, m.start(), m.end())):
            continue  # "本科优先": a wish of the employer's, not the minimum
        levels.append((LEVEL_RANK[_LEVEL_OF[level_word]], m))
    if levels:
        rank, m = min(levels, key=lambda pair: pair[0])
        level = next(k for k, v in LEVEL_RANK.items() if v == rank)
        out.append(Fact(Family.EDUCATION, "edu_min" if posting else "edu", _evidence(m.group(0)), 0.85, level))
    for m in _FRESH.finditer(text):
        if posting and not _negated(text, m.start()):
            out.append(Fact(Family.EDUCATION, "fresh_graduate", _evidence(m.group(0)), 0.85))
    for m in _GRADUATION.finditer(text):
        if _negated(text, m.start()):
            continue  # 不招23届
        written = [m.group("y")] if m.group("y") else re.findall(r"\d{2,4}", m.group("yb") or "")
        for year in written:
            full = int(year) + (2000 if len(year) == 2 else 0)
            if not 1960 <= full <= 2100:
                continue
            month = m.group("m") if m.group("y") else None
            value = f"{full}" if month is None else f"{full}-{int(month):02d}" if 1 <= int(month) <= 12 else None
            if value is not None:
                out.append(Fact(Family.EDUCATION, "graduation", _evidence(m.group(0)), 0.9, value))
    for m in _EXPERIENCE.finditer(text):
        raw = m.group("n") or m.group("n2") or m.group("n3")
        years = int(raw) if raw.isdigit() else _CHINESE_DIGITS.get(raw)
        if (
            years is None
            or not 0 < years <= 40
            or (m.group("between") and re.search(r"公司|成立|历史|品牌", m.group("between")))
        ):
            continue
        if posting and _PREFERRED.search(_clause(text, m.start(), m.end())):
            continue  # "有3年经验者优先"
        code = "experience_min" if posting else "experience"
        out.append(Fact(Family.EDUCATION, code, _evidence(m.group(0)), 0.85, str(years)))
    if posting:
        for m in _AGE_RANGE.finditer(text):
            if _NOT_APPLICANTS.search(_clause(text, m.start(), m.end())):
                continue  # 客户群体18-35岁: whom the job serves, not whom it hires
            a, b = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
            if m.group("d") and 14 <= int(m.group("d")) <= 75:
                out.append(Fact(Family.EDUCATION, "age_range", _evidence(m.group(0)), 0.85, f"-{int(m.group('d'))}"))
            elif a and b and 14 <= int(a) < int(b) <= 75:
                out.append(Fact(Family.EDUCATION, "age_range", _evidence(m.group(0)), 0.85, f"{int(a)}-{int(b)}"))
            elif m.group("c") and 14 <= int(m.group("c")) <= 75 and m.group("dir") != "之间":
                c = int(m.group("c"))
                value = f"{c}-" if m.group("dir") == "以上" else f"-{c}"
                out.append(Fact(Family.EDUCATION, "age_range", _evidence(m.group(0)), 0.85, value))
    return out


def _stated_age(text: str) -> list[Fact]:
    for m in _AGE_STATED.finditer(text):
        if _SOMEONE_ELSE.search(_prefix(text, m.start(), 8)):
            continue  # "儿子12岁": not the person's own age
        age = int(m.group("n") or m.group("m"))
        if 14 <= age <= 80:
            return [Fact(Family.EDUCATION, "age", _evidence(m.group(0)), 0.8, str(age))]
    return []


def _evidence(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip()[:EVIDENCE_MAX]


def _distinct(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per (family, code, value, modality): the first words that said it."""
    seen: dict[tuple[str, str, str | None, str | None], Fact] = {}
    for f in facts:
        seen.setdefault((f.family, f.code, f.value, f.modality), f)
    return list(seen.values())


# --- what matching does with them ------------------------------------------------------------------------

SEEKER_CODES = frozenset(
    {
        "home_only",
        "no_night",
        "no_lifting",
        "no_standing",
        "no_height",
        "no_riding",
        "wheelchair",
        "deaf",
        "none",
        "free",
    }
)
VALUE_CODES = frozenset(
    {"hours", "edu_min", "edu", "fresh_graduate", "graduation", "experience_min", "experience", "age_range", "age"}
)


class JobBits(IntFlag):
    """A posting's facts as bits, for exact filtering inside the circle (the score table keeps one per posting)."""

    REMOTE = 1 << 0
    FIELD = 1 << 1
    TRAVEL = 1 << 2
    CLIENT_SITE = 1 << 3
    NIGHT = 1 << 4
    SHIFTS = 1 << 5
    DAY_SHIFT = 1 << 6
    PART_TIME = 1 << 7
    WEEKENDS_OFF = 1 << 8
    MEALS = 1 << 9
    HOUSING = 1 << 10
    LIVE_IN = 1 << 11
    LIFTING = 1 << 12
    STANDING = 1 << 13
    RIDING = 1 << 14
    HEIGHT = 1 << 15
    STRENUOUS = 1 << 16
    DISABLED_WELCOME = 1 << 17
    WHEELCHAIR_OK = 1 << 18
    DEAF_OK = 1 << 19
    NEEDS_COMPUTER = abilities.COMPUTER_BIT  # 20
    NEEDS_EYESIGHT = abilities.EYESIGHT_BIT  # 21
    NEEDS_PHONE = abilities.PHONE_BIT  # 22
    # bits 45..57: the majors a posting that requires one does not take (abilities.MAJOR_BIT)
    # licences a posting requires (preferred ones never exclude anyone)
    NEEDS_DRIVING = 1 << 24  # some driving licence, class not stated
    NEEDS_FORKLIFT = 1 << 32
    NEEDS_WELDER = 1 << 33
    NEEDS_ELECTRICIAN = 1 << 34
    NEEDS_HEIGHT_WORK = 1 << 35
    NEEDS_CRANE = 1 << 36
    NEEDS_HEALTH = 1 << 37
    NEEDS_MATERNITY = 1 << 38
    NEEDS_ELDER_CARE = 1 << 39
    NEEDS_ACCOUNTING = 1 << 40
    NEEDS_SECURITY = 1 << 41
    NEEDS_CHEF = 1 << 42
    NEEDS_NURSE = 1 << 43
    NEEDS_TEACHER = 1 << 44


DRIVING_BIT = {c: 1 << (25 + i) for i, c in enumerate(DRIVING_CLASSES)}  # bits 25..31: a class required
ALL_DRIVING = int(JobBits.NEEDS_DRIVING) | sum(DRIVING_BIT.values())
_PLAIN_BITS = {
    "remote": JobBits.REMOTE,
    "field": JobBits.FIELD,
    "travel": JobBits.TRAVEL,
    "client_site": JobBits.CLIENT_SITE,
    "night": JobBits.NIGHT,
    "shifts": JobBits.SHIFTS,
    "day_shift": JobBits.DAY_SHIFT,
    "part_time": JobBits.PART_TIME,
    "weekends_off": JobBits.WEEKENDS_OFF,
    "meals": JobBits.MEALS,
    "housing": JobBits.HOUSING,
    "live_in": JobBits.LIVE_IN,
    "lifting": JobBits.LIFTING,
    "standing": JobBits.STANDING,
    "riding": JobBits.RIDING,
    "height": JobBits.HEIGHT,
    "strenuous": JobBits.STRENUOUS,
    "disabled_welcome": JobBits.DISABLED_WELCOME,
    "wheelchair_ok": JobBits.WHEELCHAIR_OK,
    "deaf_ok": JobBits.DEAF_OK,
}
_LICENCE_BITS = {
    "driving": JobBits.NEEDS_DRIVING,
    "forklift": JobBits.NEEDS_FORKLIFT,
    "welder": JobBits.NEEDS_WELDER,
    "electrician": JobBits.NEEDS_ELECTRICIAN,
    "height_work": JobBits.NEEDS_HEIGHT_WORK,
    "crane": JobBits.NEEDS_CRANE,
    "health": JobBits.NEEDS_HEALTH,
    "maternity": JobBits.NEEDS_MATERNITY,
    "elder_care": JobBits.NEEDS_ELDER_CARE,
    "accounting": JobBits.NEEDS_ACCOUNTING,
    "security": JobBits.NEEDS_SECURITY,
    "chef": JobBits.NEEDS_CHEF,
    "nurse": JobBits.NEEDS_NURSE,
    "teacher": JobBits.NEEDS_TEACHER,
}


def job_bits(facts: Iterable[Fact]) -> int:
    bits = 0
    for f in facts:
        if f.family is Family.LICENCE:
            if f.modality is not Modality.REQUIRED:
                continue
            if f.code.startswith("driving_"):
                bits |= DRIVING_BIT[_most_permitted(f.value.split("/")) if f.value else f.code.removeprefix("driving_")]
            elif f.code in _LICENCE_BITS:
                bits |= int(_LICENCE_BITS[f.code])
        elif f.family is Family.ABILITY:
            bits |= abilities.job_bits(f.code, f.value) if f.modality is Modality.REQUIRED else 0
        elif f.code in _PLAIN_BITS:
            bits |= int(_PLAIN_BITS[f.code])
    if bits & JobBits.DAY_SHIFT and not bits & JobBits.SHIFTS:
        bits &= ~int(JobBits.NIGHT)  # "长白班，无夜班补贴" style mentions: a day-only job
    if any(_at_night(span) for span in _spans(facts)):
        bits |= int(JobBits.NIGHT)  # "22:00-08:00", "18:00-03:00": night work, whatever the words call it
    return bits


NIGHT_FROM, NIGHT_UNTIL = 22 * 60, 6 * 60


def _spans(facts: Iterable[Fact]) -> list[tuple[int, int]]:
    """Stated daily hours as minutes since midnight; an end at or before the start runs past midnight."""
    out = []
    for f in facts:
        if f.code == "hours" and f.value:
            start, _, end = f.value.partition("-")
            h1, m1 = (int(x) for x in start.split(":"))
            h2, m2 = (int(x) for x in end.split(":"))
            a, b = h1 * 60 + m1, h2 * 60 + m2
            out.append((a, b if b > a else b + 24 * 60))
    return out


def _at_night(span: tuple[int, int]) -> bool:
    start, end = span
    return end > NIGHT_FROM or start < NIGHT_UNTIL


def _most_permitted(classes: list[str]) -> str:
    """Of alternatives ("C1/C2"), the class the most licences permit: holding any of them is enough."""
    known = [c for c in classes if c in PERMITS]
    return max(known, key=lambda c: sum(c in allowed for allowed in PERMITS.values())) if known else "C1"


@dataclass(frozen=True, slots=True)
class Limits:
    """A seeker's facts as bits: a posting must have all of `require`, none of `exclude`; `wishes` score. Facts
    with values are checked against a posting's own (`fits`): the age and schooling the person states against
    the posting's stated range and minimum, and the hours they can work against the posting's hours."""

    require: int = 0
    exclude: int = 0
    wishes: int = 0
    because: tuple[tuple[int, Fact], ...] = ()  # which fact set which bits, for the explanation
    age: int | None = None
    education: int | None = None  # LEVEL_RANK of what the person finished
    window: tuple[int, int] | None = None  # minutes since midnight the person can work within

    def admits(self, bits: int) -> bool:
        return (bits & self.require) == self.require and not bits & self.exclude

    @property
    def checks_values(self) -> bool:
        return self.age is not None or self.education is not None or self.window is not None

    def fits(self, job_facts: Iterable[Fact]) -> bool:
        """The posting's stated age range, schooling and hours against what the person stated."""
        if not self.checks_values:
            return True
        for f in job_facts:
            if f.code == "age_range" and self.age is not None and f.value:
                low, _, high = f.value.partition("-")
                if (low and self.age < int(low)) or (high and self.age > int(high)):
                    return False
            elif f.code == "edu_min" and self.education is not None and f.value in LEVEL_RANK:
                if self.education < LEVEL_RANK[f.value]:
                    return False
            elif f.code == "hours" and self.window is not None:
                start, end = _spans([f])[0]
                if start < self.window[0] or end > self.window[1]:
                    return False
        return True

    def wishes_met(self, bits: int) -> float:
        """The share of the seeker's wishes the posting meets (0 without wishes)."""
        if not self.wishes:
            return 0.0
        return (bits & self.wishes).bit_count() / self.wishes.bit_count()


_PHYSICAL_LIMITS = {
    "no_lifting": JobBits.LIFTING | JobBits.STRENUOUS,
    "no_standing": JobBits.STANDING,
    "no_riding": JobBits.RIDING,
    "no_height": JobBits.HEIGHT,
    "wheelchair": JobBits.LIFTING
    | JobBits.STRENUOUS
    | JobBits.STANDING
    | JobBits.RIDING
    | JobBits.HEIGHT
    | JobBits.FIELD,
}
_WISH_BITS = {"meals": JobBits.MEALS, "housing": JobBits.HOUSING, "part_time": JobBits.PART_TIME}


def seeker_limits(facts: Iterable[Fact]) -> Limits:
    require = exclude = wishes = 0
    because: list[tuple[int, Fact]] = []
    held: set[str] = set()
    facts = list(facts)

    def add(kind: str, bits: int, fact: Fact) -> None:
        nonlocal require, exclude, wishes
        if kind == "require":
            require |= bits
        elif kind == "exclude":
            exclude |= bits
        else:
            wishes |= bits
        because.append((bits, fact))

    for f in facts:
        if f.family is Family.LICENCE and f.modality is Modality.HAS and f.code.startswith("driving_"):
            held |= PERMITS[f.code.removeprefix("driving_")]
    majors = len({f.value for f in facts if f.family is Family.ABILITY and f.code == "major" and f.value})
    for f in facts:
        if (f.family is Family.ABILITY or f.code == "deaf") and abilities.excluded_by(f.code, f.value, majors):
            add("exclude", abilities.excluded_by(f.code, f.value, majors), f)  # 不会电脑, low vision, deaf, a major
        elif f.code == "home_only":
            add("require" if f.modality is Modality.LIMIT else "wish", int(JobBits.REMOTE), f)
        elif f.code == "no_night":
            add("exclude", int(JobBits.NIGHT | JobBits.SHIFTS), f)
        elif f.code in _PHYSICAL_LIMITS:
            add("exclude", int(_PHYSICAL_LIMITS[f.code]), f)
        elif f.code in _WISH_BITS and f.modality is Modality.WISH:
            add("wish", int(_WISH_BITS[f.code]), f)
        elif f.family is Family.LICENCE and f.modality is Modality.LACKS:
            if f.code.startswith("driving"):
                lacking = ALL_DRIVING if f.code == "driving" else DRIVING_BIT[f.code.removeprefix("driving_")]
                add("exclude", lacking, f)
            elif f.code in _LICENCE_BITS:
                add("exclude", int(_LICENCE_BITS[f.code]), f)
        elif f.family is Family.LICENCE and f.modality is Modality.HAS and f.code.startswith("driving_") and held:
            not_held = sum(bit for c, bit in DRIVING_BIT.items() if c not in held)
            add("exclude", not_held, f)  # a class above the one held is one the person lacks
    stated = [f for f in facts if f.family is Family.LICENCE and f.modality is Modality.HAS]
    if stated:  # the person said which licences they hold (or that they hold none): the others they lack
        held_codes = {f.code for f in stated}
        unheld = sum(int(bit) for code, bit in _LICENCE_BITS.items() if code not in held_codes and code != "driving")
        if not held:
            unheld |= ALL_DRIVING
        exclude |= unheld
        because.append((unheld, stated[0]))
    values = {f.code: f for f in facts if f.value}
    age = int(values["age"].value) if "age" in values and values["age"].value else None
    schooling = LEVEL_RANK.get(values["edu"].value or "") if "edu" in values else None
    hours = [f for f in facts if f.code == "hours" and f.modality is Modality.LIMIT]
    window = _spans(hours[:1])[0] if hours else None
    if window is not None:
        exclude |= int(JobBits.NIGHT | JobBits.SHIFTS)  # "只能8点到12点": no nights, no rotas
        because.append((int(JobBits.NIGHT | JobBits.SHIFTS), hours[0]))
    return Limits(require, exclude & ~require, wishes, tuple(because), age, schooling, window)


def graduation_of(facts: Iterable[Fact]) -> tuple[date, Fact] | None:
    """A graduation the person wrote ("2025年6月毕业", "2025届"): the month's end, or 30 June of the year."""
    for f in facts:
        if f.code == "graduation" and f.value:
            year, _, month = f.value.partition("-")
            if month:
                m = int(month)
                last = (date(int(year) + (m == 12), m % 12 + 1, 1) - date.resolution) if m else date(int(year), 6, 30)
                return last, f
            return date(int(year), 6, 30), f
    return None


def explain_facts(limits: Limits, bits: int, job_facts: Sequence[Fact]) -> list[str]:
    """The words naming each of the seeker's limits a posting honours and wish it meets:
    「可居家办公 · 符合你的要求」「需A2驾照 · 你持A2」「包吃包住」."""
    words: list[str] = []
    if limits.require & JobBits.REMOTE and bits & JobBits.REMOTE:
        words.append("可居家办公 · 符合你的要求")
    if limits.exclude & JobBits.NIGHT and not bits & (JobBits.NIGHT | JobBits.SHIFTS):
        words.append("长白班 · 不上夜班" if bits & JobBits.DAY_SHIFT else "未写夜班")
    for f in job_facts:
        if f.family is Family.LICENCE and f.modality is Modality.REQUIRED and f.code.startswith("driving_"):
            held = [fact for fact in _held(limits) if f.code.removeprefix("driving_") in PERMITS.get(fact, frozenset())]
            if held:
                words.append(f"需{f.code.removeprefix('driving_')}驾照 · 你持{held[0]}")
        elif f.family is Family.ABILITY and f.code == "major" and f.modality is Modality.REQUIRED:
            studied = [m for _, m in limits.because if m.code == "major" and m.value in (f.value or "").split("/")]
            if studied:
                words.append(f"{words_of(f)} · 按简历中「{studied[0].evidence}」判断")
    met = limits.wishes & bits
    if met & JobBits.MEALS and met & JobBits.HOUSING:
        words.append("包吃包住")
    elif met & JobBits.HOUSING:
        words.append("包住")
    elif met & JobBits.MEALS:
        words.append("包吃")
    if met & JobBits.REMOTE and not limits.require & JobBits.REMOTE:
        words.append("可居家办公")
    if met & JobBits.PART_TIME:
        words.append("可兼职")
    return words


def _held(limits: Limits) -> list[str]:
    return [
        f.code.removeprefix("driving_")
        for _, f in limits.because
        if f.family is Family.LICENCE and f.modality is Modality.HAS and f.code.startswith("driving_")
    ]


_WORDS = {
    "remote": "可居家办公",
    "field": "外勤",
    "travel": "需出差",
    "client_site": "驻场",
    "night": "有夜班",
    "shifts": "倒班",
    "day_shift": "长白班",
    "part_time": "兼职/按小时",
    "weekends_off": "双休",
    "meals": "包吃",
    "housing": "包住",
    "live_in": "住家",
    "lifting": "需搬运",
    "standing": "需久站",
    "riding": "骑车配送",
    "height": "高空作业",
    "strenuous": "体力活",
    "disabled_welcome": "欢迎残疾人",
    "wheelchair_ok": "适合轮椅使用者",
    "deaf_ok": "适合听障人士",
    "fresh_graduate": "招应届生",
    "no_night": "不上夜班",
    "no_lifting": "不能干重活",
    "no_standing": "不能久站",
    "no_riding": "不骑车",
    "no_height": "不能登高",
    "wheelchair": "使用轮椅",
    "deaf": "听障",
}
_LICENCE_MODALITY = {
    Modality.REQUIRED: "需{}",
    Modality.PREFERRED: "{}优先",
    Modality.HAS: "持{}",
    Modality.LACKS: "无{}",
}


def words_of(fact: Fact) -> str:
    """The fact in a few Chinese words, as a page shows it ("需A2驾照", "包吃", "只能居家工作")."""
    if fact.family is Family.ABILITY:
        required = (
            None if fact.modality not in (Modality.REQUIRED, Modality.PREFERRED) else fact.modality is Modality.REQUIRED
        )
        return abilities.words(fact.code, fact.value, required)
    if fact.family is Family.LICENCE and fact.code == "none":
        return "未持证书"
    if fact.family is Family.LICENCE and fact.modality in _LICENCE_MODALITY:
        return _LICENCE_MODALITY[fact.modality].format(LICENCE_WORDS.get(fact.code, fact.code))
    value = fact.value or ""
    match fact.code:
        case "home_only":
            return "只能居家工作" if fact.modality is Modality.LIMIT else "想居家工作"
        case "hours":
            return f"工作时间 {value}"
        case "free":
            return f"有空：{free_words(value)}"
        case "edu_min":
            return f"{LEVEL_WORDS.get(value, value)}及以上"
        case "edu":
            return LEVEL_WORDS.get(value, value)
        case "graduation":
            year, _, month = value.partition("-")
            return f"{year}年{int(month)}月毕业" if month else f"{year}年毕业"
        case "experience_min":
            return f"{value}年以上经验"
        case "experience":
            return f"{value}年经验"
        case "age_range":
            low, _, high = value.partition("-")
            return f"{low or '不限'}–{high or '不限'}岁"
        case "age":
            return f"{value}岁"
        case "part_time" if fact.modality is Modality.WISH:
            return "想找兼职/零工"
        case "meals" | "housing" if fact.modality is Modality.WISH:
            return f"希望{_WORDS[fact.code]}"
    return _WORDS.get(fact.code, fact.code)


_FREE_DAY_WORDS = {"1234567": "每天", "12345": "工作日", "67": "周末"}


def free_words(value: str) -> str:
    """A "free" fact's value as a person reads it: "67 00:00-24:00" -> "周末 全天"."""
    days, _, span = value.partition(" ")
    named = _FREE_DAY_WORDS.get(days) or "、".join(f"周{'一二三四五六日'[int(d) - 1]}" for d in days if d in "1234567")
    return f"{named} {'全天' if span == '00:00-24:00' else span.replace('-', '–')}"


# Every code the reader can give: what a person may name when they say a fact was misread.
FACT_CODES = (
    frozenset(_WORDS) | frozenset(LICENCE_WORDS) | SEEKER_CODES | VALUE_CODES | frozenset(_PLAIN_BITS) | abilities.CODES
)
