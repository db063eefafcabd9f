"""Issue 22, session 8 review fixes: a list's negation that stops at an item with its own predicate or of another
kind, stairs refused in more words, short standing read over the sentence, dust not named by sales or polish of a plan,
and a breathing limit the person takes back. Every wording here is made up; none is a real posting's."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts


def posting_codes(description: str) -> set[str]:
    return {f.code for f in posting_facts("", description)}


def seeker_codes(words: str) -> set[str]:
    return {f.code for f in seeker_facts("", words)}


# 1. a list's negation


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("无需加班，两班倒", "shifts"),  # overtime is no rota
        ("不用加班，夜班轮流上", "night"),
        ("不用值夜，倒班制", "shifts"),  # 制: the item's own predicate
        ("不用倒班，夜班需要", "night"),
        ("不提供住宿，食堂就餐", "meals"),  # food is no lodging
        ("不用搬运，体力活为主", "strenuous"),
        ("无需装卸，搬运为主", "lifting"),
    ],
)
def test_an_item_with_a_predicate_after_it_or_of_another_kind_is_asked(description: str, code: str) -> None:
    assert code in posting_codes(description)


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("不用倒班，夜班", "night"),
        ("无需倒班、夜班、通宵", "night"),
        ("无需搬运、装卸", "lifting"),
        ("不包吃、住", "housing"),
        ("不用加班、倒班", "shifts"),
    ],
)
def test_bare_like_items_stay_negated(description: str, code: str) -> None:
    assert code not in posting_codes(description)


# 5. short standing


def standing_value(description: str) -> str | None:
    (standing,) = [f for f in posting_facts("", description) if f.code == "standing"]
    return standing.value


@pytest.mark.parametrize(
    "description",
    [
        "站立十二小时",  # 十二 is twelve, not two
        "站立十个小时",
        "需站立1小时以上",  # a least is no short spell
        "至少站立2小时",
        "要求能站立1小时以上，工作时间12小时",
        "站立工作1小时轮换一次，每天工作8小时",  # one turn of a rota, a day of eight hours
        "迎宾，站立半小时轮换，全天",
    ],
)
def test_a_least_a_rotas_turn_or_a_long_day_is_no_short_spell(description: str) -> None:
    assert standing_value(description) != "short"


@pytest.mark.parametrize(
    "description",
    [
        "每天站岗1小时，其余时间在岗亭坐着登记",
        "早上站岗半小时",
        "站立二十分钟",
        "站岗两小时",
        "门口站岗一会儿，主要是坐着看监控",
    ],
)
def test_a_short_spell_still_reads_short(description: str) -> None:
    assert standing_value(description) == "short"


# 6. dust named only of the workplace


@pytest.mark.parametrize(
    "description",
    [
        "方案打磨等",  # a plan polished
        "需求打磨、迭代",
        "文案，打磨、优化方案",
        "保洁，发现有异味及时上报",  # a smell reported, not the air worked in
        "售后处理车内有异味问题",
        "本地菜味道重",
        "门店销售油漆涂料",  # paint sold
        "介绍油漆性能",
        "油漆工艺品销售",
        "化工厂设备销售",  # a chemical plant sold to, fitted or consulted for
        "化工厂人员定位系统工程师",
        "化工厂项目安全评价",
        "烟尘在线监测运维",  # fumes monitored, as dust is
    ],
)
def test_words_not_about_the_air_worked_in_name_no_dust(description: str) -> None:
    assert "dust" not in posting_codes(description)


@pytest.mark.parametrize(
    "description",
    [
        "工件打磨、抛光",
        "打磨/熔炼/组装，计件",  # among other processes
        "对流水线上的产品进行打磨、清洁",
        "负责检测井下有害气体",  # 有害 is no 有 before a smell
        "金属打磨等",
        "焊接、打磨",
        "打磨工",
        "垃圾站保洁，有异味",
        "车间存在异味",
        "车间气味较大",
        "车间烟尘较大",
        "油漆工，负责刷油漆",
        "化工厂操作工，三班倒",
    ],
)
def test_dust_of_the_workplace_is_still_named(description: str) -> None:
    assert "dust" in posting_codes(description)


# 8. stairs refused in more words


@pytest.mark.parametrize(
    "words", ["爬不动楼", "爬不上楼", "上不去楼", "楼梯爬不动", "楼爬不了", "爬楼不行", "上楼不行", "爬不了楼"]
)
def test_stairs_refused_in_any_wording_are_a_stairs_limit(words: str) -> None:
    codes = seeker_codes(words)
    assert "no_stairs" in codes and "no_lifting" not in codes


def test_the_effort_of_stairs_stays_a_strength_limit() -> None:
    assert "no_lifting" in seeker_codes("爬楼费劲")


# 10. a breathing limit taken back


@pytest.mark.parametrize("words", ["哮喘已经好了，没问题", "能接受粉尘环境，哮喘轻微", "哮喘治好了"])
def test_a_chest_well_again_or_dust_accepted_is_no_breathing_limit(words: str) -> None:
    assert "no_dust" not in seeker_codes(words)


@pytest.mark.parametrize("words", ["有哮喘", "有哮喘，其他都没问题", "呼吸道不好，不能接受粉尘", "对粉尘过敏"])
def test_a_chest_still_weak_is_a_breathing_limit(words: str) -> None:
    assert "no_dust" in seeker_codes(words)
