"""What a job needs of a person and what a person says they cannot do or studied: computer use, good eyesight,
phone calls, a required major (postings); "不会电脑", low vision, the major studied (people). The `ability`
family of `matching.facts`, which wraps what is read here into facts, bits and limits.

Precision first: a wrong fact hides jobs from people, so only clear statements are read; a waiver anywhere in
the sentence ("会不会电脑都行", "不会可培训", "专业不限") reads nothing, and a major outside the groups below
excludes nothing. Low vision (and the screen it cannot read) is health information: marked sensitive.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from matching.phone_refusals import CONTACT_NOTE, NO_PHONE, NO_TALKING, PHONE_MENDED, TALKING, refused_value

CODES = frozenset(
    {
        "needs_computer",
        "needs_eyesight",
        "needs_phone",
        "needs_hearing",
        "needs_talking",
        "major",
        "no_computer",
        "low_vision",
        "no_speech",
        "no_phone",
        "no_talking",
    }
)
SENSITIVE = frozenset({"low_vision", "no_speech"})

COMPUTER_BIT = 1 << 20
EYESIGHT_BIT = 1 << 21
PHONE_BIT = 1 << 22

# Related majors, grouped so that a posting asking for one group takes every major of it (会计 for 财务相关专业).
# A person whose major is in another group is left out; one in no group never is. Listed longest first per group.
MAJOR_GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "finance": ("财会金融类", ("会计", "财会", "财务", "审计", "金融", "税务", "财政", "保险", "投资", "经济")),
    "business": (
        "经管营销类",
        ("市场营销", "营销", "工商管理", "电子商务", "电商", "国际贸易", "国贸", "物流管理", "物流", "人力资源"),
    ),
    "computing": (
        "计算机类",
        ("计算机", "软件工程", "软件", "网络工程", "信息技术", "电子信息", "物联网", "大数据", "人工智能", "通信"),
    ),
    "maths": ("数学统计类", ("应用数学", "数学", "统计")),
    "engineering": ("机械电气类", ("机械", "机电", "数控", "模具", "汽车", "电气", "自动化", "电子")),
    "civil": ("土木建筑类", ("土木", "建筑", "工程造价", "造价", "工程管理", "给排水", "测绘", "暖通")),
    "medicine": ("医药护理类", ("临床医学", "医学", "临床", "护理", "药学", "医药", "康复", "中医", "医学检验")),
    "education": ("师范教育类", ("学前教育", "师范", "教育", "学前")),
    "language": ("文史外语类", ("汉语言", "中文", "英语", "日语", "韩语", "外语", "新闻", "文秘")),
    "law": ("法学类", ("法学", "法律")),
    "design": ("设计艺术类", ("视觉传达", "设计", "美术", "动画")),
    "science": ("化工生物类", ("化学", "化工", "生物", "食品", "环境工程", "制药")),
    "hospitality": ("酒店旅游类", ("酒店管理", "酒店", "旅游", "烹饪")),
}
MAJOR_BIT = {group: 1 << (45 + i) for i, group in enumerate(MAJOR_GROUPS)}  # bits 45..57: a group NOT taken
ALL_MAJORS = sum(MAJOR_BIT.values())
_GROUP_OF = {word: group for group, (_, words) in MAJOR_GROUPS.items() for word in words}
_WORD = "|".join(sorted(map(re.escape, _GROUP_OF), key=len, reverse=True))
_FILLER = "(?:学|管理|工程|技术|应用|科学|与|及其|一体化|自动化|设计|制造|信息){0,4}"  # 财务管理, 土木工程
_MAJOR = rf"(?:{_WORD}){_FILLER}"


@dataclass(frozen=True, slots=True)
class Said:
    """One thing read: `required` is None for a person's own statement, False where a posting only prefers it."""

    code: str
    evidence: str
    value: str | None = None
    required: bool | None = None
    sensitive: bool = False


_SENTENCE = re.compile(r"[。；;！!？?\n\r]")
_WAIVED = re.compile(
    r"都行|都可以?|均可|皆可|没关系|不要紧|无所谓|不限|不要求|无要求|没有要求|不需要|可培训|可以学|愿意学|能学|会教|包教|带教|零基础"
)
# the rest said to be fine beside a lack ("不会电脑，别的都行", "其他活都可以"): no waiver of the lack itself (rev5 K1)
_OTHERS_FINE = re.compile(r"(?:别的|其他|其它|其余|剩下的)[\u4e00-\u9fff]{0,3}?(?:都行|都可以?|均可|没问题)")
_NEGATED = re.compile(r"(?:不|无|没有?|非|免|别)(?:需要?|须|用|要求?|限|必|太)?(?:会|懂|能|是|用|打|看)?$")
_PREFERRED = re.compile(r"优先|加分|更佳|最佳|最好|为佳|者佳")

_POSTING = {
    "needs_computer": re.compile(
        r"(?:会|懂|熟悉|熟练|掌握|能|需要?|要)(?:简单|基本|基础)?(?:的)?(?:使用|操作|用)?(?:电脑|计算机)|"
        r"电脑(?:操作|打字|录入|办公|基础)|计算机(?:操作|基础)|(?:有|具备|具有)(?:一定|基本|基础)?的?(?:电脑|计算机)(?:技能|操作能力|应用能力)|"
        r"(?:电脑|计算机)技能(?:熟练|良好)|(?:会|能|懂|熟悉|熟练|掌握|精通)(?:使用|运用|应用|操作|用)?"
        r"(?:(?:平常|平时|日常|常用|基本|基础|简单)的?)?(?:Office|Excel|Word|WPS|PPT|PowerPoint|办公软件|ERP)|(?:Office|Excel|WPS|办公软件)(?:等)?(?:办公软件)?(?:操作|使用)?熟练|"
        r"(?:ERP|电脑|系统)录入|数据录入|资料录入|打字(?:速度|\d+字|快|熟练)|(?:会|能|熟练)打字|每分钟\d+字|"
        # a duty done at a computer ("用电脑录单", "电脑开单"): session 18, dev12
        r"(?<![不没])用电脑(?:录|做|打|记|开|出|填|处理|下单|对账)(?:单|账|表|货)?|电脑(?:录单|开单|下单|做账|做表|记账|对账)",
        re.IGNORECASE,
    ),
    "needs_eyesight": re.compile(
        r"(?:裸眼|矫正|双眼)?视力(?:要求)?(?:良好|好|佳|正常|较好|清晰|[45]\.\d|\d\.\d以上)|眼力好|眼神好|眼睛好"
    ),
    "needs_phone": re.compile(
        r"(?<!直)接(?:听|打)?(?:客户|顾客|业主|住户|居民|家长|患者|病人|售后|咨询|投诉|报修|来访|热线)?(?:的)?电话|接听来电|电话(?:客服|销售|营销|回访|邀约|沟通|接待|外呼)|(?:负责|需要?|经常|每天|天天)打电话|"
        r"电销|外呼|话务|呼叫中心|客服热线|热线客服|接线员|接听[^，。；;,\n]{0,12}?热线(?![:：])|"
        r"接听(?:客户|顾客|用户|业主)?来电|接听(?:类|型)?客服|接受(?:打|接)电话|(?:打|接)电话的工作"
    ),
    "needs_talking": TALKING,  # no bit left: `Limits.fits` reads it for a voice that fails (`phone_refusals`)
    # hearing and speech with people face to face, or audio to listen to: no bit left, `Limits.fits` reads it for the deaf
    "needs_hearing": re.compile(
        r"听力(?:要求)?(?:正常|良好|好|佳)|听(?:录音|音频)|(?:当面|面对面)(?:沟通|交流|解答|讲解|接待)|语音转写"
    ),
}
_TECHNICAL = re.compile(r"系统|开发|研发|产品|项目|平台|机器人|架构|IVR|经验|行业", re.IGNORECASE)
_CONTACT = re.compile(r"有意|联系方式|联系人|报名|面试|投递|简历|详询|垂询|致电|咨询电话|热线[:：]")
_POSTING_MAJOR = re.compile(
    rf"(?P<list>{_MAJOR}(?:\s*(?:、|/|或|及|和|与)\s*{_MAJOR})*)\s*"
    r"(?P<tail>(?:等)?(?:相关|相近|类)?(?:等)?(?:相关)?)专业"
    rf"|专业(?:要求)?\s*(?:[:：]|为|限|须|需)\s*(?:限|须|需|为)?\s*[:：]?\s*(?P<after>{_MAJOR}(?:\s*(?:、|/|或|及)\s*{_MAJOR})*)"
)
_ASKING = re.compile(r"(?:要求|限|须|需|必须|仅|面向|招收?|招聘)[^，,。；;]{0,8}$")
_AS_GRADUATE = re.compile(r"^(?:的)?(?:毕业|学历|背景|出身|对口|学生|以上|优先)")
_LISTED_BEFORE, _LISTED_AFTER = re.compile(r"[、/或及和与]\s*$"), re.compile(r"\s*[、/或及和与]")
_ANY_MAJOR = re.compile(r"其他|其它|任何|各类")  # "会计或其他相关专业": the list is open
# "护理专业毕业，或有护工工作经历", "计算机专业或从事计算机相关工作3年": a major or the work (not "或具有相关学科背景")
_OR_EXPERIENCE = re.compile(
    r"[^，,。；;\n]{0,6}[，,]?\s*(?:或者?|或是)\s*(?:有|具备|具有|从事)[^，,。；;\n]{0,12}?(?:经验|经历|工作)"
)
_MAJORS_OPEN = re.compile(r"专业不限|不限专业|专业无要求|不要求专业|对专业没有?要求|专业要求不限|无专业要求")

_SEEKER = {
    "no_phone": NO_PHONE,  # `phone_refusals`
    "no_talking": NO_TALKING,
    "no_computer": re.compile(
        r"(?:不会|不懂|不太会|不大会|没学过|没用过|不能用|用不了|用不来|玩不转)(?:用|使用|操作)?(?:电脑|计算机)|"
        r"(?:电脑|计算机)(?:也|都|完全|一点)?(?:不会|不懂|不太会|用不了|用不来|玩不转|一窍不通)|不会(?:拼音|五笔)?打字|(?:不能|没法|没办法)打字|打不了字|"
        r"只会(?:用|玩)(?:个)?手机(?![^，。；,;]{0,3}电脑)"
    ),
}
_SEEKER_SENSITIVE = {
    "low_vision": re.compile(
        r"低视力|视力(?:残疾|障碍|很差|极差|不好|差|低下|弱)|视障|弱视|盲人|失明|看不清(?:小字|字|东西)|"
        r"眼睛(?:不好|看不清|有残疾|残疾)"
    ),
    # speech (a disability): no phone work, as for deafness; not "不会说话" (said of a shy person), not "语言障碍"
    # and a stutter, which people name to keep off the phone and the counter ("从小口吃", "说话结巴"; not "结结巴巴地")
    "no_speech": re.compile(
        r"不能说话|说不了话|说不出话|(?<!聋)哑(?:巴|人)|言语(?:残疾|障碍)|失语|(?<![不没])口吃|(?:说话|讲话|有点|有些|从小)结巴(?!巴)"
    ),
    "no_computer": re.compile(
        r"(?:电脑)?屏幕(?:也|都)?看不(?:了|清|见)|看不(?:清|了|见)(?:电脑|屏幕)|"
        r"(?:看|盯)(?:电脑|屏幕)[^，。；,;]{0,4}?(?:眼睛)?(?:就|会)?(?:疼|痛|受不了|流泪|难受|吃不消)"
    ),
}
_SEEKER_MAJOR = re.compile(
    rf"(?:学的是?|读的是?|所学专业(?:是|为|[:：])?|专业(?:是|为|[:：])|主修)\s*(?P<a>{_WORD}){_FILLER}"
    rf"|(?P<b>{_WORD}){_FILLER}(?:相关)?专业"
)
_SPEECH_MENDED = re.compile(
    r"(?:现在|已经|早就?|早都|后来)(?:都|也)?(?:好了|改了|改过来了|治好了|纠正过来了|不结巴了|不口吃了)"
)
_WANTING = re.compile(r"(?:想|找|应聘|求职|希望|要)[^，,。；;]{0,6}$")


def posting_said(text: str) -> list[Said]:
    """What a posting asks of the person: computer use, good eyesight, phone calls, a major (required or preferred)."""
    out: list[Said] = []
    for code, pattern in _POSTING.items():
        for m in pattern.finditer(text):
            sentence = _sentence(text, m.start(), m.end())
            if _negated(text, m.start()) or _WAIVED.search(sentence):
                continue
            if code in ("needs_phone", "needs_hearing") and (_CONTACT.search(sentence) or _TECHNICAL.search(sentence)):
                continue  # "有意者请致电": how to apply; "呼叫中心系统开发", "外呼项目经验": not the work itself
            out.append(
                Said(code, _evidence(m.group(0)), None, not _PREFERRED.search(_clause(text, m.start(), m.end())))
            )
    if not _MAJORS_OPEN.search(text):
        out += _posting_majors(text)
    return out


def _posting_majors(text: str) -> Iterator[Said]:
    for m in _POSTING_MAJOR.finditer(text):
        listed = m.group("list") or m.group("after")
        groups = sorted({_GROUP_OF[w] for w in re.findall(_WORD, listed)})
        clause = _clause(text, m.start(), m.end())
        asked = (
            m.group("after") is not None
            or bool(m.group("tail"))
            or bool(_ASKING.search(text[max(0, m.start() - 12) : m.start()]))
            or bool(_AS_GRADUATE.search(text[m.end() :]))
            or clause.strip() == m.group(0)
        )
        sentence = _sentence(text, m.start(), m.end())
        if _LISTED_BEFORE.search(text[max(0, m.start() - 3) : m.start()]) or (
            m.group("after") and _LISTED_AFTER.match(text, m.end())
        ):
            continue  # "测绘、土地资源管理、计算机等专业": the list names majors we cannot place
        if not asked or _negated(text, m.start()) or _WAIVED.search(sentence) or _ANY_MAJOR.search(sentence):
            continue
        either = _OR_EXPERIENCE.match(text, m.end())  # "护理专业毕业，或有护工工作经历": a major or the work
        yield Said("major", _evidence(m.group(0)), "/".join(groups), not (_PREFERRED.search(clause) or either))


def seeker_said(text: str) -> list[Said]:
    """What a person says they cannot do (不会电脑, 只会用手机; low vision, sensitive) and the major they studied."""
    from matching.facts.cues import someone_else  # here, not at the top: the facts package imports this module

    out: list[Said] = []
    for sensitive, table in ((False, _SEEKER), (True, _SEEKER_SENSITIVE)):
        for code, pattern in table.items():
            for m in pattern.finditer(text):
                before = text[max(0, m.start() - 8) : m.start()]
                if re.search(r"(?:会|不是|并非|没有)$", before) or someone_else(before, circle=code == "no_speech"):
                    continue  # "会不会电脑都行", "不是盲人", "我妈视力不好", "我同事口吃"
                if _WAIVED.search(_OTHERS_FINE.sub("", _sentence(text, m.start(), m.end()))):
                    continue  # "电脑不会，但可以学" ("不会电脑，别的都行" waives nothing of the computer)
                if code in ("no_speech", "no_talking") and _SPEECH_MENDED.search(_sentence(text, m.end(), m.end())):
                    continue  # "小时候口吃，现在早好了": a stutter outgrown; "以前讲多了嗓子就哑，现在好了"
                if code == "no_phone" and (
                    CONTACT_NOTE.search(sentence := _sentence(text, m.start(), m.end()))
                    or PHONE_MENDED.search(sentence)
                ):
                    continue  # "上班时不能接电话，有事发微信": how to reach them; "现在不怕了": outgrown
                value = refused_value(m.group(0)) if code == "no_phone" else None
                out.append(Said(code, _evidence(m.group(0)), value, sensitive=sensitive))
    for m in _SEEKER_MAJOR.finditer(text):
        before = text[max(0, m.start() - 8) : m.start()]
        if m.group("b") and (_WANTING.search(before) or _negated(text, m.start())):
            continue  # "想找会计专业对口的工作", "不是会计专业"
        out.append(Said("major", _evidence(m.group(0)), _GROUP_OF[m.group("a") or m.group("b")]))
    return out


def job_bits(code: str, value: str | None) -> int:
    """The bits of a requirement a posting states: a major sets the bit of every group it does not take."""
    if code == "major":
        taken = sum(MAJOR_BIT.get(g, 0) for g in (value or "").split("/"))
        return ALL_MAJORS & ~taken if taken else 0
    return {"needs_computer": COMPUTER_BIT, "needs_eyesight": EYESIGHT_BIT, "needs_phone": PHONE_BIT}.get(code, 0)


def excluded_by(code: str, value: str | None, majors_stated: int) -> int:
    """The posting bits a person's statement rules out; a major only when it is the one major the person names."""
    if code == "major":
        return MAJOR_BIT.get(value or "", 0) if majors_stated == 1 else 0
    if code == "no_phone":
        return 0 if value == "sales" else PHONE_BIT  # selling by phone refused: `Limits.fits` reads the post's words
    voice = {"deaf": PHONE_BIT, "no_speech": PHONE_BIT, "no_talking": PHONE_BIT}
    return {"no_computer": COMPUTER_BIT, "low_vision": EYESIGHT_BIT, **voice}.get(code, 0)


def words(code: str, value: str | None, required: bool | None) -> str:
    """A fact of this family in a few Chinese words."""
    if code == "major":
        named = "或".join(MAJOR_GROUPS[g][0] for g in (value or "").split("/") if g in MAJOR_GROUPS) or "相关"
        if required is None:
            return f"所学专业：{named}"
        return f"需{named}专业" if required else f"{named}专业优先"
    needs = {
        "needs_computer": "会用电脑",
        "needs_eyesight": "视力良好",
        "needs_phone": "接打电话",
        "needs_hearing": "听力正常",
        "needs_talking": "长时间讲话",
    }
    if code in needs:
        return f"需{needs[code]}" if required else f"{needs[code]}优先"
    if code == "no_phone":
        return "不做电话销售" if value == "sales" else "不能接打电话"
    said = {
        "no_computer": "不能用电脑",
        "low_vision": "视力障碍",
        "no_speech": "不能说话",
        "no_talking": "不能长时间讲话",
    }
    return said.get(code, code)


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATED.search(text[max(0, start - 4) : start]))


_REACH = 400  # characters looked at either side for a stop: a text with none reads in linear, not quadratic, time
_CLAUSE = re.compile(r"[，,。；;！!？?\n\r]")


def _sentence(text: str, start: int, end: int) -> str:
    return _between_stops(text, start, end, _SENTENCE)


def _clause(text: str, start: int, end: int) -> str:
    return _between_stops(text, start, end, _CLAUSE)


def _between_stops(text: str, start: int, end: int, stops: re.Pattern[str]) -> str:
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    left = max((m.end() for m in stops.finditer(text, low, start)), default=low)
    right = stops.search(text, end, high)
    return text[left : right.start() if right else high]


def _evidence(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip()[:24]
