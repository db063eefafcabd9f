"""Issue 22, session 22: having done the work is not holding its certificate of skill (`implied_licences`).

"在医院当过护工" holds no 养老护理员证: 护工, 月嫂, 保育员 and cooks work without one, and the 会计从业资格证 went in 2017.
A post that requires such a certificate is demoted for a person who never mentions it (and out for one who lists their
licences without it), as for any unsaid licence; one the person says they hold counts. Statutory licences are still
read from the work they alone allow (开了十年货车, 干过五年电焊). Also: a wedding's waiter carries trays as a banquet's
does (K191). The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import Modality, job_bits, posting_facts, seeker_facts, seeker_limits

SKILL_CERTIFICATES = [
    ("在医院当过护工，伺候过卧床的老人", "elder_care", ("养老院护理员", "需持养老护理员证，包住")),
    ("做过三年护工", "elder_care", ("养老院护理员", "养老院招护理员，三班倒，须有养老护理员证")),
    ("以前在养老院当护理员", "elder_care", ("护理员", "要求持有养老护理员资格证")),
    ("护工干了五年多", "elder_care", ("医院护工", "须持养老护理员证")),
    ("干了五年月嫂", "maternity", ("金牌月嫂", "须持母婴护理证，住家26天")),
    ("当过育儿嫂，带过两个孩子", "maternity", ("育儿嫂", "须持育婴师证")),
    ("以前在饭店当厨师", "chef", ("食堂厨师", "需持厨师证")),
    ("做了十年会计", "accounting", ("会计", "须持初级会计职称")),
]


def _implied(experience: str) -> set[str]:
    return {f.code for f in seeker_facts("", experience) if f.modality is Modality.IMPLIED}


@pytest.mark.parametrize(("experience", "code", "posting"), SKILL_CERTIFICATES)
def test_past_work_is_not_a_certificate_of_skill(experience: str, code: str, posting: tuple[str, str]) -> None:
    assert code not in _implied(experience)
    facts = posting_facts(*posting)
    assert code in {f.code for f in facts if f.modality is Modality.REQUIRED}
    limits = seeker_limits(seeker_facts("", experience))
    bits = job_bits(facts)
    assert limits.admits(bits) and limits.unsaid_in(bits) == 1.0  # demoted and said, never left out


@pytest.mark.parametrize(
    ("experience", "posting"),
    [
        ("在医院当过护工，有养老护理员证", ("养老院护理员", "需持养老护理员证，包住")),
        ("持养老护理员资格证，做过三年护工", ("护理员", "要求持有养老护理员资格证")),
        ("做了六年月嫂，有高级母婴护理证", ("金牌月嫂", "须持母婴护理证，住家26天")),
        ("厨师证有，在饭店炒了八年菜", ("食堂厨师", "需持厨师证")),
    ],
)
def test_a_certificate_the_person_says_they_hold_counts(experience: str, posting: tuple[str, str]) -> None:
    limits = seeker_limits(seeker_facts("", experience))
    bits = job_bits(posting_facts(*posting))
    assert limits.admits(bits) and limits.unsaid_in(bits) == 0.0


def test_one_who_lists_their_licences_lacks_a_certificate_their_work_does_not_give() -> None:
    limits = seeker_limits(seeker_facts("", "有C1驾照，以前在医院当过护工"))
    assert not limits.admits(job_bits(posting_facts("养老院护理员", "需持养老护理员证，包住")))
    nursery = posting_facts("幼儿园保育员", "须持保育员证")  # a licence with no bit: `Limits.fits` reads it
    assert "nanny" not in _implied("在幼儿园当过保育员")
    assert not seeker_limits(seeker_facts("", "有C1驾照，在幼儿园当过保育员")).fits(nursery)
    assert seeker_limits(seeker_facts("", "有C1驾照和保育员证，在幼儿园当过保育员")).fits(nursery)


@pytest.mark.parametrize(
    ("experience", "code"),
    [
        ("开了十年货车", "driving"),
        ("干过五年电焊", "welder"),
        ("在厂里开过叉车", "forklift"),
        ("当了三年电工", "electrician"),
        ("以前开塔吊", "crane"),
        ("在小区当了三年保安", "security"),
        ("在医院当过八年护士", "nurse"),
    ],
)
def test_work_that_only_a_licence_allows_still_implies_it(experience: str, code: str) -> None:
    assert code in _implied(experience)


@pytest.mark.parametrize(
    "title", ["周末婚宴服务员", "婚宴服务员（日结）", "喜宴服务员", "寿宴服务员", "酒店宴会服务员"]
)
def test_a_weddings_or_a_feasts_waiter_carries_trays(title: str) -> None:
    assert "lifting" in {f.value for f in posting_facts(title, "") if f.code == "implied"}
    assert not seeker_limits(seeker_facts("", "刚做完手术，不能搬东西")).fits(posting_facts(title, ""))


@pytest.mark.parametrize("title", ["豆腐宴饭店服务员", "牛肉汤店服务员", "餐厅服务员", "奶茶店店员"])
def test_a_restaurants_waiter_is_not_read_to_lift(title: str) -> None:
    assert "lifting" not in {f.value for f in posting_facts(title, "") if f.code == "implied"}  # labelled D
