"""Issue 22, session 14 (h-fix10seek): a relative's age said later in a text written for them ("帮我老公找个活，他
五十二") is the seeker's age, as `ages` already read "我爷爷七十一了，…想找个看车棚的"; a relative only mentioned by a
person seeking for themselves ("我老公五十二，在工地") gives no age. The wordings are this file's own."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import seeker_facts

_T = date(2026, 12, 6)


def age_of(text: str) -> str | None:
    return next((f.value for f in seeker_facts("", text, [], today=_T) if f.code == "age"), None)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("帮我老公找个活，他五十二，会开车", "52"),
        ("给我妈问问，她今年六十一了", "61"),
        ("替我爸问问，他六十八，身体好", "68"),
        ("帮俺家老头子寻个看门的活，他六十三了", "63"),
        ("给我媳妇找个超市的活，她四十出头", "41-44"),
        ("我妈五十开外，我替她问问有没有保洁", "50-"),
        ("帮我爸打听打听，他今年都七十了，身体硬朗", "70"),
        ("帮我婆婆问一下有没有带孩子的活，她五十五", "55"),
        # a spouse as people of fifty say it (session 17)
        ("帮我家那口子找活。他五十二，以前在工地摔过", "52"),
        ("帮我男人找个活，他四十九，会开铲车", "49"),
        ("替俺家男人问问有没有看大门的，他今年五十七了", "57"),
        ("给我家那口子寻个轻快点的活，她五十出头", "51-54"),
        ("帮当家的打听打听，他六十一了，还能干", "61"),
    ],
)
def test_a_relative_written_for_gives_their_age(text: str, age: str) -> None:
    assert age_of(text) == age


@pytest.mark.parametrize(
    "text",
    [
        "我老公五十二，在工地",  # a woman seeking for herself names her husband
        "我想找个保洁，我老公五十二，在工地干",
        "帮我老公找个活，我自己三十五，他五十二",  # the person gives their own age (35)
        "我妈六十八了，我想找个离家近的活好照顾她",
        "帮我老公找个活，他干了二十年",  # years of work, not an age
        "帮我老公问问，他一天要五十二块",
        "我家那口子五十二，在工地，我想找个保洁",  # she seeks for herself
        "我男人五十八了，在家歇着，我想出来找点活",
        "帮我男人找个活，他干了十五年车床",
    ],
)
def test_a_relative_only_mentioned_gives_no_age_of_theirs(text: str) -> None:
    assert age_of(text) in (None, "35")
