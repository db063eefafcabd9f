"""直播带岗 / 云聘会: a fair's livestream (link, platform, room, times) and the words pushes and searches use."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import and_, bindparam, or_, select
from sqlalchemy.orm import Session

from app.models import Fair
from app.schemas.fair import Livestream

LOCAL = ZoneInfo("Asia/Shanghai")  # viewers read the start in their own time


def set_livestream(fair: Fair, live: Livestream | None) -> None:
    fair.live_url = live.url if live else None
    fair.live_platform = live.platform if live else None
    fair.live_room = live.room if live else None
    fair.live_starts_at = live.starts_at if live else None
    fair.live_ends_at = live.ends_at if live else None


def livestream_of(fair: Fair) -> Livestream | None:
    if fair.live_url is None or fair.live_starts_at is None or fair.live_ends_at is None:
        return None
    return Livestream(
        url=fair.live_url,
        platform=fair.live_platform or "",
        room=fair.live_room or "",
        starts_at=fair.live_starts_at,
        ends_at=fair.live_ends_at,
    )


def livestream_words(platform: str, room: str, starts_at: datetime) -> str:
    """ "直播带岗：抖音 12345，12月10日 19:00" (local time)."""
    local = starts_at.astimezone(LOCAL)
    return f"直播带岗：{platform} {room}，{local.month}月{local.day}日 {local:%H:%M}"


def fair_livestream_words(fair: Fair) -> str | None:
    live = livestream_of(fair)
    return None if live is None else livestream_words(live.platform, live.room, live.starts_at)


def livestreams(session: Session, fair_ids: Collection[int], now: datetime) -> dict[int, str]:
    """The words of each of these fairs' livestreams that has not ended yet, by fair id."""
    wanted = {i for i in fair_ids if i}
    if not wanted:
        return {}
    rows = session.execute(
        select(Fair.id, Fair.live_platform, Fair.live_room, Fair.live_starts_at).where(
            Fair.id.in_(wanted), Fair.live_url.isnot(None), Fair.live_ends_at > now
        )
    ).all()
    return {i: livestream_words(p or "", r or "", at) for i, p, r, at in rows if at is not None}


class FairsNow(NamedTuple):
    running: dict[int, str]  # fairs on now, by id, with their names: their postings get the fair boost
    lives: dict[int, str]  # fairs whose livestream has not ended, with its words


# Built once, like `fairs.RUNNING`: a match page reads both in one statement (fairs are few).
NOW_OR_STREAMING = select(
    Fair.id,
    Fair.name,
    Fair.starts_at,
    Fair.ends_at,
    Fair.live_url,
    Fair.live_platform,
    Fair.live_room,
    Fair.live_starts_at,
    Fair.live_ends_at,
).where(
    or_(
        and_(Fair.starts_at <= bindparam("now"), Fair.ends_at > bindparam("now")),
        and_(Fair.live_url.isnot(None), Fair.live_ends_at > bindparam("now")),
    )
)


def fairs_now(session: Session, now: datetime) -> FairsNow:
    running: dict[int, str] = {}
    lives: dict[int, str] = {}
    for row in session.execute(NOW_OR_STREAMING, {"now": now}):
        if row.starts_at <= now < row.ends_at:
            running[row.id] = row.name
        if row.live_url is not None and row.live_starts_at is not None and row.live_ends_at > now:
            lives[row.id] = livestream_words(row.live_platform or "", row.live_room or "", row.live_starts_at)
    return FairsNow(running, lives)
