"""Issue 22, session 6: a split day judged by its worked parts, taken times of day, rotas by day, days a week, and
the physical, night and trip wordings people and postings use (with the near misses that must read nothing)."""

from __future__ import annotations

import pytest

from matching.facts import explain_facts, job_bits, posting_facts, seeker_facts, seeker_limits, words_of
from matching.facts.days import week_days
from matching.facts.hour_spans import worked_spans


def codes(text: str) -> set[str]:
    return {f.code for f in seeker_facts("", text)}


def shown(seeker: str, title: str, description: str) -> bool:
    """Whether the posting reaches the person: its bits admitted and its values fitting."""
    limits, facts = seeker_limits(seeker_facts("", seeker)), posting_facts(title, description)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


@pytest.mark.parametrize(
    ("description", "value", "worked"),
    [
        ("工作时间9:00-11:30，13:30-17:30", "09:00-17:30/11:30-13:30", [(540, 690), (810, 1050)]),
        ("上午8点到12点 下午2点到6点", "08:00-18:00/12:00-14:00", [(480, 720), (840, 1080)]),
        ("工作时间：9:00-18:00，午休12:00-13:30", "09:00-18:00/12:00-13:30", [(540, 720), (810, 1080)]),
        ("工作时间：9:00-18:00", "09:00-18:00", [(540, 1080)]),
    ],
)
def test_a_split_day_keeps_its_break(description: str, value: str, worked: list[tuple[int, int]]) -> None:
    (hours,) = [f for f in posting_facts("", description) if f.code == "hours"]
    assert hours.value == value and worked_spans(hours) == worked


@pytest.mark.parametrize("noon", ["中午要回家做饭", "12点到1点要接孩子", "中午12点要回家做饭"])
def test_a_person_whose_noon_is_taken_gets_a_split_day_and_not_a_straight_one(noon: str) -> None:
    assert shown(noon, "保洁", "工作时间9:00-11:30，13:30-17:30")
    assert not shown(noon, "保洁", "工作时间9:00-17:30")
    assert not any(f.code == "hours" for f in seeker_facts("", noon))  # a taken time is not when they can work


def test_a_split_day_is_shown_in_its_parts() -> None:
    limits = seeker_limits(seeker_facts("", "12点到1点要接孩子"))
    split = posting_facts("", "工作时间9:00-11:30，13:30-17:30")
    assert "工作时间 09:00-11:30、13:30-17:30 · 在你能上班的时间内" in explain_facts(limits, job_bits(split), split)
    assert words_of(split[0]) == "工作时间 09:00-11:30、13:30-17:30"


def test_the_length_of_a_split_day_is_what_is_worked() -> None:
    limits = seeker_limits(seeker_facts("", "一天最多干7个小时"))
    assert limits.fits(posting_facts("", "工作时间8:00-12:00，14:00-17:00"))  # seven hours over nine
    assert not limits.fits(posting_facts("", "工作时间8:00-17:00"))


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("白天要照顾老人，晚上可以", "1234567 18:00-24:00"),
        ("下午4点到6点有事", "1234567 18:00-40:00"),
        ("晚上10点宿舍关门，太晚的不行", "1234567 00:00-21:30"),
        ("晚上7点以后想跑跑外卖，熬到一两点没问题", "1234567 19:00-26:00"),
    ],
)
def test_times_of_day_a_person_names_taken_or_free(text: str, window: str) -> None:
    assert window in {f.value for f in seeker_facts("", text) if f.code == "free"}


def test_statements_about_every_day_all_hold() -> None:
    limits = seeker_limits(seeker_facts("", "只能上午出来干，中午十二点前得回家做饭"))
    assert limits.windows == ((300, 720),)
    assert not shown("只能上午出来干，中午十二点前得回家做饭", "保洁", "下午1点到晚上9点")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("不能通宵", "no_night"),
        ("熬不了通宵", "no_night"),
        ("不能值夜", "no_night"),
        ("晚上通宵的不干，白天干就行", "no_night"),
        ("晚上不能上班", "no_evening"),
        ("做不了倒班", "no_shifts"),
        ("三班倒吃不消", "no_shifts"),
        ("两班倒不行，身体跟不上", "no_shifts"),
        ("手有旧伤，使不上劲", "no_lifting"),
        ("不能干太累的", "no_lifting"),
        ("身体不太好，只能干轻松的", "no_lifting"),
        ("去年从梯子上摔过，现在上不了高", "no_height"),
        ("我晕车", "no_travel"),
        ("出差也不行", "no_travel"),
        ("就是不跑长途", "no_travel"),
        ("长途是不想再跑了", "no_travel"),
        ("想在市区跑，不出远门了", "no_travel"),
        ("一周能做三四天", "max_days"),
        ("电动车也不敢骑了", "no_riding"),
        ("腿上有旧伤，走不了太多路", "no_walking"),
    ],
)
def test_seeker_wordings(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "夜宵店想找个白天的活",
        "晚上好，我想找工作",
        "做过站长",
        "不晕车，能跑长途",
        "不恐高",
        "大夜班也能上",
        "以前上过大夜班",
        "手机不好使",
        "老公手受过伤",
        "我妈白天要照顾孩子",
        "我老公一周只能上三天",
        "会骑电动车",
        "40岁出头",
    ],
)
def test_near_misses_read_no_limit(text: str) -> None:
    limits = seeker_limits(seeker_facts("", text))
    assert not limits.exclude and not limits.windows and limits.most_days is None


@pytest.mark.parametrize(
    ("title", "description", "code"),
    [
        ("超市收银员", "社区超市收银，固定白班", "standing"),
        ("药店营业员", "负责药品销售", "standing"),
        ("", "超市招周末兼职收银，周六日9:00-15:00，站着。", "standing"),
        ("", "每天沿河走着巡查两次，走路多", "field"),
        ("", "医院护工，要给病人翻身、擦洗", "strenuous"),
        ("", "公园绿化管护，户外作业，要有体力", "strenuous"),
        ("", "跑合肥-上海/广州长途，一趟3-5天", "travel"),
        ("", "跑省内线路，经常在外过夜", "travel"),
        ("", "医院护工，24小时陪护病人", "night"),
        ("", "照顾老人，晚上要起夜", "night"),
        ("", "夜宵烧烤店，下午5点上班，凌晨2点收摊", "night"),
        ("", "保安，做一休一，24小时", "night"),
        ("", "月嫂，住家26天一单，要夜里照顾宝宝", "night"),
        ("", "地下停车场收费岗，两班轮换", "shifts"),
        ("", "医院门诊楼保洁，做五休二（休息日轮流排，周末不固定）", "weekends_worked"),
    ],
)
def test_posting_wordings(title: str, description: str, code: str) -> None:
    assert code in {f.code for f in posting_facts(title, description)}


@pytest.mark.parametrize(
    ("title", "description", "code"),
    [
        ("高空作业车销售", "负责高空作业车产品的推广", "height"),
        ("某某搬家公司招聘客服", "坐班，接听电话", "lifting"),
        ("加油站站长", "负责站点管理", "standing"),
        ("客服专员", "线上收银系统答疑", "standing"),
        ("诊所收银", "负责收费", "standing"),
        ("新市区迎宾路招聘厨师", "炒菜", "standing"),
        ("", "包吃住，提供夜宵，白班", "night"),
        ("", "育儿嫂白班，晚上不用照顾宝宝", "night"),
        ("外卖骑手", "有搬运工、传菜员、工地等工作经验优先录用", "standing"),
        ("", "小说推文是普通人最好的翻身机会", "strenuous"),
        ("", "负责长途运输过程司机监控", "travel"),
        ("", "医院门诊楼保洁，做五休二（休息日轮流排）", "weekends_off"),
    ],
)
def test_posting_near_misses(title: str, description: str, code: str) -> None:
    assert code not in {f.code for f in posting_facts(title, description)}


def test_a_rota_by_day_suits_one_who_refuses_nights_but_not_one_who_refuses_rotas() -> None:
    day_rota = "早班7:00-15:00、晚班14:00-22:00轮换"
    assert ("shifts", "day") in {(f.code, f.value) for f in posting_facts("", day_rota)}
    assert shown("不上夜班", "咖啡店员", day_rota)
    assert not shown("不想倒班", "咖啡店员", day_rota)
    assert not shown("不上夜班", "普工", "两班倒，8:00-20:00")  # the other turn is the night
    assert not shown("不上夜班", "客服", "早班8:00-16:00，中班12:00-20:00\n晚班：下午4:00-晚12:00")


def test_a_fixed_day_shift_with_a_rest_cycle_is_no_rota() -> None:
    assert shown("两班倒不行", "门岗", "白班早8点到晚8点，做二休一")
    assert not shown("两班倒不行", "保安", "做二休一，两班倒")


@pytest.mark.parametrize(
    ("seeker", "description", "fits"),
    [
        ("一周能做三四天", "做六休一", False),
        ("一周能做三四天", "周末双休", False),
        ("一周能做三四天", "做一休一", True),
        ("一周能做三四天", "兼职，一周做几天都行", True),
        ("只有周一周三周五有空", "周末双休", False),
        ("只有周一周三周五有空", "兼职，时间自由", True),
    ],
)
def test_days_a_week(seeker: str, description: str, fits: bool) -> None:
    assert seeker_limits(seeker_facts("", seeker)).fits(posting_facts("", description)) is fits


def test_a_postings_week_in_days() -> None:
    assert week_days(posting_facts("", "做六休一")) == 6 and week_days(posting_facts("", "全年无休")) == 7
    assert week_days(posting_facts("", "双休")) == 5 and week_days(posting_facts("", "做一休一")) == 4
    assert week_days(posting_facts("", "弹性工作")) is None


def test_evenings_kept_for_family_rule_out_trips_and_evenings_for_study_do_not() -> None:
    trips = ("行政后勤", "需要常驻外地项目部或经常出差")
    assert not shown("只能白天上班，晚上要照顾家里", *trips)
    assert shown("晚上要看书复习", *trips)


def test_one_who_cannot_walk_far_may_stand_but_not_patrol() -> None:
    walker = "腿上有旧伤，走不了太多路"
    assert shown(walker, "写字楼门岗", "大堂门岗，全程站岗，早7点到晚7点")
    assert not shown(walker, "停车秩序管理", "路边停车秩序引导，站着来回走")
    assert not shown(walker, "河道巡查员", "每天沿河走着巡查两次，走路多")
    assert not shown("站久了腰受不了", "停车秩序管理", "路边停车秩序引导，站着来回走")
