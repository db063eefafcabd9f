"""Issue 22, session 18 (h-body18b): the weight a person can lift against the loads a posting weighs, and a hand that
does not work against work done with both hands. The wordings are this file's own. Guards: a load carried once, a
relative's limit, a question, a benefit or the worker's own weight, hands said fine. Session 20: a road swept, an office
mopped and beads threaded, once guards, are two-handed as three blind labellers' majority has them (`kind_labelled`)."""

from __future__ import annotations

import pytest

from matching.facts import explain_facts, job_bits, posting_facts, seeker_facts, seeker_limits

HANDS, FINE, LIFTING = "hands", "fine_sight", "lifting"


def _most(words: str) -> str | None:
    return next((f.value for f in seeker_facts("", words) if f.code == "most_load"), None)


def _loads(title: str, text: str) -> list[str]:
    return [f.value or "" for f in posting_facts(title, text) if f.code == "load_kg"]


def _shown(words: str, title: str, text: str, *, consent: bool = False) -> bool:
    said = [f for f in seeker_facts("", words) if consent or not f.sensitive]  # health only under consent
    limits, facts = seeker_limits(said), posting_facts(title, text)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


@pytest.mark.parametrize(
    ("words", "kg"),
    [
        ("去年查出来疝气，提东西不能超过五斤", "2.5"),
        ("医生说了，不能提超过5公斤的东西", "5"),
        ("年纪大了，最多拿得动二十斤", "10"),
        ("重的搬不了，十来斤还行", "5"),
        ("腰间盘突出，三十斤以上的就搬不动了", "15"),
        ("我这身板最多能提三十斤", "15"),
        ("负重不能超过8kg", "8"),
    ],
)
def test_the_most_a_person_can_lift_is_read_in_kilograms(words: str, kg: str) -> None:
    assert _most(words) == kg


@pytest.mark.parametrize(
    "words",
    [
        "以前在码头扛过一百斤的麻袋",  # a load carried once, no cap
        "我妈提东西不能超过五斤，我得照顾她",  # someone else's
        "提东西不能超过五斤的活有吗？",  # asked
        "体重一百二十斤，身体好",  # the person's own weight
        "不用搬重物的最好",
    ],
)
def test_no_most_where_none_is_said_of_the_person(words: str) -> None:
    assert _most(words) is None


@pytest.mark.parametrize(
    ("title", "text", "kg"),
    [
        ("仓库搬运工", "单件货物约25公斤，日结", "25"),
        ("物流园装卸", "需搬运50斤左右的货", "25"),
        ("粮油店店员", "看店，来货了要能扛一袋米（50斤）", "25"),
        ("送水工", "搬运桶装水（每桶约18.9升），有电梯", "18.9"),
        ("网店发货员", "每个包裹不超过5斤，按单发货", "2.5"),
        ("网店客服助理", "顺便帮忙发货，都是轻的小件", "2.5"),
    ],
)
def test_a_postings_load_is_read_in_kilograms(title: str, text: str, kg: str) -> None:
    assert _loads(title, text) == [kg]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("商场保安", "身高170以上，体重不超过80公斤"),  # the worker's own weight
        ("小区保洁", "逢年过节发米发油，一袋米50斤"),  # a benefit
        ("超市理货员", "上架理货，早八晚五"),  # no weight said
    ],
)
def test_no_load_where_the_post_weighs_none(title: str, text: str) -> None:
    assert _loads(title, text) == []


# a person's most, a post, and whether it is shown
_WEIGHED = [
    ("提东西不能超过五斤", "仓库搬运工", "来车卸货，日结", False),  # lifts, no weight: out for a small most
    ("提东西不能超过五斤", "超市理货员", "上架理货", False),
    ("提东西不能超过五斤", "仓库搬运工", "单件货物约25公斤", False),
    ("提东西不能超过五斤", "网店发货员", "每个包裹不超过5斤，按单发货", True),  # the load said within the most
    ("提东西不能超过五斤", "超市收银员", "早班，会扫码", True),  # no lifting at all
    ("我最多能提三十斤", "超市理货员", "上架理货", True),  # a most of 15 kg: a post silent on weight stays
    ("我最多能提三十斤", "仓库搬运工", "单件货物约25公斤", False),  # its stated load is more than the most
    ("我最多能提三十斤", "水果店店员", "理货，每箱约10公斤", True),
    ("身体好，能吃苦", "仓库搬运工", "单件货物约25公斤", True),  # no most said
    ("腰不好，搬不了重的", "仓库搬运工", "单件货物约25公斤", False),  # a plain refusal stays one
]


@pytest.mark.parametrize(("words", "title", "text", "shown"), _WEIGHED)
def test_a_posts_load_against_the_most_the_person_can_lift(words: str, title: str, text: str, shown: bool) -> None:
    assert _shown(words, title, text) is shown


def test_a_weighed_post_shown_says_both_weights() -> None:
    limits = seeker_limits(seeker_facts("", "提东西不能超过十斤"))
    facts = posting_facts("网店发货员", "每个包裹不超过5斤，按单发货")
    notes = explain_facts(limits, job_bits(facts), facts)
    assert "「每个包裹不超过5斤」约2.5公斤 · 你的资料里写了「提东西不能超过十斤」（约5公斤），没超过" in notes


def test_a_load_over_the_most_is_said_with_both_weights() -> None:
    from matching.facts.load_weights import load_words

    limits = seeker_limits(seeker_facts("", "提东西不能超过十斤"))
    facts = posting_facts("仓库搬运工", "单件货物约25公斤")
    assert not limits.fits(facts)
    assert load_words(limits.because, facts, "你的资料里写了") == [
        "「单件货物约25公斤」约25公斤 · 你的资料里写了「提东西不能超过十斤」（约5公斤），超过了"
    ]


@pytest.mark.parametrize(
    "words",
    [
        "左手不方便，右手没问题",
        "右胳膊去年摔断了，使不上劲",
        "干活只能用一只手",
        "两只手一起使劲的活干不了",
        "手腕骨折过，现在毛巾都拧不干",
    ],
)
def test_a_hand_that_does_not_work_refuses_two_handed_work(words: str) -> None:
    assert HANDS in seeker_limits(seeker_facts("", words)).refused


@pytest.mark.parametrize(
    "words",
    [
        "以前右手受过伤，早好了",
        "我妈手抖，要人照顾",
        "两只手都很灵活，打字快",
        "左手有残疾，少了一根手指，别的都行",
        "手脚麻利，啥活都能干",
    ],
)
def test_no_hand_limit_where_none_is_said_of_the_person(words: str) -> None:
    assert HANDS not in seeker_limits(seeker_facts("", words)).refused


@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        ("家政保洁", "上门做卫生，按小时算", HANDS),
        ("电商仓库打包员", "按单打包，计件", HANDS),
        ("竹编工", "编竹篮，计件", HANDS),
        ("早餐店包子工", "凌晨四点上班", HANDS),
        ("普工", "流水线，需双手操作", HANDS),
        # session 20: were guards; three blind labellers call these unacceptable for one hand (`kind_labelled`)
        ("环卫道路保洁", "扫马路，早五点", HANDS),
        ("写字楼保洁", "拖地倒垃圾，早七点到下午三点", HANDS),
        ("串珠手工", "在家串珠子，计件", HANDS),
        ("手工编织", "钩针编织帽子，在家做", FINE),
    ],
)
def test_work_done_with_both_hands_or_nimble_fingers(title: str, text: str, demand: str) -> None:
    assert demand in {f.value for f in posting_facts(title, text) if f.code in ("implied", "stated")}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("保洁主管", "管理保洁团队排班"),
        ("普工", "看机器，不需要双手操作，单手就能干"),
    ],
)
def test_no_two_handed_work_where_the_post_does_not_ask_it(title: str, text: str) -> None:
    assert HANDS not in {f.value for f in posting_facts(title, text) if f.code in ("implied", "stated")}


_HANDED = [
    ("左手不方便，右手没问题", "家政保洁", "上门做卫生，按小时算", False),
    ("左手不方便，右手没问题", "超市理货员", "上架理货", False),  # cases carried in both arms
    ("左手不方便，右手没问题", "电商仓库打包员", "按单打包，计件", False),
    ("左手不方便，右手没问题", "小区门卫", "坐岗亭登记车辆", True),  # not out of everything
    # session 20: out for one hand, as three blind labellers' majority calls them (`kind_labelled`)
    ("左手不方便，右手没问题", "写字楼保洁", "拖地倒垃圾，早七点到下午三点", False),
    ("左手不方便，右手没问题", "超市收银员", "扫码收钱", False),
    ("左手不方便，右手没问题", "串珠手工", "在家串珠子，计件", False),
    ("两只手都很灵活，打字快", "家政保洁", "上门做卫生，按小时算", True),
    ("手抖得厉害，细活干不了", "手工编织", "钩针编织帽子，在家做", False),  # nimble fingers
    ("手抖得厉害，细活干不了", "小区门卫", "坐岗亭登记车辆", True),
]


@pytest.mark.parametrize(("words", "title", "text", "shown"), _HANDED)
def test_a_hand_limit_keeps_out_only_two_handed_and_fine_work(words: str, title: str, text: str, shown: bool) -> None:
    assert _shown(words, title, text) is shown


def test_a_tendon_sheath_is_health_held_under_consent() -> None:
    words = "右手腱鞘炎，一用力就疼"
    assert _shown(words, "电商仓库打包员", "按单打包，计件")  # without consent the condition is not held
    assert not _shown(words, "电商仓库打包员", "按单打包，计件", consent=True)
    assert all(f.sensitive for f in seeker_facts("", words) if f.code == "no_hands")


def test_a_post_shown_to_a_one_handed_person_that_eases_it_says_so() -> None:
    limits = seeker_limits(seeker_facts("", "只能用一只手干活"))
    facts = posting_facts("家政保洁", "擦擦桌子，单手就能干")
    notes = explain_facts(limits, job_bits(facts), facts)
    assert limits.fits(facts)
    assert any("常要两只手一起干" in n and "只能用一只手" in n for n in notes)
