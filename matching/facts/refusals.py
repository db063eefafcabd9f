"""A person's refusals read by construction: a family's words (夜班, 出差, 重活…) and a refusal (吃不消, 不能, 是不行了…)
in one clause, in either order, with only a subject, adverbs or a body part between ("两班倒来回倒我身体吃不消")."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from matching.facts.away import refused_kind
from matching.facts.cues import (
    CLAUSE_STOP,
    SENTENCE_STOP,
    refusal_denied,
    someone_named_first,
    stop_after,
    stop_before,
)
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.recovery import recovered
from matching.facts.refusal_owner import either_or, not_own

ANY_STANDING = "any"  # "站不了": no standing at all, not only long spells (`Limits.stands_none`)


@dataclass(frozen=True, slots=True)
class _Kind:
    code: str
    family: Family
    words: str  # the family's nouns and verb phrases, as people write them
    split: str  # its verbs with a potential complement inside ("熬不住夜", "爬不了梯子"): a refusal alone


# Each family's words. 出差错 is a mistake, 站不住脚 an argument, 夜场 a venue ("KTV夜场不去" no night refused); riding too fast or far is speed, not riding.
_KINDS = (
    _Kind(
        "no_night",
        Family.SCHEDULE,
        r"大夜(?:班)?|夜班|上夜(?![校宵])|晚班|(?:夜里|半夜|晚上)(?:上班|干活|开车|出车|跑车|做事|值班|看门|守着)|(?:夜里|半夜|夜间)的班|夜里|半夜|通宵|熬夜|值夜|守夜|夜间(?:上班|工作|作业)?",
        r"熬不(?:了|住|动|起)(?:夜|通宵)",
    ),
    _Kind(
        "no_shifts",
        Family.SCHEDULE,
        r"倒班|轮班|[两三]班倒|四班三倒|来回倒(?:班|(?![车公地]))|(?<![车交铁])倒来倒去(?![车公地])|轮流(?:上班|值班)|白夜班(?:轮换|倒)?|早晚班(?:轮换|倒)",
        r"倒不(?:了|过来)班?",
    ),
    _Kind(
        "no_travel",
        Family.PLACE,
        r"出差(?![错别距异])|出远门|(?:跑|开)?长途|(?:去|跑|到)?外地(?!人|口音)|外派|驻外",
        r"出不了(?:远门|差(?![错别距异]))|跑不(?:了|动)长途",
    ),
    _Kind(
        "no_standing",
        Family.PHYSICAL,
        r"久站|站立|站班|站着(?:干活|上班|工作|的活)?|(?:长时间|一直|老是?|整天|一整天)站(?:着|立)?|站(?:一|一整|整)天|站太久|站久了?",
        r"站不(?:了|住(?!脚)|久|起来|下去)",
    ),
    _Kind(
        "no_walking",
        Family.PHYSICAL,
        r"走(?:远|长)(?:路|道)|路走多了?|走路|走(?:太|很)?远的?路|走(?:太|很)?多路?|多走路?|长时间走路?|走来走去|步行",
        r"走不动(?:远路|路)?|走不了(?:远路|路)|走不远",
    ),
    _Kind(
        "no_lifting",
        Family.PHYSICAL,
        r"(?:搬|扛|提|抬|拎)(?:重物|重东西|重的|东西|货|箱子|大件)|重的|重活|体力活|力气活|累活|粗活|重物|重东西|搬运|装卸|卸货|扛(?:大)?包|负重|重体力",
        r"(?:搬|扛|提|抬|拎)不(?:了|动)(?:重物|重东西|重的|东西)?|拿不动(?:重物|重东西|重的|东西)?|拿不了(?:重物|重东西|重的)",
    ),
    _Kind(  # bending and squatting, as a doctor's list of them says them ("禁止弯腰、负重"); `body` reads the rest
        "no_bending",
        Family.PHYSICAL,
        r"弯腰(?:下蹲)?",
        r"(?!)",
    ),
    _Kind(
        "no_height",
        Family.PHYSICAL,
        r"登高|爬高|(?:爬|上)梯子|梯子|高空(?:作业)?|高处(?:作业)?|高的地方|爬上爬下|"
        r"(?<![往向越])上高(?![中一二三考校速架铁楼温峰层压档端薪价空处的低])",  # "不上高。", not 不上高中/高速
        r"(?:爬|登|上)不(?:了|上)(?:高(?![中考校])|梯子)|爬不(?:了|动)梯子",
    ),
    _Kind(  # cold water and cold stores, as a list of refusals says them ("不碰冷水", "凉水不沾", "冷库不去")
        "no_cold_wet",
        Family.PHYSICAL,
        r"(?:冷|凉|冰)水(?!果|壶|瓶|费)|冷库|冻库|冷冻库",
        r"(?!)",
    ),
    _Kind(
        "no_riding",
        Family.PHYSICAL,
        r"骑(?:电动车|电瓶车|摩托车?|三轮车?|自行车|车)|电动车|电瓶车|摩托车|三轮车",
        r"骑不(?:了|动)(?:电动车|电瓶车|摩托车?|三轮车?|自行车|车)?",
    ),
    _Kind(
        "no_weekends",
        Family.SCHEDULE,
        r"(?:周末|周六日|周六周日|周六和周日|星期六日|星期六和?星期[日天]|礼拜六和?礼拜[日天]|礼拜六日|双休日)"
        r"(?:上班|加班|干活|工作|值班|的班)?",
        r"(?!)",
    ),
)
# verbs that carry a family's words ("上夜班", "干重活"), and adverbs before them ("不想再跑长途")
_VERB = r"(?:上|做|干|值|熬|跑|去|出|骑|爬|登|搬|扛|提|抬|站|走|开|接|碰|沾|摸|泡|进|安排|加班|上班|干活|工作)"
_ADVERB = r"(?:再|太|长期|经常|总是?|老是?|一直|天天|跟着|给我|让我|叫我|推荐?|介绍)"  # "别给我推站着的活" (s14)
# 别 as a ban ("医生说别干重活", "别让我上夜班"), not inside 分别/特别/区别/告别/性别/个别/级别/类别 (`seeker_body_cues` too)
BAN_BIE = r"(?<![分特区告性个级类])别"
# 莫, the same ban in the south's and the Yangtze's speech ("夜里的班莫找我", "重的莫搬"); not 莫名, 莫非, 莫过于, 约莫
BAN_MO = r"(?<![约])莫(?![名非过斯大言测])"
# a doctor's orders, which bind whoever the sentence opens on ("我妈出院医嘱：禁止弯腰" binds the mother)
_ORDERS = r"(?:禁止|严禁|切忌|(?:要)?避免)"
# a refusal before the words: "不能", "受不了", "怕", "别让我"; not "不怕", "恐怕", "哪怕", "要不", "不要紧"
_BEFORE = (
    r"(?<!要)不(?:能|想|愿意?|方便|敢|要(?!紧)|接受|考虑|宜|适合|会|太能|大能|怎么能|可以)?(?!不)|"
    r"(?:干|做|上|受|熬|扛|顶|吃|适应|坚持|跑|去)不(?:了|住|动|下来)|吃不消|没法|没办法|无法|"
    rf"(?<![不恐哪生])(?:害)?怕|不(?:让|许|准|允许)我?|{BAN_BIE}|{BAN_MO}|"  # "拒绝站班" (s14); not 不会拒绝 (rev6 #12)
    r"(?<![不能法敢会])拒绝(?![^，。；,;]{0,6}?的(?:工作|活儿?|岗位)我?(?:也|都)接受)|"
    rf"{_ORDERS}"  # a doctor's orders: "医嘱：禁止弯腰、负重，避免久站"
)
# the words between the family's words and a refusal after them: who, which body, how much, how surely
_BETWEEN = (
    r"(?:我|俺|身体|这身体|身子骨?|这身子骨?|眼睛|腰|腿|腿脚|膝盖|体力|精力|年纪大了?|岁数大了?|的活|的|这种|那种|这个|那个|这块|"
    r"这些|那些|方面|活|是|就|也|都|还|真|真的|实在|确实|肯定|绝对|可|根本|完全|已经|现在|目前|一律|坚决|再|来回倒|倒来倒去|"
    r"什么的|啥的|之类的?|一概|怕是|对我来说|反正|基本上?|怎么也|一直|长期|老是|总是|太多了?|太频繁了?|太勤了?|太久|多了|久了|的话|这|那|现在|这两年|"
    r"真心|一点儿?|这事儿?|这个事)"
)
# a verb after the family's words ends a refusal only with no object of its own: "周末不上了", not "周末不上课" nor
# "装卸不会开叉车"; a verb that holds its object ("上班", "干活") ends it anyway
_ENDS = r"(?=$|[\s，。；,;！!？?、…~～了的啦啊呢哦吧呀哈嘛咯]|太|那么|这么|下去|班|活)"
_WHOLE_VERB = r"(?:安排|加班|上班|干活|工作)"
_BARE_VERB = r"(?:上|做|干|值|熬|跑|去|出|骑|爬|登|搬|扛|提|抬|站|走|开|接|碰|沾|摸|泡|进)"
# refusals people word their own way (s11): "那是要命" (not "累得要命", how tired; not "不要命", reckless), "伤不起",
# "身体不允许", "医生不让", "想都别想", "是怕了" (not "不怕了"), "打死也不上", "碰都不敢碰", "这事儿别想了"
_OWN_WORDS = (
    r"(?<![得不])要(?:了|我的|了我的)?(?:老)?命|伤不起|(?:身体|身子|医生|大夫)不(?:允许|让|许)|想都(?:别|不用|不要)想|"
    rf"(?<![不恐哪生])(?:害)?怕了|打死(?:也|都)不{_VERB}?|(?:碰|沾)都不(?:敢|想|能)?(?:碰|沾)|别想了?"
)
# the refusal class as the body's families read it after their own words ("弯腰的活伤不起", "凉水遭不住", "蹲下要了我的命")
BODY_REFUSAL = rf"(?:{_OWN_WORDS}|遭不住|吃不消|扛不住|受不了|顶不住|不行|不中|困难|够呛)"
# a refusal after the words: "吃不消", "是不行了", "不想干", "别找我"; a bare 不想 or 不能 ends there ("周末不想休息" wants work)
_AFTER = (
    r"(?:不行|不太行|不大行|不怎么行|不得行|不中)(?:了)?|吃不消|受不了|扛不住|顶不住|熬不住|撑不住|吃不住|够呛|免谈|不现实|"
    r"(?:干|做|上|熬|值|跑|去|出|骑|爬|登|搬|扛|提|抬|站|走|倒|开|弄|搞|坚持|适应|接|受|吃|顶|撑|遭|整|碰|沾|伺候)"
    r"不(?:了|动|住|下来|下去|来|定|得(?![了到])|成)|"
    r"免了|算了(?!一?下|算)|拉倒|"
    rf"没法{_VERB}?|没办法|不方便|"
    rf"不(?:想|愿意?|敢|能|会|要(?!紧)|考虑|接受|可以|适合|宜)(?:再)?(?:{_WHOLE_VERB}|{_BARE_VERB}{_ENDS}|{_ENDS})|"
    rf"不(?:{_WHOLE_VERB}|{_BARE_VERB}{_ENDS})|(?:{BAN_BIE}|{BAN_MO})(?:找我|叫我|安排|考虑|提|来)|走不开|脱不开身|没空|没时间|"
    rf"(?:{BAN_BIE}|{BAN_MO})(?:再)?{_BARE_VERB}{_ENDS}|"  # "重的也莫搬", "夜班别上了"
    f"{_OWN_WORDS}"
)
_WORDS = "|".join(k.words for k in _KINDS)
_LIST = r"(?:[、/和及与或跟]|还有)"
_ITEMS = 8  # a list read to this many more items: a longer one rescanned from each start would read in quadratic time
# the family's words, more of them joined in a list ("夜班、倒班都不行"), words between, a refusal after
_WORDS_THEN = re.compile(
    rf"(?:{_WORDS})(?:{_LIST}(?:{_WORDS})){{0,{_ITEMS}}}(?:{_BETWEEN}){{0,6}}?(?P<refusal>(?:{_AFTER})了?)"
)
_REFUSAL_THEN = re.compile(
    rf"(?P<refusal>{_BEFORE})(?:{_ADVERB}){{0,2}}{_VERB}?(?:{_WORDS})(?:{_LIST}{_VERB}?(?:{_WORDS})){{0,{_ITEMS}}}"
)
_SPLIT = re.compile("|".join(f"(?P<{k.code}>{k.split})" for k in _KINDS))
_CODES = frozenset(k.code for k in _KINDS)
_BODY_CODES = frozenset(k.code for k in _KINDS if k.family is Family.PHYSICAL)
_SCAN = re.compile("|".join(f"(?P<{k.code}>{k.words})" for k in _KINDS))  # leftmost first: 白夜班 is no 夜班
_PATTERNS = (_WORDS_THEN, _REFUSAL_THEN, _SPLIT)
_LAST = 1 << 62  # past any end: bisects to the last span starting by a point
_HEDGED = re.compile(r"最好|尽量|尽可能|希望|倾向|优先")
# a refusal let pass right after it: "不去外地也可以", "出差不去也行" (a wish at most)
_LET_PASS = re.compile(r"(?:也|都|倒是?)(?:行|可以|无所谓|没问题|能接受)")
# fear denied: "不太怕熬夜", "不害怕夜班", "也不怎么怕出差" (the text before 怕)
_NOT_AFRAID = re.compile(r"不(?:太|大|怎么|很|是很|那么|咋)?害?$")
# trips refused for being many: "出差太多吃不消" (frequent trips, as "经常出差" says)
_TOO_MANY = re.compile(r"太多|太频繁|太勤|多了")
_TOO_FAST = re.compile(r"(?:太|很|得)?(?:快|远|久)")  # "不敢骑车太快": speed, not riding
# standing limited in time: "站不了太久", "一整天站不了" (long standing, the bit), not "站不了" (`ANY_STANDING`)
_CANNOT_STAND = re.compile(r"站不(?:了|住|起来|下去)")
_STANDING_SPAN = re.compile(
    r"久|长时间|一直|一?整天|全天|一天|[太很多那这]么?长|时间长|老站|半天|整个班|[上下]午|"
    r"(?:(?<!\d)\d{1,3}|[一二两三四五六七八九十几半]+)个?多?(?:小时|钟头|钟)"
)


def refusals(text: str) -> list[Fact]:
    """The limits a person's refusals state by construction, one fact per family and clause, quoting the words."""
    found: list[Fact] = []
    for m, codes in _refusals(text):
        low = stop_before(text, m.start(), CLAUSE_STOP)
        clause = text[low : stop_after(text, m.end(), CLAUSE_STOP)]
        hedged = _HEDGED.search(clause) is not None or _LET_PASS.match(text, m.end()) is not None
        for kind in _KINDS:
            if kind.code not in codes or (hedged and kind.code != "no_travel"):
                continue  # a hedge is a wish: trips alone keep one (`away`), the rest read none
            value = _trips(kind, text[low : m.end()], m.group(0)) or _standing_value(kind, m, clause)
            modality = Modality.WISH if hedged else Modality.LIMIT
            found.append(Fact(kind.family, kind.code, as_evidence(m.group(0)), 0.8, value, modality))
    return found


@dataclass(frozen=True, slots=True)
class Bound:
    """The refusals a text states, by where they lie and the families each names (for the cue tables)."""

    spans: tuple[tuple[tuple[int, int, frozenset[str]], ...], ...]  # one run per pattern, in order, none overlapping

    @classmethod
    def of(cls, text: str) -> Bound:
        runs: dict[re.Pattern[str], list[tuple[int, int, frozenset[str]]]] = {p: [] for p in _PATTERNS}
        for m, codes in _refusals(text):  # a bent back is a load's too, as `body` reads "不能弯腰"
            runs[m.re].append((m.start(), m.end(), codes | {"no_lifting"} if "no_bending" in codes else codes))
        return cls(tuple(tuple(run) for run in runs.values()))

    def elsewhere(self, start: int, end: int, code: str) -> bool:
        """Whether the words at [start, end), which a cue table reads as `code`, lie inside a refusal bound to other
        families only ("夜班干不动" refuses the night, not loads; "白夜班轮换吃不消" the rota, not the night)."""
        if code not in _CODES:
            return False
        for run in self.spans:  # of one pattern's runs, only the last to start by `start` can hold it
            at = bisect_right(run, (start, _LAST, frozenset())) - 1
            if at >= 0 and run[at][1] >= end and code not in run[at][2]:
                return True
        return False


@lru_cache(maxsize=8)
def _refusals(text: str) -> tuple[tuple[re.Match[str], frozenset[str]], ...]:
    """Each refusal of the person's own, with the families it names: not someone else's, asked, on a condition, of
    what once was, denied ("不是不能上夜班"), or too fast ("不敢骑车太快"). Read once a text: `Bound.of` (the cue
    tables) and `refusals` (last of the reader) ask for the same one."""
    found: list[tuple[re.Match[str], frozenset[str]]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            codes = _codes(m, pattern)
            if pattern is _SPLIT and any(a.start() <= m.start() and m.end() <= a.end() for a, _ in found):
                continue  # "夜班扛不动": the verb is the night's refusal, no load of its own
            if codes and not _not_own(text, m, codes):
                found.append((m, frozenset(codes)))
    return tuple(found)


def _codes(m: re.Match[str], pattern: re.Pattern[str]) -> set[str]:
    """Every family a match names: a list names several ("夜班、倒班都不行")."""
    if pattern is _SPLIT:
        return {k.code for k in _KINDS if m.group(k.code)}
    words = m.group(0).replace(m.group("refusal"), "", 1)
    return {w.lastgroup for w in _SCAN.finditer(words) if w.lastgroup}


def _not_own(text: str, m: re.Match[str], codes: set[str]) -> bool:
    if not_own(text, m.start(), m.end()):
        return True
    if codes <= _BODY_CODES and recovered(text, m):
        return True  # "以前腰扭过，搬不了重的，现在早好了": over, as the cue tables read it (`recovery`)
    if m.re is _REFUSAL_THEN and re.fullmatch(_ORDERS, m.group("refusal")) and _orders_of_others(text, m.start()):
        return True  # "我妈出院医嘱：禁止弯腰": the mother's orders
    if "refusal" in m.re.groupindex and refusal_denied(text, m.start("refusal")):
        return True  # "也不是夜班不行"
    if m.re is _REFUSAL_THEN and m.group("refusal") == "不" and either_or(text, m.start("refusal")):
        return True  # "出不出差都行", "请问上不上夜班": either, or a question
    if m.re is _REFUSAL_THEN and m.group("refusal").endswith("怕"):
        low = stop_before(text, m.start(), CLAUSE_STOP)
        if _NOT_AFRAID.search(text, low, m.end("refusal") - 1):
            return True
    return "no_riding" in codes and len(codes) == 1 and _TOO_FAST.match(text, m.end()) is not None


def _orders_of_others(text: str, at: int) -> bool:
    """Whether a doctor's orders at `at` are someone else's: their sentence opens on them ("我妈出院医嘱：…")."""
    return someone_named_first(text[stop_before(text, at, SENTENCE_STOP) : at])


def _trips(kind: _Kind, before: str, words: str) -> str | None:
    """Which trips a refusal refuses, from its clause up to its end ("偶尔可以，长期出差吃不消": frequent ones)."""
    if kind.code == "no_travel" and _TOO_MANY.search(words):
        return "often"
    return refused_kind(kind.code, before)


def _standing_value(kind: _Kind, m: re.Match[str], clause: str) -> str | None:
    """ "站不了", "站不住": no standing at all; "站不了太久", "一整天站不了", "久站", "站不住就坐会儿" (standing
    while it lasts): long spells only."""
    if kind.code != "no_standing" or not _CANNOT_STAND.search(m.group(0)) or _STANDING_SPAN.search(clause):
        return None
    return None if m.string.startswith("就", m.end()) else ANY_STANDING
