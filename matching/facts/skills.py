"""Skills a posting requires and a person says they lack: a smartphone, Mandarin, reading and writing, drawings and
CAD, cooking, a foreign language, driving a forklift. Computer use and typing are the `ability` family's (`matching.abilities`).

Precision first, as for licences: a wrong lack hides jobs from a person, so only plain statements are read. A
posting's "优先" is a wish, never a limit; a skill the next words waive ("不会可以教", "可培训", "零基础") or a
negation before it ("无需会说普通话") reads nothing. A person who says nothing lacks nothing; one who says they
lack a skill but will learn it ("不会做饭，但可以学") is not read as lacking it. Not health information: literacy
and dialect are no disability, so nothing here is sensitive.
"""

from __future__ import annotations

import re

from matching.facts.cues import (
    PREFERRED_WORDS,
    SENTENCE_STOP,
    clause_around,
    is_negated,
    someone_else,
    stop_after,
    text_before,
)
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.language_level import FLUENT, asked_of_others, short_of_fluent

SKILL_WORDS = {
    "smartphone": "会用智能手机",
    "mandarin": "普通话标准",
    "literacy": "识字读写",
    "drawings": "会看图纸/CAD",
    "cooking": "会做饭",
    "foreign_language": "外语",
    "forklift_driving": "会开叉车",  # the skill; the 叉车证 is a licence (`licences`)
    "office": "会用办公软件",  # Excel, Word, WPS: not every computer post (`abilities` reads computer use)
    "swimming": "会游泳",
    "typing": "打字快",
}
LACK_WORDS = {
    "smartphone": "不会用智能手机",
    "mandarin": "普通话不好",
    "literacy": "读写有困难",
    "drawings": "看不懂图纸",
    "cooking": "不会做饭",
    "foreign_language": "不会外语",
    "forklift_driving": "不会开叉车",
    "office": "不会办公软件",
    "swimming": "不会游泳",
    "typing": "打字慢",
}
LANGUAGES = {
    "英": "english",
    "日": "japanese",
    "韩": "korean",
    "俄": "russian",
    "法": "french",
    "德": "german",
    "西班牙": "spanish",
    "阿拉伯": "arabic",
}
LANGUAGE_WORDS = {v: f"{k}语" for k, v in LANGUAGES.items()}
_LANG = r"(?:英|日|韩|俄|法|德|西班牙|阿拉伯)(?:语|文)|外语"
_CAD = r"(?:Auto\s*CAD|CAD|SolidWorks|Pro\s*/?\s*E|天正)"  # drawing software; not 3D modelling (3DMAX)
_OFFICE = r"(?:excel|word|office|wps|办公软件|电子表格)"  # office software, apart from computer use

_POSTING = {
    # "会开叉车", and "要求会叉车" with the verb left out (not 机会, 展会 or 协会 before it)
    "forklift_driving": r"(?:会|能|熟练)(?:开|驾驶|操作|使用)(?:电动|柴油|堆高)?叉车(?!证|维修|保养)|"
    r"(?<![机展协学工大社年])会(?:电动|柴油|堆高)?叉车(?!证|维修|保养|租赁|销售)",
    "smartphone": r"(?:会|能|熟练|懂得?)(?:使用|用|操作|玩)(?:智能)?手机(?:软件|APP|app|下单|接单|导航|拍照|打卡|操作)?|"
    r"(?:会|能|熟练)(?:使用|用)?智能手机|(?:智能)?手机(?:操作|使用)熟练|(?:自备|有|需要?|要|须)(?:一部)?智能手机|"
    r"(?:会|能|熟练)(?:使用|用)(?:微信|支付宝|抖音|钉钉|导航)(?!开发|小程序|公众号|支付|[A-Za-z])|(?:手机)?(?:APP|app|软件)(?:抢单|接单|派单)|"
    r"(?:用|使用|通过)?手机(?:APP|app)?(?:打卡|扫码|接单|抢单|开票|拍照|导航|派单|填单)",
    "mandarin": r"普通话(?:标准|流利|流畅|清晰|良好|好|较好|纯正|二级|一级|[一二][甲乙]|(?:[一二]级)?[甲乙]等|水平[一二]级)|"
    r"(?:会|能|熟练|流利)(?:说|讲|使用|用)?普通话|普通话(?:要|需|得)?(?:说|讲)得?(?:清楚|标准|流利|好)|(?:会|能)(?:正常)?(?:用)?普通话(?:交流|沟通)|普通话(?:等级|水平)?(?:证|证书)",
    "literacy": r"(?:会|能|认)?识字(?!母|率|卡|课|教|班|量|书|游戏)|(?:会|能)认字|认(?:识|得)(?:常用|简单的?)?字(?!母|符|幕|体|段|节|典)|"
    r"(?:会|能)写字(?!楼|幕)|"
    r"能读会写|能写会算|会写会算|会读写|能读写|具备?(?:基本|一定)?的?读写(?:能力)?|"
    r"能看懂(?:简单的?)?(?:文字|单据|说明书?)|(?:有|具备)(?:一定|基本)(?:的)?文化(?:基础|水平)|"
    r"(?:在线|网络|线上)?文字客服",  # answering customers in writing: reading and writing are the work
    "drawings": r"(?:会|能|懂|熟练|熟悉|掌握|看得懂|能看懂)(?:看|识|读)(?:懂)?(?:图纸|图)|"
    r"(?:会|能|懂得?)看(?:懂)?(?:施工|装修|机械|电气|结构)?图纸|(?:看得懂|看懂)(?:施工|装修|机械|电气|结构|简单的?)?图纸|(?:识图|看图|读图)(?:能力|基础)|"
    rf"(?:会|能|懂|熟练|熟悉|掌握|精通)(?:使用|运用|操作)?{_CAD}|{_CAD}(?:制图|绘图|画图)?(?:熟练|操作熟练)|"
    rf"{_CAD}[^，,。；;\n]{{0,6}}?(?:都)?(?:要|需要?|得|必须)(?:会|熟|掌握)",
    "cooking": r"(?:会|能|擅长|熟悉)(?:做|烧|煮)(?:饭|菜|家常菜|一日三餐)|(?:会|能|擅长)炒菜|厨艺(?:好|佳|精湛|不错)|"
    r"做饭好吃|(?:会|能|擅长)(?:做|烧)(?:[\u4e00-\u9fff]{1,2})菜(?!单)|"
    r"(?:做|烧|煮)饭(?:阿姨|大姐|师傅)|(?<=招)(?:个|一个|一名|一位)?(?:做|烧|煮)饭的(?=[，,。；;！!\s]|$)",  # a cook hired
    "foreign_language": rf"(?P<lang>{_LANG})(?:口语)?(?:流利|熟练|良好|精通|好|能力强|"
    r"(?:听说读写|读写|沟通|交流)(?:流利|熟练)?|(?:作为)?工作语言|水平(?:良好|高|较高)|四级|六级|专业[四八]级|[四八]级|"
    r"\s*N[1-3](?![0-9]))|"
    rf"(?:会|能|熟练|精通|懂)(?:说|讲|用|使用|掌握)?(?P<lang2>{_LANG})(?!专业|老师|教师|培训)|"
    r"(?:大学)?英语(?:CET)?[-\s]?[46]级|CET\s*-?\s*[46]",
    # office software ("excel熟练", "熟练使用office办公软件", "会做表格") and a lifeguard's swimming (rev5 K1)
    "office": rf"(?:会|能|熟练|熟悉|精通|掌握)(?:使用|运用|操作|用)?(?:电脑(?:和|及|与|、)|常用)?{_OFFICE}|{_OFFICE}(?:操作)?(?:熟练|精通)|"
    r"(?:会|能)(?:做|制作)(?:电子)?表格",
    "swimming": r"救生员(?!助理)|游泳教练|(?:会|能|熟练)游泳|水性好",  # not "救生员助理" (rev6)
    # a typing speed ("打字每分钟60字以上", "打字速度快"): more than computer use, which "会打字" is (`abilities`)
    "typing": r"打字(?:速度)?(?:每分钟|(?:不低于|不少于|达到)?\d{2,3}\s*字)|打字(?:速度)?(?:要|需)?(?:快|熟练|流畅)",
}
_FOREIGN = re.compile(_LANG + r"|英文")
_POSTING_CUES = {code: re.compile(p, re.IGNORECASE) for code, p in _POSTING.items()}
_WAIVED = re.compile(
    r"都行|都可以?|均可|皆可|没关系|不要紧|无所谓|不限|不要求|无要求|不需要|可培训|可以学|可学|愿意学|能学|会教|"
    r"可以教|包教|带教|零基础|不会也|不会的?可"
)
_WAIVED_AFTER = re.compile(r"\s*[，,、]\s*(?:不会|不懂|不熟)[^，,。；;\n]{0,8}(?:可|也|包|教|学)")
_REFUSED = re.compile(r"[^，,。；;\n]{0,4}?的?(?:人)?(?:请)?(?:勿扰|免谈|别来|勿投|不要|不考虑|不用来)")
_NOT_ASKED = re.compile(r"(?:无需|不需要?|不要求|不用|不必|没有要求|不限)[^，,。；;\n]{0,4}$")

_SEEKER = {
    "forklift_driving": r"(?:不会|不太会|没开过|没学过|不敢)(?:开|驾驶|操作)?叉车(?!证)|"
    r"叉车(?:也|都|我)?(?:不会开|开不了|没开过|不会(?![\u4e00-\u9fff]))",
    "smartphone": r"手机(?:也|都)?只(?:会|能)(?:接|打)(?:打|接)?电话|只会(?:用手机)?(?:接|打)(?:打|接)?电话|"
    r"(?:不会|不懂|不太会|用不来|玩不转)(?:用|使用|玩)?(?:智能)?手机|(?:智能)?手机(?:也|都|一点)?(?:不会(?:用|玩)|用不来|用不好|玩不转|不会(?![\u4e00-\u9fff]))|"
    r"(?:不会|不懂|不太会)(?:用|使用|玩)?(?:微信|支付宝|APP|app)|(?:微信|支付宝)(?:也|都)?(?:不会|用不来)(?:用|玩)?|"
    r"(?:用的?(?:是)?|只有)老(?:人|年)机|没有智能手机",
    "mandarin": r"(?:普通话|汉话|国语)(?:也|都)?(?:不好|不标准|不行|不太好|不太标准|很差|说不好|讲不好|不会说|不会讲|不太会说|不流利|"
    r"(?:说|讲)得?(?:不(?:好|标准|太好|流利|来)|很差|不怎么样))|"
    r"(?:不会|不太会|说不好|讲不好|不会说|不会讲)(?:说|讲)?普通话|只会(?:说|讲)(?:[\u4e00-\u9fff]{0,6}?)(?:方言|土话|家乡话|老家话)|"
    r"(?:方言|口音)(?:很|太|比较)?重",
    "literacy": r"不识字|不认(?:识|得)?字|大字不识|字(?:也|都)?(?:不认识|认不全|不会写|认得不多|认识不多|认不得|不太认识|认的不多)|"
    r"字(?:也|都)?(?:不认得|不认识|认不得)几个|"  # "字不认得几个"
    r"(?:认|识)(?:的|得)?字不多|文盲|没(?:上|读|念)过(?:学|书)|不会(?:读|写)字|看不懂(?:字|文字)|"
    # eyes that cannot read a form at all ("表格看不了", "看不见字"); not small print unclear ("小字看不清")
    r"(?:表格|字|文件|文字)(?:也|都)?看不(?:了|见)|看不(?:了|见)(?:字|表格|文件|文字)",
    "drawings": r"(?:看不懂|看不太懂|不会看|不懂|不会识|不识)(?:图纸|图)|图纸(?:也|都)?(?:看不懂|看不太懂|不会看|不懂)|"
    rf"(?:不会|不懂|没学过)(?:用|使用)?{_CAD}|{_CAD}(?:也|都)?(?:不会|不懂|没学过)",
    "cooking": r"(?:不会|不太会|不懂)(?:做|烧|煮)(?:饭|菜)|(?:不会|不太会)炒菜|(?:做饭|烧饭|做菜|炒菜)(?:也|都)?(?:不会|不行|不好吃)|"
    r"厨艺(?:不好|很差|不行)",
    "foreign_language": rf"(?:不会|不懂|不太会)(?:说|讲)?(?P<lang>{_LANG})|"
    rf"(?P<lang2>{_LANG})(?:也|都|完全|一点)?(?:不会|不懂|不行|不好|很差|太差|一窍不通|说不了|不太好)",
    "office": rf"(?:不会|不懂|不太会|没学过|用不来|玩不转)(?:用|使用|做|操作)?{_OFFICE}|"
    rf"{_OFFICE}(?:也|都)?(?:不会|不懂|不太会|用不来)|(?:不会|不太会)(?:做|制作)(?:电子)?表格",
    "swimming": r"不会游泳|游泳(?:也|都)?不会|旱鸭子|不识水性",
    "typing": r"打字(?:速度)?(?:很|太|比较|特别|有点|有些)?慢(?!慢)|打字(?:速度)?不(?:太)?快",
}
_SEEKER_CUES = {code: re.compile(p, re.IGNORECASE) for code, p in _SEEKER.items()}
# The skill itself stated ("不会CAD，会看图纸"; "普通话一般" is not lacking it): lacking one tool for it, or a
# weaker wording elsewhere, is no lack of the skill a careful reader sees the person has.
_STATED = {
    "drawings": r"(?<![不没太])(?:会|能|懂)(?:看|识)(?:图纸|图)|看得懂(?:图纸|图)|(?<![不没])识图|(?<![不没太])(?:会|懂)(?:用)?"
    + _CAD,
    "mandarin": r"(?<![不没太])(?:会|能)(?:说|讲)普通话|普通话(?:很|还|比较|挺)?(?:好|标准|流利)",
    "cooking": r"(?<![不没太])(?:会|能)(?:做饭|烧饭|做菜|炒菜)",
    "forklift_driving": r"(?<![不没太])(?:会|能)开叉车|叉车(?:也|都)?(?:会开|开过)",
    "office": r"(?<![不没太])(?:会|能)(?:做|制作|用)(?:电子)?表格",  # "不会用excel，但会做表格" (rev6)
}
_STATED_CUES = {code: re.compile(p, re.IGNORECASE) for code, p in _STATED.items()}
# the person lacking a skill they just said someone else has: "我老公会开叉车，我不会", "老伴会做饭，我可不会"
_NOT_I = re.compile(
    r"[^，,。；;！!？?]{0,3}?[，,]\s*(?:但是?|可是?|不过)?(?:我|俺)(?:自己)?(?:可|却|就|倒|是)?"
    r"(?:不会|不懂|没学过|学不会)(?:[的啊呀呢])?(?=$|[，,。；;！!\s])"
)
_WILL_LEARN = re.compile(r"可以学|愿意学|能学|想学|在学|正在学|肯学|会学|现在会|已经会|学会了")
_ONCE = re.compile(r"(?:以前|之前|原来|过去|刚开始|一开始|小时候)[^，,。；;\n]{0,4}$")
_DESCRIBES = re.compile(r"的[\u4e00-\u9fff]")
_SWIM_WAIVED = re.compile(r"不(?:需要|用|要求|必)会?游泳")


def posting_skills(text: str) -> list[Fact]:
    """The skills a posting asks for, required or preferred (`Modality`); a waived or negated one reads nothing."""
    found: list[Fact] = []
    for code, pattern in _POSTING_CUES.items():
        for m in pattern.finditer(text):
            clause = clause_around(text, m.start(), m.end())
            refused = _REFUSED.match(text, m.end())  # "不会用智能手机的勿扰": a requirement said the other way round
            if (is_negated(text, m.start()) and not refused) or _NOT_ASKED.search(text_before(text, m.start(), 10)):
                continue
            if _WAIVED.search(clause) or _WAIVED_AFTER.match(text, m.end()):
                continue
            if code == "swimming" and _SWIM_WAIVED.search(text):
                continue  # "不需要会游泳，负责登记" (rev6)
            if code == "literacy" and _FOREIGN.search(clause):
                continue  # "英语能读写": a foreign language's reading and writing (`foreign_language`)
            if code == "foreign_language" and asked_of_others(text, m.end(), clause):
                continue  # "英语流利的外国游客多", "英语流利的老师另有岗位": not this post's ask
            modality = Modality.PREFERRED if PREFERRED_WORDS.search(clause) else Modality.REQUIRED
            found.append(Fact(Family.SKILL, code, as_evidence(m.group(0)), 0.85, _language(code, m), modality))
    return found


def seeker_skills(text: str) -> list[Fact]:
    """The skills a person says they lack (`Modality.LACKS`): not someone else's ("我妈不识字"), nor one they will
    learn ("不会做饭，但可以学")."""
    found: list[Fact] = []
    for code, pattern in _SEEKER_CUES.items():
        for m in pattern.finditer(text):
            before = text_before(text, m.start(), 8)
            if someone_else(before) or re.search(r"(?:不是|并非|会)$", before) or _ONCE.search(before):
                continue  # "孩子不会说普通话", "会不会做饭", "以前不会做饭"
            if _DESCRIBES.match(text, m.end()):
                continue  # "照顾过不会说普通话的老人": someone the person describes
            if _WILL_LEARN.search(text, m.end(), stop_after(text, m.end(), SENTENCE_STOP)):
                continue
            found.append(Fact(Family.SKILL, code, as_evidence(m.group(0)), 0.85, _language(code, m), Modality.LACKS))
    found += _others_not_mine(text)
    return [f for f in found if not _states(text, f.code)]


def _others_not_mine(text: str) -> list[Fact]:
    """A skill someone else has and the person says they lack ("我老公会开叉车，我不会"): lacked."""
    found: list[Fact] = []
    for code, cue in _STATED_CUES.items():
        for m in cue.finditer(text):
            if someone_else(text_before(text, m.start(), 8)) and (lacked := _NOT_I.match(text, m.end())):
                words = as_evidence(text[m.start() : lacked.end()])
                found.append(Fact(Family.SKILL, code, words, 0.85, None, Modality.LACKS))
    return found


def _states(text: str, code: str) -> bool:
    """Whether the person states the skill itself, not someone else's ("会看图纸", not "孩子会说普通话")."""
    cue = _STATED_CUES.get(code)
    return cue is not None and any(not someone_else(text_before(text, m.start(), 8)) for m in cue.finditer(text))


def _language(code: str, m: re.Match[str]) -> str | None:
    """The language a foreign-language fact names ("英语", CET-4 → english); None for 外语 or another skill."""
    if code != "foreign_language":
        return None
    named = m.group("lang") or m.group("lang2") or ("英" if re.search("CET|英", m.group(0), re.IGNORECASE) else "")
    return next((language for word, language in LANGUAGES.items() if named.startswith(word)), None)


def same_skill(lacked: str | None, asked: str | None, asked_words: str = "") -> bool:
    """Whether a lack meets what a posting asks: only languages have values. A person who lacks 外语 (None) lacks
    every language; one who lacks 英语 lacks a posting's 英语 or 外语, not its 日语; one who speaks it a little
    ("english:fluent") lacks it only where asked fluent or certified (`language_level`)."""
    if lacked is not None and lacked.endswith(FLUENT):
        return short_of_fluent(lacked, asked, asked_words)
    return lacked is None or asked is None or lacked == asked
