"""Issue 22, session 7: nights, hours, weekends and rotas where a person's words and a posting's hours meet: shifts
in bare numbers, a rota the text says has no night shift, an early start that is no night, a split day's later half
in small numbers, weekend work said by a rota or by weekend hours, and a day-only person's window (each with the
near misses that must not change)."""

from __future__ import annotations

import pytest

from matching.facts import JobBits, job_bits, posting_facts, seeker_facts, seeker_limits


def hours(description: str) -> list[str]:
    return [f.value or "" for f in posting_facts("", description) if f.code == "hours"]


def bits(description: str) -> int:
    return job_bits(posting_facts("", description))


def shown(seeker: str, description: str, title: str = "普工") -> bool:
    """Whether the posting reaches the person: its bits admitted and its values fitting."""
    limits, facts = seeker_limits(seeker_facts("", seeker)), posting_facts(title, description)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


@pytest.mark.parametrize(
    ("description", "read"),
    [
        ("地下停车场收费岗，两班轮换（8-20/20-8），坐岗亭", ["08:00-20:00", "20:00-08:00"]),
        ("早8点到晚8点两班倒（早班8-14、晚班14-20），轮休", ["08:00-14:00", "14:00-20:00"]),
        ("排班制，早班8-16，晚班16-24", ["08:00-16:00", "16:00-00:00"]),
        ("白班8-20，夜班20-8", ["08:00-20:00", "20:00-08:00"]),
        ("晚班3-11，两周一换", ["15:00-23:00"]),
    ],
)
def test_shift_hours_in_bare_numbers(description: str, read: list[str]) -> None:
    assert hours(description) == read


@pytest.mark.parametrize(
    "description",
    ["早班8-10人，晚班2-3人", "工资8-12/12-15元", "招8-10名", "年龄18-45/45-50岁", "早班8-12元/小时", "8-20/20-25"],
)
def test_bare_numbers_that_are_not_hours(description: str) -> None:
    assert hours(description) == []


def test_a_round_the_clock_pair_is_night_work_and_a_twelve_hour_day() -> None:
    text = "地下停车场收费岗，两班轮换（8-20/20-8），坐岗亭，用手机扫码收费"
    assert bits(text) & JobBits.NIGHT
    assert not shown("一天最多干四五个小时", text) and not shown("熬不了夜", text)
    assert shown("一天最多干四五个小时", "停车场收费岗，早班8-12，晚班12-16，轮流上")


def test_a_late_half_in_small_numbers_is_the_afternoon() -> None:
    assert hours("上班10点到2点、4点半到9点，月休4天") == ["10:00-21:00/14:00-16:30"]
    assert not bits("上班10点到2点、4点半到9点") & JobBits.NIGHT
    assert shown("晚上九点前得下班回家", "酒楼招炒锅，上班10点到2点、4点半到9点")
    assert not shown("晚上八点前得下班回家", "酒楼招炒锅，上班10点到2点、4点半到9点")
    assert hours("早上9点到12点，下午2点到5点") == ["09:00-17:00/12:00-14:00"]  # parts named: unchanged
    assert hours("夜班：8点到12点，凌晨1点到5点") != ["08:00-17:00"]


@pytest.mark.parametrize(
    "description",
    [
        "早餐店招帮工，早上5点半到9点半，会擀皮包包子的来，时薪20",
        "能适应早班，早上5点半到岗，下午1点半下班",
        "保洁，每天5:00-13:00",
    ],
)
def test_an_early_start_is_no_night(description: str) -> None:
    assert not bits(description) & JobBits.NIGHT
    assert shown("不能上夜班", description) and shown("白天才行", description)
    assert shown("只能上午出来干，中午十二点前得回家做饭", "早餐店招帮工，早上5点半到9点半，时薪20")


@pytest.mark.parametrize("description", ["凌晨4点到中午12点，日结", "工作时间：4:30-12:30", "23:00-7:00"])
def test_a_start_before_five_is_still_night(description: str) -> None:
    assert bits(description) & JobBits.NIGHT
    assert not shown("不能上夜班", description)


@pytest.mark.parametrize(
    "description",
    [
        "物流园招仓管员，两班倒但没有夜班：早班7-15点，中班15-23点",
        "白班两班倒，无夜班",
        "两班倒，不上夜班，早班6:00-14:00，晚班14:00-22:00",
    ],
)
def test_a_rota_the_text_says_has_no_night_shift_reaches_a_no_nights_person(description: str) -> None:
    assert not bits(description) & JobBits.NIGHT
    assert shown("熬不了夜", description) and shown("夜班不行", description)
    assert not shown("不想倒班", description)  # still a rota
    assert not shown("只能上午", description)  # and not within a morning


@pytest.mark.parametrize(
    "description",
    [
        "两班倒，没有夜班补贴",  # an allowance, not the shift
        "两班倒，无夜班，早班6:00-14:00，晚班14:00-次日2:00",  # a shift shown past midnight
        "两班倒，早班6:00-14:00，晚班14:00-23:30",  # a late shift past 23:00
        "早8晚8两班倒",
    ],
)
def test_a_rota_that_may_run_through_the_night_stays_out(description: str) -> None:
    assert not shown("熬不了夜", description)


@pytest.mark.parametrize(
    "description",
    [
        "两班倒，月薪5000",
        "早晚班轮换，早班7:00-15:00，晚班15:00-22:00",
        "排班制，早班8-16，晚班16-24，要轮流值晚班，周末也要排",
        "超市招周末兼职收银，周六日9:00-15:00，时薪18元",
        "周一到周五上班，周六上午9点到12点",
    ],
)
def test_weekend_work_said_by_a_rota_or_by_weekend_hours(description: str) -> None:
    assert bits(description) & JobBits.WEEKENDS_WORKED
    assert not shown("孩子周末没人看，周六日不行", description)


@pytest.mark.parametrize(
    "description",
    [
        "两班倒，周末双休",
        "社区超市收银，上午8点半到下午2点半，周一到周五（周末有专门的周末班）",
        "周末双休，周末工作另算加班费",
        "周末排休",
        "长白班，8:00-17:00",
    ],
)
def test_weekends_off_or_unsaid_stay_open_to_a_weekends_off_person(description: str) -> None:
    assert not bits(description) & JobBits.WEEKENDS_WORKED
    assert shown("周六日不能上班", description)


@pytest.mark.parametrize("words", ["白天才行", "白天干就行", "只能白天干"])
def test_a_day_only_person_keeps_off_evenings(words: str) -> None:
    assert not shown(words, "写字楼保洁，下午1点到晚上9点，周一到周五")
    assert not shown(words, "驿站晚上6点半到9点半帮忙出库扫码，时薪20")
    assert shown(words, "写字楼保洁，早上7点到下午3点")
    assert shown(words, "保洁，工作时间灵活")  # no hours said: kept


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("下午三点要去学校接孙子", (0, 900)),
        ("下午四点要到幼儿园接孩子", (0, 960)),
        ("最多干到晚上8点", (300, 1200)),
    ],
)
def test_an_errand_after_a_place_or_the_latest_end_limits_the_day(words: str, window: tuple[int, int]) -> None:
    assert seeker_limits(seeker_facts("", words)).windows == (window,)


@pytest.mark.parametrize("words", ["下午三点要去上班", "最多干三年", "晚上也可以", "白天晚上都能上"])
def test_what_is_no_window(words: str) -> None:
    assert seeker_limits(seeker_facts("", words)).windows == ()


@pytest.mark.parametrize(
    ("description", "read"),
    [
        ("早7晚7", ["07:00-19:00"]),
        ("早8晚8两班倒", ["08:00-20:00"]),
        ("早9晚6，双休", ["09:00-18:00"]),
        ("夜班10点到6点", ["22:00-06:00"]),
        ("晚班7点到11点", ["19:00-23:00"]),
        ("中班10点到6点", ["10:00-18:00"]),  # a middle shift is in the day
    ],
)
def test_a_day_or_a_late_shift_in_small_numbers(description: str, read: list[str]) -> None:
    assert hours(description) == read


@pytest.mark.parametrize("description", ["做一休一12小时", "白班12小时，做一休一", "夜班12小时"])
def test_a_shifts_length_is_a_days_length(description: str) -> None:
    assert [f.value for f in posting_facts("", description) if f.code == "day_hours"] == ["12"]
    assert not shown("一天最多干四五个小时", description)


def test_a_rota_by_day_reaches_a_limited_day_when_every_shift_lies_in_it() -> None:
    rota = "超市熟食档，早8点到晚8点两班倒（早班8-14、晚班14-20），轮休"
    assert shown("家里孩子小，晚上九点前得下班回家", rota)
    assert not shown("下午三点要去学校接孙子", rota)  # the late shift is not in the day left
    assert not shown("只能上午出来干", rota)
    assert not shown(
        "六点以后到十二点前都行", "夜宵店，早班18:00-21:00，晚班21:00-24:00轮换"
    )  # to midnight: no day rota


@pytest.mark.parametrize(
    "description",
    [
        "白班两班倒，无夜班",  # no hours shown
        "早班7:00-15:00、晚班轮换",  # one shift's hours only
        "两班倒，早班8:00-14:00，晚班14:00-20:00，夜班20:00-8:00",  # a night shift
        "早8晚8两班倒",
    ],
)
def test_a_rota_not_shown_inside_the_day_stays_out_for_a_limited_day(description: str) -> None:
    assert not shown("家里孩子小，晚上九点前得下班回家", description)


@pytest.mark.parametrize(
    "description",
    [
        "晚上值班，看守仓库",
        "夜里看护老人",
        "晚8点上班，早上8点下班",
        "下午6点到第二天早上6点",
        "凌晨三点开始备货",
        "早上4点到岗",
        "保安，上一天休一天，24小时",
        "晚上要睡在店里看店",
        "住在单位，夜里有事要起来处理",
    ],
)
def test_night_work_as_postings_write_it(description: str) -> None:
    assert bits(description) & JobBits.NIGHT
    assert not shown("熬不了夜", description)


@pytest.mark.parametrize(
    "description",
    ["晚上不用值班", "早上6点到岗，下午2点下班", "下午4点到岗，晚上10点下班", "早上8点上班", "下午4点开始上班"],
)
def test_day_and_evening_words_that_are_no_night(description: str) -> None:
    assert not bits(description) & JobBits.NIGHT


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("夜里睡不好，不能熬", "no_night"),
        ("身体不好熬不起夜", "no_night"),
        ("夜班身体吃不消", "no_night"),
        ("晚上得在家", "no_evening"),
        ("三班倒太累了不想干", "no_shifts"),
        ("周末孩子在家没人管", "no_weekends"),
        ("只能干到中午", "free"),
    ],
)
def test_a_persons_nights_rotas_weekends_and_day_in_more_words(words: str, code: str) -> None:
    assert code in {f.code for f in seeker_facts("", words)}


@pytest.mark.parametrize("words", ["能熬夜", "不能熬汤", "夜班补贴高的话也行", "老公周末没人管他", "以前三班倒"])
def test_words_near_them_that_limit_nothing(words: str) -> None:
    limits = seeker_limits(seeker_facts("", words))
    assert not limits.exclude and not limits.windows and not limits.no_night_rota


def test_a_second_schedule_after_a_slash_keeps_its_morning() -> None:
    text = "工作时间：9：00-11：30、13：30-17：30/9：30-11：30、13：30-18：00"
    assert hours(text) == ["09:00-17:30/11:30-13:30", "09:30-18:00/11:30-13:30"]
    assert not bits(text) & JobBits.NIGHT
    assert hours("工作时间 8:00-12:00  1:30-5:30") == ["08:00-17:30/12:00-13:30"]  # a small afternoon: no night


def test_a_weekend_job_denied_is_no_weekend_work() -> None:
    assert not bits("java兼职，不是周末兼职，有来公司的需求") & JobBits.WEEKENDS_WORKED


@pytest.mark.parametrize("description", ["可安排白班", "时间灵活，自己安排", "周末双休", "早九晚五，双休"])
def test_what_only_looks_like_a_rota_a_night_or_weekend_work(description: str) -> None:
    assert not bits(description) & (JobBits.NIGHT | JobBits.SHIFTS | JobBits.WEEKENDS_WORKED)
    for words in ("熬不了夜", "不想倒班", "周六日不行", "下午五点前得下班"):
        assert shown(words, description)


@pytest.mark.parametrize(
    "description",
    [
        "大型超市，早班7:00-15:00，晚班15:00-23:00，两班每周轮换",
        "排班制：9:00-18:00或14:00-23:00",
        "早班7:00-15:00、晚班15:00-22:30轮换",
    ],
)
def test_a_late_shift_ending_by_23_is_no_night(description: str) -> None:
    assert not bits(description) & JobBits.NIGHT
    assert shown("通宵大夜班干过一次，不想再干通宵了", description) and shown("夜班上不了", description)
    assert not shown("不想倒班", description) and not shown("下午六点以后就出不来了", description)


@pytest.mark.parametrize("description", ["排班双休（不固定周末）", "上五休二（休息日排班，不固定周末）"])
def test_days_off_not_fixed_on_weekends_are_weekend_work(description: str) -> None:
    assert bits(description) & JobBits.WEEKENDS_WORKED


@pytest.mark.parametrize(
    ("description", "read"),
    [
        ("白夜班8：00-次日7：50", "08:00-07:50"),  # a day and a night, not a night from 20:00
        ("时间19:00到次日凌晨3:00", "19:00-03:00"),
        ("社区团购自提点，下午3点到晚上8点给居民发货", "15:00-20:00"),  # into the evening: no half day
        ("每天早上7点半到网点分货，然后骑电动车派件，一般晚上7点结束", "07:30-19:00"),
        ("早8:30-晚17:30或12:30-21:30两班轮换", "12:30-21:30"),
    ],
)
def test_more_hours_as_postings_write_them(description: str, read: str) -> None:
    assert read in hours(description)


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("孩子下午一点放学要接，只能上午干，八点到十二点之间的都行", (480, 720)),
        ("晚上得陪孩子写作业，下午六点以后就出不来了，早上送完孩子七点半以后可以", (450, 1080)),
        ("现在值夜不行了，只干白天的班", (300, 1200)),
    ],
)
def test_a_day_said_in_pieces(words: str, window: tuple[int, int]) -> None:
    assert seeker_limits(seeker_facts("", words)).held_windows == (window,)  # "只干白天的": a day shift, held


def test_going_home_at_night_after_refusing_live_in_is_no_evening_limit() -> None:
    assert {f.code for f in seeker_facts("", "住家的不行，晚上要回家")} & {"no_evening", "no_night"} == {"no_night"}
    assert "no_evening" in {f.code for f in seeker_facts("", "晚上要回家带孩子")}


@pytest.mark.parametrize("words", ["周六日休息才行，单休的不考虑", "周末要回乡下看爸妈", "单休、轮休的都不行"])
def test_weekends_refused_in_more_words(words: str) -> None:
    assert "no_weekends" in {f.code for f in seeker_facts("", words)}


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("倒不了班，晚上必须睡觉", "no_night"),
        ("天黑了眼睛看不清路，晚上不送", "no_evening"),
        ("家里老人晚上离不开人", "no_evening"),
        ("白班可以，两班倒那种不行", "no_shifts"),
        ("想找双休的，单休太累", "no_weekends"),
        ("星期六星期天不行", "no_weekends"),
        ("周六周日照顾孩子，节假日也要在家", "no_weekends"),
        ("不能单休", "no_weekends"),
    ],
)
def test_a_reviewers_seeker_wordings_on_real_pages(words: str, code: str) -> None:
    assert code in {f.code for f in seeker_facts("", words)}


@pytest.mark.parametrize("words", ["晚上不送也行", "老公周末要照顾孩子", "以前上班八点到五点", "晚上不加班也行"])
def test_a_reviewers_near_misses_limit_nothing(words: str) -> None:
    limits = seeker_limits(seeker_facts("", words))
    assert not limits.exclude and not limits.windows


@pytest.mark.parametrize(
    ("words", "window"),
    [("每天早上六点到九点能做", (360, 540)), ("七点以后不行", (0, 1140)), ("十点以后不行", (0, 1320))],
)
def test_a_reviewers_day_windows(words: str, window: tuple[int, int]) -> None:
    assert seeker_limits(seeker_facts("", words)).windows == (window,)


def test_a_reviewers_posting_hours() -> None:
    assert hours("上班时间下午6点到晚上10点") == ["18:00-22:00"]
    assert hours("上午九点到下午四点左右") == ["09:00-16:00"]
    assert hours("白班：10：00~10：00（一天9小时）") == []  # a typo, not a day round the clock
    assert not bits("白班：10：00~10：00（一天9小时）") & JobBits.NIGHT
    assert not shown("一天最多干四个小时", "兼职文员，上午九点到下午四点左右")


def test_a_clock_with_a_middle_dot_is_not_read_from_its_minutes() -> None:
    text = "工作时间：周一到周五早上9:00-下午18:00中午休息2小时(12·00-14:00)周六早上9:30-下午17：00"
    assert hours(text) == ["09:00-18:00", "09:30-17:00"]
    assert not bits(text) & JobBits.NIGHT


def test_a_shift_the_worker_picks_needs_only_one_to_fit() -> None:
    text = "超市收银，早班8:00-14:00，或晚班14:00-21:00，固定一个班不倒"
    assert "shift_choice" in {f.code for f in posting_facts("", text)}
    assert shown("下午六点以后就出不来了，早上七点半以后可以", text)  # the early shift fits
    assert shown("一天最多干六个小时", text)
    assert not shown("六点以后到十一点之间可以", text)  # neither does
    rota = "早班8:00-14:00、晚班14:00-21:00轮换"  # a rota works both shifts: no choice
    assert "shift_choice" not in {f.code for f in posting_facts("", rota)}
    assert not shown("下午六点以后就出不来了，早上七点半以后可以", rota)
