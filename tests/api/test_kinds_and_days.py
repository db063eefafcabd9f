"""Over HTTP, what session 11's readers add (issue 22 item 2): work a job's kind implies though its text is silent
(cold water in a 洗碗工's hands, nights on a 小区保安's gate) kept from one who refuses it, unless the text eases it;
a day's length a person caps (一天别超过十个钟头) against a rota's day; weekends refused by the days' names. Each on
the page, on the employer's list of seekers, and in the seeker's push."""

from __future__ import annotations

import httpx

from app.config import Settings
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import PUSH, page, pushed, seekers_of


def test_hands_that_cannot_take_cold_water_are_not_sent_to_wash_dishes(api: httpx.Client, settings: Settings):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    sink = post_job(api, boss, title="饭店洗碗工", description="后厨洗碗，包两餐，10:00-20:00", location=near)
    machine = post_job(
        api, boss, title="酒店洗碗工", description="有洗碗机，不用手洗，包两餐，10:00-20:00", location=near
    )
    till = post_job(api, boss, title="饭店收银员", description="前台收银，包两餐，10:00-20:00", location=near)
    words = "手碰不得凉水，一碰就疼，冬天更不行。以前在饭店干过，想找个饭店的活"
    seeker = post_seeker(api, desired_job="饭店", experience=words, expected_salary=None, push=PUSH)
    got = page(api, seeker)
    shown = [i["job"]["id"] for i in got["items"]]
    assert sink not in shown and {machine, till} <= set(shown)
    assert "不能沾凉水、进冷库" in got["honoured"]  # in words, not the limit's code
    eased = next(i for i in got["items"] if i["job"]["id"] == machine)
    assert "「有洗碗机」" in eased["explanation"] and "「碰不得凉水」" in eased["explanation"]
    assert seeker not in seekers_of(api, sink) and seeker in seekers_of(api, till)
    assert sink not in {job for audience, job in pushed(settings, seeker) if audience == "seeker"}


def test_a_seeker_who_cannot_take_nights_is_not_sent_to_a_gate_kept_round_the_clock(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    gate = post_job(api, boss, title="小区保安", description="负责小区门岗和巡逻，包住", location=near)
    office = post_job(api, boss, title="写字楼保安", description="大堂值守，白班8:00-17:00，双休", location=near)
    words = "退伍三年，有保安证。岁数大了，夜班熬不住"
    seeker = post_seeker(api, desired_job="保安", experience=words, expected_salary=None)
    shown = [i["job"]["id"] for i in page(api, seeker)["items"]]
    assert shown == [office]
    assert seeker not in seekers_of(api, gate)


def test_a_day_capped_at_ten_hours_keeps_out_a_two_shift_rota_and_a_long_day(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    rota = post_job(api, boss, title="电子厂普工", description="两班倒，包吃住，做六休一", location=near)
    long = post_job(api, boss, title="服装厂包装工", description="早七点半到晚上九点，月休两天", location=near)
    short = post_job(api, boss, title="食品厂包装工", description="每天8:00-17:00，做六休一", location=near)
    words = "单休、做六休一都能接受，就是一天别超过十个钟头。干过几年包装"
    seeker = post_seeker(api, desired_job="进厂包装", experience=words, expected_salary=None)
    assert [i["job"]["id"] for i in page(api, seeker)["items"]] == [short]
    assert seeker not in seekers_of(api, rota) and seeker not in seekers_of(api, long)


def test_weekends_refused_by_the_days_names_keep_out_weekend_work(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    weekend = post_job(api, boss, title="超市收银员", description="9:00-15:00，周末也要来，月休四天", location=near)
    weekdays = post_job(api, boss, title="超市收银员", description="9:00-15:00，双休", location=near)
    words = "干过三年超市收银。礼拜六礼拜天娃在家，出不来"
    seeker = post_seeker(api, desired_job="收银", experience=words, expected_salary=None)
    assert [i["job"]["id"] for i in page(api, seeker)["items"]] == [weekdays]
    assert seeker not in seekers_of(api, weekend)
