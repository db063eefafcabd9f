"""Working time, lodging and licence wordings the fresh2 labels showed (issue 22, session 6), each pinned with a
made-up sentence, and the look-alikes that must read nothing (SCHEMA.md, "Judgement calls settled in session 6")."""

from __future__ import annotations

import pytest

from matching.facts import Modality, posting_facts, seeker_facts


def codes(description: str, family: str) -> set[str]:
    return {f.code for f in posting_facts("", description) if f.family == family}


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("本岗位需能适应三班", "shifts"),
        ("要求可接受二班或三班", "shifts"),
        ("车间需适应白、夜班轮换", "shifts"),
        ("每月轮流上一周晚班", "shifts"),
        ("上三个白班再上三个夜班，休两天", "shifts"),
        ("五天早班五天中班交替", "shifts"),
        ("上班时间：排班，具体看门店", "shifts"),
        ("排班灵活，可自选时段", "shifts"),
        ("常日班，周末休息", "day_shift"),
        ("负责夜间商场巡视工作", "night"),
        ("可利用业余时间安排上课，按课时结算", "part_time"),
    ],
)
def test_reads_rotas_day_shifts_and_spare_time_work(description: str, code: str) -> None:
    assert code in codes(description, "schedule")


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("完成领导交办的临时工作", "part_time"),  # a temporary task, not temp work
        ("做到账目日清日结", "part_time"),
        ("收银要求日结日清，不得挂账", "part_time"),
        ("兼职部分行政事务", "part_time"),  # also handle
        ("对兼职做自媒体有兴趣者优先", "part_time"),
        ("负责门店临时工的招聘与考勤", "part_time"),  # staff this job hires
        ("人员管理：招募培训校园兼职", "part_time"),
        ("周一至周五9点到18点，周六上午值班", "weekends_off"),  # a weekday range beside Saturday work
        ("单双周轮休，月休四天", "shifts"),  # rest days rotate, the hours do not
        ("月休四天，上二休一", "shifts"),  # a work-rest cycle, fixed hours
        ("白班：早八晚八，夜班另算", "day_shift"),  # the idiom names one of two shifts
        ("带领医师进行晚间查房", "night"),  # evening rounds
        ("业余时间喜欢读书", "part_time"),
    ],
)
def test_reads_nothing_from_lookalikes(description: str, code: str) -> None:
    assert code not in codes(description, "schedule")


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("福利：三餐公司免费提供，宿舍四人间", {"meals", "housing"}),
        ("管三餐，管住", {"meals", "housing"}),
        ("包您一日三餐", {"meals"}),
        ("公司每天提供丰盛的午餐", {"meals"}),
        ("中午有阿姨专门做饭", {"meals"}),
        ("吃饭和住宿都有，安心工作", {"meals", "housing"}),
        ("入职安排临时过渡住宿", {"housing"}),
        ("待遇：提供单人单间住宿，有餐补", {"housing"}),  # 餐补 is money, not meals
        ("提供工装、住宿，就近安排", {"housing"}),
        ("公司有住宿安排", {"housing"}),
        ("良好的住宿环境", {"housing"}),
        ("厂里有食堂，饭菜可口", {"meals"}),  # a canteen whose food the words describe
        ("员工食堂伙食丰富", {"meals"}),
    ],
)
def test_reads_meals_and_housing_as_written(description: str, expected: set[str]) -> None:
    assert codes(description, "lodging") == expected


@pytest.mark.parametrize(
    "description",
    [
        "福利：五险一金、员工食堂、年度体检",  # a canteen alone
        "园区配套食堂，餐费自理",
        "食堂每餐12元/餐",
        "负责食堂及宿舍管理",
        "在餐厅为顾客提供餐饮服务",  # restaurant duties
        "每月提供餐补300元",
        "员工用餐优惠",
        "每年提供住房无息贷款",
        "可协助申请政府提供的人才公寓",
        "为学员提供住宿安排、接机等服务",
        "熟悉公租房、人才公寓等业务办理经验",
    ],
)
def test_reads_no_lodging_from_lookalikes(description: str) -> None:
    assert codes(description, "lodging") == set()


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("持C1C2驾驶证", {"driving_C1", "driving_C2"}),
        ("熟悉道路驾驶，C1或C2及以上", {"driving_C1", "driving_C2"}),
        ("需有小车驾照", {"driving"}),  # C1 or C2: every class permits one, so any licence
        ("持有月嫂等相关证书", {"maternity"}),
        ("具备护理执业资格", {"nurse"}),
        ("持有高压作业上岗证", {"electrician"}),
    ],
)
def test_reads_licence_wordings(description: str, expected: set[str]) -> None:
    assert codes(description, "licence") == expected


@pytest.mark.parametrize(
    "description",
    [
        "带薪假期：驾照考试日、婚假",  # a day off for a driving test
        "公司报销驾照培训费用",
        "英语达到B2及以上",  # a CEFR level, not a driving class
    ],
)
def test_reads_no_licence_from_lookalikes(description: str) -> None:
    assert codes(description, "licence") == set()


def test_a_small_car_licence_held_is_c1_and_asked_for_is_any() -> None:
    held = {(f.code, f.modality) for f in seeker_facts("", "有小车驾照") if f.family == "licence"}
    assert held == {("driving_C1", Modality.HAS)}  # it does not permit a lorry: B2 jobs stay out
    assert codes("要求有小车驾照", "licence") == {"driving"}


@pytest.mark.parametrize(
    ("description", "modality"),
    [
        ("要求：大专以上学历，会开车，熟悉电脑", Modality.REQUIRED),
        ("能适应短期出差，熟练开车", Modality.REQUIRED),
        ("该岗位需要开车拜访客户", Modality.REQUIRED),
        ("驾驶技术娴熟，熟悉本地路况", Modality.REQUIRED),
        ("最好会开车，主要做管道光缆", Modality.PREFERRED),
        ("会开车者优先", Modality.PREFERRED),
    ],
)
def test_a_posting_that_asks_the_applicant_to_drive_asks_for_a_licence(description: str, modality: Modality) -> None:
    # SCHEMA, session 6: a job that needs the applicant to drive needs a licence
    found = [(f.code, f.modality) for f in posting_facts("", description) if f.family == "licence"]
    assert found == [("driving", modality)]


@pytest.mark.parametrize(
    "description",
    [
        "不会开车也可以，公司有班车",
        "不需要会开车",
        "我们会开车送您到工地",  # the employer drives
        "能开车上下班，有停车位",  # parking for one's own car, no duty
        "负责开车接送老板",  # a duty, no ability asked (no licence named either)
    ],
)
def test_no_licence_from_driving_words_that_ask_nothing(description: str) -> None:
    assert codes(description, "licence") == set()


def test_a_licence_named_is_not_asked_twice_and_a_seeker_who_can_drive_holds_nothing_said() -> None:
    assert codes("有C1驾照，会开车", "licence") == {"driving_C1"}
    assert not [f for f in seeker_facts("", "我会开车") if f.family == "licence"]
