"""Ages: the age, birth year and sign a person states (a posting's ranges and birth decades: `age_ranges`)."""

from __future__ import annotations

import re

from matching.facts.age_asked import age_answered
from matching.facts.age_bounds import age_bounds, bound_around, bounded_span, retirement
from matching.facts.age_events import AT_EVENT, born_by_event
from matching.facts.cues import clause_around, someone_else, text_before
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.grand_ages import GRANDCHILD_BEFORE, grandparent_floor
from matching.facts.kin_ages import KIN, as_own_words, for_kin
from matching.facts.numerals import CN_DIGITS, CN_NUMERAL, cn_number
from matching.facts.slips import quoted

# A person's age, exact or as a span the words allow: "今年53", "五十多了" (50-59), "快60了" (59),
# "四十出头", "40岁出头" (40-44). Born in a year: "75年的", "1975年生", "七五年出生", "90后". Retired: 50 or over.
_AGE_NUMBER = rf"(?P<age>[1-9]\d|{CN_NUMERAL})"
_AGE_STATED = re.compile(
    rf"虚岁\s*(?P<nominal>[1-9]\d|{CN_NUMERAL})"  # counted from one at birth, a year on each new year: one or two over
    rf"|(?P<near>快|接近|将近|奔)?{_AGE_NUMBER}(?P<fuzzy>多|来|出头)?(?:岁|周岁)(?P<after>出头|多|左右(?!的))?"
    rf"(?![以到至\-~～]|左右的|就|那|时|开始|起|出来|的时候|的{KIN})"
    # after a colon too ("年龄：58"), and a numeral run read whole before 周岁 ("今年五十九周岁", never 五十: rev5 A1, A5)
    # "今年刚好五十", "今年五十几"; not "我是70后" (a birth decade: `_BORN`)
    rf"|(?:今年|我|年龄|年纪|已经|都|岁数|刚满)(?:\s*[:：])?(?:有|是|刚满|满|刚好|正好|整)?\s*(?P<near2>快|接近|将近|奔)?"
    rf"(?P<age2>[1-9]\d|{CN_NUMERAL})(?P<fuzzy2>多|来|出头|几)?(?:(?:岁|周岁)(?P<after2>出头|多)?)?"
    rf"(?![\d年届级个天号点元块万千百家次人份件斤里米月周多来后一二两三四五六七八九十以之内挂])"  # "年龄60以内": a cap
    rf"|(?<![一二三四五六七八九十零〇两\d])(?P<near3>快|奔)?(?P<age3>[2-8]\d|[二三四五六七八]十[一二三四五六七八九]?)(?P<fuzzy3>多|出头|几)?(?:了|的人)"
    rf"|(?P<age4>[2-8]0|[二三四五六七八]十)(?P<fuzzy4>出头)"
    # a little over, the round number itself included: "六十挂零", "六十多一点" (60-64); not "20多一点" (a wage)
    rf"|(?<![\d一二三四五六七八九十百千万米])(?P<age7>[二三四五六七八]十|[2-8]0(?=挂零))(?P<fuzzy7>挂零|多一点)(?![块元斤米个天分钟小时度年平公])"
    # a number that is a clause of its own ("退休了，六十二，想找个事做", "39，繁昌的。"): not "干了二十年", not "六十二平",
    # not one of a list of numbers ("20，21号有空"); after 现在 too ("…，现在58": the age now)
    rf"|(?:^|(?<=[，,。；;\s])|(?<=现在))(?P<age5>[二三四五六七八]十[一二三四五六七八九]?|[1-7]\d)(?=[，,。；;！!\s]|$)(?![，,、\s]*\d)"
    # a decade loosely, as a clause of its own: "四十多，找个轻活", "五十左右" (not "四十多块", "五十左右的活")
    rf"|(?:^|(?<=[，,。；;\s]))(?P<age6>[二三四五六七]十)(?P<fuzzy6>多|左右)(?=[，,。；;！!\s]|$)"
)
_BORN_END = r"(?=[，,。；;！!、\s]|$)"  # "78年的" ends a clause: not "78年的老房子"
# or the person follows, as a noun ("五八年的老头子", "六二年的老太太了"; not "五八年的老房子")
_BORN_ONE = rf"(?:{_BORN_END}|人|老(?:头|太|汉|婆子|人家|爷子|大爷|大妈))"
# the month and day of a birth, said or not: "五九年腊月生的", "1986年10月出生", "七二年正月初八生的", "八九年冬月份生"
_MONTH = r"(?:(?:\d{1,2}|十[一二]?|[一二三四五六七八九]|正|腊|冬)月份?(?:初[一二三四五六七八九十]|\d{1,2}[日号]?)?)?"
_BORN = re.compile(
    rf"(?<!\d)(?P<y>19[4-9]\d|200\d)\s*年{_MONTH}(?:出生|生人|生的|生{_BORN_END}|人{_BORN_END})"
    rf"|(?:我是|是)(?P<y4>19[4-9]\d)年(?:的{_BORN_ONE}|生(?![产意活])|出生)"
    rf"|(?:我是|是|属于)(?P<yy>[4-9]\d|0\d|10)年(?:的{_BORN_ONE}|生(?![产意活])|出生)"
    r"|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]的?[，,、\s]*(?P<yy3>(?:19)?[4-9]\d)年(?![\d代里间月])"  # "属猴的，68年"
    # "属鼠，七二年": the year said after the sign, ending the words (not "七二年来的合肥", a year of a move)
    r"|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]的?[，,、\s]*(?P<cn3>[四五六七八九][〇零一二三四五六七八九])年(?=[的生出人，,。；;！!、\s]|$)"
    rf"|(?<!\d)(?P<yy2>(?:19)?[4-9]\d)年(?:{_MONTH}(?:出生|生人|生的|生{_BORN_END})|[的滴]{_BORN_ONE}|人{_BORN_END}|(?=属[鼠牛虎兔龙蛇马羊猴鸡狗猪]))"
    r"|(?<!\d)(?P<yy6>0\d|10)年(?:出生|生人|生的)"  # "02年出生": 2002
    # "七八年属马的", "八〇年的人了", "我是七八年人", "我是零二年的"; not "干了七八年的活" (`_own_cn_year`)
    rf"|(?<![了干做过有近多满])(?P<cn>[四五六七八九][〇零一二三四五六七八九]|[零〇][〇零一二三四五六七八九]|一[〇零])年"
    rf"(?:{_MONTH}(?:出生|生人|生的|生{_BORN_END})|[的滴]{_BORN_ONE}|人{_BORN_END}|(?=属[鼠牛虎兔龙蛇马羊猴鸡狗猪]))"
    # "80后", "95后" (five years); not "后勤", nor a clock time ("18:00后", "8点50后", "5:55后")
    r"|(?<![\d.．点])(?<!\d[:：])(?P<dec>[5-9][05]|0[05])后(?![\d勤面来天])"  # "年龄：80后" (not "18:00后")
    r"|(?<![一二三四五六七八九十点:：])(?P<cndec>[五六七八九零〇][零〇五])后(?![勤面来天])"  # "九零后", "八〇后", "零零后"
)
# The sign of the year one was born in ("属虎的"): with an age span, it tells the birth year ("五十出头" -> 1974).
# Only a sign said as one: after 我/本人/是/生肖, or ending its words ("属马的", "属虎，"); not "所属马鞍山", "纯属虎头".
_ZODIAC = re.compile(
    r"(?:(?P<who>我|本人|是|生肖)\s*)?(?<![家金亲下附归专从隶所纯实])属(?P<sign>[鼠牛虎兔龙蛇马羊猴鸡狗猪])"
    r"(?(who)|(?=的|相|[，,。；;！!？?、\s]|$))"
)
ZODIAC_SIGNS = "鼠牛虎兔龙蛇马羊猴鸡狗猪"  # 鼠 in 2020: a sign's years are 2020 + 12k + its place
# This year is of their sign ("今年本命年", "今年是我的本命年"): an age reached of twelve years (`Limits.ages`). Not
# another year's ("明年本命年") nor another's ("儿子今年本命年").
_OWN_YEAR = re.compile(r"(?<![明去后前])(?:今年)?(?:是|正好是|刚好是)?(?:我的?)?本命年")
_OTHER_YEAR = re.compile(r"明年|去年|后年|前年|再过|快到|快要|等到|要到|下个|下一个|还有")  # "再过两年就是我本命年"
_OTHERS_BORN = re.compile(r"都是|同事|团队|员工|年轻|招|多是|大多")


def age_stated(text: str) -> list[Fact]:
    """The person's own age, exact ("53") or the span the words allow ("50-59", "50-"), and a birth year ("born":
    "1975", "1990-1999"); ages of others ("儿子12岁") are not theirs, unless the text is written for them
    (`kin_ages`: "帮我老公找个活，他五十二"); with none said, the floor a grandchild's age makes (`grand_ages`). A span
    too wide to place them is no fact."""
    out = _ages(text)
    if for_kin(text) and not any(f.code in ("age", "born") for f in out):
        said = as_own_words(text)
        out += quoted(text, said, [f for f in _ages(said) if f.code in ("age", "born")]) if said != text else []
    if not any(f.code in ("age", "born") for f in out):
        out += grandparent_floor(text)  # "大孙子今年上高一了": two generations above the grandchild
    return out


def _ages(text: str) -> list[Fact]:
    out: list[Fact] = age_answered(text) or _age_in_words(text)  # "问：多大年纪？答：六十二" first: the form says whose
    first_person = _first_person_age(text)
    if first_person is not None and out and not _OWN_BEFORE.search(_clause_before(text, text.find(out[0].evidence))):
        out = [first_person]  # "我三十多，…": the person's own words over a pair said without 我/今年
    for m in () if out else _AGE_STATED.finditer(text):
        if _others(text, m.start()):
            continue  # "儿子12岁": not the person's own age
        span = _age_span(m)
        if AT_EVENT.match(text, m.end()):  # "十八岁去的": an age then, not now; with the year, a birth year
            then = born_by_event(text, int(span), m.start(), m.end()) if span and span.isdigit() else None
            out += [then] if then is not None and not any(f.code == "born" for f in out) else []
            continue
        bound = None if span is None or not span.isdigit() else bound_around(text, m.start(), m.end())
        words = m.group(0) if bound is None else bound[1]
        span = span if bound is None or span is None else bounded_span(bound[0], int(span))  # "六十岁不到": 55-59
        if span is not None:
            out.append(Fact(Family.EDUCATION, "age", as_evidence(words), 0.8, span))
            break
    if not out:  # "还不到四十", "刚过五十", "将近六十": a bound said with no age `_AGE_STATED` reads
        bounds = [(span, words) for start, span, words in age_bounds(text) if not _others(text, start)]
        out += [Fact(Family.EDUCATION, "age", as_evidence(words), 0.8, span) for span, words in bounds[:1]]
    for m in _BORN.finditer(text):
        if _others(text, m.start()) or _OTHERS_BORN.search(text_before(text, m.start(), 6)):
            continue  # "同事都是90后": the people around them
        if (m.group("cn") or (m.group("yy2") and len(m.group("yy2")) == 2)) and not _own_short_year(text, m):
            continue  # "在工地四五年的", "开大车五六年的人了", "干这行45年的": years of work, not a birth year
        born = _born(m)
        if born is not None:
            out.append(Fact(Family.EDUCATION, "born", as_evidence(m.group(0)), 0.8, born))
            break
    for m in _ZODIAC.finditer(text):
        if not _others(text, m.start()):
            out.append(Fact(Family.EDUCATION, "zodiac", as_evidence(m.group(0)), 0.8, m.group("sign")))
            break
    for m in _OWN_YEAR.finditer(text):
        if not _others(text, m.start()) and not _OTHER_YEAR.search(_clause_before(text, m.start())):
            out.append(Fact(Family.EDUCATION, "own_year", as_evidence(m.group(0)), 0.8, "本命年"))
            break
    if not any(f.code in ("age", "born") for f in out):  # "快退休了" (45-60), else "刚退休" (50-)
        said = [(span, words) for start, span, words in retirement(text) if not _others(text, start)]
        out += [Fact(Family.EDUCATION, "age", as_evidence(words), 0.7, span) for span, words in said[:1]]
    return out


# Ages people give as a pair or a decade: "三十五六岁" (35-36), "五六十岁" (50-69), "四十七八了", "三十好几" (33-39),
# "奔五的人了", "奔五十了", "年近半百" (46-49), "年过半百", "年过六十" (50, 60 or over), and the old "五十有六" (56).
# Read before the single numbers, which would take "三十五六" for 35 and "五十有六" for 50.
_AGE_WORDS = re.compile(
    r"(?P<t>[二三四五六七八])十(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])(?:岁|周岁|了|的人|(?P<bare>(?=[，,。；;！!\s]|$)))"
    # a decade loosely: "五十大几" (55-59), "五十有余" (50-59), "六十往上", "五十开外" (60, 50 or over); not "五十大几天"
    r"|(?P<t6>[二三四五六七八])十(?P<loose>大几|有余|往上|以上|开外)(?![\d个天块元号次年届级点万千百家人份件斤里米月周公分秒平度])"
    r"|(?<![一二三四五六七八九十])(?P<p>[二三四五六七])(?P<q>[三四五六七八])十(?:多)?(?:岁|周岁|了|的人)"
    r"|(?P<t2>[二三四五六七八])十好几"
    r"|(?P<t5>[二三四五六七八])十有(?P<o5>[一二三四五六七八九])(?![\d一二三四五六七八九十个天块元年])"
    r"|奔(?P<t3>[三四五六七])十?(?=的|了|啦|岁|[，,。；;\s]|$)"
    r"|(?P<near>年近|年逾|年过|已过|过了)(?P<mark>半百|花甲|古稀|[五六七]十|[五六七]旬)"
    r"(?![\d一二三四五六七八九十个天块元号次多年届级点万千百家人份件斤里米月周来公分秒平度])"
)
_MARKS = {"半百": 50, "花甲": 60, "古稀": 70}


# Whose a range of decades ("五六十岁") is: the person's only after 我/今年/本人 (a filler or two between) or opening
# a clause, and not followed by 的 and a noun, 都 or 也 ("这活四五十岁的都在干", "厂里都是四五十的人", "工钱五六十了").
_OWN_BEFORE = re.compile(r"(?:^|我|俺|本人|今年|自己)(?:今年|已经|已|都|也|是|有|快|就|才|的)*\s*$")
_OTHERS_AFTER = re.compile(r"\s*(?:都|也|的(?!人?(?:了|啦|呢)?(?:[，,。；;！!？?、\s]|$)))")
# what may follow "过了五十" when it is an age ("过了五十了", "已过六十岁"), not "超过了五十单", "跑过了六十趟"
_PASSED_AGE = re.compile(r"岁|周岁|了|啦|的人|[，,。；;！!？?、\s]|$")
# a clause with work in it: "在工地四五年的", "开大车五六年的人了" count years of work, not a year of birth
_WORK_CLAUSE = re.compile(r"在|干|开|做|当|跑|送|学|带|待|呆|跟|修|搞")
_CN_YEAR_SURE = re.compile(rf"{_MONTH}(?:出生|生|属[{ZODIAC_SIGNS}])")  # "七八年出生", "78年腊月生", "六八年属猴的"


def _others(text: str, start: int) -> bool:
    """Whether words at `start` are said of someone other than the seeker ("儿子12岁"; not the relative the text
    is written for)."""
    before = text_before(text, start, 8)
    return (someone_else(before) or bool(GRANDCHILD_BEFORE.search(before))) and not for_kin(text)


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before `start` (back to the last comma or stop, at most twelve characters)."""
    before = text_before(text, start, 12)
    return re.split(r"[，,。；;！!？?\n\r]", before)[-1]


def _own_short_year(text: str, m: re.Match[str]) -> bool:
    """Whether a two-digit year ("七八年", "78年") is the person's birth year: followed by 出生/生人/属X, or after
    我/我是/是 or opening its clause with no work in the clause ("七八年的人了", not "开大车五六年的人了")."""
    group = "cn" if m.group("cn") else "yy2"
    if _CN_YEAR_SURE.match(text, m.end(group) + 1):
        return True
    before = _clause_before(text, m.start(group))
    clause = clause_around(text, m.start(), m.end())
    owned = re.search(r"(?:^|是|我|俺|本人)\s*$", before) is not None
    return owned and not _WORK_CLAUSE.search(clause.replace("是", ""))


_OWN_NUMBER = re.compile(r"(?:^|我|俺|本人|今年|自己|年纪|年龄|岁数)(?:今年|已经|已|都|也|是|有|快|就|才|的)*\s*$")


def _own_number(text: str, m: re.Match[str]) -> bool:
    """Whether a number with no 岁 is the person's age: opening its clause or after 我/今年/年纪, and not followed
    by 的 and a noun ("五十以上的活")."""
    return bool(_OWN_NUMBER.search(_clause_before(text, m.start()))) and not _OTHERS_AFTER.match(text, m.end())


def _first_person_age(text: str) -> Fact | None:
    """An age the person gives after 我/今年/本人 ("我三十多", "今年53"), read as `_AGE_STATED` reads it."""
    for m in _AGE_STATED.finditer(text):
        if m.group("age2") and re.match(r"今年|我|本人", m.group(0)) and not _others(text, m.start()):
            span = _age_span(m)
            if span is not None:
                return Fact(Family.EDUCATION, "age", as_evidence(m.group(0)), 0.8, span)
    return None


def _a_count_passed(text: str, m: re.Match[str]) -> bool:
    """Whether "过了五十"/"已过六十" passes a count ("超过了五十单"), not an age: after 超, or not ending on an age."""
    if m.group("near") not in ("已过", "过了") or m.group("mark")[-1] not in "十旬":
        return False
    return text[m.start() - 1 : m.start()] == "超" or not _PASSED_AGE.match(text, m.end())


def _age_in_words(text: str) -> list[Fact]:
    """The person's age given as a pair or a decade (`_AGE_WORDS`), as a span; none when the pair is no pair, nor
    when a range of decades is said of others (`_OWN_BEFORE`, `_OTHERS_AFTER`)."""
    for m in _AGE_WORDS.finditer(text):
        if _others(text, m.start()):
            continue
        if m.group("p") and (
            not _OWN_BEFORE.search(_clause_before(text, m.start())) or _OTHERS_AFTER.match(text, m.end())
        ):
            continue
        if (m.group("bare") or m.group("loose") in ("往上", "以上", "开外")) and not _own_number(text, m):
            continue  # "一天六十往上就行", "工资五十以上的活": pay, not the person's age
        if _a_count_passed(text, m):
            continue  # "超过了五十单", "跑过了六十趟": a count, not an age
        span = _words_span(m)
        if span is not None:
            return [Fact(Family.EDUCATION, "age", as_evidence(m.group(0)), 0.8, span)]
    return []


def _words_span(m: re.Match[str]) -> str | None:
    if m.group("t"):
        tens, a, b = (CN_DIGITS[m.group(g)] for g in ("t", "a", "b"))
        return f"{tens * 10 + a}-{tens * 10 + b}" if b == a + 1 else None
    if m.group("p"):  # "五六十岁": fifty-odd or sixty-odd
        low, high = CN_DIGITS[m.group("p")], CN_DIGITS[m.group("q")]
        return f"{low * 10}-{high * 10 + 9}" if high == low + 1 else None
    if m.group("t6"):
        decade = CN_DIGITS[m.group("t6")] * 10
        return {"大几": f"{decade + 5}-{decade + 9}", "有余": f"{decade}-{decade + 9}"}.get(
            m.group("loose"), f"{decade}-"
        )
    if m.group("t2"):
        return f"{CN_DIGITS[m.group('t2')] * 10 + 3}-{CN_DIGITS[m.group('t2')] * 10 + 9}"
    if m.group("t5"):
        return str(CN_DIGITS[m.group("t5")] * 10 + CN_DIGITS[m.group("o5")])
    if m.group("near"):
        mark = m.group("mark")
        decade = _MARKS.get(mark) or CN_DIGITS[mark[0]] * 10
        return f"{decade - 4}-{decade - 1}" if m.group("near") == "年近" else f"{decade}-"
    decade = CN_DIGITS[m.group("t3")] * 10
    return f"{decade - 4}-{decade - 1}"


def _age_span(m: re.Match[str]) -> str | None:
    if m.group("nominal"):
        nominal = cn_number(m.group("nominal").replace("两", "二"))
        return None if nominal is None or not 16 <= nominal <= 82 else f"{nominal - 2}-{nominal - 1}"
    written = next(m.group(g) for g in ("age", "age2", "age3", "age4", "age5", "age6", "age7") if m.group(g))
    age = cn_number(written.replace("两", "二"))
    if age is None or not 14 <= age <= 80:
        return None
    fuzzy = (
        m.group("fuzzy")
        or m.group("fuzzy2")
        or m.group("fuzzy3")
        or m.group("fuzzy4")
        or m.group("after")  # "40岁出头", "四十岁多"
        or m.group("after2")
        or m.group("fuzzy6")
    )
    if m.group("fuzzy7"):
        return f"{age}-{age + 4}"  # "六十挂零": the round number or a little over it
    near = m.group("near") or m.group("near2") or m.group("near3")
    if near == "奔":
        return f"{age - 2}-{age - 1}"  # "奔50了": heading for it (48 or 49, as "奔五" reads 46-49)
    if near:
        # "快五十了": the year before, as the dev sets' judges and employers at the gate take it (a -48 bound keeps
        # them out); the span 48-49 let a 16-48 post through (d3-28). "出头"/"多"/"左右" stay spans: a 六十出头 is
        # 61 to a judge against 50-62 (d2-30), so their likeliest value would hide posts they may take
        return str(age - 1)
    if fuzzy == "几":  # "五十几": any of the decade; "五十五几" is no age
        return f"{age}-{age + 9}" if age % 10 == 0 else None
    if fuzzy == "多":
        return f"{age}-{age + 9}" if age % 10 == 0 else f"{age}-{age + 1}"
    if fuzzy == "出头":
        return f"{age + 1}-{age + 4}"  # "四十出头", "40岁出头": a little over (略多于), so not 40 itself
    if fuzzy in ("来", "左右"):
        return f"{age - 3}-{age + 3}"
    return str(age)


def _born(m: re.Match[str]) -> str | None:
    if m.group("dec") or m.group("cndec"):
        decade = int(m.group("dec") or "".join(str(CN_DIGITS[c]) for c in m.group("cndec")))
        start = 2000 + decade if decade < 30 else 1900 + decade
        return f"{start}-{start + (9 if decade % 10 == 0 else 4)}"  # "90后": 1990-1999; "95后": 1995-1999
    written = m.group("y") or m.group("y4") or m.group("yy") or m.group("yy2") or m.group("yy3") or m.group("yy6")
    year = int(written) if written else cn_number(m.group("cn") or m.group("cn3"))
    if year is None:
        return None
    full = year if year >= 1900 else 2000 + year if year <= 10 else 1900 + year  # "我是02年的": 2002
    return str(full) if 1940 <= full <= 2012 else None
