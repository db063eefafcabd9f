"""Issue 22, session 14 (h-fix11kind): a posting's 24-hour duty or live-in post read as the whole day, its hours said
loosely (早10晚8, 到晚上十二点, 晚7点到凌晨), its years asked in its own words (干过五六年的, 带过20个宝宝以上) and a cook
hired by name (做饭阿姨): each keeps out the person whose window, day, years or skills it exceeds. Decoys keep the
rest in. The wordings are this file's own."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 6)


def _hours(title: str, text: str) -> list[str]:
    return [f.value or "" for f in posting_facts(title, text) if f.code == "hours"]


def _shown(words: str, title: str, text: str) -> bool:
    limits = seeker_limits(seeker_facts(words, "", today=TODAY))
    facts = posting_facts(title, text)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


_WHOLE_DAY = [
    ("小区门岗", "上24小时休48小时，包住"),
    ("保安", "做24休48，月薪四千"),
    ("仓库值守", "24小时一个班，上一休二"),
    ("陪护", "住院老人二十四小时陪床"),
    ("保姆", "住家，照顾两个孩子"),
    ("育儿嫂", "找住家阿姨，带八个月宝宝"),
]
_NOT_WHOLE_DAY = [
    ("便利店店员", "24小时营业，白班8点到4点"),
    ("保安", "24小时三班倒，一班八小时"),
    ("保姆", "住家不住家均可"),
    ("客服", "24小时内回复消息"),
    ("宿管", "有宿舍，24小时热水"),
    ("保姆", "不住家，早8点到晚6点"),
]


@pytest.mark.parametrize(("title", "text"), _WHOLE_DAY)
def test_a_24_hour_duty_or_a_live_in_post_is_worked_the_whole_day(title: str, text: str) -> None:
    assert _hours(title, text) == ["00:00-00:00"]


@pytest.mark.parametrize(("title", "text"), _NOT_WHOLE_DAY)
def test_a_shop_open_round_the_clock_a_rota_or_an_option_is_no_whole_day(title: str, text: str) -> None:
    assert "00:00-00:00" not in _hours(title, text)


_HOURS = [
    ("面馆", "招服务员，早10晚8，管饭", "10:00-20:00"),
    ("奶茶店", "早11晚10，月休四天", "11:00-22:00"),
    ("烧烤店", "下午四点到晚上十二点", "16:00-00:00"),
    ("快递分拨", "晚8点到凌晨，卸车", "20:00-01:00"),
    ("夜市摊", "晚上六点干到半夜", "18:00-01:00"),
]


@pytest.mark.parametrize(("title", "text", "hours"), _HOURS)
def test_posting_hours_said_loosely_are_read(title: str, text: str, hours: str) -> None:
    assert hours in _hours(title, text)


def test_a_clock_after_the_small_hours_is_read_as_written() -> None:
    assert _hours("快递分拨", "晚8点到凌晨3点") == ["20:00-03:00"]


_PAIRS = [
    ("每天最多做三个小时", ("小区门岗", "上24小时休48小时，包住"), False),
    ("每天最多做三个小时", ("保姆", "住家，照顾两个孩子"), False),
    ("只有上午八点到十一点能干", ("保姆", "住家不住家均可"), True),
    ("只有上午八点到十一点能干", ("面馆", "招服务员，早10晚8，管饭"), False),
    ("晚上十点前得回家", ("快递分拨", "晚8点到凌晨，卸车"), False),
    ("晚上十点前得回家", ("烧烤店", "下午四点到晚上十二点"), False),
    ("晚上十点前得回家", ("奶茶店", "早10晚8，月休四天"), True),
]


@pytest.mark.parametrize(("words", "post", "shown"), _PAIRS)
def test_a_whole_day_or_loose_hours_keep_out_whom_they_exceed(words: str, post: tuple[str, str], shown: bool) -> None:
    assert _shown(words, *post) == shown


_YEARS = [
    ("木工师傅", "打家具，干过五六年的", "5"),
    ("电焊工", "要做过三年的", "3"),
    ("月嫂", "带过十个宝宝以上", "1"),
    ("护理员", "护理过20位老人", "1"),
]
_NO_YEARS = [
    ("木工师傅", "干过两年的优先"),
    ("月嫂", "带过宝宝的优先考虑"),
    ("保姆", "家里有两个孩子"),
]


@pytest.mark.parametrize(("title", "text", "years"), _YEARS)
def test_years_asked_in_a_posts_own_words_are_a_minimum(title: str, text: str, years: str) -> None:
    assert [f.value for f in posting_facts(title, text) if f.code == "experience_min"] == [years]


@pytest.mark.parametrize(("title", "text"), _NO_YEARS)
def test_years_only_preferred_or_not_asked_are_no_minimum(title: str, text: str) -> None:
    assert not [f for f in posting_facts(title, text) if f.code == "experience_min"]


def test_a_newcomer_is_kept_out_of_a_post_asking_years_in_its_own_words() -> None:
    assert not _shown("没干过木工，想学", "木工师傅", "打家具，干过五六年的")
    assert _shown("干了十年木工", "木工师傅", "打家具，干过五六年的")


@pytest.mark.parametrize(("title", "text"), [("做饭阿姨", "公司员工午饭，二十来人"), ("工地", "工地招个做饭的，管住")])
def test_a_cook_hired_by_name_asks_cooking(title: str, text: str) -> None:
    assert any(f.code == "cooking" for f in posting_facts(title, text))
    assert not _shown("我不会做饭", title, text)


def test_a_post_that_only_mentions_cooking_asks_none() -> None:
    assert not any(f.code == "cooking" for f in posting_facts("保洁阿姨", "只打扫，不用做饭"))
