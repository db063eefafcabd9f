"""A certificate a person names but does not hold now (issue 22, session 5, persona d2-58): lapsed, revoked, failed
or still being sat for is lacked, and rules out posts that require it; held wordings and near-misses stay held; and
years of driving a forklift imply no road driving licence (d2-31)."""

from __future__ import annotations

import pytest

from matching.facts import Modality, job_bits, posting_facts, seeker_facts, seeker_limits

ELECTRICIAN_JOB = ("物业维修电工", "物业招维修电工，须持低压电工证，50岁以下。")
DRIVER_JOB = ("快递网点派送司机", "派送司机，C1驾照，早7点到晚7点。")


def licences(experience: str) -> set[tuple[str, Modality | None]]:
    return {(f.code, f.modality) for f in seeker_facts("", experience) if f.family.value == "licence"}


@pytest.mark.parametrize(
    ("experience", "code"),
    [
        ("干了八年水电，电工证过期了一直没去复审，现在等于没证。", "electrician"),
        ("电工证早就失效了", "electrician"),
        ("电工证没去年审", "electrician"),
        ("驾照被吊销了", "driving"),
        ("C1驾照去年被吊销了", "driving_C1"),
        ("电工证没考下来", "electrician"),
        ("电工证考了两次没过", "electrician"),
        ("正在考电工证", "electrician"),
        ("现在在考叉车证", "forklift"),
        ("叉车证快拿到了", "forklift"),
        ("快拿到电工证了", "electrician"),
        ("电工证还没拿到", "electrician"),
        ("低压、高压电工证都过期了", "electrician"),
        ("有电工证，不过早就过期了", "electrician"),
        ("电工证有，过期了两年", "electrician"),
        ("持有C1驾照，去年被吊销了", "driving_C1"),
        ("没考过焊工证", "welder"),
    ],
)
def test_a_certificate_lapsed_revoked_failed_or_being_sat_is_lacked(experience: str, code: str) -> None:
    assert licences(experience) & {(code, Modality.LACKS)}
    assert (code, Modality.HAS) not in licences(experience)


@pytest.mark.parametrize(
    ("experience", "code"),
    [
        ("考过电工证", "electrician"),
        ("有电工证，没过期", "electrician"),
        ("电工证没过期", "electrician"),
        ("电工证还没到期", "electrician"),
        ("持有电工证，证件齐全", "electrician"),
        ("电工证和焊工证都有", "welder"),
        ("有电工证，还没到期", "electrician"),
        ("有电工证，在学开车", "electrician"),
        ("有电工证，有效期到2028年", "electrician"),
    ],
)
def test_held_wordings_and_near_misses_stay_held(experience: str, code: str) -> None:
    assert (code, Modality.LACKS) not in licences(experience)
    assert (code, Modality.HAS) in licences(experience)


def test_one_certificate_lapsed_leaves_the_other_held() -> None:
    assert licences("有电工证，焊工证过期了") == {("electrician", Modality.HAS), ("welder", Modality.LACKS)}
    assert licences("持有电工证，在考焊工证") == {("electrician", Modality.HAS), ("welder", Modality.LACKS)}
    assert licences("有电工证，没考过焊工证") == {("electrician", Modality.HAS), ("welder", Modality.LACKS)}
    assert ("electrician", Modality.HAS) in licences("有电工证，驾照过期了")  # the lapse is the other licence's


def test_a_lapsed_electricians_certificate_rules_out_a_post_requiring_one() -> None:
    bits = job_bits(posting_facts(*ELECTRICIAN_JOB))
    assert not seeker_limits(seeker_facts("电工", "电工证过期了一直没去复审，现在等于没证")).admits(bits)
    assert seeker_limits(seeker_facts("电工", "有电工证，干了八年水电")).admits(bits)


def test_driving_a_forklift_implies_no_road_licence() -> None:
    assert ("driving", Modality.IMPLIED) not in licences("有叉车证，开了三年叉车。")
    assert ("driving", Modality.IMPLIED) in licences("开了五年车")
    assert ("driving", Modality.IMPLIED) in licences("开了十年货车")
    bits = job_bits(posting_facts(*DRIVER_JOB))
    assert not seeker_limits(seeker_facts("叉车 仓库", "有叉车证，开了三年叉车。")).admits(bits)


@pytest.mark.parametrize(
    "experience", ["有C1驾照，干过两年保洁", "健康证过期了", "没有健康证", "有叉车证，健康证过期了"]
)
def test_a_health_certificate_never_rules_anyone_out(experience: str) -> None:
    """A 健康证 is a routine check employers send new staff to, renewed in days: listing other licences, or saying
    one's own has lapsed, does not make a kitchen post requiring one unreachable (nor does saying nothing)."""
    kitchen = job_bits(posting_facts("食堂帮厨", "需持健康证上岗"))
    assert seeker_limits(seeker_facts("", experience)).admits(kitchen)
    assert not seeker_limits(seeker_facts("", "电工证过期了")).admits(job_bits(posting_facts("电工", "持电工证上岗")))


@pytest.mark.parametrize(
    "experience", ["电工证快到期了", "电工证明年到期", "电工证2027年到期", "电工证到期已复审", "电工证即将到期"]
)
def test_a_licence_about_to_lapse_or_renewed_is_still_held(experience: str) -> None:
    post = job_bits(posting_facts("电工", "持电工证上岗"))
    assert seeker_limits(seeker_facts("", experience)).admits(post)


def test_a_health_certificate_alone_is_no_list_of_licences() -> None:
    """ "有健康证" says nothing of a driving licence: the driver posts are not ruled out (at most demoted as unsaid)."""
    assert seeker_limits(seeker_facts("", "有健康证")).admits(job_bits(posting_facts("司机", "需C1驾照")))
    assert not seeker_limits(seeker_facts("", "有电工证")).admits(job_bits(posting_facts("司机", "需C1驾照")))


@pytest.mark.parametrize(
    ("experience", "held", "lacked"),
    [
        ("C1驾照有，电工证没考", "driving_C1", "electrician"),
        ("电工证没考，C1驾照有", "driving_C1", "electrician"),
        ("电工证没有，焊工证有", "welder", "electrician"),
        ("叉车证有，焊工证还没考", "forklift", "welder"),
    ],
)
def test_each_licence_takes_the_polarity_right_after_it(experience: str, held: str, lacked: str) -> None:
    assert (held, Modality.HAS) in licences(experience)
    assert (lacked, Modality.LACKS) in licences(experience)
    assert (lacked, Modality.HAS) not in licences(experience)


def test_words_after_a_licence_that_are_not_about_holding_it_leave_it_held() -> None:
    assert ("electrician", Modality.HAS) in licences("电工证没有扣分")
    assert ("electrician", Modality.HAS) in licences("电工证有，没考焊工证")  # 没考 is the welder's
    assert ("welder", Modality.LACKS) in licences("电工证有，没考焊工证")


def test_one_certificate_held_of_a_kind_meets_it_though_another_of_that_kind_is_lacked() -> None:
    """68 set s23: 「有高级母婴护理证…催乳师证没有」 holds a 母婴护理证 (both read as `maternity`)."""
    said = seeker_limits(seeker_facts("月嫂", "做了六年月嫂，有高级母婴护理证，健康证也有。催乳师证没有。"))
    assert said.admits(job_bits(posting_facts("金牌月嫂", "须持母婴护理证（月嫂证），2年以上经验。")))


def test_lacking_the_a_and_b_licences_leaves_the_c1_held() -> None:
    """dev2 d2-23: 「只有C1，B照A照都没有」 lacks the A and B classes, not every licence."""
    said = seeker_limits(seeker_facts("司机", "只有C1，B照A照都没有，开面包车送过三年货"))
    assert said.admits(job_bits(posting_facts("面包车司机", "C1驾照，同城配送。")))
    assert not said.admits(job_bits(posting_facts("货车司机", "须有B2驾照。")))
    assert not said.admits(job_bits(posting_facts("货车司机", "须有A2驾照。")))


HIGH_VOLTAGE_JOB = ("工厂配电房值班电工", "需持高压电工证（低压证不行），配电房值班，坐班为主，四班三倒。")


@pytest.mark.parametrize(
    ("experience", "admitted"),
    [
        ("52岁，低压电工证有，干了十多年电工", False),  # dev2 d2-24
        ("有低压电工证，高处作业证也有", False),
        ("有高压电工证", True),
        ("低压、高压电工证都有", True),
        ("有电工证，干了十年电工", True),  # which one is unsaid: not kept out
    ],
)
def test_a_high_voltage_post_keeps_out_one_who_holds_a_low_voltage_certificate_only(
    experience: str, admitted: bool
) -> None:
    said = seeker_limits(seeker_facts("电工", experience, ["电工证"]))
    facts = posting_facts(*HIGH_VOLTAGE_JOB)
    assert (said.admits(job_bits(facts)) and said.fits(facts)) is admitted


@pytest.mark.parametrize(
    "description",
    [
        "持有电工类资格证书，比如低压电工证或高压电工证",
        "持有本工种资格证，比如电梯维修证、电工操作证、高压证等",
        "需持高压电工证、电梯证或其他特种作业证",
        "持高压或低压电工证均可",
        "持低压电工证上岗",
    ],
)
def test_a_high_voltage_certificate_among_alternatives_keeps_no_low_voltage_holder_out(description: str) -> None:
    said = seeker_limits(seeker_facts("电工", "有低压电工证"))
    facts = posting_facts("维修电工", description)
    assert said.admits(job_bits(facts)) and said.fits(facts)


def test_both_voltages_asked_keep_out_one_who_holds_one() -> None:
    """68 set s42 × p141: 「高压电工证和低压电工证都要有」 for 「有低压电工证」."""
    facts = posting_facts("工厂维修电工", "高压电工证和低压电工证都要有，倒班含夜班，3年以上经验。")
    assert not seeker_limits(seeker_facts("电工", "干了十年物业水电，有低压电工证")).fits(facts)
