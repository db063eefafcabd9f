"""Issue 22, session 12: 驾龄 a person holds, not one they wish for, one a job asks, or the years a licence took to
get ("想找个驾龄5年以上的活", "考驾照考了三年才过"). Decoys: years held said beside a wish keep their reading. Every
wording is made up for this grid; none is a persona's."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import seeker_facts

TODAY = date(2026, 12, 6)


def held(words: str) -> str | None:
    return next((f.value for f in seeker_facts("司机", words, [], TODAY) if f.code == "driving_years"), None)


@pytest.mark.parametrize(
    "words",
    [
        "想找个驾龄5年以上的活",
        "希望有三年驾龄以后能开大车",
        "需要驾龄两年的岗位我也能去吗",  # decoy: asked, read so before
        "盼着有五年驾龄就能开客车",
        "考驾照考了三年才过",
        "驾照考了两年多才拿到",
        "等驾龄满3年再说",  # decoy: read so before
    ],
)
def test_no_years_held(words: str) -> None:
    assert held(words) is None


@pytest.mark.parametrize(
    ("words", "years"),
    [
        ("想找开车的活，驾龄5年", "5"),
        ("本人驾龄10年以上，想找个稳定的活", "10"),
        ("驾照有五年了，希望找个近的", "5"),
        ("驾照拿了6年", "6"),
        ("有五年驾龄", "5"),
    ],
)
def test_years_held_beside_a_wish(words: str, years: str) -> None:
    assert held(words) == years
