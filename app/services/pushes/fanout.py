"""The nightly plan handed out in shards: one fanout run, one task per shard, any worker may take any shard.

A fanout row (`kind="fanout"`, `shard="*/n"`) says that shards 0..n-1 are to be planned. Each shard's run row has
the unique slot `<fanout id>:<i>/<n>`, so a shard is planned by one worker at a time however often its task is
delivered, and a lease: a worker extends it after every chunk it commits, and a shard whose worker died (lease run
out) or failed is taken over by the next delivery. The workers' minutely sweep re-sends the tasks of shards not
done, so a lost message or a killed worker costs time, never pushes: planning a shard again after a partial run
skips the seekers already pushed (their caps and the unique (seeker, job) pairs), so nobody gets two.
When the last shard is done the fanout is marked done with the shards' counts summed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.models import PushRun
from app.models.base import utcnow
from app.services.pushes.nightly import PushSetup, run_plan
from app.services.pushes.plan import PlanReport
from app.services.pushes.rules import Shard

logger = logging.getLogger(__name__)

FANOUT = "fanout"
SWEEP_DAYS = 2  # fanouts older than this are left as they are (a new night has its own)

EnqueueShard = Callable[[int, int], Any]  # (fanout id, shard index): hands the shard to some worker


def fan_out_plan(
    sessions: sessionmaker[Session],
    shards: int,
    enqueue: EnqueueShard,
    *,
    slot: str | None = None,
    as_of: datetime | None = None,
) -> PushRun:
    """Open a fanout of `shards` and send one task per shard; with a slot, IntegrityError when another holds it."""
    if shards < 1:
        raise ValueError("shards must be at least 1")
    with sessions() as session:
        run = PushRun(kind=FANOUT, shard=f"*/{shards}", slot=slot, as_of=as_of or utcnow(), counts={})
        session.add(run)
        session.commit()
        session.refresh(run)
        session.expunge(run)
    for index in range(shards):
        _send(enqueue, run.id, index)
    logger.info("push plan fanout %d: %d shard tasks sent", run.id, shards)
    return run


def shard_count(run: PushRun) -> int:
    return int(run.shard.rpartition("/")[2])


def plan_shard(
    sessions: sessionmaker[Session],
    setup: PushSetup,
    fanout_id: int,
    index: int,
    *,
    lease_s: float,
    clock: Callable[[], datetime] = utcnow,
) -> PlanReport | None:
    """Plan shard `index` of a fanout unless it is done or another worker holds it (then None)."""
    with sessions() as session:
        fanout = session.get(PushRun, fanout_id)
        if fanout is None or fanout.kind != FANOUT:
            logger.warning("push plan fanout %d is gone; its shard %d task is dropped", fanout_id, index)
            return None
        count, as_of = shard_count(fanout), fanout.as_of
    if not 0 <= index < count:
        raise ValueError(f"shard {index} of a fanout of {count}")
    run = _claim(sessions, fanout_id, index, count, as_of, lease_s, clock)
    if run is None:
        return None

    def extend(done: int, total: int) -> None:  # after each committed chunk: still alive
        with sessions() as session:
            session.execute(update(PushRun).where(PushRun.id == run.id).values(lease_until=clock() + _lease(lease_s)))
            session.commit()

    report = run_plan(sessions, setup, shard=Shard(index, count), run=run, progress=extend)
    finish_fanout_if_done(sessions, fanout_id)
    return report


def _claim(
    sessions: sessionmaker[Session],
    fanout_id: int,
    index: int,
    count: int,
    as_of: datetime,
    lease_s: float,
    clock: Callable[[], datetime],
) -> PushRun | None:
    slot = shard_slot(fanout_id, index, count)
    now = clock()
    with sessions() as session:
        try:
            run = PushRun(
                kind="plan", shard=f"{index}/{count}", slot=slot, as_of=as_of, lease_until=now + _lease(lease_s)
            )
            session.add(run)
            session.commit()
        except IntegrityError:
            session.rollback()
            # Taken over only if it failed or its worker stopped extending the lease; one UPDATE, so one winner.
            taken = session.execute(
                update(PushRun)
                .where(PushRun.slot == slot, _abandoned(now))
                .values(status="running", lease_until=now + _lease(lease_s), finished_at=None)
            )
            session.commit()
            if taken.rowcount != 1:  # type: ignore[attr-defined]  # CursorResult of an UPDATE
                return None
            run = session.scalars(select(PushRun).where(PushRun.slot == slot)).one()
            logger.warning("push plan fanout %d: shard %d/%d taken over", fanout_id, index, count)
        session.refresh(run)
        session.expunge(run)
        return run


def _abandoned(now: datetime) -> Any:
    return or_(PushRun.status == "failed", and_(PushRun.status == "running", PushRun.lease_until < now))


def _lease(lease_s: float) -> timedelta:
    return timedelta(seconds=lease_s)


def shard_slot(fanout_id: int, index: int, count: int) -> str:
    return f"{fanout_id}:{index}/{count}"


def finish_fanout_if_done(sessions: sessionmaker[Session], fanout_id: int) -> bool:
    """Mark the fanout done, with its shards' counts summed, once every shard is; True when it is done."""
    with sessions() as session:
        fanout = session.get_one(PushRun, fanout_id)
        count = shard_count(fanout)
        slots = [shard_slot(fanout_id, i, count) for i in range(count)]
        runs = session.scalars(select(PushRun).where(PushRun.slot.in_(slots))).all()
        if fanout.status == "done" or len(runs) < count or any(r.status != "done" for r in runs):
            return fanout.status == "done"
        totals: dict[str, float] = {}
        for run in runs:
            for key, value in (run.counts or {}).items():
                if isinstance(value, int | float):
                    totals[key] = round(totals.get(key, 0) + value, 2)
        done = session.execute(
            update(PushRun)
            .where(PushRun.id == fanout_id, PushRun.status == "running")
            .values(status="done", counts=totals, finished_at=utcnow())
        )
        session.commit()
        if done.rowcount == 1:  # type: ignore[attr-defined]
            logger.info("push plan fanout %d done: %s", fanout_id, totals)
        return True


def fanout_progress(sessions: sessionmaker[Session], fanout_id: int) -> tuple[int, dict[str, Any] | None]:
    """Shards done so far, and the summed counts once the fanout is done (else None)."""
    finish_fanout_if_done(sessions, fanout_id)
    with sessions() as session:
        fanout = session.get_one(PushRun, fanout_id)
        count = shard_count(fanout)
        slots = [shard_slot(fanout_id, i, count) for i in range(count)]
        done = session.scalar(
            select(func.count()).select_from(PushRun).where(PushRun.slot.in_(slots), PushRun.status == "done")
        )
        return int(done or 0), (dict(fanout.counts) if fanout.status == "done" else None)


def recover_fanouts(
    sessions: sessionmaker[Session],
    enqueue: EnqueueShard,
    *,
    lease_s: float,
    clock: Callable[[], datetime] = utcnow,
) -> int:
    """The minutely sweep: re-send the task of every shard not done whose worker is gone (or that never
    started, once the fanout is a lease old); finish fanouts whose shards are all done. Returns tasks sent."""
    now = clock()
    sent = 0
    with sessions() as session:
        fanouts = session.scalars(
            select(PushRun).where(
                PushRun.kind == FANOUT, PushRun.status == "running", PushRun.as_of > now - timedelta(days=SWEEP_DAYS)
            )
        ).all()
        work = [(f.id, shard_count(f), f.as_of) for f in fanouts]
    for fanout_id, count, as_of in work:
        if finish_fanout_if_done(sessions, fanout_id):
            continue
        with sessions() as session:
            runs = {
                r.slot: r
                for r in session.scalars(
                    select(PushRun).where(PushRun.slot.in_([shard_slot(fanout_id, i, count) for i in range(count)]))
                )
            }
        for index in range(count):
            run = runs.get(shard_slot(fanout_id, index, count))
            never_started = run is None and as_of < now - _lease(lease_s)
            abandoned = run is not None and (
                run.status == "failed" or (run.status == "running" and (run.lease_until or now) < now)
            )
            if never_started or abandoned:
                _send(enqueue, fanout_id, index)
                sent += 1
    if sent:
        logger.warning("push plan: %d shard tasks sent again", sent)
    return sent


def _send(enqueue: EnqueueShard, fanout_id: int, index: int) -> None:
    try:
        enqueue(fanout_id, index)
    except Exception:  # the broker is down: the sweep sends it once it is back
        logger.exception("could not send shard %d of push plan fanout %d; the sweep will", index, fanout_id)
