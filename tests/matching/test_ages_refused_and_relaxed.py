"""A reviewer's findings on posted ages: minors turned away are no top age, and a cap a later bound relaxes gives way
to it. Every wording is made up; none is a real posting's."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts


def ages_of(description: str) -> list[str | None]:
    return [f.value for f in posting_facts("", description) if f.code == "age_range"]


@pytest.mark.parametrize(
    "description",
    ["十八岁以下勿扰", "十八岁以下不招", "十六岁以下童工禁止", "18岁以下勿扰", "18周岁以下谢绝", "未满十八岁以下免谈"],
)
def test_minors_turned_away_are_no_top_age(description: str) -> None:
    assert ages_of(description) == []


def test_a_later_bound_that_also_takes_relaxes_the_cap_to_the_larger() -> None:
    assert ages_of("五十岁以内，六十岁以内也可以") == ["-60"]


@pytest.mark.parametrize(
    ("description", "ages"),
    [
        ("四十五岁以下", ["-45"]),
        ("年龄45岁以下，勿扰无经验者", ["-45"]),
        ("18-45岁", ["18-45"]),
        ("65岁以下都可以", ["-65"]),
        ("三十岁以下", ["-30"]),
    ],
)
def test_a_top_age_is_still_read(description: str, ages: list[str]) -> None:
    assert ages_of(description) == ages
