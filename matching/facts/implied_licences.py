"""Licences a person's past work implies they hold ("开了十年货车": a driving licence; "当了三年保安": 保安员证),
where no law lets the work be done without one (the licences named are read in `licences`); never a certificate of
skill that the work is done without ("在医院当过护工" holds no 养老护理员证)."""

from __future__ import annotations

import re

from matching.facts.cues import someone_else, text_before
from matching.facts.fact import Fact, Family, Modality, as_evidence

# Work a person says they have done that cannot lawfully be done without the licence: "开了十年货车" (a driving
# licence), "当了三年保安" (保安员证, 保安服务管理条例), "干过五年电焊" (焊工证). Past work only: what a person wants
# to do ("想学电焊", desired job 叉车司机) implies nothing, nor work they say they have not done. Certificates of skill
# are not read from work (养老护理员证, 母婴护理证, 保育员证, 厨师证, 会计证书): 护工, 月嫂, 保育员 and cooks work without
# them, and the 会计从业资格证 went in 2017; only the person's words that they hold one say so (the dev15 judge read
# 「在医院当过护工」 as lacking the 养老护理员证 a care home asked, d15-68, issue 22 s22)
_IMPLYING_TRADES = (
    (
        "driving",
        r"货车|卡车|大货|大车|重卡|半挂|挂车|客车|大巴|中巴|公交|出租车?|网约车|班车|校车|渣土车|冷链车|面包车|"
        r"货运|长途|司机|驾驶员|汽车兵|驾驶兵",
    ),
    ("forklift", r"叉车"),
    ("welder", r"电焊|焊工|氩弧焊|二保焊"),
    ("electrician", r"电工"),
    ("security", r"保安|安保|押运"),
    ("hazmat", r"危化品|危险品|危货|危险货物"),
    ("nurse", r"护士"),
    ("teacher", r"老师|教师"),
    ("crane", r"塔吊|起重|行车工"),
)
_PAST_WORK = r"做过|干过|当过|开过|跑过|做了|干了|当了|开了|跑了|从事|曾经?|以前|之前|原来|退休前|一直"
_YEARS = r"(?:(?<!\d)\d{1,4}|[一二两三四五六七八九十几多半]+)\s*(?:个)?年"
_IMPLIES = [
    (
        code,
        re.compile(
            rf"(?:{_PAST_WORK})[^，。；;,\n]{{0,10}}?(?:{trade})|(?:{trade})[^，。；;,\n]{{0,6}}?{_YEARS}"
            + (r"|开(?:了|过)[^，。；;,\n]{0,6}?(?<![叉铲瓶动])车" if code == "driving" else "")
        ),
    )
    for code, trade in _IMPLYING_TRADES
]
_NOT_DONE = re.compile(r"没|不|未|想|希望|打算|准备|考虑|学|找")


def implied_licences(experience: str) -> list[Fact]:
    """Licences a person's past work implies they hold (`Modality.IMPLIED`): "开了十年货车" → a driving licence."""
    found = []
    for code, pattern in _IMPLIES:
        for m in pattern.finditer(experience):
            before = re.split(r"[，。；;,\n]", text_before(experience, m.start(), 6))[-1]
            if _NOT_DONE.search(before) or someone_else(before, circle=True):
                continue  # "没干过保安", "想学电焊", "想找保安": not work done; "老公开了十年货车": not the person's
            found.append(Fact(Family.LICENCE, code, as_evidence(m.group(0)), 0.6, None, Modality.IMPLIED))
            break
    return found
