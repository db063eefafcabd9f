"""The parts of the day `Limits.fits` holds a posting's hours to: the hours and free windows a person states, within the
part of the day a day shift keeps ("只上白班", "只能白天干") and before evenings taken ("晚上要回家带孩子"). The last two
are limits of a kind of day, not hours the person gives, so `Limits.window` and `Limits.windows` keep only what was
stated and these bound them here."""

from __future__ import annotations

import re

from matching.facts.clocks import DAY_START
from matching.facts.fact import Fact
from matching.facts.hour_spans import meet

DAY_SHIFT_SPAN = (DAY_START, 20 * 60)  # "白天才行": a 5:30 cleaning shift is in the day, one to nine at night is not
EVENING_FROM = 19 * 60  # a person whose evenings are taken ("晚上要回家带孩子") cannot work past this
_DAY_WORDS = re.compile(r"白天|白班")
Span = tuple[int, int]


def day_shift_said(f: Fact) -> bool:
    """Whether a free window is the day shift's part of every day, said with no clock ("只上白班", "只能白天干")."""
    return (
        f.code == "free"
        and f.value == f"1234567 {_clock(DAY_SHIFT_SPAN[0])}-{_clock(DAY_SHIFT_SPAN[1])}"
        and _DAY_WORDS.search(f.evidence) is not None
        and not re.search(r"\d|点", f.evidence)
    )


def within(windows: tuple[Span, ...], span: Span | None) -> tuple[Span, ...]:
    """The windows cut to `span` where they share some of it; as they were where they share none (one misread)."""
    return windows if span is None else meet(windows, (span,))


class DayHeld:
    """What `Limits` knows of a person's day, as `fits` holds a posting's hours to it."""

    __slots__ = ()  # Limits keeps its slots: the fields below are its own
    window: Span | None
    windows: tuple[Span, ...]
    day_shift: bool
    evenings_taken: bool

    @property
    def held_window(self) -> Span | None:
        """The hours stated, ended by `EVENING_FROM` where the evenings are taken (from midnight where none is stated)."""
        if not self.evenings_taken:
            return self.window
        start, end = self.window or (0, 24 * 60)
        return start, min(end, EVENING_FROM)

    @property
    def held_windows(self) -> tuple[Span, ...]:
        """The free windows stated, within the day shift's part of the day where the person keeps to it (that part
        alone where they state none)."""
        if not self.day_shift:
            return self.windows
        return within(self.windows, DAY_SHIFT_SPAN) if self.windows else (DAY_SHIFT_SPAN,)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
