"""Issue 22, session 14 (h-fix11age): skills lacked in plain words, the fifth review's K1: "不会电脑，别的都行" (a
waiver of other work, not of the lack), "我不会开车", "不会用excel" (office software, not every computer post), "不会
游泳" (a lifeguard's post). Each wording has decoys that must keep the post. The wordings are this file's own, from
no persona set."""

from __future__ import annotations

import pytest

from tests.matching.test_rev5_ages_grid import kept  # the served-page helpers, shared


@pytest.mark.parametrize(
    ("person", "title", "posting", "keeps"),
    [
        ("不会电脑，别的都行", "前台", "前台接待，要会电脑操作", False),
        ("电脑不会，其他活都可以", "文员", "办公室文员，熟练使用电脑", False),
        ("不会电脑，但可以学", "前台", "前台接待，要会电脑操作", True),
        ("不会电脑，别的都行", "保洁", "写字楼保洁", True),
        ("我不会开车", "司机", "公司司机，C1驾照", False),
        ("不会开车，会骑电动车", "送货司机", "送货司机，会开车就行", False),
        ("不会开车，会骑电动车", "外卖", "外卖骑手，电动车自备", True),
        ("会不会开车都行", "司机", "公司司机，C1驾照", True),
        ("我老公不会开车", "司机", "公司司机，C1驾照", True),
        ("不会开车，正在学", "司机", "公司司机，C1驾照", True),
        ("不会用excel", "统计", "统计员，会做表格，excel熟练", False),
        ("不会用excel", "前台", "前台接待，要会电脑操作", True),
        ("办公软件不会，打字还行", "文员", "文员，熟练使用office办公软件", False),
        ("不会游泳", "救生员", "游泳馆招救生员，持证", False),
        ("不会游泳", "保洁", "游泳馆保洁，打扫更衣室", True),
    ],
)
def test_skills_lacked_in_plain_words(person: str, title: str, posting: str, keeps: bool) -> None:
    assert kept(person, title, posting) is keeps


@pytest.mark.parametrize(
    ("person", "title", "posting", "keeps"),
    [
        ("电脑会一点，打字很慢", "录入员", "数据录入，打字每分钟50字以上", False),
        ("打字慢", "打字员", "招打字员，打字速度快", False),
        ("电脑会一点，打字很慢", "前台", "前台接待，要会电脑操作", True),
        ("电脑会一点，打字很慢", "录入员", "数据录入，打字慢的可以练", True),
        ("打字很快", "录入员", "数据录入，打字每分钟50字以上", True),
    ],
)
def test_slow_typing_meets_only_a_posts_typing_speed(person: str, title: str, posting: str, keeps: bool) -> None:
    assert kept(person, title, posting) is keeps
