"""Issue 22: days a week and home-only as people write them on a phone, read by composition. Days: a week said as
一周/每周/一个礼拜/每个星期 with a verb or none ("一个礼拜能来三天"), and alternate days ("隔天去"; 3.5 kept as 4). Home:
a limit the person's own, not someone else's ("我妈只能在家") or the past's ("以前只能在家"), checked by `not_own`.
Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts
from matching.facts.bits import JobBits
from matching.facts.person import seeker_limits

WEEKS = ["一周", "每周", "一个礼拜", "每个礼拜", "一礼拜", "一个星期", "每个星期"]
VERBS = ["", "能", "只能", "最多", "能来", "只能干", "可以做", "就能上"]
DAYS = [("三", 3), ("3", 3), ("四", 4), ("两", 2)]


@pytest.mark.parametrize("week", WEEKS)
@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize(("said", "days"), DAYS)
def test_days_a_week(week: str, verb: str, said: str, days: int) -> None:
    words = f"家里有老人，{week}{verb}{said}天"
    assert seeker_limits(seeker_facts("", words)).most_days == days, words


@pytest.mark.parametrize(
    "words",
    ["隔天去可以", "只能隔天来", "隔一天上一天可以", "一般隔天能出来干"],
)
def test_alternate_days(words: str) -> None:
    assert seeker_limits(seeker_facts("", words)).most_days == 4, words


# not the person's week: someone else's, the past, a question, a posting's rest days
@pytest.mark.parametrize(
    "words",
    [
        "我老公一个礼拜只能来三天",
        "以前一个礼拜只能来三天，现在孩子大了",
        "一个礼拜能来三天吗？",
        "一个礼拜休两天最好",
        "每个礼拜三天以上都行",
    ],
)
def test_days_decoys(words: str) -> None:
    assert seeker_limits(seeker_facts("", words)).most_days is None, words


HOME = [
    "只能在家",
    "出不了门",
    "腿脚不便只能在家干",
    "只能在家做",
    "孩子小我出不了门",
    "要带孩子出不了门",
    "在家带娃只能在家做",
]


@pytest.mark.parametrize("words", HOME)
def test_home_only(words: str) -> None:
    assert seeker_limits(seeker_facts("", words)).require & int(JobBits.REMOTE), words


@pytest.mark.parametrize(
    "who",
    ["我妈", "我婆婆", "老公", "以前", "如果", "要是"],
)
@pytest.mark.parametrize("words", ["只能在家", "出不了门", "只能在家做"])
def test_home_decoys(who: str, words: str) -> None:
    text = f"{who}{words}，我什么活都能干"
    assert not seeker_limits(seeker_facts("", text)).require & int(JobBits.REMOTE), text


@pytest.mark.parametrize("words", ["以前在家带孩子", "在家附近找", "问一下能在家做吗？"])
def test_home_plain_decoys(words: str) -> None:
    assert not seeker_limits(seeker_facts("", words)).require & int(JobBits.REMOTE), words
