"""A brother's, a sister's, a daughter's (闺女) or a 老乡's or 同学's limit, licence or age is not the person's
(`cues.someone_else`); the person as others call her or him (小哥, 打工妹, 哥们) and a 徒弟 stay the person's."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts


def codes(words: str) -> set[str]:
    return {f.code for f in seeker_facts("", words)}


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("我姐腰不好，我自己身体没毛病", "no_lifting"),
        ("我妹妹不能上夜班", "no_night"),
        ("我哥有叉车证", "forklift"),
        ("弟弟有C1驾照", "driving_C1"),
        ("我闺女不识字", "literacy"),
        ("老乡有电工证", "electrician"),
        ("同学有焊工证", "welder"),
    ],
)
def test_a_relatives_or_acquaintances_fact_is_not_the_persons(words: str, code: str) -> None:
    assert code not in codes(words)


def test_a_brothers_age_is_not_the_persons() -> None:
    ages = {f.value for f in seeker_facts("", "弟弟今年22岁，我今年47岁") if f.code == "age"}
    assert ages == {"47"}


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("送外卖的小哥有驾照", "driving"),
        ("带过两个徒弟有电工证", "electrician"),
        ("我是打工妹不能上夜班", "no_night"),
        ("哥们有叉车证能开", "forklift"),
        ("在姐夫厂里干过三年电焊", "welder"),
    ],
)
def test_the_person_as_others_call_them_stays_the_person(words: str, code: str) -> None:
    assert code in codes(words)
