"""「会开叉车但没证」: the forklift certificate lacked, not every certificate; 「啥证都没有」 still none at all
(issue 22, session 16, the lead's probe; wordings the lead's own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
FORKLIFT = ("叉车司机", "持叉车证上岗，仓库里开叉车")
WELDER = ("电焊工", "持焊工证上岗，二保焊")
ELECTRICIAN = ("电工", "持低压电工证，负责厂区电路维护")
DRIVER = ("送货司机", "需C1驾照，开面包车送货")
CLEANER = ("保洁员", "小区保洁，无需经验")


def shown(said: str, job: tuple[str, str]) -> bool:
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts(*job)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize(
    ("said", "lacked", "kept"),
    [
        ("会开叉车但没证", FORKLIFT, [DRIVER, ELECTRICIAN, WELDER]),
        ("电焊会干，就是没证", WELDER, [DRIVER, FORKLIFT, ELECTRICIAN]),
        ("以前在厂里干过电工，没有证", ELECTRICIAN, [DRIVER, FORKLIFT, WELDER]),
        ("叉车开了三年了，无证", FORKLIFT, [DRIVER, ELECTRICIAN]),
    ],
)
def test_a_trade_named_just_before_is_the_certificate_lacked(
    said: str, lacked: tuple[str, str], kept: list[tuple[str, str]]
) -> None:
    assert not shown(said, lacked)
    assert all(shown(said, job) for job in [*kept, CLEANER])
    facts = seeker_facts(said, "", (), today=TODAY)
    assert not [f for f in facts if f.code == "none"]
    assert [f.evidence for f in facts if f.family.value == "licence" and f.modality and f.modality.value == "lacks"]


@pytest.mark.parametrize(
    "said",
    [
        "啥证都没有，只会干点粗活",
        "没有任何证书",
        "干过电工、保安，什么证都没有",
        "没证，力气有的是",
        "电工干了几年，一个证都没有",
    ],
)
def test_no_certificate_at_all_stays_none(said: str) -> None:
    for job in (FORKLIFT, WELDER, ELECTRICIAN, DRIVER):
        assert not shown(said, job)
    assert shown(said, CLEANER)
