"""Issue 22, session 13 (h-kind3post): kinds of work the blind labels of bench/kinds found the reader silent on, by
class: guards and carers stand, gardeners stand and walk the beds, couriers ride, close work soldered, repaired or
inspected asks for fine sight, electricians and installers go up ladders, a hotel room's bathroom is scrubbed wet.
Posts that run or plan the work and words that only look alike imply none. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import job_bits, kind_nouns, posting_facts, seeker_facts, seeker_limits
from matching.facts.bits import JobBits

BEND, COLD, LOADS, STAND, WALK, HIGH, FINE = (
    kind_nouns.BEND,
    kind_nouns.COLD_WET,
    kind_nouns.LIFTING,
    kind_nouns.STANDING,
    kind_nouns.WALKING,
    kind_nouns.HEIGHTS,
    kind_nouns.FINE,
)

# a post silent on the body and a demand its kind implies (others may come with it)
_TRADES = [
    ("写字楼保安", "白班夜班轮换", STAND),
    ("小区安保人员", "包住", STAND),
    ("医院护士", "有执业证", STAND),
    ("养老院护理员", "照顾老人起居", STAND),
    ("居家陪护", "照顾老人", STAND),
    ("公园绿化工", "修剪花草", STAND),
    ("绿化养护员", "长期", WALK),
    ("电子厂电焊工", "有焊工证", FINE),
    ("手机维修学徒", "包教包会", FINE),
    ("电子厂质检员", "看产品外观", FINE),
    ("物业维修电工", "持电工证", HIGH),
    ("宽带安装师傅", "片区装机", HIGH),
    ("酒店客房清洁员", "按间计件", COLD),
]
# look-alikes and posts that run the work: the demand not implied
_NOT = [
    ("保安公司文员", "做表格", STAND),
    ("安保主管", "管理三十人队伍", STAND),
    ("护士长", "带科室", STAND),
    ("皮肤护理顾问", "美容院", STAND),
    ("绿化设计师", "会CAD", WALK),
    ("焊接工艺工程师", "写工艺文件", FINE),
    ("质检主管", "带团队", FINE),
    ("电工培训讲师", "讲课", HIGH),
    ("电子电工专业实习生", "办公室", HIGH),
    ("汽车维修工", "保养换胎", FINE),
]
# couriers ride their e-bike between doors; not one who drives a van or walks
_RIDES = [("快递员", "片区派送"), ("快递派送员", "多劳多得"), ("社区超市配送员", "门店周边三公里")]
_NO_RIDE = [
    ("快递员", "开面包车派件"),
    ("配送司机", "C1驾照，开货车"),
    ("快递分拣员", "中转场"),
    ("配送中心文员", "录单"),
]


def _implied(title: str, text: str) -> set[str]:
    return {f.value or "" for f in posting_facts(title, text) if f.code == "implied"}


def _stands(title: str, text: str) -> bool:
    return STAND in _implied(title, text) or any(f.code == "standing" for f in posting_facts(title, text))


@pytest.mark.parametrize(("title", "text", "demand"), _TRADES)
def test_a_trade_implies_what_its_work_asks_of_the_body(title: str, text: str, demand: str) -> None:
    assert demand in _implied(title, text)


@pytest.mark.parametrize(("title", "text", "demand"), _NOT)
def test_a_post_that_runs_or_only_resembles_the_trade_implies_nothing(title: str, text: str, demand: str) -> None:
    assert demand not in _implied(title, text)
    assert demand != STAND or not _stands(title, text)


@pytest.mark.parametrize(("title", "text"), _RIDES)
def test_a_courier_rides(title: str, text: str) -> None:
    assert job_bits(posting_facts(title, text)) & JobBits.RIDING


@pytest.mark.parametrize(("title", "text"), _NO_RIDE)
def test_a_van_a_hub_or_a_desk_is_no_ride(title: str, text: str) -> None:
    assert not job_bits(posting_facts(title, text)) & JobBits.RIDING


# a person's words and the trades they keep out
_PAIRS = [
    ("腿脚不好，站久了不行", ("写字楼保安", "白班夜班轮换"), False),
    ("腿脚不好，站久了不行", ("保安公司文员", "做表格"), True),
    ("有恐高症", ("物业维修电工", "持电工证"), False),
    ("有恐高症", ("电工培训讲师", "讲课"), True),
    ("眼睛不好，看不清细的", ("电子厂电焊工", "有焊工证"), False),
    ("眼睛不好，看不清细的", ("汽车维修工", "保养换胎"), True),
]


@pytest.mark.parametrize(("words", "post", "shown"), _PAIRS)
def test_a_trade_whose_demand_the_person_refuses_is_not_shown(words: str, post: tuple[str, str], shown: bool) -> None:
    limits = seeker_limits(seeker_facts("", words))
    facts = posting_facts(*post)
    assert (limits.admits(job_bits(facts)) and limits.fits(facts)) == shown
