"""Issue 22, session 17 (h-d10-17): readings the tenth blind set's dev half showed missing. Refusals listed bare ("不碰
冷水", "冷水不沾", "不上高"), kept without consent beside the condition behind them; fine sight asked as "要眼神好"; an
age given as a bare clause in digits; a kindergarten's 保育员证; a sweeper's start before dawn; a cuisine's years; a
guard's rounds and an estate guard's patrol; bins hauled out; a cap alone addressing adults. Guards: someone else's
limit, a limit past, a school or a road that is no height, a waived demand, a seated guard, a list of dates, a driver of
a refuse truck, a post opened to sixteen-year-olds. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits


def _refused(words: str) -> set[str]:
    said = [f for f in seeker_facts("", words) if not f.sensitive]  # no consent: health is not held
    return set(seeker_limits(said).refused)


def _shown(words: str, title: str, text: str) -> bool:
    said = [f for f in seeker_facts("", words) if not f.sensitive]
    limits, facts = seeker_limits(said), posting_facts(title, text)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


def _implied(title: str, text: str) -> set[str]:
    return {f.value or "" for f in posting_facts(title, text) if f.code in ("implied", "stated")}


# 1. refusals listed bare, as people list what they will not do
@pytest.mark.parametrize(
    ("words", "demand"),
    [
        ("不碰冷水，不熬夜，别的好说", "cold_wet"),
        ("冷水不沾，洗洗刷刷的活别找我", "cold_wet"),
        ("不进冷库，其他都能干", "cold_wet"),
        ("凉水我不碰", "cold_wet"),
        ("不碰冷水（有类风湿），能干活", "cold_wet"),  # the limit held without the consent the condition needs
        ("不上高，不扛重，五十三了", "heights"),
        ("梯子不爬，不上高。", "heights"),
        ("有高血压，登高也不敢", "heights"),  # the condition first: the plain refusal after it held too
    ],
)
def test_a_bare_refusal_in_a_list_is_a_limit(words: str, demand: str) -> None:
    assert demand in _refused(words)


@pytest.mark.parametrize(
    "words",
    [
        "我妈不碰冷水，我自己没事",
        "冷水凉水都不怕",
        "以前不碰冷水，现在好了",
        "夏天不喝冷水",
        "儿子不上高中了，我出来打工",
        "不上高速，只开市区",
        "碰不碰冷水都行",
    ],
)
def test_no_cold_or_height_limit_where_none_is_the_persons(words: str) -> None:
    assert not _refused(words) & {"cold_wet", "heights"}


def test_a_bare_cold_water_refusal_keeps_a_dishwasher_off_the_page() -> None:
    assert not _shown("不碰冷水，不熬夜", "酒楼洗碗工", "洗碗刷锅，包两餐")
    assert _shown("不碰冷水，不熬夜", "超市收银", "早8点到下午4点")


# 2. fine sight asked with 要/得 before it
@pytest.mark.parametrize("text", ["要眼神好，穿线钉扣子", "得眼神好，挑线头", "只要眼神好，手脚麻利就行"])
def test_good_eyes_asked_is_fine_sight(text: str) -> None:
    assert "fine_sight" in _implied("服装厂辅工", text)
    assert not _shown("眼睛老花了，穿针都费劲", "服装厂辅工", text)


@pytest.mark.parametrize("text", ["不需要眼神好，有放大镜", "不要眼神好，搬搬东西", "眼神不好也没关系"])
def test_good_eyes_waived_is_no_fine_sight(text: str) -> None:
    assert "fine_sight" not in _implied("仓库辅工", text)


# 3. an age said as a bare clause in digits
@pytest.mark.parametrize(("words", "age"), [("48，身体好，能吃苦", "48"), ("想干保洁。55。初中。", "55")])
def test_a_bare_number_clause_is_the_age(words: str, age: str) -> None:
    assert [f.value for f in seeker_facts("", words) if f.code == "age"] == [age]


@pytest.mark.parametrize("words", ["20，21号有空", "工资3000，包吃住", "儿子12，上初中了", "每天8，9个小时都行"])
def test_no_age_from_other_numbers(words: str) -> None:
    assert not [f for f in seeker_facts("", words) if f.code == "age"]


# 4. a kindergarten's 保育员证 (no bit: the value path)
@pytest.mark.parametrize(("text", "modality"), [("须持保育员证，双休", "required"), ("保育员资格证优先", "preferred")])
def test_a_nursery_certificate_is_read(text: str, modality: str) -> None:
    assert [f.modality.value for f in posting_facts("幼儿园保育老师", text) if f.code == "nanny"] == [modality]


def test_a_nursery_certificate_lacked_keeps_the_post_off() -> None:
    text = "须持保育员证，早7点半到下午5点"
    assert not _shown("学前教育毕业，保育员证还没有", "幼儿园保育员", text)
    assert _shown("有保育员证，带过小班", "幼儿园保育员", text)
    assert _shown("想去幼儿园，喜欢小孩", "幼儿园保育员", text)  # no licence said: not known to lack it


@pytest.mark.parametrize("text", ["有无保育员证均可", "公司帮考保育员证"])
def test_no_nursery_certificate_required(text: str) -> None:
    assert not [f for f in posting_facts("幼儿园保育员", text) if f.code == "nanny" and f.modality.value == "required"]


# 5. a start before dawn, said alone
@pytest.mark.parametrize(("text", "clock"), [("早上四点半上班，扫到中午", "04:30"), ("凌晨4点到岗，蒸包子", "04:00")])
def test_a_start_before_dawn_is_read(text: str, clock: str) -> None:
    assert [f.value for f in posting_facts("早点铺帮工", text) if f.code == "starts"] == [clock]
    assert not _shown("白天要带孙子，只能晚上八点以后出来", "早点铺帮工", text)


def test_a_dawn_end_is_no_start() -> None:
    assert not [f for f in posting_facts("夜班保安", "早上四点半下班") if f.code == "starts"]


# 6. a cuisine's years its own
@pytest.mark.parametrize(
    ("words", "text", "shown"),
    [
        ("在饭店炒了八年菜", "做过三年以上日料的优先考虑，要求两年以上日料经验", False),
        ("切配干了五年", "要求两年以上西餐经验", False),
        ("在日料店做了三年寿司", "要求两年以上日料经验", True),
        ("日料做了三年", "两年以上厨师经验", True),  # a 日料 cook's years are a cook's
        ("炒锅干了六年", "两年以上厨师经验", True),
    ],
)
def test_a_cuisines_years_are_its_own(words: str, text: str, shown: bool) -> None:
    assert _shown(words, "餐厅厨师", text) is shown


# 7. rounds on foot a guard's text or an estate guard's name states
@pytest.mark.parametrize(
    ("title", "text", "demands"),
    [
        ("商场夜班保安", "坐监控室，夜里巡三趟", {"walking"}),
        ("厂区保安", "每两小时巡一遍", {"walking"}),
        ("写字楼保安", "晚上巡楼", {"walking"}),
        ("小区保安", "两班倒，包住", {"walking"}),
    ],
)
def test_a_guards_rounds_are_walked(title: str, text: str, demands: set[str]) -> None:
    assert demands <= _implied(title, text)
    assert not _shown("腿打过钢板，走不了远路", title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [("小区保安", "坐岗，看监控"), ("小区门卫", "看大门，登记车辆"), ("保安队长", "管理小区保安队伍")],
)
def test_a_seated_or_managing_guard_walks_no_round(title: str, text: str) -> None:
    assert "walking" not in _implied(title, text)


# 8. bins hauled out
@pytest.mark.parametrize("text", ["扫楼道，垃圾桶要推到路边", "负责把垃圾桶拖出去", "每天拖垃圾桶两趟"])
def test_bins_hauled_out_are_loads(text: str) -> None:
    assert "lifting" in _implied("小区保洁", text)
    assert not _shown("腰不好，不搬重的", "小区保洁", text)


@pytest.mark.parametrize("text", ["开车拉垃圾，C1就行", "不用拖垃圾桶，有人收"])
def test_no_bins_hauled_by_the_worker(text: str) -> None:
    assert "lifting" not in {f.value for f in posting_facts("环卫司机", text) if f.code == "implied"}


# 9. a cap alone addresses adults
@pytest.mark.parametrize(
    ("words", "text", "shown"),
    [
        ("今年十七，初中毕业", "流水线，50岁以下", False),
        ("17岁，想进厂", "包住，45岁以内", False),
        ("今年十七，初中毕业", "流水线，16周岁以上", True),
        ("今年十七，初中毕业", "流水线，16-45岁", True),
        ("今年十七，初中毕业", "流水线，包吃住", True),
        ("今年18，高中毕业", "流水线，45岁以下", True),
    ],
)
def test_a_cap_alone_addresses_adults(words: str, text: str, shown: bool) -> None:
    assert _shown(words, "电子厂普工", text) is shown
