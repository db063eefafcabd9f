"""Physical limits, nights, hours and weekends as other people write them (issue 22, wordings not from the persona
set): what a careful reader takes each to rule out, the posting words they are checked against, and the look-alikes
that must limit nothing."""

from __future__ import annotations

import pytest

from matching.facts import (
    JobBits,
    Modality,
    explain_facts,
    job_bits,
    posting_facts,
    seeker_facts,
    seeker_limits,
    words_of,
)

LIMIT_CODES = {
    "no_lifting",
    "no_standing",
    "no_walking",
    "no_height",
    "no_night",
    "no_evening",
    "no_weekends",
    "max_hours",
    "free",
    "home_only",
}


def limit_codes(words: str) -> set[str]:
    return {f.code for f in seeker_facts("", words) if f.modality is Modality.LIMIT} & LIMIT_CODES


def bits(description: str) -> int:
    return job_bits(posting_facts("", description))


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("腰椎间盘突出，重活干不了", {"no_lifting"}),
        ("膝盖不行", {"no_lifting", "no_standing"}),
        ("心脏不好，医生不让累着", {"no_lifting"}),
        ("怀孕了，想找份轻松点的", {"no_lifting", "no_height"}),
        ("刚做完手术，还在恢复", {"no_lifting"}),
        ("站久了腿肿", {"no_standing"}),
        ("走不了远路", {"no_walking"}),
        ("拿不了重东西", {"no_lifting"}),
        ("熬不了夜", {"no_night"}),
        ("白天才行", {"no_night", "free"}),
        ("晚上要陪孩子写作业", {"no_evening"}),
        ("晚上得照顾老人", {"no_evening"}),
        ("天黑前要到家", {"no_evening"}),
        ("周末得在家", {"no_weekends"}),
        ("周六日不行", {"no_weekends"}),
        ("要双休", {"no_weekends"}),
        ("一天最多四五个小时", {"max_hours"}),
        ("只能干半天", {"max_hours"}),
        ("下午三点要接孩子", {"free"}),
        ("中午要回家做饭", {"free"}),
        ("九点以后才能出门", {"free"}),
        ("体力不行，只能干点轻活", {"no_lifting"}),
        ("腿不太好", {"no_walking"}),
        ("只能坐着干", {"no_standing", "no_walking"}),  # seated work only: no rounds on foot either (session 13)
        ("不上夜", {"no_night"}),
        ("晚上没空", {"no_evening"}),
        ("只能工作日上班", {"no_weekends"}),
        ("每天能干三四个小时就行", {"max_hours"}),
        ("孩子上学的时候可以上班", {"free"}),
        ("最晚干到下午四点", {"free"}),
        ("晚上九点前得到家", {"free"}),
        ("只能干几个小时", {"max_hours"}),
        ("年纪大了，重活干不了", {"no_lifting"}),
        ("刚生完孩子，不能太累", {"no_lifting"}),
        ("下班不能太晚", {"no_evening"}),
        ("周末要上课", {"no_weekends"}),
        ("大夫不让熬夜", {"no_night"}),
        ("去年装了两个支架", {"no_lifting"}),
        ("重的都不能搬", {"no_lifting"}),
        ("两条腿都不行", {"no_lifting", "no_walking"}),
        ("天黑之前要回村", {"no_evening"}),
        ("晚上七点以后就不行", {"free"}),
        ("七点以后到十一点前都可以", {"free"}),
        ("孙女四点放学", {"free"}),
        ("每天干个三小时就行", {"max_hours"}),
        ("手有伤，提不了东西", {"no_lifting"}),
        ("走路多了腿疼", {"no_walking"}),
        ("上下楼梯困难", {"no_lifting"}),
        ("夜里要照顾孩子", {"no_night"}),
        ("夜班绝对不行", {"no_night"}),
        ("只能周一到周五", {"no_weekends", "free"}),
        ("干四个小时左右就行", {"max_hours"}),
    ],
)
def test_a_limit_in_other_peoples_words(words: str, codes: set[str]) -> None:
    assert limit_codes(words) == codes
    assert all(f.evidence in words for f in seeker_facts("", words) if f.code in codes)


@pytest.mark.parametrize(
    "words",
    [
        "老伴心脏不好，我得照顾他",  # someone else's health
        "礼拜天要去教会，周日不行",  # one day: a posting resting that day suits them; one bit cannot tell
        "周六要上课",
        "星期天要去教堂",
        "我妈腿脚不便",
        "膝盖受过伤",  # an old injury is no standing limit (loads and stairs are read when said)
        "周末有空",
        "最好双休",  # a wish, not a limit
        "夜班也行",
        "以前在医院手术室做保洁",
        "晚上好，我想找工作",
        "夜宵摊帮过忙",
        "每天能干8个小时就行",  # a full day is no limit
        "周末在家也能接单",
        "平时上班，周末想找个兼职",
        "以前每天干10个小时",
        "老公周末要去上班",  # someone else's weekend
    ],
)
def test_look_alikes_that_limit_nothing(words: str) -> None:
    codes = limit_codes(words)
    assert not codes & {"no_lifting", "no_standing", "no_walking", "no_night", "no_evening", "no_weekends"}


@pytest.mark.parametrize(
    ("description", "bit"),
    [
        ("装卸货，仓库理货搬箱子", JobBits.LIFTING),
        ("招搬家师傅", JobBits.LIFTING),
        ("需要爬楼送货", JobBits.STRENUOUS),
        ("每天扛米送水上门", JobBits.LIFTING),
        ("推着手推车送快递", JobBits.STRENUOUS),
        ("负重20公斤", JobBits.LIFTING),
        ("全天站立", JobBits.STANDING),
        ("流水线作业，计件", JobBits.STANDING),
        ("晚10点至早6点", JobBits.NIGHT),
        ("大小夜轮班", JobBits.NIGHT),
        ("做一休一，24小时值班", JobBits.NIGHT),
        ("上24休48", JobBits.NIGHT),
        ("夜间巡逻", JobBits.NIGHT),
        ("能上夜", JobBits.NIGHT),
        ("凌晨理货", JobBits.NIGHT),
        ("单休", JobBits.WEEKENDS_WORKED),
        ("周末需上班", JobBits.WEEKENDS_WORKED),
        ("月休4天", JobBits.WEEKENDS_WORKED),
        ("做六休一", JobBits.WEEKENDS_WORKED),
        ("节假日不休", JobBits.WEEKENDS_WORKED),
        ("大小周", JobBits.WEEKENDS_WORKED),
        ("周一至周六8:00-17:00", JobBits.WEEKENDS_WORKED),
        ("周六、周日上班", JobBits.WEEKENDS_WORKED),
        ("周六下午和周日全天休息", JobBits.WEEKENDS_WORKED),
        ("周休一天", JobBits.WEEKENDS_WORKED),
        ("晚上8点到凌晨2点", JobBits.NIGHT),
        ("营业到凌晨", JobBits.NIGHT),
        ("晚上需要值班", JobBits.NIGHT),
        ("周末是最忙的时候", JobBits.WEEKENDS_WORKED),
        ("需要长时间走动", JobBits.STANDING),
        ("矿泉水米面油要搬要码", JobBits.LIFTING),
        ("送的桶装水一桶有三十斤", JobBits.LIFTING),
        ("擦窗户要爬梯子", JobBits.HEIGHT),
        ("节假日和周末订单最多", JobBits.WEEKENDS_WORKED),
        ("门店实行轮休", JobBits.WEEKENDS_WORKED),
        ("24小时营业的药店", JobBits.WEEKENDS_WORKED),
        ("货物较重", JobBits.LIFTING),
        ("晚上11点下班", JobBits.NIGHT),
        ("凌晨两点下班", JobBits.NIGHT),
        ("做二休二", JobBits.WEEKENDS_WORKED),
        ("休息日为周一", JobBits.WEEKENDS_WORKED),
        ("每周日休息", JobBits.WEEKENDS_WORKED),
    ],
)
def test_work_a_posting_describes_by_its_duties_and_rota(description: str, bit: JobBits) -> None:
    assert bits(description) & bit


@pytest.mark.parametrize(
    ("description", "bit"),
    [
        ("免费夜宵", JobBits.NIGHT),
        ("晚上好，欢迎加入", JobBits.NIGHT),
        ("招聘站长", JobBits.STANDING),
        ("非流水线，坐着干", JobBits.STANDING),
        ("流水线作业，坐着干活", JobBits.STANDING),
        ("XX搬家公司招聘会计", JobBits.LIFTING),
        ("能扛压，沟通能力强", JobBits.LIFTING),
        ("努力搬砖，扛起团队的技术架构", JobBits.LIFTING),  # slang for hard work
        ("上班地点远的话意味着要搬家", JobBits.LIFTING),
        ("早班8:30-18:30，晚班11:00-21:00", JobBits.NIGHT),
        ("下午两点上班，七点下班", JobBits.NIGHT),
        ("每月发十斤水果", JobBits.LIFTING),
        ("周末双休", JobBits.WEEKENDS_WORKED),
        ("月休8天", JobBits.WEEKENDS_WORKED),
        ("周末不上班", JobBits.WEEKENDS_WORKED),
        ("周末双休，节假日正常上班", JobBits.WEEKENDS_WORKED),  # holidays, not weekends
        ("周六周日双倍工资", JobBits.WEEKENDS_WORKED),  # overtime pay, not a rota
        ("平日加班1.5倍，周末加班为日薪2倍", JobBits.WEEKENDS_WORKED),
        ("节假日及周末加班20元/时", JobBits.WEEKENDS_WORKED),
        ("夜间补贴100元", JobBits.NIGHT),
        ("晚上不用值班", JobBits.NIGHT),
        ("周末双休，另有轮休假", JobBits.WEEKENDS_WORKED),
        ("楼梯间和电梯保洁", JobBits.HEIGHT),
        ("人才梯队建设", JobBits.HEIGHT),
        ("注意物品重量登记", JobBits.LIFTING),
        ("服务重要客户", JobBits.LIFTING),
        ("周一至周五上班，周六周日休息", JobBits.WEEKENDS_WORKED),
        ("周六、周日休息", JobBits.WEEKENDS_WORKED),
    ],
)
def test_posting_look_alikes_set_nothing(description: str, bit: JobBits) -> None:
    assert not bits(description) & bit


def test_taken_weekends_rule_out_weekend_work_and_say_so() -> None:
    limits = seeker_limits(seeker_facts("", "周末得在家带孩子"))
    assert not limits.admits(bits("月休4天，包吃住")) and not limits.admits(bits("做六休一"))
    assert limits.admits(bits("周末双休")) and limits.admits(bits("朝九晚五"))
    two_days = posting_facts("", "周末双休")
    assert "双休 · 符合你的要求" in explain_facts(limits, job_bits(two_days), two_days)
    silent = posting_facts("", "朝九晚五")
    assert "未写周末上班" in explain_facts(limits, job_bits(silent), silent)


@pytest.mark.parametrize(
    ("words", "fits", "unfit"),
    [
        ("只能上午", "上班时间8:00-12:00", "早七晚七"),
        ("下午三点要接孩子", "工作时间8:00-14:30", "9:00-18:00"),
        ("中午要回家做饭", "下午13:30-17:30，只上下午", "9:00-18:00"),
        ("九点以后才能出门", "工作时间9:30-15:30", "7:30-19:30"),
        ("一天最多四五个小时", "工作时间9:00-13:00", "每天12小时，两班倒"),
        ("最多只能干到下午3点半", "工作时间8:00-15:00", "工作时间13:00-17:30"),
        ("早上8点要送孩子上学", "工作时间9:00-17:00", "工作时间7:30-16:30"),
        ("孩子四点放学我得去接，九点以后才能出门", "早上九点半到岗，下午三点下班", "9:00-18:00"),
        ("只能晚上七点以后到十一点前", "晚上7点到10点半，兼职", "早班8点到4点"),
        ("晚上六点以后不行", "每天下午1点到5点，钟点工", "晚班2点到10点"),
    ],
)
def test_a_day_the_person_limits_rules_out_postings_hours_beyond_it(words: str, fits: str, unfit: str) -> None:
    limits = seeker_limits(seeker_facts("", words))
    assert limits.fits(posting_facts("", fits)) and not limits.fits(posting_facts("", unfit))
    assert limits.fits(posting_facts("", "包吃住"))  # no hours stated: shown, and the page says so
    quiet = posting_facts("", "包吃住")
    assert "未写工作时间" in explain_facts(limits, job_bits(quiet), quiet)


def test_health_limits_rule_out_heavy_work_and_heights() -> None:
    limits = seeker_limits(seeker_facts("", "怀孕五个月了"))
    assert not limits.admits(bits("仓库理货，搬箱子")) and not limits.admits(bits("高空作业"))
    assert limits.admits(bits("前台接待，坐班"))
    assert not seeker_limits(seeker_facts("", "走不了远路")).admits(bits("跑业务，外出拜访客户"))


@pytest.mark.parametrize("words", ["怀孕五个月了", "心脏放了支架", "上个月刚做完手术", "有高血压", "刚生完孩子"])
def test_health_conditions_are_sensitive_and_a_back_or_knees_are_not(words: str) -> None:
    """Health is sensitive personal information (PIPL art. 28): held and used only under the separate consent."""
    found = [f for f in seeker_facts("", words) if f.family.value == "physical"]
    assert found and all(f.sensitive for f in found)
    for plain in ("腰不好，干不了重活", "膝盖不好"):
        said = [f for f in seeker_facts("", plain) if f.family.value == "physical"]
        assert said and not any(f.sensitive for f in said)


def test_a_weeks_hours_are_not_a_days() -> None:
    assert not [f for f in posting_facts("", "一周工作时间为20个小时") if f.code == "day_hours"]
    assert [f.value for f in posting_facts("", "两班倒，12小时一班") if f.code == "day_hours"] == ["12"]


def test_weekdays_free_rule_out_weekend_work() -> None:
    assert not seeker_limits(seeker_facts("", "周一到周五有空")).admits(bits("单休"))


@pytest.mark.parametrize(
    ("description", "hours"),
    [
        ("早上六点半到岗，下午两点半下班", {"06:30-14:30"}),
        ("早班7点到3点，晚班3点到11点", {"07:00-15:00", "15:00-23:00"}),  # a late shift's small hours are the afternoon
        ("每天下午4点到7点做饭", {"16:00-19:00"}),  # every day: the whole job, not half a day's segment
        ("上午9点到下午1点，时薪20", {"09:00-13:00"}),
        ("上午8点-12点", set()),  # still a segment when nothing says it is all the work
        ("两点上班，七点下班", {"14:00-19:00"}),
    ],
)
def test_posting_hours_as_people_write_them(description: str, hours: set[str]) -> None:
    assert {f.value for f in posting_facts("", description) if f.code == "hours"} == hours


def test_the_new_facts_in_a_few_words() -> None:
    said = {f.code: words_of(f) for f in seeker_facts("", "周末得在家，一天最多四五个小时，走不了远路")}
    assert said["no_weekends"] == "周末不能上班" and said["max_hours"] == "每天最多5小时"
    assert said["no_walking"] == "不能走远路"
    posted = {f.code: words_of(f) for f in posting_facts("", "月休4天，每天12小时")}
    assert posted == {"weekends_worked": "周末要上班", "day_hours": "每天12小时"}


def test_a_page_says_the_hours_fit_the_persons_day() -> None:
    limits = seeker_limits(seeker_facts("", "只能上午"))
    morning = posting_facts("", "上班时间8:00-12:00")
    assert "工作时间 08:00-12:00 · 在你能上班的时间内" in explain_facts(limits, job_bits(morning), morning)


# Reviewer's sample of real postings (issue 22; rows 13887, 700, 1683, 12323, 9132 of postings_real, paraphrased):
# words about amenities, overtime pay and now-and-then overtime are not a rota with weekend work.
@pytest.mark.parametrize(
    "description",
    [
        "休闲场所：24小时营业超市、图书室、健身房",
        "宿舍楼下有24小时便利店",
        "平日加班为时薪1.5倍，周末加班也可优先选择调休",
        "原则上不加班，遇特殊情况周末需加班的，可以调休",
        "双休，寒暑假有时周末要加班",
        "当天下班即刻结算，周一至周日均可以",
    ],
)
def test_weekend_words_that_are_not_the_rota_read_nothing(description: str) -> None:
    assert not [f for f in posting_facts("", description) if f.code == "weekends_worked"]
    assert not bits(description) & JobBits.WEEKENDS_WORKED


@pytest.mark.parametrize(
    "description",
    ["周末需要加班", "周末要加班，单休", "月休4天", "做六休一", "24小时营业的药店", "门店24小时营业", "周一至周日上班"],
)
def test_weekend_work_as_a_standing_demand_still_reads(description: str) -> None:
    assert bits(description) & JobBits.WEEKENDS_WORKED


def test_interview_times_and_meal_breaks_are_not_working_hours() -> None:
    interview = "工作时间：凌晨4点-10点，下午13点-16点\n面试时间早上9-12点，下午3-5点"  # row 25778
    assert {f.value for f in posting_facts("", interview) if f.code == "hours"} == {"04:00-16:00/10:00-13:00"}
    meals = (  # row 30202: each range labelled after it, meals included
        "8:00-12:00上午上班时间、12:00-13:00中午吃饭时间，13:00-17:00下午上班时间、"
        "17:00-18:00下午吃饭时间，18:00-20:00晚上上班时间"
    )
    assert {f.value for f in posting_facts("", meals) if f.code == "hours"} == {"08:00-20:00/12:00-13:00/17:00-18:00"}
    assert {f.value for f in posting_facts("", "面试时间：每天上午9:00-11:00")} & {"09:00-11:00"} == set()
    worked = "面试通过后上班时间9:00-18:00"  # work words after the interview: the hours are the job's
    assert {f.value for f in posting_facts("", worked) if f.code == "hours"} == {"09:00-18:00"}


@pytest.mark.parametrize(
    ("description", "hours"),
    [
        (
            "工作时间：9:00-18:30  午休时间：12:00-13:30  周末双休",
            {"09:00-18:30/12:00-13:30"},
        ),  # a break named before its range
        ("周一至周五：09:00-18:00，周六：09:00-16:00 午休1小时", {"09:00-18:00", "09:00-16:00"}),  # a length
        ("薪资根据面试定薪，上午09:30 - 下午06:30，双休", {"09:30-18:30"}),  # 面试 with no time of its own
        ("工作时间：10:00-19:00，14:00-15:00为午休吃饭时间", {"10:00-19:00/14:00-15:00"}),
    ],
)
def test_breaks_and_interviews_leave_the_working_hours_alone(description: str, hours: set[str]) -> None:
    assert {f.value for f in posting_facts("", description) if f.code == "hours"} == hours
