"""A seeker's limits, wishes and unsaid licences as bits and values, and how a posting meets them (`Limits`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from matching.facts.ages_allowed import AgesAllowed
from matching.facts.away import KINDS
from matching.facts.bits import JobBits
from matching.facts.certificate_kinds import kind_short
from matching.facts.day_held import EVENING_FROM as EVENING_FROM  # where seeker_bits reads it
from matching.facts.day_held import DayHeld
from matching.facts.day_parts import part_missed
from matching.facts.days import week_days
from matching.facts.education import LEVEL_RANK
from matching.facts.fact import Fact, Family, Modality
from matching.facts.hour_spans import worked_spans
from matching.facts.hours_unshown import arranged_rota, night_only_by_open_start, night_unshown, shifts_unshown
from matching.facts.kind_hours import hours_refused
from matching.facts.kinds import implied_refused, refused_demands
from matching.facts.load_weights import LoadsWeighed
from matching.facts.posted_start import start_minutes
from matching.facts.skills import same_skill
from matching.facts.unnamed_days import days_missed, refused_days_worked, rota_all_week
from matching.facts.years_counted import ANY_YEARS as ANY_YEARS  # where person.py reads it
from matching.facts.years_counted import YearsCounted
from matching.phone_refusals import PHONE_SALES

FAMILY_EVENINGS = re.compile(r"照顾|带|陪|接|管|辅导|回家|做饭")
# a required major is taught from 中专/职高 up: one who finished junior high or less studied none
MAJOR_SCHOOLING = LEVEL_RANK["senior_high"]
# a posted day's length ("每天8小时") is loosely said, as are a window's ends ("八点半以后，四点前要回家"): half an hour
LOOSE_DAY = 30


@dataclass(frozen=True, slots=True)
class Limits(AgesAllowed, YearsCounted, LoadsWeighed, DayHeld):
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
    window: tuple[int, int] | None = None  # minutes since midnight the person says they can work within
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
    # each span of work the person states, with the words it came from ("做了三年会计", 3; "以前做过收银", ANY_YEARS):
    # years count only for a posting whose required trade is not clearly another ("三年以上文员工作经验": 0 of 文员)
    spans: tuple[tuple[str, int], ...] = ()
    # the voltage of each 电工证 the person holds ("low" for "有低压电工证", "" where unsaid): a posting requiring a
    # 高压电工证 ("低压证不行") is left out by `fits` for one who holds a 低压 one only (no bit left for it)
    electrician: tuple[str, ...] = ()
    # work away of one kind the person refuses (`away.KINDS`): ("travel", "often") for "不能经常出差", ("field",
    # "sales") for "不想跑业务". A posting whose own words say it is of that kind is left out by `fits`; one that only
    # names trips or field work is shown and says so (`explanations.explain_facts`)
    away_kinds: tuple[tuple[str, str], ...] = ()
    # nights refused ("不上夜班"), or a day limited ("下午三点要接孩子"): a rota is out unless the posting shows every
    # shift by day (a "shifts" fact valued "day": "早班7:00-15:00、晚班14:00-22:00轮换"), which no bit can say; for a
    # limited day each shift's hours must also be shown, and lie in a free window
    no_night_rota: bool = False
    most_days: int | None = None  # the most days a week the person can work ("一周能做三四天": 4)
    # the ISO weekdays the person cannot work (1 = Monday: "周日不行" {7}, "礼拜一礼拜二不得闲" {1, 2}): a posting that
    # works more days than the week leaves is out (every day, for one day refused); which day a six-day post rests is
    # unsaid, so it stays
    days_refused: frozenset[int] = frozenset()
    # the ISO weekdays the person names free, when not every day ("周末两天有空": {6, 7}, "我周一三五有空": {1, 3, 5}): a
    # posting that needs another day is out, as is a full-time one silent on its days (it works the weekdays)
    free_days: frozenset[int] = frozenset()
    days_said: str = ""  # the words that name those days, quoted where a posting shown keeps to them
    # knees, legs, heart or strength that fail on stairs ("膝盖不行", "爬楼费劲", "心脏不好"): a posting that climbs them
    # ("没有电梯的老楼要爬楼梯", a `strenuous` fact valued "stairs", which no bit says) is out; a bad back alone keeps it
    no_stairs: bool = False
    deaf: bool = False  # a posting that requires hearing ("要求听力正常", "跟办事群众当面沟通") is out; no bit says it
    no_overtime: bool = False  # "不能加班": a posting that asks overtime ("需加班", "加班多") is out; no bit for it
    # asthma, 尘肺, a weak chest (health: held under the disability consent): a posting that names dust, paint, fumes or
    # chemical smells ("车间有粉尘", "喷漆", a `dust` fact, which no bit says) is out
    no_dust: bool = False
    # a wheelchair, or "站不了" with no span said: even a short spell on one's feet ("每天站岗1小时", no bit) is out
    stands_none: bool = False
    # licences with no bit (`licences.UNBITTED_LICENCES`: a hazmat driver's 危险货物运输从业资格证) the person lacks: those
    # they say they lack, and, where they list their licences ("持A2驾照12年"), every one they do not list or imply
    licences_lacked: tuple[str, ...] = ()
    own_year: bool = False  # "今年本命年": this year is of the sign of their birth year, so the age reached is 12k
    # bending or squatting said to fail ("蹲不下去", "老弯腰的活干不了"), and hands or joints that cannot take cold or
    # wet ("碰不得凉水", "类风湿", "冷库更不行"): a posting whose kind implies the work (`kinds`: 保洁, 洗碗工) is out
    no_bending: bool = False
    no_cold_wet: bool = False
    # stairs in the person's own words ("爬楼更别提", "爬两层楼就喘"), not knees or legs alone: a kind that climbs them
    # (外卖, 送水) is out only for these (the judges of the third and sixth sets kept 外卖 for "老寒腿")
    stairs_said: bool = False
    driving_said: str = ""  # the words of the longest 驾龄 stated ("本子拿了八年"), quoted where it meets one
    age_said: str = ""  # the words of the age or birth year stated ("今年五十二"), quoted where a range is met
    no_phone_sales: bool = False  # "不想做电话销售": a post that sells by phone ("电销", "外呼") is out; no bit for it
    most_load_kg: float | None = None  # the most the person can lift ("提东西不能超过五斤": 2.5), `load_weights`
    education_said: str = ""  # the words of their schooling ("高中毕业"), quoted where a posting's minimum is met
    no_talking: bool = False  # a voice that fails on long talk, or none (`phone_refusals`): "一直要讲话" is out; no bit
    teacher: tuple[str, ...] = ()  # the school of each 教师资格证 held ("primary"; "" unsaid): `certificate_kinds`
    # a day shift kept to ("只上白班", "只能白天干") and evenings taken ("晚上要回家带孩子"): kinds of day, not hours said;
    # `fits` holds a posting's hours within them as within the windows (`DayHeld.held_window`, `held_windows`)
    day_shift: bool = False
    evenings_taken: bool = False
    # the bodily demands a job's kind implies that these limits refuse (`kinds.refused_demands`): derived, computed once
    # here rather than on every `fits`, which runs for each candidate of a page, push or digest
    refused: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "refused", refused_demands(self))

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
                self.held_window,
                self.graduated,
                self.experience,
                self.driving_years,
                self.longest_day,
                self.most_days,
                self.zodiac,
                self.most_load_kg,
            )
        ) or bool(
            self.own_year
            or self.held_windows
            or self.skills_lacked
            or self.electrician
            or self.teacher
            or self.away_kinds
            or self.no_night_rota
            or self.no_stairs
            or self.deaf
            or self.no_talking
            or self.no_phone_sales
            or bool(self.spans)  # work named without years ("以前做过收银") is none of another trade's
            or self.no_overtime
            or self.days_refused
            or self.free_days
            or self.no_dust
            or self.stands_none
            or self.licences_lacked
            or bool(self.refused)
            or bool(self.exclude & JobBits.WEEKENDS_WORKED)  # "周末不能上班": a kind that works them (`kind_hours`)
            or bool(self.exclude & JobBits.NIGHT)  # "不上夜班": a kind whose day runs into the night (`kind_hours`)
        )

    def fits(self, job_facts: Iterable[Fact], today: date | None = None) -> bool:
        """The posting's stated age ranges, schooling, hours and years of experience against what the person stated.
        Only what the words make certain keeps a posting out: an age span ("五十多了") outside every range the
        posting states (ranges for men and women, or softened ones, "可适当放宽", keep no one out), or fewer years
        of work than it requires (what the person states; else the full years since a graduation they wrote)."""
        if not self.checks_values:
            return True
        job_facts = list(job_facts)
        night_rota = any(f.code == "shifts" and f.value != "day" for f in job_facts)
        if self.no_night_rota and night_rota and not arranged_rota(job_facts):  # not "排班灵活，可兼职"
            return False  # "两班倒", "做一休一": a rota that may run through the night
        if self.no_stairs and any(
            f.code == "strenuous" and (f.value == "stairs" or "楼" in f.evidence) for f in job_facts
        ):
            return False  # stairs, and goods carried up them ("爬楼送货": loads too)
        if self.no_dust and any(f.code == "dust" for f in job_facts):
            return False
        if implied_refused(self.refused, job_facts):
            return (
                False  # "小区保洁" for "腰不好", "饭店洗碗工" for "碰不得凉水", unless its text eases it ("不用弯腰")
            )
        if self.load_refused(job_facts):
            return False  # "单件货物约25公斤" for "提东西不能超过五斤"; "搬运工" with no weight for "最多拿得动二十斤"
        if self.stands_none and any(f.code == "standing" for f in job_facts):
            return False  # the bit already keeps out long standing; short spells set none
        if self.licences_lacked and any(
            f.family is Family.LICENCE and f.modality is Modality.REQUIRED and f.code in self.licences_lacked
            for f in job_facts
        ):
            return False  # "持危险货物运输从业资格证" for one who lists an A2 licence only
        if self.deaf and any(f.code == "needs_hearing" and f.modality is Modality.REQUIRED for f in job_facts):
            return False
        if self.no_talking and any(f.code == "needs_talking" and f.modality is Modality.REQUIRED for f in job_facts):
            return False  # "一直要讲话" for "医生说不能长时间讲话"
        if self.no_phone_sales and any(f.code == "needs_phone" and PHONE_SALES.search(f.evidence) for f in job_facts):
            return False
        if self.held_windows and shifts_unshown(job_facts):
            return False  # a rota by day, but its shifts' hours not all shown: not known to keep to the person's day
        if self.held_windows and night_unshown(job_facts) and night_only_by_open_start(self.held_windows):
            return False  # "夜班" with no hours, for a day that reaches the night only by an open start ("四点就得走")
        if self.no_overtime and any(f.code == "overtime" for f in job_facts):
            return False  # "需加班", "加班多" for a person who wrote "不能加班"
        if refused_days_worked(job_facts, self.days_refused):
            return False  # "周一至周六" or "双休" for "每周三要带孩子看病，那天不行", "周末班" for "周日不行"
        if self.days_refused and rota_all_week(job_facts):
            return False  # "三班倒", "做一休一" for "礼拜天不能上班": its rest days turn
        if hours_refused(self, job_facts):
            return False  # "饭店洗碗工" saying no hours, for "下午四点半要去接孩子": its kind works to nine at night; "代驾" for "晚上得回来"
        if self.free_days and days_missed(job_facts, self.free_days):
            return False  # "火锅店服务员，早10晚8" for "周末两天有空，平时上班", "周一至周五" for "我周一三五有空"; not "周末兼职", "招零工，日结"
        most = min(self.most_days or 7, 7 - len(self.days_refused))
        days = week_days(job_facts) if most < 7 else None
        if days is not None and days > most:
            return False  # "双休" is five days, "单休" six: more than "一周能做三四天"; "全年无休" for "周日不行"
        if self.skills_lacked and any(self._lacks_skill(f) for f in job_facts):
            return False  # "英语流利" for a person who wrote "英语一窍不通", "会做饭" for "不会做饭"
        if (self.electrician or self.teacher) and kind_short(self.electrician, self.teacher, job_facts):
            return False  # "高压电工证（低压证不行）" for "低压电工证有"; 「幼儿园教师资格证」 for a 小学 one
        if not self._age_fits(job_facts, today or date.today()):
            return False
        if self.away_kinds and any(self._refused_kind(f) for f in job_facts):
            return False  # "经常出差" for a person who wrote "不能经常出差", "跑客户" for "不想跑业务"
        if any(f.code == "shift_choice" for f in job_facts):  # "早班…或晚班…，固定一个班": one shift must fit
            stated = [f for f in job_facts if f.code == "hours"]
            if stated and all(self._short_of(f, today) for f in stated):
                return False
            job_facts = [f for f in job_facts if f.code != "hours"]
        return not any(self._short_of(f, today) for f in job_facts)

    def _short_of(self, f: Fact, today: date | None) -> bool:
        """Whether the person falls short of one stated requirement (schooling, hours, years of work, 驾龄)."""
        if f.code == "edu_min" and self.education is not None and f.value in LEVEL_RANK:
            return self.education < LEVEL_RANK[f.value]
        if f.code == "major" and f.modality is Modality.REQUIRED and self.education is not None:
            return self.education < MAJOR_SCHOOLING  # "需统计学等相关专业" for "小学文化": no school taught one
        if f.code == "hours":
            return not self._fits_hours(worked_spans(f))
        if f.code == "starts" and f.value:  # "早上6点上班": a start alone, before the person's day begins
            return self._starts_early(start_minutes(f.value))
        if f.code == "day_part" and f.value:  # "每天下午上班" for "上午有空": the part meets no free window
            return part_missed(f.value, self.held_window, self.held_windows)
        if not (f.value and f.value.isdigit()):
            return False
        if f.code == "day_hours":  # "每天10小时" for "只有上午九点到十一点半有空" (rev5 H10): longer than the day left
            free = self._free_minutes()
            most = [m for m in (self.longest_day, None if free is None else free + LOOSE_DAY) if m is not None]
            return bool(most) and int(f.value) * 60 > min(most)
        if f.code == "experience_min":
            return int(f.value) > self.years_for(f, today)
        # 驾龄: years of holding a licence, which only words about the licence tell, not years of work
        return f.code == "driving_years_min" and self.driving_years is not None and int(f.value) > self.driving_years

    def _refused_kind(self, f: Fact) -> bool:
        return f.modality is None and any(
            code == f.code and KINDS[kind].search(f.evidence) for code, kind in self.away_kinds
        )

    def _fits_hours(self, worked: list[tuple[int, int]]) -> bool:
        """Each part of a split day is judged on its own ("9:00-11:30，13:30-17:30" suits one whose noon is taken);
        the length of the day is what is worked, breaks left out."""
        for start, end in worked:
            if self.held_window is not None and (start < self.held_window[0] or end > self.held_window[1]):
                return False
            if self.held_windows and not any(low <= start and end <= high for low, high in self.held_windows):
                return False
        return self.longest_day is None or sum(end - start for start, end in worked) <= self.longest_day

    def _starts_early(self, start: int) -> bool:
        if self.held_window is not None and start < self.held_window[0]:
            return True
        return bool(self.held_windows) and not any(low <= start < high for low, high in self.held_windows)

    def _free_minutes(self) -> int | None:
        """The most minutes a day the person's hours or free windows hold ("只能8点到12点": 240), None where unsaid."""
        spans = [end - start for start, end in self.held_windows] if self.held_windows else []
        widths = ([self.held_window[1] - self.held_window[0]] if self.held_window is not None else []) + (
            [sum(spans)] if spans else []
        )
        return min(widths, default=None)

    def _lacks_skill(self, f: Fact) -> bool:
        if f.family is not Family.SKILL or f.modality is not Modality.REQUIRED:
            return False
        return any(code == f.code and same_skill(value, f.value, f.evidence) for code, value in self.skills_lacked)

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
