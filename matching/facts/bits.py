"""A posting's facts as bits: the codes matching reads, the bit each sets, and `job_bits`."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntFlag

from matching import abilities
from matching.facts.clocks import DAY_START, LATE_END
from matching.facts.driving import DRIVING_CLASSES, PERMITS
from matching.facts.fact import Fact, Family, Modality
from matching.facts.hour_spans import spans_of
from matching.facts.hours_unshown import arranged_rota
from matching.facts.schedule import rota_by_day

SEEKER_CODES = frozenset(
    {
        "home_only",
        "no_night",
        "no_evening",
        "no_shifts",
        "no_lifting",
        "no_standing",
        "no_height",
        "no_riding",
        "no_walking",
        "no_stairs",
        "no_dust",
        "no_weekends",
        "no_overtime",
        "max_hours",
        "max_days",
        "day_refused",
        "wheelchair",
        "deaf",
        "none",
        "free",
        "out_of_work",  # the programmes read these two (`app.services.engine.eligibility`); no limit
        "hard_to_employ",
        "no_live_in",
        "no_travel",
        "no_field",
        "no_driving",
    }
)
VALUE_CODES = frozenset(
    {
        "hours",
        "starts",
        "day_part",
        "day_hours",
        "max_hours",
        "max_days",
        "day_refused",
        "workdays",
        "edu_min",
        "edu",
        "fresh_graduate",
        "graduation",
        "experience_min",
        "experience",
        "age_range",
        "age",
        "born",
        "born_range",
        "zodiac",
        "own_year",
        "driving_years_min",
        "driving_years",
    }
)


class JobBits(IntFlag):
    """A posting's facts as bits, for exact filtering inside the circle (the score table keeps one per posting)."""

    REMOTE = 1 << 0
    FIELD = 1 << 1
    TRAVEL = 1 << 2
    CLIENT_SITE = 1 << 3
    NIGHT = 1 << 4
    SHIFTS = 1 << 5
    DAY_SHIFT = 1 << 6
    PART_TIME = 1 << 7
    WEEKENDS_OFF = 1 << 8
    MEALS = 1 << 9
    HOUSING = 1 << 10
    LIVE_IN = 1 << 11
    LIFTING = 1 << 12
    STANDING = 1 << 13
    RIDING = 1 << 14
    HEIGHT = 1 << 15
    STRENUOUS = 1 << 16
    DISABLED_WELCOME = 1 << 17
    WHEELCHAIR_OK = 1 << 18
    DEAF_OK = 1 << 19
    NEEDS_COMPUTER = abilities.COMPUTER_BIT  # 20
    NEEDS_EYESIGHT = abilities.EYESIGHT_BIT  # 21
    NEEDS_PHONE = abilities.PHONE_BIT  # 22
    DISABLED_ONLY = 1 << 23  # a post reserved for certified disabled people ("只招残疾人"): shown, and said so
    # bits 45..57: the majors a posting that requires one does not take (abilities.MAJOR_BIT)
    WEEKENDS_WORKED = 1 << 58  # "单休", "月休4天", "周末需上班": some weekends are worked
    # licences a posting requires (preferred ones never exclude anyone)
    NEEDS_DRIVING = 1 << 24  # some driving licence, class not stated
    NEEDS_FORKLIFT = 1 << 32
    NEEDS_WELDER = 1 << 33
    NEEDS_ELECTRICIAN = 1 << 34
    NEEDS_HEIGHT_WORK = 1 << 35
    NEEDS_CRANE = 1 << 36
    NEEDS_HEALTH = 1 << 37
    NEEDS_MATERNITY = 1 << 38
    NEEDS_ELDER_CARE = 1 << 39
    NEEDS_ACCOUNTING = 1 << 40
    NEEDS_SECURITY = 1 << 41
    NEEDS_CHEF = 1 << 42
    NEEDS_NURSE = 1 << 43
    NEEDS_TEACHER = 1 << 44
    # skills a posting requires (`skills`); drawings, cooking and a foreign language have no bit left: `Limits.fits`
    NEEDS_SMARTPHONE = 1 << 59
    NEEDS_MANDARIN = 1 << 60
    NEEDS_LITERACY = 1 << 61
    # a year or more of work a posting requires, for the people who say nothing of theirs: demoted and told, never
    # left out (`Limits.unsaid`), as an unmentioned licence is
    NEEDS_EXPERIENCE = 1 << 62  # the last bit an int64 column holds


DRIVING_BIT = {c: 1 << (25 + i) for i, c in enumerate(DRIVING_CLASSES)}  # bits 25..31: a class required
ALL_DRIVING = int(JobBits.NEEDS_DRIVING) | sum(DRIVING_BIT.values())
PLAIN_BITS = {
    "remote": JobBits.REMOTE,
    "field": JobBits.FIELD,
    "travel": JobBits.TRAVEL,
    "client_site": JobBits.CLIENT_SITE,
    "night": JobBits.NIGHT,
    "shifts": JobBits.SHIFTS,
    "day_shift": JobBits.DAY_SHIFT,
    "part_time": JobBits.PART_TIME,
    "weekends_off": JobBits.WEEKENDS_OFF,
    "weekends_worked": JobBits.WEEKENDS_WORKED,
    "meals": JobBits.MEALS,
    "housing": JobBits.HOUSING,
    "live_in": JobBits.LIVE_IN,
    "lifting": JobBits.LIFTING,
    "standing": JobBits.STANDING,
    "riding": JobBits.RIDING,
    "height": JobBits.HEIGHT,
    "strenuous": JobBits.STRENUOUS,
    "disabled_welcome": JobBits.DISABLED_WELCOME,
    "disabled_only": JobBits.DISABLED_ONLY,
    "wheelchair_ok": JobBits.WHEELCHAIR_OK,
    "deaf_ok": JobBits.DEAF_OK,
}
LICENCE_BITS = {
    "driving": JobBits.NEEDS_DRIVING,
    "forklift": JobBits.NEEDS_FORKLIFT,
    "welder": JobBits.NEEDS_WELDER,
    "electrician": JobBits.NEEDS_ELECTRICIAN,
    "height_work": JobBits.NEEDS_HEIGHT_WORK,
    "crane": JobBits.NEEDS_CRANE,
    "health": JobBits.NEEDS_HEALTH,
    "maternity": JobBits.NEEDS_MATERNITY,
    "elder_care": JobBits.NEEDS_ELDER_CARE,
    "accounting": JobBits.NEEDS_ACCOUNTING,
    "security": JobBits.NEEDS_SECURITY,
    "chef": JobBits.NEEDS_CHEF,
    "nurse": JobBits.NEEDS_NURSE,
    "teacher": JobBits.NEEDS_TEACHER,
}

# physical facts valued apart, which `Limits.fits` reads: stairs (`no_stairs`), a short spell on one's feet (`stands_none`)
_UNBITTED = frozenset({"stairs", "short"})

SKILL_BITS = {
    "smartphone": JobBits.NEEDS_SMARTPHONE,
    "mandarin": JobBits.NEEDS_MANDARIN,
    "literacy": JobBits.NEEDS_LITERACY,
}


# Licences a posting requires that a person is neither demoted for when never mentioning them nor excluded for when
# listing others or saying theirs has lapsed: a 健康证 is a routine medical check most employers send new staff to
# (「入职需办健康证」), renewed in days, not a qualification the person lacks.
UNDEMOTED_LICENCES = frozenset({"health"})


def licence_bit(fact: Fact) -> int:
    """The bit a posting's required licence sets (a driving class: the one of its alternatives most permit)."""
    if fact.code.startswith("driving_"):
        return DRIVING_BIT[_most_permitted(fact.value.split("/")) if fact.value else fact.code.removeprefix("driving_")]
    return int(LICENCE_BITS.get(fact.code, 0))


def job_bits(facts: Iterable[Fact]) -> int:
    bits = 0
    facts = list(facts)
    for f in facts:
        if f.family is Family.LICENCE:
            if f.modality is Modality.REQUIRED:
                bits |= licence_bit(f)
        elif f.family is Family.ABILITY:
            bits |= abilities.job_bits(f.code, f.value) if f.modality is Modality.REQUIRED else 0
        elif f.family is Family.SKILL:
            bits |= int(SKILL_BITS.get(f.code, 0)) if f.modality is Modality.REQUIRED else 0
        elif f.code in PLAIN_BITS and f.modality is not Modality.PREFERRED and f.value not in _UNBITTED:
            bits |= int(PLAIN_BITS[f.code])  # not "钟点或住家" (one option), stairs nor a short spell standing
        elif f.code == "experience_min" and f.modality is None and f.value and f.value.isdigit() and int(f.value):
            bits |= int(JobBits.NEEDS_EXPERIENCE)
    if arranged_rota(facts):  # so no weekend is implied worked by a rota below either
        bits &= ~int(JobBits.SHIFTS)  # "排班灵活，可兼职": arranged round the worker's hours, no rota a window refuses
    if bits & JobBits.DAY_SHIFT and not bits & JobBits.SHIFTS:
        bits &= ~int(JobBits.NIGHT)  # "长白班，无夜班补贴" style mentions: a day-only job
    worked = [f for f in facts if f.code == "weekends_worked"]
    if bits & JobBits.WEEKENDS_OFF and all(f.evidence.startswith("节假日") for f in worked):
        bits &= ~int(JobBits.WEEKENDS_WORKED)  # "周末双休，节假日正常上班": holidays, not weekends
    spans = spans_of(facts)
    if any(at_night(span) for span in spans) and not rota_by_day(facts):  # "两班倒但没有夜班…中班15-23点"
        bits |= int(JobBits.NIGHT)  # "22:00-08:00", "18:00-03:00": night work, whatever the words call it
    if any(f.code == "workdays" and f.value and set(f.value) & {"6", "7"} for f in facts):
        bits |= int(JobBits.WEEKENDS_WORKED)  # "周末班", "周一至周六": a weekend day named as worked
    if bits & JobBits.SHIFTS and not bits & JobBits.WEEKENDS_OFF:
        bits |= int(JobBits.WEEKENDS_WORKED)  # a rota keeps the place open every day: its weekends are worked
    return bits


# hours that end after 23:00 or start before 5:00 are night work; the legal night is 22:00-06:00, but a 5:30 start
# ("早上5点半到岗") and a 23:00 end are what the persona judges take as early and late shifts (`schedule.LATE_END`)
NIGHT_FROM, NIGHT_UNTIL = LATE_END, DAY_START


def at_night(span: tuple[int, int]) -> bool:
    start, end = span
    return end > NIGHT_FROM or start < NIGHT_UNTIL


def _most_permitted(classes: list[str]) -> str:
    """Of alternatives ("C1/C2"), the class the most licences permit: holding any of them is enough."""
    known = [c for c in classes if c in PERMITS]
    return max(known, key=lambda c: sum(c in allowed for allowed in PERMITS.values())) if known else "C1"
