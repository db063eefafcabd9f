"""Driving licences as written: the classes named ("C1/C2驾照", "C牌", "B1驾驶员"), a licence or 驾龄 with no class,
a posting that asks the applicant to drive; and the classes each class permits."""

from __future__ import annotations

import re

from matching.facts.cues import SENTENCE_STOP, clause_around, stop_after, stop_before, text_before

# Driving licence classes and the classes each also permits (公安部令第162号, 准驾车型).
DRIVING_CLASSES = ("A1", "A2", "A3", "B1", "B2", "C1", "C2")
PERMITS: dict[str, frozenset[str]] = {
    "A1": frozenset({"A1", "A3", "B1", "B2", "C1", "C2"}),
    "A2": frozenset({"A2", "B1", "B2", "C1", "C2"}),
    "A3": frozenset({"A3", "C1", "C2"}),
    "B1": frozenset({"B1", "C1", "C2"}),
    "B2": frozenset({"B2", "C1", "C2"}),
    "C1": frozenset({"C1", "C2"}),
    "C2": frozenset({"C2"}),
}

_DRIVING_CLASS = re.compile(
    r"(?<![A-Z0-9])(?P<classes>[ABC][123](?:\s*(?:/|、|或|及|和|,|，)?\s*[ABC][123])*)\s*(?:及以上|以上)?\s*"
    r"(?:的)?(?:驾驶证|驾照|驾驶执照|驾驶本|照|本|牌照|licen[cs]e)"
    r"|(?:驾驶证|驾照|驾驶执照|准驾车型)\s*(?:为|是|须|需|要求)?\s*(?P<after>[ABC][123](?:\s*(?:/|、|或|及)\s*[ABC][123])*)",
    re.IGNORECASE,
)
# "具备良好的道路驾驶技能，C1或C2及以上": classes and a bound, no licence noun (CEFR "B2及以上" has no 驾 word)
_CLASS_BOUND = re.compile(
    r"(?<![A-Z0-9])(?P<bound>[ABC][123](?:\s*(?:/|、|或)\s*[ABC][123])*)\s*(?:及以上|以上)", re.IGNORECASE
)
_DRIVING_BARE = re.compile(r"(?:考了|考过|拿了|持有?|有)\s*(?P<bare>[ABC][123])(?![0-9A-Za-z])", re.IGNORECASE)
_DRIVING_ANY = re.compile(
    r"驾驶证|驾照|驾证|驾驶执照|驾驶本|机动车驾驶|(?:driver'?s?|driving)\s+licen[cs]e"
    r"|(?:(?<!\d)\d{1,2}|[一二两三四五六七八九十])\s*年(?:以上|及以上)?(?:的)?(?:实际)?驾龄|驾龄\s*(?:满|在|需|要求)?\s*(?:\d{1,2}|[一二两三四五六七八九十])\s*年",
    re.IGNORECASE,
)  # a stated 驾龄 is years since the licence was issued: it implies one
# A posting that asks the applicant to drive asks for a licence (SCHEMA, session 6: "会开车", "熟练开车", "需要开车",
# "驾驶技术好"); said by a seeker these words are left to `_DRIVING_ANY` (being able to drive is not holding a licence)
_MUST_DRIVE = re.compile(
    r"(?<![不没])(?<!上班)(?<!通勤)(?<!如果)(?:会|能|熟练|需要?|要求?)(?:驾驶汽车|开车)"
    r"(?!\s*(?:(?:送|接)(?:你|您)|上下班|上班|通勤|来|过来|前来|的话|时))"
    r"|驾驶技术(?:好|娴熟|熟练|过硬|佳)"
)
_CAR_COSTS = re.compile(r"油费|报销|补贴|车补")  # "上班需要开车的话公司报销油费": a perk for whoever drives
_LICENCE_EXAM = re.compile(r"(?:考试|培训|补贴|报销)")  # "驾照考试日" as paid leave, a perk: not asked for
_C_LICENCE = re.compile(  # a bare C, a "CI" typo or a small-car licence is C1 (the labelling notes)
    r"(?<![A-Z0-9])C\s*(?:牌|照|本)|(?<![A-Z0-9])C\s*[级证](?=\s*(?:及以上|以上)?\s*(?:的)?(?:驾|机动车))"
    r"|(?<![A-Z0-9])CI(?=\s*(?:牌照|驾照|驾驶证|照))",
    re.IGNORECASE,
)
# A small-car licence held is C1 (or the narrower C2): it does not permit a bus or a lorry. Asked for, it is C1 or
# C2, and every class permits C2, so any licence will do: a posting's 小车驾照 is plain `driving` (SCHEMA).
_SMALL_CAR = re.compile(r"小(?:型)?(?:汽)?车驾(?:驶证|照|驶执照)")
_AB_LICENCE = re.compile(r"(?<![A-Z0-9])[AB]\s*(?:牌|照|本)", re.IGNORECASE)  # A or B alone: which class is unsaid
_HEAVY = re.compile(r"重型|重卡|大货车|半挂|牵引车")
_CLASS_TOKEN = re.compile(r"(?<![A-Za-z0-9])[ABC][123](?![0-9A-Za-z])", re.IGNORECASE)
_DRIVING_CONTEXT = re.compile(r"驾|司机|开车|车型|行驶证|牌照|licen", re.IGNORECASE)
_PERMIT_CODE = re.compile(r"[A-Za-z][A-Za-z0-9]*\s*$")  # "F2CN 驾照": a carmaker's own permit, not a state licence

# a licence named: its words, its code ("driving_C1", or "driving" with no class) and the classes of which any one
# will do ("C1/C2"), if more than one was written
Named = tuple[re.Match[str], str, str | None]


def driving_named(text: str, posting: bool) -> list[Named]:
    """Driving licences a text names, classes first; in a posting naming none, driving asked for ("会开车")."""
    found, classed = _driving_classes(text, posting)
    for m in _DRIVING_ANY.finditer(text):
        if (
            any(_same_sentence(text, m.start(), a) for a, _ in classed)
            or (m.group(0)[0] == "驾" and _PERMIT_CODE.search(text_before(text, m.start())))
            or (posting and _LICENCE_EXAM.match(text, m.end()))
        ):
            continue
        found.append((m, "driving", None))
    if posting and not found:  # a licence named says it already
        asked = [
            m for m in _MUST_DRIVE.finditer(text) if not _CAR_COSTS.search(clause_around(text, m.start(), m.end()))
        ]
        found += [(m, "driving", None) for m in asked][:1]
    return found


def _driving_classes(text: str, posting: bool) -> tuple[list[Named], list[tuple[int, int]]]:
    """Driving licences whose class is written ("C1/C2驾照", "C牌", "B1驾驶员"), and where they were written."""
    found: list[Named] = []
    classed: list[tuple[int, int]] = []

    def add(m: re.Match[str], code: str, either: str | None = None) -> None:
        if _LANGUAGE_LEVEL.search(text_before(text, m.start(), 8)):
            return  # "英语B1以上": a language's level, no licence
        classed.append(m.span())
        found.append((m, code, either))

    for m in _DRIVING_CLASS.finditer(text):
        classes = list(dict.fromkeys(re.findall(r"[ABC][123]", (m.group("classes") or m.group("after") or "").upper())))
        either = "/".join(classes) if len(classes) > 1 else None  # "C1/C2驾照": any one of them
        for c in classes:
            add(m, f"driving_{c}", either)
    seeker_only = () if posting else ((_SMALL_CAR, "driving_C1"),)
    for pattern, code in ((_DRIVING_BARE, ""), (_C_LICENCE, "driving_C1"), *seeker_only, (_AB_LICENCE, "")):
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in classed):
                continue
            if pattern is _AB_LICENCE:
                heavy = m.group(0)[0].upper() == "B" and _HEAVY.search(_sentence_at(text, m.start()))
                code = "driving_B2" if heavy else "driving"
            add(m, code or f"driving_{m.group('bare').upper()}")
    for m in _CLASS_BOUND.finditer(text):
        if not any(a <= m.start() < b for a, b in classed) and _DRIVING_CONTEXT.search(_sentence_at(text, m.start())):
            classes = list(dict.fromkeys(re.findall(r"[ABC][123]", m.group("bound").upper())))
            for c in classes:
                add(m, f"driving_{c}", "/".join(classes) if len(classes) > 1 else None)
    for m in _CLASS_TOKEN.finditer(text):  # "B1驾驶员", "行驶证c1": a class beside driving words
        clause = clause_around(text, m.start(), m.end())
        if not any(a <= m.start() < b for a, b in classed) and (
            _DRIVING_CONTEXT.search(clause) or _alone_for_a_driver(text, m, clause, posting=posting)
        ):
            add(m, f"driving_{m.group(0).upper()}")
    return found, classed


def _alone_for_a_driver(text: str, m: re.Match[str], clause: str, *, posting: bool) -> bool:
    """A class alone in its clause ("B1", "要求A2", "C1即可") where the sentence names a driver ("校车司机，B1，上午…"),
    or, in a post, its title does ("货车司机｜A2", title 货车司机 over "要求A2"): the licence asked."""
    if _ASKED_ALONE.fullmatch(clause.strip(" ：:｜|，,")) is None:
        return False
    title = text.partition("\n")[0] if posting else ""
    return bool(_DRIVER.search(_sentence_at(text, m.start())) or _DRIVER.search(title))


_DRIVER = re.compile(r"司机|驾驶员|开车")
_ASKED_ALONE = re.compile(
    r"(?:要求?|需要?|须|必须|持有?|得有)?\s*[ABC][123]\s*(?:及以上|以上|即可|就行|就可以)?", re.IGNORECASE
)
# a language's level said in the same letters ("英语B1以上", "日语N2、英语C1"; CEFR)
_LANGUAGE_LEVEL = re.compile(
    r"(?:英语|英文|日语|德语|法语|韩语|俄语|西语|外语|CEFR|欧标)\s*(?:水平|等级|能力)?\s*(?:达到|需|要求|为|在)?\s*$",
    re.IGNORECASE,
)


def _sentence_at(text: str, at: int) -> str:
    return text[stop_before(text, at, SENTENCE_STOP) : stop_after(text, at, SENTENCE_STOP)]


def _same_sentence(text: str, a: int, b: int) -> bool:
    low, high = min(a, b), max(a, b)
    return SENTENCE_STOP.search(text, low, high) is None
