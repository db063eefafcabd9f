"""Issue 22 s22 (dev16's dev half): a seeker's limits in their own words that reached no limit, and the checks that
compare them with a posting. The most days a week said with stacked words ("一个礼拜我最多能出来四天") or as the days
left ("一周只有三天有空", "一个礼拜就二四六能干"); a rest day said as 歇 ("礼拜天歇着"); "上不了班" is no rota refused;
dust and paint refused in plain words ("医生说油漆、粉尘都不能再碰了", "一闻油漆味就喘不上气"), not a diagnosis that waits
on consent; "不住校"; a voice that fails on long talk; a 教师资格证's school; 炒 of tea is no cook's years; one hand
carries no loads. The posting side where the same limits needed it: a season worked every day ("茶季不休"), a post
named for the weekend ("（周末）"), "平时轮休一天", fibres in the air ("绒毛多"), staff who sleep at the school ("住校"),
talk all day ("一直要讲话"). Decoys: someone else's, a past's, smoking, a shop's 歇业, pupils who board, a grey coat.
Every wording is made up for this file; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits
from matching.facts.trades import trades_in

TODAY = date(2026, 12, 7)


def _values(text: str, code: str) -> set[str | None]:
    return {f.value for f in seeker_facts("", text, today=TODAY) if f.code == code}


def _codes(text: str) -> set[str]:
    return {f.code for f in seeker_facts("", text, today=TODAY) if not f.sensitive}


def _posted(title: str, text: str, code: str) -> set[str | None]:
    return {f.value for f in posting_facts(title, text) if f.code == code}


def _shown(words: str, title: str, text: str) -> bool:
    """Whether a person without the disability consent (sensitive facts dropped) still sees the post."""
    said = [f for f in seeker_facts("", words, today=TODAY) if not f.sensitive]
    limits, facts = seeker_limits(said), posting_facts(title, text)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


# --- the most days a week ---------------------------------------------------------------------------------------

WEEKS = ["一个礼拜", "一周", "每周", "一星期", "每个礼拜"]
MOST = [
    ("我最多能出来四天", "4"),
    ("顶多也就能干三天", "3"),
    ("撑死来四天", "4"),
    ("最多能干四天吧", "4"),
    ("我只能来三天", "3"),
    ("只有三天有空", "3"),
    ("就两天能出来", "2"),
    ("也就三天得闲", "3"),
    ("我只有四天可以上班", "4"),
]


@pytest.mark.parametrize(("week", "said"), list(itertools.product(WEEKS, MOST)))
def test_the_most_days_a_week_are_read_however_the_words_stack(week: str, said: tuple[str, str]) -> None:
    assert _values(f"家里老人要透析，{week}{said[0]}，空的那几天从早到晚都行。", "max_days") == {said[1]}


@pytest.mark.parametrize(
    "text",
    [
        "一个礼拜只有一天休息，我想换个轻松点的",  # days off of the job now
        "一周就一天休息",
        "一个礼拜就一天可以休息",
        "现在的厂一周只上四天，想找个天天干的",  # a workplace's week
        "我现在一个礼拜才干三天，想多干点",
        "一周就两天可以歇歇",
        "一周只有两天有空休息",
        "每周只休一天",
        "一个礼拜我上六天班",  # a whole week
        "我老公一个礼拜最多能出来三天",  # someone else's
        "以前一个礼拜只能来三天，现在孩子大了",  # a past's
        "一个礼拜最多能出来四天吗？",  # asked
        "这个月只有三天有空",  # no week
    ],
)
def test_days_off_a_whole_week_or_anothers_are_no_most_days(text: str) -> None:
    assert _values(text, "max_days") == set()


SIX_DAY_POSTS = [
    ("超市收银员", "早八点到下午四点，月休四天"),
    ("农家乐服务员", "中午和晚上两头班，周末最忙不能休，平时轮休一天"),
    ("小区保洁员", "早七点到下午五点，单休"),
]


@pytest.mark.parametrize(
    ("words", "post"),
    list(itertools.product(["一个礼拜我最多能出来四天", "一周只有三天有空", "一个礼拜就二四六能干"], SIX_DAY_POSTS)),
)
def test_a_six_day_week_is_out_for_fewer_days(words: str, post: tuple[str, str]) -> None:
    assert not _shown(words, *post)


@pytest.mark.parametrize("words", ["一个礼拜我最多能出来四天", "一周只有三天有空"])
def test_weekend_work_alone_stays_for_fewer_days(words: str) -> None:
    assert _shown(words, "超市周末促销", "周六周日早九点到下午五点，站着吆喝，日结")


def test_one_rest_day_a_week_said_as_luxiu_is_six_days() -> None:
    assert _shown("一周最多能干五天", "仓库理货", "早八点到下午五点，双休")
    assert not _shown("一周最多能干五天", "饭店服务员", "平时轮休一天")
    assert not _shown("一周最多能干五天", "饭店服务员", "周末最忙不能休，平时轮休一天")  # the counting words win


# --- weekdays listed after the week, and a rest day said as 歇 ------------------------------------------------------

LISTS = [("二四六", "246"), ("一三五", "135"), ("二四五", "245")]
LIST_HEADS = ["一个礼拜就", "每周只有", "一周就", "只有", "我就"]
LIST_TAILS = ["能干", "有空", "能来", "可以"]


@pytest.mark.parametrize(("head", "days", "tail"), list(itertools.product(LIST_HEADS, LISTS, LIST_TAILS)))
def test_weekdays_listed_after_the_week_and_only_are_the_days_free(head: str, days: tuple[str, str], tail: str) -> None:
    assert _values(f"{head}{days[0]}{tail}", "free") == {f"{days[1]} 00:00-24:00"}


@pytest.mark.parametrize("text", ["一三五上午透析", "一三五也行", "一个礼拜就二四六能干吗？", "我老公就二四六能干"])
def test_weekdays_for_another_purpose_asked_or_anothers_are_not_the_days_free(text: str) -> None:
    assert _values(text, "free") == set()


@pytest.mark.parametrize(
    ("text", "day"),
    [("礼拜天歇着", "7"), ("周日得歇一天", "7"), ("星期三要歇着，带孩子复查", "3"), ("礼拜一要歇息", "1")],
)
def test_a_rest_day_said_as_xie_is_refused(text: str, day: str) -> None:
    assert _values(text, "day_refused") == {day}


@pytest.mark.parametrize("text", ["周日歇业", "我们店礼拜一歇业", "周日歇不着", "我老公礼拜天歇着"])
def test_a_shops_closing_or_anothers_rest_is_no_day_refused(text: str) -> None:
    assert _values(text, "day_refused") == set()


# --- "上不了班" is no rota refused ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["周六周日都上不了班，别的时间都行", "周日上不了班", "这个月上不了班", "礼拜三上不了班，要陪老人"]
)
def test_no_work_on_a_day_is_no_rota_refused(text: str) -> None:
    assert "no_shifts" not in _codes(text)


@pytest.mark.parametrize("text", ["倒班上不了", "两班倒干不了", "我倒不了班", "上不了倒班", "轮班的不干"])
def test_rotas_refused_still_are(text: str) -> None:
    assert "no_shifts" in _codes(text)


def test_no_weekends_keeps_a_rota_free_weekday_post() -> None:
    words = "周末两天孩子在家没人管，周六周日都上不了班，别的时间都行。"
    assert _shown(words, "茶叶店白班店员", "早八点到下午五点，双休")
    assert not _shown(words, "茶厂包装工", "早八点到下午五点半。淡季双休，茶季（三到五月）不休。")


# --- dust and paint refused in plain words --------------------------------------------------------------------------

AIRS = ["油漆", "粉尘", "油漆、粉尘", "灰尘和油漆", "胶水味", "甲醛"]
BANS = ["都不能再碰了", "不能碰", "一律不能接触", "不能再闻"]


@pytest.mark.parametrize(("air", "ban"), list(itertools.product(AIRS, BANS)))
def test_air_banned_in_plain_words_is_no_dust_without_consent(air: str, ban: str) -> None:
    assert "no_dust" in _codes(f"医生说{air}{ban}")


@pytest.mark.parametrize(
    "text",
    [
        "一闻油漆味就喘不上气",
        "一闻粉尘就咳",
        "一闻到胶水味就头晕",
        "油漆味闻不了",
        "粉尘受不了",
        "油漆味受不了",
    ],
)
def test_a_breath_that_fails_on_the_air_is_no_dust(text: str) -> None:
    assert "no_dust" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "烟不能再碰了",  # smoking
        "烟酒都不能碰",
        "我老婆粉尘不能碰",  # someone else's
        "以前一闻油漆味就喘，现在好了",  # recovered
        "油漆活干了八年",  # work done, no limit
    ],
)
def test_smoking_anothers_or_a_recovered_chest_is_no_dust(text: str) -> None:
    assert "no_dust" not in _codes(text)


def test_a_diagnosis_waits_on_consent_but_the_plain_ban_beside_it_does_not() -> None:
    words = "前年开始一闻油漆味就喘不上气，医院诊断职业性哮喘，医生说油漆、粉尘都不能再碰了。"
    assert not _shown(words, "板材厂普工", "上料、接板、码垛。车间粉尘、噪音大，发口罩。")
    assert not _shown(words, "实木家具打磨工", "手拿砂光机打磨桌椅，灰大、声音大。")
    assert _shown(words, "家具厂包装工", "成品家具套膜、装箱，早八点到下午五点半。")
    assert _shown("医院诊断职业性哮喘", "板材厂普工", "上料、接板。车间粉尘大。")  # health alone: consent


@pytest.mark.parametrize(
    "text", ["车间里绒毛多（发口罩）", "棉絮满天飞", "灰尘大", "车间灰很大", "打磨的时候灰大", "飞絮比较多"]
)
def test_fibres_and_dust_in_the_air_are_dust(text: str) -> None:
    assert _posted("普工", text, "dust") == {None}


@pytest.mark.parametrize("text", ["工装是灰大衣", "毛绒玩具缝眼睛", "石灰大量到货，要卸车", "车间干净整洁"])
def test_a_grey_coat_a_soft_toy_or_lime_is_no_dust(text: str) -> None:
    assert _posted("普工", text, "dust") == set()


# --- weekends a posting works: a season, a post named for the weekend -----------------------------------------------

SEASONS = ["茶季", "旺季", "农忙", "忙的时候"]
EVERY_DAY = ["不休", "天天上班", "天天采", "无休", "不放假"]


@pytest.mark.parametrize(("season", "every"), list(itertools.product(SEASONS, EVERY_DAY)))
def test_a_season_worked_every_day_works_weekends(season: str, every: str) -> None:
    text = f"早八点到下午五点半。淡季双休，{season}{every}。"
    assert _posted("包装工", text, "weekends_worked") == {None}
    assert not _shown("周六周日都上不了班，孩子在家没人管", "包装工", text)


@pytest.mark.parametrize("text", ["淡季双休", "旺季工资高", "茶季招人多", "忙的时候可以调休", "旺季不休假可以补"])
def test_a_season_named_without_every_day_works_no_weekend(text: str) -> None:
    assert _posted("包装工", text, "weekends_worked") == set()


@pytest.mark.parametrize(
    "title", ["民宿客房保洁（周末）", "婚宴传菜（周末日结）", "保安（周六周日）", "厨房杂工(周末班)"]
)
def test_a_post_named_for_the_weekend_works_it(title: str) -> None:
    assert _posted(title, "上午十点到下午三点，日结", "workdays") == {"67"}


@pytest.mark.parametrize("title", ["文员（周末双休）", "文员（周末休息）", "文员（双休日）", "文员（周末不上班）"])
def test_a_weekend_off_in_brackets_works_no_weekend(title: str) -> None:
    assert _posted(title, "早九点到下午五点", "workdays") == set()


@pytest.mark.parametrize(
    "text", ["农家乐周末招厨房杂工，杀鸡洗菜", "周六周日早八点到晚八点，日结", "周六周日晚六点到十点"]
)
def test_weekend_hiring_or_its_hours_name_the_weekend(text: str) -> None:
    assert _posted("厨房杂工", text, "workdays") == {"67"}


# --- living in: "不住校" and staff who sleep at the school ----------------------------------------------------------


@pytest.mark.parametrize("text", ["不住校。", "我不住校", "住校的不行", "不能住在学校", "不想住校"])
def test_not_sleeping_at_the_school_refuses_living_in(text: str) -> None:
    assert "no_live_in" in _codes(text)


@pytest.mark.parametrize("text", ["孩子住校，我白天有空", "我不住宿舍", "儿子初中住校", "以前住校"])
def test_a_childs_boarding_or_a_dormitory_refuses_no_living_in(text: str) -> None:
    assert "no_live_in" not in _codes(text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("中学宿管（住校）", "住校，晚上查寝到十一点"),
        ("住家育儿嫂", "带两岁宝宝，住雇主家，做六休一"),
        ("寄宿学校生活老师", "需住校，夜里照看学生"),
    ],
)
def test_a_live_in_post_is_out_for_who_will_not_board(title: str, text: str) -> None:
    assert not _shown("幼儿园干了三年，不住校。", title, text)


@pytest.mark.parametrize("text", ["学生住校，需宿管查寝", "住校生管理", "可住校，也可走读", "孩子住校的家庭优先"])
def test_pupils_boarding_or_a_bed_offered_is_no_live_in(text: str) -> None:
    assert _posted("宿管", text, "live_in") == set()


# --- a voice that fails on long talk ---------------------------------------------------------------------------------

VOICE = [
    "医生说不能长时间讲话",
    "一天讲多了嗓子就哑",
    "嗓子不好，不能多讲",
    "大夫让我少说话",
    "说话久了喉咙就疼",
    "不能一直说话，声带做过手术",
]


@pytest.mark.parametrize("text", VOICE)
def test_a_voice_that_fails_is_read_without_consent(text: str) -> None:
    assert "no_talking" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "图书馆里不能大声说话",
        "说话多了也不累",
        "以前讲多了嗓子就哑，现在好了",
        "我老公讲多了嗓子就哑",
        "能说会道，嗓子好",
    ],
)
def test_a_places_rule_a_healed_voice_or_anothers_is_no_limit(text: str) -> None:
    assert "no_talking" not in _codes(text)


TALK_POSTS = [
    ("小学课后托管老师", "辅导作业、管纪律，一直要讲话"),
    ("培训学校前台", "接电话、登记、收费"),
    ("旅行社计调", "天天打电话跟酒店、司机、游客沟通"),
    ("景区讲解员", "不停地讲解，每天四五场"),
    ("超市促销", "周六周日，站着吆喝"),
]


@pytest.mark.parametrize(("voice", "post"), list(itertools.product(VOICE[:3], TALK_POSTS)))
def test_talk_all_day_and_phone_work_are_out_for_a_voice_that_fails(voice: str, post: tuple[str, str]) -> None:
    assert not _shown(voice, *post)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("档案录入员", "录入纸质档案，坐着，不用接电话"),
        ("茶厂拣剔工", "坐着拣茶梗，计件"),
        ("仓库文员", "带薪培训，专人授课，用电脑做表"),
    ],
)
def test_quiet_work_and_training_given_stay_for_a_voice_that_fails(title: str, text: str) -> None:
    assert _shown("医生说不能长时间讲话", title, text)
    assert _posted(title, text, "needs_talking") == set()


def test_talk_all_day_is_no_bar_to_one_who_can_talk() -> None:
    assert _shown("退休小学老师，身体好", *TALK_POSTS[0])


# --- the school of a 教师资格证 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("有小学教师资格证", "primary"),
        ("有幼儿园教师资格证", "kindergarten"),
        ("教师资格证（小学语文）", "primary"),
        ("有幼师证", "kindergarten"),
        ("高中语文教师资格证有", "senior"),
        ("初中数学教师资格证", "junior"),
        ("有中职教师资格证", "vocational"),
        ("有教师资格证", None),
    ],
)
def test_the_school_of_a_teachers_certificate_is_read(text: str, school: str | None) -> None:
    assert _values(text, "teacher") == {school}


TEACHER_POSTS = {
    "kindergarten": ("幼儿园教师", "学前教育专业大专以上，有幼儿园教师资格证"),
    "primary": ("小学语文代课老师", "持小学教师资格证，双休"),
    "senior": ("高中数学老师", "持高中教师资格证"),
    None: ("托管老师", "持教师资格证，辅导作业"),
}
# (held, asked, kept): a school's certificate serves at it and those below it, never a kindergarten
MEETS = [
    ("小学", "kindergarten", False),
    ("高中", "kindergarten", False),
    ("幼儿园", "kindergarten", True),
    ("幼儿园", "primary", False),
    ("小学", "primary", True),
    ("高中", "primary", True),
    ("小学", "senior", False),
    ("高中", "senior", True),
    ("小学", None, True),
    ("", "kindergarten", True),  # a certificate held of no school said may be any
]


@pytest.mark.parametrize(("held", "asked", "kept"), MEETS)
def test_a_teachers_certificate_meets_its_school_and_those_below_not_a_kindergarten(
    held: str, asked: str | None, kept: bool
) -> None:
    words = f"退休老师，五十六岁，有{held}教师资格证。"
    assert _shown(words, *TEACHER_POSTS[asked]) is kept


# --- 炒 of tea is no cook's years -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "title", "text", "kept"),
    [
        ("炒了二十五年瓜片，生锅熟锅都会", "中式面点师", "做包子、烧卖，三年以上面点经验", False),
        ("炒了二十五年瓜片，生锅熟锅都会", "炒茶师傅", "要有两年以上手工炒茶经验", True),
        ("炒黄芽炒了十年", "饭店炒锅", "三年以上炒锅经验", False),
        ("饭店炒了十年菜", "中式面点师", "三年以上面点经验", True),  # a cook's years count, as before
        ("采茶做了十年", "制茶工", "两年以上制茶经验", True),
    ],
)
def test_tea_roasted_counts_as_tea_work_not_a_cooks(words: str, title: str, text: str, kept: bool) -> None:
    assert _shown(words, title, text) is kept


@pytest.mark.parametrize(
    ("words", "trades"),
    [
        ("炒了二十五年瓜片", {"制茶"}),
        ("炒黄芽炒了十年", {"制茶"}),
        ("炒了十年茶", {"制茶"}),
        ("炒股炒了十年", set()),
        ("炒房赔了", set()),
        ("茶餐厅炒锅干了五年", {"餐厅", "厨房", "烹饪"}),  # a tea house's kitchen cooks
        ("炒了十年菜", {"厨房", "烹饪"}),
    ],
)
def test_the_trade_a_fry_names(words: str, trades: set[str]) -> None:
    assert trades_in(words) == trades


# --- one hand: both-hand work and loads ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "两只手配合的细活干不了，一只手能干的都行",
        "一只手能干的都行",
        "两手配合的活干不了",
        "一只手能做的活就行",
    ],
)
def test_one_hand_said_as_what_it_can_do_is_read(text: str) -> None:
    assert "no_hands" in _codes(text)


@pytest.mark.parametrize("text", ["细活干不了", "一只手能干的活不多", "两只手都好使", "我老公一只手能干的都行"])
def test_fine_work_alone_or_two_good_hands_is_no_one_hand(text: str) -> None:
    assert "no_hands" not in _codes(text)


ONE_HAND = "左手三个指头让电锯带走了，右手好好的。两只手配合的细活干不了，一只手能干的都行。"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("板材厂普工", "上料、接板、码垛，一张板四五十斤"),
        ("木材市场装卸（日结）", "装卸原木和板材，来车就干"),
        ("搬家临时工", "扛家具、家电上下楼"),
        ("粮油店送货", "送米送油，要搬上楼"),
    ],
)
def test_loads_are_out_for_one_hand(title: str, text: str) -> None:
    assert not _shown(ONE_HAND, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("小区保安", "站岗巡逻，早八点到晚八点"),
        ("物流园门卫", "看大门，登记进出车辆"),
        ("停车场收费员", "坐岗亭收费"),
    ],
)
def test_guarding_and_a_booth_stay_for_one_hand(title: str, text: str) -> None:
    assert _shown(ONE_HAND, title, text)


def test_a_tendon_under_consent_refuses_no_loads() -> None:
    said = seeker_facts("", "有腱鞘炎", today=TODAY)
    facts = posting_facts("板材厂普工", "上料、接板、码垛，一张板四五十斤")
    limits = seeker_limits(said)  # held under consent: the hands' own work only
    assert limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)
