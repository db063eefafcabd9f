"""The job a generic title leaves to its text's duties (issue 22, session 14): a post titled "超市员工", "酒店员工",
"门店店员" or "工厂员工" names a person at work but not the work, and its text names the work only by what is done or
where ("负责理货、收银", "在后厨帮忙洗菜切配", "在流水线上焊锡"). Each duty, with the title's place before it ("超市" +
"理货"), is a name the kind nouns read as they read a title (`kinds`, `physical.standing_post`, `riding_post`); not a
duty waived ("不用负责收银"), nor one that runs others' work ("负责管理理货员", "协调装卸")."""

from __future__ import annotations

import re

from matching.facts.cues import is_negated

__all__ = ["duties_named"]

# a title whose person is nobody in particular, after its place ("超市员工", "门店店员", "员工"); not a named job
# ("收银员", "保洁员") nor a plant's general worker (普工, 操作工: the line's work is read from the text by `kinds`)
_GENERIC = re.compile(r"^(?P<place>[^，。；,;！!？?\s]{0,6}?)(?:员工|职员|工作人员|店员)$")
# the duties a text gives ("负责理货、收银", "主要做打包", "帮忙洗菜切配", "工作内容：分拣"), or the work done at a
# place ("在流水线上焊锡", "在超市里收银")
_DUTIES = re.compile(
    r"(?:负责|主要(?:负责|做|干|是)?|从事|帮忙|工作内容(?:为|是)?[：:]?|岗位职责[：:]?)\s*(?P<duties>[^。；;！!？?\n，,]{1,16})"
    r"|在[^，。；,;！!？?\n]{1,6}?[上里内中]\s*(?P<there>[^。；;！!？?\n，,]{1,10})"
)
# the clause right after the generic name, where it is a few words and no more ("超市员工，理货收银"; not "月薪4000")
_NEXT_CLAUSE = re.compile(
    r"[，,：:\s]*(?!在|负责|主要|从事|帮忙)(?P<duties>[^\d，。；,;！!？?\s：:（(]{2,8})(?=[，。；,;！!？?\s（(]|$)"
)
_PARTS = re.compile(r"[、和及与/]|以及")
# a duty that runs, teaches or speaks for the work, not doing it
_RUNS_IT = re.compile(r"^(?:管理|监督|带领|培训|统计|对接|协调|安排|指导|检查|登记|接待)")


def _generic_place(title: str) -> str | None:
    """The place of a generic title ("超市" of 超市员工, "" of 员工), or none where the title names a job."""
    m = _GENERIC.match(title.rpartition("招聘")[2].strip())
    return None if m is None else m.group("place")


def duties_named(title: str, text: str) -> list[str]:
    """Each duty the text gives under a generic title, with the title's place before it ("超市理货", "超市收银");
    none under a title that names a job."""
    place = _generic_place(title)
    if place is None:
        return []
    said = [m.group("duties") or m.group("there") for m in _DUTIES.finditer(text) if not is_negated(text, m.start())]
    at = text.find(title)
    if (after := _NEXT_CLAUSE.match(text, at + len(title)) if at >= 0 else None) is not None:
        said.append(after.group("duties"))
    return [place + part.strip() for duties in said for part in _PARTS.split(duties) if _doing(part.strip())]


def _doing(duty: str) -> bool:
    return bool(duty) and _RUNS_IT.match(duty) is None
