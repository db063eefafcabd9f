"""Which of a posting's load, ride and walking words ask something of this worker's body (issue 22, session 7):
forklifts driven, loads the post says it does not move, e-bikes handed to couriers, outwork brought to the home;
short spells on one's feet and the air breathed (session 8)."""

from __future__ import annotations

import re
from dataclasses import replace

from matching.facts.carriers import LIFTING_HANDS
from matching.facts.cues import (
    PREFERRED_WORDS,
    SENTENCE_STOP,
    Cue,
    clause_around,
    cues_for,
    matched_facts,
    sentence_of,
    stop_after,
    stop_before,
)
from matching.facts.fact import Fact, Family, Modality
from matching.facts.numerals import cn_number

# A forklift driven is lifting (SCHEMA: the worker moves loads, with a forklift too); one only held a certificate for
# ("持叉车证"), repaired, sold, kept up or liaised with, a driverless one, or an industry named, is not
FORKLIFT = r"(?:叉车|地牛|液压(?:搬运)?车|堆高车)(?!证|操作证|驾驶证|资格证|上岗证|行业|锂电池|电池|配件)"
_FORKLIFT_NOT_DRIVEN = re.compile(r"维修|维护|保养|维保|售后|5S|销售|租赁|品牌|行业|联系|对接|接口|产品|调试")
_DRIVEN = re.compile(
    r"驾驶|开(?:[^，。；,;]{0,4}?)叉车|叉车(?:司机|工|操作|作业|装卸|卸货)|操作(?:[^，。；,;]{0,4}?)叉车"
)
_DRIVERLESS = re.compile(r"无人$|AGV[或、/]?$")
# the post says it moves no loads itself: "货有装卸工搬，仓管不用动手", "不用搬货", "无重体力活"
_NO_LOADS = re.compile(
    r"(?:不用|无需|无须|不需要?|不必|不)(?:自己)?(?:动手|搬货|搬东西|搬重物|干重活|扛)|无(?:重)?体力活|无重体力|(?:不|无需|无须)(?:用)?搬运|"
    r"(?:很|比较|较|都)轻(?!松)|(?<![不太])不重(?!要|视|复)"
)
# e-bikes (and their batteries) a courier post hands out: "配送员…免费配车和电池", "提供车和电池"
BIKE_GIVEN = (
    r"(?:免费|公司|可)?配(?:电动|电瓶)?车(?:配电|[、，,和及]?电池)?|提供车(?:辆)?(?:和|及|、)电池|"
    r"(?:有|配|配备|提供)(?:电动|电瓶)三轮(?:车)?"  # "快递员…有电动三轮": the round is ridden
)
# a round of deliveries: a courier's, and the water, milk or groceries brought to the door ("送水工", "送奶工")
_COURIER = re.compile(r"配送|送餐|外卖|快递|骑|派单|派件|派送|送货|跑腿|单量|送(?:水|奶|桶|菜|件|药|报)")
_E_BIKE = re.compile(r"电池|配电|头盔|电动|电瓶")  # "配送员…提供车辆…配车" may be a van (fresh2): no rider said
# outwork: materials brought to and work fetched from the worker's home ("外发手工…免费送料上门、上门收货")
_OUTWORK = re.compile(r"外发|在家(?:里)?(?:做|干)|带回家|居家(?:计件|手工)|[（(]居家[)）]")
_MATERIALS = re.compile(r"料|收货|取货|成品|送货上门")  # "在家做…送货上门": the goods come to the door


# Climbing stairs with no load ("没有电梯的老楼要爬楼梯", "一层层走楼梯拖地", "楼道保洁"): `strenuous` valued "stairs", which
# sets no bit: it keeps out those whose knees, legs, heart or strength fail on stairs (`Limits.no_stairs`), not those
# whose back cannot take loads (dev2's judge keeps a stairwell cleaner's post for 腰椎间盘突出, not for 膝盖不行)
STAIRS = "stairs"
_STAIRS_ONLY = re.compile(r"^(?:爬楼|走楼梯|楼道|(?:擦|扫|拖|打扫|清扫)楼道)")
_CARRIED = re.compile(r"送|搬|扛|背|提|货")  # "需要爬楼送货": loads taken up


def stairs_valued(facts: list[Fact], text: str) -> list[Fact]:
    """Stair words valued "stairs"; a forklift named only as preferred ("会开叉车优先") is PREFERRED: named, not asked,
    so it sets no bit (`bits.job_bits`)."""
    preferred = _forklift_preferred(text)
    return [
        replace(f, value=STAIRS)
        if f.code == "strenuous" and _STAIRS_ONLY.match(f.evidence) and not _CARRIED.search(f.evidence)
        else replace(f, modality=Modality.PREFERRED)
        if preferred and f.code == "lifting" and re.match(FORKLIFT, f.evidence)
        else f
        for f in facts
    ]


def _forklift_preferred(text: str) -> bool:
    found = list(re.finditer(FORKLIFT, text))
    return bool(found) and all(PREFERRED_WORDS.search(clause_around(text, m.start(), m.end())) for m in found)


def forklift_not_driven(text: str, m: re.Match[str]) -> bool:
    """ "叉车维修经验", liaison with the forklift crews, "无人叉车": no load moved by this worker; upkeep beside "安全驾驶"
    is one driven."""
    if _DRIVERLESS.search(text, max(0, m.start() - 4), m.start()):
        return True
    if LIFTING_HANDS.others.match(text, max(0, m.start() - 1)) and not _DRIVEN.search(sentence_of(text, m)):
        return True  # "平时不用搬货，有叉车和搬运工": the place's forklift and crew, not this worker's
    sentence = sentence_of(text, m)
    return bool(_FORKLIFT_NOT_DRIVEN.search(sentence)) and not _DRIVEN.search(sentence.replace("驾驶证", ""))


def loads_denied(text: str, m: re.Match[str]) -> bool:
    """A load word in a sentence that says this post moves none ("货有装卸工搬，仓管不用动手", "卸货有装卸工"; not
    "卸货要自己卸，有时有搬运工帮忙")."""
    sentence = sentence_of(text, m)
    return bool(_NO_LOADS.search(sentence)) or LIFTING_HANDS.others_carry(sentence)


def bike_not_given(text: str, m: re.Match[str]) -> bool:
    """A vehicle handed out is riding only for courier work with an e-bike's marks ("免费配车配电…派单"), not a
    car for a driver nor a courier's van."""
    sentence = sentence_of(text, m)
    return not (_COURIER.search(sentence) and _E_BIKE.search(sentence))


def outwork_brought(text: str, m: re.Match[str]) -> bool:
    """ "送料上门、上门收货" for handwork done at home: the employer comes to the worker, who stays in."""
    return bool(_OUTWORK.search(text) and _MATERIALS.search(clause_around(text, m.start(), m.end())))


# A spell on one's feet the text says is short ("每天站岗1小时", "偶尔站一会儿"): `standing` valued "short", which sets
# no bit, so "不能长时间站岗" is no reason to keep the post out (review 9's H1); a wheelchair still is
# (`Limits.stands_none`). Long is said (久站, 全天, 全程) or four hours and more ("一天站8小时").
SHORT = "short"
LONG_HOURS = 4
_LONG = re.compile(r"久站|长时间|长期|全天|整天|一整天|一直|全程|站一天|为主")
_SPELL = re.compile(
    r"(?P<n>(?<![\d.])\d{1,3}(?:\.\d{1,2})?|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九半])\s*(?:个)?(?P<more>多|半)?"
    r"(?P<unit>小时|钟头|分钟)|一会儿?|片刻|偶尔|短暂"
)
# standing beside sitting, as a rota or another post of the same job: "站坐轮岗", "站岗和坐岗轮流", "岗位分站岗、坐岗
# 几种", "坐班、站班都有"; not sitting as a small share ("少量坐班", "偶尔坐") nor a break ("坐下休息")
_SITTING = re.compile(r"站坐|坐站|坐岗|坐班|(?<![乘])坐(?:着|、)")
_MOSTLY_STANDING = re.compile(
    r"少量坐|偶尔坐|很少坐|坐下休息|(?:(?<!\d)\d{1,3}|[一二两三四五六七八九十]+)\s*(?:个)?(?:小时|分钟)|%"
)
# a spell that is a least ("1小时以上", "至少1小时") or one turn of a rota ("1小时轮换一次", "半小时一轮"): not the
# day's standing, which may be long
_LEAST_BEFORE = re.compile(r"(?:至少|最少|起码|不少于)[^，。；,;]{0,4}$")
_LEAST_OR_TURN_AFTER = re.compile(
    r"\s*(?:以上|起|及以上|左右以上|[^，。；,;]{0,2}?(?:轮换|轮岗|一轮|一换|休息|换岗|换班))"
)


def spells_valued(facts: list[Fact], text: str) -> list[Fact]:
    """Standing the text says is short, valued "short" (`SHORT`)."""
    return [replace(f, value=SHORT) if f.code == "standing" and _short_spell(f.evidence, text) else f for f in facts]


def _short_spell(evidence: str, text: str) -> bool:
    """Every clause the words stand in says a short spell, and no words of their sentence a long one: a long word, a
    spell of four hours or more ("工作时间12小时"), a least or a rota's turn ("站立半小时轮换，全天"); or every sentence
    pairs the standing with sitting, as a rota or another post ("站坐轮岗", "岗位分站岗、坐岗几种"), and says nothing
    long ("站班为主", "少量坐班")."""
    if _LONG.search(evidence):
        return False
    found = list(re.finditer(re.escape(evidence), text))
    if found and all(_sits_too(sentence_of(text, m)) for m in found):
        return True
    return bool(found) and all(
        _SPELL.search(clause_around(text, m.start(), m.end())) and _says_short(sentence_of(text, m)) for m in found
    )


def _sits_too(sentence: str) -> bool:
    return bool(_SITTING.search(sentence)) and not _LONG.search(sentence) and not _MOSTLY_STANDING.search(sentence)


def _says_short(sentence: str) -> bool:
    spells = list(_SPELL.finditer(sentence))
    return (
        bool(spells)
        and not _LONG.search(sentence)
        and all(_hours(m) < LONG_HOURS and not _least_or_turn(sentence, m) for m in spells)
    )


def _least_or_turn(sentence: str, m: re.Match[str]) -> bool:
    return bool(_LEAST_BEFORE.search(sentence, 0, m.start()) or _LEAST_OR_TURN_AFTER.match(sentence, m.end()))


def _hours(m: re.Match[str]) -> float:
    if m.group("n") is None:  # "一会儿", "偶尔"
        return 0.0
    raw = m.group("n")
    n = 0.5 if raw == "半" else float(raw) if raw[0].isdigit() else float(cn_number(raw) or 0)
    n += 0.5 if m.group("more") else 0.0
    return n / 60 if m.group("unit") == "分钟" else n


# Air a weak chest cannot take: dust, paint, fumes, chemical smells (`dust`, no bit: `Limits.no_dust`). Not a
# workplace said to be free of them ("无粉尘异味", "不接触油漆"), dust treated or designed against ("粉尘、废气治理"),
# paint sold or a finish named ("修补漆…销售经验", "木皮/油漆柜体"), a product or a system polished ("打磨现有系统",
# "打磨工具产品"), an automated factory ("自动化工厂"),
# nor work named as experience in another trade ("有化学原料行业经验")
_AIR = cues_for(
    Family.PHYSICAL,
    dust=r"粉尘(?![^，。；,;]{0,6}?(?:治理|处理|检测|监测|设备|工程))|烟尘(?![^，。；,;]{0,6}?(?:治理|处理|检测|监测|设备|工程))|焊烟|(?:有毒|有害|刺激性)气体(?![^，。；,;]{0,3}?检测)|刺鼻|"
    r"(?:有|存在|较大|较重|少量|轻微)的?异味(?!的)|(?:胶水|胶|塑料|橡胶|消毒水)味|异味(?:较|比较|很)?(?:大|重)|(?:气味|味道)(?:比较|较|很)?(?:大|重|刺鼻)|"
    # fibres and dust said to fill the air ("车间里绒毛多", "灰尘大"; s22 dev16), not a grey coat ("灰大衣")
    r"(?:绒毛|棉絮|毛絮|飞絮|棉尘)(?:很|比较|较|特别)?(?:多|大|重|满天飞|乱飞)|灰尘(?:很|比较|较|特别)?(?:大|多)|"
    r"(?<![石青])灰(?:很|比较|较|特别)?大(?![衣褂])|"
    r"喷漆|刷漆|调漆|(?<!修)补漆|(?<!/)油漆(?!销售|店|门店|品牌|经销|代理|行业|市场|/|或|柜|门|房门|件)|木屑|"
    r"打磨(?=工(?!具)|机|抛光|毛刺|焊|[、/]|等)|(?:抛光|焊接|切割|钻孔|攻丝|喷涂|熔炼|装配)[、，,/和]?打磨|"
    r"(?<![动能字息代乳])化工(?:厂|车间)(?!建设|系统)|(?:接触|搬运|灌装|配制|调配)[^，。；,;]{0,4}?化学品|化学品(?:灌装|搬运|配制)|化学试剂配[置制]",
)
_AIR_PAST = re.compile(r"(?<![无零])经验|经历|背景|行业")
_CLEAN_AIR = re.compile(r"(?:无|没有|不接触|远离|不用接触|不会接触|告别)[^，。；,;]{0,4}$")


def air_named(text: str) -> list[Fact]:
    """Dust, paint, fumes and chemical smells the post names, as `dust` facts (the words are kept as evidence)."""
    return list(matched_facts(text, _AIR, past=_AIR_PAST, unless=_clean_air))


# Words that name air only where the sentence is about the workplace or its workpieces, not a plan polished
# ("方案打磨等"), a smell reported or a dish ("发现有异味及时上报", "本地菜味道重"), paint sold ("门店销售油漆涂料")
# or a chemical plant sold to, consulted for or fitted with a system ("化工厂设备销售", "化工厂项目安全评价")
_WORKPIECE = re.compile(
    r"工件|产品表面|金属|木|钣金|铸件|零件|配件|模具|石材|车身|腻子|墙面|生产线|流水线|车间|"
    r"焊|抛光|喷|切割|钻孔|毛刺|熔炼|铸造|冲压|组装|装配|打胶|清理"
)
_WORKPLACE = re.compile(r"车间|环境|现场|厂房|厂区|工厂|厂里|作业区|垃圾|污水|粪|屠宰|养殖|化工|污泥|下水道|化粪池")
_PAINT_SOLD = re.compile(r"销售|介绍|导购|推销|推广|零售|批发|经销|门店")
_PLANT_SERVED = re.compile(r"销售|系统|咨询|评价|评估|软件|定位|监测|检测|设计|方案|招商|认证|培训")


def _clean_air(text: str, m: re.Match[str], cue: Cue) -> bool:
    return bool(_CLEAN_AIR.search(text, stop_before(text, m.start(), SENTENCE_STOP), m.start())) or _not_workplace_air(
        text, m
    )


def _not_workplace_air(text: str, m: re.Match[str]) -> bool:
    words, clause, sentence = m.group(0), clause_around(text, m.start(), m.end()), sentence_of(text, m)
    if words == "打磨" and text[m.end() : m.end() + 1] in ("、", "/", "等"):  # kept only among a workpiece's processes
        return not _WORKPIECE.search(clause.replace("打磨", ""))
    if (words.startswith(("有", "存在")) and "异味" in words) or words.startswith("味道"):
        return not _WORKPLACE.search(sentence)
    if words == "油漆":
        return bool(_PAINT_SOLD.search(clause))
    if words.startswith("化工"):
        return bool(_PLANT_SERVED.search(text, m.end(), stop_after(text, m.end(), SENTENCE_STOP)))
    return False
