"""Push use-cases: a plan run, a send run, the nightly slot one process wins, and the channels in use."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from datetime import time as clock_time

import httpx
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.models import PushRun
from app.models.base import utcnow
from app.services.pushes.channels import Channel, SignedWebhook, WeChatSubscribe
from app.services.pushes.delivery import Clock, SendReport, send_due
from app.services.pushes.digest import plan_digests
from app.services.pushes.plan import (
    PlanReport,
    Progress,
    finish_run,
    new_run,
    plan_pushes,
)
from app.services.pushes.rules import PushRules, Shard
from matching.coding import OccupationCoder
from matching.ranking import Weights

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PushSetup:
    """Everything a plan or send run needs besides the database."""

    rules: PushRules
    weights: Weights
    default_radius_km: float
    ready: frozenset[str]  # channels configured here; inbox always
    plan_at: clock_time | None  # None: no nightly plan from the scheduler
    coder: OccupationCoder | None = None  # the keyword and occupation factors, as matches rank; None: left out

    @classmethod
    def from_settings(cls, settings: Settings, weights: Weights, coder: OccupationCoder | None = None) -> PushSetup:
        ready = {"inbox"}
        if settings.wechat_appid and settings.wechat_template_id:
            ready.add("wechat")
        if settings.push_webhook_url:
            ready.add("webhook")
        return cls(
            PushRules.from_settings(settings),
            weights,
            settings.default_radius_km,
            frozenset(ready),
            clock_time.fromisoformat(settings.push_plan_at) if settings.push_plan_at else None,
            coder,
        )


def make_channels(settings: Settings, client: httpx.Client) -> dict[str, Channel]:
    channels: dict[str, Channel] = {}
    if settings.wechat_appid and settings.wechat_template_id:
        channels["wechat"] = WeChatSubscribe(
            client,
            settings.wechat_base_url,
            settings.wechat_appid,
            settings.wechat_secret,
            settings.wechat_template_id,
            settings.wechat_page,
        )
    if settings.push_webhook_url:
        channels["webhook"] = SignedWebhook(client, settings.push_webhook_url, settings.push_webhook_secret)
    return channels


def run_plan(
    sessions: sessionmaker[Session],
    setup: PushSetup,
    *,
    shard: Shard = Shard(),
    run: PushRun | None = None,
    as_of: datetime | None = None,
    digests: bool = True,
    progress: Progress | None = None,
) -> PlanReport:
    """Plan pushes (and employer digests) for one shard, recorded as a run."""
    started = time.perf_counter()
    run = run or new_run(sessions, "plan", shard, as_of=as_of)
    try:
        with sessions() as session:
            report = plan_pushes(
                session,
                setup.rules,
                setup.weights,
                run,
                shard=shard,
                ready=setup.ready,
                progress=progress,
                coder=setup.coder,
            )
            if digests:
                plan_digests(
                    session,
                    setup.rules,
                    setup.weights,
                    run,
                    report,
                    shard=shard,
                    default_radius_km=setup.default_radius_km,
                    ready=setup.ready,
                    coder=setup.coder,
                )
    except BaseException:
        finish_run(sessions, run, {}, "failed")
        raise
    report.seconds = round(time.perf_counter() - started, 2)
    finish_run(sessions, run, report.counts())
    logger.info("push plan %s run %d: %s", shard, run.id, report.counts())
    return report


def run_send(
    sessions: sessionmaker[Session],
    setup: PushSetup,
    channels: dict[str, Channel],
    *,
    shard: Shard = Shard(),
    clock: Clock = utcnow,
) -> SendReport:
    report = send_due(sessions, channels, setup.rules, clock=clock, shard=shard)
    logger.info("push send %s: %s", shard, vars(report))
    return report


FanOut = Callable[[str, datetime], object]  # (slot, as_of): hand the plan to workers; IntegrityError if taken


def claim_nightly_plan(
    sessions: sessionmaker[Session], setup: PushSetup, now: datetime, fan_out: FanOut | None = None
) -> bool:
    """Run tonight's plan if it is time and no other process has: the slot row is unique. With `fan_out`
    the plan is handed to the workers in shards instead of run here."""
    local = now.astimezone(setup.rules.quiet.zone)
    slot = f"plan:{local.date().isoformat()}"
    if setup.plan_at is None or local.time() < setup.plan_at or _slot_taken(sessions, slot):
        return False
    try:
        if fan_out is not None:
            fan_out(slot, now)
            return True
        run = new_run(sessions, "plan", Shard(), slot=slot, as_of=now)
    except IntegrityError:
        return False  # another process holds tonight's slot
    run_plan(sessions, setup, run=run)
    return True


def _slot_taken(sessions: sessionmaker[Session], slot: str) -> bool:
    """A cheap look first, so the unique insert only races on the night's first tick."""
    with sessions() as session:
        return session.scalar(select(PushRun.id).where(PushRun.slot == slot)) is not None


class PushScheduler:
    """Each tick: tonight's plan if this process wins its slot, then whatever is due. Every API
    process and `jobcircle push schedule` may run one; the slot makes the plan happen once."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        setup: PushSetup,
        channels: dict[str, Channel],
        fan_out: FanOut | None = None,
    ) -> None:
        self._sessions, self._setup, self._channels, self._fan_out = sessions, setup, channels, fan_out

    def tick(self, now: datetime | None = None) -> None:
        claim_nightly_plan(self._sessions, self._setup, now or utcnow(), self._fan_out)
        send_due(self._sessions, self._channels, self._setup.rules)

    def run(self, stop: threading.Event, interval_s: float = 60.0) -> None:
        while not stop.is_set():
            try:
                self.tick()
            except Exception:  # a bad night must not stop the next one; the run row says it failed
                logger.exception("push scheduler tick failed")
            stop.wait(interval_s)
