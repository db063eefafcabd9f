"""Issue 22, session 14 (h-fix13a): false readings the sixth review found in the session's new rules, as decoys in
this file's own wordings: 不好意思 beside 腰 (embarrassed, not a bad back); a seat asked for where standing is said fine;
a body's limit named of someone else, asked and denied, supposed, eased or past; a relative's few hours a day or a
question about them; posts that rest a weekday refused (not the day) and a weekly duty that can be swapped; 不会拒绝.
Each decoy read a limit before the mend; the true readings beside them keep theirs."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import seeker_facts

_TODAY = date(2026, 12, 6)


def _codes(words: str) -> set[str]:
    return {f.code for f in seeker_facts("保洁", words, [], today=_TODAY)}


def _values(words: str, code: str) -> set[str | None]:
    return {f.value for f in seeker_facts("保洁", words, [], today=_TODAY) if f.code == code}


_BODY_DECOYS = {
    # 不好意思 after 腰有点/腰又 (rev6 #1)
    "腰有点不好意思开口，其实我身体挺好": "no_lifting",
    "我腰又不好意思老麻烦人家": "no_lifting",
    "腰又不好又不坏，跟平常人一样": "no_lifting",
    # standing said fine anywhere in the text (rev6 #2)
    "坐着站着都行，能坐着干的活都可以": "no_standing",
    "最好要能坐一下歇歇脚，不过站着干活也没问题": "no_standing",
    # someone else's limit (rev6 #6)
    "站半天就头晕的是我姐妹，不是我": "no_standing",
    "往下一看就腿软的是我家老公": "no_height",
    "别让我蹲着的人是我们组长，我自己随便": "no_bending",
    "右手不大灵便的老人我护理过": "no_fine_sight",
    "手腕不能多用力的活我媳妇干不了，我没事": "no_lifting",
    "要使劲的活干不了的人就别来，我力气大": "no_lifting",
    # asked and denied, supposed, eased, past (rev6 #7)
    "我晕高吗？一点都不晕": "no_height",
    "晕高的话我就不报了，可我不晕高": "no_height",
    "要使劲的活不行吗？我可以": "no_lifting",
    "站多久都行，站俩钟头就肿那是以前": "no_standing",
    "手洗碗洗得脱皮也没关系，戴上手套就好": "no_cold_wet",
}

_BODY_KEPT = {
    "腰有点不好，重的搬不了": "no_lifting",
    "腰又不好，不能扛": "no_lifting",
    "能坐着干的活都可以": "no_standing",
    "上班得能坐一下": "no_standing",
    "站半天就头晕": "no_standing",
    "往下一看就腿软": "no_height",
    "别让我蹲着干": "no_bending",
    "右手不大灵便": "no_fine_sight",
    "手腕不能多用力": "no_lifting",
    "晕高": "no_height",
    "站俩钟头就肿": "no_standing",
    "手洗碗洗得脱皮": "no_cold_wet",
}


@pytest.mark.parametrize(("words", "code"), _BODY_DECOYS.items())
def test_body_decoys_read_no_limit(words: str, code: str) -> None:
    assert code not in _codes(words)


@pytest.mark.parametrize(("words", "code"), _BODY_KEPT.items())
def test_body_limits_still_read(words: str, code: str) -> None:
    assert code in _codes(words)


@pytest.mark.parametrize(
    "words",
    ["我儿子每天只能出来两三个小时，我一整天都有空", "一天只能出来四五个小时吗？不是，全天都行"],
)
def test_hours_of_someone_else_or_asked_are_no_cap(words: str) -> None:
    assert "max_hours" not in _codes(words)


@pytest.mark.parametrize(("words", "hours"), [("每天只能出来两三个小时", "3"), ("一天最多四五个小时", "5")])
def test_own_hours_still_cap(words: str, hours: str) -> None:
    assert _values(words, "max_hours") == {hours}


@pytest.mark.parametrize(
    "words",
    [
        "周二休的工作不考虑，我每天都能来",
        "每周四得陪我妈去医院复查，不过可以请假换班",
        "每周五要带老人去做理疗的邻居托我问问，我哪天都行",
    ],
)
def test_weekday_decoys_refuse_no_day(words: str) -> None:
    assert "day_refused" not in _codes(words)


@pytest.mark.parametrize(
    ("words", "day"),
    [("想找个周二休的", "2"), ("每周四得陪我妈去医院复查", "4"), ("星期天不行", "7")],
)
def test_weekday_refusals_still_read(words: str, day: str) -> None:
    assert _values(words, "day_refused") == {day}


@pytest.mark.parametrize("words", ["我从来不会拒绝夜班", "拒绝夜班的岗位我也接受"])
def test_refusal_denied_is_no_night(words: str) -> None:
    assert "no_night" not in _codes(words)


@pytest.mark.parametrize("words", ["拒绝夜班", "本人拒绝上夜班"])
def test_refusal_of_nights_still_read(words: str) -> None:
    assert "no_night" in _codes(words)
