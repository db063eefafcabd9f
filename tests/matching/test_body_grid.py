"""Issue 22, session 10 (h-body): a seeker's body read as body part × the trouble × what it stops. People describe
their bodies ("腰不中", "心脏不太好，爬两层楼就喘", "脚上有痛风，走多了都疼") more often than the limits; each wording
must carry every limit it implies, an escalation ("站久了都疼，爬楼更别提") the one it escalates to, and a denial,
a recovery or someone else's body nothing. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts, seeker_limits

_CODES = {
    "no_lifting": "loads",
    "no_standing": "stand",
    "no_walking": "walk",
    "no_height": "height",
    "no_dust": "dust",
}


def stops(text: str, *, consent: bool = True) -> set[str]:
    """What the person's words keep them from: loads, standing long, walking far, stairs, height, dust."""
    facts = [f for f in seeker_facts("", text) if consent or not f.sensitive]
    out = {_CODES[f.code] for f in facts if f.code in _CODES}
    if seeker_limits(facts).no_stairs:
        out.add("stairs")
    return out


LOADS, STAIRS, WALK, STAND = {"loads"}, {"stairs"}, {"walk", "stairs"}, {"stand"}
KNEES = {"loads", "stand", "stairs"}
HEART = {"loads", "stairs"}

_GRID = [
    # the back: loads, bending and squatting, never stairs by itself
    ("腰不好，重活干不了", LOADS),
    ("腰不中了，蹲下去起来得扶着墙", LOADS),
    ("我腰不中", LOADS),
    ("腰不行", LOADS),
    ("腰彻底废了，扛的活干不了了", LOADS),
    ("腰废了", LOADS),
    ("腰有毛病", LOADS),
    ("腰受过伤", LOADS),
    ("上个月把腰扭了", LOADS),
    ("腰闪了", LOADS),
    ("腰上动过手术", LOADS),
    ("腰椎做过手术", LOADS),
    ("腰椎不好", LOADS),
    ("腰间盘突出好几年了", LOADS),
    ("腰椎间盘突出", LOADS),
    # the neck stops no loads unless they are said (the third review, session 13)
    ("颈椎不好", set()),
    ("颈椎有毛病，低头久了就晕", set()),
    ("颈椎不好，重的搬不了", LOADS),
    ("扛的活干不了了", LOADS),
    ("搬的活干不动了", LOADS),
    ("蹲不下去", LOADS),
    ("蹲下去就起不来", LOADS),
    ("蹲久了起不来", LOADS),
    ("弯腰就疼", LOADS),
    ("弯腰费劲", LOADS),
    # knees: loads, standing, stairs
    ("膝盖不好", KNEES),
    ("膝盖不中", KNEES),
    ("膝盖有毛病", KNEES),
    ("膝盖废了", KNEES),
    ("膝盖受过伤", set()),  # an old injury alone, as `test_week_and_body_limits` has it
    ("膝盖动过手术", set()),
    ("膝盖受过伤，爬楼更别提", STAIRS),
    # legs and feet: walking far, and so stairs (as `person._fails_on_stairs` has it)
    ("腿不好", WALK),
    ("腿不中", WALK),
    ("腿脚都不好", WALK),
    ("大腿受过伤", WALK),
    ("腿受过伤", WALK),
    ("脚受过伤", WALK),
    ("腿动过手术", WALK),
    ("走多了脚疼", WALK),
    ("脚上有痛风，走多了站久了都疼，爬楼更别提", {"walk", "stand", "stairs"}),
    ("走远路不行，站久了也疼", WALK | STAND),
    ("站久了腿疼，爬楼就更不行了", {"stand", "stairs"}),
    ("站久了都疼，更别提爬楼了", {"stand", "stairs"}),
    ("腰疼，搬东西更别提", LOADS),
    ("蹲不下去，重东西更别提了", LOADS),
    ("走路都费劲，更别说爬楼了", {"walk", "stairs"}),
    ("爬两层楼就喘", STAIRS),
    ("爬三楼就腿软", STAIRS),
    ("上个楼都喘", STAIRS),
    ("上楼就喘", STAIRS),
    # the heart, the chest, blood pressure, an operation, pregnancy (health, under consent)
    ("心脏不太好，爬两层楼就喘", HEART),
    ("心脏不好", HEART),
    ("心脏有毛病", HEART),
    ("心脏不行", HEART),
    ("放过支架", HEART),
    ("心脏放过两个支架", HEART),
    ("心脏前年搭了两个桥", HEART),
    ("做过搭桥", HEART),
    ("在工地搭了两个桥", set()),
    ("高血压", {"height"}),  # heights, not loads (the third review, session 13)
    ("刚做完手术", HEART),
    ("怀孕了", {"loads", "stairs", "height"}),
    ("哮喘", {"dust"}),
    ("肺不好", {"dust"}),
    ("哮喘，爬楼就喘", {"dust", "stairs"}),
    ("恐高", {"height"}),
    ("痛风", WALK),
    ("有痛风", WALK),
    # cold and wet work: no posting fact says it, so nothing is read (bench/README: issue 22 s10)
    ("类风湿，碰不得凉水，冷库更不行", set()),
    # denials, recoveries, someone else, a body that is fine
    ("身体没毛病", set()),
    ("身体没啥毛病，啥活都能干", set()),
    ("腰好得很", set()),
    ("腰腿都好", set()),
    ("以前腰不好，现在好了", set()),
    ("腰以前受过伤，早好了", set()),
    ("膝盖以前不好，现在已经好了", set()),
    ("我爸心脏不好，要照顾他", set()),
    ("我妈腿不好", set()),
    ("老伴腰不好", set()),
    ("心脏没毛病", set()),
    ("没有痛风", set()),
    ("爬楼没问题", set()),
    ("能爬楼", set()),
    ("腿脚利索", set()),
    ("不怕累，搬东西也行", set()),
    ("能干重活，扛一百斤没问题", set()),
    ("跑腿不好干", set()),
    ("拖后腿不好", set()),
    ("腰不好，现在好了很多，但还是搬不了重的", LOADS),
]


@pytest.mark.parametrize(("text", "expected"), _GRID)
def test_body_grid(text: str, expected: set[str]) -> None:
    assert stops(text) == expected


@pytest.mark.parametrize(
    "text",
    ["心脏不好", "放过支架", "痛风", "有痛风", "高血压", "怀孕了", "哮喘"],
)
def test_a_condition_alone_is_held_under_consent(text: str) -> None:
    assert stops(text, consent=False) == set()
    assert {f.sensitive for f in seeker_facts("", text) if f.code.startswith("no_")} == {True}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("腰不中，蹲下去起来得扶着墙", LOADS),
        ("爬两层楼就喘", STAIRS),
        ("走多了站久了都疼，爬楼更别提", {"walk", "stand", "stairs"}),
        ("扛的活干不了了", LOADS),
        ("膝盖不中", KNEES),
    ],
)
def test_a_limit_in_ones_own_words_is_no_condition(text: str, expected: set[str]) -> None:
    assert stops(text, consent=False) == expected


@pytest.mark.parametrize(
    "text", ["腰不中" * 5000, "🙂腰不中🙂" * 300, "腰不中ok膝盖no好😀爬楼更别提" * 200, "更别提" * 3000]
)
def test_bad_input_reads(text: str) -> None:
    seeker_facts("", text)
