"""The posting text policy: what of a long description is embedded, within a token budget."""

from __future__ import annotations

import pytest

from matching.text_policy import FULL_TEXT, TextPolicy, Weight, cut, pieces, token_count, weight

DESCRIPTION = (
    "公司简介：本公司成立于2005年，是一家大型制造企业。\n"
    "岗位职责：\n"
    "1、负责二保焊、氩弧焊焊接作业；\n"
    "2、按图纸完成钢结构件的焊接。\n"
    "任职要求：\n"
    "1、持焊工证，三年以上焊接经验；\n"
    "2、能适应倒班。\n"
    "福利待遇：五险一金，包吃包住，年终奖。\n"
    "联系电话：13800000000"
)


def test_full_text_is_title_description_and_tags_as_before():
    assert FULL_TEXT.posting_text("电焊工", "会焊接", ["包吃住", "倒班"]) == "电焊工\n会焊接\n包吃住 倒班"
    assert FULL_TEXT.posting_text("电焊工", "", []) == "电焊工" and FULL_TEXT.name == "full"


def test_drops_headers_contacts_and_company_blurbs():
    found = pieces(DESCRIPTION)
    assert found[0] == "负责二保焊、氩弧焊焊接作业" and "能适应倒班" in found
    assert not any("电话" in p or "成立于" in p or p.startswith("岗位职责") for p in found)


def test_short_posting_keeps_every_piece_in_order():
    text = TextPolicy(128).posting_text("电焊工", DESCRIPTION, ["倒班"])
    assert text.startswith("电焊工\n倒班\n")
    body = text.split("\n")[2]
    assert body.index("二保焊") < body.index("焊工证") < body.index("五险一金")


def test_short_budget_keeps_duties_and_requirements_before_benefits():
    text = TextPolicy(40).posting_text("电焊工", DESCRIPTION, [])
    assert "二保焊" in text and "焊工证" in text and "五险一金" not in text
    assert token_count(text) <= 40


@pytest.mark.parametrize("budget", [16, 64, 128, 256])
def test_text_stays_within_its_budget(budget: int):
    long = "Java开发工程师，熟悉Spring Boot、MySQL、Redis，三年以上后端开发经验。" * 40
    text = TextPolicy(budget).posting_text("后端开发", long, ["Java"])
    assert budget - 20 <= token_count(text) <= budget


def test_benefit_sentences_weigh_last():
    assert weight("五险一金，包吃包住") is Weight.BENEFITS
    assert weight("三年以上焊接经验") is Weight.CARRIES
    assert weight("工作地点在合肥高新区") is Weight.OTHER


def test_token_count_is_one_per_character_and_few_per_latin_word():
    assert token_count("电焊工") == 3 and token_count("Java 开发") == 3 and token_count("SpringBoot") == 2
    assert cut("熟悉Java开发", 3) == "熟悉Java" and cut("电焊", 0) == ""


def test_name_changes_with_the_budget_so_stored_vectors_are_redone():
    assert {TextPolicy(64).name, TextPolicy(128).name, FULL_TEXT.name} == {"select-64", "select-128", "full"}


def test_head_policy_leaves_a_short_text_as_it_was_and_cuts_a_long_one():
    head = TextPolicy(64, select=False)
    assert head.posting_text("电焊工", "会焊接", ["倒班"]) == FULL_TEXT.posting_text("电焊工", "会焊接", ["倒班"])
    assert token_count(head.posting_text("电焊工", DESCRIPTION * 3, [])) <= 64 and head.name == "head-64"


def test_policies_are_found_by_their_stored_name():
    for policy in (FULL_TEXT, TextPolicy(128), TextPolicy(256, select=False)):
        assert TextPolicy.named(policy.name) == policy
    with pytest.raises(ValueError, match="no text policy"):
        TextPolicy.named("tail-64")
