"""Issue 22, session 22: a kind whose day runs into the night (`kind_hours` valued `late`), and the names that run or
plan the work rather than do it (`kind_nouns.NOT_DOING`).

A 代驾 or a 烧烤 whose text names no hours works from the evening to two at night, as all three blind labellers assumed
(`bench/kinds/hours`, their `hours` column): a person who must be home in the evening ("天天晚上得回来") or refuses
nights cannot take it. A kind that only runs into the evening (外卖, 跑腿, 班车) stays for the evening at home, as the
persona judges kept it. A 护士长, a 厨师长 and a CNC programmer run or plan the work: no hours and no body are implied of
them; a home visit's appliance washing keeps its own labelled day, not a cleaner's dawn. The wordings are this file's."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits
from matching.facts.kind_nouns import NOT_DOING
from matching.facts.words import words_of

NIGHT_KINDS = [
    "代驾",
    "代驾司机",
    "桔子代驾招聘代驾司机",
    "烧烤师傅",
    "烧烤店服务员",
    "按摩师",
    "沐足按摩技师",
    "保健按摩师",
]
EVENING_HOME = [
    "家里有俩老人，天天晚上得回来",
    "晚上要回家带孩子",
    "晚上得在家陪老人",
    "晚上不能上班",
    "晚上没空",
    "天黑前要到家",
    "下班不能太晚",
    "孩子小，晚上离不开我",
]
NO_NIGHTS = ["不上夜班", "夜班不行", "熬不了夜"]


def _fits(person: str, title: str, text: str = "") -> bool:
    return seeker_limits(seeker_facts("", person)).fits(posting_facts(title, text))


def _hours(title: str, text: str = "") -> set[str | None]:
    return {f.value for f in posting_facts(title, text) if f.code == "kind_hours"}


def _body(title: str) -> set[str | None]:
    return {f.value for f in posting_facts(title, "") if f.code == "implied"}


@pytest.mark.parametrize("title", NIGHT_KINDS)
@pytest.mark.parametrize("person", EVENING_HOME + NO_NIGHTS + ["晚上十点前必须到家", "只能早上8点到晚上8点"])
def test_a_kind_whose_day_runs_into_the_night_is_out_for_an_evening_at_home_or_nights_refused(
    person: str, title: str
) -> None:
    assert "late" in _hours(title)
    assert not _fits(person, title, "月薪面议")


@pytest.mark.parametrize(
    "title", ["外卖骑手", "同城跑腿", "饭店服务员", "厂区班车司机", "养鸡场饲养员", "货车司机（本地）", "快递分拣员"]
)
@pytest.mark.parametrize("person", EVENING_HOME)
def test_a_kind_that_only_runs_into_the_evening_stays_for_an_evening_at_home(person: str, title: str) -> None:
    assert "late" not in _hours(title)
    assert _fits(person, title)


@pytest.mark.parametrize(
    ("person", "title", "text"),
    [
        ("晚上要回家带孩子", "代驾", "白天代驾，9:00-17:00"),  # stated hours win
        ("晚上要回家带孩子", "代驾", "兼职，时间自由"),  # hours of the driver's own choosing
        ("不上夜班", "烧烤师傅", "营业时间10:00-18:00"),  # the shop's hours said
        ("晚上七点以后才有空", "代驾", ""),  # a person free in the evening and on until midnight
        ("什么活都能干", "代驾", ""),  # no limit
        ("晚上可以干", "烧烤店服务员", ""),
        ("晚上要回家带孩子", "饭店洗碗工", "包吃"),  # to nine at night, not into it: the judges kept the like
    ],
)
def test_the_night_kind_keeps_no_one_out_where_its_day_is_said_or_the_person_can(
    person: str, title: str, text: str
) -> None:
    assert _fits(person, title, text)


def test_the_night_kind_says_so_in_words() -> None:
    words = [words_of(f) for f in posting_facts("代驾", "") if f.code == "kind_hours"]
    assert "「代驾」通常做到半夜（按岗位）" in words and "「代驾」通常做到晚上（按岗位）" in words


@pytest.mark.parametrize(
    "title",
    [
        "口腔护士长",
        "[急聘]口腔护士长",
        "手术室护士长",
        "【急聘】门诊护士长（应城）",
        "医美护士长",
        "(高薪10000元以上)医务护士长",
        "厨师长",
        "实习厨师长",
        "CNC编程",
        "cnc编程",
        "CNC编程技术员",
        "数控编程",
        "模具编程师傅",
        "加工中心编程",
    ],
)
def test_a_head_nurse_a_head_chef_or_a_programmer_runs_or_plans_the_work(title: str) -> None:
    assert NOT_DOING.search(title)
    assert not _hours(title) and not _body(title)
    assert _fits("下午四点半要去接孩子放学", title) and _fits("早上要送孩子，八点半以后才能上班", title)


@pytest.mark.parametrize(
    ("title", "hours"),
    [
        ("护士", {"early", "pickup", "evening", "weekend", "long_day"}),
        ("手术室护士", {"early", "pickup", "evening", "weekend", "long_day"}),
        ("护士（长期）", {"early", "pickup", "evening", "weekend", "long_day"}),
        ("急招护士长期有效", {"early", "pickup", "evening", "weekend", "long_day"}),  # 长期, not a head nurse
        ("厨师", {"pickup", "evening", "weekend", "long_day"}),
        ("中餐厨师长期招", {"pickup", "evening", "weekend", "long_day"}),
        ("CNC操作工", {"early", "pickup", "evening", "weekend", "long_day"}),
        ("CNC数控操机/编程员", {"early", "pickup", "evening", "weekend", "long_day"}),  # runs the machine too
    ],
)
def test_the_nurse_the_cook_and_the_operator_keep_their_kinds_day(title: str, hours: set[str]) -> None:
    assert _hours(title) == hours


def test_a_day_shift_after_a_cook_is_no_head_chef() -> None:
    assert not NOT_DOING.search("厨师长白班") and _body("厨师长白班") >= {"standing"}


@pytest.mark.parametrize("title", ["保洁师.家电清洗", "家电清洗师", "油烟机清洁", "空调清洗"])
def test_a_home_visits_appliance_washing_keeps_its_labelled_day_not_a_cleaners_dawn(title: str) -> None:
    assert _hours(title) == {"pickup", "weekend"}
    assert _fits("早上八点以后才能到", title)
    assert not _fits("下午四点半要去接孩子放学", title)


@pytest.mark.parametrize(
    ("title", "hours"), [("保洁员", {"dawn", "pickup", "weekend"}), ("保洁收纳家务师", {"weekend"})]
)
def test_a_cleaner_still_starts_at_dawn_and_housework_is_the_households(title: str, hours: set[str]) -> None:
    assert _hours(title) == hours
