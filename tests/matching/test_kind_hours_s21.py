"""Issue 22, session 21: the hours a full-time post's kind keeps when its text names none (`matching.facts.kind_hours`).
A 饭店洗碗工 or a 公益性岗位 saying nothing of its hours still works past half past four, so a person who must be at the
school gate by then no longer sees it; likewise a day opening after eight, one ending by six, weekends refused and a
day of eight hours at most, as three blind labellers' majority judged the kinds (`bench/kinds/hours`). Guards: stated
hours win, part-time and gig work, hours left to the worker, a post that runs the work, a kind the labellers found
fits, a night said by the person, and a person with no limit. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits
from matching.facts.words import words_of

PICKUP = "下午四点半要去接孩子放学"
LATE_START = "早上要送孩子，八点半以后才能上班"
EIGHT_START = "早上八点以后才能到"
HOME_BY_SIX = "下午六点前得回家做饭"
NO_WEEKENDS = "周末不能上班，要在家带孩子"
EIGHT_HOURS = "身体不好，一天最多干八个小时"


def _fits(person: str, title: str, text: str = "") -> bool:
    return seeker_limits(seeker_facts(person, "")).fits(posting_facts(title, text))


@pytest.mark.parametrize(
    ("person", "title", "text"),
    [
        (PICKUP, "饭店洗碗工", "包吃，月薪3500"),
        (PICKUP, "公益性岗位·助老员", "社区养老服务站，给老人送餐，双休"),  # rest days said, the day's end not
        (PICKUP, "超市收银员", "月薪3000，缴社保"),
        (LATE_START, "小区保洁员", "月薪2800"),
        (LATE_START, "电子厂普工", "包吃住"),
        (EIGHT_START, "小区保洁员", "月薪2800"),  # a seven o'clock start, which eight misses too
        (HOME_BY_SIX, "火锅店服务员", "包吃住，月薪4000"),
        (NO_WEEKENDS, "餐厅服务员", "包吃"),
        (NO_WEEKENDS, "货车司机", "A2驾照"),
        (EIGHT_HOURS, "快递分拣员", "计件工资"),
        (PICKUP, "电子厂普工", "周末双休"),  # a standard week: eight hours, still past half past four
    ],
)
def test_a_silent_full_time_kind_is_out_for_the_limit_it_breaks(person: str, title: str, text: str) -> None:
    assert not _fits(person, title, text)


@pytest.mark.parametrize(
    ("person", "title", "text"),
    [
        (PICKUP, "饭店洗碗工", "上班时间8:00-14:00，包吃"),  # stated hours win
        (PICKUP, "饭店洗碗工", "中午兼职，包一顿饭"),  # part-time
        (PICKUP, "饭店洗碗工", "招零工，日结"),
        (PICKUP, "超市理货员", "上班时间灵活，可商量"),  # hours left to agreement
        (PICKUP, "保洁主管", "月薪5000"),  # one who runs the work
        (PICKUP, "早餐店帮工", "包吃"),  # done by noon (labelled A)
        (PICKUP, "居家手工串珠", "计件"),  # at home, at one's own hours (labelled A)
        (EIGHT_START, "外卖骑手", "多劳多得"),  # from half past nine (labelled A for an eight o'clock start)
        (EIGHT_START, "电子厂普工", "包吃住"),  # a rota's start is unsaid: at eight, the labellers split
        (HOME_BY_SIX, "小区保洁员", "月薪2800"),  # done by five (labelled A)
        (NO_WEEKENDS, "餐厅服务员", "做五休二，包吃"),  # rest days said
        (NO_WEEKENDS, "学校保洁员", "月薪2500"),  # the school's week (labelled A)
        (HOME_BY_SIX, "电子厂普工", "周末双休"),  # 双休: eight-hour days, no evening
        (EIGHT_HOURS, "电子厂普工", "不加班，包吃住"),
        ("周一到周五都行", "超市理货员", "月薪四千"),  # the days offered, not weekends refused (s16)
        (EIGHT_HOURS, "公益性岗位·助老员", "社区养老服务站"),  # an eight-hour day (labelled A)
        ("晚上要回家照顾老人", "普工（长白班）", "包吃"),  # a day shift said; "晚上要回家" is no six o'clock end
        ("晚上要回家照顾老人", "快递分拣员", "计件工资"),  # the judges read it as nights: not this module's
        ("什么活都能干", "饭店洗碗工", "包吃"),  # no limit
    ],
)
def test_the_kind_keeps_no_one_out_where_its_day_is_said_or_fits(person: str, title: str, text: str) -> None:
    assert _fits(person, title, text)


def test_the_kind_hours_quote_the_noun() -> None:
    words = [words_of(f) for f in posting_facts("饭店洗碗工", "包吃") if f.code == "kind_hours"]
    assert "「洗碗」通常做到晚上（按岗位）" in words
    assert "「洗碗」通常下午四点半以后才下班（按岗位）" in words


def test_a_night_window_is_no_late_start() -> None:
    night = "晚上七点以后到早上七点能出来"
    assert seeker_limits(seeker_facts(night, "")).windows  # read as a night window
    assert _fits(night, "小区保洁员", "月薪2800")  # not refused as a day opening after eight (it runs to seven)
