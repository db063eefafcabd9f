"""A duty most jobs list is no trade: 清洁 (保持工位清洁) and 打扫卫生 in a description, 投标 and 标书 in a cost or
project role's, made 保洁员 or 招标采购专业人员 the first code of an assembler, a lab assistant or a cost engineer whose
title held no catalog word. Such words (kind `duty`) are read in the title only; 保洁 still speaks in a description."""

from __future__ import annotations

import pytest

from matching.coding import OccupationCoder

CLEANER = "4-09-08-01"  # 保洁员
TENDERS = "2-06-07-15"  # 招标采购专业人员


@pytest.mark.parametrize(
    ("title", "body", "code"),
    [
        ("设备装配员", "负责整机装配和调试，下班前保持工位清洁", CLEANER),
        ("化验室助理", "协助化验，做好仪器的清洁和记录", CLEANER),
        ("后厨杂工", "洗菜切菜，打扫卫生", CLEANER),
        ("造价员", "负责工程预结算，参与投标报价", TENDERS),
        ("方案经理", "撰写技术方案，配合销售编制标书", TENDERS),
    ],
)
def test_a_duty_in_the_description_does_not_code_the_title(coder: OccupationCoder, title: str, body: str, code: str):
    assert coder.catalog.by_code[code].name not in coder.expand(f"{title}\n{body}")
    assert coder.code(title, body, k=1)[0].code != code


@pytest.mark.parametrize(("title", "code"), [("小区清洁", CLEANER), ("楼道打扫卫生", CLEANER), ("投标文员", TENDERS)])
def test_a_duty_word_in_the_title_names_the_trade(coder: OccupationCoder, title: str, code: str):
    assert coder.code(title, k=1)[0].code == code


def test_a_vague_title_is_still_coded_by_the_work_its_description_names(coder: OccupationCoder):
    """The guard (it holds on main too): 保洁 is the job, not a duty, and a title that names nothing leans on it."""
    assert "保洁员" in coder.expand("急招\n负责商场保洁，早八晚五")
    assert CLEANER in [c.code for c in coder.code("急招", "负责商场保洁，早八晚五", k=2)]


def test_a_doctors_medical_records_are_no_clerks_papers(coder: OccupationCoder):
    """文书 (a clerk's papers, a soldier's clerk) inside 医疗文书, 病历文书 or 法律文书 is a doctor's or a lawyer's work."""
    for body in ("负责门诊接诊，规范书写病历文书", "审核合同，起草法律文书"):
        assert not {"秘书", "行政办事员"} & set(coder.expand(f"急招\n{body}"))
    assert "秘书" in coder.expand("急招\n负责公司日常文书工作")  # the near miss: a clerk's papers still speak
