"""What a person's facts rule out, require and wish for (`seeker_limits`, from the bits each sets: `seeker_bits`),
and a graduation they wrote."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from matching import abilities
from matching.facts.ages import ZODIAC_SIGNS
from matching.facts.away import KINDS
from matching.facts.bits import SKILL_BITS, UNDEMOTED_LICENCES, JobBits
from matching.facts.days import most_days
from matching.facts.driving import PERMITS
from matching.facts.education import LEVEL_RANK
from matching.facts.fact import Fact, Family, Modality
from matching.facts.kinds import stops_bending
from matching.facts.licences import UNBITTED_LICENCES
from matching.facts.limits import ANY_YEARS, Limits
from matching.facts.load_weights import MOST_LOAD, REFUSED_MOST_KG
from matching.facts.refusals import ANY_STANDING
from matching.facts.seeker_bits import AWAY_BITS, Tally, holds_driving, tally_each, tally_hours, tally_listed_licences
from matching.facts.trades import untried


def seeker_limits(facts: Iterable[Fact], *, disabled: bool = False) -> Limits:
    """What a person's facts rule out, require, wish for and leave unsaid. `disabled`: the person declares the
    disabled group (a field, under its consent); without it, or a disability stated under that consent, a post reserved
    for certified disabled people is demoted like an unsaid licence (shown, and said so: 「仅招持证残疾人」)."""
    facts = list(facts)
    tally = Tally()
    held = {c for f in facts if holds_driving(f) for c in PERMITS[f.code.removeprefix("driving_")]}
    kinds = tally_each(tally, facts, held)
    unsaid = tally_listed_licences(tally, facts, held)
    if not any(f.code in ("experience", "graduation") for f in facts):
        unsaid |= int(JobBits.NEEDS_EXPERIENCE)  # no word of any work: years a posting asks are not known to be held
    if not disabled and not any(_disability(f) for f in facts):
        unsaid |= int(JobBits.DISABLED_ONLY)  # nothing says the person holds the certificate the post asks for
    day = tally_hours(tally, facts)
    exclude = tally.exclude
    values = {f.code: f for f in facts if f.value}
    sign = values["zodiac"].value if "zodiac" in values else None
    graduated = graduation_of(facts)
    longest = _numbers(facts, "max_hours")  # "一天最多四五个小时": 5
    return Limits(
        tally.require,
        exclude & ~tally.require,
        tally.wishes,
        tuple((bits, f) for bits, f in tally.because if not _refused_whole(f, exclude)),
        _span(values["age"].value) if "age" in values else None,
        LEVEL_RANK.get(values["edu"].value or "") if "edu" in values else None,
        day.window,
        None if graduated is None else graduated[0],
        max(_numbers(facts, "experience", lambda f: not untried(f.evidence)), default=None),
        unsaid & ~exclude,
        day.windows,
        max(longest) * 60 if longest else None,
        tuple(dict.fromkeys((f.code, f.value) for f in facts if _lacks_unbitted(f))),
        _span(values["born"].value) if "born" in values else None,
        max(_numbers(facts, "driving_years"), default=None),
        ZODIAC_SIGNS.index(sign) if sign and sign in ZODIAC_SIGNS else None,
        tuple((f.evidence, int(f.value or ANY_YEARS)) for f in facts if f.code == "experience"),
        tuple(f.value or "" for f in facts if f.code == "electrician" and f.modality is Modality.HAS),
        tuple(dict.fromkeys((code, kind) for code, kind in kinds if not exclude & AWAY_BITS[f"no_{code}"])),
        no_night_rota=(any(f.code == "no_night" for f in facts) or bool(day.held_windows))
        and not exclude & JobBits.SHIFTS,
        most_days=most_days(facts),
        days_refused=frozenset(int(f.value) for f in facts if f.code == "day_refused" and f.value),
        free_days=_free_days(facts),
        days_said=_days_said(facts),
        no_stairs=any(_fails_on_stairs(f) for f in facts),
        deaf=any(f.code == "deaf" for f in facts),
        no_talking=any(f.code in ("no_talking", "no_speech") for f in facts),
        no_phone_sales=any(f.code == "no_phone" and f.value == "sales" for f in facts),
        no_overtime=any(f.code == "no_overtime" for f in facts),
        no_dust=any(f.code == "no_dust" for f in facts),
        stands_none=any(f.code == "wheelchair" or (f.code == "no_standing" and f.value == ANY_STANDING) for f in facts),
        licences_lacked=_unbitted_lacked(facts),
        no_bending=any(stops_bending(f) for f in facts),
        no_cold_wet=any(f.code == "no_cold_wet" for f in facts),
        stairs_said=any(_stairs_said(f) for f in facts),
        most_load_kg=_most_load_kg(facts),
        own_year=any(f.code == "own_year" for f in facts),
        driving_said=_driving_said(facts),
        age_said=next((f.evidence for f in facts if f.code in ("age", "born") and f.value), ""),
        education_said=values["edu"].evidence if "edu" in values else "",
        teacher=tuple(f.value or "" for f in facts if f.code == "teacher" and f.modality is Modality.HAS),
        day_shift=day.day_shift,
        evenings_taken=day.evenings_taken,
    )


def _free_days(facts: list[Fact]) -> frozenset[int]:
    """The ISO weekdays the person names free ("周末两天有空": {6, 7}); empty where they name every day or none."""
    days = {int(d) for f in facts if f.code == "free" and f.value for d in f.value.partition(" ")[0] if d.isdigit()}
    return frozenset(days) if len(days) < 7 else frozenset()


def _days_said(facts: list[Fact]) -> str:
    """The words in which the person names the days they are free ("我周一三五有空"), "" where they name none."""
    named = (f.evidence for f in facts if f.code == "free" and f.value and not f.value.startswith("1234567 "))
    return "…".join(dict.fromkeys(named))


def _driving_said(facts: list[Fact]) -> str:
    """The words of the longest 驾龄 the person states ("本子拿了八年"), "" where they state none."""
    held = [f for f in facts if f.code == "driving_years" and f.value and f.value.isdigit()]
    return max(held, key=lambda f: int(f.value or 0)).evidence if held else ""


def _unbitted_lacked(facts: list[Fact]) -> tuple[str, ...]:
    """The licences with no bit the person lacks: said so ("没有危化品押运证"), or not among those they list or their
    past work implies (a listing person lacks the others, as `seeker_bits.tally_listed_licences` has it for bits)."""
    licences = [f for f in facts if f.family is Family.LICENCE]
    held = {f.code for f in licences if f.modality in (Modality.HAS, Modality.IMPLIED)}
    said = {f.code for f in licences if f.modality is Modality.LACKS}
    lists = any(f.modality is Modality.HAS and f.code not in UNDEMOTED_LICENCES for f in licences)
    if "none" in held:
        held = set()  # "没有什么证": none held, whatever past work implies
    return tuple(sorted(c for c in UNBITTED_LICENCES if c in said - held or (lists and c not in held)))


# a limit of loads alone: the back, arms and hands, squatting or kneeling, or the weight itself ("腰椎间盘突出", "重的不敢搬",
# "蹲不下去", "跪不下去")
_LOADS_ONLY = re.compile(r"腰|椎|手(?!术)|胳膊|臂|肩|重|搬|扛|提|拿|抬|拎|弯|蹲|跪")


def _fails_on_stairs(f: Fact) -> bool:
    """Knees, legs, a wheelchair, the heart, pregnancy or strength (and stairs said outright), not a back alone."""
    if f.code in ("no_walking", "wheelchair", "no_stairs"):
        return True
    return f.code == "no_lifting" and not _LOADS_ONLY.search(f.evidence)


def _stairs_said(f: Fact) -> bool:
    """Stairs in the person's words (walking said to fail as an act among them, `body_acts`), or a wheelchair (the third
    review); not legs named alone ("老寒腿", "腿脚不好"), which the judges kept for 外卖."""
    return f.code in ("no_stairs", "wheelchair") or (f.code in ("no_lifting", "no_walking") and "楼" in f.evidence)


def _most_load_kg(facts: list[Fact]) -> float | None:
    """The least most the person states ("提东西不能超过五斤": 2.5), else `REFUSED_MOST_KG` where they refuse loads with no
    weight in words of loads, the back or the arms ("搬东西更不行", "重的搬不动", "腰椎间盘"); not knees, legs or the heart
    alone ("膝盖半月板", "老寒腿": dev13's judge kept a 面粉 post of 五十斤 a sack for the knee)."""
    stated = [float(f.value) for f in facts if f.code == MOST_LOAD and f.value]
    if stated:
        return min(stated)
    refused = any(
        f.code == "no_lifting" and f.modality is Modality.LIMIT and _LOADS_ONLY.search(f.evidence) for f in facts
    )
    return REFUSED_MOST_KG if refused else None


def _numbers(facts: list[Fact], code: str, keep: Callable[[Fact], bool] = lambda f: True) -> list[int]:
    """The whole-number values of the facts of one code ("experience": each span of years the person states)."""
    return [int(f.value) for f in facts if f.code == code and f.value and f.value.isdigit() and keep(f)]


def _refused_whole(f: Fact, exclude: int) -> bool:
    """ "不能经常在外面跑" beside "只想在办公室": the part refused goes unsaid where the whole is refused."""
    return f.code in AWAY_BITS and f.value in KINDS and bool(exclude & AWAY_BITS[f.code])


def _disability(f: Fact) -> bool:
    """A disability the person states (held only under the separate consent, PIPL art. 28)."""
    return f.code in ("wheelchair", "deaf") or f.code in abilities.SENSITIVE or "残" in f.evidence


def _lacks_unbitted(f: Fact) -> bool:
    return f.family is Family.SKILL and f.modality is Modality.LACKS and f.code not in SKILL_BITS


def _span(value: str | None) -> tuple[int, int] | None:
    """ "53" -> (53, 53); "50-59" -> (50, 59); "50-" -> (50, 120); not a span -> None."""
    low, dash, high = (value or "").partition("-")
    if not low.isdigit() or (high and not high.isdigit()):
        return None
    return int(low), int(high) if high else (int(low) if not dash else 120)


def graduation_of(facts: Iterable[Fact]) -> tuple[date, Fact] | None:
    """A graduation the person wrote ("2025年6月毕业", "2025届"): the month's end, or 30 June of the year."""
    for f in facts:
        if f.code == "graduation" and f.value:
            year, _, month = f.value.partition("-")
            if month:
                m = int(month)
                last = (date(int(year) + (m == 12), m % 12 + 1, 1) - date.resolution) if m else date(int(year), 6, 30)
                return last, f
            return date(int(year), 6, 30), f
    return None
