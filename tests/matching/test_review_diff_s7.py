"""What the review of session 7's diff found in the reader fixes it had merged: an exam passed long ago read as ahead,
the person herself (宝妈, 全职妈妈) or the person beside another ("我和老公都有") read as someone else, a certificate
lacked read as schooling left, and 最佳 a wish in one family and a demand in the others. Each case failed before."""

from __future__ import annotations

import pytest

from matching.facts import Modality, job_bits, posting_facts, seeker_facts, seeker_limits


def said(words: str) -> dict[str, tuple[str | None, Modality | None]]:
    return {f.code: (f.value, f.modality) for f in seeker_facts("", words)}


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("18岁就考驾照了，开了五年车", "driving"),
        ("去年刚考驾照", "driving"),
        ("考驾照拿到了", "driving"),
        ("2019年考电工证，现在干了五年电工", "electrician"),
    ],
)
def test_an_exam_taken_in_the_past_is_a_licence_held(words: str, code: str) -> None:
    assert said(words)[code][1] is Modality.HAS


@pytest.mark.parametrize(
    ("words", "code"), [("周末要去上课考会计证", "accounting"), ("还得考驾照", "driving"), ("明年考叉车证", "forklift")]
)
def test_an_exam_still_ahead_is_a_licence_lacked(words: str, code: str) -> None:
    assert said(words)[code][1] is Modality.LACKS


def test_one_who_passed_long_ago_is_offered_the_driving_post() -> None:
    post = job_bits(posting_facts("送货司机", "需C1驾照，送货"))
    assert seeker_limits(seeker_facts("", "18岁就考驾照了，开了五年车")).admits(post)
    assert not seeker_limits(seeker_facts("", "还得考驾照")).admits(post)


@pytest.mark.parametrize(
    ("words", "code", "value"),
    [
        ("我是宝妈有C1驾照，想找个送货的活", "driving_C1", None),
        ("全职妈妈有驾照，会开车", "driving", None),
        ("单亲妈妈有叉车证，干过三年仓库", "forklift", None),
        ("我和老公都有驾照，可以开车", "driving", None),
        ("老公和我都有驾照", "driving", None),
        ("我跟朋友一起考了叉车证", "forklift", None),
        ("宝妈开过两年网约车", "driving", None),
        ("我是宝妈初中毕业", "edu", "junior_high"),
        ("宝妈腰不好", "no_lifting", None),
    ],
)
def test_the_person_herself_or_beside_another_is_no_one_else(words: str, code: str, value: str | None) -> None:
    assert code in said(words)
    assert said(words)[code][0] == value


@pytest.mark.parametrize("words", ["老公有驾照", "儿子有叉车证", "朋友有叉车证", "我妈不识字", "我妈妈腰不好"])
def test_someone_else_is_still_someone_else(words: str) -> None:
    assert not {"driving", "forklift", "literacy", "no_lifting"} & set(said(words))


@pytest.mark.parametrize(
    ("words", "level"),
    [("初中没有毕业证，但是读完了", "junior_high"), ("初中没有毕业", "primary"), ("初中没念完", "primary")],
)
def test_a_certificate_lacked_is_not_school_left(words: str, level: str) -> None:
    assert said(words)["edu"][0] == level


@pytest.mark.parametrize(("text", "code"), [("持叉车证最佳", "forklift"), ("会开车最佳", "driving")])
def test_best_if_is_a_wish_in_every_family(text: str, code: str) -> None:
    assert {f.code: f.modality for f in posting_facts("", text)}[code] is Modality.PREFERRED


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("计算机专业，或具有相关专业背景", Modality.REQUIRED),  # another field, not work done instead
        ("护理专业毕业，或有护工工作经历", Modality.PREFERRED),  # the major or the work
    ],
)
def test_a_major_is_a_wish_only_where_work_may_stand_in_for_it(text: str, modality: Modality) -> None:
    assert {f.code: f.modality for f in posting_facts("", text)}["major"] is modality
