"""Issue 22, session 8: the reader's rows left from session 7. A negation carried along a list of like items (and not
past an item with its own verb), stairs alone as a stairs limit, short spells on one's feet that are not long standing,
and a chest that cannot take dust, paint or fumes (health: read only under the seeker's consent). Every wording here is
made up; none is a real posting's."""

from __future__ import annotations

import pytest

from matching.facts import JobBits, job_bits, posting_facts, seeker_facts, seeker_limits, words_of


def posting_codes(description: str, title: str = "") -> set[str]:
    return {f.code for f in posting_facts(title, description)}


def seeker_codes(words: str) -> set[str]:
    return {f.code for f in seeker_facts("", words)}


def shown(seeker: str, title: str, description: str, *, consent: bool = False) -> bool:
    """Whether the posting reaches the person (health words held only under consent, as the service does)."""
    said = [f for f in seeker_facts("", seeker) if consent or not f.sensitive]
    limits, facts = seeker_limits(said), posting_facts(title, description)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


# 1. a negation carried along a list


@pytest.mark.parametrize(
    "description",
    [
        "不要求学历、不用穿工服、不用倒班、夜班",  # after items each negated, 夜班 is of 倒班's kind: negated too
        "无需倒班、夜班、通宵",  # every bare item of the list
        "不用倒班，夜班",  # across a comma, to an item of the same kind
        "工作轻松，不用倒班和夜班",
    ],
)
def test_a_negation_carries_over_like_items_of_its_list(description: str) -> None:
    assert "night" not in posting_codes(description)


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("不用倒班，需上夜班", "night"),  # an item with its own verb asks it
        ("不用倒班，要上夜班", "night"),
        ("不要求穿工服、不用戴口罩、不用坐流水线、两班倒", "shifts"),  # items each negated, then one of another kind
        ("8:00-20:00 时薪23元/一小时 不要求穿工服、不用戴帽子、不用流水线坐班、两班倒", "shifts"),  # after a space
        ("无需经验，负责搬运", "lifting"),  # a comma carries no negation to an item of another kind
        ("不包住，包吃", "meals"),
    ],
)
def test_an_item_with_its_own_verb_or_of_another_kind_is_asked(description: str, code: str) -> None:
    assert code in posting_codes(description)


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("不上倒班、夜班", "no_night"),
        ("不想做倒班，通宵", "no_night"),
        ("夜班、倒班都不行", "no_shifts"),
        ("不做夜班和两班倒", "no_shifts"),
    ],
)
def test_a_persons_refusal_carries_along_their_list(words: str, code: str) -> None:
    assert code in seeker_codes(words)


@pytest.mark.parametrize("words", ["不想倒班，夜班可以", "不能倒班，晚班没问题", "不上倒班，夜班也行"])
def test_an_item_let_back_in_is_not_refused(words: str) -> None:
    codes = seeker_codes(words)
    assert "no_shifts" in codes and "no_night" not in codes


def test_a_person_who_refuses_rotas_and_nights_in_one_list_is_kept_from_night_posts() -> None:
    assert not shown("不上倒班、夜班", "保安", "夜班保安，晚8点到早8点")
    assert shown("不想倒班，夜班可以", "保安", "固定夜班保安，晚8点到早8点")


# 2. stairs alone


STAIRS = ("小区保洁员", "楼道要一层层拖，老楼没电梯要爬楼梯，早7点到下午3点")
UP_WITH_GOODS = ("配送员", "送货上楼，早8点到晚5点")
MOVERS = ("仓库搬运工", "仓库内负责货物装卸搬运，长白班")


@pytest.mark.parametrize("words", ["爬不了楼", "上不了楼梯", "不能爬楼梯了"])
def test_stairs_said_alone_are_a_stairs_limit_not_a_load_limit(words: str) -> None:
    codes = seeker_codes(words)
    assert "no_stairs" in codes and "no_lifting" not in codes
    limits = seeker_limits(seeker_facts("", words))
    assert limits.no_stairs and not limits.exclude & JobBits.LIFTING
    assert not shown(words, *STAIRS)
    assert not shown(words, *UP_WITH_GOODS)
    assert shown(words, *MOVERS)  # a warehouse floor has no stairs
    assert shown(words, "文员", "负责文件整理、录入，双休")


def test_stairs_limit_is_named_on_the_page() -> None:
    (limit,) = [f for f in seeker_facts("", "爬不了楼") if f.code == "no_stairs"]
    assert words_of(limit) == "不能爬楼梯"


# 3. short spells on one's feet


SHORT_POST = ("写字楼门岗", "每天站岗1小时，其余时间在岗亭坐着登记")


@pytest.mark.parametrize(
    "description", ["每天站岗1小时，其余时间在岗亭坐着登记", "早上站岗半小时", "门口站岗一会儿，主要是坐着看监控"]
)
def test_a_short_spell_on_ones_feet_is_no_long_standing(description: str) -> None:
    facts = posting_facts("", description)
    (standing,) = [f for f in facts if f.code == "standing"]
    assert standing.value == "short" and words_of(standing) == "偶尔站立（时间短）"
    assert not job_bits(facts) & JobBits.STANDING


@pytest.mark.parametrize(
    "description", ["一天站8小时", "全程站岗，早7点到晚7点", "久站，每天1小时休息", "站岗，每天站5个小时"]
)
def test_long_standing_stays_long(description: str) -> None:
    assert job_bits(posting_facts("", description)) & JobBits.STANDING


def test_a_short_spell_reaches_one_who_cannot_stand_long_but_not_a_wheelchair_user() -> None:
    assert shown("不能长时间站岗", *SHORT_POST)
    assert not shown("不能长时间站岗", "门岗", "全程站岗，早7点到晚7点")
    assert not shown("坐轮椅", *SHORT_POST, consent=True)


# 4. a chest that cannot take dust, paint or fumes


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("喷漆工", "负责家具喷漆，包住"),
        ("普工", "车间有粉尘，发口罩"),
        ("打磨工", "负责铸件打磨"),
        ("操作工", "化工厂操作工，三班倒"),
        ("保洁", "垃圾站保洁，有异味"),
    ],
)
def test_a_weak_chest_is_kept_from_dust_paint_and_fumes_under_consent(title: str, description: str) -> None:
    assert "dust" in posting_codes(description, title)
    for words in ("有哮喘", "以前得了尘肺", "呼吸道不好", "对粉尘过敏"):
        assert not shown(words, title, description, consent=True)
        assert shown(words, title, description)  # health is held only under the separate consent (PIPL art. 28)


@pytest.mark.parametrize(
    "description",
    ["车间干净，无粉尘无异味", "负责打磨产品体验和细节", "油漆销售，门店接待", "不接触油漆，组装零件"],
)
def test_clean_air_sold_paint_and_a_products_polish_name_no_dust(description: str) -> None:
    assert "dust" not in posting_codes(description)
    assert shown("有哮喘", "", description, consent=True)


def test_someone_elses_asthma_is_not_the_persons() -> None:
    assert "no_dust" not in seeker_codes("孩子有哮喘，晚上要照顾")
    assert not job_bits(posting_facts("喷漆工", "负责喷漆"))  # no bit: only `Limits.fits` reads it


def test_a_breathing_limit_is_sensitive_and_named() -> None:
    (limit,) = [f for f in seeker_facts("", "有哮喘") if f.code == "no_dust"]
    assert limit.sensitive and words_of(limit) == "呼吸道不好（不宜粉尘、油漆、异味）"
