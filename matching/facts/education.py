"""Schooling and graduation: what a posting asks and what a person states (years of work: `years`; age: `ages`)."""

from __future__ import annotations

import re

from matching.facts.age_ranges import age_asked
from matching.facts.cues import PREFERRED_WORDS, clause_around, is_negated, someone_else, text_before
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.licence_years import driving_years_asked, driving_years_held
from matching.facts.loose_years import loose_years
from matching.facts.school_left import school_left
from matching.facts.years import experience_asked, experience_stated

_EDUCATION_LEVEL = re.compile(
    r"(?P<level>博士(?!后)|硕士|研究生|本科|一本|二本|学士|大专|专科(?=\s*(?:及|或|以上|学历|毕业|文凭))|高职|大中专|中专|中技(?=\s*(?:及|或|以上|学历|毕业|文凭|[，,、]))|技校|职高|"
    r"高中(?!级)|初中(?!级)|(?<![A-Za-z])(?:bachelor|undergraduate|university graduate|BS|BSc|B\.S\.|master|MSc|"
    r"graduate degree|PhD|Ph\.D|doctoral|associate degree|Bac\+2)(?![A-Za-z]))"
    r"(?P<tail>\s*(?:及|或)?\s*(?:以上|或以上)?\s*(?:学历|文化|毕业)?)",
    re.IGNORECASE,
)
_LEVEL_OF = {
    "博士": "phd",
    "phd": "phd",
    "ph.d": "phd",
    "doctoral": "phd",
    "master": "master",
    "msc": "master",
    "graduate degree": "master",
    "bachelor": "bachelor",
    "undergraduate": "bachelor",
    "university graduate": "bachelor",
    "bs": "bachelor",
    "bsc": "bachelor",
    "b.s.": "bachelor",
    "一本": "bachelor",
    "二本": "bachelor",
    "学士": "bachelor",
    "associate degree": "college",
    "bac+2": "college",
    "大中专": "senior_high",
    "硕士": "master",
    "研究生": "master",
    "本科": "bachelor",
    "大专": "college",
    "专科": "college",
    "高职": "college",
    "中专": "senior_high",
    "中技": "senior_high",  # 中等技术学校, as 中专
    "技校": "senior_high",
    "职高": "senior_high",
    "高中": "senior_high",
    "初中": "junior_high",
}
LEVEL_RANK = {"primary": -1, "junior_high": 0, "senior_high": 1, "college": 2, "bachelor": 3, "master": 4, "phd": 5}
LEVEL_WORDS = {
    "primary": "小学及以下",
    "junior_high": "初中",
    "senior_high": "高中/中专",
    "college": "大专",
    "bachelor": "本科",
    "master": "硕士",
    "phd": "博士",
}
# A person who stopped at primary school or never went ("只念到小学", "小学没毕业", "没上过学", "初中没念完"): below any minimum a
# posting states. Read from people only: a posting's "小学" is mostly a school it serves ("小学数学老师").
_PRIMARY = re.compile(
    r"(?:念|读|上)(?:到|过|了|完)(?:个)?小学|小学(?:毕业|文化|学历|水平|没毕业|没读完|都没毕业|肄业|没上完)|"
    r"没(?:上|读|念)过(?:学|书)|文盲|不识字|大字不识|不认(?:识|得)字|(?<![的些个多])字(?:也|都)?(?:不认识|认不得)|"
    # junior high begun, not finished ("初中没念完", "没读完初中"): primary is the last school finished
    r"初中(?:都|也|还)?(?:没|未|没有)(?:念|读|上)?(?:完|毕业(?!证)|毕(?!业))|没(?:有)?(?:念|读|上)完初中|初中肄业|初中(?:只)?(?:念|读|上)了?(?:一|半|两)年"
)
_NOT_A_LEVEL = re.compile(r"^(?:院校|学校|高校|生源|合作|部)")
# a level a person started and did not finish ("初中没念完", "高中没毕业", "没读完初中", "高中肄业"): the one below
_UNFINISHED_AFTER = re.compile(r"^(?:都|也|还)?(?:没|未)(?:有)?(?:念|读|上)?(?:完|毕业(?!证))|^(?:肄业|辍学|读了一半)")
_UNFINISHED_BEFORE = re.compile(r"(?:没|未)(?:有)?(?:念|读|上)完$")
# a level being studied ("大专在读", "自考本科在读", "正在读大专"): not held yet; a college or university student has
# finished senior high (a 本科 student holds no 大专)
_STUDYING_AFTER = re.compile(r"^(?:学历)?\s*(?:在读|就读中|还在读|读书中)")
_STUDYING_BEFORE = re.compile(r"(?:正在|还在|在)(?:读|上|念)$")
_FRESH = re.compile(r"应(?:往)?届(?:毕业)?生?|(?<!\d)(?:20)?\d{2}\s*[届](?:毕业生)?|(?<!\d)(?:20)?\d{2}级应届")
_GRADUATION = re.compile(
    r"(?P<y>20\d{2}|(?<!\d)\d{2})\s*年\s*(?:(?P<m>\d{1,2})\s*月\s*(?:份|底|初)?\s*)?(?:(?:(?!及|以|或|前|后)[\u4e00-\u9fff]){1,6}?专业)?"
    r"(?:刚|才|已经?|将|就)?(?:本科|大专|专科|研究生|硕士|博士|中专|高职|专升本|职高|技校|高中)?毕业"
    r"|(?P<yb>(?:(?:20)?\d{2}\s*[/、或和及,，]\s*)*(?:20)?\d{2})\s*(?:届|级应届|级毕业)"
)


def _level(text: str, m: re.Match[str], *, posting: bool) -> tuple[int, str] | None:
    """The rank a level named in the text stands for, with its words; None where it is no level asked or held."""
    level_word = m.group("level").lower()
    if level_word != "大中专" and _NOT_A_LEVEL.match(text[m.end("level") :]):
        return None
    if re.search(r"不限$", text_before(text, m.start(), 3)):
        return None
    if posting and PREFERRED_WORDS.search(clause_around(text, m.start(), m.end())):
        return None  # "本科优先": a wish of the employer's, not the minimum
    if not posting and someone_else(text_before(text, m.start(), 8)):
        return None  # "孩子初中没毕业，我高中毕业": the child's school
    rank = LEVEL_RANK[_LEVEL_OF[level_word]]
    if posting:
        return rank, m.group(0)
    studying = _studying(text, m)
    if studying is not None:
        below = LEVEL_RANK["senior_high"] if rank in (LEVEL_RANK["college"], LEVEL_RANK["bachelor"]) else rank - 1
        return max(below, LEVEL_RANK["primary"]), studying
    after = _UNFINISHED_AFTER.match(text[m.end("level") :])
    if after or _UNFINISHED_BEFORE.search(text_before(text, m.start(), 4)):  # started, not finished: the level below
        words = (
            text[m.start() : m.end("level") + after.end()] if after else text[max(0, m.start() - 3) : m.end("level")]
        )
        return max(rank - 1, LEVEL_RANK["primary"]), words
    return rank, m.group(0)


def _studying(text: str, m: re.Match[str]) -> str | None:
    """The words saying the level at `m` is being studied ("大专在读", "正在读大专"), if they do."""
    after = _STUDYING_AFTER.match(text[m.end("level") :])
    if after is not None:
        return text[m.start() : m.end("level") + after.end()]
    before = _STUDYING_BEFORE.search(text, max(0, m.start() - 3), m.start())
    return None if before is None else text[before.start() : m.end("level")]


def education_facts(text: str, *, posting: bool, title: str = "") -> list[Fact]:
    out: list[Fact] = []
    any_level = posting and re.search(r"学历不限|不限学历", text)
    matched = [] if any_level else list(_EDUCATION_LEVEL.finditer(text))
    if not posting and any(_studying(text, m) is None for m in matched):
        matched = [m for m in matched if _studying(text, m) is None]  # "大专毕业，在读本科": the 大专 is held
    levels = [level for level in (_level(text, m, posting=posting) for m in matched) if level is not None]
    if not posting:
        levels += [
            (LEVEL_RANK["primary"], m.group(0))
            for m in _PRIMARY.finditer(text)
            if not someone_else(text_before(text, m.start(), 8))
        ]
        levels += [(LEVEL_RANK[level], words) for level, words in school_left(text)]  # "读到初二", "上了几年小学"
    if levels:
        rank, words = min(levels, key=lambda pair: pair[0])
        level = next(k for k, v in LEVEL_RANK.items() if v == rank)
        out.append(Fact(Family.EDUCATION, "edu_min" if posting else "edu", as_evidence(words), 0.85, level))
    for m in _FRESH.finditer(text):
        if posting and not is_negated(text, m.start()):
            out.append(Fact(Family.EDUCATION, "fresh_graduate", as_evidence(m.group(0)), 0.85))
    for m in _GRADUATION.finditer(text):
        if is_negated(text, m.start()):
            continue  # 不招23届
        written = [m.group("y")] if m.group("y") else re.findall(r"\d{2,4}", m.group("yb") or "")
        for year in written:
            full = int(year) + (2000 if len(year) == 2 else 0)
            if not 1960 <= full <= 2100:
                continue
            month = m.group("m") if m.group("y") else None
            value = f"{full}" if month is None else f"{full}-{int(month):02d}" if 1 <= int(month) <= 12 else None
            if value is not None:
                out.append(Fact(Family.EDUCATION, "graduation", as_evidence(m.group(0)), 0.9, value))
    out += experience_asked(text, title) + driving_years_asked(text) if posting else experience_stated(text)
    if posting:
        out += age_asked(text)
    else:
        out += driving_years_held(text) + loose_years(text)  # "没什么经验", "出师三年了"
    return out
