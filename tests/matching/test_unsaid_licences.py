"""A licence a posting requires that the seeker never mentions (issue 22 item 2, persona s25): the match is demoted
and says so, never left out; one the person states, lists or whose past work implies it is not (a guard's past work
is, since session 19); a licence merely preferred is not; and a post reserved for disabled people is labelled for
everyone."""

from __future__ import annotations

import numpy as np
import pytest

from matching.facts import (
    JobBits,
    Modality,
    explain_facts,
    job_bits,
    posting_facts,
    seeker_facts,
    seeker_limits,
    words_of,
)
from matching.index import Candidates
from matching.ranking import CandidateInputs, Weights, rank_top_k

GUARD = ("写字楼白班保安", "写字楼招白班保安，8:00-17:00，站岗巡逻。须持保安员证，50岁以下。")
NOTE = "需持保安员证 · 你的资料里没有提到"


def note_for(experience: str, posting: tuple[str, str] = GUARD, *, employer: bool = False) -> tuple[float, list[str]]:
    """What the pair's blend takes away (1.0: demoted) and what its explanation says."""
    limits = seeker_limits(seeker_facts("保安", experience))
    facts = posting_facts(*posting)
    bits = job_bits(facts)
    assert limits.admits(bits) and limits.fits(facts)  # demoted, never left out
    return limits.unsaid_in(bits), explain_facts(limits, bits, facts, employer=employer)


def test_a_required_licence_the_seeker_never_mentions_demotes_the_match_and_says_so():
    demoted, words = note_for("2025年6月大专毕业后去当兵，今年9月退役，23岁，还没正式上过班。")
    assert demoted == 1.0 and NOTE in words
    _, to_employer = note_for("2025年6月大专毕业后去当兵，今年9月退役", employer=True)
    assert "需持保安员证 · 求职者资料里没有提到" in to_employer


@pytest.mark.parametrize("experience", ["退伍一年，有保安员证", "持保安证，想找白班", "保安员证、叉车证都有"])
def test_a_stated_licence_is_not_demoted(experience: str):
    assert note_for(experience) == (0.0, [])


@pytest.mark.parametrize(
    "experience", ["在小区当了三年保安", "以前干过押运", "保安干了5年，想换个近点的"], ids=["当了", "干过", "年"]
)
def test_a_guards_past_work_is_shown_but_still_demoted(experience: str):
    """Session 19: guards work without the card the law asks (judges of dev6, dev11, dev13 read 「当过三年保安」 as
    lacking it): the implication is shown, and the post that requires the card is demoted and says so, never left out."""
    facts = seeker_facts("保安", experience)
    implied = [f for f in facts if f.code == "security" and f.modality is Modality.IMPLIED]
    assert implied and words_of(implied[0]) == "应持保安员证（按工作经历）"  # shown, so a misreading can be rejected
    assert note_for(experience) == (1.0, [NOTE])


@pytest.mark.parametrize("experience", ["没干过保安，想试试", "想找保安的活", "想学保安这行"])
def test_work_wanted_or_not_done_implies_nothing(experience: str):
    assert note_for(experience)[0] == 1.0


def test_driving_a_truck_for_years_implies_a_driving_licence():
    freight = ("货车司机", "开4.2米厢式货车市内配送，须持B2及以上驾照")
    limits = seeker_limits(seeker_facts("货车司机", "开了十年货车，跑过长途"))
    facts = posting_facts(*freight)
    assert limits.unsaid_in(job_bits(facts)) == 0.0
    assert seeker_limits(seeker_facts("货车司机", "")).unsaid_in(job_bits(facts)) == 1.0  # the wish alone: unsaid


@pytest.mark.parametrize(
    "posting",
    [
        ("商场保安", "商场招保安，站岗巡逻，有保安证优先。"),
        ("电焊工", "有焊工证优先，无证可以培训。"),
        ("食堂帮厨", "洗菜切菜，需办健康证，公司协助办理。"),  # a 健康证 is a routine check, not a qualification
    ],
)
def test_a_preferred_licence_or_a_health_certificate_is_not_demoted(posting: tuple[str, str]):
    assert note_for("2025年退伍，还没上过班", posting) == (0.0, [])


def test_a_person_who_lists_their_licences_still_lacks_the_others_outright():
    limits = seeker_limits(seeker_facts("保安", "有叉车证"))
    assert not limits.admits(job_bits(posting_facts(*GUARD)))  # unchanged: listed licences make the others lacked


def test_the_blend_takes_the_weight_off_and_the_order_flips():
    candidates = Candidates(np.array([1, 2]), np.array([0.5, 0.5]), np.array([0.80, 0.78], np.float32))
    inputs = {1: CandidateInputs(None, 1.0, unsaid=1.0), 2: CandidateInputs(None, 1.0)}
    page = rank_top_k(candidates, lambda ids: {i: inputs[i] for i in ids}, Weights(), k=2)
    assert [r.id for r in page.items] == [2, 1] and page.items[1].factors.unsaid == 1.0
    off = rank_top_k(candidates, lambda ids: {i: inputs[i] for i in ids}, Weights(unsaid_licence=0.0), k=2)
    assert [r.id for r in off.items] == [1, 2]
    assert page.items[1].score == pytest.approx(off.items[0].score - Weights().unsaid_licence)


@pytest.mark.parametrize(
    "words",
    ["街道面向持证残疾人的文员专岗（只招残疾人）", "本岗位为残疾人专岗", "仅招残疾人，需持残疾人证"],
)
def test_a_post_reserved_for_disabled_people_is_labelled_for_everyone(words: str):
    facts = posting_facts("街道文员", words)
    bits = job_bits(facts)
    assert bits & JobBits.DISABLED_ONLY
    nobody = seeker_limits([])
    assert nobody.admits(bits) and explain_facts(nobody, bits, facts)[0] == "仅招持证残疾人"
    assert "仅招持证残疾人" in [words_of(f) for f in facts]


@pytest.mark.parametrize("words", ["残疾人优先", "欢迎残疾人朋友", "优先安置残疾人等就业困难人员"])
def test_a_post_that_welcomes_disabled_people_is_not_reserved(words: str):
    assert not job_bits(posting_facts("文员", words)) & JobBits.DISABLED_ONLY


def test_a_post_reserved_for_disabled_people_is_unsaid_unless_a_disability_is_declared_or_stated() -> None:
    reserved = int(JobBits.DISABLED_ONLY)
    assert seeker_limits(seeker_facts("文员", "本科毕业，做过两年销售")).unsaid & reserved
    assert not seeker_limits(seeker_facts("文员", "本科"), disabled=True).unsaid & reserved  # the declared group
    assert not seeker_limits(seeker_facts("文员", "我坐轮椅，本科")).unsaid & reserved  # stated, under consent
    assert not seeker_limits(seeker_facts("文员", "听力二级残疾")).unsaid & reserved
