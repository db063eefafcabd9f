"""Over HTTP (issue 22 item 2): a posting that requires a licence the seeker never mentions is shown lower and says
why, on the seeker's page and on the employer's list of seekers; a post reserved for disabled people is labelled
「仅招持证残疾人」 for everyone and not hidden, but demoted for one who neither declares the group nor states a
disability."""

from __future__ import annotations

import httpx

from app.config import Settings
from app.main import create_app
from app.runtime import load_coder
from matching.embedding import Embedder
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import PUSH, page, plan
from tests.limits_kit import pushed as pushed_to
from tests.live import live_server


def guard_posts(api: httpx.Client, boss: int, other: int | None = None) -> tuple[int, int]:
    """Two day-shift guard posts, alike but for the licence: the one needing a 保安员证 is the nearer."""
    text = "白班8:00-17:00，站岗巡逻。"
    licensed = post_job(
        api, boss, title="白班保安", description=text + "须持保安员证。", location=loc(north_of(HEFEI, 0.3))
    )
    open_to_all = post_job(
        api,
        boss if other is None else other,
        title="白班保安",
        description=text + "须身体健康。",
        location=loc(north_of(HEFEI, 0.6)),
    )
    return licensed, open_to_all


def test_a_licence_the_seeker_never_mentions_demotes_the_posting_and_both_sides_are_told(api: httpx.Client):
    boss = employer(api)
    licensed, open_to_all = guard_posts(api, boss)
    veteran = post_seeker(api, desired_job="保安", experience="今年退伍，还没正式上过班", expected_salary=None)
    guard = post_seeker(api, desired_job="保安", experience="在小区当了三年保安，保安员证有", expected_salary=None)

    items = page(api, veteran)["items"]
    assert [i["job"]["id"] for i in items] == [open_to_all, licensed]  # shown, lower, though nearer
    assert "需持保安员证 · 你的资料里没有提到" in items[1]["explanation"]
    assert "没有提到" not in items[0]["explanation"]

    items = page(api, guard)["items"]  # the card named (a guard's years alone no longer vouch for it: session 19)
    assert [i["job"]["id"] for i in items] == [licensed, open_to_all]
    assert not any("没有提到" in i["explanation"] for i in items)

    seekers = api.get(f"/v1/jobs/{licensed}/matches").json()["items"]
    said = {s["jobseeker"]["id"]: s["explanation"] for s in seekers}
    assert "需持保安员证 · 求职者资料里没有提到" in said[veteran]
    assert "没有提到" not in said[guard]
    assert [s["jobseeker"]["id"] for s in seekers].index(guard) < [s["jobseeker"]["id"] for s in seekers].index(veteran)


def test_a_post_reserved_for_disabled_people_is_shown_and_labelled(api: httpx.Client):
    boss = employer(api)
    reserved = post_job(
        api,
        boss,
        title="街道文员（残疾人岗）",
        description="街道面向持证残疾人的文员专岗（只招残疾人），负责资料录入，8:30-17:00，双休。",
        location=loc(north_of(HEFEI, 0.4)),
    )
    open_post = post_job(
        api,
        boss,
        title="街道文员",
        description="街道的文员岗位，负责资料录入，8:30-17:00，双休。",
        location=loc(north_of(HEFEI, 0.4)),
    )
    graduate = post_seeker(api, desired_job="文员", experience="25届本科，想找文员", expected_salary=None)
    items = page(api, graduate)["items"]
    item = next(i for i in items if i["job"]["id"] == reserved)
    assert "仅招持证残疾人" in item["explanation"]
    ranked = [i["job"]["id"] for i in items]
    assert ranked.index(open_post) < ranked.index(reserved)  # nothing says she holds the certificate: demoted
    declared = post_seeker(
        api,
        desired_job="文员",
        experience="25届本科，想找文员",
        expected_salary=None,
        priority_groups=["disabled"],
        sensitive_consent={"disability": True},
    )
    scores = {i["job"]["id"]: i["score"] for i in page(api, declared)["items"]}
    assert scores[reserved] > next(i["score"] for i in items if i["job"]["id"] == reserved)  # not demoted for her
    posting = api.get(f"/v1/jobs/{reserved}").json()  # the posting's own page says it too
    assert "仅招持证残疾人" in [f["words"] for f in posting["facts"]]


def test_the_push_and_the_employers_digest_rank_the_same_way(api: httpx.Client, settings: Settings):
    boss, other = employer(api, "物业"), employer(api, "安保")
    licensed, open_to_all = guard_posts(api, boss, other)
    veteran = post_seeker(
        api, desired_job="保安", experience="今年退伍，还没正式上过班", expected_salary=None, push=PUSH
    )
    guard = post_seeker(
        api, desired_job="保安", experience="在小区当了三年保安，保安员证有", expected_salary=None, push=PUSH
    )
    items = plan(settings)
    pushed = [job for audience, seeker, job in items if audience == "seeker" and seeker == veteran]
    assert pushed == [open_to_all, licensed]  # both pushed, the licence he never mentions lower, as on his page
    assert next(job for audience, seeker, job in items if audience == "seeker" and seeker == guard) == licensed
    digest = [seeker for audience, seeker, job in items if audience == "employer" and job == licensed]
    assert digest == [guard, veteran]


def test_a_posting_beyond_the_kernels_k_that_the_page_ranks_first_is_pushed_first(
    settings: Settings, fake_embedder: Embedder
):
    """The demotion is in the nightly kernel's score, not applied to its k candidates afterwards: twelve nearer posts
    needing a 保安员证 the seeker never mentions fill the kernel's k (12 for a push of 3) ahead of an open one; the page
    ranks the open one first, and so does the push."""
    exact = settings.model_copy(update={"index_storage": "float32"})  # the kernel's similarities, to the bit
    text = "白班8:00-17:00，站岗巡逻。"
    with live_server(create_app(exact, embedder=fake_embedder)) as api:
        licensed = [
            post_job(
                api,
                employer(api, f"物业{i}"),
                title="白班保安",
                description=text + "须持保安员证。",
                location=loc(north_of(HEFEI, 0.2 + 0.1 * i)),
            )
            for i in range(12)
        ]
        open_to_all = post_job(
            api,
            employer(api, "安保"),
            title="白班保安",
            description=text + "须身体健康。",
            location=loc(north_of(HEFEI, 1.6)),
        )
        veteran = post_seeker(
            api, desired_job="保安", experience="今年退伍，还没正式上过班", expected_salary=None, push=PUSH
        )
        shown = [i["job"]["id"] for i in page(api, veteran)["items"]]
    assert shown[0] == open_to_all and sorted(shown[1:]) == sorted(licensed)
    coder = load_coder(settings, fake_embedder)
    pushed = [job for audience, job in pushed_to(settings, veteran, coder) if audience == "seeker"]
    assert pushed == shown[:3]


def test_a_search_is_no_profile_and_demotes_nothing(api: httpx.Client):
    boss = employer(api)
    licensed, other = guard_posts(api, boss)
    response = api.post("/v1/matches/search", json={"text": "保安", "location": loc(HEFEI)})
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [i["job"]["id"] for i in items] == [licensed, other]  # nearer first: a typed query lists no licences
    assert not any("没有提到" in i["explanation"] for i in items)
