"""Years of work as postings and people write them (issue 22, session 7): experience asked without years ("招熟手",
"有相关工作经验", "能独立操作机床") and what must not be read as asked ("生熟手均可", "能独立操作CAD软件"); a person who
has not worked ("啥也没干过", "第一次出来找工作"); work named without years ("以前做过淘宝客服"), which counts for its
own trade and not another's; forklift years within the warehouse's; and "没做过仓管" against a 仓管's years."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 5)


def asked(description: str, title: str = "") -> set[str | None]:
    return {f.value for f in posting_facts(title, description) if f.code == "experience_min" and f.modality is None}


def said(words: str) -> list[tuple[str | None, str]]:
    return [(f.value, f.evidence) for f in seeker_facts("", words) if f.code == "experience"]


def fits(words: str, description: str, title: str = "") -> bool:
    return seeker_limits(seeker_facts("", words)).fits(posting_facts(title, description), TODAY)


@pytest.mark.parametrize(
    "description",
    [
        "招熟手，计件工资",
        "需行业熟手",
        "要招聘一位模切师傅或熟手",
        "有相关工作经验。",
        "能独立操作机床",
        "可以独立上岗",
    ],
)
def test_experience_asked_without_years_is_a_year(description: str):
    assert asked(description) == {"1"}


@pytest.mark.parametrize(
    "description",
    [
        "生熟手均可",
        "熟手优先",
        "能独立操作者优先",
        "能独立操作服装CAD软件",
        "会独立操作微信",
        "有相关工作经验者优先",
        "招熟手，新手也可，师傅带",
        "无经验可培训，有经验者优先",
        "没有经验亦可，能吃苦就行",
    ],
)
def test_a_preference_or_a_post_open_to_newcomers_asks_no_years(description: str):
    assert asked(description) == set()


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("啥也没干过，想找个活", "0"),
        ("什么活都没干过", "0"),
        ("第一次出来找工作", "0"),
    ],
)
def test_a_person_who_has_not_worked(words: str, value: str):
    assert [v for v, _ in said(words)] == [value]


def test_work_not_done_is_not_work_done():
    assert said("以前没做过") == []  # not "做过": no word of work either way
    assert said("从来没干过这种活，以前在家带孩子") == [("0", "从来没干过这种")]


@pytest.mark.parametrize(
    ("words", "description", "title", "shown"),
    [
        ("以前做过淘宝客服", "一年以上文员工作经验", "", False),  # 客服 is no years of 文员
        ("以前做过淘宝客服", "1年以上客服经验", "", True),  # its own trade: years unknown, not none
        ("以前做过淘宝客服", "一年以上工作经验", "", True),  # any work
        ("以前在厂里上班", "1年以上仓管经验", "", True),  # a workplace names no trade: unsure
        ("做了三年会计，以前做过收银", "一年以上收银经验", "", True),  # the 收银 years are unknown, not the 会计's
        ("做了三年会计", "一年以上收银经验", "", False),
        ("38岁，退伍军人", "1年以上仓管经验", "", False),  # military service is no civilian trade
        ("在义乌做了三年仓管", "一年以上经验", "叉车司机（两班倒）", False),  # a 仓管's years are no forklift's
        ("开了五年货车", "两年以上实际开叉车经验", "", False),
        ("半挂也开过", "两年以上实际开叉车经验", "", False),
        ("在仓库开了三年叉车", "一年以上经验", "叉车司机", True),
        ("在仓库扛了三年货，没做过仓管", "一年以上仓管经验", "", False),  # "没做过仓管", whatever else
        ("在仓库扛了三年货，没做过仓管", "一年以上文员经验", "", False),
        ("在后厨切配干了五年，没做过厨师", "三年以上厨房经验", "", True),  # 厨师 is not the kitchen
        ("干过两年普工", "2年以上电工经验", "", False),
        ("做过两年行政文员", "有1年药店经验", "", False),
        ("做了六年会计", "有统计或文员经验1年", "车间统计员（坐班）", True),  # a 统计员's work is an accountant's too
        ("在网店做过一年文字客服", "有统计或文员经验1年", "车间统计员（坐班）", False),
        ("以前在厂里看过三年大门", "有1年药店经验", "", False),
    ],
)
def test_years_of_work_in_the_trade_a_posting_asks(words: str, description: str, title: str, shown: bool):
    assert fits(words, description, title) is shown


def test_work_named_without_years_keeps_a_person_who_says_nothing_else_open_to_other_limits():
    limits = seeker_limits(seeker_facts("", "以前做过淘宝客服"))
    assert limits.experience is None and limits.checks_values  # no years said; the trade is checked
    assert limits.fits(posting_facts("", "双休，8:00-17:00"), TODAY)  # nothing asked, nothing kept out


@pytest.mark.parametrize(
    ("description", "title"),
    [
        ("1、有仓管经验，负责收货、出货", "仓管员"),
        ("有餐饮后厨工作经验。", "后厨厨师"),
        ("有一定的数控机床操作经验，", "数控车床操作工"),
    ],
)
def test_a_requirement_clause_naming_its_work_is_a_year_of_it(description: str, title: str):
    assert asked(description, title) == {"1"}


@pytest.mark.parametrize(
    "description", ["有经验更佳", "有工作经验的宝妈优先", "我们有多年行业经验，", "公司有丰富的经验，", "有无经验均可"]
)
def test_a_clause_that_prefers_or_describes_the_company_asks_no_years(description: str):
    assert asked(description) == set()


@pytest.mark.parametrize(
    ("words", "description", "title", "shown"),
    [
        ("没干过仓管", "1、有仓管经验，负责收货、出货", "仓管员", False),
        ("在家做饭做了二十年，没在饭店干过", "至少3年以上厨师工作经验", "厨师", False),  # home cooking is no work
        ("在家做饭做了二十年，没在饭店干过", "有餐饮后厨工作经验。", "后厨", False),
        ("学过一个月焊工培训，还没正式干过", "要熟手会氩弧焊、二保焊", "焊工", False),
        ("没有工作过，想学电工，没证", "有一定的数控机床操作经验，", "电工", False),
        ("在家政公司做了二十年", "3年以上家政经验", "", True),  # a 家政 company is not home
        ("在家附近的厂干过三年", "一年以上工作经验", "", True),
    ],
)
def test_what_a_reviewer_found_served_on_real_pages(words: str, description: str, title: str, shown: bool):
    assert fits(words, description, title) is shown


@pytest.mark.parametrize(
    "description",
    [
        "加分项：\n1. mysql索引优化，\n2. 有分库分表经验，",
        "【加分项】1、有互联网公司实习经验；",
        "具有以下背景加分：有过带项目管理经验，",
    ],
)
def test_experience_listed_as_a_plus_asks_no_years(description: str):
    assert asked(description) == set()


@pytest.mark.parametrize(
    "description",
    [
        "有软件性能优化经验，",
        "有组装管理经验，能够独立完成换线",
        "有些前端开发经验，零经验也不限",
        "零经验可，包教",
    ],
)
def test_a_clause_naming_no_trade_or_managing_or_open_to_none_asks_no_years(description: str):
    assert asked(description) == set()


def test_warehouse_management_is_a_warehouse_keepers_work():
    assert asked("有一定的仓库管理经验，") == {"1"}


@pytest.mark.parametrize(
    "words",
    [
        "以前在工地摔过，右腿有点瘸，走不了远路",
        "之前在厂里受过伤，手指头少了一节",
        "以前在饭店烫伤过手，现在好了",
        "原来在工地上砸过脚",
    ],
)
def test_where_a_person_was_hurt_is_no_work_told(words: str):
    """Session 17: "以前在工地摔过" told where the person was hurt, not that they worked there (dev9's d9-06)."""
    assert said(words) == []


@pytest.mark.parametrize(
    ("words", "evidence"),
    [
        ("以前在工地干活摔过", "以前在工地干活摔过"),
        ("以前在工地干过，右腿有点瘸", "以前在工地干过"),
        ("以前在工地摔过，后来在超市干过收银", "后来在超市干过收银"),
    ],
)
def test_work_told_beside_a_hurt_is_still_work(words: str, evidence: str):
    assert said(words) == [(None, evidence)]
