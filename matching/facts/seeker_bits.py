"""The bits a person's facts set: what each rules out, requires or wishes for, with the fact that set it; the
licences a person lists or leaves unsaid; the hours and days they can work."""

from __future__ import annotations

from dataclasses import dataclass, field

from matching import abilities
from matching.facts.away import KINDS
from matching.facts.bits import (
    ALL_DRIVING,
    DRIVING_BIT,
    LICENCE_BITS,
    SKILL_BITS,
    UNDEMOTED_LICENCES,
    JobBits,
    at_night,
)
from matching.facts.body_heat_noise import CLIMATE_CODES
from matching.facts.day_held import DayHeld, day_shift_said, within
from matching.facts.fact import Fact, Family, Modality
from matching.facts.free_windows import free_windows
from matching.facts.hour_spans import meet, spans_of, split_day
from matching.facts.limits import FAMILY_EVENINGS

_PHYSICAL_LIMITS = {
    "no_lifting": JobBits.LIFTING | JobBits.STRENUOUS,
    "no_standing": JobBits.STANDING,
    "no_riding": JobBits.RIDING,
    "no_height": JobBits.HEIGHT,
    "no_walking": JobBits.FIELD,  # on foot all day ("走路巡逻", 外勤); standing still is `no_standing`
    "wheelchair": JobBits.LIFTING
    | JobBits.STRENUOUS
    | JobBits.STANDING
    | JobBits.RIDING
    | JobBits.HEIGHT
    | JobBits.FIELD,
}
# work away from home and desk, and driving, a person refuses in plain words (`away`)
AWAY_BITS = {
    "no_live_in": int(JobBits.LIVE_IN),
    "no_travel": int(JobBits.TRAVEL),
    "no_field": int(JobBits.FIELD),
    "no_driving": ALL_DRIVING,
}
_WISH_BITS = {"meals": JobBits.MEALS, "housing": JobBits.HOUSING, "part_time": JobBits.PART_TIME}


@dataclass
class Tally:
    """Bits a person's facts set, with the fact that set each (for the explanation)."""

    require: int = 0
    exclude: int = 0
    wishes: int = 0
    because: list[tuple[int, Fact]] = field(default_factory=list)

    def add(self, kind: str, bits: int, fact: Fact) -> None:
        if kind == "require":
            self.require |= bits
        elif kind == "exclude":
            self.exclude |= bits
        else:
            self.wishes |= bits
        self.because.append((bits, fact))


def holds_driving(f: Fact) -> bool:
    return f.family is Family.LICENCE and f.modality is Modality.HAS and f.code.startswith("driving_")


def tally_each(tally: Tally, facts: list[Fact], held: set[str]) -> list[tuple[str, str]]:
    """The bits each fact sets alone; gives the kinds of work away refused ("不能经常出差": ("travel", "often"))."""
    majors = len({f.value for f in facts if f.family is Family.ABILITY and f.code == "major" and f.value})
    # one certificate held of a kind meets it: "有高级母婴护理证…催乳师证没有" lacks no 母婴护理证
    has_codes = {f.code for f in facts if f.family is Family.LICENCE and f.modality is Modality.HAS}
    kinds: list[tuple[str, str]] = []
    for f in facts:
        if (f.family is Family.ABILITY or f.code == "deaf") and abilities.excluded_by(f.code, f.value, majors):
            tally.add("exclude", abilities.excluded_by(f.code, f.value, majors), f)  # 不会电脑, low vision, a major
        elif f.code in AWAY_BITS and f.modality is Modality.LIMIT and f.value in KINDS:
            kinds.append((f.code.removeprefix("no_"), f.value))
            tally.because.append((0, f))  # no bit: `Limits.fits` reads what kind of trips or field work it says
        elif not _tally_limit_or_wish(tally, f):
            _tally_licence_or_skill(tally, f, held, has_codes)
    return kinds


def _tally_limit_or_wish(tally: Tally, f: Fact) -> bool:
    """Where, when and how the person can work, and what they wish for; False for a fact that says none of these."""
    if f.code == "home_only":
        tally.add("require" if f.modality is Modality.LIMIT else "wish", int(JobBits.REMOTE), f)
        return True
    elif f.code == "no_night":
        tally.add("exclude", int(JobBits.NIGHT), f)
        return True  # rotas: `Limits.fits`, which knows a rota by day
    elif f.code == "no_evening":  # evenings kept for family ("晚上要照顾家里") rule out nights away on trips too
        away = int(JobBits.TRAVEL) if FAMILY_EVENINGS.search(f.evidence) else 0
        tally.add("exclude", int(JobBits.NIGHT | JobBits.SHIFTS) | away, f)
        return True
    elif f.code == "no_shifts":
        tally.add("exclude", int(JobBits.SHIFTS), f)
        return True
    elif f.code == "no_weekends":
        tally.add("exclude", int(JobBits.WEEKENDS_WORKED), f)
        return True
    elif f.code in AWAY_BITS and f.modality is Modality.LIMIT:
        tally.add("exclude", AWAY_BITS[f.code], f)
        return True
    elif f.code == "no_hands" and not f.sensitive:
        # one hand that works carries no loads: of the labelled kinds whose loads the majority refuse to a person who
        # can lift 5 kg at most, 92 of 93 are refused to one who has one hand (`bench/kinds/acceptability`, s22 dev16)
        tally.add("exclude", int(JobBits.LIFTING), f)
        return True
    elif f.code in ("no_stairs", "no_dust", "no_cold_wet", "no_bending", "no_fine_sight", "no_hands", "most_load"):
        tally.because.append(
            (0, f)
        )  # no bit: `Limits.fits` reads the posting's stairs and air, its kind's cold and wet
        return True
    elif f.code in CLIMATE_CODES:  # no bit: `kinds.refused_demands` reads heat, noise, a long seat (session 18)
        tally.because.append((0, f))
        return True
    elif f.code in _PHYSICAL_LIMITS:
        tally.add("exclude", int(_PHYSICAL_LIMITS[f.code]), f)
        return True
    elif f.code in _WISH_BITS and f.modality is Modality.WISH:
        tally.add("wish", int(_WISH_BITS[f.code]), f)
        return True
    return False


def _tally_licence_or_skill(tally: Tally, f: Fact, held: set[str], has_codes: set[str]) -> None:
    """Skills and licences the person says they lack, and the driving classes above the one they hold."""
    if f.family is Family.SKILL and f.modality is Modality.LACKS and f.code in SKILL_BITS:
        # 手机只会接电话, 不识字 ...; one who can hardly read cannot type or work a computer either ("打字快")
        tally.add("exclude", int(SKILL_BITS[f.code]) | (abilities.COMPUTER_BIT if f.code == "literacy" else 0), f)
    elif f.family is Family.SKILL and f.modality is Modality.LACKS:
        tally.because.append((0, f))  # no bit: `Limits.fits` reads the posting's own facts
    elif f.family is Family.LICENCE and f.modality is Modality.LACKS:
        if f.code.startswith("driving"):
            tally.add("exclude", _driving_lacked(f), f)
        elif f.code in LICENCE_BITS and f.code not in UNDEMOTED_LICENCES | has_codes:
            tally.add("exclude", int(LICENCE_BITS[f.code]), f)  # not a 健康证: renewed in days, not a qualification
    elif holds_driving(f) and held:
        not_held = sum(bit for c, bit in DRIVING_BIT.items() if c not in held)
        tally.add("exclude", not_held, f)  # a class above the one held is one the person lacks


def tally_listed_licences(tally: Tally, facts: list[Fact], held: set[str]) -> int:
    """A person who lists licences lacks the others; gives the licence bits left unsaid by one who lists none."""
    # the licences the person lists; a 健康证 alone is no list ("有健康证" says nothing of a driving licence)
    stated = [
        f
        for f in facts
        if f.family is Family.LICENCE and f.modality is Modality.HAS and f.code not in UNDEMOTED_LICENCES
    ]
    implied = {f.code for f in facts if f.family is Family.LICENCE and f.modality is Modality.IMPLIED}
    drives = bool(held) or any(c.startswith("driving") for c in implied | {f.code for f in stated})
    if not stated:
        return _unsaid(implied, drives)
    held_codes = {f.code for f in stated}
    if "none" not in held_codes:
        held_codes |= implied  # "有叉车证，干过五年电焊": the welder's certificate is not lacked
    unheld = sum(
        int(bit)
        for code, bit in LICENCE_BITS.items()
        if code not in held_codes and code != "driving" and code not in UNDEMOTED_LICENCES
    )
    if not held and ("none" in held_codes or not drives):
        unheld |= ALL_DRIVING
    tally.add("exclude", unheld, stated[0])
    return 0


@dataclass(frozen=True, slots=True)
class DayTally(DayHeld):
    """The hours a person states, the free windows they state, and the kinds of day they keep to (`day_held`)."""

    window: tuple[int, int] | None
    windows: tuple[tuple[int, int], ...]
    day_shift: bool
    evenings_taken: bool


def tally_hours(tally: Tally, facts: list[Fact]) -> DayTally:
    """The hours a person can work ("只能8点到12点"), which rule out rotas and nights; evenings taken, which end them by
    EVENING_FROM; the windows their days leave free ("只能上午", "只上白班"), which rule out rotas, and nights unless one
    reaches into the night; free weekdays only, which rule out weekends."""
    hours = [f for f in facts if f.code == "hours" and f.modality is Modality.LIMIT]
    split = split_day(spans_of(hours))  # "上午九点到十一点半，下午两点到五点": either part, the day between them
    window = (split[0][0], split[-1][1]) if split else spans_of(hours[:1])[0] if hours else None
    if window is not None:  # "只能8点到12点": no nights, no rotas; "夜里11点到早上7点可以": a night, no rotas
        night = 0 if at_night(window) else int(JobBits.NIGHT)
        tally.add("exclude", night | int(JobBits.SHIFTS), hours[0])
    evenings = any(f.code == "no_evening" for f in facts)
    day_shift = any(day_shift_said(f) for f in facts)
    # the free windows stated, cut to the hours stated where both are said ("我只能上白班，早上八点到晚上六点":
    # 08:00-18:00; "上午十点到下午四点…三点多要去接伢": 10:00-15:00), which `fits` holds a posting to both of
    day = DayTally(window, (), day_shift, evenings)
    windows = within(free_windows(f for f in facts if not day_shift_said(f)), day.held_window)
    day = DayTally(window, meet(split, windows) if split else windows, day_shift, evenings)
    if day.held_windows:  # "只能上午": no nights unless a window reaches into the night; a rota only by day, every
        night = 0 if any(at_night(w) for w in day.held_windows) else int(JobBits.NIGHT)  # shift shown in a window
        tally.add("exclude", night, next((f for f in facts if f.code == "free"), hours[0] if hours else facts[0]))
    free_days = {d for f in facts if f.code == "free" and f.value for d in f.value.partition(" ")[0]}
    if free_days and not free_days & {"6", "7"}:  # "周一到周五有空": weekends taken
        weekdays = next(f for f in facts if f.code == "free")
        tally.add("exclude", int(JobBits.WEEKENDS_WORKED), weekdays)
    return day


def _driving_lacked(f: Fact) -> int:
    """The class bits a lacked driving licence names: its class; every class of a letter ("B照A照都没有": the A and
    B classes, not the C1 the person holds); or, unnamed ("没有驾照"), every licence."""
    if f.code != "driving":
        return DRIVING_BIT[f.code.removeprefix("driving_")]
    letters = {c for c in f.evidence.upper() if c in "AB"}  # "B照A照都没有": both
    named = [bit for c, bit in DRIVING_BIT.items() if c[:1] in letters]
    return sum(named) if named else ALL_DRIVING


# Licences past work implies but does not vouch for where a post requires one: guards work without the 保安员证 the law
# asks (judges of dev6, dev11 and dev13 read 「当过三年保安」 as lacking it), so the post is demoted and says the
# card is not mentioned, never left out (issue 22 s19)
_UNVOUCHED = frozenset({"security"})


def _unsaid(implied: set[str], drives: bool) -> int:
    """The licence bits of a person who lists none: all but those their past work implies and vouches for, and the
    健康证."""
    vouched = implied - _UNVOUCHED
    bits = sum(int(bit) for code, bit in LICENCE_BITS.items() if code not in vouched and code not in UNDEMOTED_LICENCES)
    return (bits & ~int(JobBits.NEEDS_DRIVING)) | (0 if drives else ALL_DRIVING)
