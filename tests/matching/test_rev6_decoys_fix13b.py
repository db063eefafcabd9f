"""Issue 22, session 14 (h-fix13b): the sixth review's false readings of this session's rules, each as a decoy beside
the rule's true readings. Schooling left and then taken up again, or another's; a rota or hours of another post; a
lifeguard's assistant who need not swim; a spreadsheet made without Excel; a morning wished with the afternoon also
offered; a relative's age at a past event; a bedridden person turned by someone else. The wordings are this file's own."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits

_T = date(2026, 12, 6)


def seeker(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.value) for f in seeker_facts("", text, [], today=_T)]


def posting(title: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.value, f.modality and f.modality.value) for f in posting_facts(title, text)]


def fits(seeker_text: str, title: str, text: str) -> bool:
    return seeker_limits(seeker_facts("", seeker_text, [], today=_T)).fits(posting_facts(title, text), _T)


def edu(text: str) -> str | None:
    return next((v for c, v in seeker(text) if c == "edu"), None)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("初二那年就不念了，前几年又上了成人高中", "senior_high"),  # a later level stands
        ("念到高二，之后函授拿了本科", "bachelor"),
        ("只念过几年小学的是我爸，我自己高中毕业", "senior_high"),  # the father's
        ("读了两年小学的是我奶奶，我中专", "senior_high"),
    ],
)
def test_schooling_taken_up_again_or_anothers_is_not_where_it_stopped(text: str, level: str) -> None:
    assert edu(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("念到初二就不念了", "primary"),
        ("高二辍学，出来打工", "junior_high"),
        ("只读过三年小学", "primary"),
    ],
)
def test_schooling_left_still_read(text: str, level: str) -> None:
    assert edu(text) == level


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("货车司机", "上24休24的岗不用你上，白天送货"),
        ("门卫", "晚8点到凌晨2点由别人值守，本岗白天"),
        ("门卫", "夜里11点到早上7点上班的是另一个岗位，本岗白天在门口登记"),
    ],
)
def test_another_posts_hours_are_not_the_jobs(title: str, text: str) -> None:
    assert not any(c == "hours" for c, _, _ in posting(title, text))
    assert fits("只能白天，晚上不行", title, text)


@pytest.mark.parametrize(
    ("title", "text", "value"),
    [
        ("门卫", "上24休48，包吃住", "00:00-00:00"),
        ("门卫", "夜里十点到早上六点值班", "22:00-06:00"),
    ],
)
def test_the_posts_own_rota_still_read(title: str, text: str, value: str) -> None:
    assert ("hours", value, None) in posting(title, text)


def test_a_lifeguards_assistant_need_not_swim() -> None:
    assert not any(c == "swimming" for c, _, _ in posting("游泳馆救生员助理", "前台收费，不用会游泳"))
    assert fits("不会游泳", "游泳馆救生员助理", "前台收费，不用会游泳")
    assert ("swimming", None, "required") in posting("救生员", "泳池值守，有证优先")


def test_a_spreadsheet_made_is_office_use_had() -> None:
    assert not any(c == "office" for c, _ in seeker("wps不太会，但能做表格"))
    assert fits("word不会用，会做电子表格", "出纳", "熟练使用excel")
    assert any(c == "office" for c, _ in seeker("不会用excel，表格也不会做"))


def test_a_morning_wished_with_the_afternoon_offered_is_no_window() -> None:
    assert not any(c == "free" for c, _ in seeker("早上干干就可以，下午也行"))
    assert fits("上午干干就行，下午也没问题", "保洁", "下午1点到5点")
    assert ("free", "1234567 05:00-12:00") in seeker("上午干干就行")


def test_a_relatives_age_at_a_past_event_is_not_today_s() -> None:
    assert not any(c == "age" and v == "48" for c, v in seeker("帮我老公问问，他四十八岁那年厂子倒闭了，想找个门卫"))
    assert ("age", "58") in seeker("帮我老公问问，他五十八，想找个门卫")


def test_a_bedridden_person_turned_by_someone_else_is_no_lifting() -> None:
    text = "照顾瘫痪老人，翻身由护工负责，你做做饭洗洗衣服"
    assert ("implied", "lifting", "implied") not in posting("住家保姆", text)
    assert fits("不能搬重物", "住家保姆", text)
    assert ("implied", "lifting", "implied") in posting("保姆", "照顾卧床老人，要帮忙翻身")
