"""Programme rules (就业见习, 公益性岗位, 零工) as data: who may be matched with each job type, and why.

Each rule is a small tree of conditions. Every condition can say, in the words a seeker reads, why
it holds or fails, so one table decides eligibility in matching and pushes and writes the explanation
("不符合见习条件：毕业超过2年"). Posting rules (见习期限, 零工 pay unit, shift times) live here too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from matching.shifts import shift_problem

INTERNSHIP, PUBLIC_WELFARE, GIG = "internship", "public_welfare", "gig"


@dataclass(frozen=True, slots=True)
class Said:
    """What the person's own words tell where a field is empty, each with the words, which the verdict names."""

    ages: tuple[int, int] | None = None  # the youngest and oldest the words allow ("22岁": 22, 22)
    age_words: str = ""
    out_of_work: str = ""  # "一直在家待业": out of work now
    groups: tuple[tuple[str, str], ...] = ()  # ("hard_to_employ", "在社区登记了就业困难人员")


@dataclass(frozen=True, slots=True)
class Applicant:
    """What the rules may look at; None where the seeker has not said."""

    birth_date: date | None = None
    graduation_date: date | None = None  # past or expected
    employment_status: str | None = None  # unemployed | employed | student
    groups: frozenset[str] = frozenset()
    graduation_words: str | None = None  # the person's own words the date was read from, when no field held it
    said: Said = Said()  # read from the person's words; a field, when filled, wins


@dataclass(frozen=True, slots=True)
class Check:
    holds: bool
    why: str  # the reason, either way: "毕业2年内" / "毕业超过2年"
    words: tuple[str, ...] = ()  # the person's own words a holding reason was read from ("2025年6月毕业")


class Condition:
    def check(self, applicant: Applicant, today: date) -> Check:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class GraduatedWithin(Condition):
    """Graduated at most `since_months` ago, or graduating within `ahead_months`."""

    since_months: int
    ahead_months: int

    def check(self, applicant: Applicant, today: date) -> Check:
        graduated = applicant.graduation_date
        if graduated is None:
            return Check(False, "未填写毕业时间")
        months = months_between(graduated, today)  # > 0: already graduated
        if months > self.since_months:
            return Check(False, f"毕业超过{self.since_months // 12}年")
        if months < -self.ahead_months:
            return Check(False, f"距毕业超过{self.ahead_months}个月")
        source = (applicant.graduation_words,) if applicant.graduation_words else ()
        if months < 0:
            return Check(True, f"{self.ahead_months}个月内毕业", source)
        return Check(True, f"毕业{self.since_months // 12}年内", source)


@dataclass(frozen=True, slots=True)
class AgeBetween(Condition):
    low: int
    high: int

    def check(self, applicant: Applicant, today: date) -> Check:
        words: tuple[str, ...] = ()
        if applicant.birth_date is not None:
            youngest = oldest = age_on(applicant.birth_date, today)
        elif applicant.said.ages is not None:  # "22岁": the words, when every age they allow agrees
            (youngest, oldest), words = applicant.said.ages, (applicant.said.age_words,)
        else:
            return Check(False, "未填写出生日期")
        if oldest < self.low:
            return Check(False, f"未满{self.low}岁")
        if youngest > self.high:
            return Check(False, f"年龄超过{self.high}岁")
        if youngest < self.low or oldest > self.high:
            return Check(False, "未填写出生日期")  # "二十多岁": some ages inside, some not
        return Check(True, f"{self.low}–{self.high}岁", words)


@dataclass(frozen=True, slots=True)
class StatusIs(Condition):
    status: str
    words: str

    def check(self, applicant: Applicant, today: date) -> Check:
        if applicant.employment_status == self.status:
            return Check(True, self.words)
        if applicant.employment_status is None and self.status == "unemployed" and applicant.said.out_of_work:
            return Check(True, self.words, (applicant.said.out_of_work,))  # "一直在家待业"
        return Check(False, "未填写就业状态" if applicant.employment_status is None else f"非{self.words}")


@dataclass(frozen=True, slots=True)
class InGroup(Condition):
    group: str
    words: str

    def check(self, applicant: Applicant, today: date) -> Check:
        if self.group in applicant.groups:
            return Check(True, f"已登记为{self.words}")
        said = next((words for group, words in applicant.said.groups if group == self.group), None)
        return Check(True, self.words, (said,)) if said else Check(False, f"未登记为{self.words}")


@dataclass(frozen=True, slots=True)
class AllOf(Condition):
    parts: tuple[Condition, ...]

    def check(self, applicant: Applicant, today: date) -> Check:
        checks = [p.check(applicant, today) for p in self.parts]
        failed = [c.why for c in checks if not c.holds]
        if failed:
            return Check(False, "、".join(failed))
        return Check(True, "".join(c.why for c in checks), tuple(w for c in checks for w in c.words))


@dataclass(frozen=True, slots=True)
class AnyOf(Condition):
    parts: tuple[Condition, ...]

    def check(self, applicant: Applicant, today: date) -> Check:
        checks = [p.check(applicant, today) for p in self.parts]
        held = next((c for c in checks if c.holds), None)
        return held if held else Check(False, "；".join(c.why for c in checks))


@dataclass(frozen=True, slots=True)
class Programme:
    job_type: str
    name: str  # "见习"
    requirement: Condition | None  # None: open to every seeker
    posting_months: tuple[int, int] | None = None  # a posting's term must fall in this range
    pay_units: tuple[str, ...] = ()  # a posting's pay must be quoted in one of these
    wants_shifts: bool = False  # postings say when the work is ("08:00-12:00")


@dataclass(frozen=True, slots=True)
class Verdict:
    job_type: str
    eligible: bool
    explanation: str  # "符合见习条件：毕业2年内" / "不符合见习条件：毕业超过2年"


RULES: Mapping[str, Programme] = {
    INTERNSHIP: Programme(
        INTERNSHIP,
        "见习",
        # 人社部 就业见习: graduating within 6 months, graduated within 2 years, or unemployed youth 16–24.
        AnyOf(
            (
                GraduatedWithin(since_months=24, ahead_months=6),
                AllOf((AgeBetween(16, 24), StatusIs("unemployed", "失业人员"))),
            )
        ),
        posting_months=(3, 12),
    ),
    PUBLIC_WELFARE: Programme(PUBLIC_WELFARE, "公益性岗位", InGroup("hard_to_employ", "就业困难人员")),
    GIG: Programme(GIG, "零工", None, pay_units=("day", "hour"), wants_shifts=True),
}


def verdict(job_type: str, applicant: Applicant, today: date) -> Verdict:
    """May this seeker be matched with a job of this type today, and why."""
    programme = RULES.get(job_type)
    if programme is None or programme.requirement is None:
        return Verdict(job_type, True, "")
    check = programme.requirement.check(applicant, today)
    words = "符合" if check.holds else "不符合"
    source = "".join(f"「{w}」" for w in check.words)
    said = f"（按简历中{source}判断）" if check.holds and source else ""
    return Verdict(job_type, check.holds, f"{words}{programme.name}条件：{check.why}{said}")


@dataclass(frozen=True, slots=True)
class PostingTerms:
    job_type: str
    pay_unit: str | None  # None: no pay quoted
    months: int | None = None
    shifts: Sequence[str] = field(default_factory=tuple)


def posting_problems(terms: PostingTerms) -> list[tuple[str, str]]:
    """(field, reason) for each programme rule a posting breaks; empty when it keeps them all."""
    programme = RULES.get(terms.job_type)
    problems = [("shifts", why) for why in map(shift_problem, terms.shifts) if why]
    if programme is None:
        return problems
    if programme.posting_months:
        low, high = programme.posting_months
        if terms.months is None:
            problems.append(("internship_months", f"{programme.name}岗位须写明期限（{low}–{high}个月）"))
        elif not low <= terms.months <= high:
            problems.append(
                ("internship_months", f"{programme.name}期限应为{low}–{high}个月，而不是{terms.months}个月")
            )
    if programme.pay_units and terms.pay_unit is not None and terms.pay_unit not in programme.pay_units:
        problems.append(("salary.unit", f"{programme.name}按日或按小时计酬"))
    return problems


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def months_between(start: date, end: date) -> int:
    """Whole months from start to end; negative when end is earlier."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and end.day < start.day:
        months -= 1
    elif months < 0 and end.day > start.day:
        months += 1
    return months
