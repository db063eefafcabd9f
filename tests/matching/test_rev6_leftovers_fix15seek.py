"""rev6's leftovers on the seeker side (issue 22, session 15): a 24-hour rota the person will not work, a stairwell
duty the post gives to someone else, and standing let beside a seat asked for only in its own sentence and by the
person. The wordings are the helper's own."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)


def codes(said: str) -> set[str]:
    return {f.code for f in seeker_facts("保安", "", [said], today=TODAY)}


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts("保安", "", [said], today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize(
    "said", ["上24休48那种班次我不上，白天的都行", "二十四小时值班的活干不了", "24小时一班的不考虑"]
)
def test_a_24_hour_rota_refused_keeps_out_a_24_hour_post(said: str) -> None:
    assert "no_night" in codes(said)
    assert not shown(said, "门卫", "工厂门卫，上24休48，包住")


@pytest.mark.parametrize(
    "said", ["以前上24休48的，现在想换个活", "我老伴上24休48的班不上", "上24休48的班次能不上吗？", "24小时营业的店不去"]
)
def test_a_24_hour_rota_past_anothers_asked_or_a_shops_hours_refuses_no_night(said: str) -> None:
    assert "no_night" not in codes(said)


STAIRS = "膝盖不好，爬不了楼"


@pytest.mark.parametrize(
    "posting",
    ["擦楼道扶手这块由其他人负责，你只在大厅接待登记", "擦楼道的事有专人来做，你负责收发快递"],
)
def test_a_stairwell_duty_given_to_someone_else_asks_no_stairs(posting: str) -> None:
    facts = posting_facts("物业前台", posting)
    assert not any(f.code == "strenuous" and f.value == "stairs" for f in facts)
    assert shown(STAIRS, "物业前台", posting)


def test_a_stairwell_duty_of_the_worker_still_asks_stairs() -> None:
    assert not shown(STAIRS, "物业保洁", "负责擦楼道扶手，早7点到11点")


@pytest.mark.parametrize(
    "said",
    [
        "腿脚不行，得能坐一会儿的活。俺家那口子站着干活没问题",  # another sentence, and the husband's
        "腿脚不行，能坐着干的都行，离家近点最好，工资少点也没事，我老公站着干活没问题",  # the husband's
    ],
)
def test_standing_let_by_someone_else_or_in_another_sentence_leaves_the_seat_asked(said: str) -> None:
    assert "no_standing" in codes(said)


def test_standing_let_by_the_person_in_the_same_sentence_still_undoes_the_seat() -> None:
    assert "no_standing" not in codes("能坐着干的都行，离家近点最好，工资少点也没事，站着干活也没问题")


@pytest.mark.parametrize(
    "said",
    ["站时间长了受不了的是我婆婆", "腰不好的就是我家老伴，我自己没毛病", "膝盖疼的是他，我膝盖好"],
)
def test_a_body_limit_then_said_to_be_someone_elses_is_not_the_persons(said: str) -> None:
    assert not codes(said) & {"no_standing", "no_lifting", "no_walking", "no_stairs"}


def test_a_body_limit_said_to_be_the_persons_own_stays() -> None:
    assert "no_lifting" in codes("腰不好的是我，所以重活干不了")
