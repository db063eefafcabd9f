"""Ages as the review of facts-20b found them misread (issue 22, session 10): a range of decades said of others,
parents' ages, counts passed, clock times, years of work, 属 in other words, a 本命年 still ahead, and the 2000s
birth years; each in our own wording, with what must still be read."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts


def read(words: str, *codes: str) -> set[tuple[str, str | None]]:
    wanted = codes or ("age", "born", "zodiac", "own_year")
    return {(f.code, f.value) for f in seeker_facts("", words) if f.code in wanted}


@pytest.mark.parametrize(
    ("words", "facts"),
    [
        ("我四十多，工地上三四十岁的都有", {("age", "40-49")}),  # the person's own age, not the crew's
        ("车间里都是五六十岁的，我也想去", set()),
        ("小区保安都是六七十的人", set()),
        ("一晚上能挣三四十了", set()),
        ("他们那边六七十岁的也在干", set()),
        ("我已经五六十岁了，身体还行", {("age", "50-69")}),
        ("四五十岁的人了，想找个轻松点的", {("age", "40-59")}),
    ],
)
def test_a_range_of_decades_is_the_persons_only_when_said_of_themselves(words: str, facts: set[tuple[str, str]]):
    assert read(words, "age") == facts


@pytest.mark.parametrize(
    "words", ["公婆七十多了，要人照顾", "岳父母都六十多了", "家里爷爷奶奶八十多了", "我父母五六十岁，在老家"]
)
def test_the_ages_of_parents_and_grandparents_are_not_the_persons(words: str):
    assert not read(words, "age")


@pytest.mark.parametrize("words", ["上个月送超过了六十单", "一天跑过了五十趟活", "一年干过了七十场"])
def test_a_count_passed_is_no_age(words: str):
    assert not read(words, "age")


@pytest.mark.parametrize(("words", "age"), [("过了五十了，腿脚还好", "50-"), ("已过六十岁", "60-")])
def test_an_age_passed_is_still_read(words: str, age: str):
    assert read(words, "age") == {("age", age)}


@pytest.mark.parametrize("words", ["晚上19：00后都行", "下午4点50后才下班", "20:05后能接单", "早上6:55后出门"])
def test_a_clock_time_is_no_generation(words: str):
    assert not read(words, "born")


@pytest.mark.parametrize(
    "words", ["在厂里六七年的，流水线都熟", "干保洁七八年的人了", "开叉车五六年的，证也有", "跑运输45年的人了"]
)
def test_years_of_work_in_chinese_numerals_are_no_birth_year(words: str):
    assert not read(words, "born")


@pytest.mark.parametrize(
    ("words", "born"),
    [
        ("七六年的，身体好", "1976"),
        ("我七九年的，想找个白班", "1979"),
        ("本人82年的", "1982"),
        ("在厂里上班，86年生", "1986"),
        ("我是六八年的", "1968"),
        ("五九年属猪的", "1959"),
        ("我是03年的", "2003"),
        ("我是零五年的", "2005"),
        ("08年出生，刚毕业", "2008"),
    ],
)
def test_a_birth_year_in_two_digits_is_read_when_it_is_the_persons(words: str, born: str):
    assert read(words, "born") == {("born", born)}


@pytest.mark.parametrize("words", ["籍贯所属马鞍山", "这事实属虎口拔牙", "单位隶属羊山街道", "纯属鸡毛蒜皮"])
def test_shu_in_other_words_is_no_sign(words: str):
    assert not read(words, "zodiac")


@pytest.mark.parametrize(
    ("words", "sign"), [("我属狗的", "狗"), ("属龙，身体好", "龙"), ("我是属鸡的", "鸡"), ("生肖属牛", "牛")]
)
def test_a_sign_said_as_one_is_read(words: str, sign: str):
    assert read(words, "zodiac") == {("zodiac", sign)}


@pytest.mark.parametrize("words", ["等到下个本命年", "再过一年就是我的本命年", "快到我本命年了", "还有两年本命年"])
def test_a_year_of_ones_sign_still_ahead_is_not_this_one(words: str):
    assert not read(words, "own_year")


def test_this_years_sign_is_still_read():
    assert read("今年正好是我本命年", "own_year") == {("own_year", "本命年")}
