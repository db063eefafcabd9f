"""Cue words and the small readings every family shares: negation, clauses, past work, duties."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from matching.facts.fact import Fact, Family, _evidence

_NEGATED = re.compile(
    r"(?:不|无|没有?|非|免|未)(?:需要?|须|用|要|上|做|干|接受|提供|包|含|会|能|限|安排|考|招|收|支持|涉及)?(?:外出|出|跑|去|任何)?$"
)
# a negation reaches every item it coordinates: "不接受兼职或线上办公", "无需搬运和装卸", "不用倒班、夜班、通宵"
_NEGATED_ITEM = re.compile(
    r"(?:不|无|没有|未)(?:需要?|须|用|要|接受|提供|包|含|安排|做|干|负责)(?:考虑)?(?P<item>[^，。；,;:：\n、/]{1,6})$"
)
_JOINT = re.compile(r"(?:[、，,/]|或者?|和|及|与)$")  # 和/或/及/与 join only the last two items ("参与", "及时" inside)
_ITEMS = re.compile(r"([、，,/])")
_LIST_STOP = re.compile(r"[。；;！!？?\n\r:：]")
# an item that says its own verb is no bare item: "不用倒班，需上夜班", "不包住，包吃", "无需经验，提供住宿"
_AFFIRMS = re.compile(r"(?:需|须|要|有|包|提供|含|管|可|能|会|上|是|为|保证|享)")
_OWN_NEGATION = re.compile(r"(?:不|无|没有?|未|免)")
# items of one kind, which a negation across a comma, or after items each with their own, still reaches
_KINDS = (
    re.compile(r"倒班|[两三]班倒|轮班|夜班|晚班|大夜|通宵|值夜|夜间|加班"),
    re.compile(r"[吃住食宿餐]"),
    re.compile(r"搬|装卸|卸货|扛|抬|负重|重活|体力"),
)
_PREFERRED = re.compile(r"优先|加分|更佳|最佳|最好|为佳|者佳")
# Words just before a cue that make it about someone the person looks after ("我妈不识字", "老伴心脏不好"); not the
# person herself (宝妈, 全职妈妈, 单亲妈妈, 奶爸) nor the person beside another ("我和老公都有驾照", "老公和我都")
SOMEONE_ELSE = re.compile(
    r"(?<![和跟与同])(?:孩子|儿子|女儿|娃|小孩|老人|老伴|父亲|母亲|(?<!宝)(?<!奶)爸|(?<!宝)(?<!职)(?<!亲)(?<!宝妈)(?<!职妈)(?<!亲妈)妈"
    r"|公公|婆婆|老公|丈夫|妻子|老婆)(?![和跟与]我)[^，。；,]{0,4}$"
)
_CLAUSE = re.compile(r"[，,。；;！!？?\n\r]")


def _prefix(text: str, start: int, width: int = 4) -> str:
    return text[max(0, start - width) : start]


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATED.search(_prefix(text, start))) or _list_negated(text, start)


def _list_negated(text: str, start: int) -> bool:
    """A bare item of a list a negation opens: "无需搬运、装卸", "不包吃、住", "不用倒班、夜班、通宵". The negation
    carries over items joined by 、/和/或, and across a comma only to items of its own kind ("不用倒班，夜班", not
    "无需经验，食宿"), until a clause break or an item with its own verb ("不用倒班，需上夜班" asks nights)."""
    before = text[_stop_before(text, start, _LIST_STOP) : start][-30:]
    joint = _JOINT.search(before)
    if joint is None or _AFFIRMS.match(text, start):
        return False
    here = text[start : start + 6]
    parts = _ITEMS.split(before[: joint.start()])  # items at even places, the joints between them at odd ones
    commas = joint.group(0) in "，,"
    for at in range(len(parts) - 1, -1, -2):
        head = _NEGATED_ITEM.search(parts[at])
        if head is not None:
            kin = any(kind.search(head.group("item")) and kind.match(here) for kind in _KINDS)
            return kin or not (commas or _each_negated(parts[:at]))
        if not 0 < len(parts[at]) <= 6 or _AFFIRMS.match(parts[at]) or _OWN_NEGATION.match(parts[at]):
            return False  # no bare item: the list, if any, says something of its own
        commas = commas or (at > 0 and parts[at - 1] in "，,")
    return False


def _each_negated(parts: list[str]) -> bool:
    """ "不要求穿无尘服、不用戴帽子、不用流水线坐班、两班倒": the two items before the negated one carry their own
    negation, so each item says its own, and a later item with none is affirmative (两班倒) unless of the negated
    one's kind ("不要求学历、不用穿工服、不用倒班、夜班": 夜班 is of 倒班's kind). A negation that opens a list ("不包吃、住",
    "无需搬运、装卸", "不要求学历、不用倒班、夜班") reaches every item after it."""
    items = [p.split()[-1] for p in parts[::2][-2:] if p.strip()]  # "…/一小时 不要求穿工服": the words after a space
    return len(items) == 2 and all(_OWN_NEGATION.match(p) for p in items)


_REACH = 400  # characters looked at either side for a stop: a text with none reads in linear, not quadratic, time


def _stop_before(text: str, at: int, stops: re.Pattern[str]) -> int:
    """Where the clause or sentence holding `at` begins: just after the last stop before it (within _REACH)."""
    low = max(0, at - _REACH)
    return max((m.end() for m in stops.finditer(text, low, at)), default=low)


def _stop_after(text: str, at: int, stops: re.Pattern[str]) -> int:
    """Where it ends: the next stop from `at` (within _REACH)."""
    high = min(len(text), at + _REACH)
    m = stops.search(text, at, high)
    return m.start() if m else high


def _clause(text: str, start: int, end: int) -> str:
    """The clause around [start, end): between the nearest stops (commas included)."""
    return text[_stop_before(text, start, _CLAUSE) : _stop_after(text, end, _CLAUSE)]


@dataclass(frozen=True, slots=True)
class _Cue:
    family: Family
    code: str
    pattern: re.Pattern[str]
    confidence: float = 0.9
    negatable: bool = True


def _cues(family: Family, confidence: float = 0.9, **patterns: str) -> list[_Cue]:
    return [_Cue(family, code, re.compile(p, re.IGNORECASE), confidence) for code, p in patterns.items()]


_SENTENCE_STOP = re.compile(r"[。；;！!？?\n\r]")
_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _matched(
    text: str,
    cues: Sequence[_Cue],
    *,
    past: re.Pattern[str] | None = None,
    duty: re.Pattern[str] | None = None,
    unless_after: re.Pattern[str] | None = None,
    unless: Callable[[str, re.Match[str], _Cue], bool] | None = None,
) -> Iterator[Fact]:
    """Each cue's matches, less those negated and those the options rule out: in a clause about past work
    (`past`), a duty of someone else's work named before it in its clause (`duty`: "负责中午工作餐", "组织装卸"),
    or words right after it that take it back (`unless_after`: "吃住自理", "住宿补贴"), or a family's own reading
    of the sentence (`unless`: an interview held remotely, riders a company serves)."""
    for cue in cues:
        for m in cue.pattern.finditer(text):
            if cue.negatable and _negated(text, m.start()):
                continue
            if past is not None and _about_past_work(text, m, past):
                continue
            if duty is not None and duty.search(text, _clause_start(text, m.start()), m.start()):
                continue
            if unless_after is not None and unless_after.match(text, m.end()):
                continue
            if unless is not None and unless(text, m, cue):
                continue
            yield Fact(cue.family, cue.code, _evidence(m.group(0)), cue.confidence)


def _clause_start(text: str, at: int) -> int:
    return _stop_before(text, at, _CLAUSE)


def _about_past_work(text: str, m: re.Match[str], past: re.Pattern[str]) -> bool:
    """ "有驻场经验优先", "有销售经验、地推…": the words name experience someone has, not where this job is."""
    clause = _clause(text, m.start(), m.end())
    at = clause.find(m.group(0))
    before, after = clause[:at], clause[at + len(m.group(0)) :]
    if re.match(f"[^、需须]*?(?:{past.pattern})", after) or re.search(f"(?:{past.pattern})[、和及与或]$", before):
        return True
    return _in_list_of_experience(text, m, past)


_HAS = re.compile(r"(?:有|具有|具备|拥有|从事过?)[^。；;！!？?\n]{0,20}$")


def _in_list_of_experience(text: str, m: re.Match[str], past: re.Pattern[str]) -> bool:
    """ "有终端开拓，地推，区域管理经验", "具有本地生活、地推、门店运营类行业经验": one item of a list of what someone
    has done, opened by 有/具备 and closed by 经验, commas or not (a later "有经验者" opens a new requirement)."""
    after = text[m.end() : _stop_after(text, m.end(), _SENTENCE_STOP)]
    before = text[_stop_before(text, m.start(), _SENTENCE_STOP) : m.start()]
    return bool(_HAS.search(before) and re.match(f"[^有者]{{0,24}}?(?:{past.pattern})(?!不限)", after))
