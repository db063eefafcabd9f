"""Issue 22, session 13 (h-fix9a): decoys for the fourth reviewer's classes 1, 6 and 10 (seeker side). Going out said
to be out only at a time, in a weather or at a distance ("周末出门上班不行", "下雨天出门上班不行") is no home-only
limit, nor is home work said to be not the only wish ("不想只在家搞钱，出去上班也行"). The reviewer's lines and variations
of them; every wording is made up here."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import seeker_facts


def _limits(words: str) -> set[str]:
    facts = seeker_facts("", words, [], today=date(2026, 12, 6))
    return {f.code for f in facts if f.modality is not None and f.modality.value == "limit"}


@pytest.mark.parametrize(
    "words",
    [
        "不想只在家搞钱，出去上班也行",
        "不想只在家里赚钱，出门工作也可以",
        "周末出门上班不行，平时可以",
        "下雨天出门上班不行",
        "早上出门上班不行，下午可以",
        "太远出门上班不行",
        "离家远出门上班不行",
        "冬天出门上班不行",
        "下午出门上班不行",
        "星期天出门干活不行，要带娃",
        "下雪天出门工作真不行",
    ],
)
def test_going_out_narrowed_is_no_home_limit(words: str) -> None:
    assert "home_only" not in _limits(words)


@pytest.mark.parametrize("words", ["出门上班是真不行", "我社恐，出门上班不行", "没法出门上班，会打字"])
def test_going_out_refused_bare_stays_home_only(words: str) -> None:
    assert "home_only" in _limits(words)
