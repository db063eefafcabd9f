"""What matching does with facts: a posting's bits, a seeker's limits and wishes, graduation dates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntFlag

from matching import abilities
from matching.facts.away import KINDS
from matching.facts.days import most_days, week_days
from matching.facts.education import LEVEL_RANK
from matching.facts.fact import Fact, Family, Modality
from matching.facts.licences import DRIVING_CLASSES, PERMITS
from matching.facts.schedule import _spans, worked_spans
from matching.facts.skills import same_skill
from matching.facts.workweek import free_windows
from matching.facts.years import ZODIAC_SIGNS, asked_trades, different_trades, trades_in, untried, untried_trades

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
        "no_weekends",
        "max_hours",
        "max_days",
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
        "day_hours",
        "max_hours",
        "max_days",
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
_PLAIN_BITS = {
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
_LICENCE_BITS = {
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
    return int(_LICENCE_BITS.get(fact.code, 0))


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
        elif f.code in _PLAIN_BITS and f.modality is not Modality.PREFERRED:
            bits |= int(_PLAIN_BITS[f.code])  # not "钟点或住家": living in named as one option
        elif f.code == "experience_min" and f.modality is None and f.value and f.value.isdigit() and int(f.value):
            bits |= int(JobBits.NEEDS_EXPERIENCE)
    if bits & JobBits.DAY_SHIFT and not bits & JobBits.SHIFTS:
        bits &= ~int(JobBits.NIGHT)  # "长白班，无夜班补贴" style mentions: a day-only job
    worked = [f for f in facts if f.code == "weekends_worked"]
    if bits & JobBits.WEEKENDS_OFF and all(f.evidence.startswith("节假日") for f in worked):
        bits &= ~int(JobBits.WEEKENDS_WORKED)  # "周末双休，节假日正常上班": holidays, not weekends
    if any(_at_night(span) for span in _spans(facts)):
        bits |= int(JobBits.NIGHT)  # "22:00-08:00", "18:00-03:00": night work, whatever the words call it
    return bits


NIGHT_FROM, NIGHT_UNTIL = 22 * 60, 6 * 60
_FAMILY_EVENINGS = re.compile(r"照顾|带|陪|接|管|辅导|回家|做饭")
EVENING_FROM = 19 * 60  # a person whose evenings are taken ("晚上要回家带孩子") cannot work past this


def _at_night(span: tuple[int, int]) -> bool:
    start, end = span
    return end > NIGHT_FROM or start < NIGHT_UNTIL


def _most_permitted(classes: list[str]) -> str:
    """Of alternatives ("C1/C2"), the class the most licences permit: holding any of them is enough."""
    known = [c for c in classes if c in PERMITS]
    return max(known, key=lambda c: sum(c in allowed for allowed in PERMITS.values())) if known else "C1"


@dataclass(frozen=True, slots=True)
class Limits:
    """A seeker's facts as bits: a posting must have all of `require`, none of `exclude`; `wishes` score. Facts
    with values are checked against a posting's own (`fits`): the age, schooling, years of work and 驾龄 the
    person states against the posting's ranges and minimums, the hours they can work against its hours, and the
    skills with no bit (drawings, cooking, a language) they say they lack against the posting's required ones."""

    require: int = 0
    exclude: int = 0
    wishes: int = 0
    because: tuple[tuple[int, Fact], ...] = ()  # which fact set which bits, for the explanation
    age: tuple[int, int] | None = None  # the youngest and oldest the person's words allow ("五十多了": 50, 59)
    education: int | None = None  # LEVEL_RANK of what the person finished
    window: tuple[int, int] | None = None  # minutes since midnight the person can work within
    graduated: date | None = None  # a graduation the person wrote: experience they can have had since
    # the most full years of work the person's words allow ("干过两年多": 2); 0 for "没上过班", "零基础"; None: unsaid
    experience: int | None = None
    # licences (bits) the person neither states nor lists, nor does their past work imply, and the years of work
    # of one who says nothing of any: a posting requiring one is demoted (`Weights.unsaid_licence`) and says so,
    # never left out (people forget to list licences and to say how long they worked)
    unsaid: int = 0
    # the daily windows the person's words leave free ("只能上午", "下午三点要接孩子"): stated hours must lie in one
    windows: tuple[tuple[int, int], ...] = ()
    longest_day: int | None = None  # the most minutes a day the person can work ("一天最多四五个小时")
    # skills without a bit (drawings, cooking, a language: its value, None for every one) the person says they lack: a
    # posting requiring one is left out by `fits`
    skills_lacked: tuple[tuple[str, str | None], ...] = ()
    born: tuple[int, int] | None = None  # the earliest and latest birth year the words allow ("90后": 1990, 1999)
    driving_years: int | None = None  # the most full years the person has held a licence ("驾照拿了6年"): 驾龄
    zodiac: int | None = None  # the place of the sign of their birth year in ZODIAC_SIGNS ("属虎": 2)
    # each span of work the person states, with the words it came from ("做了三年会计", 3): years count only for a
    # posting whose required trade is not clearly another ("三年以上文员工作经验": 0 of 文员, `years_for`)
    spans: tuple[tuple[str, int], ...] = ()
    # the voltage of each 电工证 the person holds ("low" for "有低压电工证", "" where unsaid): a posting requiring a
    # 高压电工证 ("低压证不行") is left out by `fits` for one who holds a 低压 one only (no bit left for it)
    electrician: tuple[str, ...] = ()
    # work away of one kind the person refuses (`away.KINDS`): ("travel", "often") for "不能经常出差", ("field",
    # "sales") for "不想跑业务". A posting whose own words say it is of that kind is left out by `fits`; one that only
    # names trips or field work is shown and says so (`words.explain_facts`)
    away_kinds: tuple[tuple[str, str], ...] = ()
    # nights refused ("不上夜班"): a rota is out unless the posting shows every shift by day (a "shifts" fact valued
    # "day": "早班7:00-15:00、晚班14:00-22:00轮换"), which no bit can say
    no_night_rota: bool = False
    most_days: int | None = None  # the most days a week the person can work ("一周能做三四天": 4)

    def admits(self, bits: int) -> bool:
        return (bits & self.require) == self.require and not bits & self.exclude

    @property
    def checks_values(self) -> bool:
        return any(
            v is not None
            for v in (
                self.age,
                self.born,
                self.education,
                self.window,
                self.graduated,
                self.experience,
                self.driving_years,
                self.longest_day,
                self.most_days,
            )
        ) or bool(
            self.windows
            or self.skills_lacked
            or self.electrician
            or self.away_kinds
            or self.no_night_rota
            or any(untried(words) for words, _ in self.spans)
        )

    def fits(self, job_facts: Iterable[Fact], today: date | None = None) -> bool:
        """The posting's stated age ranges, schooling, hours and years of experience against what the person stated.
        Only what the words make certain keeps a posting out: an age span ("五十多了") outside every range the
        posting states (ranges for men and women, or softened ones, "可适当放宽", keep no one out), or fewer years
        of work than it requires (what the person states; else the full years since a graduation they wrote)."""
        if not self.checks_values:
            return True
        job_facts = list(job_facts)
        if self.no_night_rota and any(f.code == "shifts" and f.value != "day" for f in job_facts):
            return False  # "两班倒", "做一休一": a rota that may run through the night
        days = week_days(job_facts) if self.most_days is not None else None
        if days is not None and self.most_days is not None and days > self.most_days:
            return False  # "双休" is five days, "单休" six: more than "一周能做三四天"
        if self.skills_lacked and any(self._lacks_skill(f) for f in job_facts):
            return False  # "英语流利" for a person who wrote "英语一窍不通", "会做饭" for "不会做饭"
        if set(self.electrician) - {""} == {"low"} and any(_high_voltage(f) for f in job_facts):
            return False  # "需持高压电工证（低压证不行）" for "低压电工证有" (a bare "电工证" beside it is that one)
        if not self._age_fits(job_facts, today or date.today()):
            return False
        if self.away_kinds and any(self._refused_kind(f) for f in job_facts):
            return False  # "经常出差" for a person who wrote "不能经常出差", "跑客户" for "不想跑业务"
        return not any(self._short_of(f, today) for f in job_facts)

    def _short_of(self, f: Fact, today: date | None) -> bool:
        """Whether the person falls short of one stated requirement (schooling, hours, years of work, 驾龄)."""
        if f.code == "edu_min" and self.education is not None and f.value in LEVEL_RANK:
            return self.education < LEVEL_RANK[f.value]
        if f.code == "hours":
            return not self._fits_hours(worked_spans(f))
        if not (f.value and f.value.isdigit()):
            return False
        if f.code == "day_hours":
            return self.longest_day is not None and int(f.value) * 60 > self.longest_day
        if f.code == "experience_min":
            return int(f.value) > self.years_for(f, today)
        # 驾龄: years of holding a licence, which only words about the licence tell, not years of work
        return f.code == "driving_years_min" and self.driving_years is not None and int(f.value) > self.driving_years

    def _refused_kind(self, f: Fact) -> bool:
        return f.modality is None and any(
            code == f.code and KINDS[kind].search(f.evidence) for code, kind in self.away_kinds
        )

    def _age_fits(self, job_facts: list[Fact], today: date) -> bool:
        span = self._age_span(today)
        ranges = [_ages_of(f, today) for f in job_facts if f.code in ("age_range", "born_range") and f.modality is None]
        if span is None or not ranges:
            return True
        youngest, oldest = span  # some age the words allow is inside one of the ranges (for men or women, a role)
        return any((low is None or oldest >= low) and (high is None or youngest <= high) for low, high in ranges)

    def _age_span(self, today: date) -> tuple[int, int] | None:
        """The youngest and oldest the person can be today; a sign ("属虎") keeps only the ages it allows."""
        span = self.age or (None if self.born is None else (today.year - self.born[1] - 1, today.year - self.born[0]))
        if span is None or self.zodiac is None:
            return span
        signed = [
            a
            for a in range(span[0], min(span[1], 120) + 1)
            if any((year - 2020) % 12 == self.zodiac for year in (today.year - a, today.year - a - 1))
        ]
        return (min(signed), max(signed)) if signed else span  # a sign that fits no age said: the words win

    def _fits_hours(self, worked: list[tuple[int, int]]) -> bool:
        """Each part of a split day is judged on its own ("9:00-11:30，13:30-17:30" suits one whose noon is taken);
        the length of the day is what is worked, breaks left out."""
        for start, end in worked:
            if self.window is not None and (start < self.window[0] or end > self.window[1]):
                return False
            if self.windows and not any(low <= start and end <= high for low, high in self.windows):
                return False
        return self.longest_day is None or sum(end - start for start, end in worked) <= self.longest_day

    def _lacks_skill(self, f: Fact) -> bool:
        if f.family is not Family.SKILL or f.modality is not Modality.REQUIRED:
            return False
        return any(code == f.code and same_skill(value, f.value) for code, value in self.skills_lacked)

    def years_for(self, asked: Fact, today: date | None = None) -> int:
        """The years of work the person can have in the trade a posting's requirement names: spans stated in a
        clearly different trade count none ("干了十年物业水电" for "3年以上电焊经验"); unsure, they count."""
        if any(untried_trades(asked.evidence, words) for words, _ in self.spans):  # "没干过保洁": none of it
            named = asked_trades(asked.evidence)
            return max(
                (years for words, years in self.spans if not untried(words) and trades_in(words) & named), default=0
            )
        tried = [(words, years) for words, years in self.spans if not untried(words)]  # says nothing of other work
        counted = [years for words, years in tried if not different_trades(asked.evidence, words)]
        if len(counted) == len(tried):
            return self._most_years(today)
        return max(counted, default=0)

    def _most_years(self, today: date | None) -> int:
        """The years of work the person can have: what they state, or the full years since graduating."""
        if self.experience is not None:
            return self.experience
        if self.graduated is None:
            return 99
        on = today or date.today()
        return max(0, (on.year - self.graduated.year) * 12 + on.month - self.graduated.month) // 12

    def unsaid_in(self, bits: int) -> float:
        """1.0 when the posting requires a licence the person never mentions, else 0.0."""
        return 1.0 if bits & self.unsaid else 0.0

    def wishes_met(self, bits: int) -> float:
        """The share of the seeker's wishes the posting meets (0 without wishes)."""
        if not self.wishes:
            return 0.0
        return (bits & self.wishes).bit_count() / self.wishes.bit_count()


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
_AWAY_BITS = {
    "no_live_in": int(JobBits.LIVE_IN),
    "no_travel": int(JobBits.TRAVEL),
    "no_field": int(JobBits.FIELD),
    "no_driving": ALL_DRIVING,
}
_WISH_BITS = {"meals": JobBits.MEALS, "housing": JobBits.HOUSING, "part_time": JobBits.PART_TIME}


def seeker_limits(facts: Iterable[Fact], *, disabled: bool = False) -> Limits:
    """What a person's facts rule out, require, wish for and leave unsaid. `disabled`: the person declares the
    disabled group (a field, under its consent); without it, or a disability stated under that consent, a post reserved
    for certified disabled people is demoted like an unsaid licence (shown, and said so: 「仅招持证残疾人」)."""
    require = exclude = wishes = 0
    because: list[tuple[int, Fact]] = []
    held: set[str] = set()
    kinds: list[tuple[str, str]] = []
    facts = list(facts)

    def add(kind: str, bits: int, fact: Fact) -> None:
        nonlocal require, exclude, wishes
        if kind == "require":
            require |= bits
        elif kind == "exclude":
            exclude |= bits
        else:
            wishes |= bits
        because.append((bits, fact))

    for f in facts:
        if f.family is Family.LICENCE and f.modality is Modality.HAS and f.code.startswith("driving_"):
            held |= PERMITS[f.code.removeprefix("driving_")]
    majors = len({f.value for f in facts if f.family is Family.ABILITY and f.code == "major" and f.value})
    # one certificate held of a kind meets it: "有高级母婴护理证…催乳师证没有" lacks no 母婴护理证
    has_codes = {f.code for f in facts if f.family is Family.LICENCE and f.modality is Modality.HAS}
    for f in facts:
        if (f.family is Family.ABILITY or f.code == "deaf") and abilities.excluded_by(f.code, f.value, majors):
            add("exclude", abilities.excluded_by(f.code, f.value, majors), f)  # 不会电脑, low vision, deaf, a major
        elif f.code == "home_only":
            add("require" if f.modality is Modality.LIMIT else "wish", int(JobBits.REMOTE), f)
        elif f.code == "no_night":
            add("exclude", int(JobBits.NIGHT), f)  # rotas: `Limits.fits`, which knows a rota by day
        elif f.code == "no_evening":  # evenings kept for family ("晚上要照顾家里") rule out nights away on trips too
            away = int(JobBits.TRAVEL) if _FAMILY_EVENINGS.search(f.evidence) else 0
            add("exclude", int(JobBits.NIGHT | JobBits.SHIFTS) | away, f)
        elif f.code == "no_shifts":
            add("exclude", int(JobBits.SHIFTS), f)
        elif f.code == "no_weekends":
            add("exclude", int(JobBits.WEEKENDS_WORKED), f)
        elif f.code in _AWAY_BITS and f.modality is Modality.LIMIT and f.value in KINDS:
            kinds.append((f.code.removeprefix("no_"), f.value))
            because.append((0, f))  # no bit: `Limits.fits` reads what kind of trips or field work the posting says
        elif f.code in _AWAY_BITS and f.modality is Modality.LIMIT:
            add("exclude", _AWAY_BITS[f.code], f)
        elif f.code in _PHYSICAL_LIMITS:
            add("exclude", int(_PHYSICAL_LIMITS[f.code]), f)
        elif f.code in _WISH_BITS and f.modality is Modality.WISH:
            add("wish", int(_WISH_BITS[f.code]), f)
        elif f.family is Family.SKILL and f.modality is Modality.LACKS and f.code in SKILL_BITS:
            # 手机只会接电话, 不识字 ...; one who can hardly read cannot type or work a computer either ("打字快")
            add("exclude", int(SKILL_BITS[f.code]) | (abilities.COMPUTER_BIT if f.code == "literacy" else 0), f)
        elif f.family is Family.SKILL and f.modality is Modality.LACKS:
            because.append((0, f))  # no bit: `Limits.fits` reads the posting's own facts
        elif f.family is Family.LICENCE and f.modality is Modality.LACKS:
            if f.code.startswith("driving"):
                add("exclude", _driving_lacked(f), f)
            elif f.code in _LICENCE_BITS and f.code not in UNDEMOTED_LICENCES | has_codes:
                add("exclude", int(_LICENCE_BITS[f.code]), f)  # not a 健康证: renewed in days, not a qualification
        elif f.family is Family.LICENCE and f.modality is Modality.HAS and f.code.startswith("driving_") and held:
            not_held = sum(bit for c, bit in DRIVING_BIT.items() if c not in held)
            add("exclude", not_held, f)  # a class above the one held is one the person lacks
    # the licences the person lists; a 健康证 alone is no list ("有健康证" says nothing of a driving licence)
    stated = [
        f
        for f in facts
        if f.family is Family.LICENCE and f.modality is Modality.HAS and f.code not in UNDEMOTED_LICENCES
    ]
    implied = {f.code for f in facts if f.family is Family.LICENCE and f.modality is Modality.IMPLIED}
    drives = bool(held) or any(c.startswith("driving") for c in implied | {f.code for f in stated})
    if stated:  # the person said which licences they hold (or that they hold none): the others they lack
        held_codes = {f.code for f in stated}
        if "none" not in held_codes:
            held_codes |= implied  # "有叉车证，干过五年电焊": the welder's certificate is not lacked
        unheld = sum(
            int(bit)
            for code, bit in _LICENCE_BITS.items()
            if code not in held_codes and code != "driving" and code not in UNDEMOTED_LICENCES
        )
        if not held and ("none" in held_codes or not drives):
            unheld |= ALL_DRIVING
        exclude |= unheld
        because.append((unheld, stated[0]))
    unsaid = 0 if stated else _unsaid(implied, drives)
    if not any(f.code in ("experience", "graduation") for f in facts):
        unsaid |= int(JobBits.NEEDS_EXPERIENCE)  # no word of any work: years a posting asks are not known to be held
    if not disabled and not any(_disability(f) for f in facts):
        unsaid |= int(JobBits.DISABLED_ONLY)  # nothing says the person holds the certificate the post asks for
    values = {f.code: f for f in facts if f.value}
    age = _span(values["age"].value) if "age" in values else None
    born = _span(values["born"].value) if "born" in values else None
    sign = values["zodiac"].value if "zodiac" in values else None
    schooling = LEVEL_RANK.get(values["edu"].value or "") if "edu" in values else None
    hours = [f for f in facts if f.code == "hours" and f.modality is Modality.LIMIT]
    window = _spans(hours[:1])[0] if hours else None
    if window is not None:
        exclude |= int(JobBits.NIGHT | JobBits.SHIFTS)  # "只能8点到12点": no nights, no rotas
        because.append((int(JobBits.NIGHT | JobBits.SHIFTS), hours[0]))
    if any(f.code == "no_evening" for f in facts):
        start, end = window or (0, 24 * 60)
        window = (start, min(end, EVENING_FROM))
    windows = free_windows(facts)
    if windows:  # "只能上午": no rotas; no nights either unless a window reaches into the night
        night = 0 if any(_at_night(w) for w in windows) else int(JobBits.NIGHT)
        exclude |= int(JobBits.SHIFTS) | night
        because.append((int(JobBits.SHIFTS) | night, next(f for f in facts if f.code == "free")))
    free_days = {d for f in facts if f.code == "free" and f.value for d in f.value.partition(" ")[0]}
    if free_days and not free_days & {"6", "7"}:  # "周一到周五有空": weekends taken
        weekdays = next(f for f in facts if f.code == "free")
        exclude |= int(JobBits.WEEKENDS_WORKED)
        because.append((int(JobBits.WEEKENDS_WORKED), weekdays))
    most = [int(f.value) for f in facts if f.code == "max_hours" and f.value and f.value.isdigit()]
    graduated = graduation_of(facts)
    stated_years = [
        int(f.value)
        for f in facts
        if f.code == "experience" and f.value and f.value.isdigit() and not untried(f.evidence)
    ]
    licence_years = [int(f.value) for f in facts if f.code == "driving_years" and f.value and f.value.isdigit()]
    return Limits(
        require,
        exclude & ~require,
        wishes,
        tuple((bits, f) for bits, f in because if not _refused_whole(f, exclude)),
        age,
        schooling,
        window,
        None if graduated is None else graduated[0],
        max(stated_years, default=None),
        unsaid & ~exclude,
        windows,
        max(most) * 60 if most else None,
        tuple(dict.fromkeys((f.code, f.value) for f in facts if _lacks_unbitted(f))),
        born,
        max(licence_years, default=None),
        ZODIAC_SIGNS.index(sign) if sign and sign in ZODIAC_SIGNS else None,
        tuple((f.evidence, int(f.value)) for f in facts if f.code == "experience" and f.value and f.value.isdigit()),
        tuple(f.value or "" for f in facts if f.code == "electrician" and f.modality is Modality.HAS),
        tuple(dict.fromkeys((code, kind) for code, kind in kinds if not exclude & _AWAY_BITS[f"no_{code}"])),
        no_night_rota=any(f.code == "no_night" for f in facts) and not exclude & JobBits.SHIFTS,
        most_days=most_days(facts),
    )


def _refused_whole(f: Fact, exclude: int) -> bool:
    """ "不能经常在外面跑" beside "只想在办公室": the part refused goes unsaid where the whole is refused."""
    return f.code in _AWAY_BITS and f.value in KINDS and bool(exclude & _AWAY_BITS[f.code])


def _high_voltage(f: Fact) -> bool:
    return f.code == "electrician" and f.modality is Modality.REQUIRED and f.value == "high"


def _driving_lacked(f: Fact) -> int:
    """The class bits a lacked driving licence names: its class; every class of a letter ("B照A照都没有": the A and
    B classes, not the C1 the person holds); or, unnamed ("没有驾照"), every licence."""
    if f.code != "driving":
        return DRIVING_BIT[f.code.removeprefix("driving_")]
    letter = f.evidence[:1].upper()
    named = [bit for c, bit in DRIVING_BIT.items() if c.startswith(letter)] if letter in ("A", "B") else []
    return sum(named) if named else ALL_DRIVING


def _disability(f: Fact) -> bool:
    """A disability the person states (held only under the separate consent, PIPL art. 28)."""
    return f.code in ("wheelchair", "deaf") or f.code in abilities.SENSITIVE or "残" in f.evidence


def _lacks_unbitted(f: Fact) -> bool:
    return f.family is Family.SKILL and f.modality is Modality.LACKS and f.code not in SKILL_BITS


def _ages_of(f: Fact, today: date) -> tuple[int | None, int | None]:
    """A posting's age range as (youngest, oldest), None where open; birth years ("born_range") as of today."""
    low, _, high = (f.value or "").partition("-")
    if f.code == "born_range" and low.isdigit() and high.isdigit():
        return today.year - int(high) - 1, today.year - int(low)
    return (int(low) if low.isdigit() else None), (int(high) if high.isdigit() else None)


def _span(value: str | None) -> tuple[int, int] | None:
    """ "53" -> (53, 53); "50-59" -> (50, 59); "50-" -> (50, 120); not a span -> None."""
    low, dash, high = (value or "").partition("-")
    if not low.isdigit() or (high and not high.isdigit()):
        return None
    return int(low), int(high) if high else (int(low) if not dash else 120)


def _unsaid(implied: set[str], drives: bool) -> int:
    """The licence bits of a person who lists none: all but those their past work implies, and the 健康证."""
    bits = sum(
        int(bit) for code, bit in _LICENCE_BITS.items() if code not in implied and code not in UNDEMOTED_LICENCES
    )
    return (bits & ~int(JobBits.NEEDS_DRIVING)) | (0 if drives else ALL_DRIVING)


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
