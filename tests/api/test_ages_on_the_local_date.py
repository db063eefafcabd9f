"""The page, the employer's list and the night's pushes judge a birth year against a posting's age bound on the
service's local date (`local_today`), as the employer digest does; not on the server clock's `date.today()`."""

from __future__ import annotations

from datetime import date, datetime

import httpx
import pytest

from app.config import Settings
from app.services.matching import explanations, job_pages, matches, seeker_pages
from app.services.pushes import digest, plan
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import PUSH, page, pushed, seekers_of

LATER = date(2031, 6, 1)  # born 1975: 50 or 51 in 2026, 55 or 56 by then


def test_a_birth_year_is_judged_on_the_services_own_date(
    api: httpx.Client, settings: Settings, monkeypatch: pytest.MonkeyPatch
):
    boss = employer(api)
    near = loc(north_of(HEFEI, 0.5))
    capped = post_job(api, boss, title="仓库分拣员", description="分拣打包，年龄55岁以下，白班", location=near)
    words = "75年生的，在仓库干过分拣，身体好"
    seeker = post_seeker(api, desired_job="仓库分拣", experience=words, expected_salary=None, push=PUSH)
    assert [i["job"]["id"] for i in page(api, seeker)["items"]] == [capped]  # 50 or 51 today

    def later(now: datetime | None = None) -> date:
        return LATER

    for module in (matches, job_pages, explanations, seeker_pages, plan, digest):  # each that reads the day
        monkeypatch.setattr(module, "local_today", later)
    shown = page(api, seeker)
    assert shown["items"] == [] and shown["excluded"] == 1
    assert seeker not in seekers_of(api, capped)
    assert pushed(settings, seeker) == []  # neither the seeker's push nor the employer's digest
