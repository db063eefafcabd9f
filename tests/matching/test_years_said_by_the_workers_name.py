"""Issue 22 s13 (a third review's class 15): years in a trade said with its worker's name ("当厨子二十多年", "掌勺
十五年") are years of that trade, and military service ("当了五年兵") meets the years a guard's post asks under its title
("保安，一年以上经验"), not years of guarding named ("两年以上保安经验", as `test_years_trade` holds) nor another trade's.
Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 6)
COOK = ("厨师", "快餐店厨师，五年以上经验，包吃住")
GUARD = ("保安", "小区保安，一年以上经验，白班")
GATE = ("小区门卫", "门卫，有经验的来，长白班")
GUARDS_YEARS = ("保安", "商场保安，两年以上保安经验")


def shown(words: str, post: tuple[str, str], desired: str = "") -> bool:
    return seeker_limits(seeker_facts(desired, words, today=TODAY)).fits(posting_facts(*post), TODAY)


@pytest.mark.parametrize(
    "words",
    [
        "当厨子二十多年了",
        "在饭店当厨子八年",
        "做了十年厨子，会炒川菜",
        "掌勺十五年",
        "在酒店掌勺掌了六年",
    ],
)
def test_years_said_with_a_cooks_name_meet_a_cooks_post(words: str) -> None:
    assert shown(words, COOK)


@pytest.mark.parametrize(
    "words",
    [
        "当厨子才半年",  # too few
        "掌勺两年",
        "在家给孩子做饭二十年，没上过班",  # no work for anyone
        "当了八年服务员",  # another trade
    ],
)
def test_years_a_cooks_post_is_not_met_by(words: str) -> None:
    assert not shown(words, COOK)


@pytest.mark.parametrize("words", ["在部队当了五年兵", "当兵五年，退伍了", "服役三年，退伍军人", "在部队待了两年"])
@pytest.mark.parametrize("post", [GUARD, GATE])
def test_military_service_meets_the_years_a_guards_post_asks(words: str, post: tuple[str, str]) -> None:
    assert shown(words, post, "保安")


@pytest.mark.parametrize("words", ["在部队当了五年兵", "当兵五年，退伍了"])
def test_military_service_is_not_years_of_guarding_named(words: str) -> None:
    assert not shown(words, GUARDS_YEARS, "保安")


@pytest.mark.parametrize("words", ["在部队当了五年兵", "当了五年兵", "当兵五年，退伍了"])
@pytest.mark.parametrize(
    "post", [COOK, ("电工", "持电工证，两年以上电工经验"), ("叉车司机", "叉车司机，两年以上叉车经验")]
)
def test_military_service_is_no_other_trades_years(words: str, post: tuple[str, str]) -> None:
    assert not shown(words, post)


def test_a_guards_years_do_not_meet_a_post_asking_service() -> None:
    assert not shown("干了三年保安", ("押运员", "押运员，退伍军人，两年以上部队经历"))


LEARNT_COOK = ("厨师", "厨师，三年以上工作经验")


@pytest.mark.parametrize(
    ("words", "post"),
    [
        ("学过半年厨师", LEARNT_COOK),
        ("在技校学了三年电工", ("电工", "电工，两年以上经验")),  # at school: no years of work
        ("跟师傅学了两年厨师，会炒家常菜", COOK),  # two of the five years asked
    ],
)
def test_a_trade_learnt_is_its_years_and_no_more(words: str, post: tuple[str, str]) -> None:
    assert not shown(words, post)


@pytest.mark.parametrize(
    ("words", "post"),
    [
        ("跟师傅学了三年厨师，会炒家常菜", ("厨师", "厨师，两年以上经验")),
        ("学过半年厨师，后来在饭店当了六年厨师", COOK),
        ("学了两年电脑，打字快", ("文员", "文员，一年以上工作经验")),  # no trade learnt: unread, as before
    ],
)
def test_a_trade_learnt_takes_no_years_away(words: str, post: tuple[str, str]) -> None:
    assert shown(words, post)
