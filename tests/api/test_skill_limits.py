"""Over HTTP, a skill a person says they lack (issue 22, the skills family): a posting that requires it is never on
their page, nor in a search in their words, their push, the employer's list of seekers or the employer's digest;
one that only prefers it is shown and says so; and odd text never fails a write."""

from __future__ import annotations

import httpx

from app.config import Settings
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import PUSH, page, pushed, seekers_of


def shown(api: httpx.Client, seeker: int) -> list[int]:
    return [i["job"]["id"] for i in page(api, seeker)["items"]]


def test_a_seeker_without_a_computer_never_gets_a_posting_requiring_one(api: httpx.Client, settings: Settings):
    desk, floor = employer(api, "物业公司"), employer(api, "保洁公司")
    near = loc(north_of(HEFEI, 0.5))
    office = post_job(
        api, desk, title="物业保洁主管", description="小区保洁管理，熟练使用电脑，会做表格", location=near
    )
    cleaning = post_job(api, floor, title="小区保洁", description="小区楼道保洁，早7点到下午4点", location=near)
    words = "做了五年小区保洁，不会电脑，手机只会接电话"
    seeker = post_seeker(api, desired_job="保洁", experience=words, expected_salary=None, push=PUSH)
    assert shown(api, seeker) == [cleaning]
    assert {"不能用电脑", "不会用智能手机"} <= set(page(api, seeker)["honoured"])
    assert seeker not in seekers_of(api, office) and seeker in seekers_of(api, cleaning)
    items = pushed(settings, seeker)
    assert {job for audience, job in items if audience == "seeker"} == {cleaning}
    assert {job for audience, job in items if audience == "employer"} == {cleaning}  # the 物业's digest leaves them out


def test_a_lacked_skill_rules_out_only_postings_that_require_it(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    writes = post_job(api, boss, title="工厂门卫", description="登记车辆，会写字，会用智能手机", location=near)
    prefers = post_job(api, boss, title="仓库门卫", description="看门巡逻，识字者优先", location=near)
    says_nothing = post_job(api, boss, title="小区门卫", description="看门巡逻，白班", location=near)
    seeker = post_seeker(api, desired_job="门卫", experience="56岁，种了一辈子地，不识字", expected_salary=None)
    items = page(api, seeker)["items"]
    assert {i["job"]["id"] for i in items} == {prefers, says_nothing}
    words = next(i for i in items if i["job"]["id"] == prefers)
    assert "识字读写优先 · 你的资料里写了「不识字」" in str(words)
    assert seeker not in seekers_of(api, writes) and seeker in seekers_of(api, says_nothing)
    quiet = post_seeker(api, desired_job="门卫", experience="56岁，种了一辈子地", expected_salary=None)
    assert writes in shown(api, quiet)  # saying nothing limits nothing


def test_a_foreign_language_lacked_leaves_out_postings_requiring_it_on_the_page_and_in_a_search(api: httpx.Client):
    boss = employer(api, "外贸公司")
    near = loc(north_of(HEFEI, 0.5))
    english = post_job(api, boss, title="外贸跟单员", description="跟进订单，英语流利，CET-4以上", location=near)
    local = post_job(api, boss, title="内贸跟单员", description="跟进国内订单，会用电脑", location=near)
    seeker = post_seeker(api, desired_job="跟单员", experience="做过三年跟单，英语一窍不通", expected_salary=None)
    assert shown(api, seeker) == [local]
    assert seeker not in seekers_of(api, english)
    body = {"text": "跟单员，英语一窍不通", "location": loc(HEFEI)}
    found = api.post("/v1/matches/search", json=body).json()
    assert [i["job"]["id"] for i in found["items"]] == [local]


def test_odd_text_never_fails_a_write(api: httpx.Client):
    boss = employer(api)
    huge = ("普通话标准🙂会看图纸😂English fluent必须识字\u200b" * 400)[:5000]
    post_job(api, boss, title="🙂杂工😂", description=huge, location=loc(north_of(HEFEI, 0.5)))
    odd = ("不识字😀手机只会接电话🙏 ok " * 200)[:2000]
    seeker = post_seeker(api, desired_job="杂工🙂", experience=odd, skills=["😀" * 30, "CAD不会"], expected_salary=None)
    assert page(api, seeker)["items"] == []


def test_the_push_and_the_digest_leave_out_a_lacked_skill_by_bit_and_by_language(api: httpx.Client, settings: Settings):
    gate, trade, yard = employer(api, "电子厂"), employer(api, "外贸公司"), employer(api, "物流园")
    near = loc(north_of(HEFEI, 0.5))
    writes = post_job(api, gate, title="工厂门卫", description="登记进出车辆，会写字", location=near)
    english = post_job(api, trade, title="外贸仓库门卫", description="看门巡逻，英语流利", location=near)
    plain = post_job(api, yard, title="物流园门卫", description="看门巡逻，白班", location=near)
    words = "56岁，种了一辈子地，不识字，英语一窍不通"
    seeker = post_seeker(api, desired_job="门卫", experience=words, expected_salary=None, push=PUSH)
    assert shown(api, seeker) == [plain]
    items = pushed(settings, seeker)
    assert {job for audience, job in items if audience == "seeker"} == {plain}
    assert {job for audience, job in items if audience == "employer"} == {plain}
    assert not {writes, english} & {job for _, job in items}
