"""Reading a posting's or a person's text into facts, every family at once."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from datetime import date

from matching import abilities
from matching.facts.ages import age_stated
from matching.facts.away import seeker_away
from matching.facts.body_asked import listed_refusals
from matching.facts.body_hands import hands_stated
from matching.facts.cues import PAST_WORK, Cue, clause_around, cues_for, matched_facts, sentence_of
from matching.facts.day_choice import day_choice
from matching.facts.day_length import rota_day
from matching.facts.day_parts import day_parts
from matching.facts.days import day_refused, seeker_days, weekdays_offered
from matching.facts.education import education_facts
from matching.facts.fact import MAX_TEXT, Fact, Family, Modality, distinct_facts, squeeze
from matching.facts.free_time import free_time_facts
from matching.facts.free_windows import within_said
from matching.facts.hour_corrections import corrected_hours
from matching.facts.hour_mends import mended_hours
from matching.facts.implied_licences import implied_licences
from matching.facts.kind_climate import climate_stated
from matching.facts.kind_hours import kind_hours
from matching.facts.kind_seated import seated_demands
from matching.facts.kinds import kind_demands, stated_demands
from matching.facts.language_level import basic_languages
from matching.facts.licence_years import driving_years_dated
from matching.facts.licences import certificates_lacked, certified_trade, licence_facts, trade_certificate_lacked
from matching.facts.load_weights import most_load, posted_loads
from matching.facts.loads import air_named, spells_valued
from matching.facts.lodging import posting_lodging
from matching.facts.lone_hours import delivery_post
from matching.facts.meal_hours import meal_hours
from matching.facts.own_hours import seeker_hours
from matching.facts.physical import posting_physical, riding_post, standing_post
from matching.facts.posted_start import posted_start
from matching.facts.refusals import refusals
from matching.facts.rest_days_free import rest_days_free
from matching.facts.round_clock import kind_nights
from matching.facts.schedule import schedule_facts
from matching.facts.seeker_conditions import seeker_conditions
from matching.facts.skills import posting_skills, seeker_skills
from matching.facts.slips import mended, quoted
from matching.facts.standing import standing_stated
from matching.facts.weekend_free import weekend_free
from matching.facts.whole_day import whole_day
from matching.facts.workdays import posting_workdays
from matching.facts.workplace import PLACE_CUES, not_this_place
from matching.facts.workweek import seeker_week
from matching.typed_text import Folding, folded

# Home work in a posting's own words, besides `workplace`'s remote cues: "（居家）" in a title, "可以在家做",
# "在家用电脑回复消息" (piecework and online jobs sent to people's homes).
_HOME_WORK = cues_for(
    Family.PLACE,
    remote=r"[（(](?:居家|在家|远程)(?:办公|工作|岗位?|版|兼职|上班|可做)?[）)]|在家(?:里)?(?:用电脑|做(?!饭|家务|家事)|干(?!家务))",
)
# A post reserved for (certified) disabled people: "只招残疾人", "面向持证残疾人的文员专岗", "残疾人专岗". Not
# "残疾人优先" (`disabled_welcome`): others may apply there.
_RESERVED = cues_for(
    Family.PHYSICAL,
    disabled_only=r"(?:只|仅)(?:招|限|招收|面向)(?:持证)?残疾人|(?:面向|限|限定)持(?:有)?(?:残疾人?)?证(?:的)?残疾人|"
    r"残疾人(?:专岗|专用岗位?|定向岗位?)|限(?:持证)?残疾人(?:报名|应聘)|"
    # the post's own hiring or certificate said plainly: "招残疾人朋友", "招收残疾人", "须持残疾证", "要求持有残疾人证"
    # (not a past hire, "曾招收残疾人员工"; a certificate only where asked: "持残疾证者享受补贴" is a subsidy, rev4)
    r"(?<![可也曾已经过])招(?:收|聘|录)?残疾人(?:朋友|员工|人士)?|"
    r"(?:须|需|需要|要求|必须|只|仅|限)持(?:有)?残疾(?:人)?(?:证|证件)|"
    r"持(?:有)?残疾(?:人)?(?:证|证件)(?:者)?(?:上岗|入职|方可|才能|才可)",  # "持残疾证上岗"
)
# ... unless its clause opens the post to others: "残疾人优先", "持残疾证者优先", or its sentence does: "健全人亦可",
# "招收残疾人员工，也欢迎健全人", "曾招收残疾人员工多名，欢迎大家应聘"
_OTHERS_TOO = re.compile(r"优先|亦可|也可|均可|也行|健全")
_OTHERS_IN_SENTENCE = re.compile(r"亦可|也可|均可|也行|健全|也欢迎|欢迎大家")


def _open_to_others(text: str, m: re.Match[str], cue: Cue) -> bool:
    if _OTHERS_IN_SENTENCE.search(sentence_of(text, m)):
        return True
    return bool(_OTHERS_TOO.search(clause_around(text, m.start(), m.end())))


def posting_facts(title: str, description: str, tags: Iterable[str] = ()) -> list[Fact]:
    """What a posting's words say about the job (the family, code, value and modality are in SCHEMA terms). Read
    full-width folded (Ａ２驾照 is A2驾照: `typed_text`); the evidence quotes the characters as typed."""
    tags = list(tags)
    found = _posting_facts(folded(title), folded(description), [folded(t) for t in tags])
    return _as_typed(found, _joined(title, description, tags))


def _posting_facts(title: str, description: str, tags: list[str]) -> list[Fact]:
    title, description, tags = squeeze(title), squeeze(description), [squeeze(t) for t in tags]
    text = _joined(title, description, tags)
    found: list[Fact] = []
    found += licence_facts(text, posting=True)
    found += certified_trade(title, text, found)
    found += schedule_facts(text, delivery=delivery_post(title))
    found += posting_workdays(text) + day_choice(text)  # "周六周日任选一天": the days alternatives
    found += rota_day(title, text, found)  # "两班倒" with no hours said: its 12-hour day
    found += meal_hours(text, found)  # "周末饭点兼职": the rush hours
    found += posting_lodging(text)
    found += whole_day(text, found)  # "上24休48", "住家": the whole day, as hours
    found += matched_facts(text, PLACE_CUES, past=PAST_WORK, unless=not_this_place)
    found += matched_facts(text, _HOME_WORK, past=PAST_WORK, unless=not_this_place)
    found += matched_facts(text, _RESERVED, unless=_open_to_others)
    found += spells_valued(posting_physical(text), text)
    found += air_named(text)
    found += standing_post(title[:MAX_TEXT], text, found) + riding_post(title[:MAX_TEXT], text)
    found += kind_demands(title[:MAX_TEXT], text, found) + stated_demands(text)
    found += climate_stated(text) + seated_demands(title[:MAX_TEXT], text)  # heat, noise, a seat (session 18)
    found += posted_loads(text) + hands_stated(text)  # "单件货物约25公斤": 25 kg; "双手操作"
    found += education_facts(text, posting=True, title=title)
    found += [_ability(said) for said in abilities.posting_said(text)]
    found += posting_skills(text)
    found += kind_nights(title, text, found)
    found += posted_start(text, found)  # "早上6点上班": a start alone
    found += day_parts(text, found)  # "周二周四上午打扫卫生": a part of the day, no clock
    found += kind_hours(title[:MAX_TEXT], text, found)  # "饭店洗碗工" saying no hours: to nine at night
    return distinct_facts(found)


def seeker_facts(
    desired_job: str, experience: str, skills: Iterable[str] = (), today: date | None = None
) -> list[Fact]:
    """What a person's own words say: limits, wishes, licences held or lacked, skills lacked, graduation, education, age,
    being out of work or registered hard to employ; graduations said relative to the day ("去年毕业") only when
    `today` is given. Sensitive facts (health: blood pressure, the heart, pregnancy, an operation, a weak chest,
    fits or giddiness; a wheelchair; deafness) are marked; the caller keeps them only under consent.
    Read full-width folded, as `posting_facts`."""
    skills = list(skills)
    plain = folded(desired_job), folded(experience), [folded(s) for s in skills]
    said = mended(plain[0]), mended(plain[1]), [mended(s) for s in plain[2]]  # voice input's slips (`slips`)
    found = quoted(_joined(*plain), _joined(*said), _seeker_facts(*said, today))
    return _as_typed(found, _joined(desired_job, experience, skills))


def _seeker_facts(desired_job: str, experience: str, skills: list[str], today: date | None) -> list[Fact]:
    desired_job, experience, skills = squeeze(desired_job), squeeze(experience), [squeeze(s) for s in skills]
    text = _joined(desired_job, experience, skills)
    found = seeker_conditions(text, desired_job) + listed_refusals(text)
    found += licence_facts(text, posting=False)
    lacked = certificates_lacked(text)  # 「干过电工，没有证」: the trade named is no certificate held
    found = [f for f in found if not any(f.code == x.code and f.evidence in x.evidence for x in lacked)] + lacked
    found += trade_certificate_lacked(desired_job, text, found)
    stated = {"driving" if f.code.startswith("driving") else f.code for f in found if f.family is Family.LICENCE}
    found += [f for f in implied_licences(experience[:MAX_TEXT]) if f.code not in stated]
    found += seeker_hours(text)
    said = free_time_facts(text)
    said += [f for f in weekdays_offered(text) if all(f.evidence != s.evidence for s in said)]
    said += [] if any(f.code == "free" for f in said) else weekend_free(text)
    found += said + within_said(seeker_week(text), said)
    found += seeker_days(text) + day_refused(text)
    found = corrected_hours(text, mended_hours(text, found))  # the hours read again in their clauses, and said over
    found += [] if any(f.code == "free" for f in found) else rest_days_free(text)  # "我们厂…": no place's hours
    found += education_facts(text, posting=False)
    found += age_stated(text)
    found += standing_stated(text, today)
    found += [] if today is None else driving_years_dated(text, today)
    found += [_ability(said) for said in abilities.seeker_said(text)]
    found += seeker_skills(text) + basic_languages(text)  # "会点英语": short of 英语流利
    found += seeker_away(text)
    found += most_load(text)  # "提东西不能超过五斤": 2.5 kg
    found += refusals(text)  # last: a limit the tables read keeps their words
    return distinct_facts(found)


def _ability(said: abilities.Said) -> Fact:
    modality = Modality.HAS if said.code == "major" else Modality.LIMIT
    if said.required is not None:
        modality = Modality.REQUIRED if said.required else Modality.PREFERRED
    return Fact(Family.ABILITY, said.code, said.evidence, 0.85, said.value, modality, said.sensitive)


def _joined(first: str, second: str, more: list[str]) -> str:
    """The one text the readers read: each part squeezed, the parts a line each, cut to MAX_TEXT."""
    parts = (squeeze(first), squeeze(second), " ".join(squeeze(m) for m in more))
    return "\n".join(part for part in parts if part)[:MAX_TEXT]


def _as_typed(found: list[Fact], typed: str) -> list[Fact]:
    """Each fact's evidence as the person typed it (A2驾照 read in Ａ２驾照 quotes Ａ２驾照)."""
    folding = Folding.of(typed)
    if not folding.changed:
        return found
    return [dataclasses.replace(f, evidence=folding.quote(f.evidence)) for f in found]
