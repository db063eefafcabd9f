"""Words that must not keep a person from acceptable work, or open a programme they do not qualify for (a read-only
review of session 6's readers found each; every case failed before its fix)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits
from matching.facts.fact import squeeze
from matching.facts.standing import standing_stated

TODAY = date(2026, 12, 5)


def admitted(desired: str, experience: str, title: str, description: str) -> bool:
    limits = seeker_limits(seeker_facts(desired, experience, (), TODAY))
    facts = posting_facts(title, description)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize(
    ("desired", "experience", "title", "description", "kept"),
    [
        # shyness is no refusal to drive; 不敢开 (车) is
        ("货车司机", "有B照，开了八年货车。性格内向，不敢开口跟人说话", "货车司机", "要求B2驾照，驾龄3年以上", True),
        ("保安", "有C1但不敢开", "司机", "需C1驾照", False),
        # days off are not days of work
        ("普工", "一周一天休息就行", "普工", "单休，每天8小时，包吃住", True),
        ("文员", "每周两天休息", "文员", "双休，朝九晚五", True),
        ("普工", "一周只能上三天班", "普工", "单休，每天8小时", False),
        # refusing postings away is not refusing every trip
        ("销售", "可以接受出差，但不接受外派", "销售代表", "负责华东区域客户维护，偶尔出差", True),
        ("销售", "能出差，不想驻外", "销售代表", "偶尔出差", True),
        ("销售", "可以接受出差，但不接受外派", "销售代表", "需经常出差", False),
        # where one lives now is no refusal to live in
        ("保姆", "做过住家保姆三年，我现在不住家里，在外面租房子", "住家保姆", "住家保姆，照顾老人，包吃住", True),
        ("保姆", "不住家", "住家保姆", "住家保姆，照顾老人，包吃住", False),
        # a suspension that is over
        ("保姆", "C1驾照，去年扣满12分，已经重新考回来了", "家庭司机", "家庭司机，需C1驾照", True),
        ("保姆", "C1驾照，驾照扣满分了", "家庭司机", "家庭司机，需C1驾照", False),
        # a commuting perk asks for no licence
        ("文员", "没有驾照，会电脑", "行政文员", "负责文件整理。上班需要开车的话公司报销油费", True),
        ("文员", "没有驾照，会电脑", "销售", "要求会开车，能出差", False),
    ],
)
def test_limits_keep_out_only_what_the_words_refuse(
    desired: str, experience: str, title: str, description: str, kept: bool
) -> None:
    assert admitted(desired, experience, title, description) is kept


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("我不知道自己是不是就业困难人员", []),
        ("准备去社区办就业困难人员认定", []),
        ("我没有工作，在社区登记了就业困难人员", ["hard_to_employ"]),
        ("去年儿子大学毕业了，我想找保洁", []),  # the son's graduation
        ("去年大专毕业", ["graduation"]),
        ("去年辞职了，现在在超市上班", []),  # works again
        ("去年辞职了，一直在家", ["out_of_work"]),
    ],
)
def test_programme_standing_only_from_what_the_words_make_plain(words: str, codes: list[str]) -> None:
    assert [f.code for f in standing_stated(words, TODAY)] == codes


def test_long_runs_say_nothing_and_are_read_as_short() -> None:
    assert squeeze("a   b\t \n c") == "a b\nc"
    assert squeeze("=" * 20) == "=" * 8 and squeeze("xxx") == "xxx"
    assert seeker_facts(" " * 20_000, "1" * 20_000) == []  # took 23 s a reader before the squeeze
    assert posting_facts(" " * 20_000, "\t" * 20_000) == []
