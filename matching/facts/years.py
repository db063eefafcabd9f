"""Years of work: the experience a posting asks for and what a person says of theirs (the trades they are in:
`trades`; ages: `ages`; 驾龄: `licence_years`)."""

from __future__ import annotations

import re

from matching.facts.craft_years import CRAFT, PRACTISED, craft_years_asked
from matching.facts.cues import (
    PREFERRED_WORDS,
    clause_around,
    clause_start,
    is_negated,
    someone_else,
    text_before,
)
from matching.facts.fact import EVIDENCE_MAX, Fact, Family, as_evidence
from matching.facts.trades import TITLED, UNTRIED, trades_in
from matching.facts.work_spans import SPAN, most_years, numbered_years
from matching.facts.years_asked import loose_years_asked

_EXPERIENCE = re.compile(
    r"(?:满)?(?<!\d)(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*(?:[-~～至到]\s*\d{1,2}\s*)?(?:年|年以上|年及以上|年或以上)(?!(?:以内|以下|之内)(?![^，,。；;]{0,8}?(?:勿扰|勿投|请勿|不要|不考虑|免谈|谢绝)))(?:以上)?"
    r"\s*(?:及以上)?(?P<between>[^，,。；;年]{0,20}?)(?:经验|经历|工作(?=[，,。；;]|$))"
    r"|经验(?:要求)?\s*[:：]?\s*(?P<n2>\d{1,2}|[一二两三四五六七八九十])\s*年(?!以内|以下|之内)(?:以上|及以上)?"  # "工作经验：3年以上"
    r"|(?:at least|above|over)?\s*(?P<n3>\d{1,2})\s*\+?\s*(?:years?|yrs?)\b(?=[^.;]{0,40}experience)",
    re.IGNORECASE,
)
# Years since graduating, as employers count experience: "本科毕业满5年以上", "毕业3年以上".
_YEARS_OUT = re.compile(
    r"毕业(?:满|后)?\s*(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上|及以上)"
    r"|(?:干|做|从事)过\s*(?P<n2>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上|及以上)[^，。；,;]{0,10}?的"
)
# Years in work the posting names, the number after it ("干过仓管一年以上的", "开过货车两年以上", "从事电工工作2年以上",
# "做过一年以上出纳"), and years alone as a whole clause ("持低压电工证，两年以上，", "三年以上的来，新手不要"): of the
# title's trade where they name none (`_titled`).
_DID_YEARS = re.compile(
    r"(?:(?:干|做|开|当|跑|从事)过|从事)\s*(?!\d|[一二两三四五六七八九十])[\u4e00-\u9fffA-Za-z]{1,8}?"
    r"\s*(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上|及以上)(?:的)?(?=[，,。；;！!\s]|$)"
    r"|(?:干|做|开|当|跑|从事)过\s*(?P<n2>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上|及以上)"
    r"(?:的)?[\u4e00-\u9fff]{1,6}?(?:的)?(?=[，,。；;！!\s]|$)"
    r"|(?:^|(?<=[，,。；;！!\s]))(?P<n3>\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上|及以上)(?:的)?(?:来|都行|就行|都可以)?"
    r"(?=[，,。；;！!\s]|$)"
)
# what years alone may be other than work: a contract's, a lease's, a promise to stay ("合同一年以上")
_NOT_WORK_YEARS = re.compile(r"合同|签|租|期限|稳定|长期|做满|干满|干够|服务期|工龄工资|年限工资")
# Experience asked for without a number of years ("只招熟手", "无经验勿扰", "须从事过餐饮"): a year at least.
_SEASONED_ONLY = re.compile(
    r"(?:只|仅|限|要|需要?|须|必须(?:是)?|要求(?:是)?|招聘?)(?:招|收)?(?:一位)?(?:行业|[\u4e00-\u9fff]{1,4}或)?"
    r"(?:有经验的?|熟手|熟练工|老手|有经验者)(?![^，,。；;]{0,6}(?:优先|为佳))"
    r"|(?:不(?:接受|要|招|收)|谢绝|拒绝)(?:新手|生手|小白|学徒|无经验|没经验|零基础)"
    r"|(?:新手|生手|小白|无经验者?|没经验的?|零基础)勿扰|有(?:相关)?经验的?(?:来|联系|进|直接来)"
    r"|(?:^|(?<=[，,。；;\s、．:：]))(?:要|需|须)?有(?:一定的?)?(?:相关(?:工作)?|[\u4e00-\u9fff]{1,4}类(?:工作)?|"
    r"(?P<named>(?:(?!的|者|无|没|以内|以下|之内)[\u4e00-\u9fff]){1,8}))?经验(?=[。；;，,\s]|$)"  # "1、有仓管经验，", "有餐饮后厨工作经验。"
    # "能独立操作机床": work done without a teacher; not a computer or software skill ("能独立操作CAD软件")
    r"|(?:能|能够|可以?)独立(?:操作|上岗|上机)(?![^，,。；;]{0,10}(?:优先|为佳|电脑|软件|微信|后台|小程序|中控|cad|office))"
    r"|(?:须|需|必须|要求|要)(?:有|曾)?(?:从事过|干过|做过)|招(?:聘)?熟练(?:的)?[\u4e00-\u9fff]{1,3}?(?:工|师傅|手)"
    r"|(?:须|需|需要|必须|要求)(?:有|具备|具有)(?:相关|同行业?|本行业?|[\u4e00-\u9fff]{1,4}类)?(?:工作)?经验"
    r"(?![^，,。；;]{0,6}(?:优先|为佳))"
)
# a list of what counts in the applicant's favour, not what is required ("加分项：", "具有以下背景加分：")
_BONUS = re.compile(r"加分|优先条件|以下优先|优先考虑[:：]")
_MANAGING = re.compile(r"(?<!仓库)(?<!库房)管理")  # "组装管理" is managing; "仓库管理" is a 仓管's work
# A posting that takes people new to the work: what it asks elsewhere without years binds no one.
_NEWCOMERS_WELCOME = re.compile(
    r"经验不限|不限经验|无经验(?:者)?(?:也)?(?:可|均可|亦可|皆可)|(?:新手|小白|零基础|学徒)(?:也|亦)?(?:可|均可|欢迎)|"
    r"可(?:以)?接受(?:新手|新人|小白|无经验)|(?:有无|有没有)经验均可|包教包会|可带(?:新人|徒弟)|(?:有人|师傅)带|"
    r"[生新][/、]?熟手(?:均可|不限|皆可|都可|都要)|(?:没有|无|零)经验(?:亦|也)?可|接受新人|不限于?零经验"
)
_WORKED = [
    re.compile(
        rf"(?:干|做|当|开|跑|工作|从事|打工|上班|从业|务工|送|修|卖|炒|教|管|焊|画|看|端|扛|搬|装)(?:了|过)(?:有)?\s*{SPAN}"
        r"(?![级届]|(?:的)?(?:孩子|娃|小孩|病|老人))"
    ),
    # shifts worked at a place ("在超市上过五年班", "在厂里上了八年班")
    re.compile(rf"(?<![没未])上(?:了|过)(?:有)?\s*{SPAN}(?:的)?班"),
    # a stay at a workplace ("厂里待过三四年", "在工地呆了五年")
    re.compile(
        rf"(?:厂|工厂|车间|工地|公司|饭店|酒店|超市|仓库|物流园)(?:里|里面|上)?(?:待|呆)(?:了|过)(?:有)?\s*{SPAN}(?![级届前后])"
    ),
    re.compile(rf"(?:工龄|从业|干这行|做这行)(?:有|已|已经)?\s*{SPAN}(?![级届])"),
    # a cook's years said by the work of the wok ("掌勺十五年", "在酒店掌勺掌了六年")
    re.compile(rf"(?:掌勺|颠勺)(?:掌|颠)?(?:了|过|有)?\s*{SPAN}(?![级届前后])"),
    # military service ("当兵五年", "在部队服役三年") and a trade before its years ("做钟点工六年", "干保洁三年",
    # "做了保洁三年", "干物业水电维修八年")
    re.compile(rf"(?:当兵|服役|在部队(?:里)?(?:待|呆)?|参军|入伍)(?:了|有)?\s*{SPAN}(?![级届前])"),
    re.compile(
        rf"(?<![没未不])(?:干|做|当)(?:了|过)?(?!了|过|月子|手术|饭|梦|妈|爸|家庭主妇|全职|宝妈|[一二两三四五六七八九十几半多好])[\u4e00-\u9fff]{{1,6}}?(?:了|有)?\s*{SPAN}"
        r"(?![级届前后])"
    ),
    re.compile(rf"{SPAN}(?:的)?(?:工作|相关|从业)?(?:经验|经历|工龄)"),
    # a trade learnt for a time ("学过半年厨师", "跟师傅学了三年厨师"): its years where a trade follows (`_learnt`)
    re.compile(rf"学(?:了|过)(?:有)?\s*{SPAN}(?:的)?(?P<learnt>[\u4e00-\u9fff]{{1,4}})"),
    # a craft practised ("毛笔字写了五年", "练了十年书法"): years of it, which a posting's ask of the craft counts
    re.compile(rf"{CRAFT}{PRACTISED}(?:了|过)(?:有)?\s*{SPAN}"),
    re.compile(rf"{PRACTISED}(?:了|过)(?:有)?\s*{SPAN}(?:的)?{CRAFT}"),
]
_AT_HOME = re.compile(r"(?:在家|家里|给家里?)(?!政|附近|门口|旁边|楼下|对面)")
# Work done, years unsaid ("以前做过收银", "在部队当过警卫", "下岗"): the person has worked, how long is unknown.
_DID_WORK = re.compile(
    r"(?<![没未])(?<!没有)(?:干|做|当|开|跑|看|送|修|卖|炒|教|管|焊|画)过(?!\s*(?:学|月子))|"
    r"(?:以前|之前|原来|过去)(?:在|做|干|是|当)|"
    r"下岗|退伍|退役|退休|打过工|(?<!没)(?<!没有)上过班|(?<![想要能去找望只])在[^，。；,;\d]{1,8}?上班"
)  # "在超市上班" is work held; "白天上班", "坐公交上班", "周六日不上班" say when and how the wanted job is done
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
    r"(?:毕业(?:后|以后|之后)?)?(?:一直|都)在(?:家)?(?:考公|考编|备考|考研|准备考试|复习考)|"  # "2023年毕业，一直在考公"
    r"(?:啥|什么)(?:活|工作)?(?:都|也)没(?:有)?(?:干|做)过|第一次出来(?:找工作|工作|打工|上班)|"
    r"还没(?:有)?正式(?:干|做|上班|工作|上岗)过?|"  # "学过一个月焊工培训，还没正式干过"
    r"(?<!不是)(?<!非)应届(?:毕业)?生?|在校(?:大)?学生|还在上学|"
    r"(?:工作)?经验\s*[:：]\s*(?:无|没有|暂无|零)(?=[，,。；;！!\s]|$)"  # "工作经验：无"
)

# Any work, whatever the title: "一年以上工作经验", "有社会经验" (not "相关工作经验": the posting's own trade).
_ANY_WORK = re.compile(r"(?<!相关)(?:工作|社会)(?:经验|经历)|工作年限|工龄")
# The words of a requirement that says nothing of what the years were in ("一年以上经验", "有相关工作经验", "干过两年
# 以上的", "生手勿扰"); anything left once they are taken away ("采购", "管理", "授课") is a kind of work of its own.
_BARE = re.compile(
    r"[\d\s一二两三四五六七八九十半几+＋.\-~～至到及或以上的有来可者]|年|经验|经历|工作|相关|要求|具备|具有|需要?|须|必须|至少|满|"
    r"实际|左右|干过|做过|从事过|熟手|熟练工|熟练|老手|新手|生手|小白|学徒|零基础|勿扰|不接受|不要|不招|不收|谢绝|拒绝|只招|只收|"
    r"只要|要|仅|限|招|收|无|没|over|above|at least|years?|yrs?",
    re.IGNORECASE,
)


def _titled(title: str, words: str) -> str:
    """A requirement's words, after the title's when they name no work of their own and the title names a trade
    ("服装厂车位工：一年以上经验"): judges count years in the trade of the post, so "有经验" in a 面点师 posting is years of
    面点, while "3年以上采购经验" in a 配电工程采购 posting is years of 采购, not of 电工."""
    words = as_evidence(words)
    room = EVIDENCE_MAX - len(words) - len(TITLED)
    if _BARE.sub("", words) or _ANY_WORK.search(words) or room < 2 or not trades_in(title):
        return words
    return f"{as_evidence(title)[-room:]}{TITLED}{words}"


def experience_asked(text: str, title: str = "") -> list[Fact]:
    """The years of experience a posting requires, in the title's trade where the words name none (`_titled`);
    "有经验者优先" prefers, so it is no fact."""
    out: list[Fact] = []
    for m in _EXPERIENCE.finditer(text):
        years = numbered_years(m)
        if (
            years is None
            or not 0 < years <= 40
            or (m.group("between") and re.search(r"公司|成立|历史|品牌", m.group("between")))
        ):
            continue
        if PREFERRED_WORDS.search(clause_around(text, m.start(), m.end())):
            continue  # "有3年经验者优先"
        out.append(Fact(Family.EDUCATION, "experience_min", _titled(title, m.group(0)), 0.85, str(years)))
    for m in _YEARS_OUT.finditer(text):
        years = numbered_years(m)
        if years and not PREFERRED_WORDS.search(clause_around(text, m.start(), m.end())):
            out.append(Fact(Family.EDUCATION, "experience_min", _titled(title, m.group(0)), 0.8, str(years)))
    if not out:
        out += craft_years_asked(text)  # "练过一年以上毛笔字的"
    if not out:
        out += _did_years(text, title)
    if not out:
        out += loose_years_asked(text, title)  # "干过五六年的", "带过20个宝宝以上"
    if not out and not _NEWCOMERS_WELCOME.search(text):
        for m in _SEASONED_ONLY.finditer(text):
            bonus = _BONUS.search(text_before(text, m.start(), 120))  # "加分项：1、有分库分表经验"
            named = m.group("named")
            if named and (not trades_in(named) or _MANAGING.search(named)):
                continue  # "有软件性能优化经验", "有组装管理经验": a skill's practice or managing, no trade we can tell
            if not bonus and not PREFERRED_WORDS.search(clause_around(text, m.start(), m.end())):
                out.append(Fact(Family.EDUCATION, "experience_min", _titled(title, m.group(0)), 0.8, "1"))
                break
    return out


def _did_years(text: str, title: str) -> list[Fact]:
    """Years of work asked in words `_EXPERIENCE` does not read (`_DID_YEARS`): "干过仓管一年以上的", "两年以上，"."""
    out: list[Fact] = []
    for m in _DID_YEARS.finditer(text):
        years = numbered_years(m)
        clause = clause_around(text, m.start(), m.end())
        if not years or years > 40 or PREFERRED_WORDS.search(clause):
            continue
        if m.group("n3") and (_NOT_WORK_YEARS.search(text_before(text, m.start(), 12)) or "岁" in clause):
            continue  # "合同期，一年以上": years of a contract, not of work
        out.append(Fact(Family.EDUCATION, "experience_min", _titled(title, m.group(0)), 0.8, str(years)))
    return out


# money made to grow, not work done for anyone ("炒股炒了十年", "炒了二十年期货"): no years of work
_SPECULATED = re.compile(r"炒(?:了|过)?(?:\s*[一二两三四五六七八九十几\d]+\s*年)?(?:股|房|币|外汇|期货|黄金|基金)")


def experience_stated(text: str) -> list[Fact]:
    """The years a person says they worked, as the most full years the words allow ("两年多" 2, "十几年" 19,
    "半年" 0), and "0" for one who has not worked or not at this trade ("没上过班", "零基础", "刚毕业")."""
    out: list[Fact] = []
    for m in _EXPERIENCE.finditer(text):
        years = numbered_years(m)
        dated = m.group("between") and re.search(r"月|在|到|去|来|毕业|入职", m.group("between"))
        speculated = _SPECULATED.search(clause_around(text, m.start(), m.end()))
        if (
            years
            and 0 < years <= 45
            and not dated
            and not speculated
            and not someone_else(text_before(text, m.start(), 8))
        ):
            out.append(Fact(Family.EDUCATION, "experience", _years_clause(text, m), 0.85, str(years)))
    for m in (m for worked in _WORKED for m in worked.finditer(text)):
        years = _learnt(text, m) if "learnt" in m.re.groupindex else most_years(m)
        at_home = _AT_HOME.search(text_before(text, m.start(), 8))  # "在家做饭做了二十年": no work for anyone
        at_home = at_home or _SPECULATED.search(clause_around(text, m.start(), m.end()))
        if years is not None and not at_home and not someone_else(text_before(text, m.start(), 8)):
            out.append(Fact(Family.EDUCATION, "experience", _years_clause(text, m), 0.8, str(years)))
    out = _one_per_span(out)
    for m in UNTRIED.finditer(text):
        tail = re.match(r"[^，,。；;！!？?\n]{0,6}", text[m.end() :])
        words = m.group(0) + (tail.group(0) if tail else "")
        if trades_in(words) and not someone_else(text_before(text, m.start(), 8)):
            out.append(Fact(Family.EDUCATION, "experience", as_evidence(words), 0.8, "0"))
    for m in _NO_WORK.finditer(text):
        if not someone_else(text_before(text, m.start(), 8)) and not is_negated(text, m.start()):
            out.append(Fact(Family.EDUCATION, "experience", as_evidence(m.group(0)), 0.8, "0"))
    return out + _undated_work(text, out)


_SCHOOLED = re.compile(r"学校|技校|职校|中专|大学|专业|上学|读书|培训|课")


def _learnt(text: str, m: re.Match[str]) -> int | None:
    """The years of a trade learnt ("学过半年厨师": 0): none where no trade follows ("学了两年电脑"), and none of work
    where it was at school ("在技校学了三年电工": 0)."""
    if not trades_in(m.group("learnt")):
        return None
    return 0 if _SCHOOLED.search(clause_around(text, m.start(), m.end())) else most_years(m)


# "以前在工地摔过", "之前在厂里受过伤": where the person was hurt, no work told (not "以前在工地干活摔过")
_HURT_THERE = re.compile(
    r"(?:(?!上班|打工|[干做当开跑])[^，。；,;\n]){1,8}?(?:摔|受(?:过|了)?伤|伤(?:过|了|到)|砸|烫|扭|出过事|出了事)"
)


def _undated_work(text: str, said: list[Fact]) -> list[Fact]:
    """Work done, years unsaid ("以前做过收银", "下岗"): the first such clause when nothing else is said, and each one
    naming a trade no other clause names ("做了三年会计，以前做过收银": years of 收银 unknown, so they are not the 会计's
    three alone). None beside words saying the person has not worked."""
    if any(f.value == "0" for f in said):
        return []
    named = frozenset[str]().union(*(trades_in(f.evidence) for f in said))
    out: list[Fact] = []
    for m in _DID_WORK.finditer(text):
        if someone_else(text_before(text, m.start(), 8)) or _HURT_THERE.match(text, m.end()):
            continue
        words = as_evidence(clause_around(text, m.start(), m.end()))
        if (not said and not out) or (trades_in(words) - named and all(f.evidence != words for f in out)):
            out.append(Fact(Family.EDUCATION, "experience", words, 0.6))
            named |= trades_in(words)
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
    start = clause_start(text, m.start())
    clause = clause_around(text, m.start(), m.end())
    return as_evidence(clause[max(0, m.start() - start - 8) :])
