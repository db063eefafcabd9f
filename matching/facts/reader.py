"""Reading a posting's or a person's text into facts, every family at once."""

from __future__ import annotations

import re
from collections.abc import Iterable

from matching import abilities
from matching.facts.cues import _clause, _Cue, _cues, _matched, _negated
from matching.facts.education import _education
from matching.facts.fact import MAX_TEXT, Fact, Family, Modality, _distinct, _evidence
from matching.facts.licences import _NO_LICENCES, _certified_trade, _licences, implied_licences
from matching.facts.schedule import _free_times, _hours, _schedule
from matching.facts.workplace import (
    _LODGING_CUES,
    _NOT_PROVIDED,
    _PAST_WORK,
    _PHYSICAL_CUES,
    _PLACE_CUES,
    _PREPARES,
    _SUPERVISES,
    _not_this_body,
    _not_this_place,
)
from matching.facts.years import _SOMEONE_ELSE, age_stated

_SEEKER_CUES = [
    _Cue(
        Family.PLACE,
        "home_only",
        re.compile(
            r"只能(?:在家|居家)|(?:在家|居家)(?:里)?(?:工作|干活|办公|上班|就业|做事|做点|做|干)(?!饭)|不方便出门|出不了门|"
            r"不能出门|离不开家|足不出户|远程工作"
        ),
        0.85,
        False,
    ),
    _Cue(
        Family.SCHEDULE,
        "no_night",
        re.compile(
            r"不(?:能|想|愿意?|方便)?(?:上|做|干)?(?:夜班|晚班)|(?:上|做|干)不了(?:夜班|晚班)|不熬夜|"
            r"只(?:能|想|上|做)?(?:上|做)?白班|只能(?:上|做|干)?白天|白天(?:才)?(?:能|有空)|接送孩子|"
            r"夜班(?:也|都|就|是)?(?:不行|不上|不做|不干|干不了|上不了|不能上|不接受)|晚上(?:不开车|不行|熬不住|不能干|不干)"
        ),
        0.85,
        False,
    ),
    _Cue(  # a fixed shift, day or night: rotas are out, a steady night shift is not
        Family.SCHEDULE,
        "no_shifts",
        re.compile(
            r"不(?:能|想|愿意?|接受|要|上)?(?:倒班|轮班)|(?:倒班|轮班)(?:也|都|就|是)?(?:不行|不上|不做|不干|干不了|上不了|不接受)|"
            r"(?:只|想)(?:上|做)?固定(?:的)?班"
        ),
        0.85,
        False,
    ),
    _Cue(  # evenings taken by family: no job that runs into them (`bits.EVENING_FROM`)
        Family.SCHEDULE,
        "no_evening",
        re.compile(r"晚上(?:要|得|需要)?(?:回家|回去|带|照顾|陪|看|接|管|辅导)"),
        0.8,
        False,
    ),
    _Cue(Family.SCHEDULE, "part_time", re.compile(r"兼职|打零工|零工|日结|小时工|钟点工|临时工|短期(?:工|的)"), 0.8),
    _Cue(Family.LODGING, "housing", re.compile(r"包吃包住|包吃住|包食宿|包住|有宿舍|管吃管住|管住|提供住宿"), 0.85),
    _Cue(Family.LODGING, "meals", re.compile(r"包吃包住|包吃住|包食宿|包吃|管吃|管饭|提供(?:工作)?餐"), 0.85),
    _Cue(
        Family.PHYSICAL,
        "no_lifting",
        re.compile(
            r"(?:不能|干不了|做不了|不能干|搬不了|提不了|拿不动|搬不动|扛不了|不适合|不想干)(?:重活|重物|体力活|搬运|搬东西|力气活|扛东西|提东西|扛重物?|搬重物?)|"
            r"腰(?:不好|椎|间盘|伤|肌劳损)|不能(?:提|搬|扛)重|(?:重东西|重物|重的)[^，。；,]{0,3}(?:搬不动|拿不动|提不动|扛不动)"
        ),
        0.8,
        False,
    ),
    _Cue(
        Family.PHYSICAL,
        "no_standing",
        re.compile(
            r"不能久站|站不了|站不久|腿脚不(?:便|好|方便)|不能长时间站|(?:不能|没法)站太久|久站(?:不行|受不了|吃不消)|"
            r"站久了?[^，。；,;]{0,3}(?:受不了|不行|吃不消|疼|痛)"
        ),
        0.8,
        False,
    ),
    _Cue(
        Family.PHYSICAL,
        "no_height",
        re.compile(r"(?:不能|不敢|没法)(?:爬高|登高)|恐高|高的地方不敢|爬不了高"),
        0.8,
        False,
    ),
    _Cue(
        Family.PHYSICAL, "no_riding", re.compile(r"不会骑(?:电动车|电瓶车|摩托车|车)?|没有电动车|没电动车"), 0.8, False
    ),
]
_SENSITIVE_CUES = [
    _Cue(Family.PHYSICAL, "wheelchair", re.compile(r"坐轮椅|轮椅|下肢(?:残疾|瘫痪)|截瘫|双腿残疾"), 0.85, False),
    _Cue(
        Family.PHYSICAL,
        "deaf",
        re.compile(r"聋哑|听障|听力(?:[一二三四]级)?(?:不好|障碍|残疾|很差)|耳聋|戴助听器"),
        0.85,
        False,
    ),
]


# Home work in a posting's own words, besides `workplace`'s remote cues: "（居家）" in a title, "可以在家做",
# "在家用电脑回复消息" (piecework and online jobs sent to people's homes).
_HOME_WORK = _cues(
    Family.PLACE,
    remote=r"[（(](?:居家|在家|远程)(?:办公|工作|岗位?|版|兼职|上班|可做)?[）)]|在家(?:里)?(?:用电脑|做(?!饭|家务|家事)|干(?!家务))",
)
# A post reserved for (certified) disabled people: "只招残疾人", "面向持证残疾人的文员专岗", "残疾人专岗". Not
# "残疾人优先" (`disabled_welcome`): others may apply there.
_RESERVED = _cues(
    Family.PHYSICAL,
    disabled_only=r"(?:只|仅)(?:招|限|招收|面向)(?:持证)?残疾人|(?:面向|限|限定)持(?:有)?(?:残疾人?)?证(?:的)?残疾人|"
    r"残疾人(?:专岗|专用岗位?|定向岗位?)|限(?:持证)?残疾人(?:报名|应聘)",
)
# The job a person asks for is itself home work ("居家客服", "在家办公"): what they search for rules out on-site
# work. Not "居家保洁"/"居家养老", which are done in clients' homes; not when the asked-for job is hedged.
_HOME_JOB = re.compile(r"(?:居家|在家|远程)(?:办公|工作|上班|客服|兼职|手工活?|录入|打字)")
_HEDGED = re.compile(r"最好|希望|倾向|也行|也可|都行|都可以|优先")


def posting_facts(title: str, description: str, tags: Iterable[str] = ()) -> list[Fact]:
    """What a posting's words say about the job (the family, code, value and modality are in SCHEMA terms)."""
    text = "\n".join(part for part in (title, description, " ".join(tags)) if part)[:MAX_TEXT]
    found: list[Fact] = []
    found += _licences(text, posting=True)
    found += _certified_trade(title, text, found)
    found += _schedule(text)
    found += _matched(text, _LODGING_CUES, duty=_PREPARES, unless_after=_NOT_PROVIDED)
    found += _matched(text, _PLACE_CUES, past=_PAST_WORK, unless=_not_this_place)
    found += _matched(text, _HOME_WORK, past=_PAST_WORK, unless=_not_this_place)
    found += _matched(text, _RESERVED)
    found += _matched(text, _PHYSICAL_CUES, past=_PAST_WORK, duty=_SUPERVISES, unless=_not_this_body)
    found += _education(text, posting=True)
    found += [_ability(said) for said in abilities.posting_said(text)]
    return _distinct(found)


def seeker_facts(desired_job: str, experience: str, skills: Iterable[str] = ()) -> list[Fact]:
    """What a person's own words say: limits, wishes, licences held or lacked, graduation, education, age.
    Sensitive facts (wheelchair, deafness) are marked; the caller keeps them only under consent."""
    text = "\n".join(part for part in (desired_job, experience, " ".join(skills)) if part)[:MAX_TEXT]
    found: list[Fact] = []
    for cue in _SEEKER_CUES:
        for m in cue.pattern.finditer(text):
            if cue.negatable and _negated(text, m.start()):
                continue
            modality = _seeker_modality(text, m.start(), m.end(), cue)
            found.append(Fact(cue.family, cue.code, _evidence(m.group(0)), cue.confidence, None, modality))
    home_job = None if _HEDGED.search(desired_job) else _HOME_JOB.search(desired_job[:MAX_TEXT])
    if home_job is not None:
        found.append(Fact(Family.PLACE, "home_only", _evidence(home_job.group(0)), 0.85, None, Modality.LIMIT))
    for cue in _SENSITIVE_CUES:
        for m in cue.pattern.finditer(text):
            if _SOMEONE_ELSE.search(text[max(0, m.start() - 8) : m.start()]):
                continue  # "我妈听力不好", "老伴坐轮椅": someone the person looks after
            found.append(Fact(cue.family, cue.code, _evidence(m.group(0)), cue.confidence, None, Modality.LIMIT, True))
    found += _licences(text, posting=False)
    for m in _NO_LICENCES.finditer(text):
        found.append(Fact(Family.LICENCE, "none", _evidence(m.group(0)), 0.8, None, Modality.HAS))
    stated = {"driving" if f.code.startswith("driving") else f.code for f in found if f.family is Family.LICENCE}
    found += [f for f in implied_licences(experience[:MAX_TEXT]) if f.code not in stated]
    found += _hours(text, seeker=True)
    found += _free_times(text)
    found += _education(text, posting=False)
    found += age_stated(text)
    found += [_ability(said) for said in abilities.seeker_said(text)]
    return _distinct(found)


def _ability(said: abilities.Said) -> Fact:
    modality = Modality.HAS if said.code == "major" else Modality.LIMIT
    if said.required is not None:
        modality = Modality.REQUIRED if said.required else Modality.PREFERRED
    return Fact(Family.ABILITY, said.code, said.evidence, 0.85, said.value, modality, said.sensitive)


def _seeker_modality(text: str, start: int, end: int, cue: _Cue) -> Modality:
    if cue.family is Family.LODGING or cue.code == "part_time":
        return Modality.WISH
    clause = _clause(text, start, end)
    if cue.code == "home_only" and re.search(r"最好|希望|想|倾向", clause) and not re.search(r"只能|必须|只", clause):
        return Modality.WISH
    return Modality.LIMIT
