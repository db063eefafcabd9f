"""Issue 22, session 12 (h-kind2): more kinds of work whose name says what they ask of the body: a parcel hub's
分拣员 stands and lifts, an assembly line stands, a 绿化工 and a 月嫂 bend, a hotel's 客房服务员 bends, stands and walks,
a 屠宰工's hands are cold and wet, a 搬家 crew lifts and climbs, a 送奶工 climbs, a 巡逻 guard walks, a 外墙清洗工 works
at height. Posts that plan, teach, run or price the work imply none; a text that takes a demand away eases it. Seeker
wordings that refuse these demands, with decoys (another's body, a trouble over, a question). The wordings are this
file's own."""

from __future__ import annotations

import pytest

from matching.facts import explain_facts, job_bits, kind_nouns, posting_facts, seeker_facts, seeker_limits
from matching.facts.limits import Limits

BEND, COLD, STAIRS, LOADS, STAND, WALK, HIGH = (
    kind_nouns.BEND,
    kind_nouns.COLD_WET,
    kind_nouns.STAIRS,
    kind_nouns.LIFTING,
    kind_nouns.STANDING,
    kind_nouns.WALKING,
    kind_nouns.HEIGHTS,
)
HEAT, SEAT = kind_nouns.HEAT, kind_nouns.SITTING  # session 18
HANDS, AIR, FINE, NOISE = kind_nouns.HANDS, kind_nouns.AIR, kind_nouns.FINE, kind_nouns.NOISE  # session 20

# a posting silent on the body (title, text) and the demands its kind implies
_KINDS = {
    # session 20: what three blind labellers' majority calls unacceptable is implied too (`kind_labelled`)
    ("快递中转场分拣员", "按件计费，月休四天"): {STAND, LOADS, BEND, HANDS},
    # walks the shelves; light goods unless the text says
    ("电商仓库拣货员", "白班，包午饭"): {STAND, WALK, BEND, HANDS},
    ("物流园仓库打包员", "按单计件"): {STAND, "hands"},  # s18: parcels wrapped and taped with both hands
    ("汽车零件装配工", "长白班，包住"): {STAND, HANDS},
    ("电子厂流水线工人", "两餐补贴"): {STAND, FINE, HANDS},
    ("小区绿化工", "负责小区花草"): {BEND, STAND, WALK, HEAT, LOADS, HANDS},  # s13: the beds walked; s18: the sun
    ("园林养护员", "公园里的活"): {BEND, STAND, WALK, HEAT, LOADS, HANDS},
    ("茶园采摘工", "春季短期"): {BEND, HEAT, STAND, WALK, HANDS},  # tea leaves: no crates (K154)
    ("住家育儿嫂", "照顾一岁宝宝"): {BEND, LOADS, HANDS},  # s20: a toddler carried
    ("月子会所月嫂", "二十六天一单"): {BEND, COLD, AIR, HANDS},
    ("连锁酒店客房服务员", "按间计件"): {BEND, STAND, WALK, COLD, HANDS, LOADS},  # s13: the bathroom; s18, s20: linen
    ("肉联厂屠宰工", "包吃住"): {COLD, STAND, LOADS, AIR, HANDS},
    ("猪肉分割工", "计件"): {COLD, STAND, LOADS, AIR, HANDS},
    ("搬家师傅", "跟车干活，日结"): {LOADS, STAIRS, BEND, STAND, WALK, HEAT, HANDS},
    ("装修泥瓦工", "贴墙地砖"): {BEND, LOADS, COLD, STAIRS, STAND, AIR, HANDS},
    ("家具厂木工", "开料封边"): {LOADS, STAND, BEND, HIGH, AIR, NOISE, HANDS},  # s13: at the bench and on the floor
    # session 21: and the crates, the rounds and both hands three blind labellers give a 送奶工 (kind_labelled3)
    ("小区送奶工", "早上五点开始"): {STAIRS, LOADS, WALK, HANDS},
    ("园区巡逻保安", "白班"): {WALK, STAND, HEAT},  # s13: a guard stands; s20: rounds in the sun
    ("外墙清洗工", "按平方算钱"): {HIGH},
}
# posts that plan, price, teach or run the work, or a seated trade beside a kind's word: nothing implied
_NOT_DOING = [
    ("仓库管理员", "电脑录单，出入库登记"),
    ("园林景观设计师", "会CAD"),
    ("绿化养护主管", "管十个绿化工"),
    ("月嫂培训老师", "给学员上课"),
    ("客房部经理", "酒店管理经验"),
    ("叉车操作工", "持叉车证"),
    ("普工", "电子厂"),  # a bare 普工 is as often seated: no kind
    ("装修预算员", "做报价"),
    ("种植牙医生", "口腔执业医师"),
    ("包装工艺工程师", "包材开发"),
    ("装修工长", "带班组"),
]
# the text's own words that take a kind's demand away
_EASED = [
    ("快递分拣员", "坐着分拣，小件为主", {STAND, LOADS}),
    ("绿化工", "不用弯腰，开割草机", {BEND}),
    ("小区巡逻员", "开车巡逻，晚上不用", {WALK}),
    ("流水线工人", "可坐，有椅子", {STAND}),
    ("中转场分拣员", "单件不重，主要是站", {LOADS}),
    ("社区团购分拣", "早7点到11点，箱子不重", {LOADS}),
]
# a part day in short stretches is no long standing, whatever the kind (as a 收银员's title says it, `physical`)
_PART_DAY = [
    ("社区团购分拣", "早7点到11点"),
    ("饭店洗碗工", "中午11点到下午2点"),
    ("酒店客房服务员", "9点到12点，按间算"),
]


def _facts(title: str, text: str, code: str) -> set[str]:
    return {f.value or "" for f in posting_facts(title, text) if f.code == code}


@pytest.mark.parametrize(("title", "text"), list(_KINDS))
def test_a_kind_implies_what_its_work_asks_of_the_body(title: str, text: str) -> None:
    assert _facts(title, text, "implied") == _KINDS[(title, text)]


@pytest.mark.parametrize(("title", "text"), _NOT_DOING)
def test_a_post_that_does_not_do_the_work_implies_nothing(title: str, text: str) -> None:
    assert _facts(title, text, "implied") - {SEAT} == set()  # a driver's own seat (session 18) is no kind's work


def test_a_driver_implies_his_seat_and_both_hands_on_the_wheel() -> None:
    """Session 20: was among the posts that imply nothing but a seat; three blind labellers call a driver's job
    unacceptable for one who has the use of one hand only (`kind_labelled`)."""
    assert _facts("冷链司机", "C1驾照", "implied") == {SEAT, HANDS}


@pytest.mark.parametrize(("title", "text", "eased"), _EASED)
def test_the_texts_own_words_ease_the_kinds_demand(title: str, text: str, eased: set[str]) -> None:
    assert _facts(title, text, "eased") >= eased
    assert not _facts(title, text, "implied") & eased


@pytest.mark.parametrize(("title", "text"), _PART_DAY)
def test_a_part_day_takes_the_kinds_long_standing_away(title: str, text: str) -> None:
    assert STAND not in _facts(title, text, "implied")
    assert STAND in _facts(title, "", "implied")


# a person's words and the demands of this file they refuse
_SEEKERS = {
    "蹲久了腿就麻": {BEND, LOADS},
    "医生说不能久蹲": {BEND, LOADS},
    "一沾凉水手就裂口子": {COLD},
    "冷的地方待不住": {COLD},
    "天冷手就疼": {COLD},
    "有恐高症": {HIGH},
    "站不了一整天": {STAND},
    "重东西搬不动": {LOADS},
    "爬三楼就喘": {STAIRS},
    "走不了远路": {WALK, STAIRS},  # walking said to fail climbs no stairs either (session 13)
    # decoys: no limit, another's body, a trouble over, a question
    "身体好，能吃苦": set(),
    "我妈蹲不下去，要照顾她": set(),
    "以前怕冷，现在不怕了": set(),
    "蹲不下去的人能干这个吗？": set(),
    "要是碰不得凉水怎么办": set(),
}


def _refused(limits: Limits) -> set[str]:
    return set(limits.refused)


@pytest.mark.parametrize("words", list(_SEEKERS))
def test_a_persons_words_refuse_these_demands(words: str) -> None:
    assert (
        _refused(seeker_limits(seeker_facts("", words))) & {BEND, COLD, STAIRS, LOADS, STAND, WALK, HIGH}
        == (_SEEKERS[words])
    )


_GRID = [(words, post) for words in _SEEKERS for post in _KINDS]


@pytest.mark.parametrize(("words", "post"), _GRID)
def test_a_kind_whose_demand_the_person_refuses_is_not_shown(words: str, post: tuple[str, str]) -> None:
    limits = seeker_limits(seeker_facts("", words))
    facts = posting_facts(*post)
    shown = limits.admits(job_bits(facts)) and limits.fits(facts)
    assert shown == (not _SEEKERS[words] & _KINDS[post])


def test_a_height_kind_eased_by_its_text_says_so_with_the_persons_words() -> None:
    limits = seeker_limits(seeker_facts("", "有恐高症"))
    facts = posting_facts("外墙清洗工", "地面作业，不用登高")
    assert limits.admits(job_bits(facts)) and limits.fits(facts)
    assert explain_facts(limits, job_bits(facts), facts) == ["常要登高，岗位写了「地面作业」 · 你的资料里写了「恐高」"]
    assert not limits.fits(posting_facts("外墙清洗工", "按平方算钱"))
