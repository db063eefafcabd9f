"""Sending the outbox: claim a due push, deliver it, record the outcome; retry, dead-letter or stop.

A push is claimed (status `sending`, with a lease) in its own commit before the call goes out.
A sender killed mid-call leaves it `sending`; when the lease runs out, a WeChat push becomes
`in_doubt` and is not sent again (WeChat has no idempotency key: a second send could be a second
message), while a webhook push is sent again with the same `X-Jobcircle-Delivery` for the receiver
to drop. So at most one WeChat message per push, and per (seeker, job) since a pair is in one push.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Update, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.metrics import PUSHES
from app.models import Jobseeker, Push
from app.models.base import utcnow
from app.services.pushes.channels import Channel, DeliveryFailed, Message, Outcome
from app.services.pushes.inbox import push_items
from app.services.pushes.rules import PushRules, Shard

logger = logging.getLogger(__name__)

CLAIM_BATCH = 100
Clock = Callable[[], datetime]


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    dead: int = 0
    revoked: int = 0
    in_doubt: int = 0  # found abandoned mid-call by a killed sender, not sent again
    resent: int = 0  # abandoned webhook pushes put back for another try
    quiet: bool = False  # stopped because quiet hours began


def send_due(
    sessions: sessionmaker[Session],
    channels: Mapping[str, Channel],
    rules: PushRules,
    *,
    clock: Clock = utcnow,
    shard: Shard = Shard(),
    stop: threading.Event | None = None,
) -> SendReport:
    """Deliver every push due now (this shard's), then return."""
    report = SendReport()
    settle_abandoned(sessions, clock(), report)
    while not (stop and stop.is_set()):
        if rules.quiet.is_quiet(clock()):
            report.quiet = True
            break
        due = _due(sessions, clock(), shard, set(channels))
        if not due:
            break
        for push_id in due:
            if stop and stop.is_set():
                break
            _send_one(sessions, channels, rules, push_id, clock, report)
    return report


def settle_abandoned(sessions: sessionmaker[Session], now: datetime, report: SendReport) -> None:
    with sessions() as session:
        abandoned = (Push.status == "sending", Push.lease_until < now)
        in_doubt = _changed(
            session,
            update(Push)
            .where(*abandoned, Push.channel == "wechat")
            .values(status="in_doubt", last_error="sender stopped mid-call; not re-sent (WeChat cannot deduplicate)"),
        )
        report.in_doubt += in_doubt
        report.resent += _changed(
            session,
            update(Push).where(*abandoned, Push.channel != "wechat").values(status="pending", next_attempt_at=now),
        )
        session.commit()
    if in_doubt:
        PUSHES.labels("wechat", "in_doubt").inc(in_doubt)


def _due(sessions: sessionmaker[Session], now: datetime, shard: Shard, channels: set[str]) -> list[int]:
    with sessions() as session:
        return list(
            session.scalars(
                select(Push.id)
                .where(
                    Push.status == "pending",
                    Push.next_attempt_at <= now,
                    Push.channel.in_(channels),
                    Push.id % shard.count == shard.index,
                )
                .order_by(Push.next_attempt_at, Push.id)
                .limit(CLAIM_BATCH)
            )
        )


def _send_one(
    sessions: sessionmaker[Session],
    channels: Mapping[str, Channel],
    rules: PushRules,
    push_id: int,
    clock: Clock,
    report: SendReport,
) -> None:
    message, channel = _claim(sessions, push_id, clock(), rules)
    if message is None:
        return  # another sender took it
    try:
        channels[channel].deliver(message)
    except DeliveryFailed as failure:
        _failed(sessions, push_id, failure, clock(), rules, report)
        return
    with sessions() as session:
        session.execute(
            update(Push)
            .where(Push.id == push_id, Push.status == "sending")
            .values(status="sent", sent_at=clock(), lease_until=None, last_error=None)
        )
        session.commit()
    report.sent += 1
    PUSHES.labels(channel, "sent").inc()


def _claim(
    sessions: sessionmaker[Session], push_id: int, now: datetime, rules: PushRules
) -> tuple[Message | None, str]:
    with sessions() as session:
        claimed = _changed(
            session,
            update(Push)
            .where(Push.id == push_id, Push.status == "pending", Push.next_attempt_at <= now)
            .values(status="sending", attempts=Push.attempts + 1, lease_until=now + rules.lease),
        )
        if not claimed:
            session.rollback()
            return None, ""
        push = session.get_one(Push, push_id)
        message = _message(session, push, rules)
        session.commit()  # committed before the call: a crash from here on is visible as `sending`
        return message, push.channel


def _failed(
    sessions: sessionmaker[Session],
    push_id: int,
    failure: DeliveryFailed,
    now: datetime,
    rules: PushRules,
    report: SendReport,
) -> None:
    with sessions() as session:
        push = session.get_one(Push, push_id)
        if push.status != "sending":
            return
        push.last_error, push.lease_until = failure.reason[:1000], None
        if failure.outcome is Outcome.REVOKED:
            push.status, outcome = "cancelled", "revoked"
            _revoke(session, push)
            report.revoked += 1
        elif failure.outcome is Outcome.DEAD or push.attempts >= rules.max_attempts:
            push.status, outcome = "dead", "dead"
            report.dead += 1
            logger.warning("push %d dead-lettered after %d attempts: %s", push.id, push.attempts, failure.reason)
        else:
            push.status, push.next_attempt_at, outcome = "pending", rules.retry_at(now, push.attempts), "failed"
            report.retried += 1
        channel = push.channel
        session.commit()
    PUSHES.labels(channel, outcome).inc()


def _revoke(session: Session, push: Push) -> None:
    """The seeker withdrew this channel: no more pushes through it until they subscribe again."""
    if push.audience != "seeker" or push.jobseeker_id is None:
        return
    if push.channel == "wechat":
        session.execute(update(Jobseeker).where(Jobseeker.id == push.jobseeker_id).values(wechat_subscribed=False))
    session.execute(
        update(Push)
        .where(Push.jobseeker_id == push.jobseeker_id, Push.channel == push.channel, Push.status == "pending")
        .values(status="cancelled", last_error="channel revoked")
    )


def _message(session: Session, push: Push, rules: PushRules) -> Message:
    """What the inbox shows for this push (seekers masked for employers), as one outbound message."""
    employer = push.audience == "employer"
    items = [i.model_dump(exclude_none=True) for i in push_items(session, [push.id], employer).get(push.id, [])]
    openid = None
    if not employer and push.jobseeker_id is not None:
        openid = session.scalar(select(Jobseeker.wechat_openid).where(Jobseeker.id == push.jobseeker_id))
    first = items[0]["title"] if items else ""
    title = f"{first} 等{len(items)}个岗位" if not employer and len(items) > 1 else first
    local = push.created_at.astimezone(rules.quiet.zone)
    return Message(
        request_id=push.request_id,
        audience=push.audience,
        recipient_id=push.jobseeker_id or push.employer_id or 0,
        openid=openid,
        title=title,
        summary=items[0]["explanation"] if items else "",
        items=items,
        planned_at=f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}",
    )


def _changed(session: Session, statement: Update) -> int:
    """Rows an UPDATE changed: the claim and the recovery are conditional, so this says who won."""
    return int(cast(CursorResult[Any], session.execute(statement)).rowcount)
