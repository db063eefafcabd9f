"""How postings really write working time, place, licences and lodging (issue 22 item 1): the wordings the
reader learned from the labelled dev split, each pinned with a made-up sentence, and the look-alikes that
must read nothing."""

from __future__ import annotations

import pytest

from matching.facts import Fact, JobBits, job_bits, posting_facts


def read(description: str, family: str) -> set[tuple[str, str | None]]:
    return {(f.code, f.value) for f in posting_facts("", description) if f.family == family}


def schedule(description: str) -> set[tuple[str, str | None]]:
    return read(description, "schedule")


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("上班时间：上午8:30-12:00，下午13:30-17:30", {("hours", "08:30-17:30/12:00-13:30")}),  # a lunch break
        ("上午9点-12点，中午12点-13点半，下午13点半-18点", {("hours", "09:00-18:00/12:00-13:30")}),
        ("工作时间8:00-17:00，午休11:30-13:00", {("hours", "08:00-17:00/11:30-13:00")}),
        ("上班时间：8-11点，下午2-5点", {("hours", "08:00-17:00/11:00-14:00")}),
        ("工作时间：8：00——17：00", {("hours", "08:00-17:00")}),
        ("早班6:00-14:00，晚班16:00-21:00", {("hours", "06:00-14:00"), ("hours", "16:00-21:00")}),  # alternatives
        ("早八晚六，包吃住", {("hours", "08:00-18:00"), ("day_shift", None)}),
        ("朝九晚五点半，周末双休", {("hours", "09:00-17:30"), ("day_shift", None), ("weekends_off", None)}),
    ],
)
def test_a_day_split_by_a_break_is_one_span_that_keeps_its_break(
    description: str, expected: set[tuple[str, str | None]]
) -> None:
    assert schedule(description) == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("上班时间：19:00-7:00", {("hours", "19:00-07:00"), ("night", None)}),
        ("晚上20点到8点", {("hours", "20:00-08:00"), ("night", None)}),
        (
            "门卫：8:00-8:00，做一休二",
            {("hours", "08:00-08:00"), ("night", None), ("shifts", None), ("weekends_worked", None)},
        ),
        ("凌晨4点-13点理货", {("hours", "04:00-13:00"), ("night", None)}),
        ("中班16:00-24:00", {("hours", "16:00-00:00"), ("shifts", None)}),
        ("晚班17:00-21:30，早班和晚班每周轮换", {("hours", "17:00-21:30"), ("shifts", "day")}),  # a rota by day
        ("能接受7×24小时轮班", {("night", None), ("shifts", None)}),
        ("长白班，如果愿意上夜班另有补贴", {("day_shift", None), ("day_hours", "11")}),  # 长白班's day
    ],
)
def test_night_work_from_hours_past_midnight_and_not_from_early_evenings(
    description: str, expected: set[tuple[str, str | None]]
) -> None:
    assert schedule(description) == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("上午8点-12点", set()),  # half a day on its own line is a segment, not the day's hours
        ("营业期间10:00-22:00内灵活排班", {("shifts", None)}),  # a window, not hours
        ("负责门店员工排班与考勤", set()),
        ("提供轮岗学习机会", set()),
        ("兼职人员的招聘与管理", set()),
        ("提成日结，上不封顶", set()),
        ("每月15日结算工资", set()),
        ("工资日结，不招兼职", set()),
        ("加班费25元/小时", set()),
        ("3-5年经验", set()),
    ],
)
def test_look_alikes_read_no_schedule(description: str, expected: set[tuple[str, str | None]]) -> None:
    assert schedule(description) == expected


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("分拣员22元/小时，包住", "part_time"),
        ("结算方式：日结", "part_time"),
        ("招聘白班保安", "day_shift"),
        ("工作时间周一至周五9:00-17:30", "weekends_off"),
        ("上五休二，五险一金", "weekends_off"),
        ("五天7.5小时工作制", "weekends_off"),
        ("车间2班倒", "shifts"),
        ("实行四班两运转", "shifts"),
        ("营业时间内轮流排班", "shifts"),
    ],
)
def test_schedule_wordings(description: str, code: str) -> None:
    assert code in {c for c, _ in schedule(description)}


def test_white_shift_beside_a_night_one_is_not_day_only() -> None:
    assert ("day_shift", None) not in schedule("白班夜班轮换，夜班有补贴")


def test_night_read_from_hours_sets_the_night_bit() -> None:
    facts: list[Fact] = posting_facts("", "上班时间：20:30-8:30")
    assert job_bits(facts) & JobBits.NIGHT


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("负责小区住户的上门维修与安装", {"field"}),
        ("快递员，送货上门", {"field"}),
        ("带客户实地看房，促成交易", {"field"}),
        ("通过电话或现场解决客户设备问题", {"field"}),
        ("负责各施工现场的安全巡查", {"field"}),
        ("熟悉施工现场管理流程", set()),  # one site is a workplace
        ("负责方案落地推进", set()),
        ("有驻场实施经验者优先", set()),  # experience someone has, not where this job is
        ("有两年以上销售经验、地推，优先", set()),
        ("接待上门客户，解答咨询", set()),
        ("外派某某银行，长期稳定", {"client_site"}),
        ("（外派华星重工）", {"client_site"}),
        ("能接受外派到分子公司", {"travel"}),
        ("Willingness to travel up to 30% of the time", {"travel"}),
        ("Works closely with local and remote teams", set()),
        ("This is a remote position", {"remote"}),
    ],
)
def test_place_wordings(description: str, expected: set[str]) -> None:
    assert {code for code, _ in read(description, "place")} == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("需持C牌驾驶证", {("driving_C1", "required")}),
        ("有C级及以上驾照", {("driving_C1", "required")}),
        ("持CI牌照，熟悉本地路况", {("driving_C1", "required")}),
        ("需有小车驾驶证", {("driving", "required")}),  # C1 or C2 asked: any licence permits one (SCHEMA)
        ("持B牌以上驾照，有重型货车经验", {("driving_B2", "required")}),
        ("持B照", {("driving", "required")}),  # B alone: B1 or B2
        ("招聘B1驾驶员", {("driving_B1", "required")}),
        ("3年以上驾龄", {("driving", "required")}),
        ("有驾证者优先", {("driving", "preferred")}),
        ("Valid driving license required", {("driving", "required")}),
        ("持有公司内部F2CN 驾照优先", set()),
        ("持低压电工作业许可证", {("electrician", "required")}),
        ("持特种作业操作证（电工本）", {("electrician", "required")}),
        ("有电工或焊工资格证", {("electrician", "required"), ("welder", "required")}),
        ("具备登高、低压等资格证书", {("height_work", "required"), ("electrician", "required")}),
        ("必须有护士证", {("nurse", "required")}),
        ("有妇婴护理证", {("maternity", "required")}),
        ("有中级护理员资质者优先", {("elder_care", "preferred")}),
        ("持保安从业资格证书", {("security", "required")}),
        ("无电工证但有配电柜装配经验也可", {("electrician", "preferred")}),
        ("有无护士资格证均可", set()),
        ("入职后公司报销健康证费用", set()),  # a perk, not a requirement
        ("面试通过免费办理健康证", set()),
        ("免费考取三证，高压电工证，登高作业证", set()),
        ("入职需自费办理健康证", {("health", "required")}),
    ],
)
def test_licence_wordings(description: str, expected: set[tuple[str, str]]) -> None:
    facts = [f for f in posting_facts("", description) if f.family == "licence"]
    assert {(f.code, f.modality.value if f.modality else "") for f in facts} == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("包午、晚餐，提供宿舍", {"meals", "housing"}),
        ("吃住自理，工资日结", set()),
        ("公司提供住宿福利补贴", set()),  # money, not a bed
        ("负责员工宿舍的分配与管理", set()),
        ("负责中午工作餐的制作", set()),
        ("宿舍调动及人员矛盾处理", set()),
        ("每天有阿姨打扫宿舍卫生", {"housing"}),
        ("住在雇主家，照顾老人起居", {"live_in"}),
    ],
)
def test_lodging_wordings(description: str, expected: set[str]) -> None:
    assert {code for code, _ in read(description, "lodging")} == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("组织仓库人员完成装卸", set()),  # someone else lifts
        ("有搬运工作经验优先", set()),
        ("负责办公室设备搬迁与安装", {"lifting"}),
        ("会骑电动车、有配送经验优先", {"riding"}),
        ("负责货物装卸，能吃苦", {"lifting"}),
    ],
)
def test_physical_wordings(description: str, expected: set[str]) -> None:
    assert {code for code, _ in read(description, "physical")} == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # field work described rather than named
        ("做检测项目，基本一个月都在外面", {"field"}),
        ("每天跑客户，维护渠道", {"field"}),
        ("需要外出量房、测量尺寸", {"field"}),
        ("独立完成陌拜销售", {"field"}),
        ("能从事野外作业", {"field"}),
        ("不用外出跑客户，客户由公司提供", set()),  # negated across 外出
        ("公司每年组织外出旅游", set()),  # an outing, not work
        ("通过陌拜电话联系客户", set()),  # cold calls from the desk
        ("拓展公司海外业务", set()),  # 外业 inside 海外业务
        # a list of past work closed by 经验, commas or 、 between
        ("有保险销售、地推、渠道推广等相关从业经验优先", set()),
        ("有终端开拓，地推，区域管理经验", set()),
        ("负责地推工作，相关经验优先", {"field"}),  # the job's own duty, then a new requirement
        # deliveries someone else makes, and their paperwork
        ("控制送货和仓储成本", set()),
        ("打印送货单，跟进发货", set()),
        ("负责协助送货人员提货", set()),
        ("安全准时地送货给客户", {"field"}),
        # the interview's place is not the job's
        ("面试方式：远程/现场", set()),
        ("通过远程/现场解决客户问题", {"field"}),
        # on site and remote implementation work is done at the client's
        ("为客户提供现场及远程的实施开发服务", {"client_site"}),
        ("能接受项目驻地开发", {"client_site"}),
        # trips: stations away and trade fairs abroad; an allowance for trips is none
        ("能适应长期驻外", {"travel"}),
        ("参加国内外展会，拜访客户", {"travel", "field"}),
        ("参加本市行业展会", set()),
        ("底薪+绩效+出差补助", set()),
        ("差旅补贴、全勤奖", set()),
        ("协助各部门出差申请", set()),
        ("项目外派员工管理", set()),  # the people this job manages go
        ("为客户匹配合适的家政人员上门服务", set()),
        ("在门店分拣，配合配送员把包裹放好", set()),
        ("负责配送员岗位的招聘工作", set()),  # an HR job names the posts it fills
        ("必要时能配合出差", {"travel"}),  # going along with trips is going
        ("负责关注现场服务环境", set()),
        # remote: a hybrid option, English trips
        ("广州 混合办公模式（坐班+居家）", {"remote"}),
        ("This role may involve travel to customer premises", {"travel"}),
        # remote: a bare English word closing a clause; office software is a tool; negation over a list
        ("接受兼职，remote.", {"remote"}),
        ("Location: Remote", {"remote"}),
        ("Remote debugging of embedded boards", set()),
        ("熟悉线上办公软件", set()),
        ("不接受兼职或线上办公", set()),
    ],
)
def test_place_read_from_who_goes_where(description: str, expected: set[str]) -> None:
    assert {code for code, _ in read(description, "place")} == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # remote: home work offered in passing, a place list that names it, English hybrid wordings
        ("可以远程兼职", {"remote"}),
        ("晚班可以在家上，早晚班一周轮换", {"remote"}),
        ("可以选择在家里电脑线上操作", {"remote"}),
        ("工作地点：杭州、远程", {"remote"}),
        ("不限时间，不限地点的一份兼职", {"remote"}),
        ("Home based, with some travel to clients", {"remote", "travel"}),
        ("Flexible working around home and office locations", {"remote"}),
        ("including hybrid and remote options", {"remote"}),
        # remote as a technology, an interview, or a home nearby is no home work
        ("负责远程监控系统的安装与维护", set()),
        ("熟悉远程协作工具，如飞书、钉钉", set()),
        ("提供远程技术支持", set()),
        ("机试可以在家远程参加，终面到公司", set()),
        ("服务区域可在家附近", set()),
        ("熟悉 hybrid cloud 架构", set()),
        ("in the field of machine learning", set()),
        # field: visits in any order of words, goods brought to the door; pay or calls are not field work
        ("定期或不定期拜访重点客户", {"field"}),
        ("进行客户拜访，了解需求", {"field"}),
        ("通过公司资源联系客户，上门介绍产品", {"field"}),
        ("与客户沟通并实地测量", {"field"}),
        ("将顾客购买的商品准时配送到家", {"field"}),
        ("在客户现场分析及处理故障", {"field"}),
        ("field-based sales role", {"field"}),
        ("外勤补贴200元/月", set()),
        ("享受外勤补助和餐补", set()),
        ("跑外勤，有外勤补贴", {"field"}),
        ("通过电话拜访客户", set()),
        ("按时提交拜访记录", set()),
        ("保障配送货物的准确性", set()),
        ("不用考虑开单/电销/地推压力", set()),
        # client_site: work at the customer's, not their requests or their staff
        ("进行客户现场调试", {"client_site"}),
        ("负责储能设备的现场交付", {"client_site"}),
        ("外派大厂，合同三年", {"client_site"}),
        ("网络驻场方向需具备骨干网建设经验", {"client_site"}),  # the job's post, then what it asks
        ("及时处理客户现场反馈的问题", set()),
        ("协助客户现场开发人员完成版本发布", set()),
        # travel: going to the customer; pay for trips and an executive's diary are not trips
        ("前往客户所在地并提供支持", {"travel"}),
        ("出差补贴：员工离开常驻城市公派出差，按标准计算", set()),
        ("出差外宿时，额外补贴", set()),
        ("负责高管的日常行程安排，包括会议、出差", set()),
        ("帮总经理安排行程，包括出差、接待等", set()),
        ("能接受出差，出差有补贴", {"travel"}),
        ("需经常出差，行程由公司统一安排", {"travel"}),
    ],
)
def test_place_read_from_visits_trips_and_home_work(description: str, expected: set[str]) -> None:
    assert {code for code, _ in read(description, "place")} == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # riding: food delivery described, riding while at work, and riders someone else serves
        ("完成配送任务（外卖软件自带导航）", {"riding"}),
        ("保证骑行时遵守交通规则", {"riding"}),
        ("公司免费提供电动车、头盔", {"riding"}),
        ("美团诚招骑手", {"riding"}),
        ("致力于提升数亿消费者、近千万商家、骑手的服务体验", set()),
        ("依托庞大的骑手团队服务消费者", set()),
        ("处理各种场景，如电动车逆行", set()),
        ("报销来回路费（包含电动车，滴滴等交通工具）", set()),
        ("处理外卖订单并核对信息", set()),  # the shop's counter, not the road
        ("涵盖外卖、履约配送、闪购等场景", set()),
        ("共享单车骑行10分钟到公司", set()),
        ("公司有骑行俱乐部", set()),
        ("免费工作餐三餐，送餐到岗", set()),  # meals brought to the worker
        # lifting
        ("负责整理仓库，装车卸货", {"lifting"}),
        ("保障承运货物到达后的有效卸货", set()),  # someone else unloads
        ("管理好随车搬运人员", set()),
        ("长期笔耕技术博客(非转载,搬运工)", set()),  # 搬运工 of what others wrote
        ("驱动装卸载，系统安装", set()),  # software
        ("主要工作内容：也会涉及到物料的搬运", {"lifting"}),
        # strenuous: bearing a workload is a trait unless the work is manual
        ("能承受一定的工作强度和压力", set()),
        ("身体健康，能承受一定的工作强度，符合从事建筑工作的要求", {"strenuous"}),
        ("身体强壮，能胜任工作中的劳动强度", {"strenuous"}),
        ("组装手机屏幕，无任何体力活", set()),
        ("做事主动，力气大", {"strenuous"}),
        ("货物的整理和堆码", {"lifting"}),
        ("码垛机器人调试", set()),
        # height: a certificate only preferred or one the employer helps obtain is no height work
        ("有登高证者优先", set()),
        ("公司免费考取三证：低压电工证、高压电工证、登高作业证", set()),
        ("上岗必须有低压，高压，登高作业证（无证人员公司免费辅助考证）", {"height"}),
        ("需高空作业", {"height"}),
    ],
)
def test_physical_read_from_who_does_the_work(description: str, expected: set[str]) -> None:
    assert {code for code, _ in read(description, "physical")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "🚴‍♂️🛵💨 remote remote remote 外卖外卖外卖 骑行" * 500,
        "面试" * 3000 + "远程/现场",
        "有" + "、地推" * 2000 + "经验",
        "送货" + "和" * 5000 + "成本",
        "Ω≈ç√∫ 搬运 🧱 العربية русский 한국어 remote.",
        "",
        "\x00\ufeff\u200b外出\u202e跑客户",
    ],
)
def test_place_and_physical_rules_never_raise_on_odd_text(text: str) -> None:
    for fact in posting_facts(text, text, [text]):
        assert fact.evidence and len(fact.evidence) <= 24
