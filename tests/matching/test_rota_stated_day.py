"""Issue 22 s11 after review (rev-post F1): a day length the posting states in a loose shape ("每天工作约9小时",
"6天9小时", "每天在岗10小时", "每天8-10小时") outranks its rota's guess; a rota that is the staff's, an office post's or a
shop's two shifts gives none. Every wording is made up for this file."""

from __future__ import annotations

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits


def _day(title: str, text: str) -> list[str]:
    return [f.value or "" for f in posting_facts(title, text) if f.code == "day_hours"]


def _shown(seeker: str, title: str, text: str) -> bool:
    limits = seeker_limits(seeker_facts(seeker, seeker))
    facts = posting_facts(title, text)
    return limits.fits(facts) and not limits.exclude & job_bits(facts)


@pytest.mark.parametrize(
    ("title", "text", "hours"),
    [
        ("装配工", "两班倒，每天工作约9小时，包住", "9"),
        ("分拣员", "长白班，每天在岗10小时", "10"),
        ("保洁阿姨", "一周6天9小时，长白班", "9"),
        ("检测员", "两班倒，每天8-10小时，计时", "8"),  # a range: its shorter end, which keeps fewer out
        ("操作工", "白夜两班倒，每天实际工作10—11小时", "10"),
        ("包装工", "长白班，每日工作时长约10.5小时", "11"),  # a half hour more is the next hour
    ],
)
def test_a_stated_day_length_outranks_the_rotas_guess(title: str, text: str, hours: str) -> None:
    assert _day(title, text) == [hours]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("招聘专员", "负责长白班员工的招聘与考勤，办公室坐班"),  # the workers' rota, not the post's
        ("人事助理", "管理车间两班倒工人的排班"),
        ("收银员", "社区超市收银，早晚两班倒"),  # a shop's two shifts cover its opening hours
        ("便利店店员", "两班倒，轮休"),
    ],
)
def test_no_rota_day_from_others_rota_or_a_shops_shifts(title: str, text: str) -> None:
    assert _day(title, text) == []


def test_a_stated_day_keeps_in_a_seeker_whose_cap_it_meets() -> None:
    assert _shown("一天最多干10个小时", "装配工", "两班倒，每天工作约9小时")
    assert not _shown("一天最多干8个小时", "装配工", "两班倒，每天工作约9小时")


@pytest.mark.parametrize(
    ("title", "text", "hours"),
    [
        ("某某电子招聘普工", "两班倒，包吃住", "12"),  # 招聘 names no office post
        ("某某物业招聘保安", "三班倒，包住", "8"),
        ("商场客服专员", "做一休一，包午餐", "12"),  # an office word leaves rotas other than 长白班 as they are
    ],
)
def test_a_company_hiring_or_an_office_word_keeps_the_rotas_day(title: str, text: str, hours: str) -> None:
    assert _day(title, text) == [hours]
