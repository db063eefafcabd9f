"""The screener: requirements found with their rule and exact phrase; neutral, product and department words pass.

Religion and health-carrier requirements are all but absent from the real postings (bench/screening/REPORT.md),
so their cases here are hand-written.
"""

from __future__ import annotations

import re

import pytest

from matching import screening_rules
from matching.screening import RULES, Finding, screen


def rules_in(text: str, job_type: str | None = None) -> set[str]:
    return {f.rule for f in screen(text, job_type)}


def only(text: str, rule: str, job_type: str | None = None) -> list[Finding]:
    return [f for f in screen(text, job_type) if f.rule == rule]


POSITIVE = {
    "sex": [
        "限男性",
        "仅限女性",
        "男性优先",
        "要求男",
        "女性，30岁左右",
        "性别：男",
        "性别要求：女",
        "招女工若干",
        "男，C1驾照",
        "质检员（女性）",
        "女普工（转正后加薪）",
        "只招男孩子",
        "女生优先",
        "男士优先考虑",
        "擅长妇科的女性医师优先",
        "男≤45岁，女≤40岁",
        "女生不要",
        "不招女",
        "适合男性",
    ],
    "ethnicity": ["限汉族", "汉族优先", "要求藏族护士", "少数民族勿扰", "民族：汉族", "不招回族", "维吾尔族除外"],
    "religion": [
        "信仰基督教者优先",
        "穆斯林勿扰",
        "无宗教信仰",
        "不招佛教徒",
        "要求信佛",
        "宗教信仰：无",
        "有宗教信仰的优先",
        "基督徒优先",
        "不信仰任何宗教",
    ],
    "household_registration": [
        "本地户口优先",
        "限安徽籍",
        "限合肥户籍",
        "本地人优先",
        "户籍在合肥",
        "外地人勿扰",
        "不招河南人",
        "皖籍优先",
        "籍贯：安徽",
        "要求本市户口",
        "芜湖本地优先",
        "非本地户籍不考虑",
        "只招本地人",
        "东北人勿扰",
    ],
    "marital_childbearing": [
        "已婚已育优先",
        "未婚",
        "近三年内无生育计划",
        "孕妇勿扰",
        "单身优先",
        "夫妻优先",
        "已婚者优先",
        "婚姻状况：已婚",
        "不招孕妇",
        "已育女性优先",
    ],
    "health_carrier": [
        "无乙肝",
        "乙肝携带者勿扰",
        "乙肝病毒携带者不予录用",
        "HIV阴性",
        "非艾滋病感染者",
        "入职体检含乙肝两对半",
        "大三阳勿扰",
        "不接受病原携带者",
        "HBsAg阴性",
        "HBSAG阴性",
        "Hbsag阴性",
        "hbsag阴性",
        "hIV阴性",
        "hiv阴性",
    ],
}
NEUTRAL = [
    "男女不限",
    "性别不限",
    "民族不限",
    "不限户籍",
    "户籍不限",
    "婚否不限",
    "不限性别",
    "性别：不限",
    "男/女均可",
    "男女均可，18岁以上",
    "已婚未婚均可",
    "宗教信仰不限",
    "户籍、性别、专业不限",
    "不限男女",
    "性别年龄不限",
    "接受乙肝携带者",
    "乙肝携带者也可以",
    "年龄不限",
    "婚育不限",
    "地域不限",
    "男、女不限",
    "无宗教要求",
    "无婚育要求",
    "无户籍要求",
    "无宗教信仰要求",
    "无民族限制",
    "无性别、年龄、户籍等要求",
    "无其他要求",
    "无性别要求",
]
NOT_REQUIREMENTS = [
    "女装店导购",
    "男装店店长",
    "妇产科护士",
    "母婴店店员",
    "少数民族地区支教老师",
    "回民餐厅服务员",
    "清真食堂厨师",
    "女性向游戏原画师",
    "员工子女教育补贴",
    "三八妇女节放假半天",
    "婚假、产假、陪产假",
    "五险：养老、医疗、生育保险",
    "持健康证上岗",
    "身体健康，无传染病",
    "入职体检",
    "退伍军人优先",
    "有Hive经验者优先",
    "负责本地生活业务",
    "熟悉当地市场",
    "联系人：王女士",
    "面试请携带作品",
    "男科医院前台",
    "熟悉女装版型",
    "男女包设计",
    "女神节礼物",
    "美女帅哥多",
    "有经验的候选人优先",
    "嘉兴本地居住者优先",
    "居住在附近优先",
    "可办理上海户口",
    "外籍员工沟通",
    "管城回族区",
    "民族汽车品牌",
    "不同宗教的消费者",
    "如性别、种族、宗教信仰等不构成强制要求",
    "欢迎宝妈宝爸",
    "单身公寓",
    "婚纱摄影师",
    "负责孕妇护理",
    "学员年龄4-12岁",
    "小孩14周岁以下",
    "年满18周岁",
    "女员工享有产假，男员工享有陪产假",
    "非本地项目需出差",
    "熟悉本地、异地各类业务政策",
    "外地不方便过来的也可线上面试",
    "是普通人最好的机会",
    "五险一金（厦门本地）",
]


@pytest.mark.parametrize(("rule", "text"), [(rule, text) for rule, texts in POSITIVE.items() for text in texts])
def test_finds_each_rule_with_its_exact_phrase(rule: str, text: str) -> None:
    found = only(text, rule)
    assert found, f"{rule} not found in {text!r}: {screen(text)}"
    for f in found:
        assert text[f.start : f.end] == f.phrase and f.phrase
        assert f.severity == "reject"


@pytest.mark.parametrize("text", NEUTRAL)
def test_neutral_wording_passes(text: str) -> None:
    assert screen(text) == []


def test_no_religion_or_childbearing_without_a_suffix_is_still_a_requirement() -> None:
    assert rules_in("无宗教信仰") == {"religion"}
    assert rules_in("无婚育史") == {"marital_childbearing"}


# Every Scans table in matching/screening_rules.py: the rules' and the neutral wording's.
SCAN_TABLES = {
    name: table for name, table in vars(screening_rules).items() if name.isupper() and isinstance(table, dict)
}
CORPUS = [
    *(text for texts in POSITIVE.values() for text in texts),
    *NEUTRAL,
    *NOT_REQUIREMENTS,
    "岗位要求：男女不限，户籍不限；仓库管理员限男性，本地户口优先。",
    "年龄：男18-40岁，女18-35岁",
    "年龄18-45岁",
    "35岁以下",
    "年龄不超过40周岁",
    "25岁以上",
    "年龄：30~50之间",
    "限90后",
    "年轻人优先",
    "45岁左右",
    "无宗教信仰",
    "无婚育史",
    "近两年内不要孩子",
    "杭州本地或周边优先",
    "非梅州本地人不考虑",
    "回老家发展的优先",
]


def test_the_scan_tables_are_the_ones_the_screener_uses() -> None:
    assert set(SCAN_TABLES) == {
        "NEUTRAL",
        "SEX",
        "ETHNICITY",
        "RELIGION",
        "HOUSEHOLD_REGISTRATION",
        "MARITAL_CHILDBEARING",
        "HEALTH_CARRIER",
        "AGE",
    }


@pytest.mark.parametrize("table", sorted(SCAN_TABLES))
def test_every_match_of_a_pattern_contains_one_of_its_trigger_words(table: str) -> None:
    """The invariant screening_rules states: a pattern a text's trigger words skip must not have matched it."""
    for words, alternatives in SCAN_TABLES[table].items():
        triggers = words.lower().split("|")
        for pattern in alternatives:
            compiled = re.compile(pattern, re.IGNORECASE)
            for text in CORPUS:
                for match in compiled.finditer(text):
                    assert any(word in match.group().lower() for word in triggers), (
                        f"{table}: {match.group()!r} in {text!r} has none of {words!r} ({pattern!r})"
                    )


@pytest.mark.parametrize("text", NOT_REQUIREMENTS)
def test_products_departments_and_places_are_not_requirements(text: str) -> None:
    assert screen(text) == []


def test_a_finding_names_the_rule_in_chinese_and_its_legal_basis() -> None:
    [finding] = screen("限男性")
    assert (finding.rule, finding.label, finding.phrase) == ("sex", "性别歧视", "限男性")
    assert "《就业促进法》第二十七条" in finding.basis


def test_offsets_point_into_the_original_text_around_neutral_wording() -> None:
    text = "岗位要求：男女不限，户籍不限；仓库管理员限男性，本地户口优先。"
    found = screen(text)
    assert [(f.rule, f.phrase) for f in found] == [("sex", "限男性"), ("household_registration", "本地户口优先")]
    assert all(text[f.start : f.end] == f.phrase for f in found)


def test_full_width_digits_are_read_and_quoted_as_written() -> None:
    [finding] = screen("年龄３５岁以下")
    assert finding.rule == "age" and finding.phrase.endswith("３５岁以下")


@pytest.mark.parametrize(
    "text",
    ["年龄18-45岁", "35岁以下", "年龄不超过40周岁", "25岁以上", "年龄：30~50之间", "限90后", "年轻人优先", "45岁左右"],
)
def test_age_limits_are_warnings(text: str) -> None:
    found = only(text, "age")
    assert found and all(f.severity == "warning" for f in found)


@pytest.mark.parametrize("text", ["年龄16-24岁", "18-24周岁", "24岁以下", "年龄不超过24周岁"])
def test_an_internship_age_range_inside_16_to_24_is_the_programmes_own(text: str) -> None:
    assert only(text, "age", "internship") == []
    assert only(text, "age", "full_time")  # the same words on another job type limit who may apply


def test_an_internship_age_range_beyond_the_programme_still_warns() -> None:
    assert only("年龄18-30岁", "age", "internship")
    assert only("30岁以下", "age", "internship")


def test_a_minimum_of_eighteen_only_restates_the_law() -> None:
    assert only("年满18周岁，18岁以上", "age") == []
    assert only("20岁以上", "age")


def test_sex_specific_age_limits_are_sex_discrimination_and_age_limits() -> None:
    assert rules_in("年龄：男18-40岁，女18-35岁") == {"sex", "age"}


@pytest.mark.parametrize("text", ["55岁以内女工男工都要", "45岁以下男工、女工都收", "50岁以内的女的男的都行"])
def test_an_age_limit_before_both_sexes_named_together_is_only_an_age_limit(text: str) -> None:
    assert rules_in(text) == {"age"}


def test_an_age_limit_before_one_sex_is_still_sex_discrimination() -> None:
    assert rules_in("55岁以内女工，手脚麻利") == {"sex", "age"}


def test_one_phrase_found_twice_by_a_rule_is_one_finding() -> None:
    assert len(only("本地户口优先", "household_registration")) == 1


def test_every_rule_has_a_label_a_basis_and_a_severity() -> None:
    assert {r.code for r in RULES} == {*POSITIVE, "age"}
    for rule in RULES:
        assert rule.label and rule.basis.strip() and rule.severity in ("reject", "warning")
    assert {r.code for r in RULES if r.severity == "warning"} == {"age"}


def test_empty_and_long_texts() -> None:
    assert screen("") == []
    long_text = "熟练使用办公软件，责任心强。" * 400 + "限男性"
    [finding] = screen(long_text)
    assert finding.start == len(long_text) - 3
