"""A posting's day length against the hours the person's window holds (issue 22, session 15; rev5's H10): "每天10
小时" does not fit in "只有上午九点到十一点半有空"; half an hour's looseness is left for a day and a window said
roughly. The wordings are the helper's own."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)


def fits(said: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts("普工", "", [said], today=TODAY))
    return limits.fits(posting_facts("普工", posting), TODAY)


@pytest.mark.parametrize(
    ("said", "posting"),
    [
        ("娃上幼儿园，只能早上九点到中午十二点", "包装车间，每天工作9个小时"),
        ("只能下午一点到五点出来", "食品厂包装，每天8小时"),
        ("白天要带孙子，晚上七点以后到十一点都行", "物流分拣，每天十小时，包吃"),
    ],
)
def test_a_day_longer_than_the_window_is_out(said: str, posting: str) -> None:
    assert not fits(said, posting)


@pytest.mark.parametrize(
    ("said", "posting"),
    [
        ("娃上幼儿园，只能早上九点到中午十二点", "包装车间，每天3小时，计件"),
        ("早上八点半以后才有空，下午四点前得接孩子", "包装车间，每天8小时"),  # 7.5 hours: said loosely
        ("下午两点以后有空", "包装车间，每天8小时"),  # to midnight: the window holds it
    ],
)
def test_a_day_the_window_holds_stays(said: str, posting: str) -> None:
    assert fits(said, posting)
