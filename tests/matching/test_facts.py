"""The fact reader: each family on postings and on people's own words, negation, evidence, the bits matching
filters on, and text of any size or script that reads nothing wrong and never raises."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.facts import (
    Fact,
    Family,
    JobBits,
    Modality,
    explain_facts,
    graduation_of,
    job_bits,
    posting_facts,
    seeker_facts,
    seeker_limits,
    words_of,
)


def codes(facts: list[Fact]) -> set[tuple[str, str | None, str | None]]:
    return {(f.code, f.value, None if f.modality is None else f.modality.value) for f in facts}


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("需持A2驾照，三年以上货车驾驶经验", {("driving_A2", None, "required"), ("experience_min", "3", None)}),
        ("B2及以上驾驶证", {("driving_B2", None, "required")}),
        ("C1/C2驾照均可", {("driving_C1", "C1/C2", "required"), ("driving_C2", "C1/C2", "required")}),
        ("有驾照者优先", {("driving", None, "preferred")}),
        ("无需驾照，会骑电动车即可", set()),
        ("持健康证上岗；有叉车证优先", {("health", None, "required"), ("forklift", None, "preferred")}),
        ("负责为新员工办理健康证", set()),
        # a live-in post is worked the whole day (session 14, `whole_day`)
        (
            "需持母婴护理证，住家",
            {("maternity", None, "required"), ("live_in", None, None), ("hours", "00:00-00:00", None)},
        ),
    ],
)
def test_licences_and_their_modality(description: str, expected: set[tuple[str, str | None, str | None]]):
    found = {c for c in codes(posting_facts("", description)) if c[0] != "riding"}
    assert found == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("包吃包住，长白班", {"meals", "housing", "day_shift", "day_hours"}),  # 长白班's day: 11 hours
        ("包吃不包住", {"meals"}),
        ("不包吃住，有餐补", set()),
        ("提供住宿，两班倒，有夜班补贴", {"housing", "shifts", "night", "day_hours"}),
        ("无夜班，周末双休", {"day_shift", "weekends_off"}),
        ("单双休，提供员工宿舍", {"housing", "weekends_worked"}),  # alternate weekends worked
        ("可居家办公，会电脑打字", {"remote"}),
        ("公司提供远程协作工具", set()),
        ("需经常出差", {"travel"}),
        ("出差补贴另计", set()),
        ("需搬运货物，长时间站立", {"lifting", "standing"}),
        ("本公司是一家搬运公司", set()),
        ("残疾人优先，无障碍工位", {"disabled_welcome", "wheelchair_ok"}),
    ],
)
def test_schedule_lodging_place_and_physical_words(description: str, expected: set[str]):
    assert {f.code for f in posting_facts("", description) if f.family is not Family.ABILITY} == expected


def test_daily_hours_become_a_24_hour_span():
    facts = posting_facts("", "上班时间早8点到晚5点")
    assert ("hours", "08:00-17:00", None) in codes(facts)
    assert ("hours", "09:00-18:00", None) in codes(posting_facts("", "工作时间9:00-18:00"))
    assert not [f for f in posting_facts("", "3-5年经验") if f.code == "hours"]


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("大专及以上学历，18-45岁", {("edu_min", "college"), ("age_range", "18-45")}),
        ("本科院校合作项目", set()),
        ("学历不限，45岁以下", {("age_range", "-45")}),
        ("2025届应届毕业生", {("fresh_graduate", None), ("graduation", "2025")}),
        ("公司成立10年，5年以上工作经验", {("experience_min", "5")}),
    ],
)
def test_education_experience_and_age(description: str, expected: set[tuple[str, str | None]]):
    assert {(f.code, f.value) for f in posting_facts("", description)} == expected


def test_each_fact_quotes_the_words_it_came_from():
    fact = next(f for f in posting_facts("电焊工", "要求持焊工证上岗") if f.code == "welder")
    assert fact.evidence == "焊工证" and fact.family is Family.LICENCE and 0 < fact.confidence <= 1


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("我坐轮椅，只能在家工作", {("home_only", None, "limit"), ("wheelchair", None, "limit")}),
        ("最好能在家做", {("home_only", None, "wish")}),
        ("想在家附近找个保洁的活", set()),
        (
            "想找个包吃包住的厂，不上夜班",
            {("meals", None, "wish"), ("housing", None, "wish"), ("no_night", None, "limit")},
        ),
        # ten years driving a lorry beside the licence: 驾龄 ten years too (h-fix5seek, session 13)
        (
            "有A2驾照，开了十年货车",
            {("driving_A2", None, "has"), ("experience", "10", None), ("driving_years", "10", None)},
        ),
        ("没有驾照，腰不好干不了重活", {("driving", None, "lacks"), ("no_lifting", None, "limit")}),
        (
            "2025年6月毕业，至今未就业",
            {("graduation", "2025-06", None), ("experience", "0", None), ("out_of_work", None, None)},
        ),
        ("今年52岁了，想找保洁", {("age", "52", None)}),
    ],
)
def test_a_persons_own_words(words: str, expected: set[tuple[str, str | None, str | None]]):
    assert codes(seeker_facts("", words)) == expected


@pytest.mark.parametrize(
    ("words", "free"),
    [
        ("只能上午", {"1234567 05:00-12:00"}),
        ("下午3点后有空", {"1234567 15:00-24:00"}),
        ("周末有空", {"67 00:00-24:00"}),
        ("只上白班，不上夜班", {"1234567 05:00-20:00"}),
        ("平时晚上有空，周六上午有空", {"12345 18:00-24:00", "6 05:00-12:00"}),
        ("周一到周五8点到12点有空", {"12345 08:00-12:00"}),
        ("上午要上班，下午有空", {"1234567 12:00-18:00"}),
        # not clear statements of when the person can work: nothing read
        ("上午要上班下午有空", set()),
        ("周末没空", set()),
        ("除了周末都有空", set()),
        ("上午或下午都有空", set()),
        ("每天早8点到晚6点上班", set()),
        ("晚上10点到早上6点有空", set()),
        ("不上夜班", set()),
        ("只能在家工作", set()),
        ("有空的时候打零工", set()),
    ],
)
def test_when_a_person_says_they_are_free(words: str, free: set[str]):
    facts = [f for f in seeker_facts("", words) if f.code == "free"]
    assert {f.value for f in facts} == free
    assert all(f.modality is Modality.LIMIT and f.evidence in words for f in facts)
    assert not [f for f in posting_facts("", words) if f.code == "free"]  # a posting's hours are its own facts


def test_free_times_read_in_a_persons_words():
    (fact,) = [f for f in seeker_facts("", "周末有空") if f.code == "free"]
    assert words_of(fact) == "有空：周末 全天" and fact.evidence == "周末有空"
    (fact,) = [f for f in seeker_facts("", "只能上午") if f.code == "free"]
    assert words_of(fact) == "有空：每天 05:00–12:00"
    limits = seeker_limits([fact])  # a 零工 shift limit, and a posting's stated hours must lie in the morning too
    assert limits.fits(posting_facts("", "上班时间8:00-12:00")) and not limits.fits(posting_facts("", "8:00-17:00"))


def test_disability_is_marked_sensitive_and_the_limit_words_are_not():
    facts = {f.code: f for f in seeker_facts("", "我坐轮椅，只能在家工作")}
    assert facts["wheelchair"].sensitive and not facts["home_only"].sensitive


def test_limits_admit_and_exclude_by_bits():
    remote = job_bits(posting_facts("居家客服", "在家办公，会打字"))
    rider = job_bits(posting_facts("外卖骑手", "骑电动车送外卖，体力好"))
    home = seeker_limits(seeker_facts("", "只能在家工作"))
    assert home.admits(remote) and not home.admits(rider)
    rota = posting_facts("普工", "两班倒")
    no_night = seeker_limits(seeker_facts("", "不上夜班"))
    assert not (no_night.admits(job_bits(rota)) and no_night.fits(rota))  # a rota: the night's turn comes round
    assert not seeker_limits(seeker_facts("", "不想倒班")).admits(job_bits(rota))
    assert seeker_limits(seeker_facts("", "不上夜班")).admits(job_bits(posting_facts("普工", "长白班")))


def test_a_licence_class_admits_the_classes_it_permits_and_no_higher():
    a2 = seeker_limits(seeker_facts("", "有A2驾照"))
    assert a2.admits(job_bits(posting_facts("货车司机", "需B2驾照")))
    assert a2.admits(job_bits(posting_facts("货车司机", "需A2驾照")))
    assert not a2.admits(job_bits(posting_facts("大客车司机", "需A1驾照")))
    assert seeker_limits(seeker_facts("", "有C2驾照")).admits(job_bits(posting_facts("司机", "C1/C2驾照均可")))
    lacking = seeker_limits(seeker_facts("", "没有驾照"))
    assert not lacking.admits(job_bits(posting_facts("司机", "需持驾驶证")))
    assert lacking.admits(job_bits(posting_facts("司机", "有驾照者优先")))  # preferred never excludes


def test_wishes_score_and_explain():
    limits = seeker_limits(seeker_facts("", "想找包吃包住的厂"))
    lodging = posting_facts("普工", "包吃包住")
    assert limits.wishes_met(job_bits(lodging)) == 1.0
    assert limits.wishes_met(job_bits(posting_facts("普工", "长白班"))) == 0.0
    assert "包吃包住" in explain_facts(limits, job_bits(lodging), lodging)


def test_the_licence_explanation_names_both_sides():
    limits = seeker_limits(seeker_facts("", "有A2驾照"))
    job = posting_facts("货车司机", "需B2驾照")
    assert "需B2驾照 · 你持A2" in explain_facts(limits, job_bits(job), job)


def test_graduation_read_from_text_is_a_date():
    assert graduation_of(seeker_facts("", "2025年6月毕业"))[0] == date(2025, 6, 30)  # type: ignore[index]
    assert graduation_of(seeker_facts("", "2024届"))[0] == date(2024, 6, 30)  # type: ignore[index]
    assert graduation_of(seeker_facts("", "会计")) is None


def test_facts_survive_a_json_round_trip():
    for fact in seeker_facts("", "坐轮椅，有A2驾照，2025年6月毕业") + posting_facts("", "包吃包住，18-45岁"):
        assert Fact.from_json(fact.as_json()) == fact


def test_bits_are_disjoint_flags():
    values = [int(b) for b in JobBits]
    assert len(set(values)) == len(values) and all(v & (v - 1) == 0 for v in values)
    assert Modality("wish") is Modality.WISH


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_reads_without_raising(text: str):
    for fact in posting_facts(text, text) + seeker_facts(text, text):
        assert fact.evidence and len(fact.evidence) <= 24


def test_huge_emoji_and_mixed_script_text_reads_nothing_wrong():
    noise = "😀🚚 abc ΑΒΓ кириллица " * 5000 + "🙂" * 10_000
    assert posting_facts(noise, noise) == [] and seeker_facts(noise, noise) == []
    # the title's kind keeps its hours (`kind_hours`, session 21): none read from the noise
    assert {f.code for f in posting_facts("普工", noise + "包吃包住")} <= {"meals", "housing", "kind_hours"}
