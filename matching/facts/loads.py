"""Which of a posting's load, ride and walking words ask something of this worker's body (issue 22, session 7):
forklifts driven, loads the post says it does not move, e-bikes handed to couriers, outwork brought to the home."""

from __future__ import annotations

import re
from dataclasses import replace

from matching.facts.cues import PREFERRED_WORDS, clause_around, sentence_of
from matching.facts.fact import Fact, Modality

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
BIKE_GIVEN = r"(?:免费|公司|可)?配(?:电动|电瓶)?车(?:配电|[、，,和及]?电池)?|提供车(?:辆)?(?:和|及|、)电池"
_COURIER = re.compile(r"配送|送餐|外卖|快递|骑|派单|派件|派送|送货|跑腿|单量")
_E_BIKE = re.compile(r"电池|配电|头盔|电动|电瓶")  # "配送员…提供车辆…配车" may be a van (fresh2): no rider said
# outwork: materials brought to and work fetched from the worker's home ("外发手工…免费送料上门、上门收货")
_OUTWORK = re.compile(r"外发|在家(?:里)?(?:做|干)|带回家|居家(?:计件|手工)|[（(]居家[)）]")
_MATERIALS = re.compile(r"料|收货|取货|成品")


# Climbing stairs with no load ("没有电梯的老楼要爬楼梯", "一层层走楼梯拖地", "楼道保洁"): `strenuous` valued "stairs", which
# sets no bit: it keeps out those whose knees, legs, heart or strength fail on stairs (`Limits.no_stairs`), not those
# whose back cannot take loads (dev2's judge keeps a stairwell cleaner's post for 腰椎间盘突出, not for 膝盖不行)
STAIRS = "stairs"
_STAIRS_ONLY = re.compile(r"^(?:爬楼|走楼梯|楼道|扫楼道|拖楼道)")
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
    sentence = sentence_of(text, m)
    return bool(_FORKLIFT_NOT_DRIVEN.search(sentence)) and not _DRIVEN.search(sentence.replace("驾驶证", ""))


def loads_denied(text: str, m: re.Match[str]) -> bool:
    """A load word in a sentence that says this post moves none ("货有装卸工搬，仓管不用动手")."""
    return bool(_NO_LOADS.search(sentence_of(text, m)))


def bike_not_given(text: str, m: re.Match[str]) -> bool:
    """A vehicle handed out is riding only for courier work with an e-bike's marks ("免费配车配电…派单"), not a
    car for a driver nor a courier's van."""
    sentence = sentence_of(text, m)
    return not (_COURIER.search(sentence) and _E_BIKE.search(sentence))


def outwork_brought(text: str, m: re.Match[str]) -> bool:
    """ "送料上门、上门收货" for handwork done at home: the employer comes to the worker, who stays in."""
    return bool(_OUTWORK.search(text) and _MATERIALS.search(clause_around(text, m.start(), m.end())))
