"""Voice input's homophone slips in the common limit words, mended before a seeker's text is read (issue 22, session
14; the third review's class 16): "要忧不好，不能般重无" is 腰又不好，不能搬重物, "夜般" 夜班, "站太旧了" 站太久了. Only a
slip the sentence leaves no doubt about is mended, each by its neighbours: 要 is 腰 only before a back's trouble
(不好, 间盘, 肌劳损) at a clause's start or after 我 ("我要不好好干" stays), 般 is 搬 only before a load and not after
一/这/那 ("一般重"), 般 is 班 only after 夜/晚/倒/轮; dialect's 上昼/下昼/晌午 are 上午/下午/中午. Each mend keeps the length, so a fact's words are quoted as
typed (`quoted`)."""

from __future__ import annotations

import re

from matching.facts.fact import Fact

_BACK_TROUBLE = r"(?:忧|又|有点|有些)?(?:不好(?!好|意思|找|说|弄|干|做|请|办|看|听)|不太好|间盘|椎间盘|肌劳损)"
_SLIPS = (
    (re.compile(rf"(?:(?<=^)|(?<=[，,。；;！!\s我俺的]))[要摇](?={_BACK_TROUBLE})", re.MULTILINE), "腰"),
    (re.compile(r"(?<=腰)忧(?=点|些)"), "有"),  # "腰忧点不好": 腰有点不好
    (re.compile(r"(?<=腰)忧(?=不)"), "又"),  # "要忧不好": 腰又不好
    (re.compile(r"(?<![一这那百万千])般(?=重|东西|货|箱子|不动|不了|砖|水泥|桶)"), "搬"),
    (re.compile(r"(?<=[搬提扛抬拿]重)[无务误屋]"), "物"),  # "不能般重无": 不能搬重物
    (re.compile(r"(?<=[夜晚倒轮])[般斑]"), "班"),  # "夜般", "晚般", "倒般"
    # 去 as 江淮 speech says and types it: "要回克喂饭" (not 克扣, 克服, a gram)
    (re.compile(r"(?<=回)克(?![扣服制隆星罗拉林莱兰劳里斯重斤])"), "去"),
    # the parts of the day as 江淮 and 吴 speech say them: "上昼九点到下昼三点" is 上午九点到下午三点, "晌午" 中午
    (re.compile(r"上昼"), "上午"),
    (re.compile(r"下昼"), "下午"),
    (re.compile(r"晌午"), "中午"),
    (re.compile(r"前晌"), "上午"),  # 北方 speech: 前晌 the morning, 后晌 the afternoon
    (re.compile(r"后晌"), "下午"),
    (re.compile(r"(?<=站)[旧酒](?=了)|(?<=[站坐走]太)[旧酒九](?=了|[，,。；;！!\s]|$|就|腿|不行)", re.MULTILINE), "久"),
)


def mended(text: str) -> str:
    """`text` with the slips mended, each character in its place."""
    for pattern, right in _SLIPS:
        text = pattern.sub(right, text)
    return text


def quoted(text: str, said: str, facts: list[Fact]) -> list[Fact]:
    """Each fact read from `said` (`text` with characters changed in place) quoting `text`'s own words there."""
    if said == text:
        return facts
    out = []
    for f in facts:
        at = said.find(f.evidence)
        words = f.evidence if at < 0 else text[at : at + len(f.evidence)]
        out.append(Fact(f.family, f.code, words, f.confidence, f.value, f.modality, f.sensitive))
    return out
