"""What a person's own words state of their limits, wishes and conditions: the cue tables read (nights, rotas,
loads, stairs, health), less what a guard drops (asked, denied, of someone else, eased, once)."""

from __future__ import annotations

import re

from matching.facts.away import home_bound
from matching.facts.body import BODY_CONDITIONS, BODY_CUES, not_said_of_self
from matching.facts.body_acts import ACT_CUES, able_after, kinds_refused
from matching.facts.body_asked import ASKED_CONDITIONS, BODY_ASKED_CUES, asked_aside, named_only
from matching.facts.body_eased import body_eased
from matching.facts.body_everyday import EVERYDAY_CUES
from matching.facts.body_hands import HAND_CONDITIONS, HAND_CUES
from matching.facts.body_heat_noise import CLIMATE_CODES, CLIMATE_CONDITIONS, CLIMATE_CUES
from matching.facts.cues import (
    CLAUSE_STOP,
    Cue,
    clause_around,
    is_negated,
    refusal_denied,
    sentence_of,
    someone_else,
    stop_before,
)
from matching.facts.day_length import hours_before
from matching.facts.fact import MAX_TEXT, Fact, Family, Modality, as_evidence
from matching.facts.health_cues import HEALTH_CUES
from matching.facts.home_said import home_not_meant
from matching.facts.recovery import recovered
from matching.facts.refusal_owner import either_or, not_own
from matching.facts.refusals import Bound
from matching.facts.seeker_body_cues import SEEKER_BODY_CUES
from matching.facts.seeker_schedule_cues import SEEKER_SCHEDULE_CUES
from matching.facts.shifts_said import SHIFT_CUES

_LIVE_IN_SAID = re.compile(r"住家|住店|住宿|住在")

# the tables in the order they are read; a body part and its trouble, what it stops, last (`body`, `body_acts`,
# `body_everyday`, `body_asked`), then rotas said plainly (`shifts_said`)
_SEEKER_CUES = (
    SEEKER_SCHEDULE_CUES
    + SEEKER_BODY_CUES
    + BODY_CUES
    + ACT_CUES
    + EVERYDAY_CUES
    + BODY_ASKED_CUES
    + SHIFT_CUES
    + CLIMATE_CUES  # heat, noise, a long seat (`body_heat_noise`)
    + HAND_CUES
)
_SENSITIVE_CUES = HEALTH_CUES + BODY_CONDITIONS + ASKED_CONDITIONS + CLIMATE_CONDITIONS + HAND_CONDITIONS

# a chest the person says is well again or no bar ("哮喘已经好了", "能接受粉尘环境"); not "其他都没问题", which
# speaks of the rest
_TAKEN_BACK = re.compile(
    r"已经?(?:好了|痊愈|治好|康复)|(?:早|已经?)?(?:治好|痊愈)了|(?<!不)(?:能|可以)接受(?:粉尘|灰尘|油漆|异味|气味)"
)
# The job a person asks for is itself home work ("居家客服", "在家办公"): what they search for rules out on-site
# work. Not "居家保洁"/"居家养老", which are done in clients' homes; not when the asked-for job is hedged.
_HOME_JOB = re.compile(r"(?:居家|在家|远程)(?:办公|工作|上班|客服|兼职|手工活?|录入|打字)")
# where a skill was practised, not where the person can work: "(只)在家里做过", "只在家里做，没在饭店干过"
_DONE_AT_HOME = re.compile(
    r"^(?:在家|居家)(?:里)?(?:做|干)过|^(?:在家|居家)(?:里)?(?:做|干)[，,]?(?:从来|还|也|都)?(?:没|没有)(?:在|去)"
    r"[^，。；,;]{1,6}?(?:干|做|上班|工作)过"
)
# a condition denied, alone or in a list the denial opens: "无高血压、心脏病等疾病", "没有高血压", "无癫痫病史", "否认心脏病"
# Only an item naming a condition carries the denial on: not "无犯罪记录、高血压", "没有医保和高血压".
_CONDITION_ITEM = r"[^，,。；;、和及与或]{0,7}(?:病|症|压|炎|史|癫痫|哮喘|羊癫疯|羊角风|心梗|心衰|尘肺|矽肺|肺气肿)"
_DENIED = re.compile(rf"(?:无|没有?|未|否认)(?:患有?|得过?|有过?)?(?:任何)?(?:{_CONDITION_ITEM}(?:等)?[、和及与或])*$")
# a condition its own clause says is kept in hand ("高血压控制得很好"): no limit of any kind; not "血糖控制得很好，但有心脏病"
_CONTROLLED = re.compile(r"控制得?(?:很|挺|还|比较)?(?:好|稳)")
# height said, in the sentence, to be no bar ("高血压…，能登高"): only the height limit goes; not "不太能登高", nor
# what once was ("以前能登高，现在不行了")
_CAN_CLIMB = re.compile(r"(?<!不)(?<!不太)(?<!不大)(?<!不怎么)(?<!没)(?:能|可以)(?:登高|爬高|上高)")
_ONCE = re.compile(r"以前|之前|原来|过去|从前|年轻(?:的)?时")
# riding or dust refused only on a condition, let back, or of someone named after: "下雨天不能骑车的时候就走路送",
# "化工厂不去了的话也行", "粉尘不行的是我老婆"; right after the refusal, never a bare 时 ("平时", "当时", "一小时")
_BARE_UNABLE = re.compile(r"[干做]不动了?")
_NOT_OWN_REFUSAL = re.compile(r"(?:了)?(?:的?时候|的话|是假的|的是)")
_EVENING_WORK = re.compile(r"上班|工作|干活|出工")  # an evening's work refused, whoever's it is
_HEDGED = re.compile(r"最好|希望|倾向|也行|也可|都行|都可以|优先")


def seeker_conditions(text: str, desired_job: str) -> list[Fact]:
    """What the cue tables read in a person's squeezed text; `desired_job`, the job asked for, may itself be home
    work. Sensitive facts (health, wheelchair, deafness) are marked."""
    found: list[Fact] = []
    bound = Bound.of(text)
    for cue in _SEEKER_CUES:
        for m in cue.pattern.finditer(text):
            if (cue.negatable and is_negated(text, m.start())) or refusal_denied(text, m.start()):
                continue  # "不是不能上夜班"
            if either_or(text, m.start()):
                continue  # "上不上夜班": asked, or either
            if bound.elsewhere(m.start(), m.end(), cue.code):
                continue  # "夜班干不动": the night refused, not loads (`refusals`)
            if cue.code == "no_lifting" and _BARE_UNABLE.fullmatch(m.group(0)) and hours_before(text, m.start()):
                continue  # "十二小时干不动", "最多八小时，多了干不动": the day's length (`day_length`), not loads
            own_checked = (cue.family is Family.SCHEDULE and cue.code != "no_evening") or cue.code == "home_only"
            own_checked = own_checked or cue.code in CLIMATE_CODES  # "我老公怕吵", "以前怕热", "怕热吗"
            if own_checked and not_own(text, m.start(), m.end()):
                continue  # "老公夜班吃不消", "如果夜班不行的话", "我妈只能在家", "以前只能在家"
            if (
                cue.code == "no_evening"
                and _EVENING_WORK.search(m.group(0))
                and someone_else(text[max(0, m.start() - 8) : m.start()])
            ):
                continue  # "老公晚上不上班": his evenings; "孩子晚上要人带" stays the person's
            if cue.code == "no_evening" and _LIVE_IN_SAID.search(text[max(0, m.start() - 12) : m.start()]):
                # "住家的不行，晚上要回家": home for the night, which says nothing of the evening
                found.append(
                    Fact(cue.family, "no_night", as_evidence(m.group(0)), cue.confidence, None, Modality.LIMIT)
                )
                continue
            if cue.family is Family.PHYSICAL and someone_else(text[max(0, m.start() - 8) : m.start()]):
                continue  # "老伴心脏不好", "我妈腿脚不便": someone the person looks after
            if cue.family is Family.PHYSICAL and (
                recovered(text, m)
                or not_said_of_self(text, m, cue.code)
                or able_after(text, m.start(), cue.code)
                or body_eased(text, m, cue.code)
                or named_only(text, m, cue.code)
                or asked_aside(text, m)
            ):
                continue  # "以前腰不好，现在好了": no limit now; "蹲不下去怎么办？": asked
            if cue.code in ("no_riding", "no_dust") and _NOT_OWN_REFUSAL.match(text, m.end()):
                continue
            if cue.code == "home_only" and home_not_meant(text, m.start(), m.end()):
                continue  # "周末出门上班不行": the weekend's; "不想只在家搞钱，出去上班也行": none
            if cue.code == "home_only" and _DONE_AT_HOME.search(text[m.start() : m.end() + 16]):
                continue  # "川菜都拿手，不过只在家里做，没在饭店干过": where a skill was used, not a limit
            modality = _seeker_modality(text, m.start(), m.end(), cue)
            found.append(Fact(cue.family, cue.code, as_evidence(m.group(0)), cue.confidence, None, modality))
    for code, m in kinds_refused(text):  # "洗碗那种不行": the kind's own demand (`body_acts`)
        if not (someone_else(text[max(0, m.start() - 8) : m.start()]) or recovered(text, m)):
            found.append(Fact(Family.PHYSICAL, code, as_evidence(m.group(0)), 0.8, None, Modality.LIMIT))
    home_job = None if _HEDGED.search(desired_job) else _HOME_JOB.search(desired_job[:MAX_TEXT])
    if home_job is not None:
        found.append(Fact(Family.PLACE, "home_only", as_evidence(home_job.group(0)), 0.85, None, Modality.LIMIT))
    for cue in _SENSITIVE_CUES:
        for m in cue.pattern.finditer(text):
            if someone_else(text[max(0, m.start() - 8) : m.start()]):
                continue  # "我妈听力不好", "老伴坐轮椅": someone the person looks after
            if recovered(text, m) or (cue.code == "no_dust" and _TAKEN_BACK.search(sentence_of(text, m))):
                continue  # "哮喘已经好了，没问题", "能接受粉尘环境，哮喘轻微", "痛风早好了": no limit said
            if cue.code in ("no_lifting", "no_height", "no_walking", "no_cold_wet") and _condition_denied(
                text, m, cue.code
            ):
                continue  # "身体健康，无高血压、心脏病等疾病", "高血压控制得很好，能登高": no limit said
            found.append(
                Fact(cue.family, cue.code, as_evidence(m.group(0)), cue.confidence, None, Modality.LIMIT, True)
            )
    return found


def _condition_denied(text: str, m: re.Match[str], code: str) -> bool:
    """A health condition denied ("无高血压、心脏病", "没有高血压"), kept in hand in its own clause, or, for height
    alone, said in its sentence to be no bar ("有心脏病，能登高" keeps the loads)."""
    before = text[stop_before(text, m.start(), CLAUSE_STOP) : m.start()]
    if _DENIED.search(before) or _CONTROLLED.search(clause_around(text, m.start(), m.end())):
        return True
    if code != "no_height":
        return False
    sentence = sentence_of(text, m)
    return any(not _ONCE.search(clause_around(sentence, c.start(), c.end())) for c in _CAN_CLIMB.finditer(sentence))


_ALSO_FINE = re.compile(r"也(?:行|可以|中|成)|都(?:行|可以|中|成)")


def _seeker_modality(text: str, start: int, end: int, cue: Cue) -> Modality:
    if cue.family is Family.LODGING or cue.code == "part_time":
        return Modality.WISH
    clause = clause_around(text, start, end)
    if cue.code == "home_only" and re.search(r"最好|希望|想|倾向", clause) and not re.search(r"只能|必须|只", clause):
        return Modality.LIMIT if home_bound(text) else Modality.WISH  # "出门不方便，想在家里做点手工": cannot go out
    if cue.code == "home_only" and _ALSO_FINE.search(clause) and not home_bound(text):
        return Modality.WISH  # "在家赚钱的也行，出去上班也可以": one way among others
    return Modality.LIMIT
