"""Matching reads what people write (issue 22): limits a seeker states in their own words exclude what breaks
them, wishes move what meets them up, a graduation written in the text opens 见习, and each is said back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import httpx
import pytest

from app.config import Settings
from app.main import create_app
from matching.embedding import Embedder
from tests.auth_kit import add_user, bearer
from tests.factories import HEFEI, employer, loc, match_ids, north_of, post_job, post_seeker
from tests.limits_kit import page
from tests.limits_kit import pushed as pushed_to
from tests.live import live_server

HOME_ONLY = "我坐轮椅，只能在家工作，会用电脑打字，做过两年淘宝客服"


def test_a_home_only_seeker_never_gets_on_site_physical_work(api: httpx.Client):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    remote = post_job(
        api,
        boss,
        title="电商客服",
        description="居家办公，会电脑打字，回复买家咨询",
        location=loc(north_of(HEFEI, 1.5)),
    )
    on_site = [
        post_job(api, boss, title="外卖骑手", description="骑电动车送外卖，体力好", location=near),
        post_job(api, boss, title="养老护理员", description="协助老人起居，需搬抬老人，两班倒", location=near),
        post_job(api, boss, title="客服专员", description="在门店接待顾客，长时间站立", location=near),
    ]
    seeker = post_seeker(api, desired_job="客服", experience=HOME_ONLY, expected_salary=None)
    shown = page(api, seeker)
    assert [item["job"]["id"] for item in shown["items"]] == [remote]
    assert shown["honoured"] == ["只能居家工作"] and shown["excluded"] == len(on_site)
    assert "可居家办公 · 符合你的要求" in shown["items"][0]["explanation"]
    # The nightly push and the employer's view keep to the same limit.
    assert seeker not in [s["jobseeker"]["id"] for s in api.get(f"/v1/jobs/{on_site[0]}/matches").json()["items"]]
    assert seeker in [s["jobseeker"]["id"] for s in api.get(f"/v1/jobs/{remote}/matches").json()["items"]]


def test_the_profile_shows_what_was_read_and_keeps_disability_only_under_consent(api: httpx.Client):
    without = api.get(f"/v1/jobseekers/{post_seeker(api, experience=HOME_ONLY)}").json()["facts"]
    assert {(f["code"], f["words"], f["evidence"]) for f in without} == {
        ("home_only", "只能居家工作", "只能在家"),
        ("experience", "2年工作经验", "做过两年淘宝客服"),  # years of work with the trade they were in
    }
    consented = post_seeker(
        api, experience=HOME_ONLY, sensitive_consent={"precise_location": True, "disability": True}, phone="13805519999"
    )
    facts = {f["code"]: f for f in api.get(f"/v1/jobseekers/{consented}").json()["facts"]}
    assert facts["wheelchair"]["words"] == "使用轮椅" and facts["wheelchair"]["evidence"] == "坐轮椅"
    withdrawn = api.patch(f"/v1/jobseekers/{consented}", json={"sensitive_consent": {"disability": False}})
    assert withdrawn.status_code == 200, withdrawn.text
    assert "wheelchair" not in {f["code"] for f in withdrawn.json()["facts"]}


def test_a_graduate_who_only_wrote_the_month_gets_the_internship_with_the_reason(api: httpx.Client):
    year = date.today().year - 1
    owner = employer(api)
    internship = post_job(
        api, owner, title="会计见习生", description="财务部见习，师傅带教", job_type="internship", internship_months=6
    )
    words = f"{year}年6月毕业，会计专业，至今未就业"
    seeker = post_seeker(api, desired_job="会计", experience=words, expected_salary=None)
    shown = page(api, seeker)
    item = next(i for i in shown["items"] if i["job"]["id"] == internship)
    assert f"符合见习条件：毕业2年内（按简历中「{year}年6月毕业」判断）" in item["explanation"]
    verdicts = {v["job_type"]: v for v in api.get(f"/v1/jobseekers/{seeker}/programmes").json()}
    assert verdicts["internship"]["eligible"] is True
    # The field wins over the words: a date past the window closes it again.
    api.patch(f"/v1/jobseekers/{seeker}", json={"graduation_date": f"{year - 5}-06-30"})
    assert internship not in match_ids(api, seeker)


def test_a_lodging_wish_moves_the_lodging_posting_up(api: httpx.Client):
    boss = employer(api)
    plain = post_job(api, boss, title="普工", description="电子厂流水线，长白班", location=loc(north_of(HEFEI, 0.4)))
    lodging = post_job(
        api, boss, title="普工", description="电子厂流水线，包吃包住，长白班", location=loc(north_of(HEFEI, 1.2))
    )
    indifferent = post_seeker(api, desired_job="普工", experience="干过流水线", expected_salary=None)
    assert match_ids(api, indifferent)[:2] == [plain, lodging]  # nearer first when nothing else differs
    wisher = post_seeker(
        api, desired_job="普工", experience="想找个包吃包住的厂，干过流水线", expected_salary=None, phone="13805518888"
    )
    shown = page(api, wisher)
    assert [i["job"]["id"] for i in shown["items"]][:2] == [lodging, plain]
    assert "包吃包住" in shown["items"][0]["explanation"] and "希望包住" in shown["honoured"]


def test_a_licence_the_seeker_lacks_excludes_and_one_they_hold_is_named(api: httpx.Client):
    boss = employer(api)
    freight = post_job(api, boss, title="货车司机", description="需持A2驾照，跑合肥周边")
    bus = post_job(api, boss, title="大客车司机", description="需A1驾照")
    driver = post_seeker(api, desired_job="货车司机", experience="有A2驾照，开了十年货车", expected_salary=None)
    shown = page(api, driver)
    ids = [i["job"]["id"] for i in shown["items"]]
    assert freight in ids and bus not in ids
    assert "需A2驾照 · 你持A2" in next(i for i in shown["items"] if i["job"]["id"] == freight)["explanation"]


def test_a_posting_shows_what_its_text_says(api: httpx.Client):
    job = post_job(api, employer(api), title="叉车司机", description="持叉车证上岗，两班倒，包住，18-45岁")
    facts = {f["code"]: f for f in api.get(f"/v1/jobs/{job}").json()["facts"]}
    assert facts["forklift"]["words"] == "需叉车证" and facts["forklift"]["modality"] == "required"
    assert {"shifts", "housing", "age_range"} <= set(facts)


def test_text_of_any_size_or_script_never_fails_a_write(api: httpx.Client, settings: Settings):
    boss = employer(api)
    noise = ("😀🚚 ΑΒΓ кириллица ﷽ \u202e 包吃包住吗？不 " * 400)[:4000]
    response = api.post(
        "/v1/jobs",
        json={
            "employer_id": boss,
            "title": "🙂" * 50,
            "description": noise,
            "job_type": "full_time",
            "location": loc(HEFEI),
        },
    )
    assert response.status_code == 201, response.text
    assert {f["code"] for f in response.json()["facts"]} <= {"meals", "housing"}
    seeker = add_user(settings, "jobseeker")
    body = {
        "name": "测试",
        "phone": "13805517777",
        "location": loc(HEFEI),
        "desired_job": "?" * 100,
        "experience": noise[:2000],
        "skills": ["💥" * 10] * 30,
    }
    made = api.post("/v1/jobseekers", json=body, headers=bearer(settings, seeker))
    assert made.status_code == 201, made.text


def test_a_veteran_truck_drivers_explanation_names_freight_driving(api: httpx.Client):
    boss = employer(api)
    freight = post_job(api, boss, title="货车司机", description="需持A2驾照，合肥周边配送")
    shuttle = post_job(api, boss, title="班车司机", description="接送员工上下班，需A1驾照")
    veteran = post_seeker(
        api,
        desired_job="货车司机",
        experience="部队汽车兵出身，退伍后开了五年班车和货车，有A2驾照",
        priority_groups=["veteran"],
        expected_salary=None,
    )
    items = {i["job"]["id"]: i for i in page(api, veteran)["items"]}
    words = items[freight]["explanation"]
    assert "客运" not in words and ("货车司机" in words or "道路货运汽车驾驶员" in words), words
    assert "需A2驾照 · 你持A2" in words
    assert shuttle not in items  # A1 is a class above the A2 the person holds
    codes = api.get(f"/v1/jobs/{freight}").json()["occupations"]
    assert codes[0]["name"] == "道路货运汽车驾驶员"


@pytest.fixture
def thin_api(settings: Settings, fake_embedder: Embedder) -> Iterator[httpx.Client]:
    """The hashing embedder scores on its own scale: "good" is set for it (the shipped model's is calibrated)."""
    app = create_app(settings.model_copy(update={"good_match_score": 0.4}), embedder=fake_embedder)
    with live_server(app) as client:
        yield client


def test_a_thin_circle_offers_the_wider_ring_apart_and_labelled(thin_api: httpx.Client):
    """A 50-year-old who wants 保洁: inside 3 km only unrelated work; the 小区保洁员 at 3.8 km is offered in its
    own part of the page, labelled, never mixed into the circle's list."""
    api = thin_api
    boss = employer(api)
    inside = post_job(
        api, boss, title="Java开发工程师", description="熟悉Spring Boot", location=loc(north_of(HEFEI, 1.0))
    )
    outside = post_job(
        api, boss, title="小区保洁员", description="负责小区楼道保洁，做六休一", location=loc(north_of(HEFEI, 3.8))
    )
    far = post_job(api, boss, title="保洁员", description="商场保洁", location=loc(north_of(HEFEI, 9.0)))
    seeker = post_seeker(api, desired_job="保洁", experience="今年50岁，做过两年保洁", expected_salary=None)
    shown = page(api, seeker)
    assert [i["job"]["id"] for i in shown["items"]] == [inside]
    assert shown["thin"] is True
    assert [i["job"]["id"] for i in shown["beyond"]] == [outside]  # the ring ends at twice the radius: not 9 km
    assert shown["beyond"][0]["explanation"].startswith("超出3公里 · 3.8 km"), shown["beyond"][0]["explanation"]
    assert far not in [i["job"]["id"] for i in shown["items"] + shown["beyond"]]
    # A radius the seeker chose for the page is kept exactly; a second page never carries the ring.
    assert page(api, seeker, radius_km=3)["beyond"] == [] and page(api, seeker, offset=1)["beyond"] == []


def test_a_full_circle_offers_no_ring(thin_api: httpx.Client):
    api = thin_api
    boss = employer(api)
    for km in (0.5, 1.0, 1.5, 2.0):
        post_job(api, boss, title="保洁员", description="小区保洁", location=loc(north_of(HEFEI, km)))
    post_job(api, boss, title="保洁员", description="小区保洁", location=loc(north_of(HEFEI, 4.0)))
    shown = page(api, post_seeker(api, desired_job="保洁员", experience="做过保洁", expected_salary=None))
    assert shown["thin"] is False and shown["beyond"] == [] and len(shown["items"]) == 4


def test_a_veterans_military_specialty_maps_to_civilian_work(api: httpx.Client):
    """A structured specialty, coded like a title: the military synonym rows and, past them, the catalog's own
    words; only for veterans; named in the explanation."""
    boss = employer(api)
    cook = post_job(api, boss, title="食堂厨师", description="负责员工食堂中餐，会炒大锅菜")
    clerk = post_job(api, boss, title="仓库文员", description="录入出入库单据")
    body = {"desired_job": "找个稳定工作", "experience": "退伍两年", "expected_salary": None}
    veteran = post_seeker(api, **body, priority_groups=["veteran"], military_specialty="炊事兵")
    profile = api.get(f"/v1/jobseekers/{veteran}").json()
    assert profile["military_specialty"] == "炊事兵"
    assert "中式烹调师" in [o["name"] for o in profile["occupations"]]
    items = {i["job"]["id"]: i for i in page(api, veteran)["items"]}
    assert next(iter(items)) == cook, [i["job"]["title"] for i in items.values()]
    assert "退役军人专业相符：炊事兵 → 中式烹调师" in items[cook]["explanation"]
    assert clerk in items
    # A specialty no synonym row lists still maps, through the catalog's own names and the embedding.
    nurse = post_seeker(
        api, **body, priority_groups=["veteran"], military_specialty="野战医院护理员", phone="13805515555"
    )
    assert "医疗护理员" in [o["name"] for o in api.get(f"/v1/jobseekers/{nurse}").json()["occupations"]]
    civilian = post_seeker(api, **body, military_specialty="炊事兵", phone="13805516666")  # not a veteran
    assert "中式烹调师" not in [o["name"] for o in api.get(f"/v1/jobseekers/{civilian}").json()["occupations"]]


def test_a_misread_fact_is_corrected_by_naming_it(api: httpx.Client):
    """The person (or the posting's author) says which fact was read wrongly; it is never read again, and matching
    follows at once."""
    boss = employer(api)
    tool = post_job(api, boss, title="客服专员", description="在家办公软件的售后客服，需到公司坐班")
    seeker = post_seeker(api, desired_job="客服", experience="只能在家工作", expected_salary=None)
    assert tool in match_ids(api, seeker)  # read as remote work: the home-only seeker sees it
    fixed = api.patch(f"/v1/jobs/{tool}", json={"rejected_facts": ["remote"]})
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["rejected_facts"] == ["remote"] and "remote" not in {f["code"] for f in fixed.json()["facts"]}
    assert tool not in match_ids(api, seeker)
    mine = api.patch(f"/v1/jobseekers/{seeker}", json={"rejected_facts": ["home_only"]})
    assert mine.status_code == 200 and "home_only" not in {f["code"] for f in mine.json()["facts"]}
    assert tool in match_ids(api, seeker)
    unknown = api.patch(f"/v1/jobseekers/{seeker}", json={"rejected_facts": ["flying"]})
    assert unknown.status_code == 422 and "flying" in unknown.text
    assert api.patch(f"/v1/jobseekers/{seeker}", json={"rejected_facts": None}).status_code == 422


def test_a_seeker_who_cannot_use_a_computer_never_gets_computer_work(api: httpx.Client, settings: Settings):
    """On the page, in the nightly push (the batch kernel) and on the employer's list; the fact is shown back
    and the person can reject it by naming its code."""
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.4))
    office = post_job(api, boss, title="仓库文员", description="负责出入库单据，需熟练使用Excel，双休", location=near)
    packing = post_job(api, boss, title="仓库打包员", description="仓库打包贴单，不用电脑，双休")
    words = "在仓库干过三年打包，不会电脑"
    seeker = post_seeker(api, desired_job="仓库", experience=words, expected_salary=None, push=push_consent())
    facts = {f["code"]: f for f in api.get(f"/v1/jobseekers/{seeker}").json()["facts"]}
    assert facts["no_computer"]["words"] == "不能用电脑" and facts["no_computer"]["evidence"] == "不会电脑"
    assert {f["code"]: f["words"] for f in api.get(f"/v1/jobs/{office}").json()["facts"]}[
        "needs_computer"
    ] == "需会用电脑"
    shown = page(api, seeker)
    assert [i["job"]["id"] for i in shown["items"]] == [packing]
    assert shown["honoured"] == ["不能用电脑"] and shown["excluded"] == 1
    assert seeker not in [s["jobseeker"]["id"] for s in api.get(f"/v1/jobs/{office}/matches").json()["items"]]

    pushed = {job for audience, job in pushed_to(settings, seeker) if audience == "seeker"}
    assert pushed == {packing}

    mine = api.patch(f"/v1/jobseekers/{seeker}", json={"rejected_facts": ["no_computer"]})
    assert mine.status_code == 200, mine.text
    assert "no_computer" not in {f["code"] for f in mine.json()["facts"]}
    assert office in match_ids(api, seeker)


def push_consent() -> dict[str, Any]:
    return {"consent": "personalised", "channel": "inbox", "wechat_subscribed": False}


def test_low_vision_sets_a_limit_only_under_the_disability_consent(api: httpx.Client):
    boss = employer(api)
    inspection = post_job(api, boss, title="质检员", description="流水线外观检验，要求视力良好，长白班")
    packing = post_job(api, boss, title="打包工", description="仓库打包，长白班")
    words = "低视力，干过两年打包"
    without = post_seeker(api, desired_job="打包", experience=words, expected_salary=None)
    assert "low_vision" not in {f["code"] for f in api.get(f"/v1/jobseekers/{without}").json()["facts"]}
    assert {inspection, packing} <= set(match_ids(api, without))
    consented = post_seeker(
        api,
        desired_job="打包",
        experience=words,
        expected_salary=None,
        sensitive_consent={"precise_location": True, "disability": True},
        phone="13805514444",
    )
    shown = page(api, consented)
    assert [i["job"]["id"] for i in shown["items"]] == [packing] and shown["honoured"] == ["视力障碍"]


def test_programmes_open_on_what_people_write_and_the_page_says_which_words(api: httpx.Client):
    """Issue 22, session 6: fields left empty, 见习 opens for 「去年大专毕业」 and for an out-of-work 22-year-old,
    公益性岗位 for a registration the person writes; 「毕业三年了」, 「在读大三」 and 「失业一年多了，家里是低保户」 see
    neither."""
    owner = employer(api)
    internship = post_job(
        api, owner, title="行政见习生", description="社区见习岗", job_type="internship", internship_months=6
    )
    welfare = post_job(api, owner, title="公益性岗位保洁", description="社区道路保洁", job_type="public_welfare")
    words = {
        "graduate": "去年大专毕业，想找个见习岗",
        "youth": "22岁，中专毕业以后一直在家待业",
        "old": "大专毕业三年了，一直做销售",
        "student": "在读大三，想找兼职",
        "registered": "50岁，在社区登记了就业困难人员，想找保洁",
        "unregistered": "48岁，失业一年多了，家里是低保户",
    }
    seekers = {
        who: post_seeker(api, desired_job="行政 保洁", experience=text, expected_salary=None, phone=f"1380551{n:04d}")
        for n, (who, text) in enumerate(words.items())
    }
    shown = {who: set(match_ids(api, seeker)) for who, seeker in seekers.items()}
    assert internship in shown["graduate"] and internship in shown["youth"]
    assert welfare in shown["registered"]
    for who in ("old", "student", "unregistered"):
        assert not {internship, welfare} & shown[who], who
    assert welfare not in shown["graduate"] and internship not in shown["registered"]
    item = next(i for i in page(api, seekers["youth"])["items"] if i["job"]["id"] == internship)
    assert "符合见习条件：16–24岁失业人员（按简历中「22岁」「待业」判断）" in item["explanation"]
    item = next(i for i in page(api, seekers["registered"])["items"] if i["job"]["id"] == welfare)
    assert "符合公益性岗位条件：就业困难人员（按简历中「登记了就业困难人员」判断）" in item["explanation"]
    verdicts = {v["job_type"]: v for v in api.get(f"/v1/jobseekers/{seekers['graduate']}/programmes").json()}
    assert verdicts["internship"]["explanation"] == "符合见习条件：毕业2年内（按简历中「去年大专毕业」判断）"
