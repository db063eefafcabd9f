"""直播带岗 / 云聘会: a fair's livestream (link, platform, room, times) and the words pushes and searches use."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
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
