"""The nightly plan handed out in shards: each shard planned once however its task is delivered, a dead worker's
shard taken over after its lease, a shard cut halfway planned again without doubles, the fanout's counts summed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.models import Push, PushItem, PushRun
from app.services.engine.matcher import weights_from_settings
from app.services.pushes import plan as plan_module
from app.services.pushes.fanout import (
    fan_out_plan,
    fanout_progress,
    plan_shard,
    recover_fanouts,
    shard_slot,
)
from app.services.pushes.nightly import PushSetup, claim_nightly_plan
from tests.factories import HEFEI, employer, north_of, post_job, post_seeker

SEEKERS, SHARDS, LEASE_S = 12, 3, 60.0
PUSH = {"consent": "personalised", "channel": "inbox"}


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(settings.database_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def setup(settings: Settings) -> PushSetup:
    quiet = settings.model_copy(update={"push_quiet_hours": ""})
    return PushSetup.from_settings(quiet, weights_from_settings(quiet))


@pytest.fixture
def seekers(api: httpx.Client) -> list[int]:
    owner = employer(api)
    for i in range(3):
        post_job(api, owner, location={"lat": north_of(HEFEI, 0.3 + 0.2 * i).lat, "lon": HEFEI.lon, "crs": "wgs84"})
    return [post_seeker(api, push=PUSH) for _ in range(SEEKERS)]


def pushes_per_seeker(sessions: sessionmaker[Session]) -> Counter[int]:
    with sessions() as s:
        return Counter(s.scalars(select(Push.jobseeker_id).where(Push.audience == "seeker")))


def pairs(sessions: sessionmaker[Session]) -> list[tuple[int, int]]:
    with sessions() as s:
        return list(s.execute(select(PushItem.jobseeker_id, PushItem.job_id).where(PushItem.audience == "seeker")))


def test_each_shard_is_planned_once_however_often_its_task_arrives(
    seekers: list[int], sessions: sessionmaker[Session], setup: PushSetup
) -> None:
    sent: list[tuple[int, int]] = []
    fanout = fan_out_plan(sessions, SHARDS, lambda f, i: sent.append((f, i)))
    assert sent == [(fanout.id, i) for i in range(SHARDS)]
    assert fanout_progress(sessions, fanout.id) == (0, None)
    reports = [plan_shard(sessions, setup, f, i, lease_s=LEASE_S) for f, i in sent + sent]  # every task twice
    assert [r is not None for r in reports] == [True] * SHARDS + [False] * SHARDS
    assert pushes_per_seeker(sessions) == Counter(dict.fromkeys(seekers, 1))
    done, counts = fanout_progress(sessions, fanout.id)
    assert done == SHARDS and counts is not None
    assert counts["pushes"] == SEEKERS == sum(r.pushes for r in reports if r is not None)
    assert counts["seekers_considered"] == SEEKERS


def test_a_dead_workers_shard_is_sent_again_after_its_lease_and_taken_over(
    seekers: list[int], sessions: sessionmaker[Session], setup: PushSetup
) -> None:
    sent: list[tuple[int, int]] = []
    fanout = fan_out_plan(sessions, SHARDS, lambda f, i: sent.append((f, i)))
    with sessions() as s:  # a worker claimed shard 1 and was killed before it planned anything
        now = datetime.now(UTC)
        s.add(
            PushRun(
                kind="plan",
                shard=f"1/{SHARDS}",
                slot=shard_slot(fanout.id, 1, SHARDS),
                as_of=now,
                lease_until=now + timedelta(seconds=LEASE_S),
            )
        )
        s.commit()
    for f, i in sent:
        plan_shard(sessions, setup, f, i, lease_s=LEASE_S)  # shard 1: held by the dead worker, skipped
    assert fanout_progress(sessions, fanout.id)[0] == SHARDS - 1
    resent: list[tuple[int, int]] = []
    assert recover_fanouts(sessions, lambda f, i: resent.append((f, i)), lease_s=LEASE_S) == 0  # lease still running
    later = datetime.now(UTC) + timedelta(seconds=LEASE_S + 1)
    assert recover_fanouts(sessions, lambda f, i: resent.append((f, i)), lease_s=LEASE_S, clock=lambda: later) == 1
    assert resent == [(fanout.id, 1)]
    assert plan_shard(sessions, setup, fanout.id, 1, lease_s=LEASE_S, clock=lambda: later) is not None
    assert pushes_per_seeker(sessions) == Counter(dict.fromkeys(seekers, 1))
    assert fanout_progress(sessions, fanout.id)[1] is not None


def test_a_shard_cut_halfway_is_planned_again_without_doubles(
    seekers: list[int], sessions: sessionmaker[Session], setup: PushSetup, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_module, "WRITE_CHUNK", 2)  # commits every two seekers
    fanout = fan_out_plan(sessions, 1, lambda f, i: None)
    calls = 0

    def dies_after_first_chunk(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("worker killed")

    original = plan_module.plan_pushes

    def cut(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        kwargs["progress"] = dies_after_first_chunk if calls == 0 else kwargs["progress"]
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("app.services.pushes.nightly.plan_pushes", cut)
    with pytest.raises(RuntimeError, match="worker killed"):
        plan_shard(sessions, setup, fanout.id, 0, lease_s=LEASE_S)
    partial = pushes_per_seeker(sessions)
    assert sum(partial.values()) == 2  # the first chunk landed
    with sessions() as s:
        assert s.scalars(select(PushRun.status).where(PushRun.slot == shard_slot(fanout.id, 0, 1))).one() == "failed"
    assert recover_fanouts(sessions, lambda f, i: None, lease_s=LEASE_S) == 1  # a failed shard is sent again
    report = plan_shard(sessions, setup, fanout.id, 0, lease_s=LEASE_S)
    assert report is not None and report.pushes == SEEKERS - 2
    assert pushes_per_seeker(sessions) == Counter(dict.fromkeys(seekers, 1))
    assert len(pairs(sessions)) == len(set(pairs(sessions)))


def test_the_night_is_fanned_out_once_by_whichever_scheduler_wins(
    seekers: list[int], sessions: sessionmaker[Session], setup: PushSetup
) -> None:
    sent: list[tuple[int, int]] = []

    def fan_out(slot: str, as_of: datetime) -> object:
        return fan_out_plan(sessions, SHARDS, lambda f, i: sent.append((f, i)), slot=slot, as_of=as_of)

    three_am = datetime(2026, 11, 21, 19, 0, tzinfo=UTC)  # 03:00 in Anhui, 22 Nov
    assert [claim_nightly_plan(sessions, setup, three_am, fan_out) for _ in range(3)] == [True, False, False]
    assert len(sent) == SHARDS
    with sessions() as s:
        fanout = s.scalars(select(PushRun).where(PushRun.slot == "plan:2026-11-22")).one()
        assert (fanout.kind, fanout.shard) == ("fanout", f"*/{SHARDS}")
