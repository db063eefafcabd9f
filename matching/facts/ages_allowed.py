"""The ages a person's words allow (an age, a birth year, a sign, "本命年") against a posting's age ranges: the
checks `Limits` holds on them."""

from __future__ import annotations

from datetime import date

from matching.facts.fact import Fact

SIGNED_AGES = (16, 80)  # the ages a sign alone ("属虎") can be of: those of working age
OLDEST = 120  # the top of an open span ("年过半百": 50-)
# a cap said alone ("45岁以下", "55岁以内") addresses adults: a minor's work is the law's exception (未成年工, 16-17,
# with its own limits), which a post opens by saying so ("16周岁以上", "16-22岁")
ADULT_AGE = 18


class AgesAllowed:
    """What `Limits` knows of a person's age, checked against a posting's ranges (`Limits.fits`)."""

    __slots__ = ()  # Limits keeps its slots: the fields below are its own
    age: tuple[int, int] | None
    born: tuple[int, int] | None
    zodiac: int | None
    own_year: bool

    def _age_fits(self, job_facts: list[Fact], today: date) -> bool:
        """Some age the words allow is inside one of the ranges (for men or women, a role): a range the person's words
        straddle ("五六十岁" against "55岁以内"), or a sign's ages only some of which fit, keeps no one out."""
        ranges = [
            (ADULT_AGE if low is None and high is not None else low, high)
            for low, high in _one_floor(
                [_ages_of(f, today) for f in job_facts if f.code in ("age_range", "born_range") and f.modality is None]
            )
        ]
        if not ranges:
            return True
        if self.zodiac is None and not self.own_year:  # a span of ages: the common case, without building a set
            span = self._said_span(today)
            if span is None:
                return True
            youngest, oldest = span
            return any((low is None or oldest >= low) and (high is None or youngest <= high) for low, high in ranges)
        ages = self.ages(today)
        return ages is None or any(
            (low is None or age >= low) and (high is None or age <= high) for age in ages for low, high in ranges
        )

    def within(self, asked: Fact, today: date) -> bool:
        """Whether every age the person's words allow is inside a posting's range ("今年四十二" in "18-45岁"), so the
        page may say it is met; a span that straddles it ("五六十岁" against "55岁以下") only keeps the post."""
        ages = self.ages(today)
        low, high = _ages_of(asked, today)
        return bool(ages) and all((low is None or age >= low) and (high is None or age <= high) for age in ages or ())

    def ages(self, today: date) -> frozenset[int] | None:
        """Every age the person's words leave possible today; None where they say none. A sign ("属虎") keeps the
        ages of one born in its years (the age reached this year, or one less before the birthday), of working age
        where no age or birth year is said; "本命年" keeps those of twelve years. A sign no age said fits: the words."""
        said = self._said_span(today)
        if said is None and self.zodiac is None and not self.own_year:
            return None
        low, high = said or SIGNED_AGES
        every = range(low, min(high, OLDEST) + 1)
        signed = frozenset(age for age in every if self._signed(age, today))
        return signed or (frozenset(every) if said else None)

    def _said_span(self, today: date) -> tuple[int, int] | None:
        """The youngest and oldest the person's age or birth year allows today."""
        # a birth year is the age reached this year, as people and employers count it ("92年的" is 34 in 2026)
        return self.age or (None if self.born is None else (today.year - self.born[1], today.year - self.born[0]))

    def _signed(self, age: int, today: date) -> bool:
        if self.own_year and age % 12:
            return False
        born = (today.year - age, today.year - age - 1)
        return self.zodiac is None or any((year - 2020) % 12 == self.zodiac for year in born)


def _one_floor(ranges: list[tuple[int | None, int | None]]) -> list[tuple[int | None, int | None]]:
    """A floor said apart from the caps ("年满18周岁，45岁以下", "18-45岁，须年满18周岁") bounds each capped range, not an
    alternative that admits every age above it; caps stay alternatives of each other (a role's, or men's and women's),
    and so does a floor above a cap."""
    floors = [low for low, high in ranges if high is None and low is not None]
    capped = [(low, high) for low, high in ranges if high is not None]
    if not floors or not capped or max(floors) > min(high for _, high in capped if high is not None):
        return ranges  # a floor above a cap is another group's ("退休人员60岁以上也可"): alternatives, as said
    floor = max(floors)
    return [(floor if low is None else max(low, floor), high) for low, high in capped]


def _ages_of(f: Fact, today: date) -> tuple[int | None, int | None]:
    """A posting's age range as (youngest, oldest), None where open; birth years ("born_range") as of today."""
    low, _, high = (f.value or "").partition("-")
    if f.code == "born_range" and low.isdigit() and high.isdigit():
        return today.year - int(high) - 1, today.year - int(low)
    return (int(low) if low.isdigit() else None), (int(high) if high.isdigit() else None)
