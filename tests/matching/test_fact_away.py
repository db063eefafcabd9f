"""Refusals of work away from home a person states in their own words (issue 22, review 8): living in, trips, field
work, driving, and home work for one who cannot go out; the posting words they are checked against; and the near
misses that must read nothing (someone else's refusal, a hedge, a fear of something else)."""

from __future__ import annotations

import pytest

from matching import abilities
from matching.facts import (
    JobBits,
    Modality,
    explain_facts,
    job_bits,
    posting_facts,
    seeker_facts,
    seeker_limits,
    words_of,
)
from matching.facts.bits import ALL_DRIVING, DRIVING_BIT


def _codes(words: str) -> dict[str, tuple[str | None, Modality | None]]:
    return {f.code: (f.value, f.modality) for f in seeker_facts("", words)}


def _bits(title: str, text: str) -> int:
    return job_bits(posting_facts(title, text))


@pytest.mark.parametrize(
    ("words", "code", "value"),
    [
        ("我48岁，会做饭带孩子，晚上要回自己家，不住家。", "no_live_in", None),
        ("不想住家，晚上要回家", "no_live_in", None),
        ("家里老人要照顾，不能住在外面", "no_live_in", None),
        ("不想出差", "no_travel", None),
        ("硕士毕业，想找个稳定的工作，不出差", "no_travel", None),
        ("不跑外地", "no_travel", None),
        ("有B2驾照，不想跑长途，晚上要回家", "no_travel", None),
        ("不能经常出差", "no_travel", "often"),
        ("我在人事部门干过一年，不想经常出差", "no_travel", "often"),
        ("不跑外勤", "no_field", None),
        ("不想跑业务", "no_field", "sales"),
        ("只想在办公室", "no_field", None),
        ("驾照扣满分了，正在学习", "no_driving", None),
        ("有C1但不敢开", "no_driving", None),
    ],
)
def test_reads_a_plain_refusal_as_a_limit(words: str, code: str, value: str | None):
    assert _codes(words)[code] == (value, Modality.LIMIT)


@pytest.mark.parametrize(
    "words",
    [
        "不想住宿舍",  # a dormitory is housing, which a job offers and a person may decline: not a live-in post
        "不怕出差",
        "能接受出差",
        "老公不想出差",  # someone else's
        "孩子不住家",
        "不是不想出差",
        "晚上不敢开车",  # only at night: no_evening's business, not driving work as such
        "不敢开大车",  # a truck, not every car
        "以前跑过业务",
        "出差补贴高",
    ],
)
def test_near_misses_read_no_refusal(words: str):
    assert not {"no_live_in", "no_travel", "no_field", "no_driving"} & set(_codes(words))


def test_a_hedged_refusal_is_a_wish_that_excludes_nothing():
    facts = seeker_facts("", "最好不出差")
    assert [(f.code, f.modality) for f in facts] == [("no_travel", Modality.WISH)]
    assert seeker_limits(facts).exclude == 0


def test_refusals_exclude_the_posting_bits_the_reader_sets():
    assert seeker_limits(seeker_facts("", "不住家")).exclude == JobBits.LIVE_IN
    assert seeker_limits(seeker_facts("", "不想出差，也不想跑外勤")).exclude == JobBits.TRAVEL | JobBits.FIELD
    said = seeker_limits(seeker_facts("司机", "有C1但不敢开"))
    assert said.exclude & ALL_DRIVING == ALL_DRIVING  # the C1 held is no offer of driving work
    assert not said.admits(_bits("司机", "持C1驾照，开商务车"))


def test_frequent_trips_only_are_left_out_for_a_person_who_cannot_travel_often():
    said = seeker_limits(seeker_facts("", "不能经常出差"))
    often, now_and_then = posting_facts("销售", "需要长期出差"), posting_facts("销售", "偶尔出差")
    assert said.admits(job_bits(often)) and not said.fits(often)
    assert said.admits(job_bits(now_and_then)) and said.fits(now_and_then)
    words = explain_facts(said, job_bits(now_and_then), now_and_then)
    assert "需出差 · 你的资料里写了「不能经常出差」" in words


def test_refusing_sales_legwork_leaves_out_sales_visits_not_deliveries():
    said = seeker_limits(seeker_facts("销售内勤", "不想跑业务，只会用Excel"))
    visits, delivery = posting_facts("区域销售专员", "负责跑客户，开拓市场"), posting_facts("配送员", "送货上门")
    assert not said.fits(visits)
    assert said.fits(delivery) and said.admits(job_bits(delivery))
    assert "外勤 · 你的资料里写了「不想跑业务」" in explain_facts(said, job_bits(delivery), delivery)


def test_home_work_is_a_limit_for_one_who_cannot_go_out():
    facts = seeker_facts("手工活", "我坐轮椅，出门不方便，想在家里做点手工")
    home = next(f for f in facts if f.code == "home_only")
    assert home.modality is Modality.LIMIT and words_of(home) == "只能居家工作"
    assert seeker_limits(facts).require == JobBits.REMOTE
    wish = next(f for f in seeker_facts("手工活", "晚上出门不方便，想在家里做点手工") if f.code == "home_only")
    assert wish.modality is Modality.WISH  # evenings only: a wish, as before


@pytest.mark.parametrize(
    ("text", "live_in"),
    [
        ("住家保姆，居住于客户家中，全天为客户提供家庭保洁", True),
        ("需住家，包吃住", True),
        ("住雇主家，照顾老人", True),
        ("包吃包住，照顾一岁宝宝", False),  # housing alone: an agency dormitory as often as a family's spare room
        ("24小时住家或白班兼职，月休4天", False),  # one option of two
        ("住家/不住家均可", False),
        ("家政岗位：住家保姆、月嫂、育婴师、钟点工", False),  # one of an agency's posts
        ("日常保洁，不是住家保姆", False),
    ],
)
def test_living_in_is_asked_only_where_the_text_makes_it_the_job(text: str, live_in: bool):
    assert bool(_bits("育婴师", text) & JobBits.LIVE_IN) is live_in


def test_posting_words_for_trips_riding_and_phone_work():
    assert _bits("货运司机", "跑中长途，很辛苦") & JobBits.TRAVEL
    assert not _bits("货运司机", "不跑长途，市内配送") & JobBits.TRAVEL
    assert _bits("配送员", "18-45岁左右,熟练驾驶电动车") & JobBits.RIDING
    assert not _bits("育婴师", "外派上户工作") & JobBits.TRAVEL  # an agency sends the nanny to a family, not away
    assert _bits("移动接听客服", "负责接听10086人工服务热线") & abilities.PHONE_BIT
    assert not _bits("客服", "有意者请拨打热线：4001234") & abilities.PHONE_BIT


def test_one_who_can_hardly_read_is_not_offered_typing_or_computer_work():
    said = seeker_limits(seeker_facts("客服", "小学没毕业，字认得不多，但是说话利索"))
    assert not said.admits(_bits("电商淘宝客服", "打字快，会用千牛"))
    assert said.admits(_bits("保洁", "小区保洁，早7点到下午4点"))
    assert not seeker_limits(seeker_facts("", "不会拼音打字")).admits(_bits("录入员", "打字速度每分钟60字"))


@pytest.mark.parametrize("words", ["白天上班", "周六日不上班", "坐公交上班", "想在家附近上班"])
def test_words_about_the_wanted_job_are_no_work_done(words: str):
    assert "experience" not in _codes(words)


@pytest.mark.parametrize("words", ["现在在超市上班", "上过班，会电脑"])
def test_work_held_still_reads_as_work_done(words: str):
    assert _codes(words)["experience"] == (None, None)


def test_the_new_limits_are_worded_for_the_page():
    worded = {words_of(f) for f in seeker_facts("", "不住家，不想出差，不跑外勤，有C1但不敢开，不能经常出差")}
    assert {"不住家", "不出差", "不跑外勤", "不开车", "不能经常出差"} <= worded
    assert DRIVING_BIT["C1"] & seeker_limits(seeker_facts("", "驾照扣满分了")).exclude


@pytest.mark.parametrize(
    ("words", "speech"), [("我不能说话，可以打字", True), ("我是哑巴", True), ("他不太会说话", False)]
)
def test_one_who_cannot_speak_is_not_offered_phone_work_and_it_is_health(words: str, speech: bool):
    said = [f for f in seeker_facts("", words) if f.code == "no_speech"]
    assert bool(said) is speech
    if speech:
        assert said[0].sensitive  # held only under the disability consent, as deafness is
        assert not seeker_limits(said).admits(_bits("电话客服", "负责接听客户电话"))


def test_a_part_refused_beside_the_whole_is_not_said_twice():
    said = seeker_limits(seeker_facts("销售内勤", "不想跑业务，不能经常在外面跑，只想在办公室"))
    assert said.exclude == JobBits.FIELD and said.away_kinds == ()
    assert [words_of(f) for _, f in said.because] == ["不跑外勤"]


def test_phone_and_typing_words_in_titles():
    assert _bits("纯接听客服", "解答客户业务咨询") & abilities.PHONE_BIT
    assert _bits("客服", "接听客户来电，解答咨询") & abilities.PHONE_BIT
    assert _bits("客服人员", "说话口齿清晰。能接受打电话的工作。") & abilities.PHONE_BIT
    assert not _bits("客服", "不用打电话，在线回复") & abilities.PHONE_BIT
    assert _bits("在线文字客服", "为外卖平台解答咨询，纯文字") & JobBits.NEEDS_LITERACY
