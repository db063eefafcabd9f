"""The ability family (issue 22): computer use, eyesight, phone calls and a required major on postings; 不会电脑,
low vision and the major studied in people's words; waivers read nothing, and what is read excludes only what
it should."""

from __future__ import annotations

import pytest

from matching.facts import (
    Fact,
    Family,
    JobBits,
    Modality,
    explain_facts,
    job_bits,
    posting_facts,
    seeker_facts,
    seeker_limits,
    words_of,
)


def asked(description: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (f.code, f.value, None if f.modality is None else f.modality.value)
        for f in posting_facts("", description)
        if f.family is Family.ABILITY
    }


def said(text: str) -> list[Fact]:
    return [f for f in seeker_facts("", text) if f.family is Family.ABILITY or f.code == "deaf"]


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("门店收银，需熟练使用Excel表格", {("needs_computer", None, "required")}),
        ("负责仓库数据录入，早九晚五", {("needs_computer", None, "required")}),
        ("要求会基本电脑操作", {("needs_computer", None, "required")}),
        ("会电脑者优先", {("needs_computer", None, "preferred")}),
        ("会不会电脑都行，师傅手把手教", set()),
        ("不会电脑可培训", set()),
        ("无需会电脑，负责搬货", set()),
        ("产品外观检验，要求视力良好", {("needs_eyesight", None, "required")}),
        ("裸眼视力5.0以上", {("needs_eyesight", None, "required")}),
        ("对视力没有要求", set()),
        ("负责接听客户电话，登记报修", {("needs_phone", None, "required")}),
        ("招电话销售，底薪加提成", {("needs_phone", None, "required")}),
        ("文字客服，不用打电话", set()),
        ("有意者请致电王经理面试", set()),
        ("个人独立坐席，环境安静", set()),
        ("负责呼叫中心系统的开发维护", set()),
    ],
)
def test_what_a_posting_asks_of_the_person(description: str, expected: set[tuple[str, str | None, str | None]]):
    assert asked(description) == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("要求会计相关专业，大专以上", {("major", "finance", "required")}),
        ("招聘财务管理或审计专业毕业生", {("major", "finance", "required")}),
        ("专业要求：土木工程", {("major", "civil", "required")}),
        ("护理专业毕业，持护士执业证", {("major", "medicine", "required")}),
        ("电子、计算机等相关专业", {("major", "computing/engineering", "required")}),
        ("市场营销专业优先", {("major", "business", "preferred")}),
        ("不要求专业，肯吃苦就行", set()),
        ("专业不限，会计专业优先", set()),
        ("我们是专业的会计服务机构", set()),
        ("提供专业培训", set()),
        ("会用CAD等专业软件", set()),
        ("专业：会计、经贸管理或其他相关专业", set()),  # an open list
        ("测绘、土地资源管理、计算机等专业", set()),  # a list naming majors no group holds
    ],
)
def test_a_required_major_is_read_only_where_the_posting_asks_for_one(
    description: str, expected: set[tuple[str, str | None, str | None]]
):
    assert asked(description) == expected


@pytest.mark.parametrize(
    ("text", "code", "sensitive"),
    [
        ("我不会用电脑，只会用手机", "no_computer", False),
        ("电脑一窍不通，力气大", "no_computer", False),
        ("对电脑用不来", "no_computer", False),
        ("我是低视力，有残疾证", "low_vision", True),
        ("眼睛看不清东西，能干粗活", "low_vision", True),
        ("电脑屏幕看不清", "no_computer", True),
    ],
)
def test_what_a_person_says_they_cannot_do(text: str, code: str, sensitive: bool):
    found = said(text)
    assert [(f.code, f.modality, f.sensitive) for f in found] == [(code, Modality.LIMIT, sensitive)]


@pytest.mark.parametrize(
    "text",
    [
        "会不会电脑都行",
        "电脑不会，但愿意学",
        "我老婆视力不好，我得照顾她",
        "不是盲人，眼睛没问题",
        "电脑会用，打字快",
        "我家小孩视力不好",  # the family words every reader shares (`cues.someone_else`), 小孩 and 老伴 among them
        "老伴不会电脑，我会",
    ],
)
def test_waivers_and_other_people_read_nothing(text: str):
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("中专，读的是数控", "engineering"),
        ("所学专业：护理", "medicine"),
        ("2024年毕业，英语专业", "language"),
        ("专业是工商管理", "business"),
    ],
)
def test_the_major_a_person_studied(text: str, group: str):
    assert [(f.code, f.value, f.modality) for f in said(text)] == [("major", group, Modality.HAS)]


def test_wanting_work_in_a_field_is_not_a_major():
    assert said("想找会计专业对口的工作") == []


def limits_admit(seeker: str, posting: str) -> bool:
    return seeker_limits(seeker_facts("", seeker)).admits(job_bits(posting_facts("", posting)))


@pytest.mark.parametrize(
    ("seeker", "posting", "admitted"),
    [
        ("学的是物流管理", "要求会计相关专业", False),
        ("学的是审计", "要求会计相关专业", True),  # related majors share a group
        ("学的是园艺", "要求会计相关专业", True),  # a major in no group excludes nothing
        ("学的是物流管理", "会计相关专业优先", True),  # preferred never excludes
        ("学的会计，又读了英语专业", "要求计算机相关专业", True),  # two majors: which counts is unclear
        ("大专毕业", "要求会计相关专业", True),  # no major stated
        ("我不会电脑", "会熟练使用办公软件", False),
        ("我不会电脑", "会电脑者优先", True),
        ("会不会电脑都行", "会熟练使用办公软件", True),
        ("低视力", "检验岗，要求视力良好", False),
        ("低视力", "负责搬运打包", True),
        ("聋哑人", "负责接听客户电话", False),
        ("聋哑人", "流水线包装，不用打电话", True),
    ],
)
def test_limits_exclude_what_the_person_cannot_do(seeker: str, posting: str, admitted: bool):
    assert limits_admit(seeker, posting) is admitted


def test_the_bits_stay_in_the_ranges_kept_for_them():
    needs = JobBits.NEEDS_COMPUTER | JobBits.NEEDS_EYESIGHT | JobBits.NEEDS_PHONE
    assert int(needs) == 0b111 << 20
    major = job_bits(posting_facts("", "要求会计相关专业"))
    assert major and major & ((1 << 45) - 1) == 0 and major < 1 << 58


def test_the_words_a_page_shows():
    words = {f.code: words_of(f) for f in posting_facts("", "统计或计算机专业，会Excel，视力良好，接打电话")}
    assert words == {
        "major": "需计算机类或数学统计类专业",
        "needs_computer": "需会用电脑",
        "needs_eyesight": "需视力良好",
        "needs_phone": "需接打电话",
        "office": "需会用办公软件",  # a skill (`skills`) beside computer use: one who lacks Excel lacks it (s14)
    }
    mine = {f.code: words_of(f) for f in seeker_facts("", "学的会计，不会电脑，低视力")}
    assert mine["major"] == "所学专业：财会金融类" and mine["no_computer"] == "不能用电脑"
    assert mine["low_vision"] == "视力障碍"


def test_a_kept_posting_that_requires_a_major_names_the_one_the_person_wrote():
    posting = posting_facts("", "要求审计或会计相关专业")
    limits = seeker_limits(seeker_facts("", "大专，学的是财务管理"))
    assert limits.admits(job_bits(posting))
    assert "需财会金融类专业 · 按简历中「学的是财务管理」判断" in explain_facts(limits, job_bits(posting), posting)
