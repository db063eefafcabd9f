"""Heat and noise a kind of work is done in, and those a posting's text states (issue 22, session 18): the furnace,
the boiler house, the wok and the grill, the steamers, the summer sun of a swept road, a nursery's rows and a site's
scaffold (`kind_nouns.HEAT`); the press shop, the moulding hall, the loom and the machine shop, the KTV (`NOISE`). A
person who cannot take heat ("怕热", "太热的地方不行") or noise ("耳朵受不了吵") refuses them (`body_heat_noise`).
Kinds are read from the post's own name as `kinds` reads the others, never a plain 厨师 or 服务员 (a cook may work a
cold counter or pastry, and the judges of the sets disagree); the text's words state them ("车间热", "高温作业",
"风吹日晒", "噪音大", "需佩戴耳塞") unless negated or eased ("车间有空调", "环境安静")."""

from __future__ import annotations

import re

from matching.facts.cues import CLAUSE_STOP, is_negated, stop_before
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.kind_nouns import EASING, GRILL_COOK, HEAT, NOISE

__all__ = ["CLIMATE_DUTIES", "CLIMATE_KINDS", "climate_stated", "waived"]

CLIMATE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # a furnace, a kiln or a boiler: the hall is hot all year ("炉前工", "铸造厂普工", "锅炉工", "窑炉工")
    (r"炉前|锅炉|熔炼|熔铸|铸造(?:车间|厂)?|锻造(?:车间|厂)?|锻工|炼钢|轧钢|窑(?:炉|工)|烧窑", (HEAT,)),
    # at the wok, the grill or the steamers (not a plain 厨师: `CLIMATE_DUTIES` reads 炒锅 where its text says so)
    (
        rf"炒锅|炒菜(?:师傅|工)|掌勺|上灶|灶(?:台|上)(?:师傅|工)|{GRILL_COOK}|"
        r"包子(?:铺|师傅)|早点铺|早餐铺",
        (HEAT,),
    ),
    # outdoors through the summer: roads swept, greens and nurseries tended, fields picked, a site's rebar and odd jobs
    (
        r"环卫|扫马路|(?:道路|马路|街道)(?:清扫|保洁)|清扫工|绿化(?!带)|园林(?:工|绿化|养护)|苗木(?:基地)?|苗圃|拔草|除草|渔场|"
        r"采茶|采摘|摘(?:草莓|蓝莓|葡萄|桃子?|果子?|菜|棉花|茶叶?)|大棚|钢筋工|工地(?:杂工|小工|普工)|空调安装|露天",
        (HEAT,),
    ),
    # loud halls: presses, moulding machines, looms, machine tools; a KTV's or a bar's music
    (
        r"冲压(?:车间|厂)?|冲床|注塑(?:车间|厂)?|织布(?:车间|厂)?|挡车|纺纱|细纱|数控(?:车床|机床)?|车床|铣床|机床|"
        r"KTV|ktv|酒吧|迪吧",
        (NOISE,),
    ),
)
# the duties a text lists at the wok, the grill, the steamers or the furnace ("三年以上炒锅经验", "灶上活", "蒸包子"),
# and at loud machines ("操作冲床", "机床上下料")
CLIMATE_DUTIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"炒锅|炒菜|掌勺|上灶|颠勺|灶上活|烤串|烧锅炉|炉前作业|蒸包子|蒸馒头", (HEAT,)),
    (r"(?:操作|看)(?:冲床|冲压机|注塑机|车床|机床|织机)|(?:冲床|注塑机|车床|机床)(?:上下料|取件|旁)", (NOISE,)),
)

_HOT_PLACE = r"(?:车间|厂房|厨房|后厨|棚|大棚|灶台|炉|机器|机台|窑|店|屋|仓库|工地|现场)(?:里|内|边|旁|前|上)?"
_HOT = r"(?:比较|很|特别|有点|较|偏|挺|贼|非常|会|会比较|会很)?(?:闷热|热|烤人|晒)(?![水线门情心闹菜饭销卖量敷度点搜身处压熔转缩风火饮])"
_LOUD = r"(?:比较|很|特别|有点|较|偏|挺|贼|非常|会)?"
STATED_CLIMATE = {
    HEAT: re.compile(
        rf"高温(?:作业|车间|环境|岗位)|温度(?:比较|很|特别|有点|较|偏)?高|{_HOT_PLACE}{_HOT}|夏天{_HOT}|"
        r"露天|风吹日晒|(?<!防)日晒|暴晒|太阳(?:很|比较|特别)?(?:大|底下|晒)|烈日|"
        r"炉前|炉(?:子)?边|烘焙房|烤房|铸造车间|灶台(?:边|旁)"
    ),
    NOISE: re.compile(
        rf"噪(?:音|声){_LOUD}大(?!数据)|(?:机器|机床|设备|车间){_LOUD}(?:响|吵|轰鸣|声音大)|声音{_LOUD}大|"
        r"(?:需|要|须|必须)?(?:佩戴|戴)耳塞|(?<![不别])吵(?:闹|得很|得慌)"
    ),
}


def climate_stated(text: str) -> list[Fact]:
    """Heat or noise the text itself states ("车间热", "高温作业", "风吹日晒", "噪音大", "需佩戴耳塞"): a `stated` fact
    valued by the demand, kept out where negated ("车间不热") or taken back ("车间有空调", "环境安静")."""
    found = []
    for demand, pattern in STATED_CLIMATE.items():
        m = next((m for m in pattern.finditer(text) if not waived(text, m.start())), None)
        if m is not None and EASING[demand].search(text) is None:
            found.append(Fact(Family.PHYSICAL, "stated", as_evidence(m.group(0)), 0.8, demand))
    return found


# what the clause says the worker is spared before the words ("不需要自己出去风吹日晒", "不外出避免日晒雨淋", "不愿坐班者优先")
_SPARED = re.compile(r"不用|不需要?|无需|不必|避免|免受|告别|远离|不外出|不愿|不想")


def waived(text: str, start: int) -> bool:
    """Whether the words at `start` are negated, or their clause spares the worker them before they are said."""
    return is_negated(text, start) or bool(_SPARED.search(text, stop_before(text, start, CLAUSE_STOP), start))
