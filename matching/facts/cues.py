"""Cue words and the small readings every family shares: negation, clauses, past work, duties."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from matching.facts.fact import Fact, Family, as_evidence

_NEGATED = re.compile(
    r"(?:不|无|没有?|非|免|未)(?:需要?|须|用|要|上|做|干|接受|提供|包|含|会|能|限|安排|考|招|收|支持|涉及)?(?:外出|出|跑|去|任何)?$"
)
# a negation reaches every item it coordinates: "不接受兼职或线上办公", "无需搬运和装卸", "不用倒班、夜班、通宵"
_NEGATED_ITEM = re.compile(
    r"(?:不|无|没有|未)(?:需要?|须|用|要|接受|提供|包|含|安排|做|干|负责)(?:考虑)?(?P<item>[^，。；,;:：\n、/]{1,6})$"
)
_JOINT = re.compile(r"(?:[、，,/]|或者?|和|及|与)$")  # 和/或/及/与 join only the last two items ("参与", "及时" inside)
_ITEMS = re.compile(r"([、，,/])")
_LIST_REACH = 30  # the words before an item a list's negation is looked for in
_LIST_STOP = re.compile(r"[。；;！!？?\n\r:：]")
# an item that says its own verb is no bare item: "不用倒班，需上夜班", "不包住，包吃", "无需经验，提供住宿"
_AFFIRMS = re.compile(r"(?:需|须|要|有|包|提供|含|管|可|能|会|上|是|为|保证|享)")
_OWN_NEGATION = re.compile(r"(?:不|无|没有?|未|免)")
# an item that says its own predicate after it is no bare item either: "不用倒班，夜班需要", "不用值夜，倒班制",
# "不提供住宿，食堂就餐", "不用搬运，体力活为主"
_PREDICATE_AFTER = re.compile(r"需要?|须|要求|有|为主|居多|制|轮流|就餐|免费|提供|安排|包|管")
_ITEM_END = re.compile(r"[、，,/和或及与]")
# items of one kind, which a negation across a comma, or after items each with their own, still reaches: overtime is
# no rota ("无需加班，两班倒" asks shifts), food no lodging ("不提供住宿，食堂就餐" gives meals)
_KINDS = (
    re.compile(r"倒班|[两三]班倒|轮班|夜班|晚班|大夜|通宵|值夜|夜间"),
    re.compile(r"[吃食餐]"),
    re.compile(r"[住宿]"),
    re.compile(r"搬|装卸|卸货|扛|抬|负重|重活|体力"),
)
PREFERRED_WORDS = re.compile(r"优先|加分|更佳|最佳|最好|为佳|者佳")
_CLAUSE_STOPS = r"，,。；;！!？?\n\r"
CLAUSE_STOP = re.compile(rf"[{_CLAUSE_STOPS}]")
CLAUSE = re.compile(rf"[^{_CLAUSE_STOPS}]+")  # a clause: what CLAUSE_STOP splits apart


def text_before(text: str, start: int, width: int = 4) -> str:
    return text[max(0, start - width) : start]


def is_negated(text: str, start: int) -> bool:
    return bool(_NEGATED.search(text_before(text, start))) or _list_negated(text, start)


def _list_negated(text: str, start: int) -> bool:
    """A bare item of a list a negation opens: "无需搬运、装卸", "不包吃、住", "不用倒班、夜班、通宵". The negation
    carries over items joined by 、/和/或, and across a comma only to items of its own kind ("不用倒班，夜班", not
    "无需经验，食宿"), until a clause break or an item with its own verb ("不用倒班，需上夜班" asks nights)."""
    before = text[stop_before(text, start, _LIST_STOP, _LIST_REACH) : start]
    joint = _JOINT.search(before)
    if joint is None or _AFFIRMS.match(text, start) or _says_own_predicate(text, start):
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


def _says_own_predicate(text: str, start: int) -> bool:
    """The item's own words, up to the next joint or stop, go on to a predicate: "夜班需要", "倒班制", "夜班轮流上"."""
    end = min(stop_after(text, start, _LIST_STOP), start + 12)
    item = text[start:end]
    joint = _ITEM_END.search(item, 1)
    return bool(_PREDICATE_AFTER.search(item[: joint.start() if joint else len(item)], 2))


def _each_negated(parts: list[str]) -> bool:
    """ "不用穿工服、不用戴口罩、不用坐班、两班倒": the two items before the negated one carry their own
    negation, so each item says its own, and a later item with none is affirmative (两班倒) unless of the negated
    one's kind ("不要求学历、不用穿工服、不用倒班、夜班": 夜班 is of 倒班's kind). A negation that opens a list ("不包吃、住",
    "无需搬运、装卸", "不要求学历、不用倒班、夜班") reaches every item after it."""
    items = [p.split()[-1] for p in parts[::2][-2:] if p.strip()]  # "…/一小时 不要求穿工服": the words after a space
    return len(items) == 2 and all(_OWN_NEGATION.match(p) for p in items)


_REACH = 400  # characters looked at either side for a stop: a text with none reads in linear, not quadratic, time


def stop_before(text: str, at: int, stops: re.Pattern[str], reach: int = _REACH) -> int:
    """Where the clause or sentence holding `at` begins: just after the last stop before it (within `reach`)."""
    low = max(0, at - reach)
    for width in (16, 64, reach):  # the nearest windows first: a text dense with stops reads a few characters a call
        start = max(low, at - width)
        found = max((m.end() for m in stops.finditer(text, start, at)), default=None)
        if found is not None:
            return found
        if start == low:
            break
    return low


def stop_after(text: str, at: int, stops: re.Pattern[str]) -> int:
    """Where it ends: the next stop from `at` (within _REACH)."""
    high = min(len(text), at + _REACH)
    m = stops.search(text, at, high)
    return m.start() if m else high


# a refusal itself denied: "不是不能上夜班", "也不是夜班不行", "没说出差不行" (a few words may come between)
_DENIED = re.compile(
    r"(?:不是|并非|没说|谁说|不见得|不代表)说?[^，。；,;！!？?\n]{0,4}$|"
    r"(?:不是说|别以为|不要以为)[^，。；,;！!？?\n]{0,10}$"  # "并不是说我这个年纪上夜班就吃不消"; not 别看 (granted)
)


_DENIED_REACH = 20  # the longest denial _DENIED reads, and more


def refusal_denied(text: str, start: int) -> bool:
    """Whether the refusal at `start` is denied by the words before it in its clause."""
    low = max(stop_before(text, start, CLAUSE_STOP), start - _DENIED_REACH)  # no longer: each call a few characters
    return _DENIED.search(text, low, start) is not None


def clause_around(text: str, start: int, end: int) -> str:
    """The clause around [start, end): between the nearest stops (commas included)."""
    return text[stop_before(text, start, CLAUSE_STOP) : stop_after(text, end, CLAUSE_STOP)]


@dataclass(frozen=True, slots=True)
class Cue:
    family: Family
    code: str
    pattern: re.Pattern[str]
    confidence: float = 0.9
    negatable: bool = True


def cues_for(family: Family, confidence: float = 0.9, **patterns: str) -> list[Cue]:
    return [Cue(family, code, re.compile(p, re.IGNORECASE), confidence) for code, p in patterns.items()]


SENTENCE_STOP = re.compile(r"[。；;！!？?\n\r]")
CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def matched_facts(
    text: str,
    cues: Sequence[Cue],
    *,
    past: re.Pattern[str] | None = None,
    duty: re.Pattern[str] | None = None,
    unless_after: re.Pattern[str] | None = None,
    unless: Callable[[str, re.Match[str], Cue], bool] | None = None,
) -> Iterator[Fact]:
    """Each cue's matches, less those negated and those the options rule out: in a clause about past work
    (`past`), a duty of someone else's work named before it in its clause (`duty`: "负责中午工作餐", "组织装卸"),
    or words right after it that take it back (`unless_after`: "吃住自理", "住宿补贴"), or a family's own reading
    of the sentence (`unless`: an interview held remotely, riders a company serves)."""
    for cue in cues:
        for m in cue.pattern.finditer(text):
            if cue.negatable and is_negated(text, m.start()):
                continue
            if past is not None and _about_past_work(text, m, past):
                continue
            if duty is not None and duty.search(text, clause_start(text, m.start()), m.start()):
                continue
            if unless_after is not None and unless_after.match(text, m.end()):
                continue
            if unless is not None and unless(text, m, cue):
                continue
            yield Fact(cue.family, cue.code, as_evidence(m.group(0)), cue.confidence)


def clause_start(text: str, at: int) -> int:
    return stop_before(text, at, CLAUSE_STOP)


def _about_past_work(text: str, m: re.Match[str], past: re.Pattern[str]) -> bool:
    """ "有驻场经验优先", "有销售经验、地推…": the words name experience someone has, not where this job is."""
    clause = clause_around(text, m.start(), m.end())
    at = clause.find(m.group(0))
    before, after = clause[:at], clause[at + len(m.group(0)) :]
    if re.match(f"[^、需须]*?(?:{past.pattern})", after) or re.search(f"(?:{past.pattern})[、和及与或]$", before):
        return True
    return _in_list_of_experience(text, m, past)


_HAS = re.compile(r"(?:有|具有|具备|拥有|从事过?)[^。；;！!？?\n]{0,20}$")


def _in_list_of_experience(text: str, m: re.Match[str], past: re.Pattern[str]) -> bool:
    """ "有终端开拓，地推，区域管理经验", "具有社区团购、地推、店铺运营类行业经验": one item of a list of what someone
    has done, opened by 有/具备 and closed by 经验, commas or not (a later "有经验者" opens a new requirement)."""
    after = text[m.end() : stop_after(text, m.end(), SENTENCE_STOP)]
    before = text[stop_before(text, m.start(), SENTENCE_STOP) : m.start()]
    return bool(_HAS.search(before) and re.match(f"[^有者]{{0,24}}?(?:{past.pattern})(?!不限)", after))


# "有驻场经验优先": work someone did, not this job's place; "接受小白无经验者" asks for none
PAST_WORK = re.compile(r"(?<![无零])经验|经历|背景")


# "协助送货人员", "管理好随车搬运人员", "项目外派员工管理": the words name the people someone else's job manages
_OTHERS_WORK = re.compile(r"(?:人员|员工|工人|司机|师傅|团队)")
_MANAGES = re.compile(r"管理|协助|配合|对接|带领|指导|培训|组织|监督|协调|匹配|安排|调度|提供|办理")
_ASSISTS = re.compile(r"(?:配合|协助|协同|帮助|带领|指导|管理好?)$")  # "配合配送员把包裹…"
_ROLE = re.compile(r"(?:员|人员|司机|师傅|经理|工程师|骑手)$")  # "配合配送员", not "配合出差" (going along)
_STAFF_BEFORE = re.compile(r"(?:人员|阿姨|师傅|员工|工人)$")  # "为客户匹配家政人员上门服务"
_HIRES = re.compile(r"负责[^，。；,;]{0,12}招聘")  # an HR job names the posts it fills: "负责配送员岗位招聘"


def sentence_of(text: str, m: re.Match[str]) -> str:
    return text[stop_before(text, m.start(), SENTENCE_STOP) : stop_after(text, m.end(), SENTENCE_STOP)]


def others_work(text: str, m: re.Match[str]) -> bool:
    """Words naming the people someone else's job manages, assists or hires, not this worker's own work."""
    clause = clause_around(text, m.start(), m.end())
    before = text[max(0, m.start() - 4) : m.start()]
    if (_ASSISTS.search(before) and _ROLE.search(m.group(0))) or _HIRES.search(clause):
        return True
    staff_before = _STAFF_BEFORE.search(before) and _MANAGES.search(clause)
    return bool(staff_before or (_OTHERS_WORK.match(text, m.end()) and _MANAGES.search(clause)))


# Words just before a cue that make it about someone the person looks after ("我妈不识字", "老伴心脏不好"); not the
# person herself (宝妈, 全职妈妈, 单亲妈妈, 奶爸) nor the person beside another ("我和老公都有驾照", "老公和我都")
_FAMILY = (
    r"孩子|儿子|女儿|娃|小孩|老人|老伴|父亲|母亲|(?<!宝)(?<!奶)爸|(?<!宝)(?<!职)(?<!亲)(?<!宝妈)(?<!职妈)(?<!亲妈)妈"
    r"|公公|婆婆|老公|丈夫|妻子|老婆"
    # brothers and sisters ("我姐腰不好", "弟弟今年二十"), not the person as others call her or him (大姐, 小哥, 打工妹,
    # 哥们) nor a 徒弟; and a daughter as the north of the province says it ("我闺女不识字")
    r"|(?<![徒小大老表堂兄工在])(?:姐|哥|妹|弟)(?![们夫])|(?<!在)(?:姐夫|妹夫)|闺女"
    # a spouse as people of fifty say it ("我爱人", "俺家那位", "我男人"): 男人 and 对象 only after 我/俺 (not "男人活",
    # "服务对象"), 先生 only as "我先生"
    r"|爱人|媳妇|那口子|(?:我|俺)家?(?:那位|男人|对象|先生|老头子?)|老头子|孩子他?[爸爹]|孩他[爸爹]|当家的|另一半"
    # parents, in-laws and grandparents ("公婆六七十岁了", "我父母七八十岁了"): their ages are not the person's
    r"|父母|爸妈|爹妈|二老|双亲|公婆|岳父母|岳父|岳母|丈母娘|老丈人|爷爷|奶奶|外公|外婆|姥姥|姥爷"
    # grandchildren ("我孙子腰不好", "外孙女不会开车"), whom a grandparent fetches as a parent does a child; not one just
    # taken to school, after which the time is the person's ("早晨五点到七点送完孙子后有空": `hour_mends`)
    r"|(?<!送完)(?<!接完)(?:外?孙(?:子|女|儿|娃)|外孙)"
)
_CIRCLE = r"家里人|家人|亲戚|朋友|邻居|同事|同学|老乡"  # whose licence is not the person's either ("朋友有叉车证")
# everyone besides the person whom she may speak of: one vocabulary for `someone_else` and for the readers that ask
# whose words a clause carries (hour_mends: "我姐在你们厂上班，早上7点到晚上7点" are not the person's hours)
OTHER_PEOPLE = f"{_FAMILY}|{_CIRCLE}"


def _named_last(people: str) -> re.Pattern[str]:
    """One of `people` named alone in the last words of a clause (a few words may follow): not "我和老公", "老公和我",
    nor one the person cares for or fetches as the reason of her own limit ("要带孩子出不了门", "孩子小我出不了门",
    "下午要接孩子不能加班")."""
    return re.compile(rf"(?<![和跟与同带顾陪送候接])(?:{people})(?![和跟与]我)[^，。；,我俺]{{0,4}}$")


_SOMEONE_ELSE = _named_last(_FAMILY)
_SOMEONE_ELSE_OR_CIRCLE = _named_last(OTHER_PEOPLE)


_NAMED_FIRST = re.compile(rf"(?:我|俺)?(?:{OTHER_PEOPLE}|别人|人家|他|她)")


def someone_named_first(words: str) -> bool:
    """Whether `words` (those just after a cue's "的是") begin with someone else: "夜班吃不消的是我老公"."""
    return _NAMED_FIRST.match(words) is not None


def someone_else(words: str, *, circle: bool = False) -> bool:
    """Whether `words` (those just before a cue) end on someone else the person speaks of: family they look after,
    or with `circle` also relatives, friends, neighbours and colleagues ("老公有驾照", "朋友有叉车证")."""
    return bool((_SOMEONE_ELSE_OR_CIRCLE if circle else _SOMEONE_ELSE).search(words))
