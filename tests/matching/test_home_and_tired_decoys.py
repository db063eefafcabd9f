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


# ---- class 6: tiredness anyone feels, a past trouble, one asked and answered no, slowness ----
@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("搬多了手会酸，一般人都这样", "no_lifting"),
        ("扛久了胳膊酸，谁都一样", "no_lifting"),
        ("站久了腿酸，谁都一样吧", "no_standing"),
        ("蹲久了腿麻，起来一会儿就好", "no_bending"),
        ("手一碰凉水就痛，以前的事了", "no_cold_wet"),
        ("站久了腿疼，那是好多年前的事了", "no_standing"),
        ("搬东西腰疼？不会的，我天天健身", "no_lifting"),
        ("走不快，但是能一直走", "no_walking"),
        ("走不快，但是能一直走", "no_stairs"),
    ],
)
def test_ordinary_past_or_denied_trouble_is_no_limit(words: str, code: str) -> None:
    assert code not in _limits(words)


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("站久了腿疼", "no_standing"),
        ("搬多了腰疼，一般人都这样吗", "no_lifting"),  # pain stays whatever others feel
        ("走远了腿就痛", "no_walking"),
        ("手一碰凉水就痛", "no_cold_wet"),
    ],
)
def test_pain_stays_a_limit(words: str, code: str) -> None:
    assert code in _limits(words)


# ---- class 10 (seeker side): a job's 驾龄 sought is not the person's ----
def _driving_years(words: str) -> set[str]:
    facts = seeker_facts("", words, [], today=date(2026, 12, 6))
    return {str(f.value) for f in facts if f.code == "driving_years"}


@pytest.mark.parametrize("words", ["驾龄三年的活我也想找", "驾龄五年以上的工作我想试试", "驾龄两年的岗位也可以找找"])
def test_driving_years_of_a_job_sought_not_held(words: str) -> None:
    assert _driving_years(words) == set()


@pytest.mark.parametrize(("words", "years"), [("我驾龄三年", "3"), ("驾龄三年的司机，想找活", "3")])
def test_driving_years_held_kept(words: str, years: str) -> None:
    assert _driving_years(words) == {years}
