"""Issue 22 s11 after review (rev-post F3, F5c): nights a kind implies come from the post's own name (a guard, a
front desk), not a place named in an experience clause, a colleague, the staff one manages or a benefit; managers
imply none; 秩序维护员 and 安保 are guards. Every wording is made up for this file."""

from __future__ import annotations

import pytest

from matching.facts import job_bits, posting_facts
from matching.facts.bits import JobBits


def _night(title: str, text: str) -> bool:
    return bool(job_bits(posting_facts(title, text)) & JobBits.NIGHT)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("前台", "写字楼前台接待访客，有宾馆前台工作经验者优先"),  # an experience clause
        ("客房服务员", "打扫客房，配合酒店前台查房"),  # a colleague
        ("物业经理", "负责管理住宅区保安和保洁队伍"),  # the staff managed
        ("装配普工", "园区安全，厂区保安24小时巡逻，宿舍安全"),  # a benefit
        ("资料员", "办公室在工地门卫旁边，整理资料"),
        ("小区保安主管", "制定部门预算，带队伍"),  # a supervisor
        ("酒店前厅经理", "带好酒店前台团队"),
        ("保安队长", "负责小区保安队伍的管理"),
    ],
)
def test_a_place_named_for_someone_elses_post_implies_no_nights(title: str, text: str) -> None:
    assert not _night(title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("秩序维护员", "负责住宅小区安全巡逻及门岗"),
        ("保安", "负责小区安保工作，包住"),
        ("某某物业管理公司招聘保安", "负责门岗登记"),
        ("保安", "在花园小区做保安，包住"),
        ("酒店值班经理", "酒店前台值守"),  # a duty manager does stand nights
    ],
)
def test_modern_names_of_a_compounds_guard_read_as_nights(title: str, text: str) -> None:
    assert _night(title, text)
