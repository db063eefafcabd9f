"""The kind a certificate's name leaves open, and whether the kind a person holds meets the kind a posting asks: a 电工证's
voltage (高压 and 低压 are separate 特种作业 certificates) and a 教师资格证's school (issue 22, s22 dev16: 「有小学教师资格证」
is no 「幼儿园教师资格证」)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from matching.facts.fact import Fact, Modality

# a 教师资格证's school, said just before it ("小学教师资格证", "幼儿园教师资格证") or in brackets after ("教师资格证（小学
# 语文）"); a 幼师证 is the kindergarten's. 中学 unsaid of which is read as 初中, the lower.
_LEVEL_WORDS = (
    ("kindergarten", r"幼儿园|幼儿|学前|幼教|幼师"),
    ("primary", r"小学"),
    ("junior", r"初级中学|初中|中学"),
    ("senior", r"高级中学|高中"),
    ("vocational", r"中等职业学校|中职|职高|中专"),
)
_LEVEL_BEFORE = re.compile(
    r"(?P<level>" + "|".join(words for _, words in _LEVEL_WORDS) + r")(?:学校|阶段|段)?(?:的)?"
    r"(?:语文|数学|英语|物理|化学|生物|历史|地理|政治|道德与法治|思想政治|音乐|美术|体育|信息技术|科学|心理健康)?"
    r"(?:教师|老师|学科)?$"
)
_LEVEL_AFTER = re.compile(r"^\s*[（(]\s*(?P<level>" + "|".join(words for _, words in _LEVEL_WORDS) + r")")
# the certificates of a school apply at that school and those below it (《教师资格条例》第五条), not in a kindergarten,
# which asks its own (《幼儿园工作规程》); a 中职 one stands beside a 高中 one
_RANK = {"primary": 1, "junior": 2, "senior": 3, "vocational": 3}
TEACHER_WORDS = {
    "kindergarten": "幼儿园",
    "primary": "小学",
    "junior": "初中",
    "senior": "高中",
    "vocational": "中职",
}


def teacher_level(before: str, name: str, after: str) -> str | None:
    """The school a 教师资格证 (`name`, as written) names, from the words just before it or the brackets just after;
    None where unsaid."""
    if name.startswith("幼"):
        return "kindergarten"  # "幼师证"
    m = _LEVEL_BEFORE.search(before) or _LEVEL_AFTER.match(after)
    if m is None:
        return None
    return next(level for level, words in _LEVEL_WORDS if re.fullmatch(words, m.group("level")))


def _teaches_at(held: str, asked: str) -> bool:
    if held == asked:
        return True
    return held in _RANK and asked in _RANK and _RANK[held] >= _RANK[asked]


def kind_short(electrician: Iterable[str], teacher: Iterable[str], job_facts: Iterable[Fact]) -> bool:
    """Whether the certificates a person holds are all of another kind than one a posting requires: only 低压 for a
    「高压电工证（低压证不行）」, only a 小学 or 高中 one for a 「幼儿园教师资格证」. A certificate held of no kind said, or
    one asked of none, may be any (the person is kept)."""
    voltages, schools = set(electrician), set(teacher)
    for f in job_facts:
        if f.modality is not Modality.REQUIRED or not f.value:
            continue
        if f.code == "electrician" and f.value == "high" and voltages - {""} == {"low"}:
            return True  # "低压电工证有" (a bare "电工证" beside it is that one); not "高压或低压" ("high/low")
        if f.code == "teacher" and schools and "" not in schools and not any(_teaches_at(s, f.value) for s in schools):
            return True
    return False
