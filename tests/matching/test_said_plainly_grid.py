"""Issue 22, session 13 (h-fix8): limits said the plain way people write them, read by class. A home-only wish in young
people's words ("只想在家赚钱", "出门上班是真不行"); riding said by the bike a post hands out or asks the worker to bring
("公司给配电瓶车", "电瓶车自带", "有电动三轮"); a post reserved for disabled people by its own words ("招收残疾人朋友",
"须持残疾证"); one weekend day named as the rest day ("星期天休", "礼拜日歇"), so the other is worked. Each class has
decoys that read nothing. Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matching.facts import Modality, job_bits, posting_facts, seeker_facts, seeker_limits


def _codes(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.code for f in facts}


def _limits(words: str) -> set[str]:
    return {f.code for f in seeker_facts("", words) if f.modality is not None and f.modality.value == "limit"}


def _posted(words: str) -> set[str]:
    return _codes(posting_facts("", words))


# Each class in one frame: who writes it (a person, `_limits`, or a post, `_posted`), the code it sets, the ways it is
# said and the frames each way is said in; then decoys, each in its class's frame, that read nothing.
# home only, in young people's words
_HOME_WAYS = ("只想在家赚钱", "只想在家里搞钱", "出门上班是真不行", "出门工作实在不行", "没法出门上班")
_HOME_FRAMES = ("{}，会打字。", "刚毕业，{}", "我有点内向，{}，在线客服可以")
_HOME_DECOYS = (
    "有点社恐，想找不用跟人说话的活",  # shy, not housebound
    "晚上出门上班不行，白天可以",  # the evening, not the home
    "以前只想在家赚钱，现在想出去上班",  # a past wish
    "我妈只想在家赚钱",  # someone else
    "出门上班没问题",  # said to be fine
    "在家赚钱的也行，出去上班也可以",  # one way among others
)
# riding, by the vehicle the post hands out or asks for
_RIDE_WAYS = ("公司给配电瓶车", "配电动车", "电瓶车自带", "自备电动车", "有电动三轮", "配电动三轮车")
_RIDE_TRADES = ("送水工，{}，按件提成", "快递派件员，{}", "生鲜配送，{}，片区固定", "送奶工，早上送，{}")
_RIDE_DECOYS = (
    "小区门卫，看管电动车充电棚",  # bikes looked after, not ridden
    "电动车维修学徒，包吃住",  # bikes repaired
    "超市理货员，员工有电动车停放区",  # a place to park
    "食堂帮厨，公司有班车接送",  # a bus, not a bike
    "网约车司机，公司配车",  # a car for a driver
)
# a post reserved for disabled people by its text
_RESERVED_WAYS = ("招收残疾人朋友", "招残疾人", "须持残疾证", "要求持有残疾人证", "持残疾证上岗")
_RESERVED_TRADES = ("福利厂包装工，{}，坐着干", "{}，电话客服，会打字", "手工串珠，{}，计件")
_RESERVED_DECOYS = (
    "包装工，残疾人优先，坐着干",  # others may apply
    "持残疾证者优先，会打字",  # preferred, not required
    "包装工，欢迎残疾人朋友应聘",  # welcome, not reserved
    "客服，可招残疾人，健全人亦可",  # both
    "福利院护工，照顾老人",  # a care home, not a welfare enterprise's post
)
# one weekend day named as the rest day: the other is worked
_ONE_DAY = ("礼拜天休", "星期天休息", "礼拜日歇", "每个星期天休", "星期日休息", "周天歇")
_WEEK_FRAMES = ("面包房装盒，早八点到下午五点，{}。", "{}，包午饭", "理货员，{}，有社保", "礼拜一到礼拜六，{}")
_ONE_DAY_DECOYS = (
    "礼拜六礼拜天休息",  # both weekend days
    "星期六和星期天休",
    "礼拜六、礼拜天歇",
    "礼拜六跟礼拜天都休",
    "星期天不休息的话有加班费",  # hedged and paid, no rota said
)
_CLASSES: tuple[tuple[Callable[[str], set[str]], str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str], ...] = (
    (_limits, "home_only", _HOME_WAYS, _HOME_FRAMES, _HOME_DECOYS, "{}"),
    (_posted, "riding", _RIDE_WAYS, _RIDE_TRADES, _RIDE_DECOYS, "{}"),
    (_posted, "disabled_only", _RESERVED_WAYS, _RESERVED_TRADES, _RESERVED_DECOYS, "{}"),
    (_posted, "weekends_worked", _ONE_DAY, _WEEK_FRAMES, _ONE_DAY_DECOYS, "包装工，{}"),
)


@pytest.mark.parametrize(
    ("read", "code", "words"),
    [
        pytest.param(read, code, frame.format(way), id=f"{code}-{n}")
        for read, code, ways, frames, _, _ in _CLASSES
        for n, (frame, way) in enumerate((frame, way) for frame in frames for way in ways)
    ],
)
def test_a_class_said_plainly_is_read(read: Callable[[str], set[str]], code: str, words: str) -> None:
    assert code in read(words)


@pytest.mark.parametrize(
    ("read", "code", "words"),
    [
        pytest.param(read, code, frame.format(words), id=f"{code}-decoy-{n}")
        for read, code, _, _, decoys, frame in _CLASSES
        for n, words in enumerate(decoys)
    ],
)
def test_a_class_decoy_reads_nothing(read: Callable[[str], set[str]], code: str, words: str) -> None:
    assert code not in read(words)


# ---- a driving class a driver's post names alone, and the licences a person lists ----
_CLASS_POSTS = ("接送车司机，B1，早晚各两小时", "班车驾驶员，A1，包午饭", "冷链货车司机，B2，跑市区")


@pytest.mark.parametrize("words", _CLASS_POSTS)
def test_a_class_alone_in_a_drivers_post_is_asked(words: str) -> None:
    asked = [f for f in posting_facts("", words) if f.code.startswith("driving_")]
    assert asked and asked[0].modality is Modality.REQUIRED


@pytest.mark.parametrize("words", ["英语B1，外贸跟单", "文员，B2，会电脑", "仓库A1区理货，司机送货"])
def test_a_class_alone_decoys(words: str) -> None:
    assert not any(f.code.startswith("driving_") for f in posting_facts("", words))


@pytest.mark.parametrize("said", ["能开叉车，证有", "会开叉车，证也有", "开过叉车，证件齐全"])
def test_a_certificate_said_after_the_trade_is_held(said: str) -> None:
    held = [f for f in seeker_facts("", said) if f.code == "forklift"]
    assert held and held[0].modality is Modality.HAS


def test_a_person_listing_other_licences_is_kept_from_a_bus_drivers_post() -> None:
    limits = seeker_limits(seeker_facts("叉车", "能开叉车，证有，腰不好"))
    assert not limits.admits(job_bits(posting_facts("", "接送车司机，B1，早晚各两小时")))


@pytest.mark.parametrize("said", ["想学叉车，证还没考", "会开叉车，证在考"])
def test_a_certificate_not_held_decoys(said: str) -> None:
    assert not any(f.code == "forklift" and f.modality is Modality.HAS for f in seeker_facts("", said))


def test_a_reserved_post_by_its_words_demotes_one_who_says_no_disability() -> None:
    limits = seeker_limits(seeker_facts("电工", "干了十年电工，低压电工证有"))
    bits = job_bits(posting_facts("", "福利厂包装工，招收残疾人朋友，须持残疾证，坐着干"))
    assert limits.admits(bits) and limits.unsaid_in(bits) == 1.0  # shown, demoted, as the structured programme


# ---- a gig's hours said by its meal times: the rush, lunch 11:00-13:30 and dinner 17:00-20:00 ----
@pytest.mark.parametrize(
    ("words", "hours"),
    [
        ("礼拜六礼拜天饭点兼职，端盘子", {"11:00-13:30", "17:00-20:00"}),
        ("饭点过来帮忙洗碗，日结", {"11:00-13:30", "17:00-20:00"}),
        ("中午饭点帮工，一小时20", {"11:00-13:30"}),
        ("晚饭点传菜，按小时算", {"17:00-20:00"}),
    ],
)
def test_meal_times_are_the_rush_hours(words: str, hours: set[str]) -> None:
    assert {f.value for f in posting_facts("", words) if f.code == "hours"} == hours


@pytest.mark.parametrize(
    "words",
    [
        "饭点管饭，后厨帮工",  # a meal given
        "饭点兼职，晚上5点到9点",  # its own hours win
        "送餐员，饭点单多，提成高",  # busy then, no hours said of the job
    ],
)
def test_meal_time_decoys(words: str) -> None:
    assert {f.value for f in posting_facts("", words) if f.code == "hours"} <= {"17:00-21:00"}


def test_an_evening_person_is_kept_from_a_meal_time_gig() -> None:
    limits = seeker_limits(seeker_facts("兼职", "白天上班，晚上七点以后到十二点有空"))
    assert not limits.fits(posting_facts("", "周末饭点兼职，端盘子"))
    assert limits.fits(posting_facts("", "周末兼职，晚上7点到11点，端盘子"))


@pytest.mark.parametrize("words", ["包装工，每周上班到周六，周日休息", "包装工，干到礼拜六，礼拜天歇"])
def test_a_week_that_ends_on_saturday_then_a_rest_day(words: str) -> None:
    assert "weekends_worked" in _codes(posting_facts("", words))
