"""Issue 22, session 9: the seeker reader audit. Every reading of the dev halves' personas checked by hand; the
failures fixed here by their phrase family: a school run with its clocks, windows outside the part of the day a person
says is all they have, a past practice at home read as home work, certificates refused as a list or "当时没考",
deafness said plainly, evenings refused as "X点以后的班上不了", and dust or fumes refused with no health named. Every
wording is made up; none is a persona's or a real posting's."""

from __future__ import annotations

import pytest

from matching.facts import DRIVING_BIT, Fact, Modality, seeker_facts, seeker_limits


def facts_of(words: str) -> list[Fact]:
    return seeker_facts("", words)


def free_values(words: str) -> list[str]:
    return [f.value or "" for f in facts_of(words) if f.code == "free"]


def licence_modality(words: str, code: str) -> Modality | None:
    return next((f.modality for f in facts_of(words) if f.code == code), None)


# 1. a school run with its clocks, and windows outside the only part of the day a person has


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("九点送完孩子到下午两点都可以", "1234567 09:00-14:00"),
        ("八点半送走孩子到十一点半都行", "1234567 08:30-11:30"),
        ("送完孩子到下午三点都行", "1234567 08:30-15:00"),
    ],
)
def test_a_school_run_with_clocks_is_read_by_them(words: str, window: str) -> None:
    assert window in free_values(words)


def test_a_morning_only_person_with_a_midday_errand_has_no_afternoon_window() -> None:
    values = free_values("只能上午出来，九点送完娃到十二点，中午还得回去做饭接孩子")
    assert "1234567 09:00-11:30" in values
    assert not any(v.endswith("13:00-16:00") for v in values)
    assert not any(v.endswith("13:00-24:00") for v in free_values("只能上午干活，中午要回家做饭"))


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("孩子上学的时候有空，中午要回家做饭", "1234567 13:00-16:00"),  # no "only": the afternoon stays free
        ("中午要回家做饭", "1234567 13:00-35:30"),
    ],
)
def test_a_midday_errand_alone_still_leaves_the_afternoon(words: str, window: str) -> None:
    assert window in free_values(words)


def test_a_school_run_at_its_own_clock_is_not_a_free_start() -> None:
    assert not any(v.startswith("1234567 07:30") for v in free_values("七点半送孩子上学"))


# 2. where a skill was used is not where the person can work


@pytest.mark.parametrize(
    "words",
    ["家常菜做得好，不过只在家里做，没在饭店干过", "包饺子蒸馒头都在家做过", "红烧肉拿手，在家里做，从来没在外面干过"],
)
def test_a_skill_practised_at_home_is_no_home_only(words: str) -> None:
    assert "home_only" not in {f.code for f in facts_of(words)}


@pytest.mark.parametrize(
    "words", ["只能在家做，没在外面干过", "娃小走不开，在家做点手工", "以前在厂里干过，现在只能在家做"]
)
def test_home_work_asked_for_is_still_home_only(words: str) -> None:
    assert "home_only" in {f.code for f in facts_of(words)}


# 3. certificates refused as a list, or not sat then


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("叉车证、电工证都没有", "forklift"),
        ("电工证和焊工证都没考", "electrician"),
        ("保安证当时没考", "security"),
        ("焊工证一直没去考", "welder"),
        ("厨师证那时候没拿", "chef"),
    ],
)
def test_a_certificate_refused_in_a_list_or_not_sat_is_lacked(words: str, code: str) -> None:
    assert licence_modality(words, code) is Modality.LACKS


@pytest.mark.parametrize(
    ("words", "code"),
    [("叉车证、电工证都有", "forklift"), ("电工证有，焊工证没有", "electrician"), ("保安证当时就考了", "security")],
)
def test_a_certificate_held_beside_one_lacked_is_held(words: str, code: str) -> None:
    assert licence_modality(words, code) is Modality.HAS


def test_both_letter_classes_refused_together_are_lacked_and_c1_held() -> None:
    facts = facts_of("只有C1驾照，B照A照都没有")
    assert not any(f.code == "driving" and f.modality is Modality.HAS for f in facts)
    limits = seeker_limits(facts)
    assert all(limits.exclude & DRIVING_BIT[c] for c in ("A1", "A2", "B1", "B2"))
    assert not limits.exclude & DRIVING_BIT["C1"]


# 4. deafness said plainly (held under the disability consent, as every health fact)


@pytest.mark.parametrize(
    "words", ["我是聋人，会手语", "从小就聋，打字交流", "天生聋，看得懂字", "耳朵听不见，能看唇语"]
)
def test_deafness_said_plainly_is_deaf(words: str) -> None:
    deaf = [f for f in facts_of(words) if f.code == "deaf"]
    assert deaf and all(f.sensitive for f in deaf)


@pytest.mark.parametrize(
    "words", ["车间太吵，听不见别人说话", "工地上吵听不见电话", "我妈耳朵聋了要照顾", "老伴是聋人"]
)
def test_noise_or_someone_elses_deafness_is_not_deaf(words: str) -> None:
    assert "deaf" not in {f.code for f in facts_of(words)}


# 5. evenings refused as "X点以后的班上不了"


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("下午五点以后的班上不了", "1234567 00:00-17:00"),
        ("晚上八点以后的活都干不了", "1234567 00:00-20:00"),
        ("晚上七点以后的班都不上", "1234567 00:00-19:00"),
    ],
)
def test_work_refused_after_a_clock_ends_the_free_day(words: str, window: str) -> None:
    assert window in free_values(words)


def test_work_taken_after_a_clock_is_no_end() -> None:
    assert free_values("下午三点以后的班也能上") == []


# 6. dust or fumes refused, no health named (not sensitive: it says no condition)


@pytest.mark.parametrize(
    "words", ["不能闻油漆味", "医生说不能接触粉尘", "粉尘大的车间不去", "化工厂肯定不去", "刺激性气味受不了"]
)
def test_dust_or_fumes_refused_is_no_dust(words: str) -> None:
    facts = [f for f in facts_of(words) if f.code == "no_dust"]
    assert facts and not any(f.sensitive for f in facts)
    assert seeker_limits(facts_of(words)).no_dust


@pytest.mark.parametrize("words", ["能接受粉尘", "不怕油漆味", "我老公不能闻油漆", "在化工厂干过三年"])
def test_dust_taken_or_someone_elses_is_not_no_dust(words: str) -> None:
    assert "no_dust" not in {f.code for f in facts_of(words)}


# 7. a certificate named by no trade, lacked: the one the asked-for trade needs


@pytest.mark.parametrize(
    ("desired", "words", "code"),
    [
        ("育婴师", "带过自家孩子，证还没考", "maternity"),
        ("电焊工", "焊了三年，证还没拿", "welder"),
        ("叉车司机", "叉车开了两年，证一直没考", "forklift"),
    ],
)
def test_a_bare_certificate_lacked_is_the_asked_for_trades(desired: str, words: str, code: str) -> None:
    facts = seeker_facts(desired, words)
    assert any(f.code == code and f.modality is Modality.LACKS for f in facts)
    assert not any(f.code == code and f.modality in (Modality.HAS, Modality.IMPLIED) for f in facts)


@pytest.mark.parametrize(
    ("desired", "words"),
    [
        ("文员", "证还没考"),  # no certified trade asked for
        ("保安 司机", "证也没有"),  # two trades: which certificate is unsaid
        ("电工", "有低压电工证，证没过期"),  # held
        ("月嫂", "育婴师证有，还在学催乳"),
    ],
)
def test_a_bare_certificate_with_no_one_trade_or_held_is_not_lacked(desired: str, words: str) -> None:
    assert not any(f.modality is Modality.LACKS for f in seeker_facts(desired, words))
