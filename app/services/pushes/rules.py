"""The rules every push obeys: how many, how often, when not to disturb, how to retry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.config import Settings


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A local-time window with no outbound messages; it may wrap midnight (21:00-08:00)."""

    start: time | None
    end: time | None
    zone: ZoneInfo

    @classmethod
    def parse(cls, text: str, zone: str) -> QuietHours:
        if not text:
            return cls(None, None, ZoneInfo(zone))
        start, end = (time.fromisoformat(part) for part in text.split("-"))
        return cls(start, end, ZoneInfo(zone))

    def is_quiet(self, now: datetime) -> bool:
        if self.start is None or self.end is None or self.start == self.end:
            return False
        local = now.astimezone(self.zone).time()
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def next_open(self, now: datetime) -> datetime:
        """`now` outside the window, else the moment the window ends."""
        if not self.is_quiet(now) or self.end is None:
            return now
        local = now.astimezone(self.zone)
        ends = local.replace(hour=self.end.hour, minute=self.end.minute, second=0, microsecond=0)
        if ends <= local:
            ends += timedelta(days=1)
        return ends.astimezone(now.tzinfo)


@dataclass(frozen=True, slots=True, kw_only=True)
class PushRules:
    per_message: int = 3
    per_week: int = 3
    min_interval: timedelta = timedelta(hours=20)
    per_job_per_day: int = 200
    lookback: timedelta = timedelta(days=7)
    digest_per_job: int = 5
    quiet: QuietHours = QuietHours(None, None, ZoneInfo("Asia/Shanghai"))
    max_attempts: int = 5
    backoff: timedelta = timedelta(seconds=60)
    lease: timedelta = timedelta(seconds=60)
    candidates_per_seeker: int = 12  # the kernel's k: room for the per-job cap to hand on to the next best
    group_boosts: Mapping[str, float] = field(default_factory=dict)  # ranks priority groups first in digests

    @classmethod
    def from_settings(cls, s: Settings) -> PushRules:
        return cls(
            per_message=s.push_per_message,
            per_week=s.push_per_week,
            min_interval=timedelta(hours=s.push_min_interval_h),
            per_job_per_day=s.push_per_job_per_day,
            lookback=timedelta(days=s.push_lookback_days),
            digest_per_job=s.push_digest_per_job,
            quiet=QuietHours.parse(s.push_quiet_hours, s.push_timezone),
            max_attempts=s.push_max_attempts,
            backoff=timedelta(seconds=s.push_backoff_s),
            lease=timedelta(seconds=s.push_lease_s),
            candidates_per_seeker=max(12, 4 * s.push_per_message),
            group_boosts=dict(s.group_boosts),
        )

    def retry_at(self, now: datetime, attempts: int) -> datetime:
        """Exponential backoff: 1, 2, 4, … times the first delay, then out of quiet hours."""
        return self.quiet.next_open(now + self.backoff * (2 ** max(attempts - 1, 0)))


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard i of n: rows whose id % n == i."""

    index: int = 0
    count: int = 1

    @classmethod
    def parse(cls, text: str) -> Shard:
        index, count = (int(part) for part in text.split("/"))
        if count < 1 or not 0 <= index < count:
            raise ValueError(f"shard {text!r}: want i/n with 0 <= i < n")
        return cls(index, count)

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"
