"""A posting's age ranges and the birth decades it takes ("18-45周岁", "年龄不超过五十", "限70后、80后")."""

from __future__ import annotations

import re

from matching.facts.cues import clause_around
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.numerals import CN_NUMERAL, cn_number

_TO = r"(?:-(?:\s*-){0,2}|—{1,2}|–|~|～|－|﹣|至|到)"  # "18-45", "18--45", "18- -40", "18—45", "18－45"
_AGE = r"(?:年龄|年纪|岁数)"
_NOT_OVER = r"(?:不(?:要|得|能|可)?|别|莫)(?:超过|大于|高于)"  # "年龄不要超过45", "年龄别超过五十"
_AGE_RANGE = re.compile(
    rf"(?P<a>\d{{2}})\s*(?:周岁|岁)?\s*{_TO}\s*(?P<b>\d{{2}})\s*(?:周岁|岁)"
    rf"|{_AGE}\s*(?:要求)?\s*[:：]?\s*(?:在)?\s*(?P<a2>\d{{2}})\s*{_TO}\s*(?P<b2>\d{{2}})"
    r"|(?P<c>\d{2})\s*(?:周岁|岁)\s*(?:（含）|\(含\))?\s*(?:及|或)?(?P<dir>以下|以内|之内|内|以上|之间)"
    # a bare range as its own clause, before words about the applicant ("18-45，身体健康", "20-50，男女不限")
    rf"|(?:^|(?<=[，,。；;：:\s）)】]))(?P<a3>1[6-9]|[2-5]\d)\s*{_TO}\s*(?P<b3>[2-6]\d)"
    r"(?=\s*[，,、]\s*(?:身体健康|身体好|男女不限|性别不限|身高|学历不限|有无经验|能吃苦|吃苦耐劳|体健))"
    r"|[≤＜<]\s*(?P<d4>\d{2})\s*(?:周岁|岁)"  # "男≤55岁"
    r"|(?:男|女)(?:性|士)?\s*(?P<e>\d{2})\s*(?:周岁|岁)?\s*(?:以下|以内|内)?\s*[、，,/]?\s*(?:男|女)(?:性|士)?\s*\d{2}"
    r"|不(?:要|得|能|可)?(?:超过|大于|高于)\s*(?P<d>\d{2})\s*(?:周岁|岁)"
    rf"|{_AGE}(?:要求)?(?:在|一般)?\s*{_NOT_OVER}\s*(?P<d2>\d{{2}})"
    rf"|{_AGE}(?:要求)?\s*[:：]?\s*(?:在)?\s*(?P<d3>\d{{2}})\s*(?:以下|以内|之内)"
    # a floor after 年龄 without 岁 ("年龄25以上"), and 年满 ("年满18周岁"; not "年满18-45周岁", a range)
    rf"|{_AGE}(?:要求)?(?:必须|需|须)?(?:在)?\s*(?P<f>\d{{2}})\s*(?:及|或)?以上"
    rf"|年满\s*(?P<f2>\d{{2}})\s*(?:周岁|岁)(?!\s*{_TO})"
    # the same bounds in Chinese numerals: "年龄六十五岁以内", "十八到五十岁" (issue 22 s9, dev5)
    rf"|(?P<cna>{CN_NUMERAL})\s*(?:周岁|岁)?\s*(?:到|至)\s*(?P<cnb>{CN_NUMERAL})\s*(?:周岁|岁)"
    rf"|(?P<cnd>{CN_NUMERAL})\s*(?:周岁|岁)\s*(?:及|或)?(?:以下|以内|之内)"
    # after 年龄, without 岁: "年龄十八到五十", "年龄五十以内" (issue 22 s10)
    rf"|{_AGE}\s*(?:要求)?\s*[:：]?\s*(?:在)?\s*(?P<cna2>{CN_NUMERAL})\s*(?:周岁|岁)?\s*(?:到|至)\s*(?P<cnb2>{CN_NUMERAL})"
    rf"(?![个天块元万千百])"
    rf"|{_AGE}\s*(?:要求)?\s*[:：]?\s*(?:在)?\s*(?P<cnd2>{CN_NUMERAL})\s*(?:周岁|岁)?\s*(?:及|或)?(?:以下|以内|之内)"
    # "年龄不超过五十", "不超过五十五周岁" (issue 22 s12)
    rf"|{_AGE}(?:要求)?(?:在|一般)?\s*{_NOT_OVER}\s*(?P<cnd3>{CN_NUMERAL})(?![个天块元万千百年])"
    rf"|不(?:要|得|能|可)?(?:超过|大于|高于)\s*(?P<cnd4>{CN_NUMERAL})\s*(?:周岁|岁)"
    rf"|(?P<cnf>{CN_NUMERAL})\s*(?:周岁|岁)\s*(?:及|或)?以上"  # "五十岁以上勿扰" (a cap: `_ABOVE_REFUSED`)
    # after 年龄 without 岁 ("年纪四十以上谢绝"), and the ages past 超过 ("超过45岁不考虑": a cap only when turned away)
    rf"|{_AGE}(?:要求)?(?:必须|需|须)?(?:在)?\s*(?P<cnf2>{CN_NUMERAL})\s*(?:及|或)?以上"
    rf"|超过\s*(?P<over>\d{{2}}|{CN_NUMERAL})\s*(?:周岁|岁)"
    # caps and floors without 岁 (issue 22 s13): after 限 ("限男45以下", "限五十以下"), one for each sex ("女五十以下男
    # 六十以下"), and 年满 ("需年满十八"; not "年满一年", "年满十八个月")
    # (before 限's own cap: "限男45以下，女50以下" is one cap for each sex, the wider kept, rev4)
    rf"|(?:限|仅限|只限)?(?:男|女)(?:性|士)?\s*(?P<sexa>\d{{2}}|{CN_NUMERAL})\s*(?:周岁|岁)?\s*(?:以下|以内)\s*[、，,/]?\s*(?:男|女)(?:性|士)?"
    rf"\s*(?P<sexb>\d{{2}}|{CN_NUMERAL})\s*(?:周岁|岁)?\s*(?:以下|以内)"
    rf"|(?:限|仅限|只限)(?:男|女)?(?:性|士)?\s*(?P<lim>\d{{2}}|{CN_NUMERAL})\s*(?:周岁|岁)?\s*(?:及|或)?(?:以下|以内|之内)"
    # a bare cap as a clause of its own in a short list of terms ("站着收银，40以下。", "会登记，65以内，"; issue 22 s14,
    # dev9): no unit, no noun before it, a clause ending after it
    # and "65以下也要", "55以内都要", "六十五以下也收": the cap of whom the post will take (issue 22 s16, dev9's d9p-039)
    rf"|(?:^|(?<=[，,。；;、\s]))(?P<bare>[2-7]\d|{CN_NUMERAL})\s*(?:以下|以内)(?=(?:也|都)(?:要|收)?\s*(?:[，,。；;！!]|$)|\s*(?:[，,。；;！!]|$)|\s)"
    # a top named as one ("年龄上限45岁", "年龄上限为五十岁", "年龄限制45岁"): a cap
    rf"|{_AGE}(?:上限|限制|最大|最高)\s*(?:为|是|在)?\s*[:：]?\s*(?P<top>\d{{2}}|{CN_NUMERAL})(?![\d一二两三四五六七八九十])\s*(?:周岁|岁)"
    rf"(?!\s*(?:以上|{_TO}))"
    rf"|年满\s*(?P<full>\d{{2}}|{CN_NUMERAL})(?![\d一二两三四五六七八九十])\s*(?:周岁|岁)?(?!\s*(?:{_TO}|[个年天月日周号次期]))"
)
# Birth decades a posting takes: "限70后、80后" (the ages they are on the day matched: `Limits.fits`).
# in Chinese numerals too, and listed with no word between ("要求七零后八零后": rev5 A3)
_DECADE = r"(?:[5-9]0|00|[五六七八九零〇][零〇])后"
_DECADES_ASKED = re.compile(rf"(?:限|仅限|只要|只招|要求?)\s*(?P<decades>{_DECADE}(?:\s*[、和及或/,，]?\s*{_DECADE})*)")
_DECADE_DIGITS = str.maketrans("五六七八九零〇", "5678900")
_ALSO_TAKEN = re.compile(r"\s*(?:的)?(?:也|亦|均|都)(?:要|可|收|行|招|欢迎|能)")
# the ages below a bound turned away ("十八岁以下勿扰", "十六岁以下童工禁止"): a floor, never a cap on who may apply
_BELOW_REFUSED = re.compile(r"[^，,。；;]{0,4}?(?:勿扰|不招|不要|禁止|谢绝|免谈|童工)")
# the ages above a bound turned away ("40岁以上不考虑", "五十岁以上勿扰"): a cap, not a floor
# (said of them, ending the clause: not "男60岁以上  不招短期、假期工", a refusal of something else)
_ABOVE_REFUSED = re.compile(
    r"(?:的(?:人)?|者)?(?:请)?(?:勿扰|不考虑|不予考虑|谢绝|免谈|请绕道|(?:不要|不招|不收)(?:来)?(?![\u4e00-\u9fff]))"
)
_DECADE_ON = re.compile(r"多(?:岁|周岁|[，,。；;\s]|$)")  # a top age of fifty-odd ("18到50多岁")
_YOUNGEST_CAP = 20  # a cap under this keeps out minors only (a legal floor, not the posting's top age)
_SOFT_AGE = re.compile(r"可(?:适当)?放宽|可商议|可面议|优先|为佳|为宜|最佳|最好")
# a bound widened to another age later in the sentence ("45岁以下，有经验放宽到50岁"), or in the next clause when
# it names nothing else to widen ("25~40岁，能力优秀者可放宽"; not "身高155+（优秀者可适当放宽）", "可放宽至本科"): no bar
# widened to an age ("有经验者可放宽到40", "可放宽至四十岁"): that age is the top, for anyone
_WIDENED_TO = re.compile(
    rf"放宽(?:至|到)\s*(?P<age>\d{{2}}|{CN_NUMERAL})(?![\d一二两三四五六七八九十])\s*(?:周岁|岁)?(?![个天元块万千])"
)
_WIDENED_ELSE = re.compile(r"身高|学历|本科|大专|专科|研究生|硕士|专业|形象|五官|条件|经验|职称|要求")
# the people a bound is widened for ("经验丰富者可适当放宽", "有相关经验的可以放宽"): not experience widened
_WIDENED_FOR = re.compile(r"(?:有|具有|具备)?(?:相关)?(?:工作)?经验(?:丰富)?(?:的|者)|经验丰富")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_CLAUSE_END = re.compile(r"[，,、（(）)]")
# what a bare cap ("，50以内，") bounds when the clause before it names it: a count, a price, a weight or a size
_COUNTED_BEFORE = re.compile(
    r"(?:单|价|费|钱|薪|资|重|高|距离|面积|范围|数量|量|人数|件|次|每天|天数|小时|分钟|公里|米|斤|元|块)\s*[，,。；;、\s]\s*$"
)
_NOT_APPLICANTS = re.compile(r"客户|群体|用户|顾客|学员|孩子|儿童|学生|患者|老人|子女")


def age_asked(text: str) -> list[Fact]:
    """A posting's age ranges; one softened ("可适当放宽", "35岁以下优先") is PREFERRED and limits no one."""
    out: list[Fact] = []
    for m in _AGE_RANGE.finditer(text):
        clause = clause_around(text, m.start(), m.end())
        if _NOT_APPLICANTS.search(clause):
            continue  # 客户群体18-35岁: whom the job serves, not whom it hires
        if m.group("bare") and _COUNTED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "每单，50以内": a count or a price said in the clause before, not an age
        value = _age_range(m)
        if value is None or (value.endswith("-") and _ALSO_TAKEN.match(text, m.end())):
            continue  # "50岁以上也要": older people welcome, no one kept out ("65岁以下都可以" is a bound)
        if _DECADE_ON.match(text, m.end()) and m.group(0)[-1] == "0" and re.fullmatch(r"\d+-\d+", value):
            value = f"{value[:-1]}9"  # "年龄18到50多岁": fifty-odd, up to 59
        above_refused = value.endswith("-") and _ABOVE_REFUSED.match(text, m.end()) is not None
        if m.group("over") and not above_refused:
            continue  # "超过45岁有补贴": the ages past a number said, not turned away
        if above_refused:
            value = f"-{value[:-1]}"  # "40岁以上不考虑": 40 at most (the wider reading: no one kept out on a guess)
        elif value.startswith("-") and (int(value[1:]) < _YOUNGEST_CAP or _BELOW_REFUSED.match(text, m.end())):
            continue  # "十八岁以下勿扰": minors turned away, not a top age
        if value.startswith("-") and _ALSO_TAKEN.match(text, m.end()):
            out = [f for f in out if not _capped_below(f, int(value[1:]))]  # "五十岁以内，六十岁以内也可以": 60
        widened = _widened(text, m.end())
        soft = Modality.PREFERRED if _SOFT_AGE.search(clause) or widened else None
        low, _, high = value.partition("-")
        words = m.group(0)
        if isinstance(widened, re.Match) and high and int(high) < _number(widened.group("age")) <= 75:
            value, soft = f"{low}-{_number(widened.group('age'))}", None  # "35岁以下，有经验者可放宽到40": none over 40
            words = f"{words}…{widened.group(0)}"
        out.append(Fact(Family.EDUCATION, "age_range", as_evidence(words), 0.85, value, soft))
    for m in _DECADES_ASKED.finditer(text):
        starts = [int(d) for d in re.findall(r"(\d0)后", m.group("decades").translate(_DECADE_DIGITS))]
        years = [1900 + d if d >= 30 else 2000 + d for d in starts]
        soft = Modality.PREFERRED if _SOFT_AGE.search(clause_around(text, m.start(), m.end())) else None
        value = f"{min(years)}-{max(years) + 9}"
        out.append(Fact(Family.EDUCATION, "born_range", as_evidence(m.group(0)), 0.85, value, soft))
    return out


def _capped_below(fact: Fact, most: int) -> bool:
    """Whether a fact is a top age under `most` (a later "…也可以" relaxes it to the larger cap)."""
    return fact.code == "age_range" and (fact.value or "").startswith("-") and int((fact.value or "")[1:]) < most


def _widened(text: str, end: int) -> re.Match[str] | bool:
    """Whether the rest of the sentence widens the bound just read: to an age it names ("，有经验放宽到50岁": its
    words), or without one (True)."""
    rest = text[end : end + 40]
    stop = _SENTENCE_END.search(rest)
    sentence = rest[: stop.start()] if stop else rest
    to = _WIDENED_TO.search(sentence)
    if to is not None:
        return to
    near = _CLAUSE_END.split(sentence)[:2]  # what is left of this clause, and the next one
    return any("放宽" in clause and not _WIDENED_ELSE.search(_WIDENED_FOR.sub("", clause)) for clause in near)


def _number(said: str) -> int:
    return int(said) if said.isdigit() else cn_number(said.replace("两", "二")) or 0


def _age_range(m: re.Match[str]) -> str | None:
    a, b = m.group("a") or m.group("a2") or m.group("a3"), m.group("b") or m.group("b2") or m.group("b3")
    most = m.group("d") or m.group("d2") or m.group("d3") or m.group("d4")
    least = m.group("f") or m.group("f2")
    cn_least = m.group("cnf") or m.group("cnf2") or m.group("over") or m.group("full")
    if cn_least:
        least = cn_least if cn_least.isdigit() else str(cn_number(cn_least.replace("两", "二")) or 0)
    if least and 14 <= int(least) <= 75:
        return f"{int(least)}-"
    if m.group("cna") or m.group("cna2"):
        first, last = (m.group("cna"), m.group("cnb")) if m.group("cna") else (m.group("cna2"), m.group("cnb2"))
        a, b = (str(cn_number(words.replace("两", "二")) or 0) for words in (first, last))
    cn_most = (
        m.group("cnd")
        or m.group("cnd2")
        or m.group("cnd3")
        or m.group("cnd4")
        or m.group("lim")
        or m.group("bare")
        or m.group("top")
    )
    if cn_most:
        most = str(cn_number(cn_most.replace("两", "二")) or 0)
    if m.group("sexa"):  # "女五十以下男六十以下": the wider bound, as for "男55女50以下"
        most = str(max(_number(m.group(g)) for g in ("sexa", "sexb")))
    if m.group("e"):  # "男55女50以下": whichever applies, the wider bound is the one no one is wrongly kept out by
        most = str(max(int(n) for n in re.findall(r"\d{2}", m.group(0))))
    if most and 14 <= int(most) <= 75:
        return f"-{int(most)}"
    if a and b and 14 <= int(a) < int(b) <= 75:
        return f"{int(a)}-{int(b)}"
    if m.group("c") and 14 <= int(m.group("c")) <= 75 and m.group("dir") != "之间":
        c = int(m.group("c"))
        return f"{c}-" if m.group("dir") == "以上" else f"-{c}"  # "35周岁及以下": -35
    return None
