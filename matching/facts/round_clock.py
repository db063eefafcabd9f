"""Nights a posting's kind implies where its text says nothing of its hours: a compound guarded round the clock
("小区保安"), a hotel's front desk, live-in care ("住家保姆"), a patient watched "24小时" (issue 22 s11).

The judges of every persona set take these as night work for a person who refuses nights (the dev halves: 7 of 7
silent 小区保安 postings, 2 of 2 hotel front desks, 5 of 5 live-in carers, 2 of 2 round-the-clock 陪护), as the
reader takes a 收银员 to stand and a 外卖骑手 to ride. Only a text silent on nights is read so: "白班", "8:00-17:00",
"两班倒", "不上夜班" each speak, and a post for the day only says so ("小区门卫（白班）")."""

from __future__ import annotations

import re

from matching.facts.cues import CLAUSE_STOP, is_negated
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.kinds import NOT_DOING

KIND = "kind"  # a night fact's value where the kind of post implies it, not the text ("这类岗位一般有夜班")
# the codes that say something of nights either way (`priors._SPEAKS["night"]`: kept apart, priors reads the reader)
_SPEAKS = frozenset({"night", "shifts", "day_shift", "hours", "shift_choice"})
# words that keep a post to the day though no fact is read of them (`priors._AFFIRMS["night"]`, and a day's
# piecework: "按单算", "时间自由")
_DAY_SAID = re.compile(
    r"白班|白天|日班|(?:无|不|没有)(?:需要?|用|上)?(?:夜班|晚班|值夜)|晚上不上班|朝九晚[五六]|早九晚[五六]|时间自由|"
    r"时间灵活|自己(?:定|安排)|按单|接单"
)
# places kept round the clock and the posts that keep them: guards of a compound, a site, a works, a hospital, a car
# park; not a shop's or an office's guard (its doors close at night) nor a 保安证 asked of a 门卫
_PLACE = r"(?:小区|物业|住宅区?|工地|厂区|工厂|仓库|园区|医院|停车场|酒店|宾馆)"
_GUARD = r"(?:保安|门卫|门岗|值班员?|巡逻|安保|秩序(?:维护)?员|秩序维护)"
_GUARDED = re.compile(rf"{_PLACE}(?:的)?(?:招聘?|[^，。；,;\d]{{0,3}}?)?{_GUARD}(?!证)")
_FRONT_DESK = re.compile(r"(?:酒店|宾馆|旅馆|旅店|客栈)(?:的)?前台")
# the post's own name says what it keeps: a guard or a front desk (the place may be named in its text); a post that
# runs them (保安主管, 前厅经理, 保安队长) keeps no nights, but a duty manager (值班经理) does
_GUARD_POST = re.compile(_GUARD)
_DESK_POST = re.compile(r"前台|前厅|接待|夜审")
_PLACE_IN_TITLE = re.compile(rf"{_PLACE}|旅馆|旅店|客栈")
# a clause that names the place for someone else's post: experience asked for, colleagues, a building nearby (a benefit
# or the staff one manages is kept out by the post's own name, which says it is no guard)
_OTHERS_CLAUSE = re.compile(r"经验|优先|配合|协助|对接|旁边?|附近|隔壁")
_MANAGED = re.compile(r"(?:管理|带领|培训)[^，。；,;]{0,2}$")  # "负责管理小区保安": the staff one runs
# care through the night: a patient watched "24小时", the carer sleeping at the bed, a baby that sleeps with her
_NIGHT_CARE = re.compile(
    r"24\s*小时(?:跟|陪|看护|照顾|护理|在岗|值守|守着?)|二十四小时(?:跟|陪|看护|照顾|护理|在岗|值守)|"
    r"晚上(?:睡|住)(?:在)?(?:陪护床|病房|床边)|(?:晚上|夜里)(?:宝宝|孩子|小孩|老人)跟(?:阿姨|保姆|你)睡|"
    r"(?:晚上|夜里)(?:要)?(?:起夜|起来(?:喂奶|照顾|换尿布))"
)
# live-in care: a 住家 post looking after a baby, a mother after birth, an old or sick person, sleeps where they do
_LIVE_IN_CARE = re.compile(r"保姆|育儿嫂|月嫂|护工|陪护|看护|照顾(?:一位|一个)?(?:老人|老太太|老爷子|老太|病人|宝宝)")


def kind_nights(title: str, text: str, found: list[Fact]) -> list[Fact]:
    """A night fact (value `KIND`) where the post's kind implies nights and its text says nothing of them: a guard or
    front desk the post's own name says it is (the place in the name or the text), or care through the night."""
    if any(f.code in _SPEAKS for f in found) or _DAY_SAID.search(text):
        return []
    live_in = any(f.code == "live_in" and f.modality is None for f in found)
    post = title.rpartition("招聘")[2]
    if not NOT_DOING.search(post.replace("值班经理", "值班")):
        guard, desk = _GUARD_POST.search(post), _DESK_POST.search(post)
        for pattern, own in ((_GUARDED, guard), (_FRONT_DESK, desk)):
            m = own and next((m for m in pattern.finditer(text) if _own_post(text, m)), None)
            if m:
                return [Fact(Family.SCHEDULE, "night", as_evidence(m.group(0)), 0.7, KIND)]
        place = _PLACE_IN_TITLE.search(title)
        if place and (guard or desk):
            return [Fact(Family.SCHEDULE, "night", as_evidence(title), 0.7, KIND)]
    m = next((m for m in _NIGHT_CARE.finditer(text) if not is_negated(text, m.start())), None)
    if m:
        return [Fact(Family.SCHEDULE, "night", as_evidence(m.group(0)), 0.7, KIND)]
    care = _LIVE_IN_CARE.search(title) or _LIVE_IN_CARE.search(text)
    if live_in and care:
        return [Fact(Family.SCHEDULE, "night", as_evidence(care.group(0)), 0.7, KIND)]
    return []


def _own_post(text: str, m: re.Match[str]) -> bool:
    """Whether the place and post named are the post's own, not in a clause of experience asked, colleagues, staff
    managed or a benefit ("有酒店前台经验优先", "配合酒店前台", "负责管理小区保安", "厂区保安24小时巡逻")."""
    start = max((s.end() for s in CLAUSE_STOP.finditer(text, 0, m.start())), default=0)
    stop = CLAUSE_STOP.search(text, m.end())
    clause = text[start : stop.start() if stop else len(text)]
    managed = _MANAGED.search(text, max(0, m.start() - 4), m.start())
    return not is_negated(text, m.start()) and not _OTHERS_CLAUSE.search(clause) and managed is None
