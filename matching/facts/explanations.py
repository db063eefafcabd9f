"""Why a posting is shown to a person, in a few Chinese words: the limits it honours, the wishes it meets, and what it
asks that the person never mentions."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from matching.facts.bits import JobBits, licence_bit
from matching.facts.day_parts import part_words
from matching.facts.driving import PERMITS
from matching.facts.education import LEVEL_RANK
from matching.facts.fact import Fact, Family, Modality
from matching.facts.kinds import (
    AIR,
    BEND,
    COLD_WET,
    DEMAND_WORDS,
    EASED,
    FINE,
    HANDS,
    HEAT,
    HEIGHTS,
    LIFTING,
    NOISE,
    SITTING,
    STAIRS,
    STANDING,
    WALKING,
    stops_bending,
)
from matching.facts.licences import LICENCE_WORDS
from matching.facts.limits import Limits
from matching.facts.load_weights import load_words
from matching.facts.skills import same_skill
from matching.facts.trades import TITLED
from matching.facts.words import FACT_WORDS, RESERVED_WORDS, hours_words, words_of
from matching.facts.workdays import worked_weekdays

WEEKDAY_NAMES = "一二三四五六日"
_NUMBER_WRITTEN = re.compile(r"[0-9０-９一二两三四五六七八九十半]")
UNSAID = {False: "你的资料里没有提到", True: "求职者资料里没有提到"}
WROTE = {False: "你的资料里写了", True: "求职者资料里写了"}
MET_YEARS = {False: "符合你写的{}", True: "符合求职者写的{}"}
# JobBits as plain ints for `explain_facts`: `int & IntFlag` builds an enum member each time, and a page of 24 postings
# did some 240 of them (a fifth of its explanations' time). Same bits, same words.
_DISABLED_ONLY = int(JobBits.DISABLED_ONLY)
_NEEDS_EXPERIENCE = int(JobBits.NEEDS_EXPERIENCE)
_REMOTE = int(JobBits.REMOTE)
_NIGHT = int(JobBits.NIGHT)
_SHIFTS = int(JobBits.SHIFTS)
_DAY_SHIFT = int(JobBits.DAY_SHIFT)
_WEEKENDS_WORKED = int(JobBits.WEEKENDS_WORKED)
_WEEKENDS_OFF = int(JobBits.WEEKENDS_OFF)
_MEALS = int(JobBits.MEALS)
_HOUSING = int(JobBits.HOUSING)
_PART_TIME = int(JobBits.PART_TIME)


def explain_facts(
    limits: Limits, bits: int, job_facts: Sequence[Fact], *, employer: bool = False, today: date | None = None
) -> list[str]:
    """The words naming each of the seeker's limits a posting honours and wish it meets:
    「可居家办公 · 符合你的要求」「需A2驾照 · 你持A2」「需3年以上经验 · 符合你写的工作年限」「包吃包住」; a licence
    it requires that the person never mentions, or years of work from one who says nothing of any (「需持保安员证 ·
    你的资料里没有提到」; to an employer, 「求职者资料里没有提到」); and, for everyone, a post reserved for disabled
    people (「仅招持证残疾人」)."""
    words: list[str] = [RESERVED_WORDS] if bits & _DISABLED_ONLY else []
    for f in job_facts:
        if f.family is Family.LICENCE and f.modality is Modality.REQUIRED and licence_bit(f) & limits.unsaid:
            note = f"需持{LICENCE_WORDS.get(f.code, f.code)} · {UNSAID[employer]}"
        elif f.code == "experience_min" and bits & limits.unsaid & _NEEDS_EXPERIENCE:
            note = f"{_years_asked(f)} · {UNSAID[employer]}"
        else:
            continue
        if note not in words:
            words.append(note)
    words += _years_met(limits, job_facts, employer)
    words += _bounds_met(limits, job_facts, employer, today or date.today())
    if limits.require & _REMOTE and bits & _REMOTE:
        words.append("可居家办公 · 符合你的要求")
    if limits.exclude & _NIGHT and not bits & (_NIGHT | _SHIFTS):
        words.append("长白班 · 不上夜班" if bits & _DAY_SHIFT else "未写夜班")
    elif limits.no_night_rota and bits & _SHIFTS and not bits & _NIGHT:
        words.append("白天轮班 · 不上夜班")  # every shift the posting states ends by 22:00
    elif limits.exclude & _SHIFTS and not bits & _SHIFTS:
        words.append("未写倒班")  # "不想倒班": a steady shift, day or night
    if limits.exclude & _WEEKENDS_WORKED and not bits & _WEEKENDS_WORKED:
        words.append("双休 · 符合你的要求" if bits & _WEEKENDS_OFF else "未写周末上班")
    if limits.held_windows or limits.longest_day is not None:
        words += _hours_words(limits, job_facts)
    words += _days_words(limits, job_facts, employer)
    for f in job_facts:
        if f.family is Family.LICENCE and f.modality is Modality.REQUIRED and f.code.startswith("driving_"):
            held = [fact for fact in _held(limits) if f.code.removeprefix("driving_") in PERMITS.get(fact, frozenset())]
            if held:
                words.append(f"需{f.code.removeprefix('driving_')}驾照 · 你持{held[0]}")
        elif f.family is Family.ABILITY and f.code == "major" and f.modality is Modality.REQUIRED:
            studied = [m for _, m in limits.because if m.code == "major" and m.value in (f.value or "").split("/")]
            if studied:
                words.append(f"{words_of(f)} · 按简历中「{studied[0].evidence}」判断")
    words += _skills_preferred(limits, job_facts, employer)
    words += _eased_words(limits, job_facts, employer)
    words += load_words(limits.because, job_facts, WROTE[employer])  # "「单件约2公斤」… · 在…「不能超过五斤」…以内"
    words += _away_words(limits, bits, employer)
    met = limits.wishes & bits
    if met & _MEALS and met & _HOUSING:
        words.append("包吃包住")
    elif met & _HOUSING:
        words.append("包住")
    elif met & _MEALS:
        words.append("包吃")
    if met & _REMOTE and not limits.require & _REMOTE:
        words.append("可居家办公")
    if met & _PART_TIME:
        words.append("可兼职")
    return words


def _years_asked(f: Fact) -> str:
    """「需3年以上经验」 where the posting wrote the years; 「需有经验」 where they are read from 熟手/熟练/有经验 (a year at
    least, `years`), so the page never quotes a number the posting did not write."""
    return f"需{f.value}年以上经验" if _NUMBER_WRITTEN.search(f.evidence) else "需有经验"


def _asked_words(f: Fact) -> str:
    """The posting's own words for years it requires, quoted (「3年以上保洁经验」, 「招聘熟练电焊工」, 「驾龄3年」):
    never a number it did not write."""
    return f"「{f.evidence.rpartition(TITLED)[2]}」"


def _years_met(limits: Limits, job_facts: Sequence[Fact], employer: bool) -> list[str]:
    """「需3年以上经验 · 符合你写的工作年限」: years a posting requires that the person's own words meet."""
    words: list[str] = []
    for f in job_facts:
        years = int(f.value) if f.value and f.value.isdigit() else None
        if years is None:
            continue
        if f.code == "experience_min" and limits.experience is not None and limits.years_for(f) >= years:
            said = limits.years_said(f)
            met = MET_YEARS[employer].format(f"「{said}」" if said else "工作年限")
            note = f"{_asked_words(f) if said else _years_asked(f)} · {met}"
        elif f.code == "driving_years_min" and limits.driving_years is not None and limits.driving_years >= years:
            said = limits.driving_said
            met = MET_YEARS[employer].format(f"「{said}」" if said else "驾龄")
            note = f"{_asked_words(f) if said else f'需驾龄{years}年以上'} · {met}"
        else:
            continue
        if note not in words:
            words.append(note)
    return words


def _bounds_met(limits: Limits, job_facts: Sequence[Fact], employer: bool, today: date) -> list[str]:
    """「年龄18-45周岁」 · 符合你写的「今年四十二」, 「高中以上」 · 符合你写的「高中毕业」: a posting's age range or schooling
    that the person's own words meet, both quoted (a range their words only straddle is not said to be met)."""
    notes: list[str] = []
    for f in job_facts:
        if f.modality is not None:
            continue
        if f.code in ("age_range", "born_range") and limits.age_said and limits.within(f, today):
            said = limits.age_said
        elif f.code == "edu_min" and limits.education_said and limits.education is not None:
            said = limits.education_said if limits.education >= LEVEL_RANK.get(f.value or "", 99) else ""
        else:
            continue
        note = f"「{f.evidence}」 · {MET_YEARS[employer].format(f'「{said}」')}" if said else ""
        if note and note not in notes:
            notes.append(note)
    return notes


def _hours_words(limits: Limits, job_facts: Sequence[Fact]) -> list[str]:
    """A posting shown to a person whose day is limited passed `Limits.fits`: its hours are within what they said,
    or it states none, which they should ask about."""
    stated = [f for f in job_facts if f.code == "hours" and f.value]
    if stated:
        return [f"工作时间 {hours_words(stated[0].value or '')} · 在你能上班的时间内"]
    part = next((f for f in job_facts if f.code == "day_part" and f.value), None)
    if part is not None:  # "周二周四上午打扫卫生": a part met, its clock unsaid
        return [f"上班时段 {part_words(part.value or '')}（未写钟点） · 和你能上班的时间对得上"]
    return [] if any(f.code == "day_hours" for f in job_facts) else ["未写工作时间"]


def _days_words(limits: Limits, job_facts: Sequence[Fact], employer: bool) -> list[str]:
    """A posting shown to a person free on some days only passed `Limits.fits`: the days it names are among theirs
    (「上班日子 周三、周四 · 你的资料里写了「单位周三周四休息」」), or it names none (part-time, 时间自由), which they
    should ask about."""
    if not limits.free_days or not limits.days_said:
        return []
    named = worked_weekdays(job_facts)
    days = "、".join(f"周{WEEKDAY_NAMES[d - 1]}" for d in sorted(named))
    return [f"{f'上班日子 {days}' if named else '未写上班日子'} · {WROTE[employer]}「{limits.days_said}」"]


def _skills_preferred(limits: Limits, job_facts: Sequence[Fact], employer: bool) -> list[str]:
    """A skill the posting only prefers and the person says they lack: shown, and said so both ways round
    (「会看图纸/CAD优先 · 你的资料里写了「看不懂图纸」」). A required one never reaches the page."""
    lacked = {(f.code, f.value): f for _, f in limits.because if f.family is Family.SKILL}
    notes = []
    for f in job_facts:
        if f.family is not Family.SKILL or f.modality is not Modality.PREFERRED:
            continue
        said = next(
            (s for (code, value), s in lacked.items() if code == f.code and same_skill(value, f.value, f.evidence)),
            None,
        )
        note = None if said is None else f"{words_of(f)} · {WROTE[employer]}「{said.evidence}」"
        if note is not None and note not in notes:
            notes.append(note)
    return notes


# which of a person's limits refuses each demand a job's kind implies (`kinds`): the words quoted are that limit's
_REFUSES: dict[str, Callable[[int, Fact], bool]] = {
    BEND: lambda bits, f: stops_bending(f),
    COLD_WET: lambda bits, f: f.code == "no_cold_wet",
    STAIRS: lambda bits, f: f.code in ("no_stairs", "no_walking", "wheelchair", "no_lifting"),
    LIFTING: lambda bits, f: bool(bits & int(JobBits.LIFTING)),
    STANDING: lambda bits, f: bool(bits & int(JobBits.STANDING)) or f.code == "no_standing",
    WALKING: lambda bits, f: f.code in ("no_walking", "wheelchair"),
    HEIGHTS: lambda bits, f: bool(bits & int(JobBits.HEIGHT)),
    FINE: lambda bits, f: f.code == "no_fine_sight",
    AIR: lambda bits, f: f.code == "no_dust",
    HEAT: lambda bits, f: f.code == "no_heat",
    NOISE: lambda bits, f: f.code == "no_noise",
    SITTING: lambda bits, f: f.code == "no_sitting",
    HANDS: lambda bits, f: f.code == "no_hands",
}


def _eased_words(limits: Limits, job_facts: Sequence[Fact], employer: bool) -> list[str]:
    """A posting whose kind asks what the person refuses, shown because its own words ease it: 「保洁常需弯腰，岗位写了
    「不用弯腰」 · 你的资料里写了「腰不好」」 (`kinds`; one that does not ease it is out, `Limits.fits`)."""
    refused = limits.refused
    notes = []
    for f in job_facts:
        if f.code != EASED or f.value not in refused:
            continue
        said = next((s for bits, s in limits.because if _REFUSES[f.value or ""](bits, s)), None)
        note = f"{DEMAND_WORDS[f.value or '']}，岗位写了「{f.evidence}」"
        quoted = said is not None and not (employer and said.sensitive)  # health is not quoted to an employer
        notes.append(f"{note} · {WROTE[employer]}「{said.evidence}」" if quoted and said else note)
    return list(dict.fromkeys(notes))


def _away_words(limits: Limits, bits: int, employer: bool) -> list[str]:
    """Trips or field work a posting names, not of the kind the person refuses (frequent, sales), for a person who
    refuses only that kind (「需出差 · 你的资料里写了「不能经常出差」」): shown, and said so both ways round."""
    posted = {"travel": JobBits.TRAVEL, "field": JobBits.FIELD}
    notes = [
        f"{FACT_WORDS[code]} · {WROTE[employer]}「{f.evidence}」"
        for _, f in limits.because
        for code, kind in limits.away_kinds
        if f.code == f"no_{code}" and f.value == kind and bits & posted[code]
    ]
    return list(dict.fromkeys(notes))


def _held(limits: Limits) -> list[str]:
    return [
        f.code.removeprefix("driving_")
        for _, f in limits.because
        if f.family is Family.LICENCE and f.modality is Modality.HAS and f.code.startswith("driving_")
    ]
